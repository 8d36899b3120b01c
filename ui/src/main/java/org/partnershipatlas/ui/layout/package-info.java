/** The frame every view sits in: navigation ({@link org.partnershipatlas.ui.layout.MainLayout}) and UI text. */
package org.partnershipatlas.ui.layout;
