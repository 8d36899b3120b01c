"""Times the analytics CLI (its own timingsMs) and python-igraph on the same edge lists; see compare-igraph.sh.

One run measures everything issue 15 asks of the analytics, on seeded synthetic partnership networks made by the
CLI's `generate` command (N organisations, about 3N links):

  1. exact betweenness at the small size (default 10k), median of three: ours (`metrics --metrics betweenness`) against igraph's
     Graph.betweenness(directed=False), with the two answers checked against each other;
  2. adaptive betweenness at the large size (default 100k): `metrics --metrics betweenness --approximate auto
     --top 100` (KADABRA), median of three, against 1.3 x igraph's exact time at the small size, and the overlap of its top
     100 with the exact top 100. The exact answer at the large size comes from our exact run (minutes), cached in
     BENCH_DIR under the SHA-1 of the edge list, so later runs reuse it;
  3. optionally (--samples S > 0) the old fixed-sample estimate (S sampled sources) for comparison;
  4. PageRank and articulation points + bridges at both sizes, three runs each (ours: three JVMs; igraph: three calls
     in one process), medians, with the answers compared.

Before each timing the script waits (up to --idle-wait seconds in all) until other processes use under 15% of the
CPUs, since the machine is shared, and repeats a run (up to five times) if other work took more than 15% of the CPUs
while it ran (the machine's busy time minus our own process's). Only the algorithm calls are timed on both sides (not reading the file); ours includes JIT warm-up (one cold JVM per
run, as a command-line user waits for it). Ratio = ours / igraph (below 1 is faster). igraph's exact betweenness at
100k takes about an hour on the 2-core machine; --igraph-exact-large runs it anyway.
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

TOP = 100


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


def busy_fraction(seconds=1.0):
    """The share of CPU time the whole machine spent busy over the next `seconds` (from /proc/stat)."""
    def sample():
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        idle = fields[3] + fields[4]
        return idle, sum(fields)
    idle0, total0 = sample()
    time.sleep(seconds)
    idle1, total1 = sample()
    return 1.0 - (idle1 - idle0) / max(1, total1 - total0)


IDLE = {"limit": 0.15, "wait": 600.0, "waited": 0.0, "disturbed": 0}


def wait_idle():
    """Before a timing, wait (up to --idle-wait seconds in all) until other processes use < 15% of the CPUs: the
    machine is shared, and a build next door slows a two-thread run more than a one-thread one."""
    busy = busy_fraction()
    while busy > IDLE["limit"] and IDLE["waited"] < IDLE["wait"]:
        log("   machine %.0f%% busy with other work: waiting" % (100 * busy))
        time.sleep(5)
        IDLE["waited"] += 6
        busy = busy_fraction()
    return busy


def cpu_jiffies():
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    total = sum(fields)
    return total - idle, total


def own_cpu_seconds():
    """CPU seconds used so far by this process (igraph) and its finished children (our JVMs)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def clean_run(f, retries=5):
    """f() timed on a machine that stayed quiet: waits for quiet first, then repeats the run (up to `retries` times)
    if other processes used more than 15% of the CPUs while it ran (whole-machine busy time minus our own)."""
    for attempt in range(retries + 1):
        wait_idle()
        busy0, total0 = cpu_jiffies()
        own0 = own_cpu_seconds()
        value = f()
        busy1, total1 = cpu_jiffies()
        own = (own_cpu_seconds() - own0) * os.sysconf("SC_CLK_TCK")
        others = max(0.0, (busy1 - busy0) - own) / max(1, total1 - total0)
        if others <= IDLE["limit"] or attempt == retries:
            if others > IDLE["limit"]:
                log("   kept a run during which other work used %.0f%% of the CPUs" % (100 * others))
                IDLE["disturbed"] += 1
            return value
        log("   other work used %.0f%% of the CPUs during the run: repeating it" % (100 * others))
    return value


