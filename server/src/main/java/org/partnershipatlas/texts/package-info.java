/** The texts readers see, in English and Welsh, shared by the views and the API. */
package org.partnershipatlas.texts;
