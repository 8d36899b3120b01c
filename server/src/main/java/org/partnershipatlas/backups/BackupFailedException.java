package org.partnershipatlas.backups;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import org.partnershipatlas.app.ProblemException;
import org.partnershipatlas.app.Problems;

/**
 * A backup could not be written (the folder is not writable, the disk is full). A replace or restore that needed
 * the backup first is then not made: nothing was changed.
 */
public class BackupFailedException extends ProblemException {
    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ProblemDetail problem() {
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "backup-failed", "Backup failed",
                getMessage() + "; nothing was changed");
    }
}
