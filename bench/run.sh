#!/usr/bin/env bash
# Runs every benchmark and peer over the same corpus and writes bench/results/latest.{json,md},
# appending one dated line to bench/results/history.md. `make bench` calls it after building
# with -DISNAD_BUILD_BENCH=ON. See bench/README.md for what each figure means.
#
# Usage: bench/run.sh BUILD_DIR
#   REPS=5                 Google Benchmark repetitions (median, min and max are reported)
#   ISNAD_BENCH_CORPUS=F   JSONL file for the micro-benchmarks (default: the largest file of the
#                          largest corpus, ant-multisource/ant_skynews_middleEast.jsonl)
#   WHOLE_CORPUS=DIR       input of the whole-corpus `isnad analyze` run (default: ant-multisource)
set -euo pipefail

build=${1:?usage: bench/run.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)
reps=${REPS:-5}
corpora=$(cd "$root/.." && pwd)/shared/corpora
whole=${WHOLE_CORPUS:-$corpora/ant-multisource}
out=$root/bench/results
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
export ISNAD_ROOT=$root
py=/usr/bin/python3
[ -x "$py" ] || py=python3

# Peak RSS (KB) and wall seconds of a command: GNU time when present, else Python's rusage.
measure() {  # measure NAME CMD... ; stdout of CMD goes to $tmp/NAME.out
  local name=$1
  shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$tmp/$name.time" "$@" >"$tmp/$name.out"
    awk -F': ' '/Maximum resident set size/ {rss=$2} /Elapsed \(wall clock\)/ {w=$2}
      END {n=split(w, p, ":"); s=0; for (i=1;i<=n;i++) s=s*60+p[i]; print rss, s}' \
      "$tmp/$name.time" >"$tmp/$name.rss"
  else
    "$py" - "$tmp/$name.out" "$@" >"$tmp/$name.rss" <<'EOF'
import resource, subprocess, sys, time
t0 = time.time()
with open(sys.argv[1], "w") as f:
    subprocess.run(sys.argv[2:], stdout=f, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.time() - t0)
EOF
  fi
}

gbench() {  # gbench NAME BINARY
  local name=$1 bin=$build/bench/$2
  [ -x "$bin" ] || bin=$build/$2
  if [ ! -x "$bin" ]; then
    echo "run.sh: $2 not built, skipped" >&2
    return 0
  fi
  echo "run.sh: $2 ($reps repetitions)" >&2
  measure "$name" "$bin" --benchmark_repetitions="$reps" --benchmark_format=json \
    --benchmark_min_time=0.5
}

gbench normalize normalizer_bench
gbench tokenize stemmer_bench
gbench snowball snowball_bench
gbench scan scan_bench

echo "run.sh: allocation check" >&2
if [ -x "$build/bench/alloc_check" ]; then
  "$build/bench/alloc_check" >"$tmp/alloc.out" || echo "run.sh: allocation check FAILED" >&2
fi

