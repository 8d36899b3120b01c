package org.partnershipatlas.app;

/** Something that existed and is no longer available, e.g. a return link after its round closed (410). */
public class GoneException extends RuntimeException {
    public GoneException(String message) {
        super(message);
    }
}
