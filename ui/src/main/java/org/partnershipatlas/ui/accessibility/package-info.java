/** The accessibility statement that UK public bodies publish (WCAG 2.2 AA), open to everyone. */
package org.partnershipatlas.ui.accessibility;
