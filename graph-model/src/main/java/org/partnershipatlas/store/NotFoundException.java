package org.partnershipatlas.store;

/** An organisation or link id that is not stored. */
public class NotFoundException extends RuntimeException {
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("no " + kind + " with id \"" + id + "\"");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
