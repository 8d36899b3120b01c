package org.partnershipatlas.model;

/**
 * What a link between two organisations is. Direction conventions (from the seed's curation): HEALTH_LINK and
 * COLLABORATION go Welsh side → partner; COORDINATION coordinator → unit; MEMBERSHIP member → network;
 * FUNDING funder → recipient; SUCCESSION predecessor → successor.
 */
public enum LinkKind {
    /** An institution-to-institution health partnership. */
    HEALTH_LINK,
    MEMBERSHIP,
    FUNDING,
    COORDINATION,
    /** One body became, or merged into, another. */
    SUCCESSION,
    COLLABORATION
}
