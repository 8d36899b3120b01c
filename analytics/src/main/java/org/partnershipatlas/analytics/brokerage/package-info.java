/**
 * Who brokers: articulation points and bridges (iterative Hopcroft–Tarjan, with what each separates), Burt's
 * constraint and effective size, Gould–Fernandez brokerage roles over the links' direction, and the ranked broker
 * list with reasons in plain words.
 */
package org.partnershipatlas.analytics.brokerage;
