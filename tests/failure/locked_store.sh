#!/usr/bin/env bash
# A second process holds the store's write lock: ingest waits the busy timeout (5 s), then
# exits 1 with a clear "locked" message naming the store; nothing is corrupted or lost, and
# once the lock is released the same ingest succeeds.
source "$(dirname "$0")/lib.sh" "$@"

DB=$TMP/store.db
mkdir "$TMP/first"
cp "$SEEDS"/000_* "$SEEDS"/001_* "$SEEDS"/002_* "$TMP/first/"
"$ISNAD" ingest "$TMP/first" --db "$DB" 2>/dev/null || fail "the first ingest failed"
expect_eq "$(count "$DB")" 3 "documents before the lock"

"$PROBE" lock "$DB" 30 >"$TMP/lock.out" &
LOCKER=$!
PIDS+=("$LOCKER")
for _ in $(seq 100); do grep -q locked "$TMP/lock.out" && break; sleep 0.05; done
grep -q locked "$TMP/lock.out" || fail "the lock holder never got the lock"

start=$SECONDS
rc=0
timeout 60 "$ISNAD" ingest "$SEEDS" --db "$DB" 2>"$TMP/locked.err" || rc=$?
took=$((SECONDS - start))
log "ingest under lock: exit $rc after ${took}s: $(grep -v '^$' "$TMP/locked.err" | head -n 1)"
expect_eq "$rc" 1 "exit status under the lock"
expect_grep "locked" "$TMP/locked.err" "the message says the store is locked"
expect_grep "$DB" "$TMP/locked.err" "the message names the store"
[ "$took" -le 20 ] || fail "ingest waited ${took}s under the lock (busy timeout 5 s)"

kill "$LOCKER"
wait "$LOCKER" 2>/dev/null || true
expect_eq "$(count "$DB")" 3 "documents after the failed ingest"
"$PROBE" check "$DB" >/dev/null || fail "the store is damaged after the locked ingest"

rc=0
"$ISNAD" ingest "$SEEDS" --db "$DB" 2>"$TMP/after.err" || rc=$?
expect_eq "$rc" 0 "exit status once the lock is gone"
expect_eq "$(count "$DB")" 5 "documents once the lock is gone"
log "ok"
