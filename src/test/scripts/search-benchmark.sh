#!/usr/bin/env bash
# The whoCanTeach benchmark (not a test): generates a network of PEOPLE people with the whole ESCO
# skill set, imports it into a fresh embedded database through the command line (import
# throughput), starts the service on it, and measures whoCanTeach over HTTP with 1 and 8
# concurrent clients (median, p95, p99, throughput), then the service's memory.
#
#   src/test/scripts/search-benchmark.sh [PEOPLE=100000] [REQUESTS_PER_CLIENT=500]
#
# The load runs after a warm-up of BENCH_WARMUP_SECONDS (default 90) and measures each number of
# clients BENCH_ROUNDS times (default 3): see SearchBenchmark.
#
# BENCH_SKIP_BUILD=1 measures the jar and test classes as they are (no build first).
# BENCH_REUSE=1 skips the import when target/bench/data-PEOPLE already holds an imported graph
# (the import of 100,000 people takes about 13 minutes here).
#
# Uses the ESCO CSV export in esco/ (in the project). Work files go to target/bench (several GB at
# 100,000 people).
set -euo pipefail
cd "$(dirname "$0")/../../.."
PEOPLE=${1:-100000}
REQUESTS=${2:-500}
PORT=${BENCH_PORT:-18080}
WORK=target/bench
JAR=target/boomerang-0.1.0-SNAPSHOT.jar
mkdir -p "$WORK"

[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -DskipTests package
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q process-test-classes

DOC="$WORK/network-$PEOPLE.json"
if [ ! -f "$DOC" ]; then
  echo "== generating $PEOPLE people with the whole ESCO skill set"
  java -Xmx2g -jar "$JAR" generate --people "$PEOPLE" --esco esco \
    --skills-per-person 20 --transfers-per-person 10 --out "$DOC"
fi
ls -la "$DOC"

DATA="$WORK/data-$PEOPLE"
if [ "${BENCH_REUSE:-0}" = 1 ] && [ -d "$DATA" ]; then
  echo "== reusing the graph imported in $DATA"
else
  rm -rf "$DATA"
  echo "== importing (command line, fresh embedded database)"
  /usr/bin/time -f "import wall %e s, max RSS %M KB" \
    java -Xmx12g -jar "$JAR" import "$DOC" --boomerang.embedded.data-dir="$DATA" --boomerang.embedded.bolt-port=0 \
    | tail -n 9
fi

echo "== starting the service on the imported graph"
# SERVICE_JAVA_OPTS replaces the service's JVM options (default -Xmx4g); SERVICE_ARGS adds settings,
# e.g. "--boomerang.teaching.candidate-cache=0 --boomerang.search.cache-size=0" (nothing cached).
java ${SERVICE_JAVA_OPTS:--Xmx4g} -XX:+ExitOnOutOfMemoryError -jar "$JAR" --server.port="$PORT" --boomerang.embedded.data-dir="$DATA" \
  --boomerang.embedded.bolt-port=0 --boomerang.demo.enabled=false ${SERVICE_ARGS:-} > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break
  sleep 1
done
# Rankings use the in-memory teacher index once it is built (the ranking query answers before);
# the flow index warms up in the background too: measure after both, on a quiet service.
for _ in $(seq 1 900); do
  grep -q "Teacher index built" "$WORK/service.log" && grep -q "Flow index warmed up" "$WORK/service.log" && break
  sleep 1
done
grep -E "Started|Teacher index built|Flow index warmed up" "$WORK/service.log" | sed 's/^.*: //'

echo "== whoCanTeach over HTTP ($REQUESTS requests per client)"
java -cp target/test-classes org.boomerang.bench.SearchBenchmark "http://127.0.0.1:$PORT" "$REQUESTS" 1 8

echo "== service memory"
ps -o rss=,vsz= -p "$SERVICE" | awk '{printf "RSS %.0f MB, virtual %.0f MB\n", $1/1024, $2/1024}'
