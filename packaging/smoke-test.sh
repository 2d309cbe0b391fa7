#!/usr/bin/env bash
# Runs the bundle's `--version` and `--self-test`; fails on a non-zero exit or on "not found" or
# "missing" in the output (a library or data file the bundle forgot), as ykman's CI does.
set -euo pipefail
BUNDLE="${1:?usage: smoke-test.sh path/to/dist/kiosk/kiosk}"
check() {
  local output status=0
  output=$(QT_QPA_PLATFORM=offscreen "$BUNDLE" "$@" 2>&1) || status=$?
  printf '%s\n' "$output"
  if [ "$status" -ne 0 ]; then
    echo "smoke: '$*' exited $status" >&2
    return 1
  fi
  if printf '%s\n' "$output" | grep -qiE "not found|missing"; then
    echo "smoke: '$*' reported something not found or missing" >&2
    return 1
  fi
}
START=$(date +%s%N)
check --version
echo "smoke: --version answered in $(( ($(date +%s%N) - START) / 1000000 )) ms"
check --self-test
echo "smoke: bundle OK"
