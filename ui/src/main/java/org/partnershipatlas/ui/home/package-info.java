/** The start page: what the network holds. */
package org.partnershipatlas.ui.home;
