#!/usr/bin/env bash
# Install Script Studio into ./.venv (first run only) and start it.
# Usage: bash scripts/run-app.sh [studio arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv
ensure_installed "."
ensure_prepared
exec "$VENV/bin/studio" "$@"
