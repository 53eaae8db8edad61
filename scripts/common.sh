# Shared helpers for run.sh and test.sh (sourced, not executed).
# Needs only bash, the .NET SDK, Node.js/npm and (for browser tests) apt.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

require_tools() {
  command -v dotnet >/dev/null || die "the .NET SDK is not installed (https://dot.net); TeamsMentor needs .NET 10"
  command -v node >/dev/null || die "Node.js is not installed (apt-get install nodejs npm)"
  command -v npm >/dev/null || die "npm is not installed (apt-get install npm)"
}

# Installs the pinned npm tools (Azurite, Agents Playground, adaptivecards) when package-lock.json changed.
ensure_node_tools() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || "$ROOT/package-lock.json" -nt "$stamp" ]]; then
    say "Installing the pinned npm tools (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  fi
}

# The tab's front end (tab/): its own npm packages, then a Vite build into the bot's wwwroot/tab.
ensure_tab_tools() {
  local stamp="$ROOT/tab/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || "$ROOT/tab/package-lock.json" -nt "$stamp" ]]; then
    say "Installing the tab's npm packages (in tab/, as pinned by its package-lock.json)"
    # Not "npm ci": the lock cannot list rollup's binaries for other platforms (the registry copy served here lacks
    # them), and npm ci refuses a lock without them. "install --no-save" installs exactly the lock's versions and
    # leaves the lock as it is.
    (cd "$ROOT/tab" && npm install --no-save --no-audit --no-fund --loglevel=error) || die "npm install in tab/ failed"
  fi
}

build_tab() {
  local log=$1
  say "Building the tab (type check and Vite)"
  (cd "$ROOT/tab" && npm run --silent build) >"$log" 2>&1 || { cat "$log"; die "the tab's build failed"; }
}

# Debian's chromium for the browser tests (playwright-core drives it); installed with apt when missing.
ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return 0
  say "Installing Debian's chromium for the browser tests (apt)"
  local sudo=""
  ((EUID == 0)) || sudo="sudo"
  $sudo apt-get update -qq >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || die "could not install chromium (apt-get install chromium)"
}

# A free TCP port on 127.0.0.1.
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
}

port_in_use() {
  node -e "const s=require('net').createServer();s.once('error',()=>process.exit(0));s.listen($1,'127.0.0.1',()=>{s.close();process.exit(1)})"
}

# wait_until SECONDS PID NAME LOG WHAT PROBE...: runs PROBE until it succeeds, the process dies, or time runs out.
wait_until() {
  local seconds=$1 pid=$2 name=$3 log=$4 what=$5; shift 5
  local deadline=$((SECONDS + seconds))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "error: $name exited during start-up" >&2
      [[ -n "$log" && -f "$log" ]] && tail -n 30 "$log" >&2
      return 1
    fi
    "$@" 2>/dev/null && return 0
    sleep 0.3
  done
  echo "error: $name did not $what within ${seconds}s" >&2
  [[ -n "$log" && -f "$log" ]] && tail -n 30 "$log" >&2
  return 1
}

http_ok() { node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$1"; }
tcp_open() { node -e "require('net').connect($1,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; }

# wait_for_http URL SECONDS PID NAME LOG
wait_for_http() { wait_until "$2" "$3" "$4" "${5:-}" "answer $1" http_ok "$1"; }

# wait_for_tcp PORT SECONDS PID NAME LOG
wait_for_tcp() { wait_until "$2" "$3" "$4" "${5:-}" "listen on port $1" tcp_open "$1"; }

# Azurite's documented, public development account (not a secret).
azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}

# start_azurite PORT LOG [--inMemoryPersistence | --location DIR]: node's pid in AZURITE_PID (so SIGINT reaches it).
start_azurite() {
  local port=$1 log=$2; shift 2
  # Background jobs of a non-interactive shell ignore SIGINT; "trap - INT" restores it, "exec" keeps $! = node's pid.
  (trap - INT; exec node "$ROOT/node_modules/azurite/dist/src/table/main.js" \
    --tableHost 127.0.0.1 --tablePort "$port" --disableTelemetry --silent "$@") >"$log" 2>&1 &
  AZURITE_PID=$!
}

# stop_pid PID NAME [SIGNAL]: signal, wait up to 10 s, then kill.
stop_pid() {
  local pid=$1 name=$2 signal=${3:-INT}
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$signal" "$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  echo "warning: $name did not stop in 10 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}

