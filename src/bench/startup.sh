#!/usr/bin/env bash
# Startup of the packaged jar against a reference: starts, in alternating order, Jisr on an existing database, a bare
# Quarkus application with Jisr's extensions (src/bench/bare: one entity, one query, nothing of its own at start) on
# an existing database, and Jisr on a fresh database; prints per run and as medians Quarkus's "started in", the time
# until /q/health/ready answers and the RSS then, the time from readiness until a first query is answered (Jisr: a list
# page of 20 initiatives; the reference: its one query; work left out of the start shows here), and the ratios.
#
#   ./mvnw package -DskipTests                      # H2, the README's run command
#   src/bench/startup.sh 5 -Xmx256m -XX:SharedArchiveFile=app-cds.jsa
#   ./mvnw package -DskipTests -Djisr.db.kind=postgresql
#   JISR_DB_URL=jdbc:postgresql://127.0.0.1:5432/jisr JISR_DB_USERNAME=jisr src/bench/startup.sh 5 -Xmx128m
#
# Arguments: runs (default 5), then JVM options for every start (for the image's settings, those of
# docker/Dockerfile.jvm; -XX:SharedArchiveFile paths are relative to each application's quarkus-app directory: Jisr's
# H2 build writes its archive from a full start, the reference has Quarkus's if it was built with
# -Dquarkus.package.jar.appcds.enabled=true, and starts without one otherwise). JISR_BENCH_REFERENCE_OPTS, when set,
# replaces them for the reference: JISR_BENCH_REFERENCE_OPTS=-Xmx256m compares the README's command with a bare
# application started as plain "java -Xmx256m -jar".
# With JISR_DB_URL (PostgreSQL; psql on PATH, a role that may create databases) each fresh run gets a new database,
# and the existing one is JISR_DB_URL's; without it, H2 files in a temporary directory. The reference is built on
# first use with the repository's Maven wrapper, for the same database kind. On H2 a fresh data directory starts from
# the database the build prepared (data-template/ beside the jar); a build packaged with -Djisr.data-template.skip=true
# measures the migrations and the import instead, as a fresh PostgreSQL database always does. On PostgreSQL each run
# also starts PostGraphile (src/bench/peer, as the read benchmark runs it) on Jisr's existing database: ready when it
# first answers, first answer a count of initiatives.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-5}; shift || true
port=${JISR_BENCH_PORT:-18080}
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build the jar first: ./mvnw package -DskipTests" >&2; exit 1; }
base_url=${JISR_DB_URL:-}
kind=h2; [ -n "$base_url" ] && kind=postgresql
bare=src/bench/bare/target/quarkus-app
if [ ! -f "$bare/quarkus-run.jar" ] || [ "$(cat src/bench/bare/target/db-kind 2>/dev/null)" != "$kind" ]; then
  "$root/mvnw" -B -q -f src/bench/bare/pom.xml package -DskipTests "-Dbare.db.kind=$kind" >&2
  echo "$kind" > src/bench/bare/target/db-kind
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The first query each application is asked once ready.
JISR_QUERY='{"query":"{ initiatives(first: 20) { totalCount edges { node { title { text } status sectors { name { text } } } } } }"}'
BARE_QUERY='{"query":"{ items { id name } }"}'

# measure PID LOG T0 QUERY EXPECT READY-COMMAND...: waits until READY-COMMAND succeeds while PID (started at T0, in
# nanoseconds, writing LOG) lives, asks QUERY once (its answer must hold EXPECT) and stops it; sets measured to
# "ready-ms rss-mb first-answer-ms". Not in a subshell: it waits for its caller's child.
measure() {
  local pid=$1 log=$2 t0=$3 query=$4 expect=$5 t1 t2 r
  shift 5
  until "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  r=$(( $(ps -o rss= -p "$(pgrep -P "$pid" java || echo "$pid")" | head -1) / 1024 ))
  curl -fs -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q "$expect" \
    || { echo "no answer to the first query" >&2; cat "$log" >&2; exit 1; }
  t2=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  measured="$(( (t1 - t0) / 1000000 )) $r $(( (t2 - t1) / 1000000 ))"
}

# start APP_DIR DATA_DIR DB_URL QUERY [JVM options...]: one start; prints "started-in-s ready-ms rss-mb first-answer-ms".
start() {
  local dir=$1 data=$2 url=$3 query=$4 log t0 s
  shift 4
  local opts=("$@")
  log=$(mktemp)
  t0=$(date +%s%N)
  (cd "$dir" && export JISR_DATA_DIR=$data QUARKUS_HTTP_PORT=$port && if [ -n "$url" ]; then export JISR_DB_URL=$url;
   else unset JISR_DB_URL; fi && exec java "${opts[@]}" -jar quarkus-run.jar) >"$log" 2>&1 &
  measure $! "$log" "$t0" "$query" '"data"' curl -fs "http://127.0.0.1:$port/q/health/ready"
  s=$(grep -o 'started in [0-9.]*s' "$log" | grep -o '[0-9.]*' || echo 0)
  rm -f "$log"
  echo "$s $measured"
}

