package org.partnershipatlas.model.validation;

/** A record read from input, with the place it came from (for errors found later, across records). */
public record Located<T>(T value, FieldSource source) {
}
