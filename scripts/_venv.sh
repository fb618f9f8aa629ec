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

# Once per install or update (after `git pull`): load the language model and analyse the demo into the user's
# cache of analyses (`studio prepare`), so the very first start shows the demo's highlights at once instead
# of after the model has loaded. A failure only costs that head start; the app still opens.
ensure_prepared() {
  local stamp="$VENV/.prepared"
  if [ -f "$stamp" ] && [ -z "$(find studio resources pyproject.toml -name __pycache__ -prune -o \
        -newer "$stamp" -print 2>/dev/null | head -n 1)" ]; then return 0; fi
  echo "Preparing the first start (loading the language model once) ..."
  if "$VENV/bin/studio" prepare >"$VENV/prepare.log" 2>&1; then
    touch "$stamp"
  else
    echo "Could not prepare the first start (see $VENV/prepare.log); the app starts anyway." >&2
  fi
}
