package org.partnershipatlas.model.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * Checks the rules that span records — ids unique per kind, every link end an existing organisation, every country
 * code known or declared — and builds the resulting snapshot, or throws {@link ValidationException} with every
 * error of the input (field errors the reader found and cross-record errors found here).
 */
public final class SnapshotValidator {

    private SnapshotValidator() {
    }

    /** Validates a whole network on its own (a file, or a replace import), themes from the list only. */
    public static NetworkSnapshot validate(ParsedNetwork parsed) {
        return validate(parsed, ThemePolicy.LIST_ONLY);
    }

    /** Validates a whole network on its own, themes by {@code themes}. */
    public static NetworkSnapshot validate(ParsedNetwork parsed, ThemePolicy themes) {
        NetworkChange change = validate(parsed, Set.of(), Set.of(), themes);
        return new NetworkSnapshot(change.countries(), change.organisations(), change.links());
    }

    /**
     * Validates {@code parsed} as an upsert into {@code base} (a merge import): links may refer to organisations of
     * {@code base}. Returns the merged network.
     */
    public static NetworkSnapshot validate(ParsedNetwork parsed, NetworkSnapshot base) {
        var ids = new HashSet<String>();
        base.organisations().forEach(o -> ids.add(o.id()));
        var codes = new HashSet<String>();
        base.countries().forEach(c -> codes.add(c.code()));
        NetworkChange change = validate(parsed, ids, codes, ThemePolicy.LIST_ONLY.alsoAccepting(base.links()));
        return base.mergedWith(change.countries(), change.organisations(), change.links());
    }

    /**
     * Validates {@code parsed} as a change to a network that already holds the organisations
     * {@code existingOrganisationIds} and declares the countries {@code declaredCountryCodes}.
     *
     * Themes from the list only.
     *
     * @throws ValidationException with every error of the input (at most {@link Errors#MAX_ERRORS})
     */
    public static NetworkChange validate(ParsedNetwork parsed, Set<String> existingOrganisationIds,
                                         Set<String> declaredCountryCodes) {
        return validate(parsed, existingOrganisationIds, declaredCountryCodes, ThemePolicy.LIST_ONLY);
    }

    /**
     * As {@link #validate(ParsedNetwork, Set, Set)}, with themes checked and mapped by {@code themes}: a variant
     * becomes its theme's label, a theme the policy refuses is an error at the link's {@code themes}.
     *
     * @throws ValidationException with every error of the input (at most {@link Errors#MAX_ERRORS})
     */
    public static NetworkChange validate(ParsedNetwork parsed, Set<String> existingOrganisationIds,
                                         Set<String> declaredCountryCodes, ThemePolicy themes) {
        Errors errors = parsed.errors();
        List<Located<Link>> links = themes.apply(parsed.links(), errors);
        rejectDuplicates(parsed.countries(), Country::code, "code", "country", errors);
        rejectDuplicates(parsed.organisations(), Organisation::id, "id", "organisation", errors);
        rejectDuplicates(parsed.links(), Link::id, "id", "link", errors);

        Set<String> declared = new HashSet<>(declaredCountryCodes);
        parsed.countries().forEach(c -> declared.add(c.value().code()));
        for (var org : parsed.organisations()) {
            String code = org.value().country();
            if (code != null && !declared.contains(code) && Countries.known(code).isEmpty()) {
                errors.add(org.source().location("country"), "country", code,
                        "unknown country \"" + code + "\" (declare it under countries)");
            }
        }

        Set<String> organisationIds = new HashSet<>(existingOrganisationIds);
        parsed.organisations().forEach(o -> organisationIds.add(o.value().id()));
        Map<String, Refused> refusedOrganisations = new HashMap<>();
        for (Refused r : parsed.refused()) {
            if (r.what().equals(Refused.ORGANISATION) && r.id() != null) {
                refusedOrganisations.putIfAbsent(r.id(), r);
            }
        }
        var ends = new Ends(organisationIds, refusedOrganisations, errors);
        for (var link : links) {
            ends.check(link.source(), "from", link.value().from());
            ends.check(link.source(), "to", link.value().to());
        }
        // A link refused for a field error is still checked for unknown ends: the file's author fixes both at once.
        for (Refused r : parsed.refused()) {
            if (r.what().equals(Refused.LINK)) {
                ends.check(r.source(), "from", r.from());
                ends.check(r.source(), "to", r.to());
            }
        }
        errors.throwIfAny();
        return new NetworkChange(values(parsed.countries()), values(parsed.organisations()), values(links));
    }

    /** The check of a link's end: an organisation given or stored, one refused for its own errors, or unknown. */
    private record Ends(Set<String> organisationIds, Map<String, Refused> refused, Errors errors) {
        void check(FieldSource link, String field, String id) {
            if (id == null || organisationIds.contains(id)) {
                return;
            }
            Refused organisation = refused.get(id);
            if (organisation != null) {
                errors.add(link.location(field), field, id, "organisation \"" + id + "\" was refused, see "
                        + organisation.source().location());
            } else {
                errors.add(link.location(field), field, id, "unknown organisation \"" + id + "\"");
            }
        }
    }

    private static <T> void rejectDuplicates(List<Located<T>> items, Function<T, String> key, String field, String what,
                                             Errors errors) {
        Map<String, Located<T>> seen = new HashMap<>();
        for (Located<T> item : items) {
            String id = key.apply(item.value());
            Located<T> first = seen.putIfAbsent(id, item);
            if (first != null) {
                errors.add(item.source().location(field), field, id,
                        "duplicate " + what + " id \"" + id + "\" (first at " + first.source().location() + ")");
            }
        }
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
