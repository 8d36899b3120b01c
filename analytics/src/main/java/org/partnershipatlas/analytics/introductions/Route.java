package org.partnershipatlas.analytics.introductions;

import java.util.List;

import org.partnershipatlas.analytics.findings.Finding;

/**
 * One of the k shortest simple routes from an organisation to a target.
 *
 * @param rank           1 for the shortest
 * @param organisations  the organisations on the route, from the start to the target
 * @param names          their names (ids for edge lists)
 * @param introducer     the first organisation after the start, who can make the introduction; {@code null} when
 *                       the start and the target are already linked
 * @param target         the organisation reached
 * @param hops           the number of steps
 * @param length         the length under the weight mode (= hops without weights)
 * @param steps          each step with its links and their sources
 * @param inferred       whether any link on the way is inferred (confidence B or C)
 * @param explanation    who to ask ({@code ASK_TO_INTRODUCE}, {@code ASK_TO_INTRODUCE_ONWARD} beyond two steps) or
 *                       {@code ALREADY_LINKED}
 */
public record Route(int rank, List<String> organisations, List<String> names, String introducer, String target,
                    int hops, double length, List<RouteStep> steps, boolean inferred, Finding explanation) {
    public Route {
        organisations = List.copyOf(organisations);
        names = List.copyOf(names);
        steps = List.copyOf(steps);
    }
}
