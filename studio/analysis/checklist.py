"""The short-form checklist, after the CDC Clear Communication Index: one main message and it is in the
hook, one call to action, numbers in plain form, risk stated plainly (absolute, not only relative), every
claim cited. Pure Python over the script's segments and its :class:`AnalysisResult`.

Each item is checked automatically where the analysis can (``auto`` True/False, with what it found in
``details``) and left to the creator where it cannot (``auto`` None). A hand tick (stored with the script)
overrides the automatic result either way — the creator has the last word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from studio.analysis.model import UNCITED_CLAIM, AnalysisResult, SegmentInput
from studio.analysis.numbers import COUNT, PROPORTION, extract_quantities
from studio.analysis.profile import LanguageProfile, UnsupportedLanguage, get_profile
from studio.analysis.relative_risk import has_absolute, relative_span

MAIN_MESSAGE = "main_message"
CALL_TO_ACTION = "call_to_action"
PLAIN_NUMBERS = "plain_numbers"
PLAIN_RISK = "plain_risk"
CLAIMS_CITED = "claims_cited"
ITEM_IDS: tuple[str, ...] = (MAIN_MESSAGE, CALL_TO_ACTION, PLAIN_NUMBERS, PLAIN_RISK, CLAIMS_CITED)

#: Short names for narrow places (the checklist beside the dashboard).
SHORT_TITLES = {
    MAIN_MESSAGE: "Main message in the hook",
    CALL_TO_ACTION: "One call to action",
    PLAIN_NUMBERS: "Plain numbers",
    PLAIN_RISK: "Absolute risk given",
    CLAIMS_CITED: "Every claim cited",
}

_TITLES = {
    MAIN_MESSAGE: ("One main message, and it is in the hook",
                   "Say in one sentence what viewers should remember; the hook (first segment) says it."),
    CALL_TO_ACTION: ("One call to action",
                     "End with one thing to do. Several asks compete; pick the one that matters most."),
    PLAIN_NUMBERS: ("Numbers in plain form",
                    "Whole numbers and \u201cx in 100\u201d, not decimals, ratios, p-values or intervals."),
    PLAIN_RISK: ("Risk stated plainly",
                 "Give the absolute risk (\u201cfrom 2 in 100 to 1 in 100\u201d), not only a relative change."),
    CLAIMS_CITED: ("Every claim cited", "Each health claim or statistic links the source it comes from."),
}

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*[\"”’)\]]*")
_CLAUSE_BREAK = re.compile(r",\s*(?:and\s+(?:then\s+)?|then\s+)?|;\s*|\s+and\s+then\s+|\s+then\s+", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:so|then|now|and|please|just|also|next|first|finally|today|okay|ok)\b[\s,]*)+",
                   re.IGNORECASE)
_DECIMAL = re.compile(r"\d[.·]\d")


@dataclass(frozen=True)
class ChecklistItem:
    """One item: ``auto`` is the automatic verdict (None: a person must judge), ``manual`` the hand tick."""

    id: str
    title: str
    hint: str
    auto: bool | None
    details: tuple[str, ...] = ()
    manual: bool | None = None

    @property
    def short_title(self) -> str:
        """A short name for narrow places."""
        return SHORT_TITLES.get(self.id, self.title)

    @property
    def done(self) -> bool:
        """Ticked: by hand if the creator ticked or unticked it, else by the automatic check."""
        return self.manual if self.manual is not None else bool(self.auto)

    @property
    def how(self) -> str:
        """"hand" (ticked or unticked by hand), "auto" (checked by the analysis) or "open" (to judge)."""
        if self.manual is not None:
            return "hand"
        return "open" if self.auto is None else "auto"


@lru_cache(maxsize=4)
def _cta_verbs(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (a simple split on . ! ? and line ends; good enough for short scripts)."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip(" .!?\"”’)]")]


def calls_to_action(text: str, profile: LanguageProfile | None = None) -> list[str]:
    """Clauses of ``text`` that ask the viewer to do something ("talk to your doctor", "follow for more")."""
    verbs = _cta_verbs((profile or get_profile("en")).resource("call_to_action.txt"))
    found = []
    for sentence in sentences(text):
        if sentence.rstrip().endswith("?"):
            continue                                  # "Could a walk help?" asks, it does not tell
        for clause in _CLAUSE_BREAK.split(sentence):
            clause = _LEAD.sub("", clause.strip())
            first = re.match(r"[A-Za-z']+", clause)
            if first and first.group(0).lower() in verbs:
                found.append(clause.rstrip(" .!"))
    return found


def unplain_numbers(text: str) -> list[str]:
    """Figures a viewer has to work at: statistics, ratios, intervals, decimals."""
    found = []
    for q in extract_quantities(text, words=False):
        hard = q.statistic or q.ratio_label or (
            _DECIMAL.search(q.text) is not None and q.family in (PROPORTION, COUNT))
        if hard and q.text not in found:
            found.append(q.text.strip())
    return found


def relative_only(text: str) -> list[str]:
    """Sentences that give a relative change of a risk with no absolute figures in them or the next one."""
    parts = sentences(text)
    found = []
    for i, sentence in enumerate(parts):
        if relative_span(sentence) is None:
            continue
        nearby = " ".join(parts[i:i + 2])
        if not has_absolute(sentence) and not has_absolute(nearby):
            found.append(sentence)
    return found


def evaluate(segments: Sequence[SegmentInput], result: AnalysisResult | None,
             ticks: Mapping[str, bool] | None = None, profile: LanguageProfile | None = None,
             language: str | None = None) -> list[ChecklistItem]:
    """The checklist for a script: its segments (the first is the hook), its analysis, the hand ticks.

    The script's language is ``profile``'s, else ``language``, else the analysis' (English by default).
    Items that read English wording are left to the creator (``auto`` None) in other languages."""
    code = profile.code if profile is not None else (
        language or (getattr(result, "language", "") if result is not None else "") or "en")
    try:
        name = get_profile(code).name
    except UnsupportedLanguage:
        code, name = "en", "English"
    texts = [s.text for s in segments]
    spoken = "\n".join(texts)
    hook = texts[0].strip() if texts else ""
    items = [_item(MAIN_MESSAGE, None if hook else False,
                   (f"Hook: {sentences(hook)[0]}",) if hook else ("The hook (first segment) is empty.",))]
    if code == "en":
        ctas = calls_to_action(spoken, profile)
        items.append(_item(CALL_TO_ACTION, len(ctas) == 1,
                           tuple(ctas) if ctas else ("No call to action found.",)))
        numbers = unplain_numbers(spoken)
        items.append(_item(PLAIN_NUMBERS, not numbers, tuple(numbers)))
        risks = relative_only(spoken)
        items.append(_item(PLAIN_RISK, not risks, tuple(risks)))
    else:   # these three read English wording: left to the creator rather than judged with English rules
        note = (f"Not checked automatically in {name}: tick it yourself.",)
        items.extend(_item(item_id, None, note) for item_id in (CALL_TO_ACTION, PLAIN_NUMBERS, PLAIN_RISK))
    if result is None:
        items.append(_item(CLAIMS_CITED, None, ("Waiting for the analysis.",)))
    else:
        uncited = [f.text for f in result.findings if f.kind == UNCITED_CLAIM and not f.dismissed]
        items.append(_item(CLAIMS_CITED, result.metrics.uncited_claims == 0, tuple(uncited)))
    ticks = ticks or {}
    return [replace(item, manual=ticks.get(item.id)) for item in items]


def _item(item_id: str, auto: bool | None, details: tuple[str, ...]) -> ChecklistItem:
    title, hint = _TITLES[item_id]
    return ChecklistItem(item_id, title, hint, auto, details)


def score(items: Sequence[ChecklistItem]) -> tuple[int, int]:
    """(done, total) for a summary such as "3 of 5"."""
    return sum(1 for i in items if i.done), len(items)
