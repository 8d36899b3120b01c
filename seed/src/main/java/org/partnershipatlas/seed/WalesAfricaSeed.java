package org.partnershipatlas.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.NetworkSnapshot;

/** The shipped seed network (native JSON on the classpath). */
public final class WalesAfricaSeed {
    /** Classpath location of the shipped snapshot, built by {@link SeedBuilder}. */
    public static final String RESOURCE = "/org/partnershipatlas/seed/wales-africa.json";

    private WalesAfricaSeed() {
    }

    /** The seed without facts marked ILLUSTRATIVE (the default everywhere). */
    public static NetworkSnapshot load() {
        return loadAll().withoutIllustrative();
    }

    /** The seed as shipped, including any ILLUSTRATIVE example data. */
    public static NetworkSnapshot loadAll() {
        try (InputStream in = WalesAfricaSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the seed " + RESOURCE + " is missing from the classpath");
            }
            return JsonSnapshotFormat.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
