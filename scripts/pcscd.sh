#!/usr/bin/env bash
# The test run's pcscd (sourced by scripts/test.sh): `start_pcscd` starts one only if none runs;
# `stop_pcscd` (the EXIT trap) stops the one this run started, or the one a test put in its place,
# and no other. Ownership is a file, "<pid> <token>": this run writes it when it starts pcscd, and the
# pcscd restart test (tests/pcsc/test_pcscd_restart.py, via tests/support/pcscd.py `hand_over`) writes
# the replacement's PID into it. The paths can be overridden (tests/unit/test_pcscd_script.py).

PCSCD_BIN="${PCSCD_BIN:-/usr/sbin/pcscd}"
PCSCD_RUN_DIR="${PCSCD_RUN_DIR:-/run/pcscd}"
PCSCD_OWNER_FILE="${PCSCD_OWNER_FILE:-/tmp/cir-kiosk-pcscd.owner}"
PCSC_TESTS_LOCK="${PCSC_TESTS_LOCK:-/tmp/cir-kiosk-pcsc-tests.lock}"
PCSCD_LOG="${PCSCD_LOG:-/dev/null}"
OUR_PCSCD=""
OWNER_TOKEN="test.sh-$$-$(date +%s%N)"

pid_alive() {
  # A dead process reparented to PID 1 lingers as a zombie for a second or two: treat Z as dead.
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] && ! awk '{exit ($3=="Z")?0:1}' "/proc/$1/stat"
}

pcscd_alive() {
  [ -S "$PCSCD_RUN_DIR/pcscd.comm" ] || return 1
  pid_alive "$(tr -dc 0-9 <"$PCSCD_RUN_DIR/pcscd.pid" 2>/dev/null || true)"
}

start_pcscd() {
  if pcscd_alive; then
    echo "test: using the pcscd that is already running"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] && [ ! -w "$(dirname "$PCSCD_RUN_DIR")" ]; then
    echo "test: pcscd is not running and starting it needs root; pcsc tests will not run" >&2
    return 0
  fi
  setsid "$PCSCD_BIN" --foreground --info >"$PCSCD_LOG" 2>&1 &
  OUR_PCSCD=$!
  echo "$OUR_PCSCD $OWNER_TOKEN" >"$PCSCD_OWNER_FILE"
  for _ in $(seq 1 200); do
    [ -S "$PCSCD_RUN_DIR/pcscd.comm" ] && break
    sleep 0.025
  done
  echo "test: started pcscd (pid $OUR_PCSCD)"
}

owned_pcscd() {
  # The PID in the ownership file if this run owns it and it is a live pcscd.
  local pid token
  read -r pid token <"$PCSCD_OWNER_FILE" 2>/dev/null || return 0
  if [ "$token" = "$OWNER_TOKEN" ] && pid_alive "$pid" && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = pcscd ]; then
    echo "$pid"
  fi
}

stop_pcscd() {
  [ -n "$OUR_PCSCD" ] || return 0
  local pid pids
  pids="$(owned_pcscd)"
  if pid_alive "$OUR_PCSCD" && [ "$pids" != "$OUR_PCSCD" ]; then
    pids="$pids $OUR_PCSCD"
  fi
  # Not in the middle of another run's pcsc test: wait for the tests' lock, a while at most.
  exec 9>>"$PCSC_TESTS_LOCK"
  flock -w 120 9 || echo "test: the pcsc tests' lock stayed taken; stopping pcscd anyway" >&2
  for pid in $pids; do
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      pid_alive "$pid" || break
      sleep 0.05
    done
    if pid_alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
    echo "test: stopped the pcscd this run started (pid $pid)"
  done
  wait "$OUR_PCSCD" 2>/dev/null || true
  if grep -qs " $OWNER_TOKEN\$" "$PCSCD_OWNER_FILE"; then rm -f "$PCSCD_OWNER_FILE"; fi
  exec 9>&-
  OUR_PCSCD=""
  return 0
}
