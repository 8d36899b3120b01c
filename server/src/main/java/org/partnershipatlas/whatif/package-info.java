/** For strategists: what would disconnect, and which scores would move, if organisations or links went away. */
package org.partnershipatlas.whatif;
