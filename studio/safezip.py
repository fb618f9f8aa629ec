"""Reading zip archives (Word ``.docx`` files, ``.studio`` bundles) without trusting what they say.

A zip states its member count and each member's size in its directory, and a hostile or damaged one can
lie about both: a 3 MB Word file can unpack to a gigabyte of XML. So the member count is read from the
end-of-archive record before the directory is parsed, and a member is decompressed in chunks with a
running total that stops at the first chunk past its cap (:class:`ZipLimit`), whatever the directory
said. Readers parse the chunks as they come (streaming), so a bomb is refused within a second or two.

No Qt, no store: the importers and the store's bundle reader both use it.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CHUNK = 256 * 1024


class ZipLimit(Exception):
    """The archive is over a cap (or damaged); the message says which, in plain words."""


def member_count(path: Path) -> int:
    """The number of members the archive's end record declares (read before trusting its directory)."""
    with path.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        tail_len = min(size, 65536 + 22)
        fh.seek(size - tail_len)
        tail = fh.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise ZipLimit("it is not a zip archive (or it is damaged: no end-of-archive record)")
    entries = struct.unpack("<H", tail[at + 10:at + 12])[0]
    if entries == 0xFFFF:                                   # zip64: the real count is in the zip64 record
        loc = tail.rfind(_EOCD64_LOCATOR, 0, at)
        if loc < 0:
            raise ZipLimit("its end-of-archive record is damaged")
        offset = struct.unpack("<Q", tail[loc + 8:loc + 16])[0]
        with path.open("rb") as fh:
            fh.seek(offset)
            record = fh.read(56)
        if len(record) < 56 or not record.startswith(b"PK\x06\x06"):
            raise ZipLimit("its end-of-archive record is damaged")
        entries = struct.unpack("<Q", record[32:40])[0]
    return int(entries)


def open_archive(path: Path, max_members: int) -> zipfile.ZipFile:
    """The archive, once its declared member count is within ``max_members`` (checked before its
    directory is parsed). Raises :class:`ZipLimit` with a plain message."""
    count = member_count(path)
    if count > max_members:
        raise ZipLimit(f"it holds {count:,} parts (at most {max_members:,}); it is damaged or was made to "
                       "exhaust memory")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ZipLimit(f"it is not a readable zip archive ({exc})") from None


def stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int,
                  progress: Callable[[int, int], None] | None = None) -> Iterator[bytes]:
    """The member's bytes in chunks as they are decompressed; :class:`ZipLimit` as soon as more than
    ``cap`` bytes came out, whatever the archive declared (and at once when it declares more).
    ``progress(done, total)`` after each chunk (``total``: the declared size); it may raise to cancel."""
    too_big = f"{info.filename} unpacks to more than {cap / 2**20:,.0f} MB (a damaged file, or one made to " \
              "exhaust memory)"
    if info.file_size > cap:                      # it says so itself
        raise ZipLimit(too_big)
    total = max(1, info.file_size)
    done = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                done += len(chunk)
                if done > cap:                    # it lied about its size
                    raise ZipLimit(too_big)
                if progress is not None:
                    progress(min(done, total), total)
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError) as exc:
        raise ZipLimit(f"{info.filename} is damaged or uses an unsupported compression ({exc})") from None


def read_member(zf: zipfile.ZipFile, name: str, cap: int) -> bytes | None:
    """A whole (small) member by name, capped; None when the archive has no such member."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    return b"".join(stream_member(zf, info, cap))


__all__ = ["ZipLimit", "member_count", "open_archive", "read_member", "stream_member"]
