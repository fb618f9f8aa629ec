#!/usr/bin/env bash
# Screenshot of the real app with the demo project, under a virtual X server.
# Usage: bash scripts/screenshot.sh OUT.png [screenshot.py options]
# Needs (Debian/Ubuntu): apt-get install -y xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 \
#   libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${STUDIO_VENV:-.venv}/bin/python"
if ! command -v xvfb-run >/dev/null; then
  echo "xvfb-run not found: install xvfb (see the comment at the top of this script)," >&2
  echo "or run: QT_QPA_PLATFORM=offscreen $PY scripts/screenshot.py OUT.png" >&2
  exit 2
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$PY" scripts/screenshot.py "$@"
