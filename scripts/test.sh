#!/usr/bin/env bash
# The test command (README: `make test`): installs what it needs, starts pcscd if none runs (and stops
# it at exit, also when tests fail: scripts/pcscd.sh), starts a throwaway PostgreSQL cluster (stopped
# at exit as well: scripts/postgres.sh), then runs ruff, mypy (strict on kiosk/, cardreader/, sync/,
# ui/, intake/) and pytest with every marker.
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
PCSCD_LOG="$ARTIFACTS/pcscd.log"
# shellcheck source=scripts/pcscd.sh
source "$ROOT/scripts/pcscd.sh"
# shellcheck source=scripts/postgres.sh
source "$ROOT/scripts/postgres.sh"
trap 'stop_postgres; stop_pcscd' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

build_translations() {
  [ -x "$ROOT/scripts/build-translations.sh" ] && "$ROOT/scripts/build-translations.sh"
  return 0
}

start_pcscd
start_postgres
build_translations
export PATH="$VENV/bin:$PATH"

echo "test: ruff"
ruff check .
echo "test: mypy --strict kiosk cardreader sync ui intake"
mypy kiosk cardreader sync ui intake

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
