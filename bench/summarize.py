#!/usr/bin/env python3
"""Turns the raw outputs bench/run.sh leaves in its temporary directory into
bench/results/latest.json and latest.md, and appends one dated line to history.md.

Usage: summarize.py TMP_DIR RESULTS_DIR   (environment: the knobs of bench/run.sh)
Every figure is the median of its runs with min and max; see bench/README.md."""
import datetime
import glob
import json
import os
import re
import statistics
import sys

tmp, out = sys.argv[1], sys.argv[2]
env = os.environ


def path(name):
    return os.path.join(tmp, name)


def read(name):
    p = path(name)
    if not os.path.exists(p) or os.path.getsize(p) == 0:
        return None
    with open(p, encoding="utf-8") as f:
        return f.read()


def stats(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return None
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "runs": len(xs)}


def scale(s, k):
    """A stats dict times k (k > 0)."""
    return None if s is None else {**s, "median": s["median"] * k, "min": s["min"] * k, "max": s["max"] * k}


def inverse(s, k):
    """k / x of a stats dict of x: median, and min and max swapped."""
    if s is None:
        return None
    return {**s, "median": k / s["median"], "min": k / s["max"], "max": k / s["min"]}


CPU = {}  # base name of a measured run -> its CPU seconds (user + system)


def runs(prefix):
    """(peak_rss_kb, wall_s, exit_status, base name) of every measured run NAME_r1, NAME_r2, ..."""
    found = []
    for p in glob.glob(path(prefix + "_r*.rss")):
        m = re.search(r"_r(\d+)\.rss$", p)
        fields = open(p).read().split()
        kb, secs, rc = fields[:3]
        CPU[p[:-4]] = float(fields[3]) if len(fields) > 3 else None
        found.append((int(m.group(1)), int(kb), float(secs), int(rc), p[:-4]))
    found.sort()
    return [(kb, secs, rc, base) for _, kb, secs, rc, base in found]


def gbench(name):
    """Google Benchmark JSON: {run_name: {"mb_s": stats, "docs_s": stats, "ms": stats}}, context."""
    text = read(name + ".out")
    if text is None:
        return {}, {}
    data = json.loads(text)
    per = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "iteration" or b.get("error_occurred"):
            continue
        r = per.setdefault(b["run_name"], {"mb_s": [], "docs_s": [], "ms": []})
        r["mb_s"].append(b["bytes_per_second"] / 1e6)
        if "documents/s" in b:
            r["docs_s"].append(b["documents/s"])
        unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b.get("time_unit", "ns")]
        r["ms"].append(b["cpu_time"] * unit)
    rss_mb = None
    rss_file = path(name + ".rss")
    if os.path.exists(rss_file):
        rss_mb = int(open(rss_file).read().split()[0]) / 1024
    result = {}
    for run, r in per.items():
        result[run] = {"mb_s": stats(r["mb_s"]), "docs_s": stats(r["docs_s"]), "ms_per_pass": stats(r["ms"]),
                       "binary": name, "peak_rss_mb": rss_mb}
    return result, data.get("context", {})


load_start = (read("load.start") or "").split()
load_end = (read("load.end") or "").split()
reps = int(env.get("REPS", "5"))
result = {
    "date": datetime.datetime.now().isoformat(timespec="seconds"),
    "elapsed_s": int(read("elapsed") or 0),
    "host": {"cpus": os.cpu_count(), "load_average_start": load_start, "load_average_end": load_end},
    "build_type": (read("build_type") or "").strip() or None,
    "reps": reps,
    "corpus": {
        "micro": env.get("ISNAD_BENCH_CORPUS", "shared/corpora/ant-multisource/ant_skynews_middleEast.jsonl"),
        "whole": env.get("WHOLE_CORPUS", "shared/corpora/ant-multisource"),
    },
}

# Micro-benchmarks (text fields of one file, one thread).
micro = {}
context = {}
for name in ("normalize", "tokenize", "snowball", "scan"):
    b, c = gbench(name)
    micro.update(b)
    context = context or c
