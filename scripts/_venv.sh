# Shared helpers for run-app.sh and run-tests.sh (sourced, not run).
VENV="${STUDIO_VENV:-.venv}"

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    local py="${PYTHON:-python3}"
    if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "Script Studio needs Python 3.11 or newer (found: $("$py" --version 2>&1))." >&2
      exit 2
    fi
    echo "Creating a virtual environment in $VENV ..."
    "$py" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --quiet --upgrade pip >/dev/null 2>&1 || true
  fi
}

# Install the project (editable) when pyproject.toml changed since the last install. pip's own chatter goes
# to $VENV/install.log (shown only if the install fails), so a newcomer sees Script Studio's lines alone.
# An install with the test extras also counts as an install of the app (run-app after run-tests reuses it).
ensure_installed() {
  local target="$1" stamp="$VENV/.installed-$(echo "$1" | tr -c 'a-z' '_')"
  local full="$VENV/.installed-$(echo ".[test]" | tr -c 'a-z' '_')"
  if [ -f "$stamp" ] && [ ! pyproject.toml -nt "$stamp" ]; then return 0; fi
  if [ "$target" = "." ] && [ -f "$full" ] && [ ! pyproject.toml -nt "$full" ]; then return 0; fi
  echo "Installing Script Studio and its dependencies into $VENV (the first run takes a few minutes) ..."
  if ! "$VENV/bin/python" -m pip install --quiet --quiet -e "$target" >"$VENV/install.log" 2>&1; then
    tail -n 25 "$VENV/install.log" >&2
    echo "Installing Script Studio failed; the full log is in $VENV/install.log" >&2
    exit 2
  fi
  touch "$stamp"
  echo "Installed."
}

# Qt's offscreen platform still needs a few shared libraries on a bare Linux machine.
ensure_qt_system_libs() {
  if [ "$(uname -s)" != "Linux" ]; then return 0; fi
  if "$VENV/bin/python" -c 'from PySide6.QtWidgets import QApplication' 2>/dev/null; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 >/dev/null
  else
    echo "Qt needs system libraries (libegl1 libgl1 libfontconfig1 libxkbcommon0); install them with your package manager." >&2
  fi
}
