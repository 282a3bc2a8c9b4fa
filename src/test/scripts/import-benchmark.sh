#!/usr/bin/env bash
# The import benchmark (not a test): for each size, generates a network with the whole ESCO
# skill set (`generate --people N --esco esco --skills-per-person 20 --transfers-per-person 10`),
# imports it with the `import` command into a new embedded database ("new": Neo4j's bulk importer
# unless EXTRA=--boomerang.import.new-store-bulk=false) under
# -XX:+ExitOnOutOfMemoryError (as documented for every launch), then imports the
# same document again ("unchanged"). For each import it prints the wall time (JVM start to exit),
# the entities and skill holdings per second over that wall time, the maximum resident set size
# (`/usr/bin/time -v`) and the most heap in use (the largest heap occupancy before a collection,
# from the JVM's GC log).
#
#   src/test/scripts/import-benchmark.sh [PEOPLE ...]     (default: 10000 100000)
#
# JAR (default target/boomerang-0.1.0-SNAPSHOT.jar) is the jar to measure, so an older build can
# be measured with the same documents; HEAP (default 1g) is its -Xmx. Documents are kept in
# BENCH_DIR (default /tmp/boomerang-import-bench) and reused when present; the databases are
# made anew in it for every run and deleted afterwards. Build first: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${JAR:-target/boomerang-0.1.0-SNAPSHOT.jar}
HEAP=${HEAP:-1g}
DIR=${BENCH_DIR:-/tmp/boomerang-import-bench}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000)
mkdir -p "$DIR"
[ -f "$JAR" ] || { echo "no $JAR: build it first (./mvnw -DskipTests package)" >&2; exit 2; }

# seconds from /usr/bin/time's "h:mm:ss" or "m:ss.ss"
seconds() { awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<< "$1"; }

echo "jar: $JAR, -Xmx$HEAP, $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for people in "${SIZES[@]}"; do
  doc="$DIR/people-$people.json"
  summary="$DIR/people-$people.summary"
  if [ ! -s "$doc" ] || [ ! -s "$summary" ]; then
    java -jar "$JAR" generate --people "$people" --esco esco --skills-per-person 20 --transfers-per-person 10 \
      --as-of 2026-11-26 --out "$doc" > "$summary"
  fi
  holdings=$(grep -o '[0-9]* skill holdings' "$summary" | grep -o '^[0-9]*')
  echo "document: $(cat "$summary") ($(du -m "$doc" | cut -f1) MB)"
  data="$DIR/data-$people"
  rm -rf "$data"
  for run in new unchanged; do
    log="$DIR/import-$people-$run.log"
    gclog="$DIR/gc-$people-$run.log"
    rm -f "$gclog"
    /usr/bin/time -v java "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError "-Xlog:gc:file=$gclog" -jar "$JAR" import "$doc" \
      "--boomerang.embedded.data-dir=$data" "--boomerang.embedded.bolt-port=0" ${EXTRA:-} > "$log" 2>&1 || {
        echo "import failed ($run); the last lines of $log:" >&2; tail -n 30 "$log" >&2; exit 1; }
    wall=$(seconds "$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')")
    rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
    # Entities: the sum of the counts per kind that the import prints.
    entities=$(grep -Eo 'created [0-9]+, updated [0-9]+, unchanged [0-9]+' "$log" \
      | awk '{ gsub(",", ""); n += $2 + $4 + $6 } END { print n }')
    heap=$(grep -Eo '[0-9]+M->[0-9]+M' "$gclog" | cut -dM -f1 | sort -n | tail -1)
    # The import's own time (from the end of start-up; for a new store, from the start of checking
    # to the bulk importer's end), and how it was written.
    itself=$(grep -Eo '^Imported .* in [0-9.]+ s' "$log" | grep -Eo '[0-9.]+ s$' | cut -d' ' -f1)
    how=$(grep -q "with Neo4j's bulk importer" "$log" && echo ", bulk importer" || echo "")
    printf '%d people, %s: %.1f s wall (the import itself %s s%s), %d entities (%.0f/s), %d skill holdings (%.0f/s), max RSS %d MB, heap used at most %s MB\n' \
      "$people" "$run" "$wall" "${itself:-?}" "$how" "$entities" "$(echo "$entities / $wall" | bc -l)" "$holdings" \
      "$(echo "$holdings / $wall" | bc -l)" $((rss / 1024)) "${heap:-?}"
  done
  rm -rf "$data"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
