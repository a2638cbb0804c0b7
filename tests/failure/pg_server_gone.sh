#!/usr/bin/env bash
# The PostgreSQL server goes away mid-ingest (pg_ctl stop -m immediate, a crash to the client):
# ingest exits 1 with an error naming the server and the reason; after a restart every
# committed batch is there, complete, and re-running the ingest completes the store.
source "$(dirname "$0")/lib.sh" "$@"

PG="$ROOT/scripts/pg-test.sh"
[ -x /usr/lib/postgresql/15/bin/initdb ] || skip "postgresql-15 is not installed (bash scripts/install-deps.sh)"
export ISNAD_PG_STATE=$TMP/pg.state  # a server of its own, not the store tests' one
CLEANUPS+=("bash '$PG' stop")
URL=$(bash "$PG" start) || fail "cannot start a throw-away server"

BATCH=10
INPUT=$(corpus)
read -r ACCEPTED DISTINCT < <("$PROBE" inputs "$INPUT")

"$ISNAD" ingest "$INPUT" --db "$URL" --batch $BATCH 2>"$TMP/gone.err" &
pid=$!
PIDS+=("$pid")
wait_count "$URL" $((BATCH * 5)) "$pid"
bash "$PG" halt
start=$SECONDS
rc=0
wait "$pid" || rc=$?
log "ingest after the server went away: exit $rc after $((SECONDS - start))s: $(grep -v '^$' "$TMP/gone.err" | grep -v rejected | head -n 1)"
expect_eq "$rc" 1 "exit status when the server goes away"
expect_grep "postgresql://isnad@127\.0\.0\.1:[0-9]+/isnad" "$TMP/gone.err" "the message names the server"
expect_grep "server closed the connection|terminating connection|connection refused|no connection to the server|server went away" \
  "$TMP/gone.err" "the message gives the reason"

bash "$PG" start >/dev/null || fail "cannot restart the server"
n=$(count "$URL")
log "$n documents committed before the server went away"
[ "$n" -ge $((BATCH * 5)) ] || fail "committed documents were lost: $n"
[ "$n" -lt "$DISTINCT" ] || fail "the ingest had finished before the server went away"
[ "$ACCEPTED" != "$DISTINCT" ] || expect_eq $((n % BATCH)) 0 "documents stored modulo the batch size"
"$PROBE" check "$URL" >/dev/null || fail "a committed document is incomplete"

rc=0
"$ISNAD" ingest "$INPUT" --db "$URL" --batch 100 2>"$TMP/after.err" || rc=$?
expect_eq "$rc" 0 "exit status once the server is back"
expect_eq "$(summary_field "$TMP/after.err" already)" "$n" "documents already there"
expect_eq "$(count "$URL")" "$DISTINCT" "documents stored at the end"
"$PROBE" check "$URL" >/dev/null || fail "the store is not intact at the end"
log "ok"
