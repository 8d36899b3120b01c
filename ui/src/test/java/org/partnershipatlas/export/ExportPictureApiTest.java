package org.partnershipatlas.export;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

/** The SVG picture explains itself (title, legend, marks, country names), and only the embeds may be framed. */
@AtlasSpringTest
class ExportPictureApiTest {
    @LocalServerPort
    int port;

    private ApiClient api() {
        return ApiClient.on(port);
    }
    @Autowired
    NetworkWrites writes;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private ApiResponse get(String path, String language) throws Exception {
        return api().header("Accept-Language", language).get(path);
    }

    @Test
    void exportSvg_ofAFilteredView_hasItsFiltersInTheTitleAndTheLegendMarksAndCountries() throws Exception {
        var response = get("/api/export?format=svg&country=LS&year=2006", null);
        assertThat(response.status()).isEqualTo(200);
        String svg = response.body();
        assertThat(svg).containsPattern("<title>The Wales–Africa partnership network · Lesotho · as of 2006 · \\d{1,2} \\w+ \\d{4}</title>");
        assertThat(svg).contains("<text class=\"title\"").contains("<g class=\"legend\"");
        assertThat(svg).contains("<g class=\"groups\"").contains(">Lesotho</text>");
    }

    @Test
    void exportSvg_ofTheWholeNetwork_ringsUnderLinkedBoardsAndTopBrokers_andSaysSoInTheLegend() throws Exception {
        String svg = get("/api/export?format=svg", null).body();
        String legend = svg.substring(svg.indexOf("<g class=\"legend\""));
        assertThat(legend).contains("Under-linked Health Board (").contains("Top broker (5)");
        assertThat(svg.substring(svg.indexOf("<g class=\"marks\""), svg.indexOf("<g class=\"groups\"")))
                .contains("stroke=\"#c0392b\"").contains("stroke-dasharray=\"3 2\"");
    }

    @Test
    void exportSvg_inWelsh_hasAWelshTitleAndLegend() throws Exception {
        String svg = get("/api/export?format=svg", "cy").body();
        assertThat(svg).contains("<title>Rhwydwaith partneriaethau Cymru–Affrica · ").contains("Un o&apos;r prif froceriaid (5)");
    }

    @Test
    void exportSvg_withLinksColouredByLearning_drawsTheLinksInTheirClassColours_andNamesEachClassInTheLegend() throws Exception {
        String svg = get("/api/export?format=svg&links=learning", null).body();
        String legend = svg.substring(svg.indexOf("<g class=\"legend\""));
        var counts = java.util.regex.Pattern.compile("<line class=\"legend-link\"[^>]*/><text[^>]*>[^<]*\\((\\d+)\\)</text>")
                .matcher(legend).results().mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        assertThat(counts).as("every link in one class").isEqualTo(WalesAfricaSeed.load().links().size());
        assertThat(legend).contains("Learning both ways (");
        assertThat(svg).contains("stroke=\"" + org.partnershipatlas.network.LinkColour.LinkClass.LEARNING_RECIPROCAL.color() + "\"");
        assertThat(get("/api/export?format=svg&links=quality", "cy").body())
                .as("the seed has no assessments, and says so").contains(">Heb ei asesu (" + counts + ")</text>");
        var refused = get("/api/export?format=svg&links=colourful", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("links must be one of confidence, quality, learning, risk");
    }

    @Test
    void pages_mayNotBeFramed_exceptTheEmbeds_whichNameTheAllowedOrigins() throws Exception {
        var network = get("/network", null);
        assertThat(network.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(network.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("frame-ancestors 'none'");
        var embed = get("/embed/network", null);
        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        // No origins are configured in tests: the embed may not be framed either, by the same header.
        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("frame-ancestors 'none'");
    }
}
