"""Times the analytics CLI (its own timingsMs) against python-igraph, NetworKit and rustworkx on the same edge lists;
see compare-peers.sh.

One run measures every figure the analytics goals (issues 15, 23 and 24) are judged on, on seeded synthetic
partnership networks made by the CLI's `generate` command (N organisations, about 3N links):

  1. exact betweenness at the small size (default 10k): ours (`metrics --metrics betweenness`, two threads) against
     igraph's Graph.betweenness(directed=False) (one thread), NetworKit's Betweenness (all threads) and rustworkx's
     graph_betweenness_centrality (all threads), the answers checked against ours;
  2. the top 100 brokers at the large size (default 100k): `metrics --metrics betweenness --approximate auto
     --top 100` (KADABRA) against NetworKit's KadabraBetweenness(G, 0.01, 0.1, 100) in the same run, each with the
     overlap of its top 100 with the exact top 100. Note what that NetworKit call means: its parameters are (G, err,
     delta, deterministic, k, ...), so the positional 100 is `deterministic` (true) and k stays 0 — every score
     within 0.01 with probability 0.9, not a top-100 rule. igraph and rustworkx have no sampling estimator (their
     cells are empty). The exact answer at the large size is ours (minutes), cached in BENCH_DIR under the SHA-1 of
     the edge list;
  3. optionally (--samples S > 0) the old fixed-sample estimate (S sampled sources) for comparison;
  4. PageRank and articulation points + bridges at both sizes, answers compared. PageRank runs to the same stopping
     rule on every side that has one: L1 change of an iteration below 1e-10 (NetworKit: norm L1, tol 1e-10;
     rustworkx: tol 1e-10/n, as NetworkX's rule is L1 change < n·tol; igraph's PRPACK solves to its own fixed
     precision). NetworKit has no articulation-point or bridge call: its BiconnectedComponents run is timed (points
     and bridges read from the components afterwards, outside the timing).

Each figure is the median of --runs runs (ours: one cold JVM per run, JIT warm-up included, as a command-line user
waits for it; peers: calls in this process, the graph already built). Only the algorithm calls are timed on every
side (not reading files or building graphs). Before each timing the script waits (up to --idle-wait seconds in all)
until other processes use under 15% of the CPUs, since the machine is shared, and repeats a run (up to --retries
times, default 5) if other work took more than 15% of the CPUs while it ran. Ratio = ours / the fastest peer (below 1
is faster).
"""
import argparse
import csv
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time

import igraph
import networkit
import rustworkx

TOP = 100
PEERS = ("igraph", "NetworKit", "rustworkx")
PAGERANK_L1 = 1e-10


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_cli(jar, heap, args, out=None):
    cmd = ["java", "-Xmx" + heap, "-jar", jar] + args
    if out is None:
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
        return json.loads(done.stdout)
    with open(out, "w") as f:
        subprocess.run(cmd, check=True, stdout=f, stderr=subprocess.PIPE, text=True)
    return None


class Graphs:
    """One edge list in each peer's own graph type, vertices numbered alike (first appearance) where possible."""

    def __init__(self, path):
        with open(path, newline="") as f:
            rows = csv.reader(f)
            next(rows)
            pairs = [(r[0], r[1]) for r in rows]
        index = {}
        for a, b in pairs:
            index.setdefault(a, len(index))
            index.setdefault(b, len(index))
        self.names = [None] * len(index)
        for name, i in index.items():
            self.names[i] = name
        edges = sorted({(min(index[a], index[b]), max(index[a], index[b])) for a, b in pairs})
        self.n = len(self.names)
        self.m = len(edges)
        self.igraph = igraph.Graph(n=self.n, edges=edges, directed=False)
        self.networkit = networkit.Graph(self.n)
        for a, b in edges:
            self.networkit.addEdge(a, b)
        self.rustworkx = rustworkx.PyGraph(multigraph=False)
        self.rustworkx.add_nodes_from(range(self.n))
        self.rustworkx.add_edges_from_no_data(edges)
        self.rustworkx_directed = self.rustworkx.to_directed()


def timed(f):
    start = time.perf_counter()
    value = f()
    return value, (time.perf_counter() - start) * 1000.0


def top(pairs, k=TOP):
    """The ids of the k highest scores (ties by id)."""
    return {name for name, _ in sorted(pairs, key=lambda kv: (-kv[1], kv[0]))[:k]}


def sha1(path):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:12]


def network(a, n):
    edges = os.path.join(a.dir, "synthetic-%d-seed%d.csv" % (n, a.seed))
    if not os.path.exists(edges):
        run_cli(a.jar, a.heap, ["generate", "--organisations", str(n), "--seed", str(a.seed), "--edges", edges])
    return edges


