#!/usr/bin/env bash
# The disk fills up mid-ingest (a 2 MB tmpfs): ingest exits 1 saying "disk full" and naming the
# store; the store still opens, holds whole batches only, all intact; once there is room the
# next run stores the rest.
source "$(dirname "$0")/lib.sh" "$@"

[ "$(id -u)" -eq 0 ] || skip "needs root to mount a small tmpfs"
MNT=$TMP/mnt
mkdir "$MNT"
mount -t tmpfs -o size=2m,mode=0755 tmpfs "$MNT" 2>"$TMP/mount.err" ||
  skip "cannot mount a tmpfs here ($(cat "$TMP/mount.err")); no other way to fill a disk safely"
CLEANUPS+=("umount -l '$MNT'")

BATCH=10
INPUT=$(corpus)
read -r ACCEPTED DISTINCT < <("$PROBE" inputs "$INPUT")
DB=$MNT/store.db

rc=0
"$ISNAD" ingest "$INPUT" --db "$DB" --batch $BATCH 2>"$TMP/full.err" || rc=$?
log "ingest on a full disk: exit $rc: $(grep -v '^$' "$TMP/full.err" | grep -v rejected | head -n 1)"
expect_eq "$rc" 1 "exit status on a full disk"
expect_grep "disk full|database or disk is full" "$TMP/full.err" "the message says the disk is full"
expect_grep "$DB" "$TMP/full.err" "the message names the store"

# Still full: the store opens and holds the batches committed before.
n=$(count "$DB") || fail "the store does not open on the full disk"
log "$n documents stored before the disk filled"
[ "$n" -gt 0 ] || fail "nothing was committed before the disk filled"
[ "$n" -lt "$DISTINCT" ] || fail "the disk never filled"
[ "$ACCEPTED" != "$DISTINCT" ] || expect_eq $((n % BATCH)) 0 "documents stored modulo the batch size"

# Room again: the store is intact and the next run completes.
mount -o remount,size=256m "$MNT"
"$PROBE" check "$DB" >/dev/null || fail "the store is damaged after the disk filled"
rc=0
"$ISNAD" ingest "$INPUT" --db "$DB" --batch 100 2>"$TMP/after.err" || rc=$?
expect_eq "$rc" 0 "exit status with room again"
expect_eq "$(summary_field "$TMP/after.err" already)" "$n" "documents already there"
expect_eq "$(count "$DB")" "$DISTINCT" "documents stored at the end"
log "ok"
