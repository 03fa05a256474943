#!/usr/bin/env bash
# The test command: installs what the tests need when missing (PostgreSQL, Debian's Chromium for the
# Playwright tests), starts a throwaway PostgreSQL on 127.0.0.1, runs every test of the solution, and stops
# the server by its PID.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -n "$(pg_bin)" ] || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
PG_BIN="$(pg_bin)"

pg_data="$(mktemp -d /tmp/saas-pg.XXXXXX)"
as_postgres=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$pg_data"
  as_postgres=(runuser -u postgres --)
fi
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

stop_postgres() {
  if [ -f "$pg_data/postmaster.pid" ]; then
    local pid
    pid="$(head -n 1 "$pg_data/postmaster.pid")"
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -rf "$pg_data"
}
trap stop_postgres EXIT

echo "== starting postgresql on 127.0.0.1:$pg_port"
"${as_postgres[@]}" "$PG_BIN/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
"${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" \
  -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
export SAAS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"

echo "== dotnet test"
dotnet test SaaS.sln "$@"
