#!/usr/bin/env bash
# A whole replace import through the API, timed from outside: starts the packaged app on a fresh data folder, generates
# the synthetic network with the analytics CLI, POSTs it to /api/import?mode=replace as the admin (curl: upload, parse,
# validation, the backup before a replace, the store's write and switch, the network made current for readers) and
# prints the wall time, the store's own log lines and, if Debian's python3-igraph is there, the same machine's time for
# igraph's exact betweenness of the 10k synthetic network (the yardstick of issue 15: an import at most 4 x that).
#
#   mvn -B -o package -DskipTests              # the app and the analytics CLI
#   ui/bench/http-import.sh [ORGANISATIONS]    # default 100000 (with 3 links each: 300,000 links)
#
# Settings (environment): APP_JAVA_OPTS="-Xmx6g". Sends traffic to localhost only; stops the app and deletes its folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
organisations="${1:-100000}"
jar="ui/target/partnership-atlas.jar"
cli="analytics-cli/target/analytics-cli.jar"
[ -f "$jar" ] && [ -f "$cli" ] || { echo "build first: mvn -B -o package -DskipTests" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/atlas-import.XXXXXX")"
password="import-bench-$RANDOM$RANDOM$RANDOM"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# shellcheck source=ui/bench/app.sh
. ui/bench/app.sh
app_pid=""
stop() {
  stop_app "$app_pid"
  rm -rf "$work"
}
trap stop EXIT

igraph() { # prints igraph's seconds for the exact betweenness of the 10k synthetic network, or nothing
  java -jar "$cli" generate --organisations 10000 --edges "$work/edges10k.csv" > /dev/null 2>&1 || return 0
  /usr/bin/python3 - "$work/edges10k.csv" 2>/dev/null <<'PY' || true
import csv, sys, time, igraph
with open(sys.argv[1], newline="") as f:
    rows = csv.reader(f); next(rows)
    g = igraph.Graph.TupleList([(r[0], r[1]) for r in rows], directed=False)
start = time.perf_counter()
g.betweenness(directed=False)
print(f"{time.perf_counter() - start:.1f}")
PY
}

echo "generating the synthetic network ($organisations organisations)…"
java -jar "$cli" generate --organisations "$organisations" --json "$work/network.json" > /dev/null
echo "starting the app on port $port (log in $work/app.log)…"
# shellcheck disable=SC2086
java ${APP_JAVA_OPTS:--Xmx6g} -jar "$jar" --server.port="$port" --atlas.data-dir="$work/data" \
  --atlas.neo4j.embedded.bolt-port=0 --atlas.security.admin-password="$password" --atlas.backup.interval=0 \
  --atlas.limits.max-import-bytes=$(( $(stat -c %s "$work/network.json") + 1000000 )) > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/app.log" >&2; exit 1; }
  sleep 1
done
before="$(igraph)"
echo "POST /api/import?mode=replace ($(du -h "$work/network.json" | cut -f1))…"
seconds="$(curl -s -o "$work/answer.json" -w '%{time_total} %{http_code}' -u "admin:$password" \
  -H 'Content-Type: application/json' --data-binary @"$work/network.json" \
  "http://localhost:$port/api/import?mode=replace&reason=import+benchmark")"
code="${seconds#* }"
seconds="${seconds% *}"
[ "$code" = 200 ] || { echo "HTTP $code: $(head -c 500 "$work/answer.json")" >&2; exit 1; }
grep -E "Backup .* written|Writing generation|Wrote version" "$work/app.log" | tail -3 | sed 's/^.*\] [^ ]* *: /  store: /'
after="$(igraph)"
printf 'replace import of %s organisations through the API: %.1f s (HTTP %s)\n' "$organisations" "$seconds" "$code"
if [ -n "$before" ] && [ -n "$after" ]; then
  python3 -c "import sys; s, a, b = map(float, sys.argv[1:]); r = (a + b) / 2; print(f'igraph exact betweenness 10k: {a} / {b} s; the import = {s / r:.2f} x igraph (goal <= 4 x), {\"met\" if s / r <= 4 and s <= 30 else \"NOT met\"} (and <= 30 s)')" \
    "$seconds" "$before" "$after"
fi
