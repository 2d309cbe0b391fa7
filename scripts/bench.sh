#!/usr/bin/env bash
# `make bench`: every benchmark script in benchmarks/ (not part of `make test`), one after the other,
# since each compares against a baseline measured in the same run and they must not compete for the
# machine. Each prints its figures and exits non-zero when it misses a target; this command runs
# them all and fails when any did. Modules named `_*.py` are helpers, not benchmarks.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/bootstrap.sh
source "$ROOT/scripts/bootstrap.sh"
bootstrap

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
start_pcscd  # for benchmarks/card_read.py; stopped at exit when this run started it
start_postgres  # for benchmarks/intake_load.py: a throwaway cluster, stopped at exit

failed=()
for script in "$ROOT"/benchmarks/*.py; do
  name=$(basename "$script")
  [[ "$name" == _* ]] && continue
  echo "bench: $name"
  started=$(date +%s)
  if "$VENV/bin/python" "$script"; then
    echo "bench: $name met its targets ($(( $(date +%s) - started )) s)"
  else
    echo "bench: $name FAILED or missed a target ($(( $(date +%s) - started )) s)"
    failed+=("$name")
  fi
  echo
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "bench: ${#failed[@]} benchmark(s) failed or missed a target: ${failed[*]}" >&2
  exit 1
fi
echo "bench: every benchmark met its targets"
