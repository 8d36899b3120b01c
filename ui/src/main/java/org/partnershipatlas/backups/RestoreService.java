package org.partnershipatlas.backups;

import org.springframework.stereotype.Service;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.PayloadTooLargeException;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Restoring a backup archive, for the API and the Backups view alike: the archive is read and checked
 * ({@link BackupArchive}: a zip of exactly the three files, unpacked within {@code atlas.limits.max-import-bytes},
 * every hash matching its manifest) and then handed to the one door ({@link NetworkWrites#restore}), which validates
 * the network like an import, authorises an admin only, writes a backup of what it replaces and restores network and
 * history in one transaction. Nothing changes unless all of that succeeds.
 */
@Service
public class RestoreService {
    private final NetworkWrites writes;
    private final BackupService backups;
    private final long maxBytes;

    public RestoreService(NetworkWrites writes, BackupService backups, AtlasProperties properties) {
        this.writes = writes;
        this.backups = backups;
        this.maxBytes = properties.limits().maxImportBytes();
    }

    /**
     * What restoring an archive did or would do.
     *
     * @param contents the archive, read and checked
     * @param outcome  the door's preview and, unless a dry run, what it wrote
     */
    public record Restore(BackupArchive.Contents contents, NetworkWrites.RestoreOutcome outcome) {
        public BackupArchive.Manifest manifest() {
            return contents.manifest();
        }

        /** How many recorded changes the archive's history holds. */
        public int changes() {
            return contents.history().size();
        }
    }

    /**
     * Restores (or, with {@code dryRun}, previews restoring) an archive.
     *
     * @param name                the file name, for the history
     * @param expectedBaseVersion when committing a preview, the version it was made against (else {@code null})
     * @throws org.partnershipatlas.model.validation.ValidationException naming the file at fault
     * @throws PayloadTooLargeException if it unpacks to more than the import limit
     */
    public Restore restore(byte[] archive, String name, Change change, boolean dryRun, Long expectedBaseVersion) {
        if (archive.length > maxBytes) {
            throw new PayloadTooLargeException("the archive is larger than " + maxBytes
                    + " bytes (atlas.limits.max-import-bytes)");
        }
        BackupArchive.Contents contents = BackupArchive.read(archive, maxBytes);
        BackupArchive.Manifest manifest = contents.manifest();
        var file = new NetworkWrites.BackupFile(name, archive.length, BackupArchive.sha256(archive),
                manifest.createdAt(), manifest.networkVersion());
        return new Restore(contents,
                writes.restore(contents.network(), contents.history(), file, change, dryRun, expectedBaseVersion));
    }

    /** Restores (or previews) a backup stored in the folder, by the name {@link BackupService#list()} gives. */
    public Restore restoreStored(String name, Change change, boolean dryRun, Long expectedBaseVersion) {
        return restore(backups.read(name), name, change, dryRun, expectedBaseVersion);
    }
}
