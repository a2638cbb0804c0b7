#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR for SECONDS each, keeping the corpus of found inputs
# in tests/fuzz/<target>/ and any crash in tests/fuzz/<target>/crash-*.
set -euo pipefail
build=${1:-build-fuzz}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
for bin in $(find "$build" -type f -name '*_fuzz' -perm -u+x | sort); do
  name=$(basename "$bin")
  corpus="$root/tests/fuzz/$name"
  mkdir -p "$corpus"
  seeds=()
  [ -d "$root/tests/fuzz/seeds/$name" ] && seeds+=("$root/tests/fuzz/seeds/$name")
  echo "fuzz: $name for ${seconds}s" >&2
  if ! (cd "$root" && "$bin" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -max_len=65536 \
        -artifact_prefix="$corpus/" -print_final_stats=1 2>"$root/tests/fuzz/$name.log"); then
    echo "fuzz: $name FAILED, see tests/fuzz/$name.log" >&2
    status=1
  fi
  tail -n 12 "$root/tests/fuzz/$name.log" | grep -E 'stat::|cov:' | tail -n 3 >&2 || true
done
exit $status
