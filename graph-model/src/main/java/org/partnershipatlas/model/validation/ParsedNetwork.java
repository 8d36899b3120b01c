package org.partnershipatlas.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Organisation;

/**
 * What a reader made of a file before the rules across records were checked: the records that were well formed on
 * their own, where each came from, the records {@linkplain Refused refused} for field errors, and the errors found
 * so far.
 *
 * @param assessmentsOmitted the file said nothing about assessments (a spreadsheet import without
 *                           {@code assessments.csv}): the links' stored assessments are kept, not cleared
 */
public record ParsedNetwork(
        List<Located<Country>> countries,
        List<Located<Organisation>> organisations,
        List<Located<Link>> links,
        Errors errors,
        List<Refused> refused,
        boolean assessmentsOmitted) {

    public ParsedNetwork {
        refused = refused == null ? List.of() : refused;
    }

    public ParsedNetwork(List<Located<Country>> countries, List<Located<Organisation>> organisations,
                         List<Located<Link>> links, Errors errors, List<Refused> refused) {
        this(countries, organisations, links, errors, refused, false);
    }

    /** Without refused records (nothing refused, or a caller that does not track them). */
    public ParsedNetwork(List<Located<Country>> countries, List<Located<Organisation>> organisations,
                         List<Located<Link>> links, Errors errors) {
        this(countries, organisations, links, errors, List.of());
    }

    /** The same, saying that the file gave no assessments (so stored ones stay as they are). */
    public ParsedNetwork withAssessmentsOmitted() {
        return new ParsedNetwork(countries, organisations, links, errors, refused, true);
    }

    /**
     * Collects what {@link EntityReader} makes of each record of a file, in file order: the record, or, where it has
     * errors, what can be read of it as {@link Refused}.
     */
    public static final class Builder {
        private final Errors errors;
        private final List<Located<Country>> countries = new ArrayList<>();
        private final List<Located<Organisation>> organisations = new ArrayList<>();
        private final List<Located<Link>> links = new ArrayList<>();
        private final List<Refused> refused = new ArrayList<>();

        public Builder(Errors errors) {
            this.errors = errors;
        }

        public Errors errors() {
            return errors;
        }

        public void country(FieldSource in) {
            EntityReader.readCountry(in, errors).ifPresent(c -> countries.add(new Located<>(c, in)));
        }

        public void organisation(FieldSource in) {
            EntityReader.readOrganisation(in, errors).ifPresentOrElse(o -> organisations.add(new Located<>(o, in)),
                    () -> refused.add(Refused.organisation(in)));
        }

        public void link(FieldSource in) {
            EntityReader.readLink(in, errors).ifPresentOrElse(l -> links.add(new Located<>(l, in)),
                    () -> refused.add(Refused.link(in)));
        }

        /** The links read so far (a reader may complete them, as the spreadsheet does with its assessments file). */
        public List<Located<Link>> links() {
            return links;
        }

        public List<Refused> refused() {
            return refused;
        }

        public ParsedNetwork build() {
            return new ParsedNetwork(countries, organisations, links, errors, refused);
        }
    }
}
