#!/usr/bin/env bash
# The tab benchmark: builds the tab and publishes the host as for App Service (Release, linux-x64: its static assets
# compressed with Brotli and gzip), starts Azurite (in memory) and the published host with the Nord demo on free ports,
# measures a member's first load in Debian's chromium (scripts/tab-benchmark.mjs), and stops both.
#   scripts/tab-benchmark.sh [runs]     (default 7)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/common.sh"
LOGS="$(mktemp -d)"

require_tools
ensure_node_tools
ensure_tab_tools
ensure_chromium
build_tab "$LOGS/tab.log"
say "Publishing the host (Release, linux-x64)"
dotnet publish "$ROOT/bot/TeamsMentor.Bot/TeamsMentor.Bot.csproj" -c Release -r linux-x64 --self-contained false -o "$LOGS/publish" \
  --nologo -v quiet -clp:ErrorsOnly >"$LOGS/build.log" 2>&1 || { cat "$LOGS/build.log"; die "the host's publish failed"; }

AZURITE_PORT="$(free_port)"
BOT_PORT="$(free_port)"
start_azurite "$AZURITE_PORT" "$LOGS/azurite.log" --inMemoryPersistence
trap 'stop_pid "${BOT_PID:-0}" "the host"; stop_pid "$AZURITE_PID" Azurite; rm -rf "$LOGS"' EXIT
wait_for_tcp "$AZURITE_PORT" 30 "$AZURITE_PID" Azurite "$LOGS/azurite.log"

ORGANIZER="00000000-0000-0000-0000-0000000000020"
(
  trap - INT
  exec env ASPNETCORE_ENVIRONMENT=Development \
    Storage__ConnectionString="$(azurite_connection_string "$AZURITE_PORT")" \
    Evaluations__AnswerKey="$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))')" \
    Demo__PlanFiles__0="$ROOT/plans/mentorprogram-nord.json" \
    Demo__Organizers__0__Name="Ingrid Solberg" Demo__Organizers__0__AadObjectId="$ORGANIZER" \
    Demo__Now="2024-10-16T09:00:00+02:00" Delivery__Enabled=false Tab__DangerouslyAllowDevSignIn=true \
    Logging__LogLevel__Default=Warning \
    dotnet "$LOGS/publish/TeamsMentor.Bot.dll" --urls "http://127.0.0.1:$BOT_PORT" --contentRoot "$LOGS/publish"
) >"$LOGS/bot.log" 2>&1 &
BOT_PID=$!
wait_for_http "http://127.0.0.1:$BOT_PORT/healthz/ready" 90 "$BOT_PID" "the host" "$LOGS/bot.log"

MEMBER="$(node -e '
  fetch(process.argv[1]).then((r) => r.json()).then((people) => {
    const hanne = people.find((p) => p.name === "Hanne Solbakken");
    if (!hanne) process.exit(1);
    process.stdout.write(hanne.objectId);
  })' "http://127.0.0.1:$BOT_PORT/api/tab/dev/people")"
say "Measuring (Hanne Solbakken, a member of Tromsø hjemmetjeneste sone 1)"
CHROMIUM_PATH="$(command -v chromium)" node "$ROOT/scripts/tab-benchmark.mjs" "http://127.0.0.1:$BOT_PORT" "$MEMBER" "${1:-7}"
