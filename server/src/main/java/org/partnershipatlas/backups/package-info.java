/**
 * Backups, for admins: the archive format ({@link org.partnershipatlas.backups.BackupArchive}, docs/FORMAT.md
 * "Backup archive": format {@code /2} holds the network, its history and everything else the application keeps —
 * {@link org.partnershipatlas.backups.AppRecords} — and {@code /1} still restores), its encryption with a passphrase
 * ({@link org.partnershipatlas.backups.BackupEncryption}), the backups folder with atomic, owner-only writes and
 * pruning ({@link org.partnershipatlas.backups.BackupService}), the schedule
 * ({@link org.partnershipatlas.backups.ScheduledBackups}), restoring through the one door — the records in the same
 * transaction as the network ({@link org.partnershipatlas.backups.RestoreService}) — {@code GET /api/backup},
 * {@code POST /api/restore} and the Backups view. The door for writes asks this package for a backup before every
 * replace import and every restore.
 */
package org.partnershipatlas.backups;
