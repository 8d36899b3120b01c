package org.partnershipatlas.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An immutable picture of the whole network at one moment: what the store reads, what the formats read and
 * write, and what analytics runs over.
 *
 * <p>Construction checks the invariants that make the snapshot a graph (ids unique per kind, every link end an
 * organisation here); {@link org.partnershipatlas.model.validation.SnapshotValidator} checks the same and more on
 * untrusted input, collecting every error with its location instead of stopping at the first.
 *
 * <p>Not a record only because it keeps its lookup tables, built once on first use, beside the data; equality is
 * by content.
 */
public final class NetworkSnapshot {

    /** The value of the native JSON snapshot's {@code format} field. */
    public static final String FORMAT = "partnership-atlas/1";

    public static final NetworkSnapshot EMPTY = new NetworkSnapshot(List.of(), List.of(), List.of());

    private final List<Country> countries;
    private final List<Organisation> organisations;
    private final List<Link> links;
    private final Indexes indexes;

    /**
     * @param countries     countries declared with the network (codes the product knows need no entry)
     * @param organisations organisations in file order
     * @param links         links in file order
     * @throws IllegalArgumentException on a duplicate id or a link to an organisation not given
     */
    public NetworkSnapshot(List<Country> countries, List<Organisation> organisations, List<Link> links) {
        this.countries = List.copyOf(countries);
        this.organisations = List.copyOf(organisations);
        this.links = List.copyOf(links);
        this.indexes = Indexes.build(this);
        for (Link link : this.links) {
            if (!indexes.organisations.containsKey(link.from()) || !indexes.organisations.containsKey(link.to())) {
                throw new IllegalArgumentException("link " + link.id() + " refers to an organisation not in the snapshot");
            }
        }
    }

    public List<Country> countries() {
        return countries;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<Link> links() {
        return links;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof NetworkSnapshot other
                && countries.equals(other.countries)
                && organisations.equals(other.organisations)
                && links.equals(other.links));
    }

    @Override
    public int hashCode() {
        return Objects.hash(countries, organisations, links);
    }

    @Override
    public String toString() {
        return "NetworkSnapshot[" + countries.size() + " countries, " + organisations.size() + " organisations, "
                + links.size() + " links]";
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key, String what) {
        var map = new LinkedHashMap<String, T>(items.size() * 2);
        for (T item : items) {
            if (map.putIfAbsent(key.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id: " + key.apply(item));
            }
        }
        return map;
    }

    // --- lookups ---------------------------------------------------------------------------------------------

    private Indexes indexes() {
        return indexes;
    }

    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(indexes().organisations.get(id));
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(indexes().links.get(id));
    }

    /** A declared country, else one the product knows. */
    public Optional<Country> country(String code) {
        if (code == null) {
            return Optional.empty();
        }
        var declared = indexes().countries.get(code);
        return declared != null ? Optional.of(declared) : Countries.known(code);
    }

    /**
     * Whether an organisation still exists as itself: not {@code dissolved}, and not the predecessor end of a
     * {@code SUCCESSION} link (a body that became, or merged into, another).
     */
    public boolean isCurrent(Organisation o) {
        return o.dissolved() == null && linksOf(o.id()).stream()
                .noneMatch(l -> l.kind() == LinkKind.SUCCESSION && l.from().equals(o.id()));
    }

