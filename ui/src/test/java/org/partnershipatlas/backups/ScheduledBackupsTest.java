package org.partnershipatlas.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.reads.NetworkReads;

/** The schedule: when the first backup is due, and backups written on time, atomically, pruned to keep. */
@AtlasSpringTest
class ScheduledBackupsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    NetworkReads reads;
    @Autowired
    AppRecordStores records;
    @TempDir
    Path folder;

    @Test
    void firstDelay_withNoBackupYet_isTheStartDelay() {
        assertThat(ScheduledBackups.firstDelay(Optional.empty(), DAY, MINUTE, NOW)).isEqualTo(MINUTE);
    }

    @Test
    void firstDelay_withABackupAnHourOld_waitsForTheRestOfTheInterval() {
        assertThat(ScheduledBackups.firstDelay(Optional.of(NOW.minus(Duration.ofHours(1))), DAY, MINUTE, NOW))
                .isEqualTo(Duration.ofHours(23));
    }

    @Test
    void firstDelay_withAnOverdueBackup_isTheStartDelay() {
        assertThat(ScheduledBackups.firstDelay(Optional.of(NOW.minus(Duration.ofDays(3))), DAY, MINUTE, NOW))
                .isEqualTo(MINUTE);
    }

    @Test
    void start_withAShortInterval_writesBackupsOnTheSchedule_prunedToKeep_withNoTemporaryFileLeft() throws Exception {
        var service = new BackupService(reads, records, BackupEncryption.off(), folder, 2, Clock.systemUTC());
        var schedule = new ScheduledBackups(service, Duration.ofMillis(200), Duration.ZERO, Clock.systemUTC());
        Set<String> seen = new HashSet<>();
        schedule.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.size() < 4 && System.nanoTime() < deadline) {
                service.list().forEach(b -> seen.add(b.name()));
                Thread.sleep(20);
            }
        } finally {
            schedule.stop();
        }
        assertThat(schedule.isRunning()).isFalse();
        assertThat(seen).as("backups written on the schedule").hasSizeGreaterThanOrEqualTo(4);
        Thread.sleep(500);
        assertThat(service.list()).hasSize(2);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allSatisfy(name -> assertThat(name).startsWith(BackupService.PREFIX).endsWith(BackupService.SUFFIX));
        }
        var scheduled = BackupArchive.read(service.read(service.list().get(0).name()), AtlasSpringTest.MAX_IMPORT_BYTES);
        assertThat(scheduled.manifest().format()).as("scheduled backups hold everything")
                .isEqualTo("partnership-atlas-backup/2");
        assertThat(scheduled.records()).isNotNull();
        assertThat(scheduled.records().users()).extracting(u -> u.username()).contains("admin");
    }

    @Test
    void start_withIntervalZero_schedulesNothing() {
        var schedule = new ScheduledBackups(new BackupService(reads, records, BackupEncryption.off(), folder, 2,
                Clock.systemUTC()), Duration.ZERO, Duration.ZERO, Clock.systemUTC());
        schedule.start();
        assertThat(schedule.isRunning()).isFalse();
        assertThat(folder).isEmptyDirectory();
    }
}
