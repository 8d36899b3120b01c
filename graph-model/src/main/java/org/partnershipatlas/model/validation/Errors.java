package org.partnershipatlas.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.partnershipatlas.model.Limits;

/** Collects the errors of one input, stopping at {@link #MAX_ERRORS} (docs/FORMAT.md: "up to 100"). */
public final class Errors {
    public static final int MAX_ERRORS = Limits.MAX_ERRORS;
    private final List<ValidationError> list = new ArrayList<>();
    private int found;

    public void add(ValidationError error) {
        found++;
        if (list.size() < MAX_ERRORS) {
            list.add(error);
        }
    }

    public void add(String location, String field, String value, String message) {
        add(new ValidationError(location, field, value, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** How many errors were found, including those past {@link #MAX_ERRORS} that were not kept. */
    public int size() {
        return found;
    }

    /** Whether more errors were found than kept. */
    public boolean truncated() {
        return found > list.size();
    }

    public List<ValidationError> list() {
        return List.copyOf(list);
    }

    /** Throws a {@link ValidationException} with every error collected, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationException(list);
        }
    }
}
