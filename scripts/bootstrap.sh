#!/usr/bin/env bash
# Installs what the kiosk and its tests need: Debian packages (as root) and the .venv.
# Sourced by scripts/test.sh and scripts/demo.sh; safe to run again (it only does what is missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

# pcscd + vpcd: the hardware-free PC/SC stack; libpcsclite-dev, gcc, pkg-config: building pyscard;
# gnome-keyring + dbus: the tests' private Secret Service; xvfb, xauth and the xcb libraries: Qt on
# a virtual screen; poppler-utils: PDFs to PNG; opensc + opensc-pkcs11: independent eID tools
# (eidenv, pkcs15-tool, pkcs11-tool and the PKCS#11 module /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so);
# fonts-dejavu-core: real glyphs (without fonts Qt silently draws boxes); zbar-tools: reading the
# receipts' QR codes back; libpulse0: the PySide6 wheel's QtTextToSpeech and QtMultimedia link it;
# speech-dispatcher + speech-dispatcher-espeak-ng (+ libspeechd2): the engine behind "read aloud";
# cups-client (lp, lpstat): printing; cups + printer-driver-cups-pdf (the package "cups-pdf" names):
# the tests' private scheduler and PDF printer; postgresql-15: the intake service's database server
# binaries (the tests start a throwaway cluster of their own: scripts/postgres.sh; no default cluster
# is created, see prepare_postgresql); chromium + chromium-driver: the worklist's browser test
# (selenium drives Debian's chromedriver, never a downloaded browser).
DEBIAN_PACKAGES=(
  pcscd vsmartcard-vpcd libpcsclite-dev pkg-config gcc pcsc-tools opensc opensc-pkcs11
  gnome-keyring dbus libdbus-1-3 xvfb xauth poppler-utils fonts-dejavu-core
  libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libxcb-shm0 libxcb-sync1
  libxcb-xfixes0 libxcb-util1
  zbar-tools
  libpulse0 libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng
  cups cups-client printer-driver-cups-pdf
  postgresql-15 chromium chromium-driver
)

missing_debian_packages() {
  local pkg
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_debian_packages() {
  command -v dpkg-query >/dev/null || { echo "bootstrap: not Debian; install the packages of DEBIAN_PACKAGES by hand" >&2; return 0; }
  local missing
  missing=$(missing_debian_packages | tr '\n' ' ')
  [ -z "${missing// }" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "bootstrap: missing Debian packages; run as root:" >&2
    echo "  sudo apt-get install -y --no-install-recommends $missing" >&2
    return 1
  fi
  echo "bootstrap: installing Debian packages: $missing"
  prepare_postgresql
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold $missing >/dev/null
}

prepare_postgresql() {
  # Before the server package installs: no default cluster, so installing starts no server that
  # would be left running (the tests make and stop their own).
  local conf=/etc/postgresql-common/createcluster.conf
  mkdir -p "$(dirname "$conf")"
  if [ -f "$conf" ] && grep -Eq '^[# ]*create_main_cluster' "$conf"; then
    sed -i -E 's/^[# ]*create_main_cluster.*/create_main_cluster = false/' "$conf"
  else
    echo "create_main_cluster = false" >>"$conf"
  fi
}

install_venv() {
  local stamp="$VENV/.installed-$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)"
  [ -f "$stamp" ] && return 0
  echo "bootstrap: preparing $VENV"
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[dev,intake]"
  rm -f "$VENV"/.installed-*
  touch "$stamp"
}

bootstrap() {
  install_debian_packages
  install_venv
}
