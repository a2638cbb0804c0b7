#!/usr/bin/env bash
# A store file with garbage over its header (and a file that was never a store): every command
# exits 1 with "not an isnad store or damaged" naming the file, and never crashes; the good
# store it was copied from is untouched. Garbage inside the file (header intact) gives exit 1
# with SQLite's "malformed" reason, or no error when the ingest never reads the broken page —
# never a crash.
source "$(dirname "$0")/lib.sh" "$@"

GOOD=$TMP/good.db
"$ISNAD" ingest "$SEEDS" --db "$GOOD" 2>/dev/null || fail "the first ingest failed"
expect_eq "$(count "$GOOD")" 5 "documents in the good store"

garbage() {  # FILE OFFSET BYTES: deterministic garbage, in place
  { yes 'isnad garbage 0123456789 ~!@#$%^&*()' || true; } | head -c "$3" |
    dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

cp "$GOOD" "$TMP/header.db"
garbage "$TMP/header.db" 0 8192
cp "$ROOT/README.md" "$TMP/text.db"

for bad in "$TMP/header.db" "$TMP/text.db"; do
  for cmd in "ingest $SEEDS" "search الباغوز" "stories --format json"; do
    rc=0
    # shellcheck disable=SC2086
    "$ISNAD" $cmd --db "$bad" >/dev/null 2>"$TMP/err" || rc=$?
    expect_eq "$rc" 1 "exit status of '$cmd' on $(basename "$bad")"
    expect_grep "not an isnad store or damaged" "$TMP/err" "'$cmd' on $(basename "$bad")"
    expect_grep "$bad" "$TMP/err" "the message names the file"
  done
done
cmp -s "$ROOT/README.md" "$TMP/text.db" || fail "isnad wrote into a file that is not a store"

# Garbage in the middle: pages after the first two.
cp "$GOOD" "$TMP/middle.db"
size=$(stat -c %s "$TMP/middle.db")
garbage "$TMP/middle.db" 8192 $((size - 8192))
rc=0
"$ISNAD" ingest "$SEEDS" --db "$TMP/middle.db" 2>"$TMP/err" || rc=$?
[ "$rc" -le 1 ] || { cat "$TMP/err" >&2; fail "ingest into a damaged store ended with status $rc"; }
if [ "$rc" = 1 ]; then
  expect_grep "malformed|damaged|corrupt|not a database" "$TMP/err" "the reason for a damaged page"
fi

expect_eq "$(count "$GOOD")" 5 "documents in the good store afterwards"
"$PROBE" check "$GOOD" >/dev/null || fail "the good store was touched"
# Recovery: a fresh store next to the damaged one.
"$ISNAD" ingest "$SEEDS" --db "$TMP/fresh.db" 2>/dev/null || fail "ingest into a fresh store failed"
expect_eq "$(count "$TMP/fresh.db")" 5 "documents in a fresh store"
log "ok"
