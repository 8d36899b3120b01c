package org.partnershipatlas.analytics.gaps;

/** The columns of a Health Board coverage matrix. */
public enum CoverageDimension {
    COUNTRY, THEME, ACTIVITY
}
