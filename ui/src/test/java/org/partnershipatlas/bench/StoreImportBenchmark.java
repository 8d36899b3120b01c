package org.partnershipatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.partnershipatlas.app.EmbeddedNeo4j;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeNote;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.StoreWrite;
import org.partnershipatlas.store.WriteResult;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

/**
 * How long the embedded store takes to import a large synthetic partnership network in one transaction, as the
 * store does it (through the driver over Bolt, UNWIND batches, the store's one write without the door's checks). Not a test: run it on a quiet machine with
 *
 * <pre>mvn -q -pl ui -am -Pbench-store -DskipTests process-test-classes</pre>
 *
 * (arguments via {@code -Dbench.args="ORGANISATIONS LINKS_PER_ORGANISATION SEED"}, default 100000 3 42). It prints
 * the wall time of the replace import into an empty store, of reading the whole network back, of a merge
 * import of the same network over itself (every record an update) and of a replace import over it.
 */
public final class StoreImportBenchmark {

    public static void main(String[] args) throws Exception {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int linksPer = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;

        long t0 = System.nanoTime();
        NetworkSnapshot network = new SyntheticNetworkGenerator(organisations, linksPer, seed).generate();
        System.out.printf("generated %,d organisations and %,d links in %.1f s%n", network.organisations().size(),
                network.links().size(), seconds(t0));

        Path dataDir = Files.createTempDirectory("atlas-bench-store");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "1g");
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()))) {
            var store = new NetworkStore(driver, null);
            store.initialise();

            long t1 = System.nanoTime();
            WriteResult replace = write(store, network, ImportMode.REPLACE);
            System.out.printf("replace import into the empty store: %.1f s (%,d organisations, %,d links stored)%n",
                    seconds(t1), replace.totalOrganisations(), replace.totalLinks());

            long t2 = System.nanoTime();
            int read = store.read().snapshot().links().size();
            System.out.printf("read the whole network back: %.1f s (%,d links)%n", seconds(t2), read);

            long t3 = System.nanoTime();
            WriteResult merge = write(store, network, ImportMode.MERGE);
            System.out.printf("merge import of the same network over itself: %.1f s (%,d organisations updated)%n",
                    seconds(t3), merge.organisationsUpdated());

            long t4 = System.nanoTime();
            WriteResult again = write(store, network, ImportMode.REPLACE);
            System.out.printf("replace import over the stored network: %.1f s (%,d links updated)%n",
                    seconds(t4), again.linksUpdated());
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The store's one write, as the door calls it for a large import (counts only in the history). */
    private static WriteResult write(NetworkStore store, NetworkSnapshot network, ImportMode mode) {
        return store.write(new StoreWrite(store.version(), mode, NetworkChange.of(network), null, null, null,
                new ChangeNote("bench", ChangeKind.IMPORT, null, "benchmark", "benchmark", java.util.Map.of(),
                        java.util.List.of(), false)));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
