package org.partnershipatlas.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.writes.NetworkWrites;

/** The backups folder on the real application: atomic, owner-only, pruned; a replace waits for its backup. */
@AtlasSpringTest
class BackupServiceTest {
    @Autowired
    NetworkReads reads;
    @Autowired
    AppRecordStores records;
    @Autowired
    NetworkStore store;
    @Autowired
    NetworkWrites writes;
    @Autowired
    BackupService backups;
    @Autowired
    ApplicationEventPublisher events;
    @TempDir
    Path folder;

    @BeforeEach
    void startFromTheSeed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private BackupService keeping(int keep) {
        return new BackupService(reads, records, BackupEncryption.off(), folder.resolve("backups"), keep, Clock.systemUTC());
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void write_fiveTimesKeepingThree_leavesTheNewestThree_ownerOnly_andNoTemporaryFile() throws Exception {
        var service = keeping(3);
        var written = new ArrayList<BackupService.StoredBackup>();
        for (int i = 0; i < 5; i++) {
            written.add(service.write("test " + i));
        }

        assertThat(service.list()).containsExactly(written.get(4), written.get(3), written.get(2));
        assertThat(files(service.folder())).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(written.subList(2, 5).stream().map(BackupService.StoredBackup::name).toList());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(service.folder()))).isEqualTo("rwx------");
        for (var backup : service.list()) {
            Path file = service.file(backup.name());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(backup.bytes()).isEqualTo(Files.size(file));
            assertThat(backup.networkVersion()).isEqualTo(reads.version());
            assertThat(BackupArchive.read(Files.readAllBytes(file), AtlasSpringTest.MAX_IMPORT_BYTES).manifest()
                    .networkVersion()).isEqualTo(reads.version());
        }
    }

    @Test
    void write_whileAnotherThreadCopiesTheFolder_neverShowsHalfAnArchive() throws Exception {
        var service = keeping(2);
        var writing = new AtomicBoolean(true);
        var copied = new AtomicInteger();
        List<Throwable> broken = Collections.synchronizedList(new ArrayList<>());
        var copier = new Thread(() -> {
            while (writing.get()) {
                for (var backup : service.list()) {
                    try {
                        BackupArchive.read(service.read(backup.name()), AtlasSpringTest.MAX_IMPORT_BYTES);
                        copied.incrementAndGet();
                    } catch (NoSuchElementException prunedMeanwhile) {
                        // the newest two are kept: an older one may go between listing and reading
                    } catch (RuntimeException e) {
                        broken.add(e);
                    }
                }
            }
        });
        copier.start();
        try {
            for (int i = 0; i < 8; i++) {
                service.write("test " + i);
            }
        } finally {
            writing.set(false);
            copier.join();
        }
        assertThat(broken).isEmpty();
        assertThat(copied.get()).isPositive();
        assertThat(files(service.folder())).hasSize(2).allSatisfy(p -> assertThat(p.toString()).endsWith(".zip"));
    }

    @Test
    void write_whereTheFolderCannotBeMade_failsAndLeavesNothing() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "not a folder");
        var service = new BackupService(reads, records, BackupEncryption.off(), notAFolder.resolve("backups"), 3, Clock.systemUTC());

        assertThatThrownBy(() -> service.write("test")).isInstanceOf(BackupFailedException.class)
                .hasMessageContaining("could not write a backup");
        assertThat(files(folder)).containsExactly(notAFolder);
    }

    @Test
    void importReplace_whenItsBackupCannotBeWritten_isRefusedAndChangesNothing() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "not a folder");
        var door = new NetworkWrites(store, reads, events,
                new BackupService(reads, records, BackupEncryption.off(), notAFolder.resolve("backups"), 3, Clock.systemUTC()));
        long version = reads.version();

        assertThatThrownBy(() -> door.importNetwork(TestWrites.parsed(NetworkSnapshot.EMPTY), ImportMode.REPLACE, null,
                TestWrites.CHANGE, false, null)).isInstanceOf(BackupFailedException.class);
        assertThat(reads.version()).isEqualTo(version);
        assertThat(JsonSnapshotFormat.toJson(reads.current().snapshot(), false))
                .isEqualTo(JsonSnapshotFormat.toJson(WalesAfricaSeed.load().sortedById(), false));
    }

    @Test
    void importReplace_throughTheDoor_leavesABackupOfWhatItReplacedInTheFolder() {
        var before = store.readWithHistory();

        TestWrites.replace(writes, NetworkSnapshot.EMPTY);

        var newest = backups.list().get(0);
        assertThat(newest.networkVersion()).isEqualTo(before.network().version());
        var archived = BackupArchive.read(backups.read(newest.name()), AtlasSpringTest.MAX_IMPORT_BYTES);
        assertThat(archived.history()).isEqualTo(before.history());
        assertThat(archived.manifest().format()).as("backups before replaces hold everything")
                .isEqualTo("partnership-atlas-backup/2");
        assertThat(archived.records()).isEqualTo(records.read());
        assertThat(store.allChanges().get(store.allChanges().size() - 1).details())
                .containsEntry(NetworkWrites.BACKUP_BEFORE, newest.name());
    }

    @Test
    void file_whoseNameIsNotABackups_isRefused() {
        assertThatThrownBy(() -> backups.file("../neo4j-password")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backups.read("partnership-atlas-backup-x.zip")).isInstanceOf(IllegalArgumentException.class);
    }
}
