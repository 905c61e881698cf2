#!/usr/bin/env bash
# Run a command (the test suite) with TURKIC_TIES_TEST_PG_URL pointing at a throwaway PostgreSQL
# cluster: initdb into a temporary folder, started on a free port on 127.0.0.1, removed afterwards.
# In CI (CI=true) Debian's `postgresql` package is installed when missing; elsewhere, without
# PostgreSQL, the PostgreSQL storage tests are skipped and say so. A URL already set is used as is.
set -euo pipefail

if [ -n "${TURKIC_TIES_TEST_PG_URL:-}" ]; then
  exec "$@"
fi
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN=$(pg_bin)
if [ -z "$BIN" ] && [ "${CI:-}" = true ]; then
  echo "CI: PostgreSQL is missing: installing Debian's postgresql"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  BIN=$(pg_bin)
fi
if [ -z "$BIN" ]; then
  echo "note: PostgreSQL not found: the PostgreSQL storage tests will be SKIPPED (apt-get install -y postgresql)"
  exec "$@"
fi

DIR=$(mktemp -d /tmp/turkic-ties-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
AS=()
if [ "$(id -u)" = 0 ]; then  # initdb refuses to run as root: the cluster belongs to the postgres user
  chown postgres "$DIR"
  AS=(runuser -u postgres --)
fi
stop() {
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
trap "exit 130" INT  # so that an interrupted run still stops and removes its cluster
trap "exit 143" TERM
"${AS[@]}" "$BIN/initdb" -D "$DIR/data" -A trust -U postgres >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log"; exit 1; }
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=60" start >/dev/null \
  || { cat "$DIR/server.log"; exit 1; }
"${AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres turkic_ties_test
export TURKIC_TIES_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/turkic_ties_test"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') for the storage tests on 127.0.0.1:$PORT"
"$@"
