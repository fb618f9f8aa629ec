"""The claim–source checks for numbers and population, as pure functions over a claim and the source passage
it cites (certainty is in :mod:`studio.analysis.certainty`, relative risk in
:mod:`studio.analysis.relative_risk`). Each check returns :class:`Issue` objects with offsets into the claim
text; the consistency rule turns them into findings. Precision matters more than recall: an untouched draft (whose sentences keep the source's
numbers and hedges) must raise nothing, so every check needs positive evidence of drift.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from studio.analysis.certainty import check_certainty
from studio.analysis.cues import CueHit, CueSet
from studio.analysis.issues import Issue
from studio.analysis.numbers import (
    COUNT,
    MULTIPLIER,
    POINTS,
    PROPORTION,
    Quantity,
    agrees,
    extract_quantities,
    format_value,
)
from studio.analysis.passages import SourceIndex, content_stems, stem

# -- numbers ------------------------------------------------------------------------------------------
_RANGE_TALK = re.compile(r"\b(?:range|ranged|between|confidence|interval|as\s+(?:high|low|much|little)\s+as|"
                         r"up\s+to|anywhere\s+from)\b", re.IGNORECASE)


#: Words that tell a count was added up or subtracted by the script ("24 trials in total", "3 more").
_SUMMING = re.compile(r"\b(?:total|altogether|combined|in all|overall|together|other|remaining|more|fewer|less|"
                      r"difference|between|sum|plus|minus|extra|additional)\b", re.IGNORECASE)


def _candidates(q: Quantity, source: SourceIndex, claim: str) -> list[tuple[float, float]]:
    """Every (value, rounding step) in the source that ``q`` could be a rendering of (same family, or
    derived). Interval bounds and p-values count only when the claim talks about a range or a limit."""
    ranges = q.qualifier in ("lower", "upper") or bool(_RANGE_TALK.search(claim))
    values: list[tuple[float, float]] = []
    for quantities in source.quantities:
        for s in quantities:
            if s.statistic and not ranges:
                continue
            step = s.step if s.family == q.family else 0.0
            values.extend((v, step) for v in _convert(s, q))
        if q.family != COUNT or _SUMMING.search(claim):
            values.extend((v, -1.0) for v in _derived(quantities, q))   # computed: ordinary rounding only
    return values


def _convert(s: Quantity, q: Quantity) -> list[float]:
    if q.family == s.family == COUNT:
        qd, sd = q.days, s.days
        if qd is not None and sd is not None:
            return [sd / (qd / q.value)] if q.value else []
        return [s.value, abs(s.value)]
    if q.family == PROPORTION:
        if s.family in (PROPORTION, POINTS):
            return [s.value]
        if s.family == MULTIPLIER:
            return [abs(1 - s.value), s.value]      # "RR 0.76" ↔ "24% lower"
        return [s.value / 100] if 0 <= s.value <= 100 else []
    if q.family == POINTS:
        return [s.value] if s.family in (PROPORTION, POINTS) else []
    if q.family == MULTIPLIER:
        if s.family == MULTIPLIER or (s.family == COUNT and s.ratio_label):
            return [s.value] + ([1 / s.value] if s.value else [])
        if s.family == PROPORTION:
            return [1 + s.value, 1 - s.value]        # "increased by 100%" ↔ "doubled"
        if s.family == COUNT:
            return [s.value]
    if q.family == COUNT and s.family == PROPORTION:
        return [s.value * 100]
    return []


def _derived(quantities: Sequence[Quantity], q: Quantity) -> list[float]:
    """Values a script may compute from two figures of one source sentence (2% → 1% is "halves")."""
    props = [s.value for s in quantities if s.family == PROPORTION and not s.statistic and s.value > 0]
    # Counts add up or differ only within one kind of thing ("20 trials and 4 cohorts" → "24 studies" is
    # fine; "15 studies" is not "5 weeks" + "10 patients").
    counts = [s.value for s in quantities if s.family == COUNT and not s.statistic and s.value > 0
              and (not q.unit or not s.unit or _same_unit(q.unit, s.unit))]
    out: list[float] = []
    for group in (props, counts):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if q.family == MULTIPLIER:
                    out += [a / b, b / a]
                elif q.family in (PROPORTION, POINTS):
                    out += [abs(a - b) / a, abs(a - b) / b] + ([abs(a - b)] if group is props else [])
                elif q.family == COUNT:
                    out += [abs(a - b), a + b]
    return out


_UNIT_GROUPS = (frozenset("trial trials study studies rct rcts cohort cohorts".split()),
                frozenset("participant participants patient patients people person women men children adults "
                          "infants babies subjects individuals volunteers".split()))


def _same_unit(a: str, b: str) -> bool:
    if stem(a) == stem(b):
        return True
    return any(a in g and b in g for g in _UNIT_GROUPS)


#: "for every 1,000 women screened": the size of a natural-frequency frame, not a figure of the study.
_DENOMINATOR = re.compile(r"\b(?:every|per|out\s+of|in\s+each)\s+$", re.IGNORECASE)
_PART_OF = re.compile(r"^(?P<x>[\d,]+)\s+(?:out\s+)?of\s+(?:the\s+)?(?P<y>[\d,]+)$")


def _parts_given(q: Quantity, source: SourceIndex) -> bool:
    """"5 of the 11 studies": both counts are in the source (the script did not compute a share)."""
    m = _PART_OF.match(" ".join(q.text.split()))
    if not m:
        return False
    wanted = {float(m.group("x").replace(",", "")), float(m.group("y").replace(",", ""))}
    given = {s.value for qs in source.quantities for s in qs if s.family == COUNT and not s.statistic}
    return wanted <= given


def check_numbers(claim: str, source: SourceIndex, sentence_ids: Sequence[int]) -> list[Issue]:
    """Numbers in ``claim`` that no figure of the source supports (allowing formats and rounding)."""
    issues: list[Issue] = []
    for q in extract_quantities(claim, words=False):
        if q.statistic or (q.family == COUNT and _DENOMINATOR.search(claim[max(0, q.start - 20): q.start])):
            continue
        if q.family in (PROPORTION, POINTS) and q.value < 0:
            q = replace(q, value=-q.value)                      # "(-71%)" beside "reduced": a 71% drop
        if any(agrees(q, v, step) for v, step in _candidates(q, source, claim)) or _parts_given(q, source):
            continue
        if q.family == COUNT and (_in_range(claim, q) or not _has_rival(q, claim, source, sentence_ids)):
            continue
        quoted = _closest(q, source, sentence_ids)
        said = format_value(q)
        if quoted is not None:
            message = (f"The source says {format_value(quoted)}, the script says {said}. "
                       "Check the figure against the source passage.")
            suggestions: tuple[str, ...] = (format_value(quoted),)
        else:
            message = (f"The script says {said}, but the cited source gives no such figure. "
                       "Check the number, or cite the source it comes from.")
            suggestions = ()
        data = (("source_number", format_value(quoted)),) if quoted is not None else ()
        issues.append(Issue("number_mismatch", q.start, q.end, message, suggestions, data))
    return issues


_RANGE_AFTER = re.compile(r"^\s*(?:to|-|–|and)\s*[\d,.]+")
_RANGE_BEFORE = re.compile(r"[\d,.]+\s*(?:to|-|–|and)\s*$")


def _in_range(claim: str, q: Quantity) -> bool:
    """"from 7 to 84 days", "aged 60-70": range ends describe spread, often from the full text."""
    return bool(_RANGE_AFTER.match(claim[q.end:]) or _RANGE_BEFORE.search(claim[:q.start]))


def _has_rival(q: Quantity, claim: str, source: SourceIndex, sentence_ids: Sequence[int]) -> bool:
    """Whether the cited passage counts the same kind of thing (trials, participants, weeks): only then can a
    count be told wrong. A count of something the passage does not count ("2672 adults having heart surgery"
    from the full review) is not evidence of drift."""
    mine = _unit_words(claim[q.end: q.end + 40], source.stop)
    if not mine:
        return False
    qd = q.days
    others = [o for o in extract_quantities(claim, words=True) if o.start != q.start and not o.statistic]
    # The sentences the claim retells: the cited passage, and any sentence sharing another of its figures.
    related = list(sentence_ids) + [i for i, qs in enumerate(source.quantities) if i not in sentence_ids and any(
        s.family == o.family and not s.statistic and agrees(o, s.value, s.step) for o in others for s in qs)]
    for i in related:
        passage = source.sentences[i]
        for s in source.quantities[i]:
            if s.family != COUNT or s.statistic:
                continue
            if qd is not None and s.days is not None:
                return True
            theirs = _unit_words(passage.text[s.end: s.end + 40], source.stop)
            if any(_same_unit(a, b) for a in mine for b in theirs):
                return True
    return False


def _unit_words(after: str, stop: frozenset[str]) -> list[str]:
    """The first content words after a number ("randomised controlled trials" → three words)."""
    words = re.findall(r"[A-Za-z][\w-]*", after)[:3]
    return [w.lower() for w in words if w.lower() not in stop]


def _closest(q: Quantity, source: SourceIndex, sentence_ids: Sequence[int]) -> Quantity | None:
    """The source figure the script most likely meant: same family, in the cited passage, similar words."""
    around = set(content_stems(_window(q), source.stop))
    best: tuple[float, Quantity] | None = None
    pools = [list(sentence_ids)] + [[i for i in range(len(source.sentences)) if i not in sentence_ids]]
    for pool in pools:
        for i in pool:
            text = source.sentences[i].text
            for s in source.quantities[i]:
                if s.statistic or not _same_family(q, s):
                    continue
                near = set(content_stems(text[max(0, s.start - 60): s.end + 60], source.stop))
                score = len(around & near) - 0.001 * abs(s.value - q.value) / (abs(q.value) + 1)
                if q.family == COUNT and q.unit and s.unit and stem(q.unit) == stem(s.unit):
                    score += 2
                if best is None or score > best[0]:
                    best = (score, s)
        if best is not None:
            return best[1]
    return None


def _window(q: Quantity) -> str:
    return q.text


def _same_family(q: Quantity, s: Quantity) -> bool:
    if q.family == MULTIPLIER:
        return s.family == MULTIPLIER or s.ratio_label
    if q.family in (PROPORTION, POINTS):
        return s.family in (PROPORTION, POINTS)
    return s.family == COUNT and not s.ratio_label


# -- population ---------------------------------------------------------------------------------------
def source_population(text: str, cues: CueSet) -> tuple[str, str] | None:
    """(kind, label) when a whole source is about animals or cells only (no human participants)."""
    if cues.has("human", text):
        return None
    for kind in ("animal", "cell"):
        hit = cues.first(kind, text)
        if hit is not None:
            return kind, hit.cue.extra
    return None


def source_group(text: str, cues: CueSet) -> CueHit | None:
    """The one specific group a whole source is about ("children", "pregnant women"), when it names one
    group at least twice and no other (men and women together are people in general)."""
    hits = _groups(text, cues, unique=False)
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.cue.phrase] = counts.get(h.cue.phrase, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda p: counts[p])
    top_hit = next(h for h in hits if h.cue.phrase == top)
    words = set(top_hit.cue.extra.split("|"))
    # "infants" and "preterm infants" are one group; "children" beside "older adults" are two.
    same = sum(n for p, n in counts.items() if words & set(next(h for h in hits if h.cue.phrase == p).cue.extra.split("|")))
    others = sum(counts.values()) - same
    if top in ("men", "women"):               # a single-sex study only when the other sex never appears
        other = "women" if top == "men" else "men"
        if same < 3 or re.search(rf"\b(?:{other}|{'fe' if top == 'men' else ''}male)\b", text, re.IGNORECASE):
            return None
    if same < 2 or others > same // 3:
        return None
    return top_hit


def check_population(claim: str, passage: str, whole_source: tuple[str, str] | None,
                     source_text: str, cues: CueSet, whole_group: CueHit | None = None) -> list[Issue]:
    """The source is about animals, cells, a small pilot or a specific group; the claim generalises."""
    claim_words = content_stems(claim, frozenset())
    if not claim_words:
        return []
    scope: tuple[str, str, str] | None = None          # (kind, label, acknowledgement pattern kind / words)
    for kind in ("animal", "cell"):
        hit = cues.first(kind, passage)
        if hit is not None:
            scope = (kind, hit.cue.extra, f"acknowledge_{kind}")
            break
    if scope is None and whole_source is not None:
        scope = (whole_source[0], whole_source[1], f"acknowledge_{whole_source[0]}")
    if scope is None:
        hit = cues.first("pilot", passage) or cues.first("pilot", source_text[:400])
        if hit is not None:
            scope = ("pilot", hit.cue.extra, "acknowledge_pilot")
    general = cues.first("general", claim)
    if scope is not None:
        kind, label, ack = scope
        if cues.has(ack, claim):
            return []
        if kind == "pilot" and (general is None or general.text.lower() in ("people", "adults", "humans")):
            return []
        return [_population_issue(claim, general, label, ack, "")]
    groups = _groups(passage, cues)
    if not groups and whole_group is not None:
        groups = [whole_group]
    if len(groups) != 1 or general is None:
        return []
    group = groups[0]
    words = [w.strip() for w in group.cue.extra.split("|") if w.strip()]
    if any(_word_in(w, claim) for w in words):
        return []
    return [_population_issue(claim, general, group.text, "", "|".join(words))]


def _groups(passage: str, cues: CueSet, unique: bool = True) -> list[CueHit]:
    hits = cues.find("group", passage)
    phrases = {h.cue.phrase for h in hits}
    if {"men", "women"} <= phrases:
        hits = [h for h in hits if h.cue.phrase not in ("men", "women")]
    if not unique:
        return hits
    unique: dict[str, CueHit] = {}
    for h in hits:
        unique.setdefault(h.cue.phrase, h)
    return list(unique.values())


def _word_in(word: str, text: str) -> bool:
    from studio.analysis.cues import phrase_pattern

    return phrase_pattern(word).search(text) is not None


def _population_issue(claim: str, general: CueHit | None, label: str, ack_kind: str, ack_words: str) -> Issue:
    if general is not None:
        how = f"the script speaks to everyone (‘{general.text}’)"
    else:
        how = "the script doesn't say so, so it reads as if it applies to people in general"
    message = f"The source is about {label}; {how}. Say who was studied."
    data = (("population", label),) + ((("acknowledge", ack_kind),) if ack_kind else ()) + (
        (("acknowledge_words", ack_words),) if ack_words else ())
    return Issue("population_dropped", 0, len(claim.rstrip()), message, (), data)


__all__ = ["Issue", "check_certainty", "check_numbers", "check_population", "source_group", "source_population"]
