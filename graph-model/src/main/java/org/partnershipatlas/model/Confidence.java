package org.partnershipatlas.model;

/** How firmly the sources support a fact. */
public enum Confidence {
    /** Both ends and the link are stated in the source. */
    A,
    /** One end is partly inferred. */
    B,
    /** Indirect evidence. */
    C,
    /** Example data, not fact; hidden by default. */
    ILLUSTRATIVE;

    /** Whether facts of this grade must cite at least one source. */
    public boolean requiresSource() {
        return this != ILLUSTRATIVE;
    }
}
