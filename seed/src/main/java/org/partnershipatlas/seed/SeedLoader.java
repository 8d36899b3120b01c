package org.partnershipatlas.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.ImportResult;
import org.partnershipatlas.store.NetworkStore;

/** Puts the seed into a store that holds nothing yet; never touches one that has data. */
public final class SeedLoader {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private SeedLoader() {
    }

    /** @return whether the seed was imported (the store was empty) */
    public static boolean seedIfEmpty(NetworkStore store) {
        return seedIfEmpty(store, WalesAfricaSeed.load());
    }

    static boolean seedIfEmpty(NetworkStore store, NetworkSnapshot seed) {
        if (!store.isEmpty()) {
            log.info("The store already holds a network; the seed is not imported");
            return false;
        }
        ImportResult result = store.importSnapshot(seed, ImportMode.MERGE);
        log.info("Seeded the empty store with the Wales–Africa network: {} organisations, {} links",
                result.organisationsCreated(), result.linksCreated());
        return true;
    }
}
