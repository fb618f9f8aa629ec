"""What a figure in a claim or a source sentence is about: relative change or absolute rate, the groups it
belongs to ("7.4% in active participants") and the outcome words around it ("dropout", "depression").

The claim–source checks use it so that a message quotes figures about the same outcome as the claim
(a script's "cuts depression risk by 30%" is never answered with a trial's dropout rates) and compares a
relative change with the source's relative change, not with one of its absolute rates. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studio.analysis.numbers import COUNT, MULTIPLIER, POINTS, PROPORTION, Quantity
from studio.analysis.passages import content_stems, stem

# Words that say how a figure changed or what kind of figure it is, not what it measures.
_GENERIC_WORDS = (
    "risk risks chance chances odds likelihood likely unlikely rate rates incidence hazard hazards absolute relative "
    "lower higher low high reduce reduced reduces reducing reduction reductions increase increased increases "
    "increasing cut cuts cutting fell fall falls fallen drop dropped drops rise rose rises raise raised raises "
    "decrease decreased decreases decline declined less more fewer greater smaller larger halve halved halves "
    "double doubled doubles twice times fold overall total number proportion percentage share people person "
    "participant participants patient patients group groups arm arms control controls compared comparison "
    "versus vs among those about around nearly almost roughly approximately result results showed found "
    "study studies trial trials review reviews evidence develop developed developing experienced effect "
    "effects difference differences associated association linked link likely half third thirds quarter "
    "quarters fifth one two three four five six seven eight nine ten eleven twelve twenty thirty hundred "
    "thousand percent cent per "
    "significant significantly statistically estimate estimated respectively average mean median "
    "risk-ratio ratio ratios adjusted adjustment crude outcome outcomes event events measured reported "
    "year years week weeks month months day days follow-up followed"
).split()
GENERIC = frozenset(stem(w) for w in _GENERIC_WORDS)

_CHANGE_AFTER = re.compile(r"^\s*(?:relative\s+)?(?:lower|higher|less|more|fewer|greater|smaller|reduced|increased|"
                           r"reduction|increase|decrease|drop|rise|fall|decline|cut|improvement|worse|better)\b",
                           re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:reduc\w*|cut\w*|lower\w*|fell|fall\w*|dropp?\w*|decreas\w*|declin\w*|increas\w*|rais\w*|rose|ris\w*|"
    r"improv\w*|boost\w*|halv\w*|shrank|shrink\w*|grew|grow\w*|slash\w*)\s+(?:[\w-]+\s+){0,5}?by|"
    r"(?:reduction|decrease|increase|drop|fall|rise|decline|cut|improvement)\s+of)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|up\s+to\s+|more\s+than\s+|over\s+|some\s+)?$",
    re.IGNORECASE)
_RELATIVE_LABEL = re.compile(r"\brelative\s+(?:risk\s+)?(?:reduction|increase|change)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:lower\w*|less|fewer|reduc\w*|cut\w*|fell|fall\w*|dropp?\w*|decreas\w*|declin\w*|halv\w*|"
                   r"smaller|prevent\w*|protect\w*|shrank|shrink\w*|slash\w*)\b", re.IGNORECASE)
_UP = re.compile(r"\b(?:higher|more|greater|increas\w*|rais\w*|rose|ris(?:e|es|ing)|doubl\w*|tripl\w*|times|"
                 r"fold|boost\w*|grew|grow\w*)\b", re.IGNORECASE)
# "7.4% in active", "18% in exercise arms", "25% of women given X": who a rate belongs to.
_GROUP_AFTER = re.compile(r"^\s+(?P<prep>in|among|of|for|with|on|receiving|given|taking)\s+(?:the\s+|those\s+)?"
                          r"(?P<label>[^,;.()\[\]]{1,60}?)(?=\s*(?:[,;.()\[\]]|\band\b|\bvs\.?|\bversus\b|"
                          r"\bcompared\b|\bwhile\b|\bwhereas\b|\bthan\b|\bagainst\b|$))", re.IGNORECASE)
_PEOPLE = frozenset(stem(w) for w in (
    "participants patients people persons women men children adults infants babies subjects individuals "
    "volunteers mothers users smokers students residents".split()))


def is_relative(text: str, q: Quantity) -> bool:
    """Whether ``q`` in ``text`` is a relative change ("17% lower risk", "cuts risk by 30%", "hazard ratio
    0.83", "twice as likely") rather than an absolute rate or a count."""
    if q.family == MULTIPLIER:
        return True
    if q.family != PROPORTION or q.statistic:
        return False
    if re.search(r"\b(?:in|of|per|out)\b", q.text):
        return False                                   # "1 in 5", "12 of 40": a share of people
    after = text[q.end: q.end + 40]
    before = text[max(0, q.start - 80): q.start]
    return bool(_CHANGE_AFTER.match(after) or _CHANGE_BEFORE.search(before)
                or _RELATIVE_LABEL.search(text[max(0, q.start - 40): q.end + 40]))


def direction(text: str) -> str:
    """"down" when ``text`` tells a decrease ("cuts", "lower"), "up" for an increase, else ""."""
    down, up = _DOWN.search(text), _UP.search(text)
    if down and not up:
        return "down"
    if up and not down:
        return "up"
    if down and up:
        return "down" if down.start() < up.start() else "up"
    return ""


def group_label(text: str, q: Quantity) -> tuple[str, str]:
    """(preposition, group) written right after a rate ("7.4% in active" → ("in", "active")), or ("", "")."""
    m = _GROUP_AFTER.match(text[q.end: q.end + 80])
    if not m:
        return "", ""
    label = " ".join(m.group("label").split())
    if re.match(r"^\d", label) or len(label.split()) > 6:
        return "", ""
    return m.group("prep").lower(), label


def arm_words(text: str, quantities: Sequence[Quantity]) -> set[str]:
    """Stems of the group labels after the rates of a sentence (the arms compared, not the outcome)."""
    out: set[str] = set()
    for q in quantities:
        if q.family in (PROPORTION, POINTS, COUNT):
            _, label = group_label(text, q)
            out |= set(content_stems(label, frozenset()))
    return out


def outcome_stems(text: str, stop: frozenset[str], exclude: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Content stems of ``text`` that can name an outcome: no generic risk/change words, no ``exclude``."""
    return {s for s in content_stems(text, stop) if s not in GENERIC and s not in exclude and not s[:1].isdigit()}


def shared(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> int:
    """How many stems of ``a`` have a match in ``b``: the same stem, or one word's forms the crude stemmer
    keeps apart ("depress" / "depression" / "depressiv": a common start of 6+ letters covering 75% of the
    shorter)."""
    count = 0
    for x in a:
        if x in b or any(_related(x, y) for y in b):
            count += 1
    return count


def _related(x: str, y: str) -> bool:
    n = 0
    for cx, cy in zip(x, y, strict=False):
        if cx != cy:
            break
        n += 1
    return n >= 6 and n >= 0.75 * min(len(x), len(y))


def people_label(label: str) -> bool:
    """Whether a group label ends in a word for people ("inactive participants")."""
    words = label.split()
    return bool(words) and stem(words[-1]) in _PEOPLE


__all__ = ["GENERIC", "arm_words", "direction", "group_label", "is_relative", "outcome_stems", "people_label",
           "shared"]
