package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Networks;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;

/** GraphML and GEXF: well-formed, every attribute present and typed, hostile text kept as text. */
class GraphToolFormatsTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\" \u202Eevil";

    private static NetworkSnapshot network() {
        var hostile = new Organisation("hostile", HOSTILE, OrganisationType.OTHER, "LS", null, null, null,
                "</data><data key=\"x\">injected", null, Confidence.A, List.of(Networks.PAPER));
        var small = Networks.small();
        return small.mergedWith(List.of(), List.of(hostile), List.of(Networks.link("l-hostile", "hostile", "lesotho-moh")));
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void graphMlDeclaresTypedKeysAndCarriesEveryAttribute() throws Exception {
        Document doc = parse(GraphMlFormat.toGraphMl(network()));
        Map<String, String> keyTypes = new HashMap<>();
        NodeList keys = doc.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            var key = (Element) keys.item(i);
            keyTypes.put(key.getAttribute("id"), key.getAttribute("attr.type"));
        }
        assertThat(keyTypes).containsEntry("n_founded", "int").containsEntry("n_seekingPartner", "boolean")
                .containsEntry("n_dissolved", "int").containsEntry("n_placeholder", "boolean")
                .containsEntry("e_themes", "string").containsEntry("e_since", "int")
                .containsEntry("e_quality_mean", "double").containsEntry("e_factor_shared_goals", "int")
                .containsEntry("e_challenge_power_imbalance", "string").containsEntry("e_charter_good_practice", "int")
                .containsEntry("e_lastEvidence", "int")
                .hasSize(12 + 11 + 2 + 4 + 8 + 5 + 1);
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(3);

        Map<String, String> dolen = data(doc, "node", "dolen-cymru");
        assertThat(dolen).containsEntry("n_label", "Dolen Cymru").containsEntry("n_founded", "1985")
                .containsEntry("n_seekingPartner", "false").containsEntry("n_type", "NGO")
                .containsEntry("n_website", "https://www.dolencymru.org");
        assertThat(dolen.get("n_sources")).contains(" ;; ").contains("https://example.org/news/1");
        assertThat(data(doc, "edge", "l-dolen-cymru-lesotho")).containsEntry("e_themes", "medical and nursing education;mental health")
                .containsEntry("e_activities", "PROFESSIONAL_EXCHANGE").containsEntry("e_strength", "3")
                .containsEntry("e_learning", "RECIPROCAL");
        assertThat(data(doc, "node", "lesotho-moh")).doesNotContainKey("n_city");   // absent stays absent

        Map<String, String> hostile = data(doc, "node", "hostile");
        assertThat(hostile.get("n_label")).isEqualTo(HOSTILE);
        assertThat(hostile.get("n_description")).isEqualTo("</data><data key=\"x\">injected");
    }

    @Test
    void gexfDeclaresAttributesAndCarriesLabelsWeightsAndValues() throws Exception {
        Document doc = parse(GexfFormat.toGexf(network()));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.gexf.net/1.2draft");
        assertThat(doc.getElementsByTagName("attribute").getLength()).isEqualTo(11 + 11 + 2 + 4 + 8 + 5 + 1);
        Element dolen = element(doc, "node", "dolen-cymru");
        assertThat(dolen.getAttribute("label")).isEqualTo("Dolen Cymru");
        assertThat(attValues(dolen)).containsEntry("founded", "1985").containsEntry("country", "GB-WLS");
        Element link = element(doc, "edge", "l-dolen-cymru-lesotho");
        assertThat(link.getAttribute("weight")).isEqualTo("3");
        assertThat(link.getAttribute("label")).isEqualTo("HEALTH_LINK");
        assertThat(attValues(link)).containsEntry("since", "1985").containsEntry("status", "ACTIVE");
        assertThat(element(doc, "node", "hostile").getAttribute("label")).startsWith("<img src=x onerror=alert(1)>");
    }

    @Test
    void write_linkWithAssessments_carriesTheLatestFlattenedAndNodesTheirDissolvedAndPlaceholder() throws Exception {
        var network = Networks.withQuality();
        Document graphMl = parse(GraphMlFormat.toGraphMl(network));
        assertThat(data(graphMl, "edge", "l-dolen-cymru-lesotho"))
                .containsEntry("e_assessed", "2025-06-30")
                .containsEntry("e_quality_mean", "2.0")
                .containsEntry("e_factor_trust", "3").containsEntry("e_factor_shared_goals", "1")
                .doesNotContainKey("e_factor_long_term_vision")
                .containsEntry("e_challenge_logistics", "MAJOR")
                .containsEntry("e_charter_reciprocal_partnership", "3")
                .containsEntry("e_evaluation", "PLANNED");
        assertThat(data(graphMl, "node", "lesotho-moh")).containsEntry("n_placeholder", "true");
        assertThat(data(graphMl, "node", "dolen-cymru")).containsEntry("n_dissolved", "2024")
                .containsEntry("n_placeholder", "false");
        Document gexf = parse(GexfFormat.toGexf(network));
        assertThat(attValues(element(gexf, "edge", "l-dolen-cymru-lesotho"))).containsEntry("quality_mean", "2.0")
                .containsEntry("challenge_sustainable_funding", "SOME");
        assertThat(attValues(element(gexf, "node", "dolen-cymru"))).containsEntry("dissolved", "2024");
    }

    @Test
    void xmlSafe_controlCharacterSurrogateOrNoncharacter_becomesReplacementCharacter() {
        // The text rules refuse these on the way in; the writers still never emit a broken document.
        assertThat(GraphAttributes.xmlSafe("a\u0007b\uD800c\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    }

    private static Element element(Document doc, String tag, String id) {
        NodeList list = doc.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            var e = (Element) list.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no " + tag + " " + id);
    }

    private static Map<String, String> data(Document doc, String tag, String id) {
        Map<String, String> result = new HashMap<>();
        NodeList data = element(doc, tag, id).getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            var d = (Element) data.item(i);
            result.put(d.getAttribute("key"), d.getTextContent());
        }
        return result;
    }

    private static Map<String, String> attValues(Element e) {
        Map<String, String> result = new HashMap<>();
        NodeList values = e.getElementsByTagName("attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            var v = (Element) values.item(i);
            result.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return result;
    }
}
