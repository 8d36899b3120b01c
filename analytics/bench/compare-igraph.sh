#!/usr/bin/env bash
# Side-by-side timing of the analytics CLI and python-igraph on the same synthetic edge lists: every figure of the
# analytics benchmark table in one run (see compare_igraph.py for what is measured and how).
#
#   analytics/bench/compare-igraph.sh                  # 10k/30k and 100k/300k
#   SMALL=2000 LARGE=20000 analytics/bench/compare-igraph.sh      # a quick check
#   SAMPLES=3000 analytics/bench/compare-igraph.sh     # also the old fixed 3,000-source estimate (about 40 s)
#
# Needs analytics/target/analytics-cli.jar, built with the reactor (no install):
#   mvn -B -q -pl graph-model,analytics -am package -DskipTests
# and Debian's python3-igraph at /usr/bin/python3 (apt-get install -y python3-igraph). Files go to $BENCH_DIR
# (default /tmp/atlas-bench); the exact betweenness of the large network, which the overlap needs, is computed once
# (about 3-6 minutes on 2 cores) and cached there under the edge list's SHA-1. Prints the table and the goals.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/analytics-cli.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q -pl graph-model,analytics -am package -DskipTests" >&2; exit 2; }
exec nice /usr/bin/python3 "$here/compare_igraph.py" --jar "$jar" \
    --dir "${BENCH_DIR:-/tmp/atlas-bench}" --small "${SMALL:-10000}" --large "${LARGE:-100000}" \
    --samples "${SAMPLES:-0}" --runs "${RUNS:-3}" --heap "${HEAP:-1g}" "$@"
