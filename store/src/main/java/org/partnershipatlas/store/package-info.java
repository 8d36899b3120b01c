/**
 * The network, its history and the accounts in Neo4j, through the Neo4j Java Driver only (so the same code serves
 * the embedded default and an external server or cluster). Parameterised Cypher only ({@link
 * org.partnershipatlas.store.NetworkCypher}); records mapped in one place ({@link org.partnershipatlas.store.NetworkRecords}).
 *
 * <p>Graph shape: {@code (:Organisation {gen, id, name, type, …, rev})}, with the extra label {@code :HealthBoard} on
 * Health Boards; {@code (:Country {gen, code, name, region})}; {@code (:Organisation)-[:LOCATED_IN]->(:Country)};
 * {@code (:Organisation)-[:LINK {id, kind, since, until, status, lastEvidence, themes, activities, learning, strength, …,
 * rev}]->(:Organisation)};
 * one {@code (:AtlasMeta {key: 'network', version, generation})} node whose version rises with every write, so readers can
 * cache by it; one {@code (:Change {id, at, actor, kind, reason, source, summary, entities, …})} per write, its id
 * the version the write produced; {@code (:User)} and {@code (:ApiToken)} for sign-in ({@link
 * org.partnershipatlas.store.AccountStore}). An entity's {@code rev} is the version of its last write: what an
 * edit's {@code If-Match} is checked against.
 *
 * <p>{@link org.partnershipatlas.store.NetworkStore#write} is the only write of the network. It takes a write the
 * application's door has validated and authorised, and in one transaction locks the meta node, checks that the
 * version is still the one the write was prepared against, checks revisions, writes, records the change and
 * raises the version: writes are serialised, all-or-nothing, and never lost to a concurrent one. A replace (import
 * or restore) first writes the new network as a new generation ({@code gen} on every organisation and country; the
 * meta node names the current one) in parallel transactions no reader looks at, and that one transaction then
 * switches to it; the replaced generation is deleted afterwards (see {@link org.partnershipatlas.store.NetworkStore}).
 * Restoring a backup
 * is such a write that also replaces the history ({@link org.partnershipatlas.store.StoreWrite#history}); its version
 * is above every restored change id and the version before, so the version only ever rises.
 */
package org.partnershipatlas.store;
