"""Times the analytics CLI (its own timingsMs) and python-igraph on the same edge lists; see compare-igraph.sh.

For each size N it generates a seeded synthetic partnership network with the CLI's `generate` command (about 3N
links), then runs, one run each, in separate JVMs with a fixed heap:
  metrics --metrics betweenness                      exact betweenness
  metrics --metrics betweenness --approximate S      (largest size only) sampled betweenness, top-100 overlap
  metrics --metrics articulationPoints,bridges
  metrics --metrics pageRank
and in igraph: Graph.betweenness(directed=False), articulation_points() + bridges(), pagerank(). Only the algorithm
calls are timed on both sides (not reading the file). Ratio = ours / igraph (below 1 is faster).
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import time

import igraph


def run_cli(jar, heap, args):
    cmd = ["java", "-Xmx" + heap, "-jar", jar] + args
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def read_igraph(path):
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        edges = [(r[0], r[1]) for r in rows]
    return igraph.Graph.TupleList(edges, directed=False)


def timed(f):
    start = time.perf_counter()
    value = f()
    return value, (time.perf_counter() - start) * 1000.0


def top(scores, k=100):
    """The ids of the k highest scores."""
    return {name for name, _ in sorted(scores, key=lambda kv: (-kv[1], kv[0]))[:k]}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--sizes", default="10000 100000")
    p.add_argument("--samples", type=int, default=2000)
    p.add_argument("--heap", default="1g")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    sizes = [int(s) for s in a.sizes.split()]
    rows = []
    for n in sizes:
        edges = os.path.join(a.dir, "synthetic-%d.csv" % n)
        if not os.path.exists(edges):
            run_cli(a.jar, a.heap, ["generate", "--organisations", str(n), "--seed", str(a.seed), "--edges", edges])
        print("== %d organisations (%s)" % (n, edges), file=sys.stderr, flush=True)

        ours = run_cli(a.jar, a.heap, ["metrics", "--input", edges, "--metrics", "betweenness"])
        g = read_igraph(edges)
        m = g.ecount()
        print("   ours exact betweenness %d ms" % ours["timingsMs"]["betweenness"], file=sys.stderr, flush=True)
        ig_b, ig_ms = timed(lambda: g.betweenness(directed=False))
        print("   igraph exact betweenness %.0f ms" % ig_ms, file=sys.stderr, flush=True)
        rows.append(("exact betweenness", n, m, ours["timingsMs"]["betweenness"], ig_ms))
        # the two exact answers must agree before any timing means anything
        ours_b = {x["id"]: x["betweenness"] for x in ours["nodes"]}
        worst = max(abs(ours_b[g.vs[i]["name"]] - ig_b[i]) / max(1.0, ig_b[i]) for i in range(g.vcount()))
        print("   largest relative difference ours vs igraph: %.2e" % worst, file=sys.stderr, flush=True)
        exact_top = top(((g.vs[i]["name"], ig_b[i]) for i in range(g.vcount())))

        if n == max(sizes) and a.samples > 0:
            approx = run_cli(a.jar, a.heap, ["metrics", "--input", edges, "--metrics", "betweenness",
                                             "--approximate", str(a.samples)])
            overlap = len(exact_top & top((x["id"], x["betweenness"]) for x in approx["nodes"])) / 100.0
            rows.append(("approx betweenness (%d samples), top-100 overlap %.2f" % (a.samples, overlap), n, m,
                         approx["timingsMs"]["betweenness"], None))

        cuts = run_cli(a.jar, a.heap, ["metrics", "--input", edges, "--metrics", "articulationPoints,bridges"])
        _, ig_ap = timed(lambda: g.articulation_points())
        _, ig_br = timed(lambda: g.bridges())
        rows.append(("articulation points + bridges", n, m,
                     cuts["timingsMs"]["articulationPoints"] + cuts["timingsMs"]["bridges"], ig_ap + ig_br))

        pr = run_cli(a.jar, a.heap, ["metrics", "--input", edges, "--metrics", "pageRank"])
        _, ig_pr = timed(lambda: g.pagerank(directed=False, damping=0.85))
        rows.append(("PageRank", n, m, pr["timingsMs"]["pageRank"], ig_pr))

    print("| measure | nodes | edges | ours ms | igraph ms | ours / igraph |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, n, m, ours_ms, ig_ms in rows:
        ratio = "" if ig_ms is None else "%.3f" % (ours_ms / ig_ms if ig_ms > 0 else float("inf"))
        ig = "" if ig_ms is None else "%.0f" % ig_ms
        print("| %s | %d | %d | %d | %s | %s |" % (name, n, m, ours_ms, ig, ratio))


if __name__ == "__main__":
    main()