if context:
    result["host"].update({"mhz": context.get("mhz_per_cpu"), "google_benchmark_library_build": context.get("library_build_type")})
result["micro"] = micro

text = read("lucene.out")
if text:
    lucene = json.loads(text.strip().splitlines()[-1])
    result["lucene"] = {"peer": lucene["peer"], "mb_s": {"median": lucene["mb_s_median"], "min": lucene["mb_s_min"],
                                                         "max": lucene["mb_s_max"], "runs": lucene["reps"]},
                        "peak_rss_mb": int(read("lucene.rss").split()[0]) / 1024}

alloc = read("alloc.out")
if alloc:
    result["allocations"] = json.loads(alloc)

# Stages of `analyze` (stage_bench): input MB/s; text MB/s derived from the corpus sizes.
STAGES = [("BM_Read", "reading (JSON Lines, UTF-8 checks, content hash, metadata)"),
          ("BM_TextLayers", "text layers (normalize + tokenize + stem + sentences)"),
          ("BM_PageLayout", "page layout (zones, title, outlet, date) over the layers"),
          ("BM_Entities", "entities"), ("BM_Numbers", "numbers"), ("BM_Dates", "dates"),
          ("BM_Claims", "claims"), ("BM_Json", "JSON output"),
          ("BM_Analyze", "all stages in a row (in process)")]
stage_runs, stage_ctx = gbench("stages")
if stage_runs:
    in_bytes, text_bytes = int(stage_ctx["input_bytes"]), int(stage_ctx["text_bytes"])
    total_ms = sum(stage_runs[k]["ms_per_pass"]["median"] for k, _ in STAGES[:-1] if k in stage_runs)
    stages = {}
    for key, label in STAGES:
        s = stage_runs.get(key)
        if not s:
            continue
        stages[key] = {"stage": label, "mb_s": s["mb_s"], "text_mb_s": scale(s["mb_s"], text_bytes / in_bytes),
                       "docs_s": s["docs_s"], "ms_per_pass": s["ms_per_pass"],
                       "share": s["ms_per_pass"]["median"] / total_ms if key != "BM_Analyze" else None}
    result["stages"] = {"corpus": stage_ctx.get("stage_corpus"), "files": int(stage_ctx["stage_files"]),
                        "documents": int(stage_ctx["documents"]), "input_bytes": in_bytes,
                        "text_bytes": text_bytes, "peak_rss_mb": stage_runs[next(iter(stage_runs))]["peak_rss_mb"],
                        "sum_of_stages_ms": total_ms, "stages": stages}

# Whole `isnad analyze` per thread count.
analyze = {}
nbytes = int(read("analyze.bytes") or 0)
for t in env.get("ANALYZE_THREADS", "1 2").split():
    rs = runs(f"analyze_t{t}")
    if not rs:
        continue
    docs = int(read(f"analyze_t{t}.docs") or 0)
    walls = stats([secs for _, secs, rc, _ in rs if rc == 0])
    threads = int(t)
    entry = {"threads": threads, "documents": docs, "bytes": nbytes, "failed_runs": sum(rc != 0 for _, _, rc, _ in rs),
             "wall_s": walls, "peak_rss_mb": stats([kb / 1024 for kb, _, rc, _ in rs if rc == 0]),
             "output_md5": (read(f"analyze_t{t}.md5") or "").strip()}
    entry["mb_s"] = inverse(walls, nbytes / 1e6)
    entry["docs_s"] = inverse(walls, docs)
    # CPU seconds (user + system, every thread): MB per CPU second is the cost per core,
    # much less sensitive than wall time to other processes on the machine.
    entry["cpu_s"] = stats([CPU.get(base) for _, _, rc, base in rs if rc == 0])
    entry["mb_per_cpu_s"] = inverse(entry["cpu_s"], nbytes / 1e6)
    entry["mb_s_per_core"] = scale(entry["mb_s"], 1 / threads)
    entry["docs_s_per_core"] = scale(entry["docs_s"], 1 / threads)
    analyze[t] = entry
