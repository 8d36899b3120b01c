package org.partnershipatlas.network;

import java.time.ZoneOffset;
import java.util.OptionalDouble;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;

/**
 * What the colour of a link in the picture says ({@code /network?links=quality}): how sure the register is of it
 * (the default: grey, dashed when inferred or indirect), its partnership quality (the latest assessment's mean of the
 * eight success factors, 0–3), which way learning flows, or whether it is at risk (the Quality view's rules).
 * Each link falls in exactly one class; the classes, in legend order, carry their colour.
 */
public enum LinkColour {
    CONFIDENCE, QUALITY, LEARNING, RISK;

    /** A class of links in the legend: its key (translated as {@code link-class.<key>}) and colour. */
    public enum LinkClass {
        DOCUMENTED("#8c8c8c"), INFERRED("#c7c7c7"),
        QUALITY_STRONG("#2166ac"), QUALITY_GOOD("#67a9cf"), QUALITY_FAIR("#ef8a62"), QUALITY_WEAK("#b2182b"),
        NOT_ASSESSED("#d0d0d0"),
        LEARNING_RECIPROCAL("#59a14f"), LEARNING_TO_WALES("#f28e2b"), LEARNING_TO_PARTNER("#4e79a7"),
        LEARNING_UNKNOWN("#c7c7c7"),
        AT_RISK("#c0392b"), NOT_AT_RISK("#b0b0b0");

        private final String color;

        LinkClass(String color) {
            this.color = color;
        }

        public String color() {
            return color;
        }

        public String token() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The classes this colouring can show, in legend order. */
    public List<LinkClass> classes() {
        return switch (this) {
            case CONFIDENCE -> List.of(LinkClass.DOCUMENTED, LinkClass.INFERRED);
            case QUALITY -> List.of(LinkClass.QUALITY_STRONG, LinkClass.QUALITY_GOOD, LinkClass.QUALITY_FAIR,
                    LinkClass.QUALITY_WEAK, LinkClass.NOT_ASSESSED);
            case LEARNING -> List.of(LinkClass.LEARNING_RECIPROCAL, LinkClass.LEARNING_TO_WALES,
                    LinkClass.LEARNING_TO_PARTNER, LinkClass.LEARNING_UNKNOWN);
            case RISK -> List.of(LinkClass.AT_RISK, LinkClass.NOT_AT_RISK);
        };
    }

    /**
     * The class of one link.
     *
     * @param atRisk ids of the links at risk (only read when colouring by risk)
     */
    public LinkClass classOf(Link link, Set<String> atRisk) {
        return switch (this) {
            case CONFIDENCE -> link.confidence() == Confidence.B || link.confidence() == Confidence.C
                    ? LinkClass.INFERRED : LinkClass.DOCUMENTED;
            case QUALITY -> quality(link);
            case LEARNING -> switch (link.learning()) {
                case RECIPROCAL -> LinkClass.LEARNING_RECIPROCAL;
                case TO_WALES -> LinkClass.LEARNING_TO_WALES;
                case TO_PARTNER -> LinkClass.LEARNING_TO_PARTNER;
                case UNKNOWN -> LinkClass.LEARNING_UNKNOWN;
            };
            case RISK -> atRisk.contains(link.id()) ? LinkClass.AT_RISK : LinkClass.NOT_AT_RISK;
        };
    }

    /** Strong from 2.5, good from 2, fair from 1, weak below (the paper's 0–3 scale); not assessed apart from 0. */
    static LinkClass quality(Link link) {
        var mean = link.latestAssessment().map(Assessment::qualityMean).orElse(OptionalDouble.empty());
        if (mean.isEmpty()) {
            return LinkClass.NOT_ASSESSED;
        }
        double m = mean.getAsDouble();
        return m >= 2.5 ? LinkClass.QUALITY_STRONG : m >= 2 ? LinkClass.QUALITY_GOOD : m >= 1 ? LinkClass.QUALITY_FAIR
                : LinkClass.QUALITY_WEAK;
    }

    /** The day the risk rules count from (funding ending within 12 months of it). */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
