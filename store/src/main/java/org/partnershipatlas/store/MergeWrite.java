package org.partnershipatlas.store;

import java.util.function.Function;
import org.neo4j.driver.SimpleQueryRunner;
import static org.partnershipatlas.store.NetworkCypher.*;
import static org.partnershipatlas.store.NetworkStore.*;
import static org.partnershipatlas.store.ReplaceWrite.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.NetworkChange;

/**
 * A merge or an edit, in the write's transaction, into the current generation; and the batches of records that a
 * merge and a replace both write. Part of {@link NetworkStore}.
 */
final class MergeWrite {
    private static final Logger log = LoggerFactory.getLogger(MergeWrite.class);

    /**
     * A merge, in the caller's transaction, into the current generation. Into an empty one everything is created in
     * bulk; otherwise records are upserted by id, replaced links deleted by element id, and the deletions made last.
     * Nothing is deleted before the index lookups that need it are done: in Neo4j 5 every index seek in a
     * transaction copies the set of entities already deleted in it, so deleting first would make a large write
     * quadratic.
     */
    static WriteResult merge(TransactionContext tx, StoreWrite write, long generation, long version) {
        long started = System.nanoTime();
        NetworkChange change = write.upserts();
        List<String> orgIds = change.organisations().stream().map(Organisation::id).toList();
        List<String> linkIds = change.links().stream().map(Link::id).toList();
        requireDistinct(linkIds, "link");
        int orgsExisting = 0;
        int linksExisting = 0;
        long orgsDeleted = 0;
        long linksDeleted = 0;
        writeCountries(tx, generation, change);
        if (countOrganisations(tx, generation) == 0) {
            for (Batch batch : organisationBatches(generation, change.organisations(), version)) {
                batch.run(tx);
            }
            for (Batch batch : linkBatches(generation, change.links(), version)) {
                batch.run(tx);
            }
        } else {
            orgsExisting = countExisting(tx, generation, orgIds);
            List<String> replaced = elementIds(tx, LINK_ELEMENT_IDS, generation, linkIds);
            linksExisting = replaced.size();
            List<String> deletedLinks = elementIds(tx, LINK_ELEMENT_IDS, generation, write.deleteLinks());
            List<String> deletedOrganisations = elementIds(tx, ORGANISATION_ELEMENT_IDS, generation,
                    write.deleteOrganisations());
            linksDeleted = deletedLinks.size();
            var obsolete = new LinkedHashSet<>(replaced);
            obsolete.addAll(deletedLinks);
            upsertAll(tx, generation, change, List.copyOf(obsolete), version);
            for (var batch : batches(deletedOrganisations, BATCH_SIZE)) {
                tx.run(DELETE_ORGANISATIONS_BY_ELEMENT_ID, Map.of("elementIds", batch)).consume();
            }
            orgsDeleted = deletedOrganisations.size();
        }
        Record totals = tx.run(COUNTS, Map.of("gen", generation)).single();
        var result = new WriteResult(write.mode(),
                orgIds.size() - orgsExisting, orgsExisting, orgsDeleted,
                linkIds.size() - linksExisting, linksExisting, linksDeleted,
                change.countries().size(), totals.get("organisations").asLong(), totals.get("links").asLong(), version);
        log.info("Wrote version {} ({} {}): {} organisations and {} links upserted, {} and {} deleted, in {} ms",
                version, write.note().kind(), write.mode(), orgIds.size(), linkIds.size(), orgsDeleted, linksDeleted,
                millisSince(started));
        return result;
    }