# peer_start: one start of PostGraphile on JISR_DB_URL's database; prints "0 ready-ms rss-mb first-answer-ms".
peer_start() {
  local log t0 address=${base_url#jdbc:postgresql://} credentials=${JISR_DB_USERNAME:-jisr}
  if [ -n "${JISR_DB_PASSWORD:-}" ]; then credentials+=":$JISR_DB_PASSWORD"; fi
  log=$(mktemp)
  t0=$(date +%s%N)
  NODE_ENV=production node src/bench/peer/node_modules/.bin/postgraphile -c "postgres://$credentials@$address" \
    --schema public --port "$port" --host 127.0.0.1 --disable-query-log --disable-graphiql \
    --append-plugins @graphile-contrib/pg-simplify-inflector,@graphile/pg-aggregates >"$log" 2>&1 &
  measure $! "$log" "$t0" '{"query":"{ initiatives(first: 20) { totalCount } }"}' '"totalCount"' \
    curl -fs -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql"
  rm -f "$log"
  echo "0 $measured"
}

fresh_url() {
  local db="jisr_bench_fresh_$1"
  psql "${base_url#jdbc:}" -U "${JISR_DB_USERNAME:-jisr}" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >&2
  echo "${base_url%/*}/$db"
}

jvm=("$@")
read -r -a reference <<<"${JISR_BENCH_REFERENCE_OPTS:-$*}"
# The existing databases: migrated and loaded by a first, unmeasured start of each application.
mkdir -p "$work/existing" "$work/bare"
start target/quarkus-app "$work/existing" "$base_url" "$JISR_QUERY" "${jvm[@]}" >/dev/null
start "$bare" "$work/bare" "$base_url" "$BARE_QUERY" "${reference[@]}" >/dev/null
if [ -n "$base_url" ] && [ ! -d src/bench/peer/node_modules ]; then
  (cd src/bench/peer && npm ci --no-audit --no-fund --silent)
fi
declare -A ready started rss first
for i in $(seq "$runs"); do
  order=(jisr bare fresh); [ $((i % 2)) = 0 ] && order=(fresh bare jisr)
  if [ -n "$base_url" ]; then order=(jisr bare fresh peer); [ $((i % 2)) = 0 ] && order=(peer fresh bare jisr); fi
  for what in "${order[@]}"; do
    case $what in
      jisr) out=$(start target/quarkus-app "$work/existing" "$base_url" "$JISR_QUERY" "${jvm[@]}") ;;
      bare) out=$(start "$bare" "$work/bare" "$base_url" "$BARE_QUERY" "${reference[@]}") ;;
      peer) out=$(peer_start) ;;
      fresh)
        mkdir -p "$work/fresh-$i"
        url=$base_url; [ -n "$base_url" ] && url=$(fresh_url "$i")
        out=$(start target/quarkus-app "$work/fresh-$i" "$url" "$JISR_QUERY" "${jvm[@]}") ;;
    esac
    read -r s r m q <<<"$out"
    started[$what]+="$s "; ready[$what]+="$r "; rss[$what]+="$m "; first[$what]+="$q "
    [ "$what" = peer ] && s="-"
    echo "run $i $what: started in $s s, ready after $r ms, RSS $m MB, first answer $q ms later"
  done
done
measured=(jisr bare fresh); [ -n "$base_url" ] && measured+=(peer)
for what in "${measured[@]}"; do
  # shellcheck disable=SC2086
  said="started in $(median ${started[$what]}) s, "; [ "$what" = peer ] && said=""
  echo "median of $runs, $what: ${said}ready after $(median ${ready[$what]}) ms," \
    "RSS $(median ${rss[$what]}) MB, first answer $(median ${first[$what]}) ms later"
done
# shellcheck disable=SC2086
j=$(median ${ready[jisr]}); b=$(median ${ready[bare]}); f=$(median ${ready[fresh]})
jq=$(median ${first[jisr]}); bq=$(median ${first[bare]})
awk -v j="$j" -v b="$b" -v f="$f" -v jq="$jq" -v bq="$bq" -v k="$kind" -v o="${jvm[*]}" -v r="${reference[*]}" 'BEGIN {
  printf "%s, JVM options \"%s\" (bare: \"%s\"): ready %.2fx the bare application on an existing database;", k, o, r, j / b
  printf " a fresh database %+.1f s;", (f - j) / 1000
  printf " first answer %d ms after ready (bare: %d ms)\n", jq, bq }'
if [ -n "$base_url" ]; then
  # shellcheck disable=SC2086
  awk -v j="$j" -v p="$(median ${ready[peer]})" -v jq="$jq" -v pq="$(median ${first[peer]})" 'BEGIN {
    printf "PostGraphile on the same database: ready after %d ms, Jisr %.2fx that; its first answer %d ms after\n", p, j / p, pq }'
fi
