#!/usr/bin/env bash
# The start-up benchmark (not a test): runs `./mvnw spring-boot:run` RUNS times, each on a new
# data directory (so the demo network is loaded every time), and times each run from the command
# to the first `{ people(first: 50) { edges { node { id } } } }` answer that holds demo people,
# polling /graphql every 0.1 s (with a token of the development sign-in for a `boomerang:read`
# client, fetched as soon as the sign-in answers). Prints every run, then the median. Each run is stopped with
# SIGTERM once it has answered.
#
#   src/test/scripts/startup-benchmark.sh [RUNS=5]
#
# STARTUP_REUSE=1 keeps one data directory for all runs instead: the first run loads the demo,
# the later ones time a restart on existing data. PORT (default 18090) is the HTTP port used.
# Compile first (`./mvnw compile`) to leave compilation out of the figures.
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${1:-5}
PORT=${PORT:-18090}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/boomerang-startup.XXXXXX")
trap 'pkill -f "server.port=$PORT" 2>/dev/null || true; rm -rf "$WORK"' EXIT
QUERY='{"query":"{ people(first: 50) { edges { node { id } } } }"}'
SIGN_IN='{"client":"startup-benchmark","scopes":["boomerang:read"]}'
times=()
for run in $(seq 1 "$RUNS"); do
  if [ "${STARTUP_REUSE:-0}" = 1 ]; then DATA="$WORK/data"; else DATA="$WORK/data-$run"; fi
  start=$(date +%s.%N)
  ./mvnw -B -ntp -q spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$PORT --boomerang.embedded.data-dir=$DATA" \
    > "$WORK/run-$run.log" 2>&1 &
  runner=$!
  answered=""
  token=""
  for _ in $(seq 1 3000); do
    if [ -z "$token" ]; then
      token=$(curl -sf -m 5 -H 'Content-Type: application/json' -d "$SIGN_IN" "http://127.0.0.1:$PORT/api/dev/login" 2>/dev/null \
        | sed -nE 's/.*"token":"([^"]+)".*/\1/p' || true)
    fi
    if [ -n "$token" ] && answer=$(curl -sf -m 5 -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
        -d "$QUERY" "http://127.0.0.1:$PORT/graphql" 2>/dev/null) \
        && grep -q '"id"' <<< "$answer"; then
      answered=$(date +%s.%N)
      break
    fi
    if ! kill -0 "$runner" 2>/dev/null; then break; fi
    sleep 0.1
  done
  pkill -TERM -f "server.port=$PORT" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  if [ -z "$answered" ]; then
    echo "run $run: no answer; the service's output:" >&2
    tail -n 30 "$WORK/run-$run.log" >&2
    exit 1
  fi
  seconds=$(echo "$answered - $start" | bc)
  people=$(grep -o '"id"' <<< "$answer" | wc -l)
  started=$(grep -o 'Started BoomerangApplication in [0-9.]* seconds' "$WORK/run-$run.log" | grep -o '[0-9.]* seconds' || true)
  printf 'run %d: first answer (%d people) after %.1f s; the service reported started after %s\n' \
    "$run" "$people" "$seconds" "${started:-?}"
  times+=("$seconds")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d runs: %.1f s (min %.1f s, max %.1f s)\n", NR, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR]}'
