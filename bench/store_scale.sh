#!/usr/bin/env bash
# Store at scale (issue: ingest and index a real corpus of at least 50 000 documents).
# Builds a corpus of COPIES x the real articles of ant-multisource and saudinewsnet-aawsat
# (12 605 articles; each copy after the first gets a marker line appended to its text, so
# its content hash differs and it is stored as a new, near-copy document — which also
# exercises near-duplicate detection), ingests it into a fresh store, and measures documents/s,
# store size per document and search latency p50/p99 (bench/search_latency).
# Usage: bench/store_scale.sh BUILD_DIR [STORE_URL]   COPIES=4 (default) → 50 420 documents
set -euo pipefail
build=$(cd "${1:?usage: bench/store_scale.sh BUILD_DIR [STORE_URL]}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
corpora=${CORPORA:-$(cd "$root/.." && pwd)/shared/corpora}
copies=${COPIES:-4}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
url=${2:-$tmp/scale.db}
py=/usr/bin/python3
"$py" - "$corpora" "$copies" "$tmp/corpus.jsonl" <<'PY'
import json, sys, glob
corpora, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = sorted(glob.glob(corpora + "/ant-multisource/*.jsonl")) + [corpora + "/saudinewsnet-aawsat/saudinewsnet_aawsat.jsonl"]
n = 0
with open(out, "w") as f:
    for c in range(copies):
        for path in files:
            for line in open(path, encoding="utf-8"):
                d = json.loads(line)
                text = d.get("text") or d.get("content") or ""
                if c:
                    text += "\n(نسخة %d)" % (c + 1)
                d["text"] = text
                d.pop("content", None)
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += 1
print(n, file=sys.stderr)
PY
docs=$(wc -l <"$tmp/corpus.jsonl")
mb=$(du -m "$tmp/corpus.jsonl" | cut -f1)
start=$(date +%s.%N)
/usr/bin/time -v -o "$tmp/ingest.time" "$build/isnad" ingest "$tmp/corpus.jsonl" --db "$url" --batch 500
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc)
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/ingest.time")
size_kb=0
[ -f "$url" ] && size_kb=$(( ($(stat -c %s "$url") + $(stat -c %s "$url-wal" 2>/dev/null || echo 0)) / 1024 ))
cat >"$tmp/queries.txt" <<'Q'
الباغوز
استسلام الباغوز
الغوطة الشرقية
إجلاء المدنيين
المرصد السوري
قوات سوريا الديمقراطية
دير الزور
الإفراج عن المعتقلين
غارات التحالف
عفرين
الحوثي
مقتل مدنيين
اتفاق وقف إطلاق النار
اللاجئين السوريين
تنظيم داعش
Q
lat=$("$build/bench/search_latency" "$url" "$tmp/queries.txt" 5)
"$py" - "$docs" "$mb" "$secs" "$rss" "$size_kb" "$lat" "$url" <<'PY' | tee "$root/bench/results/store_scale.json"
import json, sys
docs, mb, secs, rss, size_kb, lat, url = sys.argv[1:8]
docs, mb, secs, rss, size_kb = int(docs), float(mb), float(secs), int(rss), int(size_kb)
print(json.dumps({"store": "postgresql" if url.startswith("postgres") else "sqlite",
                  "documents": docs, "input_mb": mb, "seconds": round(secs, 1),
                  "documents_per_s": round(docs / secs, 1), "mb_per_s": round(mb / secs, 2),
                  "peak_rss_mb": rss // 1024,
                  "store_kb_per_document": round(size_kb / docs, 1) if size_kb else None,
                  "search": json.loads(lat)}, ensure_ascii=False, indent=1))
PY