if analyze:
    md5s = {e["output_md5"] for e in analyze.values()}
    result["analyze"] = {"input": result["corpus"]["whole"], "by_threads": analyze,
                         "identical_output": len(md5s) == 1}
    one, two = analyze.get("1"), analyze.get("2")
    if one and two and one["docs_s"] and two["docs_s"]:
        result["analyze"]["scaling_2_over_1"] = two["docs_s"]["median"] / one["docs_s"]["median"]

# Peak RSS on few and many documents.
small, large = runs("mem_small"), runs("mem_large")
if small and large:
    n_small, n_large, large_bytes = (int(x) for x in read("memory.docs").split())
    s_rss = stats([kb / 1024 for kb, _, rc, _ in small if rc == 0])
    l_rss = stats([kb / 1024 for kb, _, rc, _ in large if rc == 0])
    l_wall = stats([secs for _, secs, rc, _ in large if rc == 0])
    result["memory"] = {"small": {"documents": n_small, "peak_rss_mb": s_rss},
                        "large": {"documents": n_large, "bytes": large_bytes, "peak_rss_mb": l_rss,
                                  "wall_s": l_wall, "docs_s": inverse(l_wall, n_large),
                                  "mb_s": inverse(l_wall, large_bytes / 1e6)},
                        "ratio": l_rss["median"] / s_rss["median"] if s_rss and l_rss else None}

# Ingest and search per store back end.
stores = {}
for store in env.get("STORES", "sqlite postgresql").split():
    rs = runs(f"ingest_{store}")
    if not rs:
        continue
    docs_s, walls, counts = [], [], None
    for kb, secs, rc, base in rs:
        if rc != 0:
            continue
        err = open(base + ".err", encoding="utf-8").read()
        m = re.search(r"(\d+) stored, (\d+) already there, (\d+) rejected", err)
        if m:
            counts = {"stored": int(m.group(1)), "already_there": int(m.group(2)), "rejected": int(m.group(3))}
            docs_s.append((counts["stored"] + counts["already_there"]) / secs)
            walls.append(secs)
    entry = {"runs": len(rs), "failed_runs": sum(rc != 0 for _, _, rc, _ in rs), "documents": counts,
             "docs_s": stats(docs_s), "wall_s": stats(walls),
             "peak_rss_mb": stats([kb / 1024 for kb, _, rc, _ in rs if rc == 0])}
    searches = [json.loads(open(p).read()) for p in sorted(glob.glob(path(f"search_{store}_r*.json")))
                if os.path.getsize(p) > 0]
    if searches:
        entry["search"] = {"queries": searches[0]["queries"], "searches_per_run": searches[0]["runs"],
                           "hits_per_run": searches[0]["hits"], "p50_ms": stats([x["p50_ms"] for x in searches]),
                           "p99_ms": stats([x["p99_ms"] for x in searches]),
                           "max_ms": stats([x["max_ms"] for x in searches])}
    stores[store] = entry
if stores:
    result["stores"] = stores

# Peers as ratios to ours, and the targets.
med = lambda s: s["median"] if s else None  # noqa: E731
ours = med(micro.get("BM_Tokenize", {}).get("mb_s"))
snow = med(micro.get("BM_SnowballStem", {}).get("mb_s"))
luc = med(result.get("lucene", {}).get("mb_s"))
ratios = {}
if ours and snow:
    ratios["ours_over_snowball"] = ours / snow
if ours and luc:
    ratios["ours_over_lucene"] = ours / luc
result["ratios"] = ratios

targets = []


def target(key, label, value, goal, ok, unit=""):
    targets.append({"key": key, "what": label, "value": value, "target": goal,
                    "pass": None if value is None else bool(ok), "unit": unit})


