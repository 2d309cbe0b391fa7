#!/usr/bin/env bash
# The test command (README: `make test`): installs what it needs, starts pcscd if none runs,
# then runs ruff, mypy (strict on kiosk/, cardreader/, sync/, ui/) and pytest with every marker.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/bootstrap.sh
source "$ROOT/scripts/bootstrap.sh"
START=$(date +%s)
bootstrap
echo "test: install step took $(( $(date +%s) - START )) s"

ARTIFACTS="$ROOT/test-artifacts"
mkdir -p "$ARTIFACTS"
OUR_PCSCD=""

pcscd_alive() {
  local pid
  [ -S /run/pcscd/pcscd.comm ] || return 1
  pid=$(tr -dc 0-9 </run/pcscd/pcscd.pid 2>/dev/null || true)
  [ -n "$pid" ] || return 1
  # A dead process reparented to PID 1 lingers as a zombie for a second or two: treat Z as dead.
  [ -r "/proc/$pid/stat" ] && ! awk '{exit ($3=="Z")?0:1}' "/proc/$pid/stat"
}

start_pcscd() {
  if pcscd_alive; then
    echo "test: using the pcscd that is already running"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] && [ ! -w /run ]; then
    echo "test: pcscd is not running and starting it needs root; pcsc tests will not run" >&2
    return 0
  fi
  setsid /usr/sbin/pcscd --foreground --info >"$ARTIFACTS/pcscd.log" 2>&1 &
  OUR_PCSCD=$!
  for _ in $(seq 1 200); do
    [ -S /run/pcscd/pcscd.comm ] && break
    sleep 0.025
  done
  echo "test: started pcscd (pid $OUR_PCSCD)"
}

stop_pcscd() {
  if [ -n "$OUR_PCSCD" ]; then
    kill -TERM "$OUR_PCSCD" 2>/dev/null || true
    wait "$OUR_PCSCD" 2>/dev/null || true
    echo "test: stopped our pcscd (pid $OUR_PCSCD)"
  fi
}
trap stop_pcscd EXIT

build_translations() {
  [ -x "$ROOT/scripts/build-translations.sh" ] && "$ROOT/scripts/build-translations.sh"
  return 0
}

start_pcscd
build_translations
export PATH="$VENV/bin:$PATH"

echo "test: ruff"
ruff check .
echo "test: mypy --strict kiosk cardreader sync ui"
mypy kiosk cardreader sync ui

echo "test: pytest (every marker, slow ones included)"
set +e
pytest -m "" -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "test: pytest collected no tests: that is a failure" >&2
  status=1
fi
echo "test: whole command took $(( $(date +%s) - START )) s"
exit "$status"
