#!/usr/bin/env bash
# Side-by-side timing of the analytics CLI and python-igraph on the same synthetic edge lists, one run each.
#
#   analytics/bench/compare-igraph.sh            # 10k/30k and 100k/300k (the 100k exact igraph run takes long)
#   SIZES="10000" analytics/bench/compare-igraph.sh
#
# Needs: analytics/target/analytics-cli.jar (mvn -pl graph-model,analytics install -DskipTests) and Debian's
# python3-igraph at /usr/bin/python3. Files go to $BENCH_DIR (default /tmp/atlas-bench). Prints a table of ratios.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/analytics-cli.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -pl graph-model,analytics install -DskipTests" >&2; exit 2; }
exec nice /usr/bin/python3 "$here/compare_igraph.py" --jar "$jar" \
    --dir "${BENCH_DIR:-/tmp/atlas-bench}" --sizes "${SIZES:-10000 100000}" \
    --samples "${SAMPLES:-3000}" --heap "${HEAP:-1g}" "$@"