# Whole corpus through the CLI: every document read, normalized, tokenized, scanned, written.
echo "run.sh: whole corpus: isnad analyze $whole" >&2
if [ -x "$build/isnad" ]; then
  if [ -d "$whole" ]; then inputs=("$whole"/*.jsonl); else inputs=("$whole"); fi
  measure whole "$build/isnad" analyze "${inputs[@]}" || true
  cat "${inputs[@]}" | wc -c >"$tmp/whole.bytes"
  wc -l <"$tmp/whole.out" >"$tmp/whole.docs"
fi

# Lucene's ArabicAnalyzer on the same text, when Java and Debian's Lucene jars are there.
jars=/usr/share/java/lucene-core-8.7.0.jar:/usr/share/java/lucene-analyzers-common-8.7.0.jar
if command -v javac >/dev/null && [ -f /usr/share/java/lucene-analyzers-common-8.7.0.jar ] &&
   [ -x "$build/bench/corpus_dump" ]; then
  echo "run.sh: Lucene ArabicAnalyzer" >&2
  "$build/bench/corpus_dump" "$tmp/corpus.bin"
  javac -nowarn -cp "$jars" -d "$tmp" "$root/bench/peers/LuceneArabicBench.java"
  measure lucene java -Xmx2g -cp "$jars:$tmp" LuceneArabicBench "$tmp/corpus.bin" "$reps" 2
else
  echo "run.sh: Lucene peer skipped (needs javac and liblucene8-java)" >&2
fi

"$py" - "$tmp" "$out" "$reps" "$whole" <<'EOF'
import datetime, json, os, statistics, sys
tmp, out, reps, whole = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def load(name):
    p = os.path.join(tmp, name + ".out")
    if not os.path.exists(p) or os.path.getsize(p) == 0:
        return None
    with open(p) as f:
        return f.read()

def rss(name):
    p = os.path.join(tmp, name + ".rss")
    if not os.path.exists(p):
        return None, None
    kb, secs = open(p).read().split()
    return int(kb), float(secs)

benches = {}
for name in ("normalize", "tokenize", "snowball", "scan"):
    text = load(name)
    if text is None:
        continue
    data = json.loads(text)
    runs = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        runs.setdefault(b["run_name"], []).append(b["bytes_per_second"] / 1e6)
    peak_kb, _ = rss(name)
    for run, mbs in runs.items():
        benches[run] = {"mb_s_median": statistics.median(mbs), "mb_s_min": min(mbs),
                        "mb_s_max": max(mbs), "reps": len(mbs), "binary": name,
                        "peak_rss_mb": peak_kb / 1024 if peak_kb else None}
    context = data["context"]

result = {"date": datetime.datetime.now().isoformat(timespec="seconds"),
          "host": {"cpus": context.get("num_cpus"), "mhz": context.get("mhz_per_cpu"),
                   "build_type": context.get("library_build_type")},
          "corpus": os.environ.get("ISNAD_BENCH_CORPUS",
                                   "shared/corpora/ant-multisource/ant_skynews_middleEast.jsonl"),
          "benchmarks": benches}

text = load("lucene")
if text:
    lucene = json.loads(text.strip().splitlines()[-1])
    lucene["peak_rss_mb"] = rss("lucene")[0] / 1024
    result["lucene"] = lucene

alloc = load("alloc")
if alloc:
    result["allocations"] = json.loads(alloc)

if os.path.exists(os.path.join(tmp, "whole.rss")):
    kb, secs = rss("whole")
    nbytes = int(open(os.path.join(tmp, "whole.bytes")).read())
    docs = int(open(os.path.join(tmp, "whole.docs")).read())
    result["whole_corpus"] = {"input": whole, "bytes": nbytes, "documents": docs,
                              "wall_s": secs, "mb_s": nbytes / 1e6 / secs,
                              "docs_s": docs / secs, "peak_rss_mb": kb / 1024}

ours = benches.get("BM_Tokenize", {}).get("mb_s_median")
snow = benches.get("BM_SnowballStem", {}).get("mb_s_median")
luc = result.get("lucene", {}).get("mb_s_median")
ratios = {}
if ours and snow:
    ratios["tokenize_over_snowball"] = ours / snow
if ours and luc:
    ratios["tokenize_over_lucene"] = ours / luc
result["ratios"] = ratios
result["targets"] = {"tokenize_mb_s_ge_100": bool(ours and ours >= 100),
                     "tokenize_ge_3x_snowball": bool(ratios.get("tokenize_over_snowball", 0) >= 3)}
with open(os.path.join(out, "latest.json"), "w") as f:
    json.dump(result, f, indent=2)

def fmt(x, d=1):
    return "—" if x is None else f"{x:.{d}f}"

rows = [("normalize (kMatch)", "BM_Normalize/1"), ("normalize (kSearch)", "BM_Normalize/2"),
        ("**normalize + tokenize + stem**", "BM_Tokenize"), ("light stem alone (words only)", "BM_LightStem"),
        ("numbers: scan alone", "BM_ScanNumbers/0"), ("numbers: normalize + tokenize + scan", "BM_ScanNumbers/1"),
        ("dates: scan alone", "BM_ScanDates/0"), ("dates: normalize + tokenize + scan", "BM_ScanDates/1"),
        ("Snowball Arabic stemmer alone (whitespace split)", "BM_SnowballStem")]
md = [f"# Benchmark results ({result['date']})", "",
      f"Corpus: `{result['corpus']}` (text fields). One thread, so MB/s is per core. "
      f"Median of {reps} repetitions, [min, max].", "",
      "| what | MB/s median | min | max | peak RSS MB |", "| --- | ---: | ---: | ---: | ---: |"]
for label, key in rows:
    b = benches.get(key)
    if b:
        md.append(f"| {label} | {fmt(b['mb_s_median'])} | {fmt(b['mb_s_min'])} | {fmt(b['mb_s_max'])} | {fmt(b['peak_rss_mb'], 0)} |")
if "lucene" in result:
    l = result["lucene"]
    md.append(f"| Lucene 8.7 ArabicAnalyzer (tokenize + normalize + stem) | {fmt(l['mb_s_median'])} | {fmt(l['mb_s_min'])} | {fmt(l['mb_s_max'])} | {fmt(l['peak_rss_mb'], 0)} |")
md += ["", "| ratio | value | target |", "| --- | ---: | --- |"]
if "tokenize_over_snowball" in ratios:
    md.append(f"| ours (normalize+tokenize+stem) / Snowball stemming alone | {ratios['tokenize_over_snowball']:.2f}× | ≥ 3× |")
if "tokenize_over_lucene" in ratios:
    md.append(f"| ours / Lucene ArabicAnalyzer | {ratios['tokenize_over_lucene']:.2f}× | — |")
md.append(f"| ours MB/s per core | {fmt(ours)} | ≥ 100 |")
if "whole_corpus" in result:
    w = result["whole_corpus"]
    md += ["", f"Whole corpus, `isnad analyze {os.path.basename(w['input'])}` (single thread; MB of JSON input; read JSONL, page layout, "
           f"normalize, tokenize, entities, numbers, dates, claims, JSON out): {w['documents']} documents, "
           f"{w['bytes']/1e6:.1f} MB in {w['wall_s']:.2f} s = **{w['mb_s']:.1f} MB/s, "
           f"{w['docs_s']:.0f} documents/s**, peak RSS {w['peak_rss_mb']:.0f} MB."]
if alloc:
    a = result["allocations"]
    md += ["", f"Allocations after warm-up (normalize + tokenize + stem, reused buffers): "
           f"{a['allocations']} for {a['docs']} documents and {a['tokens']} tokens "
           f"({a['allocations_per_doc']:.3f} per document, max {a['max_per_doc']} in one document) — "
           + ("no per-token allocation." if a["ok"] else "**per-token allocation found**.")]
with open(os.path.join(out, "latest.md"), "w") as f:
    f.write("\n".join(md) + "\n")

hist = os.path.join(out, "history.md")
if not os.path.exists(hist):
    with open(hist, "w") as f:
        f.write("# Benchmark history\n\nOne line per `bench/run.sh` run: MB/s per core (median).\n\n")
line = (f"- {result['date']}: tokenize+stem {fmt(ours)} MB/s, Snowball {fmt(snow)}, "
        f"Lucene {fmt(luc)}, ratio vs Snowball {fmt(ratios.get('tokenize_over_snowball'), 2)}×")
if "whole_corpus" in result:
    line += f", whole corpus {result['whole_corpus']['mb_s']:.1f} MB/s ({result['whole_corpus']['peak_rss_mb']:.0f} MB RSS)"
with open(hist, "a") as f:
    f.write(line + "\n")
print("\n".join(md))
EOF
