package org.partnershipatlas.model;

/** Which way learning flows along a link; {@code TO_WALES} is the paper's "reverse innovation". */
public enum Learning {
    TO_PARTNER, TO_WALES, RECIPROCAL, UNKNOWN
}
