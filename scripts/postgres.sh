#!/usr/bin/env bash
# The test run's own PostgreSQL (sourced by scripts/test.sh and scripts/bench.sh): `start_postgres`
# makes a throwaway cluster in a temporary directory, owned by an unprivileged user (initdb and
# pg_ctl refuse root: as root they run through runuser), listening on 127.0.0.1 only, on a free port,
# trust authentication for loopback; it exports CIR_TEST_POSTGRES_URL for the tests. `stop_postgres`
# (in the EXIT trap, so also when tests fail or the run is interrupted) stops that server and removes
# the directory. Debian's server binaries are installed without a default cluster (bootstrap.sh), so
# nothing else is left running.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_USER="${PG_USER:-postgres}"
PG_DIR=""

as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$PG_USER" -- "$@"
  else
    "$@"
  fi
}

free_tcp_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_postgres() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "test: PostgreSQL 15 server binaries missing ($PG_BIN); PostgreSQL tests will not run" >&2
    return 0
  fi
  PG_DIR=$(mktemp -d /tmp/cir-kiosk-postgres.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$PG_DIR"
  local port
  port=$(free_tcp_port)
  as_pg_user "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
    || { echo "test: initdb failed (see $PG_DIR/initdb.log)" >&2; return 1; }
  # fsync off: a throwaway cluster need not survive a power cut, and the tests run faster.
  as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_DIR -c fsync=off -c max_connections=300" \
    start >/dev/null || { echo "test: PostgreSQL did not start (see $PG_DIR/server.log)" >&2; return 1; }
  export CIR_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "test: throwaway PostgreSQL 15 on 127.0.0.1:$port ($PG_DIR)"
}

stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
      || echo "test: PostgreSQL did not stop cleanly (see $PG_DIR/server.log)" >&2
  fi
  rm -rf "$PG_DIR"
  PG_DIR=""
  unset CIR_TEST_POSTGRES_URL
}
