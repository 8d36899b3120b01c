package org.partnershipatlas.store;

/**
 * A replace import or restore whose new network was retired while it was being written — by another instance that
 * took it for one a crash left behind (its heartbeat had stopped). Nothing was changed; the write may be tried again.
 */
public class GenerationRetiredException extends RuntimeException {
    private final long generation;

    public GenerationRetiredException(long generation) {
        super("the network being written (generation " + generation + ") was retired by another instance before it "
                + "could be switched to; nothing was changed — try again");
        this.generation = generation;
    }

    public long generation() {
        return generation;
    }
}
