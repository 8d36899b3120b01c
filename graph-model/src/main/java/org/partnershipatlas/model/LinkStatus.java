package org.partnershipatlas.model;

public enum LinkStatus {
    ACTIVE, ENDED, PROPOSED, UNKNOWN
}
