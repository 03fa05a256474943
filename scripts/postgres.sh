# A throwaway PostgreSQL server on 127.0.0.1, sourced by ./test.sh and bench/run.sh: a fresh data folder, a free
# port, fsync off (nothing in it outlives the run), stopped by the PID in its postmaster.pid. Callers run under
# `set -euo pipefail` and stop it on exit:
#   trap stop_postgres EXIT
#   start_postgres            # sets postgres_connection, e.g. Host=127.0.0.1;Port=PORT;Username=postgres

# The newest installed server's programs; empty when PostgreSQL is not installed.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

start_postgres() {
  local bin port
  bin="$(pg_bin)"
  pg_data="$(mktemp -d /tmp/saas-pg.XXXXXX)"
  # initdb refuses to run as root: the server's files belong to the postgres account then.
  local as_postgres=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$pg_data"
    as_postgres=(runuser -u postgres --)
  fi
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

  echo "== starting postgresql on 127.0.0.1:$port"
  "${as_postgres[@]}" "$bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" \
    -o "-p $port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  postgres_connection="Host=127.0.0.1;Port=$port;Username=postgres"
}

stop_postgres() {
  [ -n "${pg_data:-}" ] || return 0
  if [ -f "$pg_data/postmaster.pid" ]; then
    local pid
    pid="$(head -n 1 "$pg_data/postmaster.pid")"
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -rf "$pg_data"
}
