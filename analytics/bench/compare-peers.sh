#!/usr/bin/env bash
# Side-by-side timing of the analytics CLI and its peers — python-igraph, NetworKit and rustworkx — on the same
# synthetic edge lists: every figure of the analytics benchmark table in one run, with each goal met or missed (see
# compare_peers.py for what is measured and how).
#
#   analytics/bench/compare-peers.sh                  # 10k/30k and 100k/300k, three runs each
#   SMALL=2000 LARGE=20000 RUNS=1 analytics/bench/compare-peers.sh      # a quick check
#   SAMPLES=3000 analytics/bench/compare-peers.sh     # also the old fixed 3,000-source estimate
#
# Needs analytics-cli/target/analytics-cli.jar, built with the reactor (no install):
#   mvn -B -q -pl graph-model,analytics,analytics-cli -am package -DskipTests
# and the peers in the python that has Debian's igraph 0.10.2 (/usr/bin/python3):
#   apt-get install -y python3-igraph python3-pip
#   /usr/bin/python3 -m pip install --break-system-packages networkit==11.2.2 rustworkx==0.18.1
# (PYTHON= another interpreter that has all three). Files go to $BENCH_DIR (default /tmp/atlas-bench); the exact
# betweenness of the large network, which the overlaps need, is computed once (3-6 minutes on 2 cores) and cached
# there under the edge list's SHA-1. Prints the table and the goals.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../../analytics-cli/target/analytics-cli.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q -pl graph-model,analytics,analytics-cli -am package -DskipTests" >&2; exit 2; }
exec nice "${PYTHON:-/usr/bin/python3}" "$here/compare_peers.py" --jar "$jar" \
    --dir "${BENCH_DIR:-/tmp/atlas-bench}" --small "${SMALL:-10000}" --large "${LARGE:-100000}" \
    --samples "${SAMPLES:-0}" --runs "${RUNS:-3}" --heap "${HEAP:-1g}" "$@"
