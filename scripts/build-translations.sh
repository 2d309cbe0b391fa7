#!/usr/bin/env bash
# The translations: Qt Linguist for the kiosk's screens, gettext (Babel) for the papers.
#   scripts/build-translations.sh            builds resources/i18n/kiosk_<lang>.qm from the .ts sources,
#                                            copies Qt's own qtbase_<lang>.qm (from PySide6) beside them, and
#                                            builds kiosk/documents/locale/<lang>/LC_MESSAGES/papers.mo from the .po
#   scripts/build-translations.sh --update   first refreshes the .ts sources from ui/ (pyside6-lupdate) and
#                                            the papers' papers.pot and .po files from kiosk/documents/ and the
#                                            rules file, keeping existing translations; then builds
# Dutch is the source language: kiosk_nl.ts holds only its plural forms (lupdate -pluralonly).
# Called by scripts/test.sh, scripts/demo.sh and the bundle build (packaging/kiosk.spec ships resources/i18n).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/.venv/bin"
I18N="$ROOT/resources/i18n"
LANGS=(fr en tr ar)
QT_LANGS=(nl fr tr ar)  # Qt's own dialogs and buttons; Qt speaks English itself

if [ "${1:-}" = "--update" ]; then
  (cd "$ROOT" && "$BIN/python" -m ui.i18n_rules)  # the rules file's texts, as literals for lupdate
  mapfile -t SOURCES < <(find "$ROOT/ui" -name '*.py' | sort)
  for lang in "${LANGS[@]}"; do
    "$BIN/pyside6-lupdate" "${SOURCES[@]}" -no-obsolete -target-language "$lang" -ts "$I18N/kiosk_$lang.ts"
  done
  "$BIN/pyside6-lupdate" "${SOURCES[@]}" -no-obsolete -pluralonly -target-language nl -ts "$I18N/kiosk_nl.ts"
fi
for lang in nl "${LANGS[@]}"; do
  "$BIN/pyside6-lrelease" -silent "$I18N/kiosk_$lang.ts" -qm "$I18N/kiosk_$lang.qm"
done
QT_TRANSLATIONS="$("$BIN/python" -c 'from PySide6.QtCore import QLibraryInfo as L; print(L.path(L.LibraryPath.TranslationsPath))')"
for lang in "${QT_LANGS[@]}"; do
  cp "$QT_TRANSLATIONS/qtbase_$lang.qm" "$I18N/qtbase_$lang.qm"
done
echo "translations: built nl (plurals) ${LANGS[*]} and Qt's own ${QT_LANGS[*]} into resources/i18n/"
(cd "$ROOT" && "$BIN/python" -m kiosk.documents.catalogues ${1:+"$1"})
