package org.partnershipatlas.store;

/** A write computed against a network version that another write has since replaced; nothing was changed. */
public class StaleNetworkException extends RuntimeException {
    private final long expected;
    private final long actual;

    public StaleNetworkException(long expected, long actual) {
        super("the network changed (version " + actual + ") since this write was prepared (version " + expected + ")");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