    /** Link ids are unique by validation; the store checks again because it has no constraint to do it. */
    static void requireDistinct(List<String> ids, String what) {
        var seen = new HashSet<String>(ids.size() * 2);
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " id \"" + id + "\" in one write");
            }
        }
    }

    /**
     * Upserts by id into a generation that has data: organisations first, then the links to be replaced or deleted
     * are deleted by element id (looked up before any deletion) and the new ones created.
     */
    static void upsertAll(TransactionContext tx, long generation, NetworkChange change,
                                  List<String> obsoleteLinks, long version) {
        for (var batch : batches(change.organisations(), BATCH_SIZE)) {
            tx.run(UPSERT_ORGANISATIONS, Map.of("gen", generation, "rows", batch.stream()
                    .map(o -> NetworkRecords.organisationRow(o, version)).toList())).consume();
        }
        for (var batch : batches(obsoleteLinks, BATCH_SIZE)) {
            tx.run(DELETE_LINKS_BY_ELEMENT_ID, Map.of("elementIds", batch)).consume();
        }
        for (Batch batch : linkBatches(generation, change.links(), version)) {
            batch.run(tx);
        }
    }

    static List<String> elementIds(TransactionContext tx, String statement, long generation, List<String> ids) {
        var result = new ArrayList<String>();
        for (var batch : batches(ids, BATCH_SIZE)) {
            result.addAll(NetworkRecords.strings(tx.run(statement, Map.of("gen", generation, "ids", batch))
                    .single().get("elementIds")));
        }
        return result;
    }

    /**
     * One statement creating a batch of records in a generation that does not hold them yet; its rows are made when
     * it runs, so a large write never holds every row at once. It fails (rolling its transaction back) unless it
     * wrote every row: a link whose end is missing, a country not written.
     */
    record Batch(String statement, Map<String, Object> fixed, List<?> records,
                         Function<Object, Map<String, Object>> row) {
        void run(SimpleQueryRunner runner) {
            var params = new HashMap<>(fixed);
            params.put("rows", records.stream().map(row).toList());
            long written = runner.run(statement, params).single().get("written").asLong();
            if (written != records.size()) {
                // Validation makes this impossible; if it happens, throwing rolls the write back.
                throw new IllegalStateException("only " + written + " of " + records.size() + " records written by "
                        + statement.strip().lines().findFirst().orElse("") + " (a link end or a country missing)");
            }
        }
    }

    /**
     * Organisations into a generation that holds none of them, grouped by country and Health Board label (fixed
     * statements, no per-row branching, no MERGE).
     */
    static List<Batch> organisationBatches(long generation, List<Organisation> organisations, long version) {
        var groups = new LinkedHashMap<List<Object>, List<Organisation>>();
        for (Organisation o : organisations) {
            groups.computeIfAbsent(Arrays.asList(o.country(), o.isHealthBoard()), k -> new ArrayList<>()).add(o);
        }
        var result = new ArrayList<Batch>();
        groups.forEach((key, members) -> {
            String country = (String) key.get(0);
            boolean board = (Boolean) key.get(1);
            String statement = country == null
                    ? (board ? CREATE_BOARDS_NOWHERE : CREATE_ORGANISATIONS_NOWHERE)
                    : (board ? CREATE_BOARDS_IN_COUNTRY : CREATE_ORGANISATIONS_IN_COUNTRY);
            var fixed = new HashMap<String, Object>();
            fixed.put("gen", generation);
            fixed.put("country", country);
            for (var batch : batches(members, BATCH_SIZE)) {
                result.add(new Batch(statement, fixed, batch,
                        o -> NetworkRecords.organisationProperties((Organisation) o, version)));
            }
        });
        return result;
    }

    /** Links between organisations of the generation, looked up by id. */
    static List<Batch> linkBatches(long generation, List<Link> links, long version) {
        var result = new ArrayList<Batch>();
        for (var batch : batches(links, BATCH_SIZE)) {
            result.add(new Batch(CREATE_LINKS, Map.of("gen", generation), batch,
                    l -> NetworkRecords.linkRow((Link) l, version)));
        }
        return result;
    }

    static long countOrganisations(TransactionContext tx, long generation) {
        return tx.run(COUNTS, Map.of("gen", generation)).single().get("organisations").asLong();
    }

    static int countExisting(TransactionContext tx, long generation, List<String> ids) {
        int existing = 0;
        for (var batch : batches(ids, BATCH_SIZE)) {
            existing += tx.run(EXISTING_ORGANISATION_IDS, Map.of("gen", generation, "ids", batch)).single().get("ids").size();
        }
        return existing;
    }

    static void writeCountries(TransactionContext tx, long generation, NetworkChange change) {
        var declared = new LinkedHashMap<String, Country>();
        change.countries().forEach(c -> declared.put(c.code(), c));
        var known = new LinkedHashMap<String, Country>();
        for (Organisation o : change.organisations()) {
            if (o.country() != null && !declared.containsKey(o.country())) {
                Countries.known(o.country()).ifPresent(c -> known.put(c.code(), c));
            }
        }
        tx.run(UPSERT_DECLARED_COUNTRIES, Map.of("gen", generation,
                "rows", declared.values().stream().map(NetworkRecords::countryRow).toList())).consume();
        tx.run(ENSURE_KNOWN_COUNTRIES, Map.of("gen", generation,
                "rows", known.values().stream().map(NetworkRecords::countryRow).toList())).consume();
    }
}
