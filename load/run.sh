#!/usr/bin/env bash
# Many users at once (README, "Benchmarks"): starts the packaged app on a fresh data folder, loads a network, runs the
# Gatling simulation load/src/test/java/org/partnershipatlas/load/AtlasUsers.java against it and prints p50 / p95 /
# max per endpoint from Gatling's stats.json. Sends traffic to localhost only and stops by itself.
#
#   load/run.sh seed              # the seed network, 50 users for 60 s, goal p95 < 200 ms
#   load/run.sh 10k               # the synthetic 10,000 organisations / 30,000 links, goal p95 < 500 ms
#   load/run.sh 10k --import      # the same while an admin replaces the whole network by import every 15 s
#   load/run.sh all               # the four runs: seed, seed --import, 10k, 10k --import
#
# Settings (environment): USERS=50 DURATION=60 (seconds) RAMP=5 (seconds over which the users arrive), GOAL_MS (200 for seed, 500 for 10k), IMPORT_EVERY=15,
# ORGANISATIONS=100 (how many organisations the users ask about), K=3, MVN="mvn -B -q" (add -o when offline),
# APP_JAVA_OPTS="-Xmx2g". Builds the app and the analytics CLI first when their jars are missing. Gatling's HTML
# report is in load/target/gatling/; each run's table is also saved there as figures.txt. Exit status: 0 when every
# goal of every run was met and no request failed.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

network="${1:-seed}"
with_import="${2:-}"
if [ "$network" = all ]; then
  status=0
  for args in "seed" "seed --import" "10k" "10k --import"; do
    # shellcheck disable=SC2086
    "$0" $args || status=1
  done
  exit $status
fi
case "$network" in
  seed) goal="${GOAL_MS:-200}" ;;
  10k) goal="${GOAL_MS:-500}" ;;
  *) echo "usage: $0 seed|10k|all [--import]" >&2; exit 2 ;;
esac
case "$with_import" in
  ""|--import) ;;
  *) echo "usage: $0 seed|10k|all [--import]" >&2; exit 2 ;;
esac

mvn_cmd="${MVN:-mvn -B -q}"
jar="$root/ui/target/partnership-atlas.jar"
cli="$root/analytics-cli/target/analytics-cli.jar"
if [ ! -f "$jar" ] || [ ! -f "$cli" ]; then
  echo "building the app ($mvn_cmd -DskipTests package)…"
  $mvn_cmd -DskipTests package
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/atlas-load.XXXXXX")"
password="load-test-admin-$RANDOM$RANDOM"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://localhost:$port"
app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_app EXIT

echo "starting the app on port $port (data in $work/data, log in $work/app.log)…"
# shellcheck disable=SC2086
java ${APP_JAVA_OPTS:--Xmx2g} -jar "$jar" --server.port="$port" --atlas.data-dir="$work/data" \
  --atlas.neo4j.embedded.bolt-port=0 --atlas.security.admin-password="$password" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
  if curl -sf "$url/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then tail -40 "$work/app.log" >&2; exit 1; fi
  sleep 1
done
curl -sf "$url/actuator/health" > /dev/null || { echo "the app did not become healthy" >&2; tail -40 "$work/app.log" >&2; exit 1; }

replace() { # file: POST it as a replace import, as the admin
  curl -sf -u "admin:$password" -H 'Content-Type: application/json' --data-binary @"$1" \
    "$url/api/import?mode=replace&reason=load+test+network" > /dev/null
}
if [ "$network" = 10k ]; then
  echo "importing the synthetic network (10,000 organisations, 30,000 links)…"
  java -jar "$cli" generate --organisations 10000 --json "$work/network.json" > /dev/null
  replace "$work/network.json"
fi

import_args=()
if [ "$with_import" = --import ]; then
  # Two versions of the whole stored network that differ in one description, so that every import is a real change.
  curl -sf "$url/api/network" > "$work/a.json"
  python3 - "$work/a.json" "$work/b.json" <<'EOF'
