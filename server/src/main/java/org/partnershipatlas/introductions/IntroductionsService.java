package org.partnershipatlas.introductions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.Analysis;
import org.partnershipatlas.analysis.AnalysisService;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.introductions.CurrentNetwork;
import org.partnershipatlas.analytics.introductions.LinkPredictionMethod;
import org.partnershipatlas.analytics.introductions.LinkSuggestion;
import org.partnershipatlas.analytics.introductions.Route;
import org.partnershipatlas.analytics.introductions.RouteStep;
import org.partnershipatlas.analytics.introductions.RouteTarget;
import org.partnershipatlas.analytics.introductions.SuggestionRequest;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.writes.NotFoundException;

/** Routes of introduction and suggested links over the cached analysis of the network. */
@Service
public class IntroductionsService {
    private final AnalysisService analyses;

    public IntroductionsService(AnalysisService analyses) {
        this.analyses = analyses;
    }

    /**
     * One route of introduction.
     *
     * @param path        organisation ids from the start to the partner reached
     * @param names       their names
     * @param introducer  who can make the introduction (the first organisation after the start), or null when the
     *                    target is a direct partner already
     * @param length      number of steps
     * @param evidence    every step with the links behind it and their sources
     * @param inferred    whether any link on the way is only inferred
     * @param explanation who to ask, by name: the API writes it as text in the request's language with
     *                    {@code explanationFinding} beside
     */
    public record RouteView(int rank, List<String> path, List<String> names,
                            @Schema(nullable = true, description = "null when the target is a direct partner already")
                            String introducer, @Schema(nullable = true) String introducerName,
                            String target, int length, List<RouteStep> evidence, boolean inferred, Finding explanation,
                            boolean endsAtPlaceholder) {
    }

    /**
     * @param current          whether the routes run through the network as it is now (the default) or its history
     * @param replaced         organisations asked about that merged away, with the successor asked about instead
     * @param onlyPlaceholders every route found ends at an organisation no source names
     */
    public record RoutesResponse(long version, String from, String targetKind, String target, List<RouteView> routes,
                                 boolean current, Map<String, String> replaced, boolean onlyPlaceholders) {
    }

    public record SuggestionsResponse(long version, String method, List<LinkSuggestion> suggestions) {
    }

    /** The network the view offers choices from: as stored now, without illustrative data. */
    public NetworkSnapshot network() {
        return analyses.current().snapshot();
    }

    /** What a routes answer depends on beyond the network version and the scope (the key of its cached answer). */
    private record RoutesQuestion(String from, RouteTarget target, int k, boolean current) {
    }

    public RoutesResponse routes(AnalysisScope scope, String from, RouteTarget target, int k) {
        return routes(scope, from, target, k, true);
    }

    /**
     * @param current through the network as it is now (no ended link; a successor instead of a body that merged
     *                away), or {@code false} for its whole history
     */
    public RoutesResponse routes(AnalysisScope scope, String asked, RouteTarget askedTarget, int k, boolean current) {
        String from = asked;
        RouteTarget resolved = askedTarget;
        var replaced = new LinkedHashMap<String, String>();
        if (current) {
            Analysis whole = analyses.analyse(scope);
            requireOrganisation(whole.snapshot(), from);
            var successors = CurrentNetwork.replacements(whole.snapshot());
            if (successors.containsKey(from)) {
                replaced.put(from, successors.get(from));
                from = successors.get(from);
            }
            if (resolved.kind() == RouteTarget.Kind.ORGANISATION && successors.containsKey(resolved.value())) {
                replaced.put(resolved.value(), successors.get(resolved.value()));
                resolved = RouteTarget.organisation(successors.get(resolved.value()));
            }
        }
        RouteTarget target = resolved;
        Analysis analysis = current ? analyses.analyseCurrent(scope) : analyses.analyse(scope);
        NetworkSnapshot snapshot = analysis.snapshot();
        requireOrganisation(snapshot, from);
        switch (target.kind()) {
            case ORGANISATION -> requireOrganisation(snapshot, target.value());
            case COUNTRY -> {
                if (snapshot.organisations().stream().noneMatch(o -> target.value().equals(o.country()))) {
                    throw new NotFoundException("country", target.value());
                }
            }
            case THEME -> {
                String wanted = target.value().toLowerCase(Locale.ROOT);
                if (snapshot.links().stream().flatMap(l -> l.themes().stream())
                        .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted))) {
                    throw new NotFoundException("theme", target.value());
                }
            }
        }
        String start = from;
        List<Route> routes = analyses.answer(analysis, new RoutesQuestion(start, target, k, current),
                a -> a.analytics().routes(start, target, k));
        List<RouteView> views = routes.stream().map(r -> view(snapshot, r)).toList();
        return new RoutesResponse(analysis.version(), from, target.kind().name().toLowerCase(Locale.ROOT),
                target.value(), views, current, Map.copyOf(replaced),
                !views.isEmpty() && views.stream().allMatch(RouteView::endsAtPlaceholder));
    }

    private static RouteView view(NetworkSnapshot snapshot, Route r) {
        String introducerName = r.introducer() == null ? null
                : snapshot.organisation(r.introducer()).map(Organisation::name).orElse(r.introducer());
        return new RouteView(r.rank(), r.organisations(), r.names(), r.introducer(), introducerName, r.target(),
                r.hops(), r.steps(), r.inferred(), r.explanation(),
                snapshot.organisation(r.target()).map(Organisation::placeholder).orElse(false));
    }

    public SuggestionsResponse suggestions(AnalysisScope scope, String forId, LinkPredictionMethod method, int top,
                                           boolean plausibleOnly) {
        // Suggested links are between organisations as they are now: none to a body that merged away.
        Analysis analysis = analyses.analyseCurrent(scope);
        if (forId != null) {
            requireOrganisation(analysis.snapshot(), forId);
        }
        var request = SuggestionRequest.of(method).top(top).plausibleOnly(plausibleOnly);
        if (forId != null) {
            request = request.forOrganisation(forId);
        }
        return new SuggestionsResponse(analysis.version(), method.cliName(), analysis.analytics().suggest(request));
    }

    private static void requireOrganisation(NetworkSnapshot snapshot, String id) {
        if (snapshot.organisation(id).isEmpty()) {
            throw new NotFoundException("organisation", id);
        }
    }
}
