#!/usr/bin/env bash
# Builds the one-folder kiosk bundle in dist/kiosk/ and smoke-tests it.
# Usage: packaging/build-linux.sh        (on Debian 12, as root for the first install)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/bootstrap.sh
source "$ROOT/scripts/bootstrap.sh"
bootstrap
[ -x "$ROOT/scripts/build-translations.sh" ] && "$ROOT/scripts/build-translations.sh"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"

START=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/kiosk.spec"
echo "build: bundle built in $(( $(date +%s) - START )) s, $(du -sh "$ROOT/dist/kiosk" | cut -f1)"
"$ROOT/packaging/smoke-test.sh" "$ROOT/dist/kiosk/kiosk"
