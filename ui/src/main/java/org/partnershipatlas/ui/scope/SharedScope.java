package org.partnershipatlas.ui.scope;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.analysis.ScopeParameters;

/**
 * The filters and year shared by the network and map views in one browser session: set in one, they are there
 * when the strategist switches to the other. A URL with scope parameters always wins, so shared links stay exact.
 */
public final class SharedScope {
    private static final String KEY = SharedScope.class.getName();

    private SharedScope() {
    }

    public static void remember(AnalysisScope scope) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY, scope);
        }
    }

    /**
     * As {@link #of}, for a view opened at an address: a malformed scope in it gives the default rather than an
     * error page (the view shows what it can).
     */
    public static AnalysisScope ofAddress(Map<String, List<String>> query) {
        try {
            return of(query);
        } catch (RuntimeException malformed) {
            return AnalysisScope.DEFAULT;
        }
    }

    /** The scope the URL asks for, else the one last used in this session, else the default. */
    public static AnalysisScope of(Map<String, List<String>> query) {
        if (query.keySet().stream().anyMatch(ScopeParameters.NAMES::contains)) {
            return ScopeParameters.fromQuery(query);
        }
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(s -> (AnalysisScope) s.getAttribute(KEY)).orElse(AnalysisScope.DEFAULT);
    }
}