a = result.get("analyze", {}).get("by_threads", {})
a1 = med(a.get("1", {}).get("mb_s_per_core"))
a2 = med(a.get("2", {}).get("mb_s_per_core"))
target("analyze_1_thread_mb_s", "analysis pipeline: whole `analyze --threads 1`, MB/s per core", a1, "≥ 20",
       a1 is not None and a1 >= 20, "MB/s")
target("analyze_2_threads_mb_s_per_core", "analysis pipeline: whole `analyze --threads 2`, MB/s per core", a2, "≥ 20",
       a2 is not None and a2 >= 20, "MB/s")
layers = result.get("stages", {}).get("stages", {}).get("BM_TextLayers")
lt = med(layers["text_mb_s"]) if layers else None
target("language_core_mb_s", "language core: normalize + tokenize + stem (`BM_Tokenize`), MB/s of text per core",
       ours, "≥ 100", ours is not None and ours >= 100, "MB/s")
target("text_layers_mb_s", "language core in the pipeline: text layers stage (+ sentences), MB/s of text per core",
       lt, "≥ 100", lt is not None and lt >= 100, "MB/s")
mem = result.get("memory")
ratio = mem["ratio"] if mem else None
target("memory_flat", f"peak RSS flat: `analyze --threads 1` on {mem['large']['documents']:,} / "
       f"{mem['small']['documents']:,} documents" if mem else "peak RSS flat", ratio, "≤ 1.10×",
       ratio is not None and ratio <= 1.10, "×")
sc = result.get("analyze", {}).get("scaling_2_over_1")
target("scaling_2_cores", "multi-core scaling: `analyze` documents/s, 2 threads / 1 thread", sc, "≥ 1.8×",
       sc is not None and sc >= 1.8, "×")
rs = ratios.get("ours_over_snowball")
target("ours_over_snowball", "normalize + tokenize + stem / Snowball's stemming alone", rs, "≥ 3×",
       rs is not None and rs >= 3, "×")
result["targets"] = targets

os.makedirs(out, exist_ok=True)


def rounded(x):
    if isinstance(x, float):
        return float(f"{x:.4g}") if abs(x) < 1000 else round(x, 1)
    if isinstance(x, dict):
        return {k: rounded(v) for k, v in x.items()}
    if isinstance(x, list):
        return [rounded(v) for v in x]
    return x


with open(os.path.join(out, "latest.json"), "w", encoding="utf-8") as f:
    json.dump(rounded(result), f, indent=2, ensure_ascii=False)
    f.write("\n")


# ---- Markdown ----
def fmt(x, d=1):
    return "—" if x is None else f"{x:,.{d}f}"


def mmm(s, d=1):
    """median [min–max]"""
    if s is None:
        return "—"
    return f"{fmt(s['median'], d)} [{fmt(s['min'], d)}–{fmt(s['max'], d)}]"


def verdict(t):
    return "—" if t["pass"] is None else ("**pass**" if t["pass"] else "**FAIL**")


md = [f"# Benchmark results ({result['date']})", "",
      f"{result['host']['cpus']} cores; load average {' '.join(load_start) or '?'} at the start, "
      f"{' '.join(load_end) or '?'} at the end; {result['build_type'] or '?'} build; the run took "
      f"{result['elapsed_s'] // 60} min {result['elapsed_s'] % 60} s. Every figure: median [min–max] of its "
      "runs; MB = 10⁶ bytes; per core = total / threads.", "",
      "## Targets", "", "| target | value | goal | |", "| --- | ---: | --- | --- |"]
for t in targets:
    d = 2 if t["unit"] == "×" else 1
    v = "—" if t["value"] is None else f"{fmt(t['value'], d)}{'×' if t['unit'] == '×' else ''}"
    md.append(f"| {t['what']} | {v} | {t['target']} | {verdict(t)} |")

