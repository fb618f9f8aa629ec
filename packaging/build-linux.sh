#!/usr/bin/env bash
# Build the Linux one-folder app, check it, and package it.
#
#   bash packaging/build-linux.sh
#
# 1. a build environment in .venv-build (the app, PyInstaller, Pillow for the icon containers);
# 2. icons rendered from resources/icons/app.svg (PNG 16–512, .ico, .icns);
# 3. PyInstaller -> dist/ScriptStudio/ (stripped, trimmed: see packaging/manifest.py);
# 4. the bundle's own `--self-test` (language model, analysis, store, Qt) — the build fails if it fails;
# 5. the start time to an editable window (offscreen, or under xvfb-run when it is installed);
# 6. dist/ScriptStudio-<version>-linux-<arch>.tar.gz and an AppImage-ready folder dist/ScriptStudio.AppDir
#    (AppRun, .desktop file, icons, AppStream metainfo — validated where the validators are installed).
# Prints build time, size and start time. Needs Python 3.11+; nothing is downloaded but Python packages.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s)
VENV="${STUDIO_BUILD_VENV:-.venv-build}"
PY="${PYTHON:-python3}"
DIST=dist
WORK=build/pyinstaller
ICONS=build/icons
LOG="$DIST/build.log"
mkdir -p "$DIST" build
: >"$LOG"

step() { echo "==> $*"; }
fail() { echo "build-linux: $*" >&2; echo "(full log: $LOG)" >&2; exit 1; }

step "Build environment ($VENV)"
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || fail "Python 3.11 or newer is needed"
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --quiet . "pyinstaller>=6.6,<7" "pillow>=10,<13" >>"$LOG" 2>&1 \
  || fail "installing the app and PyInstaller failed"
VERSION=$("$VENV/bin/python" -c 'import studio; print(studio.__version__)')
ARCH=$(uname -m)

step "Icons"
"$VENV/bin/python" packaging/make_icons.py "$ICONS" >>"$LOG" 2>&1 || fail "rendering the icons failed"

step "PyInstaller (a few minutes)"
rm -rf "$DIST/ScriptStudio" "$DIST/ScriptStudio.AppDir"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  packaging/script_studio.spec >>"$LOG" 2>&1 || fail "PyInstaller failed"
APP="$DIST/ScriptStudio/ScriptStudio"
# Debug symbols are most of spaCy's compiled modules (about 110 MB). Strip Python extension modules only:
# libraries that auditwheel vendored into *.libs folders break when stripped (numpy's OpenBLAS does).
if command -v strip >/dev/null; then
  find "$DIST/ScriptStudio/_internal" -name '*.cpython-*.so' -not -path '*.libs/*' -type f \
    -exec strip --strip-debug {} + >>"$LOG" 2>&1 || fail "stripping debug symbols failed"
fi
BUILD_SECONDS=$(( $(date +%s) - START ))

step "Self-test of the bundle"
TEST_HOME=$(mktemp -d)
trap 'rm -rf "$TEST_HOME"' EXIT
if ! STUDIO_HOME="$TEST_HOME" XDG_CONFIG_HOME="$TEST_HOME/config" QT_QPA_PLATFORM=offscreen \
     "$APP" --self-test | tee -a "$LOG"; then
  fail "the bundle's self-test failed (see above)"
fi

step "Each bundled language analyses a script"
declare -A SAMPLE=(
  [fr]="La marche rapide réduit le risque de dépression de 30 %. Parlez-en à votre médecin."
  [es]="Caminar a paso rápido reduce el riesgo de depresión un 30 %. Habla con tu médico."
  [pt]="Caminhar rápido reduz o risco de depressão em 30%. Fale com o seu médico."
  [id]="Jalan cepat menurunkan risiko depresi sebesar 30%. Bicarakan dengan dokter Anda."
)
for code in fr es pt id; do
  printf '%s\n' "${SAMPLE[$code]}" >"$TEST_HOME/sample-$code.txt"
  if ! STUDIO_HOME="$TEST_HOME" "$APP" check --lang "$code" --format json "$TEST_HOME/sample-$code.txt" \
       >"$TEST_HOME/check-$code.json" 2>>"$LOG"; then
    fail "the bundle could not analyse a script in '$code'"
  fi
  grep -q '"findings"' "$TEST_HOME/check-$code.json" || fail "no analysis result for '$code'"
  echo "  $code: ok"
