#!/usr/bin/env bash
# Update the interface translations: extract the marked strings of studio/ui into resources/i18n/*.ts
# (pyside6-lupdate keeps the translations already made), then compile them into the .qm files the app
# loads (pyside6-lrelease). Run after changing the app's words; commit the .ts and .qm files.
# Usage: bash scripts/build-translations.sh [--no-update]   (--no-update: only compile the .ts files)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${STUDIO_VENV:-.venv}/bin"
LOCALES=(fr es pt_BR)
if [ "${1:-}" != "--no-update" ]; then
  mapfile -t SOURCES < <(find studio/ui -name '*.py' | sort)
  for locale in "${LOCALES[@]}"; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations none -tr-function-alias translate+=ui_tr \
      "${SOURCES[@]}" -ts "resources/i18n/studio_${locale}.ts"
  done
fi
for locale in "${LOCALES[@]}"; do
  "$BIN/pyside6-lrelease" "resources/i18n/studio_${locale}.ts" -qm "resources/i18n/studio_${locale}.qm"
done
