#!/usr/bin/env bash
# Runs TeamsMentor locally: Azurite (Table Storage), the bot on http://127.0.0.1:3978 in Development with local-dev
# auth, and the Microsoft 365 Agents Playground (a local Teams client), all bound to 127.0.0.1. Ctrl-C stops all three.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"
cd "$ROOT"

# --as "<name>": be that Playground person (the Playground has no user switcher), e.g. a team member instead of the
# organizer Ingrid Solberg. The data stays in .local/azurite, so stop, start again as someone else, and go on.
PLAYGROUND_AS=""
while (($#)); do
  case "$1" in
    --as) [[ $# -ge 2 ]] || die "--as needs a name, e.g. --as \"Mari Hansen\""; PLAYGROUND_AS="$2"; shift 2 ;;
    -h|--help) echo 'usage: ./run.sh [--as "<Playground person>"]   (people: see scripts/playground/playground.yml)'; exit 0 ;;
    *) die "unknown argument '$1' (usage: ./run.sh [--as \"<name>\"])" ;;
  esac
done

BOT_PORT=${BOT_PORT:-3978}
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
AZURITE_PORT=${AZURITE_PORT:-10002}
LOCAL="$ROOT/.local"
LOGS="$LOCAL/logs"
mkdir -p "$LOGS" "$LOCAL/azurite" "$LOCAL/playground"

require_tools
ensure_node_tools
# Who you are in the Playground, checked before anything is built or started.
PLAYGROUND_CONFIG="$ROOT/scripts/playground/playground.yml"
YOU="Ingrid Solberg, an organizer"
if [[ -n "$PLAYGROUND_AS" ]]; then
  PLAYGROUND_CONFIG="$LOCAL/playground/playground.yml"
  node "$ROOT/scripts/playground/as-person.cjs" "$ROOT/scripts/playground/playground.yml" "$PLAYGROUND_AS" "$PLAYGROUND_CONFIG" || die "see above"
  YOU="$PLAYGROUND_AS (started with --as; without it you are Ingrid Solberg, an organizer)"
fi
ensure_tab_tools
port_in_use "$BOT_PORT" && die "port $BOT_PORT is in use: stop what runs there, or set BOT_PORT"
if port_in_use "$AZURITE_PORT"; then AZURITE_PORT=$(free_port); fi

build_tab "$LOGS/tab-build.log"
say "Building the bot"
dotnet build "$ROOT/bot/TeamsMentor.Bot/TeamsMentor.Bot.csproj" -c Debug --nologo -v quiet -clp:ErrorsOnly >"$LOGS/build.log" 2>&1 \
  || { cat "$LOGS/build.log"; die "the build failed"; }

PIDS=()
stopping=0
stop_all() {
  ((stopping)) && return; stopping=1
  echo; say "Stopping"
  # SIGTERM for the bot (graceful ASP.NET Core shutdown) and the Playground: it works even when this script was
  # started from another script, where SIGINT is ignored and cannot be restored. Azurite gets SIGINT (its own handler
  # overrides the ignore): only then does it flush its data files.
  [[ -n "${PLAYGROUND_PID:-}" ]] && stop_pid "$PLAYGROUND_PID" "the Agents Playground" TERM
  [[ -n "${BOT_PID:-}" ]] && stop_pid "$BOT_PID" "the bot" TERM
  [[ -n "${AZURITE_PID:-}" ]] && stop_pid "$AZURITE_PID" "Azurite" INT
  say "Stopped. Data is kept in .local/azurite (delete the folder to start afresh)."
}
trap stop_all EXIT
trap 'exit 130' INT TERM

say "Starting Azurite (Table Storage) on 127.0.0.1:$AZURITE_PORT, data in .local/azurite"
start_azurite "$AZURITE_PORT" "$LOGS/azurite.log" --location "$LOCAL/azurite"
wait_for_tcp "$AZURITE_PORT" 30 "$AZURITE_PID" Azurite "$LOGS/azurite.log" || exit 1

# The evaluation answer key (a secret in Azure): made once per checkout and kept with the local data, so one answer per
# person holds across restarts.
[[ -s "$LOCAL/evaluation-key" ]] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))' >"$LOCAL/evaluation-key"

