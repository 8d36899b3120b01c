package org.partnershipatlas.analytics.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

/** {@code generate}: a seeded synthetic partnership network as a JSON snapshot and/or an edge list. */
@Command(name = "generate", description = "Write a seeded synthetic partnership-like network (JSON and/or edge list).")
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    AnalyticsCli cli;

    @Option(names = "--organisations", required = true, paramLabel = "N", description = "how many organisations")
    int organisations;

    @Option(names = "--links-per-organisation", paramLabel = "M", defaultValue = "3",
            description = "links each newcomer makes (default ${DEFAULT-VALUE})")
    int linksPerOrganisation;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", paramLabel = "FILE", description = "native JSON snapshot to write")
    Path json;

    @Option(names = "--edges", paramLabel = "FILE", description = "edge list source,target to write")
    Path edges;

    @Override
    public Integer call() {
        if (json == null && edges == null) {
            throw new InputException("generate: give --json FILE and/or --edges FILE");
        }
        SyntheticNetworkGenerator generator;
        try {
            generator = new SyntheticNetworkGenerator(organisations, linksPerOrganisation, seed);
        } catch (IllegalArgumentException e) {
            throw new InputException("generate: " + e.getMessage());
        }
        var snapshot = generator.generate();
        try {
            if (json != null) {
                try (OutputStream out = Files.newOutputStream(json)) {
                    JsonSnapshotFormat.write(snapshot, out, false);
                }
            }
            if (edges != null) {
                try (Writer w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
                    SyntheticNetworkGenerator.writeEdgeList(snapshot, w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("organisations", snapshot.organisations().size());
        out.put("links", snapshot.links().size());
        out.put("seed", seed);
        out.put("json", json == null ? null : json.toString());
        out.put("edges", edges == null ? null : edges.toString());
        Output.json(out, cli.out);
        return 0;
    }
}
