package org.partnershipatlas.data;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;

/** Getting the whole network in and out: reads from {@link NetworkReads}, imports through the one door. */
@Service
public class DataService {
    private final NetworkReads reads;
    private final NetworkWrites writes;

    public DataService(NetworkReads reads, NetworkWrites writes) {
        this.reads = reads;
        this.writes = writes;
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

    /** @throws org.partnershipatlas.model.validation.ValidationException with every error; nothing is then changed */
    public NetworkWrites.ImportOutcome importJson(InputStream json, ImportMode mode, Upload upload, Change change,
                                                  boolean dryRun, Long expectedVersion) {
        return writes.importNetwork(JsonSnapshotFormat.parse(json), mode, upload.file(), change, dryRun,
                expectedVersion);
    }

    /** @throws org.partnershipatlas.model.validation.ValidationException with every error; nothing is then changed */
    public NetworkWrites.ImportOutcome importCsv(byte[] organisations, byte[] links, ImportMode mode, Upload upload,
                                                 Change change, boolean dryRun, Long expectedVersion) {
        byte[] linkBytes = links == null
                ? String.join(",", CsvSnapshotFormat.LINK_COLUMNS).getBytes(StandardCharsets.UTF_8) : links;
        ParsedNetwork parsed = CsvSnapshotFormat.parse(utf8(organisations), utf8(linkBytes));
        return writes.importNetwork(parsed, mode, upload.file(), change, dryRun, expectedVersion);
    }

    private static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }
}
