package org.partnershipatlas.store;

/** How an import meets what is already stored (docs/FORMAT.md, "Rules for every import"). */
public enum ImportMode {
    /** Upsert by id: records in the file replace those with the same id; everything else stays. */
    MERGE,
    /** The file becomes the whole network, in one transaction. */
    REPLACE
}
