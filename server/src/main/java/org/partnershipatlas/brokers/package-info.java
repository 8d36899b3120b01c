/** For partnership brokers: who holds the network together, in which roles, and why they rank where they do. */
package org.partnershipatlas.brokers;
