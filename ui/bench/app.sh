# Sourced by the bench scripts that start the packaged app (start-time.sh, http-import.sh).
#
# stop_app PID: asks the app to stop (SIGTERM, a graceful shutdown), waits up to 60 s, then kills it.
stop_app() {
  local pid="$1"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# cpu_seconds PID: the CPU time (user + system, all threads) the process has used so far, in seconds: steadier than
# wall time on a machine shared with other work.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo "?"
}
