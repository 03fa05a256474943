#!/usr/bin/env bash
# Builds the solution in Release and runs the benchmark against the Release host.
# Arguments go to the bench, e.g.: bench/run.sh launch cold --launches 5 --cold-tenants 50
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$root/SaaS.sln" -c Release --nologo -v quiet
exec dotnet "$root/bench/SaaS.Bench/bin/Release/net10.0/SaaS.Bench.dll" \
    --host "$root/src/SaaS.Web/bin/Release/net10.0/SaaS.Web.dll" "$@"