def exact_answer(a, edges):
    """Our exact betweenness of an edge list as {id: value}, cached by the file's SHA-1."""
    cache = os.path.join(a.dir, "exact-betweenness-%s.csv" % sha1(edges))
    if not os.path.exists(cache):
        log("   computing exact betweenness once for the overlap (cached as %s)" % cache)
        run_cli(a.jar, a.heap, ["metrics", "--input", edges, "--metrics", "betweenness", "--format", "csv"],
                out=cache + ".tmp")
        os.replace(cache + ".tmp", cache)
    with open(cache, newline="") as f:
        return {r["id"]: float(r["betweenness"]) for r in csv.DictReader(f)}


def cpu_jiffies():
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def busy_fraction(seconds=1.0):
    """The share of CPU time the whole machine spent busy over the next `seconds`."""
    busy0, total0 = cpu_jiffies()
    time.sleep(seconds)
    busy1, total1 = cpu_jiffies()
    return (busy1 - busy0) / max(1, total1 - total0)


IDLE = {"limit": 0.15, "wait": 600.0, "waited": 0.0, "disturbed": 0, "runs": 0, "retries": 5}


def wait_idle():
    """Before a timing, wait (up to --idle-wait seconds in all) until other processes use < 15% of the CPUs."""
    busy = busy_fraction()
    while busy > IDLE["limit"] and IDLE["waited"] < IDLE["wait"]:
        log("   machine %.0f%% busy with other work: waiting" % (100 * busy))
        time.sleep(5)
        IDLE["waited"] += 6
        busy = busy_fraction()
    return busy


