"""Tables built from bulky data files, kept on disk in a form that loads several times faster.

Parsing the CMU pronouncing dictionary's text on every start costs a few hundred milliseconds of the
first analysis; the same ``{word: number}`` table read back with :mod:`marshal` takes a fraction of that.
Entries are named after what they were built from (package version, Python version), written atomically,
and rebuilt when missing or unreadable. The folder is :func:`studio.config.cache_dir` (``$STUDIO_HOME`` in
tests) unless one is passed. Qt-free.
"""

from __future__ import annotations

import importlib.util
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from studio.config import cache_dir

log = logging.getLogger(__name__)


def package_stamp(package: str) -> str | None:
    """Identifies an installed package's files cheaply (its folder's size and modification time, no
    metadata scan); None when it is not installed."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    try:
        st = Path(spec.origin).parent.stat()
        data = Path(spec.origin).stat()
    except OSError:
        return None
    return f"{st.st_mtime_ns:x}{data.st_size:x}{data.st_mtime_ns:x}"


def cached_table(name: str, source_version: str, build: Callable[[], dict[str, int]],
                 folder: Path | None = None) -> dict[str, int]:
    """``build()``'s table, from the disk cache when it holds one for ``name`` and ``source_version``."""
    folder = folder if folder is not None else cache_dir() / "data"
    tag = f"f{FORMAT}-py{sys.version_info[0]}{sys.version_info[1]}"
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in f"{name}-{source_version}-{tag}")
    path = folder / f"{safe}.marshal"
    try:
        table = _read(path)
        if table is not None:
            return table
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError):
        log.info("rebuilding unreadable data cache %s", path.name)
    table = build()
    if table:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                _write(fh, table)
            os.replace(tmp, path)
        except OSError as exc:
            log.info("could not cache %s: %s", name, exc)
    return table


#: Version of the file layout (part of the file name, so builds with another layout never read it).
FORMAT = 3
#: Entries per marshal chunk: each load holds the interpreter lock for a few milliseconds only, so the
#: window stays responsive while the analysis thread reads the table.
CHUNK = 8192


def _write(fh: BinaryIO, table: dict[str, int]) -> None:
    """Length-prefixed marshal chunks (``marshal.load`` on a file object reads item by item: slow)."""
    items = list(table.items())
    for i in range(0, len(items), CHUNK):
        data = marshal.dumps(dict(items[i:i + CHUNK]))
        fh.write(len(data).to_bytes(4, "little"))
        fh.write(data)


def _read(path: Path) -> dict[str, int] | None:
    buf = memoryview(path.read_bytes())
    table: dict[str, int] = {}
    pos = 0
    while pos < len(buf):
        size = int.from_bytes(buf[pos:pos + 4], "little")
        if size <= 0 or pos + 4 + size > len(buf):
            return None                       # truncated
        part = marshal.loads(buf[pos + 4:pos + 4 + size])
        if not isinstance(part, dict):
            return None
        table.update(part)
        pos += 4 + size
    return table or None
