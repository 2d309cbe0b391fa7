#!/usr/bin/env bash
# The training-mode kiosk (README: `make demo`): installs what it needs, then `kiosk demo`.
# Runs on in-process virtual cards and a local register simulator: no pcscd, no keyring needed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/bootstrap.sh
source "$ROOT/scripts/bootstrap.sh"
bootstrap
[ -x "$ROOT/scripts/build-translations.sh" ] && "$ROOT/scripts/build-translations.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "demo: no display found; starting it under xvfb-run (use a desktop to see it)" >&2
  exec xvfb-run -a "$ROOT/.venv/bin/kiosk" demo "$@"
fi
exec "$ROOT/.venv/bin/kiosk" demo "$@"
