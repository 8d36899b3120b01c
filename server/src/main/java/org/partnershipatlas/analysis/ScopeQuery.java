package org.partnershipatlas.analysis;

import java.util.List;

import io.swagger.v3.oas.models.parameters.Parameter;

import org.partnershipatlas.app.ApiQuery;
import org.partnershipatlas.app.QueryDocs;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;

/**
 * The scope's query parameters ({@link ScopeParameters}) as the OpenAPI document shows them: what each endpoint
 * that reads a scope takes, with the values the codec accepts.
 */
public class ScopeQuery implements ApiQuery.Parameters {
    @Override
    public List<Parameter> parameters() {
        return List.of(
                QueryDocs.year("the network as of this year: links with since ≤ year, not ended before it"),
                QueryDocs.text("country", null, null, ScopeParameters.COUNTRY_PATTERN, true,
                        "organisations in these countries and their partners: ISO 3166 codes such as LS or GB-WLS"),
                QueryDocs.tokens("region", Region.class, true, "organisations in these regions and their partners"),
                QueryDocs.tokens("type", OrganisationType.class, true, "organisations of these types and their partners"),
                QueryDocs.tokens("kind", LinkKind.class, true, "links of these kinds"),
                QueryDocs.text("theme", 1, Ids.MAX_NAME_LENGTH, null, true, "links on these themes"),
                QueryDocs.tokens("activity", Activity.class, true, "links with these activities"),
                QueryDocs.tokens("status", LinkStatus.class, true, "links with these statuses"),
                QueryDocs.tokens("confidence", Confidence.class, true, "facts of these confidences (default A, B, C)"),
                QueryDocs.bool("illustrative", "also example data (confidence ILLUSTRATIVE)"));
    }
}
