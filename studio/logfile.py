"""The log file of the app and the CLI (Qt-free): warnings and errors of Script Studio and of the libraries
it uses go to a small rotating file, never to the user's terminal as raw library lines."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from studio.config import APP_NAME


def log_path(env: dict[str, str] | None = None) -> Path:
    """The log file: ``$STUDIO_HOME/logs/studio.log`` or the platform's user log folder."""
    env = os.environ if env is None else env
    home = env.get("STUDIO_HOME")
    base = Path(home).expanduser() / "logs" if home else Path(user_log_dir(APP_NAME, appauthor=False))
    return base / "studio.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a small rotating file from ``level`` up (never fails start-up); the file's path, or None."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    else:
        handler.close()
    root.setLevel(min(root.level or logging.WARNING, level))
    return path


def setup_cli_logging() -> Path | None:
    """For the headless commands: warnings of third-party libraries (bibtexparser's "Parsing of `@article`
    block … aborted") go to the log file, not to the terminal, where the command prints its own plain
    message. Without a writable log folder they are dropped rather than printed raw."""
    path = setup_logging(logging.WARNING)
    if path is None:
        root = logging.getLogger()
        if not root.handlers:
            root.addHandler(logging.NullHandler())      # no "last resort" printing to stderr either
    return path


__all__ = ["log_path", "setup_cli_logging", "setup_logging"]