done

step "Start time to an editable window"
# A private X server when Xvfb is installed (the same xcb platform a desktop uses), else Qt's offscreen one.
DISPLAY_ENV=(QT_QPA_PLATFORM=offscreen)
XVFB_PID=""
if command -v Xvfb >/dev/null; then
  for n in $(seq 90 120); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >>"$LOG" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    DISPLAY_ENV=(DISPLAY=":$n" QT_QPA_PLATFORM=xcb)
    break
  done
fi
trap 'rm -rf "$TEST_HOME"; [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null' EXIT
run_probe() {
  local home="$1"
  mkdir -p "$home/config/ScriptStudio"
  printf '[grammar]\nmode=off\n' >"$home/config/ScriptStudio/ScriptStudio.conf"
  env "${DISPLAY_ENV[@]}" STUDIO_HOME="$home" XDG_CONFIG_HOME="$home/config" \
    STUDIO_STARTUP_PROBE="$(date +%s.%N)" timeout 60 "$APP" 2>>"$LOG" | grep '^startup:' || true
}
FIRST=$(run_probe "$TEST_HOME/start")
AGAIN=$(run_probe "$TEST_HOME/start")
THIRD=$(run_probe "$TEST_HOME/start")
[ -n "$AGAIN" ] || fail "the bundle did not open its window"
echo "  platform: ${DISPLAY_ENV[*]}"
echo "  first start (new library, demo created): ${FIRST#startup: }"
echo "  next starts:                             ${AGAIN#startup: }, ${THIRD#startup: }"

step "Tarball and AppImage folder"
TARBALL="$DIST/ScriptStudio-$VERSION-linux-$ARCH.tar.gz"
tar -C "$DIST" -czf "$TARBALL" ScriptStudio
APPDIR="$DIST/ScriptStudio.AppDir"
ID=org.scriptstudio.ScriptStudio
mkdir -p "$APPDIR/usr/share/applications" "$APPDIR/usr/share/metainfo"
cp -a "$DIST/ScriptStudio" "$APPDIR/usr/bin"
cp "packaging/linux/$ID.desktop" "$APPDIR/$ID.desktop"
cp "packaging/linux/$ID.desktop" "$APPDIR/usr/share/applications/$ID.desktop"
cp "packaging/linux/$ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$ID.metainfo.xml"
for dir in "$ICONS"/png/*; do
  size=$(basename "$dir")
  mkdir -p "$APPDIR/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$dir/app.png" "$APPDIR/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
mkdir -p "$APPDIR/usr/share/icons/hicolor/scalable/apps"
cp resources/icons/app.svg "$APPDIR/usr/share/icons/hicolor/scalable/apps/$ID.svg"
cp resources/icons/app.svg "$APPDIR/$ID.svg"
ln -sf "$ID.svg" "$APPDIR/.DirIcon"
cat >"$APPDIR/AppRun" <<'EOF'
#!/bin/sh
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/bin/ScriptStudio" "$@"
EOF
chmod +x "$APPDIR/AppRun"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$APPDIR/$ID.desktop" || fail "the .desktop file does not validate"
  echo "  desktop-file-validate: ok"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$APPDIR/usr/share/metainfo/$ID.metainfo.xml" >>"$LOG" 2>&1 \
    || fail "the AppStream metainfo does not validate"
  echo "  appstreamcli validate: ok"
fi
if ! command -v desktop-file-validate >/dev/null && ! command -v appstreamcli >/dev/null; then
  echo "  (install desktop-file-utils or appstream to validate the .desktop and metainfo files)"
fi

SIZE=$(du -sm "$DIST/ScriptStudio" | cut -f1)
TAR_SIZE=$(du -m "$TARBALL" | cut -f1)
echo
echo "Script Studio $VERSION for Linux ($ARCH)"
echo "  build time:   ${BUILD_SECONDS} s (PyInstaller and environment)"
echo "  size:         ${SIZE} MB unpacked, ${TAR_SIZE} MB as $TARBALL"
echo "  start time:   ${THIRD#startup: editable window after } to an editable window (first start, with the demo created: ${FIRST#startup: editable window after })"
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (timings are noisy on a busy machine)"
echo "  AppImage dir: $APPDIR (make an AppImage with: appimagetool $APPDIR)"
