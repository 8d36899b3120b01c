package org.partnershipatlas.ui.embed;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.network.ExplorerService;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.network.LegendWords;
import org.partnershipatlas.ui.network.NetworkGraph;
import org.partnershipatlas.ui.network.PictureLegend;
import org.partnershipatlas.network.NetworkPicture;
import org.partnershipatlas.ui.network.NetworkView;
import org.partnershipatlas.network.StateWords;

/**
 * The network picture for a partner's website: the same URL state as {@code /network}, read-only, without the
 * navigation, with its title, legend and a link to the full view.
 */
@Route(Routes.EMBED_NETWORK)
@PageTitle("Partnership Atlas")
@AnonymousAllowed
public class EmbedNetworkView extends VerticalLayout implements BeforeEnterObserver {
    private final ExplorerService explorer;
    private final AtlasProperties properties;
    private final NetworkGraph graph = new NetworkGraph();

    public EmbedNetworkView(ExplorerService explorer, AtlasProperties properties) {
        this.explorer = explorer;
        this.properties = properties;
        setId("embed-network");
        setSizeFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EmbedAccess.refuseUnlessPublic(event, properties)) {
            return;
        }
        removeAll();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        ExplorerState state;
        try {
            state = ExplorerState.fromQuery(query);
        } catch (BadRequestException e) {
            state = ExplorerState.DEFAULT;
        }
        var stored = explorer.stored();
        NetworkPicture picture = explorer.picture(stored, state, LegendWords.labeller(this::getTranslation, getLocale()));
        var title = EmbedAccess.title(StateWords.title(state, stored.snapshot(), this::getTranslation, getLocale()));
        graph.setId("network-graph");
        graph.setSizeFull();
        graph.setNetwork(picture, getTranslation("explorer.picture-description", picture.nodes().size(),
                picture.edges().size()));
        // the explorer's legend: colours, rings, the links' colours (the default too) and a route asked for
        var legend = new PictureLegend();
        legend.show(picture);
        String full = Routes.NETWORK + (query.isEmpty() ? "" : "?" + NetworkView.queryString(state.toQuery()));
        var open = EmbedAccess.openInFull(full, getTranslation("embed.open"));
        add(title, graph, legend, open);
        setFlexGrow(1, graph);
    }
}
