#!/usr/bin/python3
"""Reference values for the analytics tests, made ONCE with NetworkX 2.8.8 and python-igraph 0.10.2 (Debian).

Run from the repository root:  /usr/bin/python3 analytics/src/test/python/make_reference.py
It writes, for each published network, an edge list (source,target,weight) and a JSON file of expected values
under analytics/src/test/resources/reference/. The Java tests compare with a tolerance of 1e-9.

Networks: Zachary's karate club, Padgett's Florentine families, Knuth's Les Miserables (co-appearance weights),
Davis's Southern Women (bipartite) -- all as shipped with NetworkX.
"""
import csv
import json
import math
import os

import igraph
import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "reference")
TIGHT = 1e-15


def nan_to_none(x):
    return None if isinstance(x, float) and math.isnan(x) else x


def per_node(G, f):
    return {str(k): nan_to_none(v) for k, v in f.items()}


def unweighted(G):
    n = G.number_of_nodes()
    ig = igraph.Graph()
    ids = [str(v) for v in G.nodes()]
    ig.add_vertices(ids)
    ig.add_edges([(str(u), str(v)) for u, v in G.edges()])
    comps = nx.number_connected_components(G)
    return {
        "nodes": n,
        "edges": G.number_of_edges(),
        "density": nx.density(G),
        "components": comps,
        "transitivity": nx.transitivity(G),
        "averageClustering": nx.average_clustering(G),
        "diameter": ig.diameter(directed=False, unconn=True),
        "articulationPoints": sorted(str(v) for v in nx.articulation_points(G)),
        "bridges": sorted(sorted([str(u), str(v)]) for u, v in nx.bridges(G)),
        "degree": per_node(G, dict(G.degree())),
        "betweenness": per_node(G, nx.betweenness_centrality(G, normalized=False)),
        "betweennessIgraph": {ids[i]: b for i, b in enumerate(ig.betweenness(directed=False))},
        "betweennessNormalized": per_node(G, nx.betweenness_centrality(G, normalized=True)),
        "closeness": per_node(G, nx.closeness_centrality(G)),
        "harmonic": per_node(G, nx.harmonic_centrality(G)),
        "pageRank": per_node(G, nx.pagerank(G, alpha=0.85, tol=TIGHT, max_iter=100000, weight=None)),
        "eigenvector": per_node(G, nx.eigenvector_centrality(G, tol=TIGHT, max_iter=100000, weight=None)),
        "coreNumber": per_node(G, nx.core_number(G)),
        "clustering": per_node(G, nx.clustering(G)),
        "triangles": per_node(G, nx.triangles(G)),
        "constraint": per_node(G, nx.constraint(G)),
        "effectiveSize": per_node(G, nx.effective_size(G)),
        "linkPrediction": link_prediction(G),
    }


def link_prediction(G):
    """All positive scores over non-edges, as [u, v, score] with u < v as strings, for each method."""
    result = {}
    methods = {
        "jaccard": nx.jaccard_coefficient,
        "adamic-adar": nx.adamic_adar_index,
        "resource-allocation": nx.resource_allocation_index,
        "preferential-attachment": nx.preferential_attachment,
    }
    for name, f in methods.items():
        rows = []
        for u, v, p in f(G):
            if p > 0:
                a, b = sorted([str(u), str(v)])
                rows.append([a, b, p])
        result[name] = sorted(rows)
    rows = []
    for u, v in nx.non_edges(G):
        c = len(list(nx.common_neighbors(G, u, v)))
        if c > 0:
            a, b = sorted([str(u), str(v)])
            rows.append([a, b, c])
    result["common-neighbours"] = sorted(rows)
    return result


def weighted(G):
    """Weights as lengths (distance mode) for path measures; as strengths (strength mode) for the others."""
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    return {
        "distance": {
            "betweenness": per_node(G, nx.betweenness_centrality(G, normalized=False, weight="weight")),
            "closeness": per_node(G, nx.closeness_centrality(G, distance="weight")),
            "harmonic": per_node(G, nx.harmonic_centrality(G, distance="weight")),
        },
        "strength": {
            "strength": per_node(G, dict(G.degree(weight="weight"))),
            "pageRank": per_node(G, nx.pagerank(G, alpha=0.85, tol=TIGHT, max_iter=100000, weight="weight")),
            "eigenvector": per_node(G, nx.eigenvector_centrality(G, tol=TIGHT, max_iter=100000, weight="weight")),
            "constraint": per_node(G, nx.constraint(G, weight="weight")),
            "effectiveSize": per_node(G, nx.effective_size(G, weight="weight")),
            "closeness": per_node(H, nx.closeness_centrality(H, distance="length")),
        },
    }


def write(name, G, extra=None):
    with open(os.path.join(OUT, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "weight"])
        for u, v, d in G.edges(data=True):
            w.writerow([str(u), str(v), d.get("weight", 1)])
    data = {"name": name, "unweighted": unweighted(G)}
    if extra:
        data.update(extra)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    karate = nx.karate_club_graph()
    for u, v, d in karate.edges(data=True):
        d.pop("weight", None)  # NetworkX 2.8 adds interaction counts; the published graph is unweighted
    club = [sorted(str(v) for v in karate if karate.nodes[v]["club"] == c) for c in ("Mr. Hi", "Officer")]
    clubs = [{int(v) for v in c} for c in club]
    write("karate", karate, {"clubPartition": club, "clubModularity": nx.algorithms.community.modularity(karate, clubs)})
    write("florentine", nx.florentine_families_graph())
    lesmis = nx.les_miserables_graph()
    write("lesmis", lesmis, {"weighted": weighted(lesmis)})
    write("davis", nx.davis_southern_women_graph())


if __name__ == "__main__":
    main()
