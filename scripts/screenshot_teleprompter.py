"""Show the teleprompter on the demo script and save a PNG (run under xvfb-run on Linux without a display).

Usage: python scripts/screenshot_teleprompter.py OUT.png [--width 1280 --height 720 --at 20 --mirror --running]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    """Take the screenshot of the prompter ``--at`` seconds into the demo script."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    parser.add_argument("--at", type=float, default=20.0, help="seconds into the script")
    parser.add_argument("--mirror", action="store_true")
    parser.add_argument("--running", action="store_true", help="show it scrolling (no key hint)")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from studio.exports import load_input
    from studio.store.library import Library
    from studio.ui.demo import ensure_demo
    from studio.ui.teleprompter import TeleprompterView

    app = QApplication(sys.argv[:1])
    home = Path(tempfile.mkdtemp(prefix="studio-prompter-"))
    library = Library.open(home / "lib.studio.db")
    script_id = ensure_demo(library)
    inp = load_input(library, script_id)
    view = TeleprompterView(inp.timeline(), inp.script.title,
                            QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    view.resize(args.width, args.height)
    view.show()
    view.set_mirror(args.mirror)
    view.seek(args.at)
    if args.running:
        view.running = True
    app.processEvents()
    view.grab().save(args.output)
    print(f"{args.output}: {args.width}x{args.height}, {view.elapsed:.1f} of {view.duration:.1f} s")
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
