#!/usr/bin/env bash
# The test command: installs what the tests need when missing (PostgreSQL, Debian's Chromium for the
# Playwright tests), starts a throwaway PostgreSQL on 127.0.0.1, runs every test of the solution, and stops
# the server by its PID.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

source scripts/postgres.sh

missing=()
[ -n "$(pg_bin)" ] || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
trap stop_postgres EXIT
start_postgres
export SAAS_TEST_POSTGRES="$postgres_connection"

echo "== dotnet test"
dotnet test SaaS.sln "$@"
