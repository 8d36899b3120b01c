#!/usr/bin/env bash
# Start time of the packaged app, timed from outside: launches ui/target/partnership-atlas.jar as README's run command
# does (plus a free port and a fresh data folder, so every run seeds the network from scratch, as a first start does),
# polls /actuator/health every 0.1 s until it answers UP, and prints the seconds from launch to that answer; RUNS times
# (default 3), then the median. Also prints the CPU time the app had used when healthy (steadier than wall time on a
# shared machine) and what Spring Boot's own log says of the start ("Started … in N seconds").
#
#   mvn -B -o package -DskipTests        # the app
#   ui/bench/start-time.sh               # RUNS=3; APP_JAVA_OPTS="" (extra JVM options, e.g. -Xmx2g);
#                                        # JAR=… another build of the app (to compare two in one period)
#
# Sends traffic to localhost only; stops each app and deletes its folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar="${JAR:-ui/target/partnership-atlas.jar}"
[ -f "$jar" ] || { echo "build first: mvn -B -o package -DskipTests" >&2; exit 2; }
runs="${RUNS:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/atlas-start.XXXXXX")"
# shellcheck source=ui/bench/app.sh
. ui/bench/app.sh
app_pid=""
stop() {
  stop_app "$app_pid"
  app_pid=""
}
trap 'stop; rm -rf "$work"' EXIT

times=()
for run in $(seq 1 "$runs"); do
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  rm -rf "$work/data"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java ${APP_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --atlas.data-dir="$work/data" \
    --atlas.neo4j.embedded.bolt-port=0 > "$work/app-$run.log" 2>&1 &
  app_pid=$!
  healthy=""
  for _ in $(seq 1 1200); do
    if curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      healthy=$(date +%s.%N)
      cpu=$(cpu_seconds "$app_pid")
      break
    fi
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/app-$run.log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$healthy" ] || { echo "not healthy after 120 s" >&2; tail -40 "$work/app-$run.log" >&2; exit 1; }
  seconds=$(python3 -c "print(f'{$healthy - $start:.1f}')")
  times+=("$seconds")
  echo "run $run: healthy after $seconds s, $cpu s of CPU ($(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$work/app-$run.log" | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg))"
  stop
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
echo "start to healthy, median of $runs: $median s (runs: ${times[*]})"
