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
    /**
     * Removing organisations from the graph gives exactly the projection of the snapshot without them: ids, ties in
     * the same order with the same (summed) weights, rows, attributes — what-if relies on it to skip projecting again.
     */
    @Test
    void without_organisations_isTheProjectionOfTheSnapshotWithoutThem() {
        var synthetic = new org.partnershipatlas.synthetic.SyntheticNetworkGenerator(1500, 3).generate();
        var random = new java.util.Random(5);
        for (var snapshot : java.util.List.of(org.partnershipatlas.analytics.TestNetworks.seed(), synthetic)) {
            var g = NetworkGraph.of(snapshot);
            for (int round = 0; round < 8; round++) {
                var removed = new java.util.HashSet<String>();
                for (int i = 0; i < 1 + round * 3; i++) {
                    removed.add(g.id(random.nextInt(g.nodeCount())));
                }
                var fast = g.without(removed);
                var projected = NetworkGraph.of(snapshot.withOrganisations(o -> !removed.contains(o.id())));
                assertThat(fast.ids()).isEqualTo(projected.ids());
                assertThat(fast.csrOffsets()).isEqualTo(projected.csrOffsets());
                assertThat(fast.csrTargets()).isEqualTo(projected.csrTargets());
                for (int e = 0; e < projected.csrTargets().length; e++) {
                    assertThat(fast.weight(e)).isEqualTo(projected.weight(e));
                }
                assertThat(fast.arcCount()).isEqualTo(projected.arcCount());
                for (int a = 0; a < projected.arcCount(); a++) {
                    assertThat(fast.arcFrom(a)).isEqualTo(projected.arcFrom(a));
                    assertThat(fast.arcTo(a)).isEqualTo(projected.arcTo(a));
                }
                assertThat(fast.attributeNames()).isEqualTo(projected.attributeNames());
                for (String name : projected.attributeNames()) {
                    for (int v = 0; v < projected.nodeCount(); v++) {
                        assertThat(fast.attribute(v, name)).isEqualTo(projected.attribute(v, name));
                    }
                }
                for (String id : projected.ids()) {
                    assertThat(fast.indexOf(id)).isEqualTo(projected.indexOf(id));
                }
                assertThat(fast.indexOf(removed.iterator().next())).isEqualTo(-1);
                assertThat(fast.snapshot()).isEmpty();
            }
        }
    }
}