say "Starting the bot on http://127.0.0.1:$BOT_PORT (Development, local-dev auth)"
STORAGE="$(azurite_connection_string "$AZURITE_PORT")"
(
  trap - INT
  exec env ASPNETCORE_ENVIRONMENT=Development \
    Bot__DangerouslyAllowUnauthenticatedRequests=true \
    Storage__ConnectionString="$STORAGE" \
    Evaluations__AnswerKey="$(cat "$LOCAL/evaluation-key")" \
    Demo__PlanFiles__0="$ROOT/plans/mentorprogram-nord.json" \
    Demo__Organizers__0__Name="Ingrid Solberg" \
    Demo__Organizers__0__AadObjectId="00000000-0000-0000-0000-0000000000020" \
    Demo__Now="${DEMO_NOW:-2024-10-16T09:00:00+02:00}" \
    Tab__DangerouslyAllowDevSignIn=true \
    App__PublicUrl="http://127.0.0.1:$BOT_PORT" \
    dotnet "$ROOT/bot/TeamsMentor.Bot/bin/Debug/net10.0/TeamsMentor.Bot.dll" \
    --urls "http://127.0.0.1:$BOT_PORT" --contentRoot "$ROOT/bot/TeamsMentor.Bot"
) >"$LOGS/bot.log" 2>&1 &
BOT_PID=$!
wait_for_http "http://127.0.0.1:$BOT_PORT/healthz/ready" 60 "$BOT_PID" "the bot" "$LOGS/bot.log" || exit 1

say "Starting the Microsoft 365 Agents Playground"
(
  trap - INT
  cd "$LOCAL/playground"
  exec env APPLICATION_INSIGHTS_NO_STATSBEAT=true TEAMSAPPTESTER_BROWSER=none \
    M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PLAYGROUND_CONFIG" \
    M365_AGENTS_PLAYGROUND_LOGFILE="$LOGS/playground.log" \
    node -r "$ROOT/scripts/playground/force-loopback.cjs" \
    "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" \
    -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry
) >"$LOGS/playground.out" 2>&1 &
PLAYGROUND_PID=$!
for _ in $(seq 1 100); do
  grep -q "Listening on" "$LOGS/playground.out" 2>/dev/null && break
  kill -0 "$PLAYGROUND_PID" 2>/dev/null || { cat "$LOGS/playground.out" "$LOGS/playground.log" 2>/dev/null | tail -30; die "the Playground exited"; }
  sleep 0.2
done
PLAYGROUND_PORT=$(grep -o "Listening on [0-9]*" "$LOGS/playground.out" | head -1 | grep -o "[0-9]*$") || die "the Playground did not report its port"
wait_for_http "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping" 30 "$PLAYGROUND_PID" "the Playground" "$LOGS/playground.log" || exit 1

cat <<MSG

  TeamsMentor is running.

  Open the Agents Playground:   http://127.0.0.1:$PLAYGROUND_PORT
    The demo network is Mentorprogram Nord (its real calendar); the app's clock starts at ${DEMO_NOW:-2024-10-16T09:00:00+02:00}
    (by default two weeks before gathering 7, the last, with two years of reports, evaluations and open-screen sessions
    behind it). You are $YOU.
    - personal chat: the welcome card; write "hjelp" for the help card and press "Svar meg på norsk" (the Playground
      sends en-US; the choice is remembered for you)
    - team "Mentorprogram Tromsø": @mention TeamsMentor and write "koble" to link the channel to a municipality team
      (e.g. Tromsø hjemmetjeneste sone 1), then "min rolle" to pick yourself and your roles, and "plan" for the next
      gathering and the team's open tasks
    - open screen: write "åpen skjerm" (or "open screen") in the personal chat, fill in date, time and topic, paste any
      Teams meeting link (locally the app cannot create meetings) and press "Planlegg og inviter": the invite appears in
      every linked team channel, with "Jeg kommer / Kanskje / Kan ikke" and live counts
  The personal tab (Min plan):  http://127.0.0.1:$BOT_PORT/tab
    Outside Teams it offers the demo people to sign in as (development only): a team member sees and updates their
    team's tasks and progress plan; an organizer also gets the organizer workspace. Add ?lang=en or ?theme=dark.
  Bot endpoint:                 http://127.0.0.1:$BOT_PORT/api/messages   (health: /healthz, /healthz/ready)
  Admin API (as Ingrid):        curl -H "X-TeamsMentor-Dev-User: 00000000-0000-0000-0000-0000000000020" \\
                                  http://127.0.0.1:$BOT_PORT/api/tab/admin/networks/mentorprogram-nord/plan
  Table Storage (Azurite):      127.0.0.1:$AZURITE_PORT, data in .local/azurite
  Logs:                         .local/logs/

  Press Ctrl-C to stop everything.

MSG

wait -n "$AZURITE_PID" "$BOT_PID" "$PLAYGROUND_PID" || true
echo "warning: a component stopped unexpectedly; see .local/logs/" >&2
