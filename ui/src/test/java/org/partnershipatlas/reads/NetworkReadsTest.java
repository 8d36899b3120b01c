package org.partnershipatlas.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeNote;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.StoreWrite;
import org.partnershipatlas.store.WriteResult;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Readers do not wait for a write of this process to be read back: while it is, they get the version before it; the
 * writer reads its result before it answers, so whatever it does next sees it. Real embedded Neo4j.
 */
@AtlasSpringTest
class NetworkReadsTest {
    @Autowired
    NetworkReads reads;
    @Autowired
    NetworkStore store;
    @Autowired
    NetworkWrites writes;

    @AfterEach
    void backToTheSeed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private WriteResult addOrganisation(long baseVersion) {
        var newcomer = new Organisation("reads-test-newcomer", "Reads Test Newcomer", OrganisationType.NGO, "KE", null,
                null, null, null, false, Confidence.B, List.of(new Source("test fixture", null)));
        var change = new NetworkChange(List.of(), List.of(newcomer), List.of());
        return store.write(new StoreWrite(baseVersion, ImportMode.MERGE, change, List.of(), List.of(), Map.of(),
                new ChangeNote("test", ChangeKind.EDIT, null, "test", "one organisation", Map.of(), List.of(), true),
                null));
    }

    @Test
    void whileAWriteIsReadBack_readersGetTheVersionBefore_andTheWriterSeesItsWrite() throws Exception {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        var before = reads.current();
        assertThat(before.snapshot().organisation("reads-test-newcomer")).isEmpty();

        var landed = new CountDownLatch(1);
        var goOn = new CountDownLatch(1);
        var writer = CompletableFuture.supplyAsync(() -> reads.writing(() -> {
            WriteResult result = addOrganisation(before.version());
            landed.countDown();
            try {
                goOn.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result;
        }));
        assertThat(landed.await(60, TimeUnit.SECONDS)).isTrue();

        // Landed in the store, not yet read back: readers keep the version before; a writer preparing gets the new one.
        assertThat(store.version()).isGreaterThan(before.version());
        assertThat(reads.current().version()).isEqualTo(before.version());
        assertThat(reads.current().snapshot().organisation("reads-test-newcomer")).isEmpty();
        var latest = reads.latest();
        assertThat(latest.version()).isEqualTo(store.version());
        assertThat(latest.snapshot().organisation("reads-test-newcomer")).isPresent();

        goOn.countDown();
        WriteResult result = writer.get(60, TimeUnit.SECONDS);
        var after = reads.current();
        assertThat(after.version()).isEqualTo(result.version());
        assertThat(after.snapshot().organisation("reads-test-newcomer")).isPresent();
    }

    @Test
    void aWriteNotThroughTheDoor_isReadByTheNextReader() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        var before = reads.current();
        // As another instance on the same database would write: no read-back here.
        WriteResult result = addOrganisation(before.version());
        var after = reads.current();
        assertThat(after.version()).isEqualTo(result.version());
        assertThat(after.snapshot().organisation("reads-test-newcomer")).isPresent();
    }
}
