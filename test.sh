#!/usr/bin/env bash
# Runs every TeamsMentor test: restores and builds, starts an in-memory Azurite on a free port, runs all test projects
# (unit, Azurite integration, ASP.NET host, and end-to-end through the real Agents Playground), the tab's Vitest
# component tests and its browser tests (playwright-core in Debian's chromium, installed with apt if missing; screenshots
# in artifacts/screenshots), stops everything it
# started (also on failure or Ctrl-C), and ends with one line: "tests: N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"
cd "$ROOT"

RESULTS="$ROOT/artifacts/test-results"
LOGS="$ROOT/artifacts/logs"
rm -rf "$RESULTS"; mkdir -p "$RESULTS" "$LOGS"

SUMMARY_PRINTED=0
cleanup() {
  if [[ -n "${TEST_PID:-}" ]] && kill -0 "$TEST_PID" 2>/dev/null; then
    kill -TERM -- "-$TEST_PID" 2>/dev/null; wait "$TEST_PID" 2>/dev/null
  fi
  TEST_PID=
  [[ -n "${AZURITE_PID:-}" ]] && stop_pid "$AZURITE_PID" Azurite INT
  AZURITE_PID=
}
finish() {
  cleanup
  # Whatever happened, CI gets its closing line.
  ((SUMMARY_PRINTED)) || echo "tests: 0 passed, 1 failed"
}
trap finish EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

fail_early() { echo "$1" >&2; exit 1; }

require_tools
ensure_node_tools
ensure_tab_tools
ensure_chromium
build_tab "$LOGS/tab-build.log"

say "Restoring and building (Debug)"
dotnet build "$ROOT/TeamsMentor.sln" -c Debug --nologo -v quiet -clp:ErrorsOnly >"$LOGS/build.log" 2>&1 \
  || { cat "$LOGS/build.log"; fail_early "error: the build failed"; }

AZURITE_PORT=$(free_port)
say "Starting Azurite (in memory) on 127.0.0.1:$AZURITE_PORT"
start_azurite "$AZURITE_PORT" "$LOGS/azurite.log" --inMemoryPersistence
wait_for_tcp "$AZURITE_PORT" 30 "$AZURITE_PID" Azurite "$LOGS/azurite.log" || fail_early "error: Azurite did not start"
export TEAMSMENTOR_TEST_STORAGE
TEAMSMENTOR_TEST_STORAGE="$(azurite_connection_string "$AZURITE_PORT")"

say "Running the tests"
# In its own process group (setsid) and waited for, so Ctrl-C/TERM stop it at once instead of after the suite.
setsid bash -c 'set -o pipefail; dotnet test "$1" -c Debug --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$2" \
  -- RunConfiguration.TreatNoTestsAsError=true 2>&1 | tee "$3" | grep -vE "^\s*$|^Test run for|^A total of|VSTest version|Results File:"; exit "${PIPESTATUS[0]}"' \
  _ "$ROOT/TeamsMentor.sln" "$RESULTS" "$LOGS/test.log" &
TEST_PID=$!
wait "$TEST_PID"
test_status=$?
TEST_PID=

say "Running the tab's browser tests (playwright-core in chromium, against the real host)"
(cd "$ROOT/tab" && NO_COLOR=1 CHROMIUM_PATH="$(command -v chromium)" npx --no-install vitest run -c vitest.e2e.config.ts \
  --reporter=default --reporter=junit --outputFile.junit="$RESULTS/tab-e2e.junit.xml") >"$LOGS/e2e.log" 2>&1 \
  || { tail -n 40 "$LOGS/e2e.log"; [[ -f "$RESULTS/tab-e2e.junit.xml" ]] || extra_e2e=1; }
grep -E "Tests |Test Files " "$LOGS/e2e.log" | sed 's/^/  /'

cleanup
say "Running the tab's component tests (Vitest)"
(cd "$ROOT/tab" && NO_COLOR=1 npx --no-install vitest run --reporter=default --reporter=junit --outputFile.junit="$RESULTS/tab.junit.xml") >"$LOGS/vitest.log" 2>&1 \
  || { tail -n 40 "$LOGS/vitest.log"; [[ -f "$RESULTS/tab.junit.xml" ]] || extra_tab=1; }
grep -E "Tests |Test Files " "$LOGS/vitest.log" | sed 's/^/  /'

say "Summary"
# A crashed test host leaves no TRX: count a non-zero exit with no recorded failure as one failure.
extra=0
if ((test_status != 0)) && ! grep -q 'outcome="Failed"' "$RESULTS"/*.trx 2>/dev/null; then extra=1; fi
extra=$((extra + ${extra_tab:-0} + ${extra_e2e:-0}))
SUMMARY_PRINTED=1
node "$ROOT/scripts/summarize-tests.cjs" "$RESULTS" "$extra"
