package org.partnershipatlas.model.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.model.Source;

/**
 * Turns one record of input into a model record, applying every field rule of docs/FORMAT.md and reporting each
 * broken rule with its location instead of stopping at the first. Rules that span records (unique ids, references)
 * are {@link SnapshotValidator}'s.
 */
public final class EntityReader {

    public static final Set<String> COUNTRY_FIELDS = Set.of("code", "name", "region");
    public static final Set<String> ORGANISATION_FIELDS = orderedSet("id", "name", "type", "country", "city", "founded",
            "website", "description", "seekingPartner", "confidence", "sources");
    public static final Set<String> LINK_FIELDS = orderedSet("id", "from", "to", "kind", "since", "until", "status",
            "themes", "activities", "learning", "strength", "charter", "confidence", "sources");
    public static final Set<String> CHARTER_FIELDS = orderedSet("organisationalResponsibilities",
            "reciprocalPartnership", "goodPractice", "soundGovernance");

    private EntityReader() {
    }

    private static Set<String> orderedSet(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    public static Optional<Country> readCountry(FieldSource in, Errors errors) {
        int before = errors.size();
        rejectUnknownFields(in, COUNTRY_FIELDS, errors);
        String code = required(in, "code", errors).orElse(null);
        if (code != null && !Countries.isWellFormedCode(code)) {
            errors.add(in.location("code"), "code", code, "not an ISO 3166 code (e.g. LS, KE, GB-WLS)");
        }
        String name = required(in, "name", errors).orElse(null);
        checkName(in, name, errors);
        Region region = requiredEnum(in, "region", Region.class, errors).orElse(null);
        return errors.size() == before ? Optional.of(new Country(code, name, region)) : Optional.empty();
    }

    public static Optional<Organisation> readOrganisation(FieldSource in, Errors errors) {
        int before = errors.size();
        rejectUnknownFields(in, ORGANISATION_FIELDS, errors);
        String id = requiredId(in, "id", errors);
        String name = required(in, "name", errors).orElse(null);
        checkName(in, name, errors);
        OrganisationType type = requiredEnum(in, "type", OrganisationType.class, errors).orElse(null);
        String country = in.text("country", errors).orElse(null);
        if (country != null && !Countries.isWellFormedCode(country)) {
            errors.add(in.location("country"), "country", country, "not an ISO 3166 code (e.g. LS, KE, GB-WLS)");
        }
        String city = boundedText(in, "city", errors);
        Integer founded = year(in, "founded", errors);
        String website = boundedText(in, "website", errors);
        if (website != null && FieldRules.httpUrlProblem(website) != null) {
            errors.add(in.location("website"), "website", website, FieldRules.httpUrlProblem(website));
        }
        String description = boundedText(in, "description", errors);
        Boolean seeking = in.bool("seekingPartner", errors).orElse(null);
        Confidence confidence = requiredEnum(in, "confidence", Confidence.class, errors).orElse(null);
        List<Source> sources = sources(in, confidence, errors);
        if (errors.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Organisation(id, name, type, country, city, founded, website, description, seeking,
                confidence, sources));
    }

    public static Optional<Link> readLink(FieldSource in, Errors errors) {
        int before = errors.size();
        rejectUnknownFields(in, LINK_FIELDS, errors);
        String id = requiredId(in, "id", errors);
        String from = requiredId(in, "from", errors);
        String to = requiredId(in, "to", errors);
        if (from != null && from.equals(to)) {
            errors.add(in.location("to"), "to", to, "a link cannot join an organisation to itself");
        }
        LinkKind kind = requiredEnum(in, "kind", LinkKind.class, errors).orElse(null);
        Integer since = year(in, "since", errors);
        Integer until = year(in, "until", errors);
        if (since != null && until != null && since > until) {
            errors.add(in.location("until"), "until", String.valueOf(until),
                    "ends before it starts (since " + since + ")");
        }
        LinkStatus status = optionalEnum(in, "status", LinkStatus.class, errors).orElse(LinkStatus.UNKNOWN);
        List<String> themes = in.list("themes", errors).orElse(List.of());
        for (String theme : themes) {
            if (theme.contains(Link.THEME_SEPARATOR)) {
                errors.add(in.location("themes"), "themes", theme, "a theme cannot contain ';'");
            } else if (theme.length() > Ids.MAX_NAME_LENGTH) {
                errors.add(in.location("themes"), "themes", theme, "theme longer than " + Ids.MAX_NAME_LENGTH + " characters");
            }
        }
        List<Activity> activities = enumList(in, "activities", Activity.class, errors);
        Learning learning = optionalEnum(in, "learning", Learning.class, errors).orElse(Learning.UNKNOWN);
        Integer strength = in.integer("strength", errors).orElse(null);
        if (!Link.isValidStrength(strength)) {
            errors.add(in.location("strength"), "strength", String.valueOf(strength),
                    "must be " + Link.MIN_STRENGTH + "-" + Link.MAX_STRENGTH);
        }
        Charter charter = in.object("charter", errors).map(c -> readCharter(c, errors)).orElse(null);
        Confidence confidence = requiredEnum(in, "confidence", Confidence.class, errors).orElse(null);
        List<Source> sources = sources(in, confidence, errors);
        if (errors.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Link(id, from, to, kind, since, until, status, themes, activities, learning, strength,
                charter, confidence, sources));
    }

    private static Charter readCharter(FieldSource in, Errors errors) {
        rejectUnknownFields(in, CHARTER_FIELDS, errors);
        var scores = new ArrayList<Integer>();
        boolean ok = true;
        for (String field : CHARTER_FIELDS) {
            Integer score = in.integer(field, errors).orElse(null);
            if (!Charter.isValidScore(score)) {
                errors.add(in.location(field), field, String.valueOf(score), "must be 0-" + Charter.MAX_SCORE);
                ok = false;
            }
            scores.add(score);
        }
        return ok ? new Charter(scores.get(0), scores.get(1), scores.get(2), scores.get(3)) : null;
    }

    // --- field helpers -----------------------------------------------------------------------------------------

    private static void rejectUnknownFields(FieldSource in, Set<String> allowed, Errors errors) {
        for (String field : in.fieldNames()) {
            if (!allowed.contains(field)) {
                errors.add(in.location(field), field, null, "unknown field \"" + field + "\" (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    private static Optional<String> required(FieldSource in, String field, Errors errors) {
        int before = errors.size();
        Optional<String> value = in.text(field, errors);
        if (value.isEmpty() && errors.size() == before) {
            errors.add(in.location(field), field, null, "missing " + field);
        }
        return value;
    }

    private static String requiredId(FieldSource in, String field, Errors errors) {
        String id = required(in, field, errors).orElse(null);
        if (id != null && !Ids.isValidId(id)) {
            errors.add(in.location(field), field, id, "not a valid id (lower-case letters, digits and '-', "
                    + "starting with a letter or digit, at most 80 characters)");
            return null;
        }
        return id;
    }

    private static void checkName(FieldSource in, String name, Errors errors) {
        if (name != null && name.length() > Ids.MAX_NAME_LENGTH) {
            errors.add(in.location("name"), "name", name, "longer than " + Ids.MAX_NAME_LENGTH + " characters");
        }
    }

    private static String boundedText(FieldSource in, String field, Errors errors) {
        String value = in.text(field, errors).orElse(null);
        if (value != null && value.length() > FieldRules.MAX_TEXT_LENGTH) {
            errors.add(in.location(field), field, value, "longer than " + FieldRules.MAX_TEXT_LENGTH + " characters");
            return null;
        }
        return value;
    }

    private static Integer year(FieldSource in, String field, Errors errors) {
        Integer year = in.integer(field, errors).orElse(null);
        if (!Ids.isValidYear(year)) {
            errors.add(in.location(field), field, String.valueOf(year),
                    "year must be between " + Ids.FIRST_YEAR + " and " + Ids.lastYear());
            return null;
        }
        return year;
    }

    private static <E extends Enum<E>> Optional<E> requiredEnum(FieldSource in, String field, Class<E> type, Errors errors) {
        int before = errors.size();
        Optional<E> value = optionalEnum(in, field, type, errors);
        if (value.isEmpty() && errors.size() == before) {
            errors.add(in.location(field), field, null, "missing " + field + " (one of " + choices(type) + ")");
        }
        return value;
    }

    private static <E extends Enum<E>> Optional<E> optionalEnum(FieldSource in, String field, Class<E> type, Errors errors) {
        return in.text(field, errors).flatMap(text -> parseEnum(in, field, text, type, errors));
    }

    private static <E extends Enum<E>> List<E> enumList(FieldSource in, String field, Class<E> type, Errors errors) {
        var result = new ArrayList<E>();
        for (String text : in.list(field, errors).orElse(List.of())) {
            parseEnum(in, field, text, type, errors).filter(e -> !result.contains(e)).ifPresent(result::add);
        }
        return result;
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(FieldSource in, String field, String text, Class<E> type,
                                                            Errors errors) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        errors.add(in.location(field), field, text, "\"" + text + "\" is not one of " + choices(type));
        return Optional.empty();
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static List<Source> sources(FieldSource in, Confidence confidence, Errors errors) {
        int before = errors.size();
        List<Source> sources = in.sources("sources", errors).orElse(List.of());
        if (errors.size() == before && confidence != null && confidence.requiresSource() && sources.isEmpty()) {
            errors.add(in.location("sources"), "sources", null,
                    "at least one source is needed for confidence " + confidence + " (only ILLUSTRATIVE may have none)");
        }
        return sources;
    }
}
