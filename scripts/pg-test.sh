#!/usr/bin/env bash
# A throw-away PostgreSQL server for isnad's tests: its own cluster in a temporary directory,
# listening only on 127.0.0.1 on a free port, trust authentication, one database `isnad`.
# It never touches the Debian `15/main` cluster (nor /var/run/postgresql: its socket lives
# in the temporary directory).
#
# Usage: scripts/pg-test.sh start|stop|url|halt|status
#   start   ensure a server runs (create the cluster, or restart a halted one); prints the URL
#   stop    stop the server and delete its directory; fine when nothing runs
#   url     print the URL of the running server (exit 1 when none)
#   halt    stop it like a crash (pg_ctl stop -m immediate) but keep its data, so that a later
#           `start` brings the same database back — for the failure tests
#   status  exit 0 when the server runs
#   exec CMD [ARGS...]
#           run CMD with ISNAD_TEST_PG_URL set to the running server's URL (exit 1 when none)
# The state (directory, port, URL) is kept in $ISNAD_PG_STATE (default
# ${TMPDIR:-/tmp}/isnad-pg-test.state); set it to run several servers side by side.
# Needs postgresql-15 (scripts/install-deps.sh installs it); installs nothing itself.
set -euo pipefail

PGBIN=${ISNAD_PG_BIN:-/usr/lib/postgresql/15/bin}
STATE=${ISNAD_PG_STATE:-${TMPDIR:-/tmp}/isnad-pg-test.state}
PORT_FIRST=${ISNAD_PG_PORT_FIRST:-54320}
PORT_LAST=${ISNAD_PG_PORT_LAST:-54999}

die() { echo "pg-test: $*" >&2; exit 1; }

# initdb and the server refuse to run as root: as root, run them as `postgres`. The lock
# (fd 9) is not handed down: the server would hold it for as long as it runs.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@" 9>&-
  else
    "$@" 9>&-
  fi
}

need_binaries() {
  [ -x "$PGBIN/initdb" ] || die "$PGBIN/initdb not found: install postgresql-15 (bash scripts/install-deps.sh)"
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root needs the 'postgres' user (created by the postgresql-15 package)"
  fi
}

load_state() {
  DIR="" PORT="" URL=""
  [ -f "$STATE" ] || return 1
  # shellcheck disable=SC1090
  . "$STATE"
  [ -n "$DIR" ] && [ -n "$PORT" ] && [ -n "$URL" ]
}

running() {
  [ -n "${DIR:-}" ] && [ -d "$DIR/data" ] && as_pg "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Starts the cluster in $DIR on $PORT; returns non-zero when the port was taken or it failed.
start_server() {
  as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $1 -c unix_socket_directories=$DIR -c fsync=off -c full_page_writes=off" \
    start >/dev/null 2>&1
}

cmd_start() {
  need_binaries
  if load_state; then
    if running; then
      echo "$URL"
      return 0
    fi
    if [ -d "$DIR/data" ]; then  # halted: bring the same data back on the same port
      start_server "$PORT" || die "cannot restart the server in $DIR (see $DIR/server.log)"
      echo "$URL"
      return 0
    fi
    rm -f "$STATE"  # stale: its directory is gone
  fi
  # The server runs as `postgres`, which must reach the directory: fall back to /tmp when
  # $TMPDIR is private to root.
  local base=${TMPDIR:-/tmp}
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -w "$base" 2>/dev/null; then base=/tmp; fi
  DIR=$(mktemp -d "$base/isnad-pg.XXXXXX")
  chmod 700 "$DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
  if ! as_pg "$PGBIN/initdb" -D "$DIR/data" -U isnad --auth=trust -E UTF8 --no-locale --no-sync \
      >"$DIR/initdb.log" 2>&1; then
    cat "$DIR/initdb.log" >&2
    rm -rf "$DIR"
    die "initdb failed"
  fi
  # A free port: start at a pseudo-random place in the range so that parallel runs spread
  # out, and move on when the server cannot bind.
  local span=$((PORT_LAST - PORT_FIRST + 1)) offset=$(( ($$ + RANDOM) % (PORT_LAST - PORT_FIRST + 1) ))
  local tries=0 port=""
  while [ $tries -lt 20 ]; do
    local p=$((PORT_FIRST + (offset + tries * 37) % span))
    tries=$((tries + 1))
    port_free "$p" || continue
    if start_server "$p"; then
      port=$p
      break
    fi
  done
  if [ -z "$port" ]; then
    tail -n 5 "$DIR/server.log" >&2 2>/dev/null || true
    rm -rf "$DIR"
    die "could not start a server on any free port in $PORT_FIRST-$PORT_LAST"
  fi
  if ! "$PGBIN/createdb" 9>&- -h 127.0.0.1 -p "$port" -U isnad isnad 2>"$DIR/createdb.log"; then
    cat "$DIR/createdb.log" >&2
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    die "createdb failed"
  fi
  URL="postgresql://isnad@127.0.0.1:$port/isnad"
  mkdir -p "$(dirname "$STATE")"
  printf 'DIR=%q\nPORT=%q\nURL=%q\n' "$DIR" "$port" "$URL" >"$STATE.tmp"
  mv "$STATE.tmp" "$STATE"
  echo "$URL"
}

cmd_stop() {
  load_state || { rm -f "$STATE"; return 0; }
  if running; then
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w -t 20 stop >/dev/null 2>&1 ||
      as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  case "$DIR" in
    */isnad-pg.*) rm -rf "$DIR" ;;  # only ever delete what we made
  esac
  rm -f "$STATE"
}

cmd_halt() {
  load_state || die "no server (run: $0 start)"
  running || return 0
  as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1
}

main() {
  local cmd=${1:-}
  case "$cmd" in
    start|stop|halt) ;;
    url) load_state && running && { echo "$URL"; return 0; }; die "no server running (run: $0 start)" ;;
    status) load_state && running; return ;;
    exec)
      shift
      [ $# -gt 0 ] || { echo "usage: $0 exec CMD [ARGS...]" >&2; exit 2; }
      { load_state && running; } || die "no server running (run: $0 start)"
      ISNAD_TEST_PG_URL=$URL exec "$@" ;;
    *) echo "usage: $0 start|stop|url|halt|status|exec CMD..." >&2; exit 2 ;;
  esac
  # One change at a time per state file (ctest -j runs fixtures and tests side by side).
  mkdir -p "$(dirname "$STATE")"
  exec 9>"$STATE.lock"
  flock -w 120 9 || die "another pg-test.sh holds $STATE.lock"
  "cmd_$cmd"
}

main "$@"
