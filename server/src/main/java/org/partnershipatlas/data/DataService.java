package org.partnershipatlas.data;

import java.util.LinkedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Service;

import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.format.SnapshotEntityCount;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.reads.Memo;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.Revised;
import org.partnershipatlas.store.WriteResult;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.PayloadTooLargeException;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Getting the network in and out and editing it, for the API and the Data view: reads from {@link NetworkReads},
 * every write through the one door ({@link NetworkWrites}).
 */
@Service
public class DataService {
    private final NetworkReads reads;
    private final NetworkWrites writes;

    /**
     * Bytes of network JSON kept (the synthetic 10k network is about 14 MB; asked for by many at once, writing it
     * afresh for each was most of the answer's time).
     */
    static final long NETWORK_JSON_BYTES = 64L << 20;

    private record NetworkJson(long version, boolean illustrative) {
    }

    private final Memo<NetworkJson, byte[]> networkJson = Memo.ofWeight(NETWORK_JSON_BYTES, body -> body.length);

    private final long maxEntities;

    public DataService(NetworkReads reads, NetworkWrites writes, AtlasProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.maxEntities = properties.limits().importEntities();
    }

    /** An uploaded file as the history records it. */
    public record Upload(String name, long bytes, String sha256) {
        NetworkWrites.ImportFile file() {
            return new NetworkWrites.ImportFile(name, bytes, sha256);
        }
    }

    public VersionedSnapshot current() {
        return reads.current();
    }

    /** The stored network as a native JSON snapshot, written once per version. */
    public byte[] networkJson(VersionedSnapshot stored, boolean illustrative) {
        return networkJson.get(new NetworkJson(stored.version(), illustrative), () -> {
            var body = new ByteArrayOutputStream();
            JsonSnapshotFormat.write(illustrative ? stored.snapshot() : stored.snapshot().withoutIllustrative(), body,
                    false);
            return body.toByteArray();
        });
    }

    /** @throws org.partnershipatlas.model.validation.ValidationException with every error; nothing is then changed */
    public NetworkWrites.ImportOutcome importJson(byte[] json, ImportMode mode, Upload upload, Change change,
                                                  boolean dryRun, Long expectedVersion) {
        requireWithinEntityLimit(SnapshotEntityCount.countEntities(new ByteArrayInputStream(json), maxEntities));
        return writes.importNetwork(JsonSnapshotFormat.parse(new ByteArrayInputStream(json)), mode, upload.file(),
                change, dryRun, expectedVersion);
    }

    /**
     * An import holding more entities than the heap can plan is refused before it is read into memory: a file far
     * under the byte limit may still list a million tiny organisations.
     */
    private void requireWithinEntityLimit(long entities) {
        if (entities > maxEntities) {
            throw new PayloadTooLargeException("an import may hold at most " + maxEntities + " countries, "
                    + "organisations and links together (atlas.limits.max-import-entities); this one holds more");
        }
    }

    /** Rows of a spreadsheet file, at most: its line breaks (a quoted cell may hold more, so it is an upper bound). */
    private static long rows(byte[] csv) {
        if (csv == null) {
            return 0;
        }
        long rows = 0;
        for (byte b : csv) {
            if (b == '\n') {
                rows++;
            }
        }
        return rows;
    }

    /**
     * The spreadsheet CSVs (links and assessments optional), read as strict UTF-8: a byte that is not UTF-8 is an
     * error naming its file, line and byte.
     *
     * @throws org.partnershipatlas.model.validation.ValidationException with every error; nothing is then changed
     */
    public NetworkWrites.ImportOutcome importCsv(byte[] organisations, byte[] links, byte[] assessments, ImportMode mode,
                                                 Upload upload, Change change, boolean dryRun, Long expectedVersion) {
        requireWithinEntityLimit(rows(organisations) + rows(links));
        byte[] linkBytes = links == null
                ? String.join(",", CsvSnapshotFormat.LINK_COLUMNS).getBytes(StandardCharsets.UTF_8) : links;
        ParsedNetwork parsed = CsvSnapshotFormat.parse(new ByteArrayInputStream(organisations),
                new ByteArrayInputStream(linkBytes), assessments == null ? null : new ByteArrayInputStream(assessments));
        return writes.importNetwork(parsed, mode, upload.file(), change, dryRun, expectedVersion);
    }

    // --- editing, for the Data view ---------------------------------------------------------------------------------

    /** A link as the Data view lists it: with the names of both ends. */
    public record LinkRow(Link link, String fromName, String toName) {
    }

    /** The organisations an actor may edit: all for an editor, their own for a steward; by name. */
    public List<Organisation> editableOrganisations(Actor actor) {
        return reads.current().snapshot().organisations().stream()
                .filter(o -> actor.mayChangeOrganisation(o.id()))
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The links an actor may edit: all for an editor, those touching their organisations for a steward. */
    public List<LinkRow> editableLinks(Actor actor) {
        NetworkSnapshot network = reads.current().snapshot();
        return network.links().stream().filter(l -> actor.mayChangeLink(l.from(), l.to()))
                .map(l -> new LinkRow(l, network.organisation(l.from()).map(Organisation::name).orElse(l.from()),
                        network.organisation(l.to()).map(Organisation::name).orElse(l.to())))
                .sorted(Comparator.comparing(LinkRow::fromName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(LinkRow::toName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Every organisation (a link's partner may be anyone's). */
    public List<Organisation> allOrganisations() {
        return reads.current().snapshot().organisations();
    }

    public Collection<Country> countries() {
        var all = new LinkedHashMap<String, Country>();
        Countries.all().forEach(c -> all.put(c.code(), c));
        reads.current().snapshot().countries().forEach(c -> all.put(c.code(), c));
        return all.values();
    }

    public List<String> themes() {
        return reads.current().snapshot().links().stream().flatMap(l -> l.themes().stream()).distinct().sorted().toList();
    }

    public Optional<Revised<Organisation>> organisation(String id) {
        return reads.organisation(id);
    }

    public Optional<Revised<Link>> link(String id) {
        return reads.link(id);
    }

    /** Saves a form: checked by the door like any import; {@code revision} guards against lost updates. */
    public WriteResult saveOrganisation(JsonNode organisation, boolean creating, long revision, Change change) {
        ParsedNetwork body = JsonSnapshotFormat.parseEntity(organisation, JsonSnapshotFormat.Entity.ORGANISATION, "organisation");
        return creating ? writes.createOrganisation(body, change)
                : writes.updateOrganisation(organisation.path("id").asText(), body, revision, change);
    }

    public WriteResult saveLink(JsonNode link, boolean creating, long revision, Change change) {
        ParsedNetwork body = JsonSnapshotFormat.parseEntity(link, JsonSnapshotFormat.Entity.LINK, "link");
        return creating ? writes.createLink(body, change) : writes.updateLink(link.path("id").asText(), body, revision, change);
    }

    public WriteResult deleteOrganisation(String id, boolean withLinks, long revision, Change change) {
        return writes.deleteOrganisation(id, withLinks, revision, change);
    }

    public WriteResult deleteLink(String id, long revision, Change change) {
        return writes.deleteLink(id, revision, change);
    }

}
