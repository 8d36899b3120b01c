package org.partnershipatlas.network;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;

/**
 * The picture's colours, fixed per category so that a category keeps its colour in every view, filter, export and
 * story: Health Boards are the same blue in the whole network, in the Lesotho view and in a PNG of either. Colours
 * come first from Okabe and Ito's palette ("Color Universal Design", 2002: told apart with any common colour-vision
 * deficiency), then from Paul Tol's "muted" scheme (also colour-blind safe) for the rarer categories; grey is
 * "other" or "not stated".
 */
public final class Palette {
    /** Okabe–Ito without its black (kept for text and rings). */
    static final List<String> OKABE_ITO = List.of("#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7",
            "#f0e442");
    /** Paul Tol's muted scheme, without its pale grey. */
    static final List<String> TOL_MUTED = List.of("#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77",
            "#cc6677", "#882255", "#aa4499");
    /** Both, Okabe–Ito first: the order categories ranked by size take colours in. */
    static final List<String> SEQUENCE = Stream.concat(OKABE_ITO.stream(), TOL_MUTED.stream()).toList();
    public static final String OTHER = "#9e9e9e";
    public static final String NOT_STATED = "#c8c8c8";

    private static final Map<OrganisationType, String> TYPES = new EnumMap<>(OrganisationType.class);
    private static final Map<Region, String> REGIONS = new EnumMap<>(Region.class);

    static {
        TYPES.put(OrganisationType.HEALTH_BOARD, "#0072b2");
        TYPES.put(OrganisationType.NHS_TRUST, "#56b4e9");
        TYPES.put(OrganisationType.GOVERNMENT, "#d55e00");
        TYPES.put(OrganisationType.COORDINATION_BODY, "#cc79a7");
        TYPES.put(OrganisationType.NETWORK, "#e69f00");
        TYPES.put(OrganisationType.NGO, "#009e73");
        TYPES.put(OrganisationType.HOSPITAL, "#f0e442");
        TYPES.put(OrganisationType.UNIVERSITY, "#332288");
        TYPES.put(OrganisationType.COMMUNITY_ORGANISATION, "#44aa99");
        TYPES.put(OrganisationType.DIASPORA_ORGANISATION, "#882255");
        TYPES.put(OrganisationType.FAITH_GROUP, "#999933");
        TYPES.put(OrganisationType.SCHOOL, "#ddcc77");
        TYPES.put(OrganisationType.MULTILATERAL, "#117733");
        TYPES.put(OrganisationType.PROFESSIONAL_BODY, "#aa4499");
        TYPES.put(OrganisationType.OTHER, OTHER);
        REGIONS.put(Region.WALES, "#d55e00");
        REGIONS.put(Region.REST_OF_UK, "#cc79a7");
        REGIONS.put(Region.SUB_SAHARAN_AFRICA, "#009e73");
        REGIONS.put(Region.NORTH_AFRICA, "#e69f00");
        REGIONS.put(Region.EUROPE, "#56b4e9");
        REGIONS.put(Region.ASIA, "#0072b2");
        REGIONS.put(Region.AMERICAS, "#332288");
        REGIONS.put(Region.OCEANIA, "#882255");
    }

    private Palette() {
    }

    public static String of(OrganisationType type) {
        return type == null ? NOT_STATED : TYPES.get(type);
    }

    public static String of(Region region) {
        return region == null ? NOT_STATED : REGIONS.get(region);
    }

    /**
     * Colours of countries for the whole stored network (not a filtered view, so a filter never recolours one): the
     * countries with most organisations take the palette in turn (Wales first), the rest share grey.
     */
    public static Map<String, String> countries(NetworkSnapshot stored) {
        Map<String, Integer> counts = new HashMap<>();
        for (Organisation o : stored.organisations()) {
            if (o.country() != null) {
                counts.merge(o.country(), 1, Integer::sum);
            }
        }
        List<String> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, String> colours = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            colours.put(ranked.get(i), i < SEQUENCE.size() ? SEQUENCE.get(i) : OTHER);
        }
        return colours;
    }

    /** The colour of the {@code i}-th category of a ranking (communities: they exist only within one view). */
    public static String ranked(int i) {
        return i < SEQUENCE.size() ? SEQUENCE.get(i) : OTHER;
    }
}
