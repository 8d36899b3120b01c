package org.partnershipatlas.ui.network;

import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;

import org.partnershipatlas.app.Routes;
import org.partnershipatlas.network.ExplorerState;

/**
 * "Show on the network": a link from an answer (a route of introduction, a what-if) to the network picture with its
 * organisations highlighted and the rest dimmed ({@code /network?route=a,b,c} or {@code /network?highlight=a,b}).
 */
public final class NetworkLink {
    private NetworkLink() {
    }

    /** The route's organisations in order: they, the links between consecutive ones and the introducers marked. */
    public static Anchor route(List<String> path) {
        return anchor("route", path);
    }

    /** These organisations highlighted. */
    public static Anchor highlight(List<String> ids) {
        return anchor("highlight", ids);
    }

    private static Anchor anchor(String parameter, List<String> ids) {
        List<String> kept = new LinkedHashSet<>(ids).stream().limit(ExplorerState.MAX_HIGHLIGHTED).toList();
        var a = new Anchor(Routes.NETWORK + "?" + parameter + "=" + String.join(",", kept), "");
        a.setText(a.getTranslation("explorer.show-on-network"));
        a.addClassName("show-on-network");
        return a;
    }
}