def own_cpu_seconds():
    """CPU seconds used so far by this process (the peers) and its finished children (our JVMs)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def clean_run(f, retries=None):
    """f() timed on a machine that stayed quiet: waits for quiet first, then repeats the run (up to `retries` times,
    --retries) if other processes used more than 15% of the CPUs while it ran (whole-machine busy time minus our own)."""
    if retries is None:
        retries = IDLE["retries"]
    value = None
    for attempt in range(retries + 1):
        wait_idle()
        busy0, total0 = cpu_jiffies()
        own0 = own_cpu_seconds()
        value = f()
        busy1, total1 = cpu_jiffies()
        own = (own_cpu_seconds() - own0) * os.sysconf("SC_CLK_TCK")
        others = max(0.0, (busy1 - busy0) - own) / max(1, total1 - total0)
        if others <= IDLE["limit"] or attempt == retries:
            IDLE["runs"] += 1
            if others > IDLE["limit"]:
                log("   kept a run during which other work used %.0f%% of the CPUs" % (100 * others))
                IDLE["disturbed"] += 1
            return value
        log("   other work used %.0f%% of the CPUs during the run: repeating it" % (100 * others))
    return value


def median_runs(runs, f):
    values = [clean_run(f) for _ in range(runs)]
    return statistics.median(values), values


def peer_timings(runs, calls):
    """{peer: median ms} of each peer call (a function returning ms), logged with every run."""
    result = {}
    for peer, call in calls.items():
        ms, all_ms = median_runs(runs, call)
        log("   %s %s ms" % (peer, ["%.0f" % x for x in all_ms]))
        result[peer] = ms
    return result


def fastest(peers):
    known = {p: ms for p, ms in peers.items() if ms is not None}
    name = min(known, key=known.get)
    return name, known[name]


def exact_betweenness(a, rows, goals, path, g):
    log("== exact betweenness, %d organisations (%s)" % (g.n, path))
    last = {}

    def ours():
        last["ours"] = run_cli(a.jar, a.heap, ["metrics", "--input", path, "--metrics", "betweenness"])
        return last["ours"]["timingsMs"]["betweenness"]

    def call(peer, f):
        def run():
            last[peer], ms = timed(f)
            return ms
        return run

    ours_ms, ours_all = median_runs(a.runs, ours)
    log("   ours %s ms" % ours_all)
    peers = peer_timings(a.runs, {
        "igraph": call("igraph", lambda: g.igraph.betweenness(directed=False)),
        "NetworKit": call("NetworKit", lambda: networkit.centrality.Betweenness(g.networkit, normalized=False)
                          .run().scores()),
        "rustworkx": call("rustworkx", lambda: rustworkx.graph_betweenness_centrality(g.rustworkx,
                                                                                     normalized=False)),
    })
    ours_b = {x["id"]: x["betweenness"] for x in last["ours"]["nodes"]}
    answers = []
    # NetworKit counts each unordered pair from both ends on an undirected graph: halved before comparing
    for peer, values in (("igraph", last["igraph"]), ("NetworKit", [x / 2 for x in last["NetworKit"]]),
                         ("rustworkx", [last["rustworkx"][i] for i in range(g.n)])):
        worst = max(abs(ours_b[g.names[i]] - values[i]) / max(1.0, values[i]) for i in range(g.n))
        answers.append("%s %.0e" % (peer, worst))
    log("   largest relative difference from ours: %s" % ", ".join(answers))
    rows.append(("exact betweenness (largest relative difference from ours: %s; NetworKit's halved)"
                 % ", ".join(answers), g.n, g.m, ours_ms,
                 peers))
    name, ms = fastest(peers)
    goals.append(("exact betweenness %dk <= 0.25 x the fastest peer (%s)" % (g.n // 1000, name), ours_ms / ms,
                  0.25, "%.3f" % (ours_ms / ms)))


def top_brokers(a, rows, goals, path, g):
    log("== top %d brokers, %d organisations (%s)" % (TOP, g.n, path))
    exact_top = top(exact_answer(a, path).items())
    last = {}

    def ours():
        last["ours"] = run_cli(a.jar, a.heap, ["metrics", "--input", path, "--metrics", "betweenness",
                                               "--approximate", "auto", "--top", str(TOP)])
        return last["ours"]["timingsMs"]["betweenness"]

    ours_ms, ours_all = median_runs(a.runs, ours)
    found = top((x["id"], x["betweenness"]) for x in last["ours"]["nodes"])
    overlap = len(exact_top & found) / float(TOP)
    approx = last["ours"]["approximation"]
    log("   ours %s ms, %d samples, epsilon %s, delta %s, overlap %.2f" % (
        ours_all, approx["samples"], approx["epsilon"], approx["delta"], overlap))
    nk_overlaps = []
    nk_all = []
    for seed in range(1, a.runs + 1):
        def networkit_kadabra():
            networkit.setSeed(seed, True)
            k, ms = timed(lambda: networkit.centrality.KadabraBetweenness(g.networkit, 0.01, 0.1, 100).run())
            last["nk"] = k
            return ms

        nk_all.append(clean_run(networkit_kadabra))
        ranked = last["nk"].ranking()[:TOP]
        nk_overlaps.append(len(exact_top & {g.names[v] for v, _ in ranked}) / float(TOP))
    nk_ms = statistics.median(nk_all)
    nk_samples = last["nk"].getNumberOfIterations()
    log("   NetworKit %s ms, %d samples (omega %.0f), overlaps %s" % (
        ["%.0f" % x for x in nk_all], nk_samples, last["nk"].getOmega(), nk_overlaps))
    guarantee = all(approx.get(key) is not None for key in ("epsilon", "delta", "guarantee"))
    rows.append(("top %d brokers: ours KADABRA --approximate auto --top %d (%d samples, eps %s, delta %s, k %s), "
                 "overlap %.2f; NetworKit KadabraBetweenness(G, 0.01, 0.1, 100) (%d samples), overlap %s; igraph "
                 "and rustworkx have no sampling estimator"
                 % (TOP, TOP, approx["samples"], approx["epsilon"], approx["delta"], approx.get("k"), overlap,
                    nk_samples, "/".join("%.2f" % x for x in nk_overlaps)),
                 g.n, g.m, ours_ms, {"igraph": None, "NetworKit": nk_ms, "rustworkx": None}))
    goals.append(("top-%d at %dk: time <= NetworKit KADABRA's (%.0f ms)" % (TOP, g.n // 1000, nk_ms), ours_ms / nk_ms,
                  1.0, "%d ms (%.2f x)" % (ours_ms, ours_ms / nk_ms)))
    goals.append(("top-%d at %dk: overlap >= 0.96 with the exact top %d" % (TOP, g.n // 1000, TOP), -overlap, -0.96,
                  "%.2f" % overlap))
    goals.append(("top-%d at %dk: guarantee stated under approximation" % (TOP, g.n // 1000),
                  0 if guarantee else 1, 0, "stated" if guarantee else "missing"))
    log("   guarantee: %s" % approx.get("guarantee"))
    return exact_top


def fixed_sample(a, rows, path, g, exact_top):
    fixed = clean_run(lambda: run_cli(a.jar, a.heap, ["metrics", "--input", path, "--metrics", "betweenness",
                                                      "--approximate", str(a.samples)]))
    fixed_overlap = len(exact_top & top((x["id"], x["betweenness"]) for x in fixed["nodes"])) / float(TOP)
    rows.append(("fixed-sample betweenness (%d sources), overlap %.2f" % (a.samples, fixed_overlap), g.n, g.m,
                 fixed["timingsMs"]["betweenness"], {}))


def pagerank_and_cuts(a, rows, goals, path, g, judged):
    log("== PageRank and cuts, %d organisations, %d runs each" % (g.n, a.runs))
    last = {}

    def ours_pr():
        last["pr"] = run_cli(a.jar, a.heap, ["metrics", "--input", path, "--metrics", "pageRank"])
        return last["pr"]["timingsMs"]["pageRank"]

    def ours_cuts():
        last["cuts"] = run_cli(a.jar, a.heap, ["metrics", "--input", path, "--metrics",
                                               "articulationPoints,bridges"])
        t = last["cuts"]["timingsMs"]
        return t.get("articulationPoints", 0) + t.get("bridges", 0)

    def call(key, f):
        def run():
            last[key], ms = timed(f)
            return ms
        return run

    def networkit_pagerank():
        pr = networkit.centrality.PageRank(g.networkit, 0.85, PAGERANK_L1)
        pr.norm = networkit.centrality.Norm.L1_NORM
        return pr.run().scores()

    def networkit_cuts():
        b = networkit.components.BiconnectedComponents(g.networkit)
        b.run()
        return b

    pr_ours, pr_ours_all = median_runs(a.runs, ours_pr)
    log("   PageRank ours %s ms" % pr_ours_all)
    pr_peers = peer_timings(a.runs, {
        "igraph": call("ig_pr", lambda: g.igraph.pagerank(directed=False, damping=0.85)),
        "NetworKit": call("nk_pr", networkit_pagerank),
        "rustworkx": call("rx_pr", lambda: rustworkx.pagerank(g.rustworkx_directed, alpha=0.85,
                                                              tol=PAGERANK_L1 / g.n, max_iter=100000)),
    })
    nk_default_ms, nk_default_all = median_runs(a.runs, call("nk_pr_default", lambda: networkit.centrality.PageRank(
        g.networkit, 0.85).run().scores()))
    log("   NetworKit PageRank with its defaults %s ms" % ["%.0f" % x for x in nk_default_all])
    cuts_ours, cuts_ours_all = median_runs(a.runs, ours_cuts)
    log("   cuts ours %s ms" % cuts_ours_all)
    cuts_peers = peer_timings(a.runs, {
        "igraph": call("ig_cuts", lambda: (g.igraph.articulation_points(), g.igraph.bridges())),
        "NetworKit": call("nk_cuts", networkit_cuts),
        "rustworkx": call("rx_cuts", lambda: (rustworkx.articulation_points(g.rustworkx),
                                              rustworkx.bridges(g.rustworkx))),
    })
    ours_pr_values = {x["id"]: x["pageRank"] for x in last["pr"]["nodes"]}
    differences = []
    for peer, values in (("igraph", last["ig_pr"]), ("NetworKit", last["nk_pr"]),
                         ("rustworkx", [last["rx_pr"][i] for i in range(g.n)])):
        differences.append("%s %.0e" % (peer, max(abs(ours_pr_values[g.names[i]] - values[i]) for i in range(g.n))))
    ours_points = sorted(last["cuts"]["graph"]["articulationPoints"])
    ours_bridges = sorted(tuple(b) for b in last["cuts"]["graph"]["bridges"])

    def named_bridges(pairs):
        return sorted(tuple(sorted((g.names[x], g.names[y]))) for x, y in pairs)

    ig_points, ig_bridges = last["ig_cuts"]
    components = last["nk_cuts"].getComponents()
    seen = {}
    for c in components:
        for v in c:
            seen[v] = seen.get(v, 0) + 1
    nk_points = [v for v, count in seen.items() if count > 1]
    nk_bridges = [tuple(c) for c in components if len(c) == 2]
    rx_points, rx_bridges = last["rx_cuts"]
    same = {
        "igraph": sorted(g.names[v] for v in ig_points) == ours_points
                  and named_bridges(g.igraph.es[e].tuple for e in ig_bridges) == ours_bridges,
        "NetworKit": sorted(g.names[v] for v in nk_points) == ours_points and named_bridges(nk_bridges) == ours_bridges,
        "rustworkx": sorted(g.names[v] for v in rx_points) == ours_points and named_bridges(rx_bridges) == ours_bridges,
    }
    log("   PageRank largest difference from ours: %s; same cuts: %s" % (", ".join(differences), same))
    rows.append(("PageRank to L1 change < 1e-10 (largest difference from ours: %s)" % ", ".join(differences), g.n,
                 g.m, pr_ours, pr_peers))
    nk_default_diff = max(abs(ours_pr_values[g.names[i]] - last["nk_pr_default"][i]) for i in range(g.n))
    rows.append(("PageRank, NetworKit with its defaults (L2 change <= 1e-8: a looser rule; largest difference from "
                 "ours %.0e); not a goal" % nk_default_diff, g.n, g.m, pr_ours, {"NetworKit": nk_default_ms}))
    rows.append(("articulation points + bridges (%d points, %d bridges; %s)" % (
        len(ours_points), len(ours_bridges), ", ".join("%s %s" % (p, "same" if s else "DIFFERS")
                                                      for p, s in same.items())), g.n, g.m, cuts_ours, cuts_peers))
    if judged:
        goals.append(("PageRank %dk <= 0.75 x NetworKit" % (g.n // 1000), pr_ours / pr_peers["NetworKit"], 0.75,
                      "%.3f" % (pr_ours / pr_peers["NetworKit"])))
        name, ms = fastest(cuts_peers)
        goals.append(("articulation points + bridges %dk <= 0.75 x the fastest peer (%s)" % (g.n // 1000, name),
                      cuts_ours / ms, 0.75, "%.3f" % (cuts_ours / ms)))


def print_table(rows, goals, started):
    print("| measure | nodes | edges | ours ms | igraph ms | NetworKit ms | rustworkx ms | ours / fastest peer |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, n, m, ours_ms, peers in rows:
        cells = ["" if peers.get(p) is None else "%.0f" % peers[p] for p in PEERS]
        known = [peers[p] for p in PEERS if peers.get(p) is not None]
        ratio = "%.3f" % (ours_ms / min(known)) if known and min(known) > 0 else ""
        print("| %s | %d | %d | %d | %s | %s |" % (name, n, m, ours_ms, " | ".join(cells), ratio))
    print()
    print("Machine: load average %s at the start, %s at the end (uptime). Waited %.0f s in all for the shared machine "
          "to go quiet (limit %.0f s); %d of %d timed runs kept although other work used more than 15%% of the CPUs "
          "during them." % (started, load_average(), IDLE["waited"], IDLE["wait"], IDLE["disturbed"], IDLE["runs"]))
    print()
    print("| goal | measured | met |")
    print("|---|---:|---|")
    for name, value, bound, shown in goals:
        print("| %s | %s | %s |" % (name, shown, "yes" if value <= bound else "NO"))


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--small", type=int, default=10000)
    p.add_argument("--large", type=int, default=100000)
    p.add_argument("--samples", type=int, default=0, help="also time the fixed-sample estimate (0: skip)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--heap", default="1g")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--igraph-exact-large", action="store_true")
    p.add_argument("--only", default="exact,top,pagerank-cuts",
                   help="which figures: exact, top, pagerank-cuts (comma-separated)")
    p.add_argument("--idle-wait", type=float, default=600.0,
                   help="seconds in all to wait for other processes to go quiet before timings")
    p.add_argument("--retries", type=int, default=5,
                   help="times to repeat a run during which other work used more than 15%% of the CPUs")
    a = p.parse_args()
    IDLE["wait"] = a.idle_wait
    IDLE["retries"] = a.retries
    only = set(a.only.split(","))
    started = load_average()
    log("igraph %s, NetworKit %s, rustworkx %s; %d threads for NetworKit; load average %s" % (
        igraph.__version__, networkit.__version__, rustworkx.__version__, networkit.getMaxNumberOfThreads(), started))
    os.makedirs(a.dir, exist_ok=True)
    rows = []
    goals = []
    small_path = network(a, a.small)
    small = Graphs(small_path)
    if "exact" in only:
        exact_betweenness(a, rows, goals, small_path, small)
    large_path = network(a, a.large)
    large = Graphs(large_path)
    if "top" in only:
        exact_top = top_brokers(a, rows, goals, large_path, large)
        if a.samples > 0:
            fixed_sample(a, rows, large_path, large, exact_top)
    if a.igraph_exact_large:
        wait_idle()
        _, ig_large_ms = timed(lambda: large.igraph.betweenness(directed=False))
        rows.append(("exact betweenness (igraph only; ours is the cached run)", large.n, large.m, 0,
                     {"igraph": ig_large_ms}))
    if "pagerank-cuts" in only:
        for g, path in ((small, small_path), (large, large_path)):
            pagerank_and_cuts(a, rows, goals, path, g, g is large)
    print_table(rows, goals, started)


if __name__ == "__main__":
    main()
