#!/usr/bin/env bash
# Startup time and footprint of the packaged jar: starts it N times (default 5) and prints, per run and as
# medians, Quarkus's "started in", the time until /q/health/ready answers, and the RSS at that moment.
#
#   ./mvnw package -DskipTests -Djisr.db.kind=postgresql
#   JISR_DB_URL=jdbc:postgresql://localhost:5432/jisr JISR_DB_USERNAME=jisr src/bench/startup.sh
#   src/bench/startup.sh 5 -XX:SharedArchiveFile=app-cds.jsa   # extra JVM options; paths from target/quarkus-app
#
# Set JISR_BENCH_FRESH_DB=1 (PostgreSQL on localhost, psql on PATH, a role that may create databases) to start
# each run on a new, empty database, so migrations and the catalogue load are included.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}; shift || true
port=${JISR_BENCH_PORT:-18080}
# The JVM starts inside target/quarkus-app, as an AppCDS archive written by Quarkus expects.
jar=quarkus-run.jar
[ -f "target/quarkus-app/$jar" ] || { echo "build the jar first: ./mvnw package -DskipTests" >&2; exit 1; }
cd target/quarkus-app
base_url=${JISR_DB_URL:-}
started=(); ready=(); rss=()
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for i in $(seq "$runs"); do
  if [ "${JISR_BENCH_FRESH_DB:-}" = 1 ]; then
    db="jisr_bench_$i"
    psql "${base_url#jdbc:}" -U "${JISR_DB_USERNAME:-jisr}" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    export JISR_DB_URL="${base_url%/*}/$db"
  fi
  log=$(mktemp)
  t0=$(date +%s%N)
  QUARKUS_HTTP_PORT=$port java "$@" -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  r=$(( $(ps -o rss= -p "$pid") / 1024 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  s=$(grep -o 'started in [0-9.]*s' "$log" | grep -o '[0-9.]*')
  started+=("$s"); ready+=($(( (t1 - t0) / 1000000 ))); rss+=("$r")
  echo "run $i: started in ${s} s, ready after ${ready[-1]} ms, RSS ${r} MB"
  rm -f "$log"
done
echo "median of $runs: started in $(median "${started[@]}") s, ready after $(median "${ready[@]}") ms, RSS $(median "${rss[@]}") MB"
