package org.partnershipatlas.app;

/** A request the API refuses (400), naming the parameter at fault. */
public class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
