package org.partnershipatlas.analytics.quality;

import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Factor;

/**
 * The quality of one group's links (a Board's, a Trust's, a country's), from the latest assessment of each.
 *
 * @param id            organisation id, or country code
 * @param name          its name
 * @param links         links counted for it
 * @param assessedLinks of those, links with an assessment
 * @param charter       mean score (0–3) of each Charter foundation over the assessed links that scored it, or
 *                      {@code null} where none did
 * @param factors       mean score of each success factor, likewise ({@code null}: not assessed anywhere)
 * @param challenges    how many assessed links rate each challenge NONE, SOME, MAJOR
 * @param weakest       the factors with the lowest means (at most two, only those below 2 of 3)
 * @param lastAssessed  the latest assessment date, or {@code null}
 * @param finding       the group in one sentence
 */
public record GroupQuality(String id, String name, int links, int assessedLinks,
                           Map<CharterFoundation, Double> charter, Map<Factor, Double> factors,
                           Map<Challenge, Map<ChallengeLevel, Integer>> challenges, List<Factor> weakest,
                           LocalDate lastAssessed, Finding finding) {

    /** The mean of every factor mean (the group's overall quality, 0–3), or {@code null} if nothing is assessed. */
    public Double overall() {
        var scored = factors.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        return scored.length == 0 ? null : Arrays.stream(scored).average().orElse(0);
    }
}
