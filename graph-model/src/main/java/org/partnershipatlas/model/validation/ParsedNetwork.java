package org.partnershipatlas.model.validation;

import java.util.List;

/**
 * What a reader made of a file before the rules across records were checked: the records that were well formed on
 * their own, where each came from, and the errors found so far.
 */
public record ParsedNetwork(
        List<Located<org.partnershipatlas.model.Country>> countries,
        List<Located<org.partnershipatlas.model.Organisation>> organisations,
        List<Located<org.partnershipatlas.model.Link>> links,
        Errors errors) {
}