    /**
     * The bodies {@code organisationId} succeeded, nearest first, followed back through every {@code SUCCESSION}
     * link that is not merely proposed (Swansea Bay UHB ← ABM University NHS Trust ← Swansea NHS Trust).
     */
    public List<String> predecessorsOf(String organisationId) {
        var found = new LinkedHashSet<String>();
        var queue = new ArrayDeque<String>(List.of(organisationId));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Link l : linksOf(at)) {
                if (l.kind() == LinkKind.SUCCESSION && l.to().equals(at) && l.status() != LinkStatus.PROPOSED
                        && !l.from().equals(organisationId) && found.add(l.from())) {
                    queue.add(l.from());
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The links an organisation carries forward from the bodies it succeeded ({@link #predecessorsOf}): theirs,
     * without the succession links themselves. A Board answers for them in a partnership return.
     */
    public List<Link> inheritedLinks(String organisationId) {
        var result = new ArrayList<Link>();
        var seen = new HashSet<String>();
        for (String predecessor : predecessorsOf(organisationId)) {
            for (Link l : linksOf(predecessor)) {
                if (l.kind() != LinkKind.SUCCESSION && !l.touches(organisationId) && seen.add(l.id())) {
                    result.add(l);
                }
            }
        }
        return List.copyOf(result);
    }

    /** The links touching an organisation, in snapshot order. */
    public List<Link> linksOf(String organisationId) {
        return indexes().linksByOrganisation.getOrDefault(organisationId, List.of());
    }

    /** The countries referenced by organisations or declared, each once, declared first. */
    public List<Country> countriesInUse() {
        var result = new LinkedHashMap<String, Country>();
        countries.forEach(c -> result.put(c.code(), c));
        for (Organisation o : organisations) {
            if (o.country() != null && !result.containsKey(o.country())) {
                country(o.country()).ifPresent(c -> result.put(c.code(), c));
            }
        }
        return List.copyOf(result.values());
    }

    // --- derived snapshots ------------------------------------------------------------------------------------

    /** This network with only the links that pass {@code keep}; organisations are all kept. */
    public NetworkSnapshot withLinks(Predicate<Link> keep) {
        return new NetworkSnapshot(countries, organisations, links.stream().filter(keep).toList());
    }

    /**
     * This network with only the organisations that pass {@code keep} and the links between two kept
     * organisations.
     */
    public NetworkSnapshot withOrganisations(Predicate<Organisation> keep) {
        var kept = organisations.stream().filter(keep).toList();
        var ids = kept.stream().map(Organisation::id).collect(Collectors.toSet());
        return new NetworkSnapshot(countries, kept,
                links.stream().filter(l -> ids.contains(l.from()) && ids.contains(l.to())).toList());
    }

    /** The network as of {@code year}: links with {@link Link#isActiveIn(int)}; organisations are all kept. */
    public NetworkSnapshot asOf(int year) {
        return withLinks(l -> l.isActiveIn(year));
    }

    /** The same network with countries, organisations and links each sorted by id: a canonical form to compare. */
    public NetworkSnapshot sortedById() {
        return sortedById(countries, organisations, links);
    }

    /** A network with countries, organisations and links each sorted by id (its lookup tables built once). */
    public static NetworkSnapshot sortedById(List<Country> countries, List<Organisation> organisations, List<Link> links) {
        return new NetworkSnapshot(
                countries.stream().sorted(Comparator.comparing(Country::code)).toList(),
                organisations.stream().sorted(Comparator.comparing(Organisation::id)).toList(),
                links.stream().sorted(Comparator.comparing(Link::id)).toList());
    }

    /** This network without facts marked {@link Confidence#ILLUSTRATIVE}. */
    public NetworkSnapshot withoutIllustrative() {
        return withOrganisations(o -> o.confidence() != Confidence.ILLUSTRATIVE)
                .withLinks(l -> l.confidence() != Confidence.ILLUSTRATIVE);
    }

    /**
     * Upserts {@code other} into this network by id: organisations and links of {@code other} replace those with
     * the same id, the rest are kept; declared countries likewise. The result is checked like any snapshot.
     */
    public NetworkSnapshot mergedWith(NetworkSnapshot other) {
        return mergedWith(other.countries, other.organisations, other.links);
    }

    /**
     * Upserts the given records into this network by id (see {@link #mergedWith(NetworkSnapshot)}); the links may
     * refer to organisations of this network.
     *
     * @throws IllegalArgumentException if a link refers to an organisation in neither
     */
    public NetworkSnapshot mergedWith(List<Country> newCountries, List<Organisation> newOrganisations, List<Link> newLinks) {
        return new NetworkSnapshot(
                upsert(countries, newCountries, Country::code),
                upsert(organisations, newOrganisations, Organisation::id),
                upsert(links, newLinks, Link::id));
    }

    private static <T> List<T> upsert(List<T> base, List<T> incoming, Function<T, String> key) {
        var map = new LinkedHashMap<String, T>();
        base.forEach(item -> map.put(key.apply(item), item));
        incoming.forEach(item -> map.put(key.apply(item), item));
        return new ArrayList<>(map.values());
    }

    /** Lookup tables; a snapshot is immutable, so they never go stale. */
    private record Indexes(
            Map<String, Organisation> organisations,
            Map<String, Link> links,
            Map<String, Country> countries,
            Map<String, List<Link>> linksByOrganisation) {

        private static Indexes build(NetworkSnapshot s) {
            var byOrg = new LinkedHashMap<String, List<Link>>();
            for (Link link : s.links) {
                byOrg.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
                byOrg.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
            }
            byOrg.replaceAll((k, v) -> List.copyOf(v));
            return new Indexes(
                    index(s.organisations, Organisation::id, "organisation"),
                    index(s.links, Link::id, "link"),
                    index(s.countries, Country::code, "country"),
                    byOrg);
        }
    }
}
