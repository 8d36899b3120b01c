/**
 * Saved views with a narrative, ordered into stories and played as presentations: the service and API over the
 * store's {@code StoryStore}, the check that a step is a view of this site, the editor's draft, the player and the
 * presentation bar the layout carries.
 */
package org.partnershipatlas.stories;
