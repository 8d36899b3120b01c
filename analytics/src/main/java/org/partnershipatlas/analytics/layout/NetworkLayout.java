package org.partnershipatlas.analytics.layout;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Region;

/**
 * The two layouts of the network picture.
 *
 * <ul>
 * <li>{@link Kind#FORCE}: Fruchterman and Reingold, "Graph drawing by force-directed placement", Software: Practice
 * and Experience 21(11), 1991, with the Barnes–Hut approximation of the repulsive forces ({@link ForceLayout}): O(I·(n log n + m)) for I
 * iterations. Seeded, so the same network
 * always gets the same picture. Iterations fall from 300 on small networks to 60 at 10,000 organisations to keep
 * the first draw near a second.</li>
 * <li>{@link Kind#WALES_LEFT}: three columns — organisations in Wales on the left, partner-country organisations
 * (Africa, Asia, the Americas, Oceania) on the right, the rest of the UK, Europe and multilateral bodies in the
 * middle. Partners are stacked by country (countries alphabetical), so each country is a band; Welsh and middle
 * organisations sit at the mean height of their partners (one barycentre sweep, Sugiyama et al. 1981), which keeps
 * crossings low. O(n log n + m).</li>
 * </ul>
 */
public final class NetworkLayout {

    public enum Kind {
        FORCE, WALES_LEFT
    }

    private static final double SIZE = 1000;

    private NetworkLayout() {
    }

    public static Map<String, Position> of(NetworkSnapshot snapshot, Kind kind) {
        return switch (kind) {
            case FORCE -> force(snapshot);
            case WALES_LEFT -> walesLeft(snapshot);
        };
    }

    static int iterations(int n) {
        if (n <= 500) {
            return 300;
        }
        return Math.max(60, (int) (300 * Math.sqrt(500.0 / n)));
    }

    private static Map<String, Position> force(NetworkSnapshot snapshot) {
        var organisations = snapshot.organisations();
        Map<String, Integer> index = new HashMap<>(organisations.size() * 2);
        for (Organisation o : organisations) {
            index.putIfAbsent(o.id(), index.size());
        }
        int[] edges = new int[2 * snapshot.links().size()];
        int e = 0;
        for (Link l : snapshot.links()) {
            Integer u = index.get(l.from());
            Integer v = index.get(l.to());
            if (u != null && v != null) {
                edges[e++] = u;
                edges[e++] = v;
            }
        }
        int n = index.size();
        double[] xy = ForceLayout.layout(n, Arrays.copyOf(edges, e), iterations(n), 42);
        double scale = SIZE / Math.max(1, Math.sqrt(n));
        Map<String, Position> result = new HashMap<>(n * 2);
        index.forEach((id, i) -> result.put(id, new Position(xy[2 * i] * scale, xy[2 * i + 1] * scale)));
        return result;
    }

    private enum Column {
        WALES, MIDDLE, PARTNER
    }

    private static Column column(NetworkSnapshot snapshot, Organisation o) {
        if (Countries.WALES.equals(o.country())) {
            return Column.WALES;
        }
        Region region = snapshot.country(o.country()).map(c -> c.region()).orElse(null);
        if (region == null || region == Region.REST_OF_UK || region == Region.EUROPE || region == Region.WALES) {
            return Column.MIDDLE;
        }
        return Column.PARTNER;
    }

    private static Map<String, Position> walesLeft(NetworkSnapshot snapshot) {
        Map<Column, List<Organisation>> columns = new HashMap<>();
        for (Organisation o : snapshot.organisations()) {
            columns.computeIfAbsent(column(snapshot, o), c -> new ArrayList<>()).add(o);
        }
        Map<String, Position> result = new HashMap<>();
        // Partners: one band per country, alphabetical by country name, organisations by name within it.
        var byCountry = new TreeMap<String, List<Organisation>>();
        for (Organisation o : columns.getOrDefault(Column.PARTNER, List.of())) {
            String name = snapshot.country(o.country()).map(c -> c.name()).orElse(o.country());
            byCountry.computeIfAbsent(name, k -> new ArrayList<>()).add(o);
        }
        int partners = columns.getOrDefault(Column.PARTNER, List.of()).size();
        double height = SIZE * Math.max(1, Math.sqrt(Math.max(partners, 1) / 50.0));
        double slot = height / Math.max(1, partners + byCountry.size());
        double y = 0;
        for (List<Organisation> band : byCountry.values()) {
            band.sort(Comparator.comparing(Organisation::name));
            for (Organisation o : band) {
                result.put(o.id(), new Position(SIZE, y));
                y += slot;
            }
            y += slot;   // a gap between countries
        }
        placeByPartners(snapshot, columns.getOrDefault(Column.MIDDLE, List.of()), result, SIZE * 0.5, height);
        placeByPartners(snapshot, columns.getOrDefault(Column.WALES, List.of()), result, 0, height);
        // Middle bodies linked only to Welsh ones: a second sweep now that Wales is placed.
        placeByPartners(snapshot, columns.getOrDefault(Column.MIDDLE, List.of()), result, SIZE * 0.5, height);
        return result;
    }

    /** Puts each organisation at the mean height of its placed partners, then spreads ties evenly down the column. */
    private static void placeByPartners(NetworkSnapshot snapshot, List<Organisation> column,
                                        Map<String, Position> placed, double x, double height) {
        if (column.isEmpty()) {
            return;
        }
        record Wanted(Organisation organisation, double y) {
        }
        var wanted = new ArrayList<Wanted>(column.size());
        for (Organisation o : column) {
            double sum = 0;
            int count = 0;
            for (Link l : snapshot.linksOf(o.id())) {
                Position p = placed.get(l.otherEnd(o.id()));
                if (p != null && p.x() != x) {
                    sum += p.y();
                    count++;
                }
            }
            wanted.add(new Wanted(o, count == 0 ? height / 2 : sum / count));
        }
        wanted.sort(Comparator.comparingDouble(Wanted::y).thenComparing(w -> w.organisation().name()));
        double slot = height / Math.max(1, wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            // Keep the order of the barycentres but never stack two organisations on one point.
            double y = Math.max(wanted.get(i).y(), i == 0 ? 0 : placed.get(wanted.get(i - 1).organisation().id()).y() + slot * 0.6);
            placed.put(wanted.get(i).organisation().id(), new Position(x, y));
        }
    }
}
