#!/usr/bin/env bash
# Imports against a small heap (issue 19, "Memory and bad input"): starts the packaged app with -Xmx1g on a fresh data
# folder, then, while a reader asks for the network's gaps and an organisation every 200 ms,
#   1. POSTs a merge of 1,000,000 tiny organisations (about 104 MB, under the 200 MB byte limit): it must be refused
#      at once with 413 naming the entity limit (atlas.limits.max-import-entities, 150 per MB of heap: 153,600 at 1g);
#   2. POSTs a merge just under the limit (ORGANISATIONS organisations and 2 links each): it must succeed;
# and prints each answer's status and time, the app's peak resident memory, whether it is still healthy, and the
# reader's p50/p95/max latency during each import.
#
#   mvn -B -o package -DskipTests
#   ui/bench/import-memory.sh [ORGANISATIONS]     # default 50000 (+ 100,000 links = 150,000 entities)
#
# Settings (environment): APP_JAVA_OPTS="-Xmx1g". Localhost only; stops the app and deletes its folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
organisations="${1:-50000}"
jar="ui/target/partnership-atlas.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -o package -DskipTests" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/atlas-memory.XXXXXX")"
password="memory-bench-$RANDOM$RANDOM$RANDOM"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
app_pid=""
reader_pid=""
stop() {
  [ -n "$reader_pid" ] && kill "$reader_pid" 2>/dev/null || true
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT

echo "writing the files…"
python3 - "$work" "$organisations" <<'PY'
import sys
work, n = sys.argv[1], int(sys.argv[2])
with open(f"{work}/million.json", "w") as f:
    f.write('{"format":"partnership-atlas/1","organisations":[')
    f.write(",".join('{"id":"m%d","name":"m","type":"NGO","confidence":"A"}' % i for i in range(1_000_000)))
    f.write("]}")
with open(f"{work}/under.json", "w") as f:
    f.write('{"format":"partnership-atlas/1","organisations":[')
    f.write(",".join('{"id":"u%d","name":"Organisation %d","type":"NGO","country":"GB-WLS","confidence":"A"}' % (i, i)
                     for i in range(n)))
    f.write('],"links":[')
    f.write(",".join('{"id":"ul%d-%d","from":"u%d","to":"u%d","kind":"COLLABORATION","confidence":"A"}'
                     % (i, k, i, (i * 7 + k * 13 + 1) % n) for i in range(n) for k in range(2)))
    f.write("]}")
PY
echo "starting the app on port $port (log in $work/app.log)…"
# shellcheck disable=SC2086
java ${APP_JAVA_OPTS:--Xmx1g} -jar "$jar" --server.port="$port" --atlas.data-dir="$work/data" \
  --atlas.neo4j.embedded.bolt-port=0 --atlas.security.admin-password="$password" --atlas.backup.interval=0 \
  > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/app.log" >&2; exit 1; }
  sleep 1
done

reader() { # one line per request: seconds
  while true; do
    for path in /api/health-boards/gaps /api/organisations/dolen-cymru; do
      curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$port$path" >> "$work/reader.txt" || true
    done
    sleep 0.2
  done
}
latency() { # p50 p95 max of the reader's lines from $1 on
  tail -n +"$1" "$work/reader.txt" | sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "no requests"; exit}
    printf "reader p50 %.3f s, p95 %.3f s, max %.3f s over %d requests\n", a[int(NR*0.5)+1], a[int(NR*0.95)+1], a[NR], NR}'
}
: > "$work/reader.txt"
reader & reader_pid=$!

post() { # name, file
  local from; from=$(( $(wc -l < "$work/reader.txt") + 1 ))
  local answer
  answer=$(curl -s -o "$work/$1.answer" -w '%{http_code} %{time_total}' -u "admin:$password" \
    -H 'Content-Type: application/json' --data-binary @"$2" "http://localhost:$port/api/import?mode=merge")
  echo "$1 ($(du -h "$2" | cut -f1)): HTTP ${answer% *} in ${answer#* } s — $(head -c 300 "$work/$1.answer")"
  echo "  $(latency "$from")"
  echo "  peak resident memory so far: $(grep VmHWM /proc/$app_pid/status | awk '{print $2/1024 " MB"}'); healthy: \
$(curl -s "http://localhost:$port/actuator/health" | grep -c '"UP"' || true)"
}
post million "$work/million.json"
post under "$work/under.json"
grep -E "OutOfMemory|ERROR" "$work/app.log" | head -5 || true
