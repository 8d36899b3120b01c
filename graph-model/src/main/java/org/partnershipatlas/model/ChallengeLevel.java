package org.partnershipatlas.model;

/** How much a {@link Challenge} troubles a partnership, as its partners assess it. */
public enum ChallengeLevel {
    NONE, SOME, MAJOR
}
