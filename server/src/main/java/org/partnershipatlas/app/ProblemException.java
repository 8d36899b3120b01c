package org.partnershipatlas.app;

import java.util.Optional;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * An error that knows its own answer: the feature that raises it says which RFC 7807 problem it is (status, type,
 * details), and {@code ApiExceptionHandler} answers it as given. So the API's plumbing needs to know no feature's
 * exceptions, and a feature adds a refusal without touching the handler.
 */
public abstract class ProblemException extends RuntimeException {
    protected ProblemException(String message) {
        super(message);
    }

    protected ProblemException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The problem to answer, built fresh for each answer. */
    public abstract ProblemDetail problem();

    /** Its status. */
    public HttpStatusCode status() {
        return HttpStatusCode.valueOf(problem().getStatus());
    }

    /** Seconds after which the same request may succeed ({@code Retry-After}), or empty when it would not. */
    public Optional<Integer> retryAfterSeconds() {
        return Optional.empty();
    }
}
