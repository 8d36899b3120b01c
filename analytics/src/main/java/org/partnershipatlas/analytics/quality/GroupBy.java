package org.partnershipatlas.analytics.quality;

/** How quality is rolled up: per Health Board, per NHS Trust, or per partner country. */
public enum GroupBy {
    HEALTH_BOARDS, TRUSTS, COUNTRIES
}
