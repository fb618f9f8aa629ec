"""Everything the drafter reads from the language resources, loaded once per profile."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from studio.analysis.cues import CueSet, load_cues
from studio.analysis.glossary import (
    ACRONYMS_FILE,
    COMMON_ACRONYMS_FILE,
    GLOSSARY_FILE,
    Acronym,
    Glossary,
    GlossaryError,
    load_acronyms,
    load_glossary,
)
from studio.analysis.passages import stopwords
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.sentences import load_plain_words

TEMPLATES_FILE = "draft_templates.json"


class DraftResourceError(ValueError):
    """A drafting resource file is missing or malformed (the message names it)."""


@dataclass(frozen=True)
class DraftResources:
    """Templates, glossary, acronyms and cue lists for one language."""

    templates: dict[str, Any]
    glossary: Glossary | None
    acronyms: dict[str, Acronym]
    common_acronyms: frozenset[str]
    certainty: CueSet
    population: CueSet
    findings: CueSet
    stop: frozenset[str]
    plain_words: dict[tuple[str, str], tuple[str, ...]]

    def template(self, group: str, name: str) -> str:
        """One template string ("hook", "question_for")."""
        try:
            value = self.templates[group][name]
        except KeyError:
            raise DraftResourceError(f"{TEMPLATES_FILE}: missing template {group}.{name}") from None
        return str(value)


def load_resources(profile: LanguageProfile) -> DraftResources:
    """The drafting resources of ``profile`` (cached per resource folder)."""
    return _load(Path(profile.resources))


@lru_cache(maxsize=4)
def _load(folder: Path) -> DraftResources:
    path = folder / TEMPLATES_FILE
    try:
        templates = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DraftResourceError(f"{path}: file not found") from None
    except (OSError, ValueError) as exc:
        raise DraftResourceError(f"{path}: cannot be read ({exc})") from None
    glossary: Glossary | None
    try:
        glossary = load_glossary(folder / GLOSSARY_FILE)
    except GlossaryError:
        glossary = None                       # drafting still works, just without substitutions
    try:
        acronyms = load_acronyms(folder / ACRONYMS_FILE)
    except GlossaryError:
        acronyms = {}
    try:
        lines = (folder / COMMON_ACRONYMS_FILE).read_text(encoding="utf-8").splitlines()
        common = frozenset(x.strip().upper() for x in lines if x.strip() and not x.startswith("#"))
    except OSError:
        common = frozenset()
    return DraftResources(
        templates=templates, glossary=glossary, acronyms=acronyms, common_acronyms=common,
        certainty=load_cues(folder / "certainty_cues.tsv"), population=load_cues(folder / "population_cues.tsv"),
        findings=load_cues(folder / "finding_cues.tsv"), stop=stopwords(folder / "stopwords.txt"),
        plain_words=load_plain_words(folder / "plain_words.tsv"))


__all__ = ["DraftResourceError", "DraftResources", "TEMPLATES_FILE", "load_resources"]