def median_runs(runs, f):
    values = [clean_run(f) for _ in range(runs)]
    return statistics.median(values), values


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
    p.add_argument("--idle-wait", type=float, default=600.0,
                   help="seconds in all to wait for other processes to go quiet before timings")
    a = p.parse_args()
    IDLE["wait"] = a.idle_wait
    os.makedirs(a.dir, exist_ok=True)
    rows = []
    goals = []

    # 1. exact betweenness at the small size
    small = network(a, a.small)
    g_small = read_igraph(small)
    log("== exact betweenness, %d organisations (%s)" % (a.small, small))
    last = {}

    def ours_exact():
        last["ours"] = run_cli(a.jar, a.heap, ["metrics", "--input", small, "--metrics", "betweenness"])
        return last["ours"]["timingsMs"]["betweenness"]

    def igraph_exact():
        last["igraph"], ms = timed(lambda: g_small.betweenness(directed=False))
        return ms

    ours_ms, ours_all = median_runs(a.runs, ours_exact)
    log("   ours %s ms" % ours_all)
    ig_ms, ig_all = median_runs(a.runs, igraph_exact)
    log("   igraph %s ms" % ["%.0f" % x for x in ig_all])
    ours, ig_b = last["ours"], last["igraph"]
    ours_b = {x["id"]: x["betweenness"] for x in ours["nodes"]}
    worst = max(abs(ours_b[g_small.vs[i]["name"]] - ig_b[i]) / max(1.0, ig_b[i]) for i in range(g_small.vcount()))
    log("   largest relative difference ours vs igraph: %.1e" % worst)
    rows.append(("exact betweenness, median of %d (answers agree to %.0e relative)" % (a.runs, worst), a.small,
                 g_small.ecount(),
                 ours_ms, ig_ms))
    goals.append(("exact betweenness %dk <= 0.25 x igraph" % (a.small // 1000), ours_ms / ig_ms, 0.25,
                  "%.3f" % (ours_ms / ig_ms)))
    exact_small_igraph_ms = ig_ms

    # 2. adaptive top 100 at the large size
    large = network(a, a.large)
    g_large = read_igraph(large)
    log("== adaptive betweenness, %d organisations (%s)" % (a.large, large))
    exact = exact_answer(a, large)
    exact_top = top(exact.items())

    def ours_adaptive():
        last["adaptive"] = run_cli(a.jar, a.heap, ["metrics", "--input", large, "--metrics", "betweenness",
                                                   "--approximate", "auto", "--top", str(TOP)])
        return last["adaptive"]["timingsMs"]["betweenness"]

    adaptive_ms, adaptive_all = median_runs(a.runs, ours_adaptive)
    adaptive = last["adaptive"]
    found = top((x["id"], x["betweenness"]) for x in adaptive["nodes"])
    overlap = len(exact_top & found) / float(TOP)
    approx = adaptive["approximation"]
    log("   %s ms, %d samples, epsilon %s, delta %s, top-%d overlap %.2f"
        % (adaptive_all, approx["samples"], approx["epsilon"], approx["delta"], TOP, overlap))
    rows.append(("adaptive betweenness top %d, median of %d (KADABRA, %d samples, eps %s, delta %s), overlap %.2f; "
                 "igraph column: its exact betweenness at %dk" % (TOP, a.runs, approx["samples"], approx["epsilon"],
                                                                  approx["delta"], overlap, a.small // 1000),
                 a.large, g_large.ecount(), adaptive_ms, exact_small_igraph_ms))
    limit = 1.3 * exact_small_igraph_ms
    goals.append(("adaptive top-100 at %dk: overlap >= 0.9" % (a.large // 1000), -overlap, -0.9, "%.2f" % overlap))
    goals.append(("adaptive top-100 at %dk: time <= 1.3 x igraph exact %dk (%.0f ms)"
                  % (a.large // 1000, a.small // 1000, limit), adaptive_ms, limit, "%d ms" % adaptive_ms))
    if a.samples > 0:
        fixed = clean_run(lambda: run_cli(a.jar, a.heap, ["metrics", "--input", large, "--metrics", "betweenness",
                                                          "--approximate", str(a.samples)]))
        fixed_overlap = len(exact_top & top((x["id"], x["betweenness"]) for x in fixed["nodes"])) / float(TOP)
        rows.append(("fixed-sample betweenness (%d sources), overlap %.2f" % (a.samples, fixed_overlap), a.large,
                     g_large.ecount(), fixed["timingsMs"]["betweenness"], None))
    if a.igraph_exact_large:
        wait_idle()
        _, ig_large_ms = timed(lambda: g_large.betweenness(directed=False))
        rows.append(("exact betweenness (igraph only; ours is the cached run)", a.large, g_large.ecount(), None,
                     ig_large_ms))

    # 3. PageRank and cut finding, three runs each, at both sizes
    for n, edges, g in ((a.small, small, g_small), (a.large, large, g_large)):
        log("== PageRank and cuts, %d organisations, %d runs each" % (n, a.runs))
        names = g.vs["name"]
        last = {}

        def ours_pr():
            out = run_cli(a.jar, a.heap, ["metrics", "--input", edges, "--metrics", "pageRank"])
            last["pr"] = out
            return out["timingsMs"]["pageRank"]

        def ours_cuts():
            out = run_cli(a.jar, a.heap, ["metrics", "--input", edges, "--metrics", "articulationPoints,bridges"])
            last["cuts"] = out
            t = out["timingsMs"]
            return t.get("articulationPoints", 0) + t.get("bridges", 0)

        def igraph_pr():
            value, ms = timed(lambda: g.pagerank(directed=False, damping=0.85))
            last["ig_pr"] = value
            return ms

        def igraph_cuts():
            (points, bridges), ms = timed(lambda: (g.articulation_points(), g.bridges()))
            last["ig_cuts"] = (points, bridges)
            return ms

        pr_ours, pr_ours_all = median_runs(a.runs, ours_pr)
        pr_ig, pr_ig_all = median_runs(a.runs, igraph_pr)
        cuts_ours, cuts_ours_all = median_runs(a.runs, ours_cuts)
        cuts_ig, cuts_ig_all = median_runs(a.runs, igraph_cuts)
        ours_pr_values = {x["id"]: x["pageRank"] for x in last["pr"]["nodes"]}
        pr_diff = max(abs(ours_pr_values[names[i]] - last["ig_pr"][i]) for i in range(g.vcount()))
        points, bridges = last["ig_cuts"]
        same_points = sorted(names[i] for i in points) == sorted(last["cuts"]["graph"]["articulationPoints"])
        ig_bridges = sorted(tuple(sorted((names[g.es[e].source], names[g.es[e].target]))) for e in bridges)
        same_bridges = ig_bridges == sorted(tuple(b) for b in last["cuts"]["graph"]["bridges"])
        log("   PageRank ours %s igraph %s (ms), largest difference %.1e" % (
            pr_ours_all, ["%.1f" % x for x in pr_ig_all], pr_diff))
        log("   cuts ours %s igraph %s (ms), same answer: %s" % (
            cuts_ours_all, ["%.1f" % x for x in cuts_ig_all], same_points and same_bridges))
        rows.append(("PageRank, median of %d (answers within %.0e)" % (a.runs, pr_diff), n, g.ecount(), pr_ours,
                     pr_ig))
        rows.append(("articulation points + bridges, median of %d (%d points, %d bridges, %s)" % (
            a.runs, len(points), len(bridges), "same answer" if same_points and same_bridges else "ANSWERS DIFFER"),
            n, g.ecount(), cuts_ours, cuts_ig))
        if n == a.large:
            goals.append(("PageRank %dk <= 0.75 x igraph" % (n // 1000), pr_ours / pr_ig, 0.75,
                          "%.3f" % (pr_ours / pr_ig)))
            goals.append(("articulation points + bridges %dk <= 0.75 x igraph" % (n // 1000), cuts_ours / cuts_ig,
                          0.75, "%.3f" % (cuts_ours / cuts_ig)))

    print("| measure | nodes | edges | ours ms | igraph ms | ours / igraph |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, n, m, ours_ms, ig_ms in rows:
        ours_text = "" if ours_ms is None else "%d" % ours_ms
        ig_text = "" if ig_ms is None else "%.0f" % ig_ms
        ratio = "" if ours_ms is None or ig_ms is None else "%.3f" % (ours_ms / ig_ms if ig_ms > 0 else float("inf"))
        print("| %s | %d | %d | %s | %s | %s |" % (name, n, m, ours_text, ig_text, ratio))
    print()
    print("Waited %.0f s in all for the shared machine to go quiet (limit %.0f s); %d timed run(s) kept although "
          "other work used more than 15%% of the CPUs during them." % (IDLE["waited"], IDLE["wait"],
                                                                      IDLE["disturbed"]))
    print()
    print("| goal | measured | met |")
    print("|---|---:|---|")
    for name, value, bound, shown in goals:
        print("| %s | %s | %s |" % (name, shown, "yes" if value <= bound else "NO"))


if __name__ == "__main__":
    main()
