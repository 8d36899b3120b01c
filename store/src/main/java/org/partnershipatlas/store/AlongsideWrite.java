package org.partnershipatlas.store;

import org.neo4j.driver.TransactionContext;

/**
 * Work that must commit together with a network write or not at all: restoring a backup puts back the users, API
 * tokens, returns, registrations and stories ({@link AccountStore#replaceAll}, {@link ReturnStore#replaceAll},
 * {@link StoryStore#replaceAll}) in the very transaction that switches to the restored network and history, so that
 * a failure of either leaves both as they were. It runs after the write's own checks (version, revisions), may run
 * more than once when the door prepares a write again, and must therefore do the same whatever ran before.
 */
@FunctionalInterface
public interface AlongsideWrite {
    void write(TransactionContext tx);
}
