"""Finding messages and suggestions from per-language resource files (``resources/lang/<code>/messages.json``).

Each file maps a message id to a template with ``{name}`` fields (``"jargon_alt": "« {text} » est du
jargon … Essayez : {alt}."``). A language's file may leave ids out; those come from English. A template that
names a field the caller did not give is shown with the field left as written, never raising.
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
from pathlib import Path

from studio.config import resources_dir

MESSAGES_FILE = "messages.json"


@lru_cache(maxsize=16)
def _load(path: Path) -> dict[str, str]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in raw.items() if not k.startswith("_")}


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Messages:
    """The message templates of one language, English as the fallback."""

    def __init__(self, folder: Path, fallback: Path | None = None) -> None:
        english = fallback or (resources_dir() / "lang" / "en" / MESSAGES_FILE)
        self.templates = {**_load(english), **_load(folder / MESSAGES_FILE)}

    @classmethod
    def of(cls, language: str) -> Messages:
        """The messages of the language with code ``language`` (English where it has none)."""
        return cls(resources_dir() / "lang" / (language or "en"))

    def __contains__(self, key: object) -> bool:
        return key in self.templates

    def __call__(self, key: str, **fields: object) -> str:
        """The message ``key`` with ``fields`` filled in (the key itself when no file has it)."""
        template = self.templates.get(key, key)
        try:
            return string.Formatter().vformat(template, (), _Keep(fields))
        except (ValueError, IndexError):
            return template


__all__ = ["MESSAGES_FILE", "Messages"]
