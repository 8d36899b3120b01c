package org.partnershipatlas.backups;

import java.util.LinkedHashMap;

import org.springframework.stereotype.Service;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.PayloadTooLargeException;
import org.partnershipatlas.store.AlongsideWrite;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Restoring a backup archive, for the API and the Backups view alike: an encrypted archive is opened with the
 * passphrase ({@link BackupEncryption}: refused, naming why, without it, with another one, or when changed), the
 * archive is read and checked ({@link BackupArchive}: a zip of exactly its format's files, unpacked within
 * {@code atlas.limits.max-import-bytes}, every hash matching its manifest, every line of every file sound) and then
 * handed to the one door ({@link NetworkWrites#restore}), which validates the network like an import, authorises an
 * admin only, writes a backup of what it replaces and restores network and history in one transaction — and, from
 * an archive of format {@code /2}, the users, API tokens, returns, registrations and stories in that same
 * transaction ({@link AppRecordStores#replaceAllWith}). Nothing changes unless all of that succeeds. An archive of
 * format {@code /1} leaves the users and the rest as they are.
 */
@Service
public class RestoreService {
    /** The history detail counting what was restored beside the network. */
    public static final String RECORDS_RESTORED = "recordsRestored";

    private final NetworkWrites writes;
    private final BackupService backups;
    private final AppRecordStores records;
    private final BackupEncryption encryption;
    private final long maxBytes;

    public RestoreService(NetworkWrites writes, BackupService backups, AppRecordStores records,
                          BackupEncryption encryption, AtlasProperties properties) {
        this.writes = writes;
        this.backups = backups;
        this.records = records;
        this.encryption = encryption;
        this.maxBytes = properties.limits().maxImportBytes();
    }

    /**
     * What restoring an archive did or would do.
     *
     * @param contents  the archive, read and checked
     * @param encrypted whether the archive was encrypted
     * @param outcome   the door's preview and, unless a dry run, what it wrote
     */
    public record Restore(BackupArchive.Contents contents, boolean encrypted, NetworkWrites.RestoreOutcome outcome) {
        public BackupManifest manifest() {
            return contents.manifest();
        }

        /** How many recorded changes the archive's history holds. */
        public int changes() {
            return contents.history().size();
        }

        /**
         * Whether the restore replaces (or replaced) the users, tokens, returns, registrations and stories: the
         * restoring admin then signs in again with an account from the backup.
         */
        public boolean replacesRecords() {
            return contents.records() != null;
        }
    }

    /**
     * Restores (or, with {@code dryRun}, previews restoring) an archive.
     *
     * @param name                the file name, for the history
     * @param expectedBaseVersion when committing a preview, the version it was made against (else {@code null})
     * @throws org.partnershipatlas.model.validation.ValidationException naming the file at fault, or why an encrypted
     *                                                                   archive cannot be opened
     * @throws PayloadTooLargeException if it unpacks to more than the import limit
     */
    public Restore restore(byte[] archive, String name, Change change, boolean dryRun, Long expectedBaseVersion) {
        if (archive.length > maxBytes) {
            throw new PayloadTooLargeException("the archive is larger than " + maxBytes
                    + " bytes (atlas.limits.max-import-bytes)");
        }
        boolean encrypted = BackupEncryption.isEncrypted(archive);
        BackupArchive.Contents contents = BackupArchive.read(encryption.open(archive), maxBytes);
        BackupManifest manifest = contents.manifest();
        var file = new NetworkWrites.BackupFile(name, archive.length, BackupArchive.sha256(archive),
                manifest.createdAt(), manifest.networkVersion());
        var details = new LinkedHashMap<String, Object>();
        details.put("backupFormat", manifest.format());
        details.put("backupEncrypted", encrypted);
        AlongsideWrite alongside = null;
        if (contents.records() != null) {
            details.put(RECORDS_RESTORED, contents.records().counts());
            alongside = records.replaceAllWith(contents.records());
        }
        return new Restore(contents, encrypted, writes.restore(contents.network(), contents.history(), file,
                change.withDetails(details), dryRun, expectedBaseVersion, alongside));
    }

    /** Restores (or previews) a backup stored in the folder, by the name {@link BackupService#list()} gives. */
    public Restore restoreStored(String name, Change change, boolean dryRun, Long expectedBaseVersion) {
        return restore(backups.read(name), name, change, dryRun, expectedBaseVersion);
    }
}
