package org.partnershipatlas.reads;

/**
 * Published (a Spring application event) after a write through the door has committed, so that open pages can
 * refresh instead of going stale.
 *
 * @param version the network version the write produced (also its change id)
 * @param actor   who wrote
 * @param summary what changed, in one line
 */
public record NetworkChanged(long version, String actor, String summary) {
}
