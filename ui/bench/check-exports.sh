#!/usr/bin/env bash
# Opens the app's GraphML and GEXF exports with NetworkX and igraph (Debian's python3-networkx and python3-igraph)
# and checks that every organisation, link and attribute arrived.
#   ui/bench/check-exports.sh [base-url]          # default http://localhost:8080
set -euo pipefail
base="${1:-http://localhost:8080}"
dir="$(mktemp -d)"
curl -sf "$base/api/export?format=graphml" -o "$dir/network.graphml"
curl -sf "$base/api/export?format=gexf" -o "$dir/network.gexf"
curl -sf "$base/api/export?format=json" -o "$dir/network.json"
/usr/bin/python3 - "$dir" <<'PY'
import json, sys
import networkx as nx, igraph as ig
d = sys.argv[1]
snap = json.load(open(f"{d}/network.json"))
orgs, links = snap["organisations"], snap["links"]
node_attrs = {"label", "type", "country", "city", "founded", "website", "description", "seekingPartner", "confidence", "sources"}
edge_attrs = {"kind", "since", "until", "status", "themes", "activities", "learning", "strength", "confidence", "sources"}
g = nx.read_graphml(f"{d}/network.graphml")
assert g.number_of_nodes() == len(orgs) and g.number_of_edges() == len(links), "NetworkX GraphML counts"
for o in orgs:
    n = g.nodes[o["id"]]
    assert n["label"] == o["name"] and n["type"] == o["type"] and n["confidence"] == o["confidence"], o["id"]
    if o.get("founded") is not None:
        assert n["founded"] == o["founded"], o["id"]
x = nx.read_gexf(f"{d}/network.gexf")
assert x.number_of_nodes() == len(orgs) and x.number_of_edges() == len(links), "NetworkX GEXF counts"
assert all(x.nodes[o["id"]]["label"] == o["name"] for o in orgs), "GEXF labels"
i = ig.Graph.Read_GraphML(f"{d}/network.graphml")
assert i.vcount() == len(orgs) and i.ecount() == len(links), "igraph counts"
assert node_attrs <= set(i.vs.attributes()) and edge_attrs <= set(i.es.attributes()), "igraph attributes"
print(f"OK: {len(orgs)} organisations and {len(links)} links with every attribute in NetworkX (GraphML, GEXF) and igraph (GraphML)")
PY
