package org.partnershipatlas.writes;

/**
 * Writes a backup of everything the application keeps, as it is now, before a write that sweeps much of it away (a
 * replace import, a restore, undoing a seed). The backups feature implements it; the door only needs the name to
 * record with the change ({@code details.backupBefore}), the way back.
 */
@FunctionalInterface
public interface BackupBeforeWrite {

    /**
     * Writes the backup and answers its file name.
     *
     * @param why a line for the log and the backups list ("before a replace import by admin")
     */
    String backUp(String why);
}
