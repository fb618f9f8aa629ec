"""The number check: a figure in a cited claim that the cited source does not give.

Formats and stated rounding are allowed ("about a third" for 32%, "RR 0.76" for "24% lower"), and so are
figures a script computes from two of the source's ("2% → 1%" is "halves"). A count is told wrong only
when the source counts the same kind of thing (trials, people, weeks); a relative change is compared with
the source's relative changes first, and a message quotes only source figures about the same outcome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from studio.analysis.figures import arm_words, is_relative, outcome_stems, shared
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
from studio.analysis.passages import SourceIndex, stem, strip_label

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
    mine = unit_class(claim, q)
    for passage, quantities in zip(source.sentences, source.quantities, strict=True):
        for s in quantities:
            if s.statistic and not ranges:
                continue
            if q.family == s.family == COUNT and not _units_compatible(mine, unit_class(passage.text, s)):
                continue                          # "30 trials" is not "30 to 45 minutes"
            if q.family == PROPORTION and s.family == COUNT and not _bare_percent_count(passage.text, s):
                continue                          # "30%" is not "30 to 45 minutes"
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
    if q.family in (PROPORTION, POINTS):
        # A share computed from counts needs counts of one kind of thing ("52 of 60 participants"), not
        # "three sessions of 30 minutes".
        units = {stem(s.unit) for s in quantities if s.family == COUNT and not s.statistic and s.value > 0}
        if len(units) != 1 or not next(iter(units)).isalpha():
            counts = []
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


_UNIT_KIND = {stem(w): kind for kind, words in (
    ("study", "trial trials study studies rct rcts cohort cohorts"),
    ("people", "participant participants patient patients people person persons women men children adults infants "
               "babies subjects individuals volunteers mothers girls boys newborns residents students smokers "
               "users"),
    ("time", "second seconds minute minutes min mins hour hours hr hrs day days week weeks wk wks month months "
             "year years yr yrs decade decades"),
) for w in words.split()}
_RANGE_REST = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*[\d,.]+", re.IGNORECASE)


def unit_class(text: str, q: Quantity) -> str:
    """What kind of thing a count counts: "study", "people", "time", or "" when unknown. A range start
    takes the unit after the range ("30 to 45 minutes" → time)."""
    if q.family != COUNT:
        return ""
    after = text[q.end: q.end + 60]
    rest = _RANGE_REST.match(after)
    if rest:
        after = after[rest.end():]
    words = re.findall(r"[A-Za-z][\w-]*", after)[:3]
    for w in words:
        kind = _UNIT_KIND.get(stem(w))
        if kind:
            return kind
        if w.lower() not in ("randomised", "randomized", "controlled", "clinical", "eligible", "more", "other",
                             "new", "small", "large", "included", "separate", "different", "older", "young",
                             "adult", "pregnant", "healthy"):
            break
    return ""


def _units_compatible(a: str, b: str) -> bool:
    return not a or not b or a == b


def _bare_percent_count(text: str, s: Quantity) -> bool:
    """A count that is a percentage written without its sign ("30 and 40%"): a "%" follows within the
    next few characters, before any word."""
    return bool(re.match(r"^\s*(?:(?:to|-|–|and|or|,)\s*[\d.]+\s*)?%", text[s.end: s.end + 20]))


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
        if q.family == COUNT and (_in_range(claim, q) or _FREQUENCY_FRAME.search(claim)
                                  or not _has_rival(q, claim, source, sentence_ids)):
            continue
        if q.family in (PROPORTION, POINTS) and not _has_rates(source):
            continue                  # a source with no percentage at all (only NNTs, counts) can't tell one wrong
        found = _closest(q, claim, source, sentence_ids)
        said = format_value(q)
        if found is not None:
            quoted = _quote(*found)
            message = (f"The source says {quoted}, the script says {said}. "
                       "Check the figure against the source passage.")
            suggestions: tuple[str, ...] = (format_value(found[1]),)
            data: tuple[tuple[str, str], ...] = (("source_number", format_value(found[1])),)
        else:
            about = _outcome_quote(claim, source)
            message = (f"The script says {said}, but the cited source gives no such figure"
                       + (f"; about this it says ‘{about}’" if about else "")
                       + ". Check the number, or cite the source it comes from.")
            suggestions, data = (), ()
        issues.append(Issue("number_mismatch", q.start, q.end, message, suggestions, data))
    return issues


#: "For every 1000 women screened, 980 …", "Of 100 children, 95 …": counts inside a natural-frequency frame.
_FREQUENCY_FRAME = re.compile(r"\b(?:(?:for|in|out\s+of|of)\s+(?:every|each)\s+[\d,]+|per\s+[\d,]{3,}|"
                              r"(?:^|[,;]\s*)(?:of|out\s+of)\s+(?:every\s+)?(?:100|1,?000|10,?000)\b)", re.IGNORECASE)


def _has_rates(source: SourceIndex) -> bool:
    """Whether the source gives percentages, or no figures at all (then any percentage is made up); a source
    reporting only other figures (NNTs, mean differences) may imply a rate the checks cannot compute."""
    figures = [s for qs in source.quantities for s in qs]
    return not figures or any(s.family in (PROPORTION, POINTS) and not s.statistic for s in figures)


_SAMPLE_WORDS = re.compile(r"\b(?:total|involv\w*|includ\w*|enroll?\w*|recruit\w*|took\s+part|randomi[sz]ed|"
                           r"pooled|identified|found|reviewed|analy[sz]ed|participated|completed|with|of)\b",
                           re.IGNORECASE)
_SUBSET_WORDS = re.compile(r"\b(?:of\s+whom|of\s+these|of\s+which|other|another|only|each|per|ranged?|ranging|"
                           r"varied|varying|between|ongoing|awaiting|underway|new|further|additional|excluded|"
                           r"more\s+than|fewer\s+than|less\s+than|over|under|at\s+least|up\s+to)\b", re.IGNORECASE)


def _sample_size(claim: str, q: Quantity) -> bool:
    """Whether a count tells how many studies or people a review or trial had in all ("pooled 30 trials",
    "a total of 236 children"), not a part of them ("the other 17 trials", "108 were treated")."""
    before = claim[max(0, q.start - 40): q.start]
    return bool(_SAMPLE_WORDS.search(before) or re.search(r"\b(?:were|was)\s+(?:included|enrolled|randomi[sz]ed|"
                                                         r"identified|analy[sz]ed)\b", claim[q.end: q.end + 60])) \
        and not _SUBSET_WORDS.search(claim) and q.qualifier == ""


_RANGE_AFTER = re.compile(r"^\s*(?:to|-|–|and)\s*[\d,.]+")
_RANGE_BEFORE = re.compile(r"[\d,.]+\s*(?:to|-|–|and)\s*$")


def _in_range(claim: str, q: Quantity) -> bool:
    """"from 7 to 84 days", "aged 60-70": range ends describe spread, often from the full text."""
    return bool(_RANGE_AFTER.match(claim[q.end:]) or _RANGE_BEFORE.search(claim[:q.start]))


def _has_rival(q: Quantity, claim: str, source: SourceIndex, sentence_ids: Sequence[int]) -> bool:
    """Whether the source counts the same kind of thing (trials, participants, weeks): only then can a count
    be told wrong. A count of something the passage does not count ("2672 adults having heart surgery"
    from the full review) is not evidence of drift. A sample size (studies or people "included", "in
    total") is compared with the source's anywhere ("pooled 30 trials" against "24 trials were included");
    other counts with the cited passage."""
    mine = _unit_words(claim[q.end: q.end + 40], source.stop)
    if not mine:
        return False
    kind = unit_class(claim, q)
    qd = q.days
    others = [o for o in extract_quantities(claim, words=True) if o.start != q.start and not o.statistic]
    # The sentences the claim retells: the cited passage, and any sentence sharing another of its figures.
    related = list(sentence_ids) + [i for i, qs in enumerate(source.quantities) if i not in sentence_ids and any(
        s.family == o.family and not s.statistic and agrees(o, s.value, s.step) for o in others for s in qs)]
    for i in range(len(source.sentences)):
        if i not in related and kind in ("study", "people") and _sample_size(claim, q) and any(
                s.family == COUNT and not s.statistic and unit_class(source.sentences[i].text, s) == kind
                for s in source.quantities[i]):
            return True
    for i in related:
        passage = source.sentences[i]
        for s in source.quantities[i]:
            if s.family != COUNT or s.statistic:
                continue
            if qd is not None and s.days is not None:
                if _is_age(claim, q) == _is_age(passage.text, s) and qd > 0 and 1 / 30 <= s.days / qd <= 30:
                    return True               # an age is no duration; "12 months" is not "96.8 seconds"
                continue
            theirs = _unit_words(passage.text[s.end: s.end + 40], source.stop)
            if any(_same_unit(a, b) for a in mine for b in theirs):
                return True
    return False


_AGE_BEFORE = re.compile(r"\b(?:age[ds]?|younger|older|over|under|aged\s+(?:between|from)?)\s+(?:than\s+|of\s+)?"
                         r"(?:about\s+)?$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^\s*(?:-|–|to|and)?\s*(?:[\d.]+\s*)?(?:years?|months?|weeks?)[\s-]*(?:old|of\s+age)\b",
                        re.IGNORECASE)


def _is_age(text: str, q: Quantity) -> bool:
    """"aged 65", "younger than 25 years", "6 to 12 years old": an age, not how long something lasted."""
    return bool(_AGE_BEFORE.search(text[max(0, q.start - 30): q.start]) or _AGE_AFTER.match(text[q.end: q.end + 30])
                or re.search(r"\bage\b", text[max(0, q.start - 25): q.start], re.IGNORECASE))


def _unit_words(after: str, stop: frozenset[str]) -> list[str]:
    """The first content words after a number ("randomised controlled trials" → three words)."""
    words = re.findall(r"[A-Za-z][\w-]*", after)[:3]
    return [w.lower() for w in words if w.lower() not in stop]


def _closest(q: Quantity, claim: str, source: SourceIndex,
             sentence_ids: Sequence[int]) -> tuple[str, Quantity] | None:
    """(sentence text, figure) of the source figure the script most likely meant: the same kind of figure
    (a relative change for a relative change, a rate for a rate, a count of the same kind of thing), about
    the same outcome, in the cited passage first. None when the source has no such figure."""
    relative = is_relative(claim, q)
    kind = unit_class(claim, q)
    claim_words = outcome_stems(claim, source.stop)
    best: tuple[float, str, Quantity] | None = None
    pools = [list(sentence_ids)] + [[i for i in range(len(source.sentences)) if i not in sentence_ids]]
    for pool in pools:
        for i in pool:
            text = source.sentences[i].text
            arms = arm_words(text, source.quantities[i])
            for s in source.quantities[i]:
                if s.statistic or not _same_family(q, s, relative):
                    continue
                near = outcome_stems(text[max(0, s.start - 80): s.end + 60], source.stop, arms)
                mine = claim_words - arms
                common = shared(mine, near)
                if q.family in (PROPORTION, POINTS):
                    if is_relative(text, s) != relative or (mine and not common):
                        continue                  # a rate of another outcome, or a rate for a relative change
                elif q.family == COUNT:
                    theirs = unit_class(text, s)
                    if not ((kind and kind == theirs) or (q.unit and s.unit and _same_unit(q.unit, s.unit))):
                        continue
                score = common + 0.5 * (s.family == q.family) - 0.001 * abs(s.value - q.value) / (abs(q.value) + 1)
                if best is None or score > best[0]:
                    best = (score, text, s)
        if best is not None:
            return best[1], best[2]
    return None


_CHANGE_WORDS = re.compile(r"^\s*(?:relative\s+)?(?:lower|higher|less|more|fewer|greater|reduction|increase|"
                           r"decrease|drop|rise|fall)(?:\s+(?:in\s+(?:the\s+)?)?(?:risk|odds|rate|chance|"
                           r"likelihood|incidence)\b)?", re.IGNORECASE)


def _quote(text: str, s: Quantity) -> str:
    """A source figure as quoted in a message: a relative change with its words ("17% lower risk"), a count
    with its unit ("24 trials")."""
    if s.ratio_label:
        label = re.search(r"(?:\b(?:hazard|odds|risk|rate)\s+ratio|\b(?:a?HR|a?OR|RR|IRR))[\s:=,(]*$",
                          text[max(0, s.start - 25): s.start], re.IGNORECASE)
        return f"{label.group(0).strip(' :=,(')} {format_value(s)}" if label else format_value(s)
    m = _CHANGE_WORDS.match(text[s.end: s.end + 40])
    if m and s.family == PROPORTION:
        return format_value(s) + " ".join(m.group(0).split(" "))
    if s.family == COUNT and s.unit and s.unit.isalpha() and s.unit not in ("to", "and", "or", "of", "in"):
        return f"{format_value(s)} {s.unit}"
    return format_value(s)


def _outcome_quote(claim: str, source: SourceIndex, limit: int = 140) -> str:
    """The clause of the source that reports on the claim's outcome ("exercise was associated with a
    moderate reduction in depressive symptoms at the end of treatment"), or ""."""
    mine = outcome_stems(claim, source.stop)
    best: tuple[int, str] | None = None
    for passage in source.sentences:
        text = re.sub(r"\s*\([^()]*\)", "", strip_label(passage.text)[1]).strip().rstrip(".")
        for clause in re.split(r",\s+|;\s+", text):
            common = shared(mine, outcome_stems(clause, source.stop))
            if common and _EFFECT.search(clause) and len(clause) <= limit and (best is None or common > best[0]):
                best = (common, clause)
    return best[1] if best else ""


_EFFECT = re.compile(r"\b(?:reduc\w*|lower\w*|increas\w*|improv\w*|associated|linked|effect\w*|difference|"
                     r"fell|rose|decreas\w*|benefit\w*|prevent\w*|higher|fewer|less|more)\b", re.IGNORECASE)


def _same_family(q: Quantity, s: Quantity, relative: bool = False) -> bool:
    if q.family == MULTIPLIER or (relative and s.ratio_label):
        return s.family == MULTIPLIER or s.ratio_label
    if q.family in (PROPORTION, POINTS):
        return s.family in (PROPORTION, POINTS)
    return s.family == COUNT and not s.ratio_label



__all__ = ["check_numbers", "unit_class"]
