package org.partnershipatlas.data;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

import org.partnershipatlas.app.CurrentNetwork;
import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.ImportResult;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.VersionedSnapshot;

/** Imports and exports of the whole network. */
@Service
public class DataService {
    private final NetworkStore store;
    private final CurrentNetwork network;

    public DataService(NetworkStore store, CurrentNetwork network) {
        this.store = store;
        this.network = network;
    }

    public VersionedSnapshot current() {
        return network.get();
    }

    /** @throws org.partnershipatlas.model.validation.ValidationException with every error; nothing is then changed */
    public ImportResult importJson(InputStream json, ImportMode mode) {
        return store.importNetwork(JsonSnapshotFormat.parse(json), mode);
    }

    /** @throws org.partnershipatlas.model.validation.ValidationException with every error; nothing is then changed */
    public ImportResult importCsv(InputStream organisations, InputStream links, ImportMode mode) {
        ParsedNetwork parsed = CsvSnapshotFormat.parse(utf8(organisations), utf8(links));
        return store.importNetwork(parsed, mode);
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
