# shellcheck shell=bash disable=SC2034
# Shared by the failure tests: arguments, a temporary directory removed on exit (whatever
# happens), processes to kill on exit, and small assertions.
# Usage in a test: source lib.sh "$@"   with arguments ISNAD_BINARY STORE_PROBE
set -euo pipefail

ISNAD=${1:?usage: $0 ISNAD_BINARY STORE_PROBE}
PROBE=${2:?usage: $0 ISNAD_BINARY STORE_PROBE}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export ISNAD_ROOT=$ROOT
SEEDS=$ROOT/data/sample/seeds
NAME=$(basename "$0" .sh)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/isnad-failure-$NAME.XXXXXX")
CLEANUPS=()   # commands run on exit, last first
PIDS=()       # background processes this test started

on_exit() {
  local rc=$?
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for ((i = ${#CLEANUPS[@]} - 1; i >= 0; i--)); do eval "${CLEANUPS[$i]}" || true; done
  rm -rf "$TMP"
  exit $rc
}
trap on_exit EXIT
trap 'exit 130' INT TERM

log() { echo "[$NAME] $*" >&2; }
fail() { echo "[$NAME] FAIL: $*" >&2; exit 1; }
skip() { echo "[$NAME] SKIP: $*" >&2; exit 77; }
expect_eq() { [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"; }
expect_grep() {  # PATTERN FILE WHAT
  grep -Eq -- "$1" "$2" || { cat "$2" >&2; fail "$3: no /$1/ in the messages above"; }
}

# The larger input: the BBC Middle East corpus when it is at hand (ISNAD_FAILURE_CORPUS), else
# 400 distinct reports made from the seeds.
corpus() {
  local c=${ISNAD_FAILURE_CORPUS:-/work/shared/corpora/ant-multisource/ant_bbc_middleEast.jsonl}
  if [ -r "$c" ]; then
    echo "$c"
  else
    "$PROBE" corpus "$TMP/corpus.jsonl" 400 >&2
    echo "$TMP/corpus.jsonl"
  fi
}

count() { "$PROBE" count "$1"; }

# wait_count URL N PID: polls until the store holds >= N documents; fails when PID ends first
# (the ingest finished or died before the moment the test wanted) or after 60 s.
wait_count() {
  local deadline=$((SECONDS + 60)) n
  while :; do
    n=$(count "$1" 2>/dev/null || echo 0)
    [ "$n" -ge "$2" ] && return 0
    kill -0 "$3" 2>/dev/null || fail "the ingest ended before the store held $2 documents (it holds $n)"
    [ $SECONDS -lt $deadline ] || fail "the store never reached $2 documents (it holds $n)"
    sleep 0.02
  done
}

# The summary line of an ingest: "isnad: S stored, A already there, R rejected; store ..."
summary_field() {  # FILE stored|already|rejected
  sed -nE 's/^isnad: ([0-9]+) stored, ([0-9]+) already there, ([0-9]+) rejected.*/\1 \2 \3/p' "$1" |
    tail -n 1 | { read -r s a r; case $2 in stored) echo "$s" ;; already) echo "$a" ;; rejected) echo "$r" ;; esac; }
}
