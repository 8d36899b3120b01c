package org.partnershipatlas.store;

/**
 * An edit made against an older revision of an entity than the one stored (someone else changed it first); nothing
 * was changed. {@code actual} is 0 when the entity no longer exists.
 */
public class RevisionConflictException extends RuntimeException {
    private final EntityKey key;
    private final long expected;
    private final long actual;

    public RevisionConflictException(EntityKey key, long expected, long actual) {
        super(key + " is at revision " + actual + ", not " + expected);
        this.key = key;
        this.expected = expected;
        this.actual = actual;
    }

    public EntityKey key() {
        return key;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
