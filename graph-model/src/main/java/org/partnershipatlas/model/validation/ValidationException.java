package org.partnershipatlas.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input was rejected; {@link #errors()} holds every problem found (up to {@link Errors#MAX_ERRORS}). */
public class ValidationException extends RuntimeException {
    private final List<ValidationError> errors;

    public ValidationException(List<ValidationError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ValidationException(ValidationError error) {
        this(List.of(error));
    }

    public List<ValidationError> errors() {
        return errors;
    }

    private static String summary(List<ValidationError> errors) {
        String head = errors.size() == 1 ? "1 error" : errors.size() + " errors";
        return head + ": " + errors.stream().limit(10).map(ValidationError::toString).collect(Collectors.joining("; "))
                + (errors.size() > 10 ? "; …" : "");
    }
}
