#!/usr/bin/env bash
# Warm latency of every decision/analysis endpoint, measured from outside with curl against a running app.
#
#   ui/bench/api-latency.sh [base-url] [runs]          # default http://localhost:8080, 50 runs after 5 warm-ups
#   FROM=19-hills-health-and-wellbeing-centre COUNTRY=LS ui/bench/api-latency.sh
#
# For the synthetic 10k network, import it first (the app keeps it until you import the seed back):
#   java -jar analytics-cli/target/analytics-cli.jar generate --organisations 10000 --json /tmp/synthetic.json
#   curl -X POST -H 'Content-Type: application/json' --data-binary @/tmp/synthetic.json 'http://localhost:8080/api/import?mode=replace'
# and pass FROM= an organisation id of that network (the script picks the top broker when FROM is unset).
# Prints p50 / p95 / max in milliseconds per endpoint (curl's time_total: request sent to last byte received).
set -euo pipefail
base="${1:-http://localhost:8080}"
runs="${2:-50}"
warmup=5
country="${COUNTRY:-LS}"
from="${FROM:-}"
if [ -z "$from" ]; then
  from="$(curl -sf "$base/api/brokers?top=1" | /usr/bin/env python3 -c 'import json,sys; print(json.load(sys.stdin)["brokers"][0]["id"])')"
fi
board="$(curl -sf "$base/api/health-boards/gaps" | /usr/bin/env python3 -c 'import json,sys; print(json.load(sys.stdin)["healthBoards"][0]["id"])')"

measure() { # name method url [body]
  local name="$1" method="$2" url="$3" body="${4:-}" times=()
  for i in $(seq 1 $((warmup + runs))); do
    if [ "$method" = POST ]; then
      t=$(curl -s -o /dev/null -w '%{time_total} %{http_code}' -X POST -H 'Content-Type: application/json' --data "$body" "$url")
    else
      t=$(curl -s -o /dev/null -w '%{time_total} %{http_code}' "$url")
    fi
    code="${t#* }"
    if [ "$code" != 200 ]; then echo "$name: HTTP $code from $url" >&2; exit 1; fi
    [ "$i" -gt "$warmup" ] && times+=("${t% *}")
  done
  printf '%s\n' "${times[@]}" | /usr/bin/env python3 -c '
import sys
name = sys.argv[1]
v = sorted(float(x) * 1000 for x in sys.stdin.read().split())
pick = lambda q: v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
print(f"{name:<34} p50 {pick(0.5):7.1f} ms   p95 {pick(0.95):7.1f} ms   max {v[-1]:7.1f} ms   (n={len(v)})")
' "$name"
}

echo "Partnership Atlas API latency at $base, $runs runs each after $warmup warm-ups (from=$from, country=$country)"
measure "GET /api/health-boards/gaps"      GET  "$base/api/health-boards/gaps"
measure "GET /api/health-boards/coverage"  GET  "$base/api/health-boards/coverage?dimension=country"
measure "GET /api/brokers?top=20"          GET  "$base/api/brokers?top=20"
measure "GET /api/introductions (country)" GET  "$base/api/introductions?from=$from&country=$country&k=5"
measure "GET /api/suggestions"             GET  "$base/api/suggestions?for=$from&method=adamic-adar&top=10"
measure "POST /api/what-if"                POST "$base/api/what-if" "{\"removeOrganisations\": [\"$from\"], \"removeLinks\": []}"
measure "GET /api/metrics"                 GET  "$base/api/metrics"
measure "GET /api/metrics?year=2010"       GET  "$base/api/metrics?year=2010"
measure "GET /api/summary"                 GET  "$base/api/summary"
measure "GET /api/export?format=graphml"   GET  "$base/api/export?format=graphml"
