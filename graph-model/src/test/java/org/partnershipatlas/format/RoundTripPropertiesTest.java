package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;

/** Property tests: any valid network survives JSON and CSV round trips unchanged. */
class RoundTripPropertiesTest {

    @Property(tries = 200)
    void json_roundTrip_isLossless(@ForAll("networks") NetworkSnapshot network) {
        String json = JsonSnapshotFormat.toJson(network, false);
        NetworkSnapshot back = JsonSnapshotFormat.read(json);
        assertThat(back).isEqualTo(network);
        assertThat(JsonSnapshotFormat.toJson(back, false)).isEqualTo(json);
    }

    @Property(tries = 200)
    void csv_roundTrip_isLossless(@ForAll("networks") NetworkSnapshot network) {
        String orgs = CsvSnapshotFormat.organisationsCsv(network);
        String links = CsvSnapshotFormat.linksCsv(network);
        NetworkSnapshot back = CsvSnapshotFormat.read(new StringReader(orgs), new StringReader(links));
        assertThat(back).isEqualTo(network);
        assertThat(CsvSnapshotFormat.organisationsCsv(back)).isEqualTo(orgs);
        assertThat(CsvSnapshotFormat.linksCsv(back)).isEqualTo(links);
    }

    /** Text with the characters that break naive writers: quotes, commas, line breaks, markup, Cypher, Welsh. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc ,\"'\n;|<>/{}()ŵŷâ\\").ofMinLength(1).ofMaxLength(30)
                        .filter(s -> !s.isBlank() && s.strip().equals(s)),
                Arbitraries.of("<img src=x onerror=alert(1)>", "'}) DETACH DELETE n //", "Ysbyty Gwynedd"));
    }

    private static Arbitrary<Source> source() {
        return Combinators.combine(
                        text().filter(s -> !s.contains(";;") && !s.contains("|")),
                        Arbitraries.of(null, "https://example.org/a?b=1", "http://wales.nhs.uk/x"))
                .as(Source::new);
    }

    @Provide
    Arbitrary<NetworkSnapshot> networks() {
        Arbitrary<Organisation> organisation = Combinators.combine(
                        text().filter(s -> s.length() <= 200),
                        Arbitraries.of(OrganisationType.class),
                        Arbitraries.of(null, "GB-WLS", "LS", "KE", "UG"),
                        Arbitraries.of(null, "Cardiff", "Maseru, \"the capital\""),
                        Arbitraries.integers().between(1900, 2025).injectNull(0.3),
                        Arbitraries.of((Boolean) null, true, false),
                        Arbitraries.of(Confidence.class),
                        source().list().ofMinSize(1).ofMaxSize(3))
                .as((name, type, country, city, founded, seeking, confidence, sources) ->
                        new Organisation("x", name, type, country, city, founded, null, name, seeking, confidence, sources));
        return organisation.list().ofMinSize(2).ofMaxSize(8).flatMap(orgs -> {
            var numbered = new ArrayList<Organisation>();
            for (int i = 0; i < orgs.size(); i++) {
                Organisation o = orgs.get(i);
                numbered.add(new Organisation("org-" + i, o.name(), o.type(), o.country(), o.city(), o.founded(),
                        o.website(), o.description(), o.seekingPartner(), o.confidence(), o.sources()));
            }
            Arbitrary<Link> link = Combinators.combine(
                            Arbitraries.integers().between(0, numbered.size() - 1),
                            Arbitraries.integers().between(1, numbered.size() - 1),
                            Arbitraries.of(LinkKind.class),
                            Arbitraries.integers().between(1950, 2020).injectNull(0.3),
                            Arbitraries.of(LinkStatus.class),
                            text().filter(s -> !s.contains(";")).list().ofMaxSize(3),
                            Arbitraries.subsetOf(Activity.values()),
                            Arbitraries.of(Learning.class))
                    .as((from, offset, kind, since, status, themes, activities, learning) -> new Link("x",
                            "org-" + from, "org-" + ((from + offset) % numbered.size()), kind, since,
                            since == null ? null : since + 3, status, themes, List.copyOf(activities), learning,
                            since == null ? null : 1 + since % 5,
                            since == null ? null : new Charter(since % 4, null, 3, 0),
                            Confidence.A, List.of(new Source("cited", null))));
            return link.list().ofMaxSize(10).map(links -> {
                var numberedLinks = new ArrayList<Link>();
                for (int i = 0; i < links.size(); i++) {
                    Link l = links.get(i);
                    numberedLinks.add(new Link("link-" + i, l.from(), l.to(), l.kind(), l.since(), l.until(), l.status(),
                            l.themes(), l.activities(), l.learning(), l.strength(), l.charter(), l.confidence(), l.sources()));
                }
                return new NetworkSnapshot(List.of(), numbered, numberedLinks);
            });
        });
    }
}
