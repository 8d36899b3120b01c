package org.partnershipatlas.app;

/** A request body over the configured limit (413). */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}
