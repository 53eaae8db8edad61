#!/usr/bin/env bash
# Validates the Azure infrastructure (infra/) offline with the Bicep CLI: `bicep build` of infra/main.bicep,
# `bicep build-params` of infra/main.bicepparam and `bicep lint`. Fails on any error and on any warning.
# The CLI comes from NuGet (Azure.Bicep.CommandLine.linux-x64, pinned in infra/tools/BicepCli.csproj) and is restored
# into the NuGet package cache on the first run; after that no network is needed. Only local modules are used, and
# every command runs with --no-restore, so the Bicep CLI never contacts a module registry.
# Ends with one line, e.g. "bicep: build ok, build-params ok, lint 0 warnings (CLI 0.49.2)".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INFRA="$ROOT/infra"
PROJECT="$INFRA/tools/BicepCli.csproj"
PACKAGE="azure.bicep.commandline.linux-x64"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { printf 'bicep: FAILED: %s\n' "$*" >&2; exit 1; }

[[ "$(uname -s)/$(uname -m)" == Linux/x86_64 ]] || fail "the pinned Bicep CLI package is for linux-x64 only"
command -v dotnet >/dev/null || fail "the .NET SDK is not installed (needed to restore the Bicep CLI from NuGet)"

VERSION="$(sed -n 's/.*Include="Azure.Bicep.CommandLine.linux-x64" Version="\[\([^]]*\)\]".*/\1/p' "$PROJECT")"
[[ -n "$VERSION" ]] || fail "no pinned Bicep CLI version in $PROJECT"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# A no-op (and offline) once the package is in the cache.
dotnet restore "$PROJECT" --nologo -v quiet >"$TMP/restore.log" 2>&1 || { cat "$TMP/restore.log" >&2; fail "dotnet restore $PROJECT"; }

# The package cache restore used: $NUGET_PACKAGES, ~/.nuget/packages, or what project.assets.json records.
BICEP=""
candidates=("${NUGET_PACKAGES:-$HOME/.nuget/packages}")
assets="$INFRA/tools/obj/project.assets.json"
if [[ -f "$assets" ]]; then
  while IFS= read -r folder; do candidates+=("$folder"); done < <(
    sed -n '/"packageFolders"/,/}/p' "$assets" | sed -n 's/^ *"\(.*\)": {.*/\1/p' | sed 's/\\\\/\//g')
fi
for folder in "${candidates[@]}"; do
  path="${folder%/}/$PACKAGE/$VERSION/tools/bicep"
  if [[ -f "$path" ]]; then BICEP="$path"; break; fi
done
[[ -n "$BICEP" ]] || fail "bicep $VERSION not found in the NuGet cache (looked in: ${candidates[*]})"
[[ -x "$BICEP" ]] || chmod +x "$BICEP"

reported="$("$BICEP" --version)"
[[ "$reported" == "Bicep CLI version $VERSION "* ]] || fail "expected Bicep CLI $VERSION, the binary says: $reported"

cd "$ROOT"
failed=()
# run NAME COMMAND...: runs a bicep command; its diagnostics (stdout and stderr) go to $TMP/NAME.log.
run() {
  local name=$1; shift
  "$BICEP" "$@" >"$TMP/$name.log" 2>&1 || failed+=("$name")
}
# Diagnostics look like "path(line,col) : Warning rule: message" or "path(line,col) : Error BCP...: message".
count() { grep -cE " : ($1) " "$TMP/$2.log" || true; }

run build build infra/main.bicep --no-restore --outdir "$TMP/out"
run build-params build-params infra/main.bicepparam --no-restore --outdir "$TMP/out"
run lint lint infra/main.bicep --no-restore

build_issues=$(($(count 'Warning|Error' build) + $(count 'Warning|Error' build-params)))
lint_warnings=$(count Warning lint)
lint_errors=$(count Error lint)

if ((${#failed[@]} > 0 || build_issues + lint_warnings + lint_errors > 0)); then
  for name in build build-params lint; do
    [[ -s "$TMP/$name.log" ]] && { echo "--- bicep $name" >&2; cat "$TMP/$name.log" >&2; }
  done
  echo "bicep: FAILED${failed[*]:+ (${failed[*]} exited non-zero)}: build $build_issues warnings/errors, lint $lint_warnings warnings, $lint_errors errors (CLI $VERSION)" >&2
  exit 1
fi
echo "bicep: build ok, build-params ok, lint 0 warnings (CLI $VERSION)"
