package org.partnershipatlas.backups;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.writes.BackupBeforeWrite;
import org.partnershipatlas.store.NetworkWithHistory;

/**
 * The backups folder ({@code atlas.backup.dir}, by default {@code <data-dir>/backups}): writes an archive of the
 * network, its history and everything else the application keeps as they are now ({@link BackupArchive}, format
 * {@code /2}; encrypted when a passphrase is set, {@link BackupEncryption}), lists and opens the stored ones, and
 * keeps the newest {@code atlas.backup.keep}. The door for writes calls it before every replace import and every restore;
 * {@link ScheduledBackups} calls it on a schedule; admins call it from the API and the Backups view.
 *
 * <p>A backup appears whole or not at all: it is written to a hidden temporary file in the same folder, forced to
 * disk and then renamed atomically to {@code partnership-atlas-backup-<UTC time>-v<version>.zip} ({@code .zip.enc}
 * when encrypted), so that a crash,
 * a full disk or a copy taken meanwhile (rsync from cron) never sees half an archive. Files and folder are
 * readable by the application's user only: a backup holds everything, password hashes and contact details included. Only files named this way
 * are listed or pruned; anything else in the folder is left alone.
 */
@Service
public class BackupService implements BackupBeforeWrite {
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    static final String PREFIX = "partnership-atlas-backup-";
    static final String SUFFIX = ".zip";
    /** An encrypted backup: not a zip until opened with the passphrase. */
    static final String ENCRYPTED_SUFFIX = ".zip.enc";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /**
     * {@code partnership-atlas-backup-20260131T093000.000Z-v42.zip} (or {@code .zip.enc}), with {@code -2}… when two
     * share a millisecond.
     */
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX)
            + "(\\d{8}T\\d{6}\\.\\d{3}Z)-v(\\d{1,18})(?:-\\d{1,4})?(?:" + Pattern.quote(SUFFIX) + "|"
            + Pattern.quote(ENCRYPTED_SUFFIX) + ")");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final NetworkReads reads;
    private final AppRecordStores records;
    private final BackupEncryption encryption;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    @Autowired
    public BackupService(NetworkReads reads, AppRecordStores records, BackupEncryption encryption,
                         AtlasProperties properties) {
        this(reads, records, encryption, properties.backupDir(), properties.backup().keep(), Clock.systemUTC());
    }

    /** A service over any folder (tests use their own). */
    public BackupService(NetworkReads reads, AppRecordStores records, BackupEncryption encryption, Path folder,
                         int keep, Clock clock) {
        this.reads = reads;
        this.records = records;
        this.encryption = encryption;
        this.folder = folder.toAbsolutePath().normalize();
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1: " + keep);
        }
        this.keep = keep;
        this.clock = clock;
    }

    /**
     * A stored backup.
     *
     * @param name           its file name in the folder
     * @param createdAt      when it was made
     * @param networkVersion the network version it holds
     * @param bytes          its size
     */
    public record StoredBackup(String name, Instant createdAt, long networkVersion, long bytes) {
    }

    /**
     * The network, its history and everything else as they are now, ready to be written as an archive.
     *
     * @param encryption encrypts it when a passphrase is set
     */
    public record Archive(NetworkWithHistory state, AppRecords records, Instant createdAt,
                          BackupEncryption encryption) {
        public long networkVersion() {
            return state.network().version();
        }

        public boolean encrypted() {
            return encryption.enabled();
        }

        public String fileName() {
            return PREFIX + STAMP.format(createdAt) + "-v" + networkVersion() + (encrypted() ? ENCRYPTED_SUFFIX : SUFFIX);
        }

        /** Writes the archive (encrypted when a passphrase is set) to {@code out}, which is flushed but left open. */
        public void writeTo(OutputStream out) {
            if (!encrypted()) {
                BackupArchive.write(state, records, createdAt, out);
                return;
            }
            try (OutputStream sealed = encryption.encrypting(out)) {
                BackupArchive.write(state, records, createdAt, sealed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Path folder() {
        return folder;
    }

    public int keep() {
        return keep;
    }

    /** Whether backups are written encrypted ({@code atlas.backup.passphrase} is set). */
    public boolean encrypted() {
        return encryption.enabled();
    }

    /**
     * Reads the network and its history now (one transaction), then the users, tokens, returns, registrations and
     * stories, for writing as an archive.
     */
    public Archive archiveNow() {
        return new Archive(reads.withHistory(), records.read(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                encryption);
    }

    /**
     * Writes a backup of the network and history as they are now into the folder, then deletes all but the newest
     * {@code keep}.
     *
     * @param why for the log: "scheduled", "before a replace import by …"
     * @throws BackupFailedException if it could not be written; then no file of it is left behind
     */
    /** What the door for writes asks for before a write that sweeps the network away: the backup's file name. */
    @Override
    public String backUp(String why) {
        return write(why).name();
    }

    public synchronized StoredBackup write(String why) {
        Archive archive = archiveNow();
        Path temporary = null;
        try {
            createFolder();
            temporary = createOwnerOnly(() -> Files.createTempFile(folder, "." + PREFIX, SUFFIX + ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_FILE)), () -> Files.createTempFile(folder, "." + PREFIX,
                    SUFFIX + ".tmp"));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                archive.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Path target = freeName(archive.fileName());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            syncFolder();
            var stored = new StoredBackup(target.getFileName().toString(), archive.createdAt(), archive.networkVersion(),
                    Files.size(target));
            log.info("Backup {} written ({}): network version {}, {} recorded changes, {}, {} bytes{}", stored.name(),
                    why, stored.networkVersion(), archive.state().history().size(), archive.records().counts(),
                    stored.bytes(), archive.encrypted() ? ", encrypted" : "");
            prune();
            return stored;
        } catch (IOException | RuntimeException e) {
            throw new BackupFailedException("could not write a backup to " + folder + ": " + e, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.warn("Could not delete the unfinished backup {}: {}", temporary, e.toString());
                }
            }
        }
    }

    /** Every stored backup, newest first. */
    public List<StoredBackup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        var result = new ArrayList<StoredBackup>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path file : files) {
                parse(file.getFileName().toString()).ifPresent(named -> {
                    try {
                        result.add(new StoredBackup(named.name(), named.createdAt(), named.networkVersion(),
                                Files.size(file)));
                    } catch (IOException e) {
                        log.debug("Backup {} went while listing: {}", file, e.toString());
                    }
                });
            }
        } catch (IOException e) {
            throw new BackupFailedException("could not list the backups in " + folder + ": " + e, e);
        }
        result.sort(Comparator.comparing(StoredBackup::createdAt).thenComparing(StoredBackup::name).reversed());
        return result;
    }

    /** The newest stored backup's time, if any (when the next scheduled one is due). */
    public Optional<Instant> newest() {
        return list().stream().findFirst().map(StoredBackup::createdAt);
    }

    /**
     * A stored backup's bytes, by the name {@link #list()} gives.
     *
     * @throws IllegalArgumentException if the name is not a backup's (so that no other file can be asked for)
     * @throws NoSuchElementException if there is no such backup
     */
    public byte[] read(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("there is no backup " + name + " in " + folder);
        } catch (IOException e) {
            throw new BackupFailedException("could not read the backup " + name + ": " + e, e);
        }
    }

    /** The path of a stored backup, by name. @throws IllegalArgumentException if the name is not a backup's */
    public Path file(String name) {
        if (name == null || parse(name).isEmpty()) {
            throw new IllegalArgumentException("not the name of a backup: " + name);
        }
        return folder.resolve(name);
    }

    /** Deletes all but the newest {@code keep} backups. */
    private void prune() {
        List<StoredBackup> stored = list();
        for (StoredBackup old : stored.subList(Math.min(keep, stored.size()), stored.size())) {
            try {
                Files.deleteIfExists(folder.resolve(old.name()));
                log.info("Backup {} deleted: only the newest {} are kept (atlas.backup.keep)", old.name(), keep);
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}: {}", old.name(), e.toString());
            }
        }
    }

    private record Named(String name, Instant createdAt, long networkVersion) {
    }

    private static Optional<Named> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Named(name, Instant.from(STAMP.parse(m.group(1))), Long.parseLong(m.group(2))));
    }

    /** The archive's name, or with {@code -2}, {@code -3}… if a backup already has it (two in one millisecond). */
    private Path freeName(String name) {
        String suffix = name.endsWith(ENCRYPTED_SUFFIX) ? ENCRYPTED_SUFFIX : SUFFIX;
        Path target = folder.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(name.substring(0, name.length() - suffix.length()) + "-" + n + suffix);
        }
        return target;
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            try {
                createOwnerOnly(() -> Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER)),
                        () -> Files.createDirectories(folder));
            } catch (FileAlreadyExistsException e) {
                // made meanwhile
            }
        }
    }

    /** Forces the rename to disk too (best effort: not every file system lets a folder be opened). */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not sync the folder {}: {}", folder, e.toString());
        }
    }

    private interface Creation {
        Path create() throws IOException;
    }

    /** Creates a file or folder readable by its owner only; where there are no POSIX permissions, as the OS allows. */
    private static Path createOwnerOnly(Creation posix, Creation plain) throws IOException {
        try {
            return posix.create();
        } catch (UnsupportedOperationException notPosix) {
            Path created = plain.create();
            var f = created.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setExecutable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
            f.setExecutable(f.isDirectory(), true);
            return created;
        }
    }
}
