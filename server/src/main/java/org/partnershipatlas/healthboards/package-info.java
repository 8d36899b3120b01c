/**
 * For the IHCC: the seven Health Boards against their median, what each lacks (countries, themes, activity types,
 * reciprocity, dependence on one broker), coverage matrices, fragile links, and a printable report.
 */
package org.partnershipatlas.healthboards;
