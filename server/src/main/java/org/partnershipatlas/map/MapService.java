package org.partnershipatlas.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/** The network by country, for the map: links and organisations per partner country within a scope. */
@Service
public class MapService {
    /** Where the Wales marker sits (Llandrindod Wells, near the middle of Wales). */
    public static final double[] WALES = {-3.38, 52.24};
    private static final Map<String, String> NUMERIC = readNumericCodes();

    private final AnalysisService analyses;
    private final NetworkReads reads;

    public MapService(AnalysisService analyses, NetworkReads reads) {
        this.analyses = analyses;
        this.reads = reads;
    }

    /** The network as stored now, read once per refresh of the map and passed to the other methods. */
    public VersionedSnapshot stored() {
        return reads.current();
    }

    /**
     * A country on the map.
     *
     * @param numeric       ISO 3166-1 numeric code (world-atlas feature id)
     * @param links         links in scope touching an organisation in the country
     * @param walesLinks    of those, active ones (not ended) with a Welsh organisation at the other end: the arc
     * @param organisations organisations in the country in scope
     */
    public record CountryLinks(String code, String numeric, String name, int links, int walesLinks, int organisations) {
    }

    /** One country's part of the network. */
    public record CountryDetail(String code, String name, List<Organisation> organisations, List<Link> links,
                                Map<String, String> names) {
    }

    public List<CountryLinks> countries(VersionedSnapshot stored, AnalysisScope scope) {
        NetworkSnapshot snapshot = analyses.analyse(stored, scope).snapshot();
        Map<String, Integer> links = new HashMap<>();
        Map<String, Integer> wales = new HashMap<>();
        Map<String, Integer> organisations = new HashMap<>();
        for (Organisation o : snapshot.organisations()) {
            if (o.country() != null && !o.country().startsWith("GB")) {
                organisations.merge(o.country(), 1, Integer::sum);
            }
        }
        for (Link l : snapshot.links()) {
            String a = country(snapshot, l.from());
            String b = country(snapshot, l.to());
            Set<String> touched = new HashSet<>();
            touched.add(a);
            touched.add(b);
            for (String c : touched) {
                if (c == null || c.startsWith("GB")) {
                    continue;
                }
                links.merge(c, 1, Integer::sum);
                String other = c.equals(a) ? b : a;
                if (Countries.WALES.equals(other) && l.status() != LinkStatus.ENDED) {
                    wales.merge(c, 1, Integer::sum);
                }
            }
        }
        var result = new ArrayList<CountryLinks>();
        for (String code : organisations.keySet()) {
            String numeric = NUMERIC.get(code);
            if (numeric == null) {
                continue;
            }
            String name = snapshot.country(code).map(c -> c.name()).orElse(code);
            result.add(new CountryLinks(code, numeric, name, links.getOrDefault(code, 0), wales.getOrDefault(code, 0),
                    organisations.get(code)));
        }
        result.sort(Comparator.comparingInt(CountryLinks::links).reversed().thenComparing(CountryLinks::name));
        return result;
    }

    private static String country(NetworkSnapshot snapshot, String id) {
        return snapshot.organisation(id).map(Organisation::country).orElse(null);
    }

    public CountryDetail country(VersionedSnapshot stored, AnalysisScope scope, String code) {
        NetworkSnapshot snapshot = analyses.analyse(stored, scope).snapshot();
        var organisations = snapshot.organisations().stream().filter(o -> code.equals(o.country()))
                .sorted(Comparator.comparing(Organisation::name)).toList();
        Set<String> ids = new HashSet<>();
        organisations.forEach(o -> ids.add(o.id()));
        var links = snapshot.links().stream().filter(l -> ids.contains(l.from()) || ids.contains(l.to())).toList();
        Map<String, String> names = new HashMap<>();
        for (Link l : links) {
            snapshot.organisation(l.from()).ifPresent(o -> names.put(o.id(), o.name()));
            snapshot.organisation(l.to()).ifPresent(o -> names.put(o.id(), o.name()));
        }
        String name = snapshot.country(code).map(c -> c.name()).orElse(code);
        return new CountryDetail(code, name, organisations, links, names);
    }

    private static Map<String, String> readNumericCodes() {
        var codes = new HashMap<String, String>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                MapService.class.getResourceAsStream("/map/iso-3166-numeric.csv")), StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code,")).forEach(line -> {
                String[] parts = line.split(",");
                codes.put(parts[0], parts[1]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(codes);
    }
}
