#!/usr/bin/env bash
# pcscd for the pcsc tests and the card benchmark: use the machine's one if it runs, else start ours
# (root needed) and stop it on exit. Sourced by scripts/test.sh and scripts/bench.sh, which set
# ARTIFACTS (where our pcscd's log goes) and a TAG for the messages.

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
    echo "$TAG: using the pcscd that is already running"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] && [ ! -w /run ]; then
    echo "$TAG: pcscd is not running and starting it needs root: what needs a card reader will fail" >&2
    return 0
  fi
  setsid /usr/sbin/pcscd --foreground --info >"$ARTIFACTS/pcscd.log" 2>&1 &
  OUR_PCSCD=$!
  for _ in $(seq 1 200); do
    [ -S /run/pcscd/pcscd.comm ] && break
    sleep 0.025
  done
  echo "$TAG: started pcscd (pid $OUR_PCSCD)"
}

stop_pcscd() {
  if [ -n "$OUR_PCSCD" ]; then
    kill -TERM "$OUR_PCSCD" 2>/dev/null || true
    wait "$OUR_PCSCD" 2>/dev/null || true
    echo "$TAG: stopped our pcscd (pid $OUR_PCSCD)"
  fi
}
