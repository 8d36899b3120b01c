/**
 * The network in Neo4j, through the Neo4j Java Driver only (so the same code serves the embedded default and an
 * external server or cluster).
 *
 * <p>Graph shape: {@code (:Organisation {id, name, type, …})}, with the extra label {@code :HealthBoard} on Health
 * Boards; {@code (:Country {code, name, region})}; {@code (:Organisation)-[:LOCATED_IN]->(:Country)};
 * {@code (:Organisation)-[:LINK {id, kind, since, until, status, themes, activities, learning, strength, …}]->(:Organisation)};
 * and one {@code (:AtlasMeta {key: 'network', version})} node whose version rises with every write, so readers
 * can cache by it. Sources are stored as two parallel string arrays ({@code sourceCitations}, {@code sourceUrls},
 * "" for no url) because Neo4j properties cannot hold maps.
 *
 * <p>Every write runs in one transaction that first increments the version: that takes the meta node's write lock,
 * so writes are serialised and an import is all-or-nothing.
 */
package org.partnershipatlas.store;
