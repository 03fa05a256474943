#!/usr/bin/env bash
# Builds the solution in Release and runs the benchmark against the Release host, with a throwaway PostgreSQL on
# 127.0.0.1 when PostgreSQL is installed (the checkout and ledger phases measure it beside SQLite), stopped on exit.
# Arguments go to the bench, e.g.: bench/run.sh launch cold --launches 5 --cold-tenants 50
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/postgres.sh"
dotnet build "$root/SaaS.sln" -c Release --nologo -v quiet

postgres=()
if [ -n "$(pg_bin)" ]; then
  trap stop_postgres EXIT
  start_postgres
  postgres=(--postgres "$postgres_connection")
else
  echo "== PostgreSQL is not installed (apt-get install postgresql): the checkout and ledger phases measure SQLite only"
fi
dotnet "$root/bench/SaaS.Bench/bin/Release/net10.0/SaaS.Bench.dll" \
    --host "$root/src/SaaS.Web/bin/Release/net10.0/SaaS.Web.dll" "${postgres[@]}" "$@"
