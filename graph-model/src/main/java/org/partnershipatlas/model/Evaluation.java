package org.partnershipatlas.model;

/** How far a partnership's evaluation has come (the paper, Part 2: "Evaluation and impact assessment"). */
public enum Evaluation {
    /** No evaluation is planned. */
    NONE,
    /** An evaluation is planned. */
    PLANNED,
    /** Monitoring and evaluation are running. */
    IN_PLACE,
    /** The partnership has been evaluated (see the assessment's {@code evaluationUrl}). */
    EVALUATED
}
