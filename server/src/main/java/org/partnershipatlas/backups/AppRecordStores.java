package org.partnershipatlas.backups;

import org.springframework.stereotype.Component;

import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.AlongsideWrite;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.store.StoryStore;

/**
 * Reads {@link AppRecords} for a backup and puts them back for a restore. Backups are the one other place besides
 * security and users that touches the accounts: a backup must hold them for a new machine to have them (the
 * architecture test names this package).
 */
@Component
public class AppRecordStores {
    private final AccountStore accounts;
    private final ReturnStore returns;
    private final StoryStore stories;

    public AppRecordStores(AccountStore accounts, ReturnStore returns, StoryStore stories) {
        this.accounts = accounts;
        this.returns = returns;
        this.stories = stories;
    }

    /**
     * Everything as it is now. Each kind is read in its own transaction: none of them has a version, and a user or a
     * story changed during a backup is in it either as it was or as it became.
     */
    public AppRecords read() {
        return new AppRecords(accounts.users(), accounts.tokens(), returns.rounds(), returns.allInvitations(),
                returns.registrations(null), stories.stories());
    }

    /** Replacing everything with {@code records}, to run in the restore's transaction (all or nothing with it). */
    public AlongsideWrite replaceAllWith(AppRecords records) {
        return tx -> {
            accounts.replaceAll(tx, records.users(), records.tokens());
            returns.replaceAll(tx, records.rounds(), records.invitations(), records.registrations());
            stories.replaceAll(tx, records.stories());
        };
    }
}
