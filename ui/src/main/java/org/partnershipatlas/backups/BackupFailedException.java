package org.partnershipatlas.backups;

/**
 * A backup could not be written (the folder is not writable, the disk is full). A replace or restore that needed
 * the backup first is then not made: nothing was changed.
 */
public class BackupFailedException extends RuntimeException {
    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
