package org.partnershipatlas.model.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one input, stopping at {@link #MAX_ERRORS} (docs/FORMAT.md: "up to 100"). */
public final class Errors {
    public static final int MAX_ERRORS = 100;
    private final List<ValidationError> list = new ArrayList<>();
    private boolean truncated;

    public void add(ValidationError error) {
        if (list.size() < MAX_ERRORS) {
            list.add(error);
        } else {
            truncated = true;
        }
    }

    public void add(String location, String field, String value, String message) {
        add(new ValidationError(location, field, value, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** Whether more errors were found than kept. */
    public boolean truncated() {
        return truncated;
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
