package org.partnershipatlas.store;

/** What made a recorded change. */
public enum ChangeKind {
    /** The Wales–Africa seed, imported into an empty store on first start. */
    SEED,
    /** A file imported (merge or replace). */
    IMPORT,
    /** One organisation or link created, edited or deleted (form or API). */
    EDIT,
    /** A later change that restores what an earlier one replaced. */
    UNDO,
    /** A backup archive restored. */
    RESTORE,
    /** Items of a partnership return or a registration accepted in review. */
    RETURN,
    /** A quality self-assessment added to a link. */
    ASSESSMENT
}
