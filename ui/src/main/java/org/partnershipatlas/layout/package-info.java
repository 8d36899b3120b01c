/** The frame every view sits in: navigation ({@link org.partnershipatlas.layout.MainLayout}) and UI text. */
package org.partnershipatlas.layout;
