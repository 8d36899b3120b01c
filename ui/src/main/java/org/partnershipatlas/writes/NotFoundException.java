package org.partnershipatlas.writes;

/** An organisation, link or recorded change id that does not exist (404 in the API). */
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
