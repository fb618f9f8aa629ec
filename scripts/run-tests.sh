#!/usr/bin/env bash
# Install Script Studio with its test needs into ./.venv and run the whole test suite.
# Usage: bash scripts/run-tests.sh [pytest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv
ensure_installed ".[test]"
ensure_qt_system_libs
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/ruff" check studio tests benchmarks
set +e
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
exit "$status"
