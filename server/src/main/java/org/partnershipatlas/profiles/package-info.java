/**
 * One page per organisation (Health Boards and Trusts first) that prints as a report: what it is, its links, its
 * measures explained, its gaps and quality against its peers, routes to what it lacks, its history and sources.
 */
package org.partnershipatlas.profiles;
