#!/usr/bin/env bash
# Runs every benchmark and peer over the same corpus and writes bench/results/latest.{json,md},
# appending one dated line to bench/results/history.md. `make bench` calls it after building
# with -DISNAD_BUILD_BENCH=ON. See bench/README.md for what each figure means.
#
# Usage: bench/run.sh BUILD_DIR
#   REPS=5                 repetitions of every micro-benchmark, stage and whole `analyze` run
#                          (median, min and max are reported)
#   ISNAD_BENCH_CORPUS=F   JSONL file for the micro-benchmarks (default: the largest file of the
#                          largest corpus, ant-multisource/ant_skynews_middleEast.jsonl)
#   WHOLE_CORPUS=PATH      JSONL file or directory for the stages, the whole `analyze` runs, the
#                          memory check and the ingests (default: ant-multisource)
#   ANALYZE_THREADS="1 2"  thread counts of the whole `analyze` runs
#   RSS_DOCS=100000        documents of the large memory-check run (0: no memory check)
#   RSS_SMALL_DOCS=1000    documents of the small memory-check run
#   RSS_REPS=3             runs of each memory-check size
#   STORES="sqlite postgresql"  back ends to ingest into and search (empty: none)
#   INGEST_REPS=3          ingests per back end, each into a fresh store
#   SEARCH_REPS=10         passes over bench/search_queries.txt in each of the REPS search runs
#   LUCENE=1               0 skips the Lucene peer
#   RESULTS_DIR=DIR        where latest.{json,md} and history.md go (default: bench/results)
set -euo pipefail

