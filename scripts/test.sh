#!/usr/bin/env bash
# The one command that runs every test (`npm test`): it starts what the tests need (the local
# lab, the product for the browser test), runs static checks, then every test file, and stops
# what it started, even on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}"

# Servers refuse to start without keys (none is in the source): a fresh pair for every run,
# shared by the product started below and the servers the tests start.
export MERIDIAN_INTERNAL_KEY="${MERIDIAN_INTERNAL_KEY:-$(openssl rand -base64 48)}"
export MERIDIAN_SESSION_KEY="${MERIDIAN_SESSION_KEY:-$(openssl rand -base64 48)}"

# A report from an earlier run must not give this run's counts line.
rm -f .run/vitest.json

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

started_lab=0
product_pid=""
cleanup() {
  local rc=$?
  if [ -n "$product_pid" ]; then kill -TERM -- "-$product_pid" 2>/dev/null || true; wait "$product_pid" 2>/dev/null || true; fi
  if [ "$started_lab" = 1 ] && [ -z "${MERIDIAN_KEEP_LAB:-}" ]; then step "lab down"; npx tsx deploy/local/lab.ts down || true; fi
  # The test counts, once more as the very last line (CI reads "N passed, N failed" from it).
  if [ -f .run/vitest.json ]; then printf '\n%s\n' "$(npx tsx scripts/test-counts.ts .run/vitest.json)"; fi
  exit $rc
}
trap cleanup EXIT INT TERM

step "generate (prisma client, supergraph, codegen) and check committed output"
npx prisma generate >/dev/null
npm run --silent compose -- --check
npm run --silent codegen >/dev/null
if ! git diff --quiet -- schema subgraphs/*/src/generated web/src/gql 2>/dev/null; then
  echo "generated files differ from the committed ones: run npm run codegen / npm run compose and commit" >&2
  git diff --stat -- schema subgraphs/*/src/generated web/src/gql >&2
  exit 1
fi

step "typecheck"
npx tsc -p .
npx tsc -p web

step "lint"
npx eslint .

step "lab up"
if ! npx tsx deploy/local/lab.ts status >/dev/null 2>&1; then started_lab=1; fi
npx tsx deploy/local/lab.ts up

step "product up (for the browser test; builds the console when its sources changed)"
mkdir -p .run
setsid npx tsx scripts/start.ts --test >.run/product.log 2>&1 &
product_pid=$!
for _ in $(seq 1 1200); do
  if grep -q 'Meridian is up' .run/product.log; then break; fi
  if ! kill -0 "$product_pid" 2>/dev/null; then cat .run/product.log; exit 1; fi
  sleep 0.5
done
grep -q 'Meridian is up' .run/product.log || { cat .run/product.log; echo "product did not start in 600 s" >&2; exit 1; }

step "tests"
# vitest.config.ts: a project per workspace package, every <package>/test/**/*.test.ts, files in
# parallel (at most 3 at a time unless MERIDIAN_TEST_CONCURRENCY says otherwise).
rm -f .run/vitest.json .run/test-output.log
npx vitest run --maxWorkers="${MERIDIAN_TEST_CONCURRENCY:-3}" --reporter=default --reporter=json --outputFile.json=.run/vitest.json 2>&1 | tee .run/test-output.log

# `lab down` must leave nothing running and `lab up` must work again after it (issue #2): checked
# on the lab this run started, after the product that used it has stopped.
if [ "$started_lab" = 1 ]; then
  step "lab lifecycle check (down leaves nothing; up again; up is idempotent)"
  kill -TERM -- "-$product_pid" 2>/dev/null || true; wait "$product_pid" 2>/dev/null || true; product_pid=""
  npx tsx deploy/local/scripts/check-down-up.ts
fi