import json, sys
snapshot = json.load(open(sys.argv[1]))
organisation = snapshot["organisations"][0]
organisation["description"] = (organisation.get("description") or "") + " (changed by the load test)"
json.dump(snapshot, open(sys.argv[2], "w"))
EOF
  import_args=(-Datlas.import="$work/b.json,$work/a.json" -Datlas.admin.password="$password"
    -Datlas.import.every="${IMPORT_EVERY:-15}")
fi

echo "warming up (ten rounds of every call, so that the JIT has seen them)…"
organisations="$(curl -sf "$url/api/brokers?top=10" | python3 -c 'import json, sys; print(" ".join(b["id"] for b in json.load(sys.stdin)["brokers"]))')"
for from in $organisations; do
  for path in "api/network?illustrative=false" "api/export?format=graphml" "api/health-boards/gaps" "api/brokers?top=20" \
              "api/introductions?from=$from&country=LS&k=${K:-3}" "api/suggestions?for=$from&method=adamic-adar&top=10"; do
    curl -sf -o /dev/null "$url/$path" || true
  done
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
    --data "{\"removeOrganisations\": [\"$from\"], \"removeLinks\": []}" "$url/api/what-if" || true
done

label="$network$([ "$with_import" = --import ] && echo ' while replace imports run' || true)"
echo "Gatling: ${USERS:-50} users for ${DURATION:-60} s against the $label network (goal p95 < $goal ms)…"
results="$root/load/target/gatling"
mkdir -p "$results"
before="$(ls -1 "$results")"
gatling_status=0
$mvn_cmd -f "$root/load/pom.xml" test-compile gatling:test -Datlas.url="$url" -Datlas.users="${USERS:-50}" \
  -Datlas.duration="${DURATION:-60}" -Datlas.ramp="${RAMP:-5}" -Datlas.organisations="${ORGANISATIONS:-100}" -Datlas.k="${K:-3}" \
  -Datlas.p95="$goal" -Dgatling.runDescription="$label" "${import_args[@]}" > "$work/gatling.log" 2>&1 \
  || gatling_status=$?
run="$(comm -13 <(echo "$before") <(ls -1 "$results") | tail -1)"
if [ -z "$run" ] || [ ! -f "$results/$run/js/stats.js" ]; then
  echo "Gatling wrote no report:" >&2; tail -60 "$work/gatling.log" >&2; exit 1
fi
grep -E '^(Global|GET|POST) .*: false' "$work/gatling.log" || true

# Gatling 3.13 writes its figures only into the report's js/stats.js (simulation.log is binary): a script whose
# "stats" objects, one per request and one for all of them (path ""), are plain JSON.
python3 - "$results/$run/js/stats.js" "$label" "$goal" <<'EOF' | tee "$results/$run/figures.txt"
import json, re, sys
text = open(sys.argv[1]).read()
label, goal = sys.argv[2], float(sys.argv[3])
rows = {}
for m in re.finditer(r'path: "(.*?)",\s*pathFormatted: ".*?",\s*stats: ', text):
    rows[m.group(1)] = json.JSONDecoder().raw_decode(text, m.end())[0]
print(f"{label} network: p50 / p95 / max in ms per endpoint (Gatling; goal p95 < {goal:.0f} ms, the import exempt)")
for name in sorted(rows, key=lambda n: (n == "", n)):
    s = rows[name]
    n, ko = int(s["numberOfRequests"]["total"]), int(s["numberOfRequests"]["ko"])
    p50, p95, most = (int(s[key]["total"]) for key in ("percentiles1", "percentiles3", "maxResponseTime"))
    over = name and not name.startswith("POST /api/import") and p95 >= goal
    print(f"  {name or 'all requests':<40} p50 {p50:6} p95 {p95:6} max {most:6}  n={n:<5} errors={ko}"
          + ("  over the goal" if over else ""))
EOF
echo "report: $results/$run/index.html"
exit $gatling_status
