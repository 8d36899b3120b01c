package org.partnershipatlas.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.parameters.Parameter;

import org.partnershipatlas.analysis.ScopeQuery;
import org.partnershipatlas.analytics.Measure;
import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.app.ApiQuery;
import org.partnershipatlas.app.QueryDocs;
import org.partnershipatlas.model.Limits;
import org.partnershipatlas.network.ColourBy;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.network.LinkColour;

/** The explorer's URL as {@code GET /api/export} reads it ({@link ExplorerState#fromQuery}): the scope and the view. */
public class ExportQuery implements ApiQuery.Parameters {
    @Override
    public List<Parameter> parameters() {
        var parameters = new ArrayList<>(new ScopeQuery().parameters());
        parameters.add(QueryDocs.tokens("colour", ColourBy.class, false, "svg: what an organisation's colour says"));
        var size = QueryDocs.text("size", null, null, null, false, "svg: what an organisation's size says: none or "
                + "a measure");
        var sizes = new ArrayList<String>(Arrays.stream(Measure.values()).map(Measure::token).toList());
        sizes.add(ExplorerState.NO_SIZE);
        size.getSchema().setEnum(new ArrayList<Object>(sizes));
        parameters.add(size);
        parameters.add(QueryDocs.tokens("layout", NetworkLayout.Kind.class, false, "svg: how the picture is laid out"));
        parameters.add(QueryDocs.tokens("links", LinkColour.class, false, "svg: what a link's colour says"));
        parameters.add(QueryDocs.text("select", 1, Limits.MAX_ID_LENGTH, "^[a-z0-9][a-z0-9-]{0,79}$", false,
                "an organisation or link id: with focus, only its neighbourhood"));
        parameters.add(QueryDocs.integer("focus", 0, 2, "steps around the selected organisation (0: the whole network)"));
        var tab = QueryDocs.text("tab", null, null, null, false, "the explorer's tab (picture or table); no effect here");
        tab.getSchema().setEnum(new ArrayList<Object>(List.of("picture", "table")));
        parameters.add(tab);
        return parameters;
    }
}
