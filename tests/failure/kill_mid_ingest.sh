#!/usr/bin/env bash
# kill -9 in the middle of an ingest, twice: after each kill the store holds whole batches only
# (a multiple of --batch), every stored document is complete (analysis JSON, full-text row,
# story), SQLite's integrity checks pass; the next run stores the rest and ends with every
# input document stored once.
source "$(dirname "$0")/lib.sh" "$@"

BATCH=10
INPUT=$(corpus)
read -r ACCEPTED DISTINCT < <("$PROBE" inputs "$INPUT")
log "input $INPUT: $ACCEPTED documents, $DISTINCT distinct"
[ "$DISTINCT" -gt $((BATCH * 20)) ] || fail "the input is too small to kill an ingest midway"
DB=$TMP/store.db

kill_after() {  # N: start an ingest, kill -9 it once the store holds >= N documents
  "$ISNAD" ingest "$INPUT" --db "$DB" --batch $BATCH 2>"$TMP/kill.err" &
  local pid=$!
  PIDS+=("$pid")
  wait_count "$DB" "$1" "$pid"
  kill -9 "$pid"
  local rc=0
  wait "$pid" || rc=$?
  expect_eq "$rc" 137 "exit status of the killed ingest"
  local n
  n=$(count "$DB")
  log "killed with $n documents stored"
  [ "$n" -ge "$1" ] || fail "the store lost documents: $n < $1"
  [ "$n" -lt "$DISTINCT" ] || fail "the ingest had finished before the kill"
  # Batches are all or nothing; a re-run's batches hold the same documents as the first
  # run's, so even after a second kill the count stays a multiple of the batch size.
  if [ "$ACCEPTED" = "$DISTINCT" ]; then
    expect_eq $((n % BATCH)) 0 "documents stored modulo the batch size"
  fi
  "$PROBE" check "$DB" >/dev/null || fail "a stored document is incomplete after kill -9"
  LAST=$n
}

kill_after $((BATCH * 3))
kill_after $((LAST + BATCH * 20))

# The next run recovers: it stores the rest, and what was there is "already there".
rc=0
"$ISNAD" ingest "$INPUT" --db "$DB" --batch $BATCH 2>"$TMP/final.err" || rc=$?
rejected=$(summary_field "$TMP/final.err" rejected)
[ -n "$rejected" ] || { cat "$TMP/final.err" >&2; fail "no summary from the final ingest"; }
expect_eq "$rc" "$([ "$rejected" -gt 0 ] && echo 1 || echo 0)" "exit status of the final ingest"
expect_eq "$(summary_field "$TMP/final.err" already)" "$LAST" "documents already there"
expect_eq "$(count "$DB")" "$DISTINCT" "documents stored at the end"
"$PROBE" check "$DB" >/dev/null || fail "the recovered store is not intact"
log "ok: two kills, $DISTINCT documents stored once each"