build=${1:?usage: bench/run.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)
reps=${REPS:-5}
corpora=$(cd "$root/.." && pwd)/shared/corpora
whole=${WHOLE_CORPUS:-$corpora/ant-multisource}
threads_list=${ANALYZE_THREADS:-1 2}
rss_docs=${RSS_DOCS:-100000}
rss_small=${RSS_SMALL_DOCS:-1000}
rss_reps=${RSS_REPS:-3}
stores=${STORES-sqlite postgresql}
ingest_reps=${INGEST_REPS:-3}
search_reps=${SEARCH_REPS:-10}
lucene=${LUCENE:-1}
out=${RESULTS_DIR:-$root/bench/results}
isnad=$build/isnad
tmp=$(mktemp -d)
export ISNAD_PG_STATE=$tmp/pg.state  # a PostgreSQL server of this run's own
cleanup() {
  if [ -f "$ISNAD_PG_STATE" ]; then bash "$root/scripts/pg-test.sh" stop || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$out"
export ISNAD_ROOT=$root
py=/usr/bin/python3
[ -x "$py" ] || py=python3
started=$SECONDS
cut -d' ' -f1-3 /proc/loadavg >"$tmp/load.start"
sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" >"$tmp/build_type" 2>/dev/null || true
log() { echo "run.sh: [$((SECONDS - started))s] $*" >&2; }

if [ -d "$whole" ]; then inputs=("$whole"/*.jsonl); else inputs=("$whole"); fi

# measure NAME OUT CMD... : runs CMD with stdout to OUT (its stderr to $tmp/NAME.err) and
# writes "peak_rss_kb wall_seconds exit_status cpu_seconds" to $tmp/NAME.rss (CPU = user +
# system) — GNU time when present, else Python's rusage. Never fails: the exit status is recorded.
measure() {
  local name=$1 dest=$2 rc=0
  shift 2
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$tmp/$name.time" "$@" >"$dest" 2>"$tmp/$name.err" || rc=$?
    awk -F': ' -v rc="$rc" '/Maximum resident set size/ {rss=$2} /Elapsed \(wall clock\)/ {w=$2}
      /User time \(seconds\)/ {cpu+=$2} /System time \(seconds\)/ {cpu+=$2}
      END {n=split(w, p, ":"); s=0; for (i=1;i<=n;i++) s=s*60+p[i]; print rss, s, rc, cpu}' \
      "$tmp/$name.time" >"$tmp/$name.rss"
  else
    "$py" - "$dest" "$tmp/$name.err" "$@" >"$tmp/$name.rss" <<'EOF' || rc=$?
import resource, subprocess, sys, time
t0 = time.time()
with open(sys.argv[1], "w") as out, open(sys.argv[2], "w") as err:
    rc = subprocess.run(sys.argv[3:], stdout=out, stderr=err).returncode
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(u.ru_maxrss, time.time() - t0, rc, u.ru_utime + u.ru_stime)
EOF
  fi
  if [ "$rc" -ne 0 ]; then
    log "$name: exit status $rc"
    tail -n 5 "$tmp/$name.err" >&2 || true
  fi
}

gbench() {  # gbench NAME BINARY [ARGS...]
  local name=$1 bin=$build/bench/$2
  shift 2
  [ -x "$bin" ] || bin=$build/$(basename "$bin")
  if [ ! -x "$bin" ]; then
    log "$(basename "$bin") not built, skipped"
    return 0
  fi
  log "$(basename "$bin") ($reps repetitions)"
  measure "$name" "$tmp/$name.out" "$bin" --benchmark_repetitions="$reps" --benchmark_format=json \
    --benchmark_min_time=0.5 "$@"
}

# Micro-benchmarks and the Snowball peer, on the text fields of one file.
gbench normalize normalizer_bench
gbench tokenize stemmer_bench
gbench snowball snowball_bench
gbench scan scan_bench

log "allocation check"
if [ -x "$build/bench/alloc_check" ]; then
  "$build/bench/alloc_check" >"$tmp/alloc.out" || log "allocation check FAILED"
fi

# Every stage of `analyze`, one thread, on the whole corpus.
export ISNAD_STAGE_CORPUS=$whole
gbench stages stage_bench

# Lucene's ArabicAnalyzer on the micro-benchmarks' text, when Java and Debian's Lucene jars are there.
jars=/usr/share/java/lucene-core-8.7.0.jar:/usr/share/java/lucene-analyzers-common-8.7.0.jar
if [ "$lucene" != 0 ] && command -v javac >/dev/null &&
   [ -f /usr/share/java/lucene-analyzers-common-8.7.0.jar ] && [ -x "$build/bench/corpus_dump" ]; then
  log "Lucene ArabicAnalyzer"
  "$build/bench/corpus_dump" "$tmp/corpus.bin"
  javac -nowarn -cp "$jars" -d "$tmp" "$root/bench/peers/LuceneArabicBench.java"
  measure lucene "$tmp/lucene.out" java -Xmx2g -cp "$jars:$tmp" LuceneArabicBench "$tmp/corpus.bin" "$reps" 2
  rm -f "$tmp/corpus.bin"
else
  log "Lucene peer skipped (LUCENE=0, or no javac or liblucene8-java)"
fi

# Whole corpus through the CLI, REPS runs per thread count; every run writes the same output
# (checked: identical whatever the thread count). The thread counts take turns (1, 2, 1, 2, …)
# so that a burst of load from elsewhere falls on both rather than on one of them.
cat "${inputs[@]}" | wc -c >"$tmp/analyze.bytes"
if [ -x "$isnad" ]; then
  for i in $(seq 1 "$reps"); do
    for t in $threads_list; do
      log "isnad analyze --threads $t (${#inputs[@]} files, run $i of $reps)"
      measure "analyze_t${t}_r$i" "$tmp/analyze_t$t.json" "$isnad" analyze --threads "$t" "${inputs[@]}"
    done
  done
  for t in $threads_list; do
    wc -l <"$tmp/analyze_t$t.json" >"$tmp/analyze_t$t.docs"
    md5sum <"$tmp/analyze_t$t.json" | cut -d' ' -f1 >"$tmp/analyze_t$t.md5"
    rm -f "$tmp/analyze_t$t.json"
  done
fi

# Peak memory of `analyze --threads 1` on few and on many documents: the first RSS_SMALL_DOCS
# documents, and RSS_DOCS documents streamed from the corpus files named again and again (plus
# the first lines once more, to reach the exact count). Output to /dev/null.
if [ -x "$isnad" ] && [ "$rss_docs" -gt 0 ]; then
  total=$(cat "${inputs[@]}" | wc -l)
  first() { awk -v n="$1" 'NR > n {exit} {print}' "${inputs[@]}"; }  # the first N lines
  first "$rss_small" >"$tmp/small.jsonl"
  large=()
  for _ in $(seq 1 $((rss_docs / total))); do large+=("${inputs[@]}"); done
  if [ $((rss_docs % total)) -gt 0 ]; then
    first $((rss_docs % total)) >"$tmp/rest.jsonl"
    large+=("$tmp/rest.jsonl")
  fi
  echo "$(wc -l <"$tmp/small.jsonl") $rss_docs $(cat "${large[@]}" | wc -c)" >"$tmp/memory.docs"
  for i in $(seq 1 "$rss_reps"); do
    log "memory: isnad analyze --threads 1 on $(wc -l <"$tmp/small.jsonl") and $rss_docs documents (run $i of $rss_reps)"
    measure "mem_small_r$i" /dev/null "$isnad" analyze --threads 1 "$tmp/small.jsonl"
    measure "mem_large_r$i" /dev/null "$isnad" analyze --threads 1 "${large[@]}"
  done
  rm -f "$tmp/small.jsonl" "$tmp/rest.jsonl"
fi

# Ingest into each store back end, INGEST_REPS times into a fresh store, then search latency
# over the last store with bench/search_latency.
queries=$root/bench/search_queries.txt
[ "$ingest_reps" -ge 1 ] || stores=""
for store in $stores; do
  [ -x "$isnad" ] || break
  case "$store" in
    sqlite) ;;
    postgresql)
      if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
        log "PostgreSQL skipped (postgresql-15 not installed)"
        continue
      fi
      pg_url=$(bash "$root/scripts/pg-test.sh" start) || { log "PostgreSQL server did not start"; continue; }
      pg_port=${pg_url##*:}
      pg_port=${pg_port%%/*}
      ;;
    *) log "unknown store '$store' skipped"; continue ;;
  esac
  url=""
  for i in $(seq 1 "$ingest_reps"); do
    if [ "$store" = sqlite ]; then
      rm -f "$tmp"/ingest.db*
      url=$tmp/ingest.db
    else
      /usr/lib/postgresql/15/bin/createdb -h 127.0.0.1 -p "$pg_port" -U isnad "bench_$i" ||
        { log "createdb bench_$i failed"; continue; }
      url=${pg_url%/*}/bench_$i
    fi
    log "isnad ingest --db $store (run $i of $ingest_reps)"
    measure "ingest_${store}_r$i" /dev/null "$isnad" ingest "${inputs[@]}" --db "$url"
  done
  if [ -n "$url" ] && [ -x "$build/bench/search_latency" ]; then
    log "search latency ($store, $reps runs of $search_reps passes)"
    for i in $(seq 1 "$reps"); do
      "$build/bench/search_latency" "$url" "$queries" "$search_reps" >"$tmp/search_${store}_r$i.json" ||
        log "search latency ($store) failed"
    done
  fi
  if [ "$store" = postgresql ]; then bash "$root/scripts/pg-test.sh" stop; fi
done

cut -d' ' -f1-3 /proc/loadavg >"$tmp/load.end"
echo $((SECONDS - started)) >"$tmp/elapsed"
log "writing bench/results"
"$py" "$root/bench/summarize.py" "$tmp" "$out"