if "analyze" in result:
    r = result["analyze"]
    any_e = next(iter(r["by_threads"].values()))
    md += ["", f"## Whole `isnad analyze` ({os.path.basename(r['input'].rstrip('/'))}: {any_e['documents']:,} documents, "
           f"{any_e['bytes'] / 1e6:.1f} MB of JSON Lines; output to a file"
           + ("; identical for every thread count" if r["identical_output"] else "; **output differs between thread counts**")
           + ")", "",
           "| threads | runs | wall s | documents/s | MB/s | documents/s per core | MB/s per core | MB per CPU s | peak RSS MB |",
           "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for t, e in r["by_threads"].items():
        md.append(f"| {t} | {e['wall_s']['runs'] if e['wall_s'] else 0} | {mmm(e['wall_s'], 2)} | {mmm(e['docs_s'], 0)} | "
                  f"{mmm(e['mb_s'])} | {mmm(e['docs_s_per_core'], 0)} | {mmm(e['mb_s_per_core'])} | "
                  f"{mmm(e['mb_per_cpu_s'])} | {mmm(e['peak_rss_mb'], 0)} |")
    md.append("\nMB per CPU s: the same bytes over user + system time of all threads — the cost per core, "
              "which other processes on the machine barely change (wall-time figures drop when they take a core).")
    if "scaling_2_over_1" in r:
        md.append(f"\nScaling, 2 threads / 1 thread (documents/s medians): **{r['scaling_2_over_1']:.2f}×** (goal ≥ 1.8×).")

if "stages" in result:
    s = result["stages"]
    md += ["", f"## Stages of `analyze`, one thread (`stage_bench`: {s['documents']:,} documents, "
           f"{s['input_bytes'] / 1e6:.1f} MB of JSON Lines, {s['text_bytes'] / 1e6:.1f} MB of text)", "",
           "MB/s of the input as read (the whole run's denominator, so the stages' times add up); "
           "text MB/s = the same over the analysed text.", "",
           "| stage | MB/s | text MB/s | documents/s | share |", "| --- | ---: | ---: | ---: | ---: |"]
    for key, e in s["stages"].items():
        share = "—" if e["share"] is None else f"{e['share'] * 100:.0f} %"
        md.append(f"| {e['stage']} | {mmm(e['mb_s'])} | {fmt(e['text_mb_s']['median'])} | {mmm(e['docs_s'], 0)} | {share} |")

if mem:
    md += ["", "## Peak memory of `analyze --threads 1`", "",
           "| documents | peak RSS MB | documents/s |", "| ---: | ---: | ---: |",
           f"| {mem['small']['documents']:,} | {mmm(mem['small']['peak_rss_mb'])} | — |",
           f"| {mem['large']['documents']:,} | {mmm(mem['large']['peak_rss_mb'])} | {mmm(mem['large']['docs_s'], 0)} |",
           "", f"Ratio {fmt(mem['ratio'], 3)}× (goal: the same peak, ≤ 1.10×)."]

if stores:
    md += ["", "## Stores (`isnad ingest`, default threads, fresh store per run; search over the last store)", "",
           "| store | documents | runs | ingest documents/s | wall s | peak RSS MB | search p50 ms | p99 ms |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, e in stores.items():
        docs = e["documents"]["stored"] + e["documents"]["already_there"] if e["documents"] else None
        sr = e.get("search", {})
        md.append(f"| {name} | {fmt(docs, 0)} | {e['runs']} | {mmm(e['docs_s'])} | {mmm(e['wall_s'])} | "
                  f"{mmm(e['peak_rss_mb'], 0)} | {mmm(sr.get('p50_ms'), 2)} | {mmm(sr.get('p99_ms'), 2)} |")
    q = next((e["search"] for e in stores.values() if "search" in e), None)
    if q:
        md.append(f"\nSearch: {q['p50_ms']['runs']} runs of {q['searches_per_run']} searches "
                  f"({q['queries']} queries of `bench/search_queries.txt`, 20 results with snippets each); "
                  "p50 and p99 of each run, median [min–max] over the runs.")

MICRO = [("normalize (kMatch)", "BM_Normalize/1"), ("normalize (kSearch)", "BM_Normalize/2"),
         ("**normalize + tokenize + stem**", "BM_Tokenize"), ("light stem alone (words only)", "BM_LightStem"),
         ("numbers: scan alone", "BM_ScanNumbers/0"), ("numbers: normalize + tokenize + scan", "BM_ScanNumbers/1"),
         ("dates: scan alone", "BM_ScanDates/0"), ("dates: normalize + tokenize + scan", "BM_ScanDates/1"),
         ("peer: Snowball Arabic stemmer alone (whitespace split)", "BM_SnowballStem")]
if micro or "lucene" in result:
    md += ["", f"## Language core and peers (one thread, text fields of `{os.path.basename(result['corpus']['micro'])}`)", "",
           "| what | MB/s | ours / this | peak RSS MB |", "| --- | ---: | ---: | ---: |"]
    for label, key in MICRO:
        b = micro.get(key)
        if b:
            r = "" if key != "BM_SnowballStem" else f"{fmt(ratios.get('ours_over_snowball'), 2)}×"
            md.append(f"| {label} | {mmm(b['mb_s'])} | {r} | {fmt(b['peak_rss_mb'], 0)} |")
    if "lucene" in result:
        l = result["lucene"]
        md.append(f"| peer: Lucene 8.7 ArabicAnalyzer (tokenize + normalize + stem) | {mmm(l['mb_s'])} | "
                  f"{fmt(ratios.get('ours_over_lucene'), 2)}× | {fmt(l['peak_rss_mb'], 0)} |")
    md.append("\n“ours / this”: `BM_Tokenize` (normalize + tokenize + stem) over the peer, same text, same run.")
if alloc:
    al = result["allocations"]
    md += ["", f"Allocations after warm-up (normalize + tokenize + stem, reused buffers): "
           f"{al['allocations']} for {al['docs']} documents and {al['tokens']} tokens "
           f"({al['allocations_per_doc']:.3f} per document, max {al['max_per_doc']} in one document) — "
           + ("no per-token allocation." if al["ok"] else "**per-token allocation found**.")]

with open(os.path.join(out, "latest.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(md) + "\n")

# ---- history ----
hist = os.path.join(out, "history.md")
if not os.path.exists(hist):
    with open(hist, "w", encoding="utf-8") as f:
        f.write("# Benchmark history\n\nOne line per `bench/run.sh` run: medians.\n\n")
parts = [f"- {result['date']}:"]
a1_cpu = med(a.get("1", {}).get("mb_per_cpu_s"))
if a1 is not None:
    parts.append(f"analyze {fmt(a1)} MB/s per core (1 thread; {fmt(a1_cpu)} MB per CPU second)")
if a2 is not None:
    parts.append(f"{fmt(a2)} per core (2 threads)")
if sc is not None:
    parts.append(f"scaling {sc:.2f}×")
if mem:
    parts.append(f"peak RSS {fmt(mem['small']['peak_rss_mb']['median'], 0)} MB / "
                 f"{fmt(mem['large']['peak_rss_mb']['median'], 0)} MB for {mem['small']['documents']:,} / "
                 f"{mem['large']['documents']:,} documents")
parts.append(f"tokenize+stem {fmt(ours)} MB/s, Snowball {fmt(snow)}, Lucene {fmt(luc)}")
for name, e in stores.items():
    sr = e.get("search", {})
    parts.append(f"{name} ingest {fmt(med(e['docs_s']), 0)} documents/s, search p50/p99 "
                 f"{fmt(med(sr.get('p50_ms')), 1)}/{fmt(med(sr.get('p99_ms')), 1)} ms")
passed = [t for t in targets if t["pass"] is not None]
parts.append(f"targets passed {sum(t['pass'] for t in passed)}/{len(passed)}; load {' '.join(load_start)}")
with open(hist, "a", encoding="utf-8") as f:
    f.write(parts[0] + " " + ", ".join(parts[1:]) + "\n")
print("\n".join(md))
