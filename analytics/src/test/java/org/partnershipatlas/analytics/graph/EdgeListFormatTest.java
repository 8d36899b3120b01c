package org.partnershipatlas.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.model.validation.ValidationException;

class EdgeListFormatTest {
    static NetworkGraph read(String edges) {
        return EdgeListFormat.read("edges.csv", new BufferedReader(new StringReader(edges)), null, null);
    }

    static NetworkGraph read(String edges, String nodes) {
        return EdgeListFormat.read("edges.csv", new BufferedReader(new StringReader(edges)), "nodes.csv",
                new BufferedReader(new StringReader(nodes)));
    }

    @Test
    void read_headerOnly_givesEmptyGraph() {
        var g = read("source,target\n");
        assertThat(g.nodeCount()).isZero();
        assertThat(g.edgeCount()).isZero();
    }

    @Test
    void read_duplicateRowsEitherWay_mergeWithWeightsSummed() {
        var g = read("source,target,weight\na,b,2\nb,a,3\na,b,0.5\nb,c,1\n");
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.weightBetween(g.indexOf("a"), g.indexOf("b"))).isEqualTo(5.5);
        assertThat(g.arcCount()).isEqualTo(4);
    }

    @Test
    void read_selfLoop_isRejectedWithItsLine() {
        assertThatThrownBy(() -> read("source,target\na,b\nc,c\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("edges.csv line 3, column \"target\"")
                .hasMessageContaining("linked to itself");
    }

    @Test
    void read_threeCellsUnderTwoColumnHeader_namesLineAndColumn() {
        assertThatThrownBy(() -> read("source,target\na,b\nb,c,7\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("edges.csv line 3, column 3")
                .hasMessageContaining("3 cells where the header has 2");
    }

    @Test
    void read_badHeader_isRejected() {
        assertThatThrownBy(() -> read("from,to\na,b\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line 1").hasMessageContaining("bad header");
    }

    @Test
    void read_badWeight_namesTheWeightColumn() {
        assertThatThrownBy(() -> read("source,target,weight\na,b,heavy\n"))
                .hasMessageContaining("line 2, column \"weight\"").hasMessageContaining("heavy");
        assertThatThrownBy(() -> read("source,target,weight\na,b,-1\n")).hasMessageContaining("positive");
    }

    @Test
    void read_quotedIdsAndBom_areRead() {
        var g = read("\uFEFFsource,target\n\"Smith, J\",\"O\"\"Neil\"\n");
        assertThat(g.ids()).containsExactly("Smith, J", "O\"Neil");
    }

    @Test
    void read_nodeTable_addsAttributesAndIsolatedNodes() {
        var g = read("source,target\na,b\n", "id,country,group\nb,LS,partner\nz,GB-WLS,Wales\n");
        assertThat(g.ids()).containsExactly("b", "z", "a");
        assertThat(g.attribute(g.indexOf("z"), "country")).isEqualTo("GB-WLS");
        assertThat(g.attribute(g.indexOf("a"), "country")).isNull();
        assertThat(g.degree(g.indexOf("z"))).isZero();
    }

    @Test
    void read_nodeTableWithDuplicateId_isRejected() {
        assertThatThrownBy(() -> read("source,target\na,b\n", "id,x\na,1\na,2\n"))
                .hasMessageContaining("nodes.csv line 3, column \"id\"").hasMessageContaining("duplicate");
    }

    @Test
    void without_removedVertex_dropsItsTiesAndKeepsAttributes() {
        var g = read("source,target\na,b\nb,c\n", "id,country\nc,KE\n");
        var h = g.without(java.util.Set.of("b"));
        assertThat(h.nodeCount()).isEqualTo(2);
        assertThat(h.edgeCount()).isZero();
        assertThat(h.attribute(h.indexOf("c"), "country")).isEqualTo("KE");
    }
}
