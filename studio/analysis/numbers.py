"""Numbers in running text, normalised so a script's "three in ten" can be compared with a source's "30%".

:func:`extract_quantities` finds every quantity in a text with its value, its *family* and the qualifier
written before it:

* ``proportion`` — "30%", "30 percent", "thirty per cent", "three in ten", "1 in 5", "12 out of 40",
  "5 per 1,000", "half", "a third", "two thirds" (value as a fraction: 0.3);
* ``points`` — "5 percentage points" (value as a fraction: 0.05);
* ``multiplier`` — "twice", "double", "3 times", "2.5-fold", "halves" (value as a factor: 2, 3, 2.5, 0.5);
* ``count`` — every other number ("6,545 patients", "12 weeks", "1.53"), with the word after it as unit.

Qualifiers: ``approx`` ("about", "around", "roughly", "~"), ``lower`` ("more than", "over", "at least"),
``upper`` ("less than", "under", "up to", "nearly", "almost"). :func:`agrees` decides whether a stated
quantity is a fair rendering of a source value, allowing for rounding and for what the qualifier claims.

Pure Python (no spaCy): the consistency rule and the drafting code both use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

PROPORTION = "proportion"
POINTS = "points"
MULTIPLIER = "multiplier"
COUNT = "count"

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUE: dict[str, int] = {w: i for i, w in enumerate(_UNITS)} | {
    w: i * 10 for i, w in enumerate(_TENS) if i >= 2}
_SCALE_VALUE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINAL_DENOM = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                  "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                  "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
                  "tenth": 10, "tenths": 10}
_MULTIPLIER_WORDS = {"twice": 2.0, "double": 2.0, "doubled": 2.0, "doubles": 2.0, "doubling": 2.0,
                     "triple": 3.0, "tripled": 3.0, "triples": 3.0, "tripling": 3.0, "thrice": 3.0,
                     "quadruple": 4.0, "quadrupled": 4.0, "quadruples": 4.0,
                     "halve": 0.5, "halved": 0.5, "halves": 0.5, "halving": 0.5}

_WORD_UNIT = "|".join(sorted((w for w in _UNITS if w != "zero"), key=len, reverse=True))
_WORD_TENS = "|".join(w for w in _TENS if w != "_")
_WORD_NUM = (rf"(?:(?:(?:{_WORD_TENS})(?:[- ](?:{_WORD_UNIT}))?|{_WORD_UNIT}|an|a)"
             rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_WORD_TENS})(?:-(?:{_WORD_UNIT}))?|{_WORD_UNIT}))?)?"
             r"(?:\s+(?:thousand|million|billion))?)")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.·]\d+)?|[.·]\d+"
_NUMBER = rf"(?P<digits>{_DIGITS})|(?P<words>\b{_WORD_NUM}\b)"

_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("approx", r"about|around|approximately|approx\.|roughly|some|circa|ca\.|~|≈|close to|nearly "
               r"equal to|in the region of|on average|an average of|averaging"),
    ("upper", r"nearly|almost|less than|fewer than|under|below|up to|at most|no more than|not more than|"
              r"just under|<|≤|<=|a little under|just short of"),
    ("lower", r"more than|over|above|at least|upwards of|greater than|no less than|not less than|"
              r"just over|well over|>|≥|>=|a little over|in excess of"),
)
_QUALIFIER_RE = re.compile(
    r"(?:" + "|".join(f"(?P<{name}>(?<![\\w])(?:{pat}))" for name, pat in _QUALIFIERS) + r")\s*$",
    re.IGNORECASE)

_CANDIDATE = re.compile(
    r"(?P<mult>\b(?:twice|thrice|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es)"
    r"|halv(?:e|ed|es|ing))\b)"
    r"|(?P<frac>\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b)"
    rf"|(?<![\w.·,])(?P<neg>[-−](?=\d))?(?:{_NUMBER})(?![\w])",
    re.IGNORECASE)

_PERCENT = re.compile(r"^\s?(?:%|per\s?cent\b|pc\b)", re.IGNORECASE)
_POINTS = re.compile(r"^(?:\s?%|\s+per\s?cent(?:age)?)?\s+(?:percentage[- ]points?|pp\b|points?\b)",
                     re.IGNORECASE)
_TIMES = re.compile(r"^(?:\s?[-‐]?\s?fold\b|\s+times\b|\s?[x×](?![\w]))", re.IGNORECASE)
_IN_OF = re.compile(rf"^\s+(?:in(?:\s+every)?|out\s+of|of\s+every)\s+(?:(?P<d>{_DIGITS})|(?P<w>{_WORD_NUM}))\b",
                    re.IGNORECASE)
_PER = re.compile(r"^\s+(?:per|in\s+every)\s+(?P<d>\d{1,3}(?:,\d{3})+|\d+|thousand|million|hundred)\b",
                  re.IGNORECASE)
_OF_N = re.compile(r"^\s+of\s+(?:the\s+)?(?P<d>\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|per\s?cent))",
                   re.IGNORECASE)
_SCALE_AFTER = re.compile(r"^\s+(?P<s>hundred|thousand|million|billion)\b|^\s?(?P<k>k|bn|mn|m)\b(?!\w)",
                          re.IGNORECASE)
_UNIT_AFTER = re.compile(r"^[\s-]?(?P<u>[A-Za-zµμ][A-Za-zµμ/²³]*)")
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:type|phase|stage|grade|level|step|tier|class|wave|figure|fig\.|table|chapter|section|"
    r"version|day|week|month|year|page|p\.|pp\.|no\.|number|vitamin|omega|covid|h\d+n|ref\.|reference|"
    r"study|trial|cd|il|apo|hba|gen|part|item|question|visit|dose|round|arm|cohort)|[A-Za-z]-|[A-Za-z])$",
    re.IGNORECASE)
_STAT_BEFORE = re.compile(
    r"(?:\b(?:p|i2|i²|i\^2|t|f|z|r|r2|r²|df|chi2|χ2|χ²|tau2|τ²|k)\s*[=<>≤≥]\s*|\bp\s*(?:value)?\s*(?:of|was)\s*"
    r"|\b(?:md|smd|wmd|rd|mean difference|standardi[sz]ed mean difference|risk difference)\b[\s:=,()]*"
    r"(?:of\s+|was\s+)?)$",
    re.IGNORECASE)
_CI_AFTER = re.compile(r"^\s?%?\s*(?:ci\b|cis\b|confidence interval|credible interval|confidence limits?|cri\b|"
                       r"prediction interval|uncertainty interval)(?:\s*\((?:ci|cri)\))?[\s:,]*",
                       re.IGNORECASE)
_RATIO_LABEL = re.compile(
    r"(?:\b(?:or|rr|hr|irr|aor|ahr|arr|rrr|risk ratio|odds ratio|hazard ratio|rate ratio|relative risk|"
    r"peto odds ratio|incidence rate ratio)\b[\s:=,()]*(?:of\s+|was\s+|is\s+|were\s+)?)$",
    re.IGNORECASE)
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?")
_MONTH_AFTER = re.compile(rf"^\s+{_MONTHS}\s+(?:\d{{4}}|\d{{1,2}}\b)|^\s+{_MONTHS}\s*(?:[,.;)]|$)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s+$", re.IGNORECASE)
_YEARISH_UNITS = frozenset({"", "and", "to", "the", "a", "in", "of", "on", "at", "by", "for", "with", "from",
                            "we", "researchers", "scientists", "they", "it", "this", "that", "study"})
_TIME_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "min": 1 / 1440, "hour": 1 / 24, "hr": 1 / 24,
              "day": 1.0, "week": 7.0, "wk": 7.0, "month": 30.44, "mo": 30.44, "year": 365.25, "yr": 365.25}


@dataclass(frozen=True)
class Quantity:
    """One quantity found in a text. ``value`` is a fraction for proportions/points, a factor for
    multipliers and the plain number for counts (time units converted to days in ``days``)."""

    start: int
    end: int
    text: str
    value: float
    family: str
    qualifier: str = ""          # "" | "approx" | "lower" | "upper"
    step: float = 1.0            # rounding step implied by how it is written (in ``value`` units)
    unit: str = ""               # word after a count ("patients", "weeks"), lower-case
    verbal: bool = False         # written in words ("three in ten", "half"): inherently approximate
    statistic: bool = False      # a test statistic, p-value or interval bound: never a headline figure
    ratio_label: bool = False    # follows OR / RR / HR …: a ratio, compare as a factor

    @property
    def days(self) -> float | None:
        """The count as days when its unit is a time unit ("12 weeks" → 84.0), else None."""
        if self.family != COUNT:
            return None
        unit = self.unit.rstrip("s") if len(self.unit) > 3 else self.unit
        factor = _TIME_DAYS.get(unit)
        return None if factor is None else self.value * factor


def _parse_digits(raw: str) -> tuple[float, int]:
    """Value and number of decimals of a digit string ("1,250" → 1250.0, 0)."""
    raw = raw.replace("·", ".").replace(",", "")
    decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
    return float(raw), decimals


def parse_word_number(text: str) -> int | None:
    """Value of an English number in words ("forty-five thousand" → 45000, "a hundred" → 100)."""
    words = re.split(r"[\s-]+", text.strip().lower())
    total = 0
    current = 0
    seen = False
    for w in words:
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = max(current, 1)
            continue
        if w in _WORD_VALUE:
            current += _WORD_VALUE[w]
            seen = True
        elif w == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif w in _SCALE_VALUE:
            total += max(current, 1) * _SCALE_VALUE[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _step(value: float, decimals: int) -> float:
    """The rounding step of a written number: 0.1 for "2.5", 1 for "17", 100 for "6,500"."""
    if decimals:
        return 10.0 ** -decimals
    n = abs(int(value))
    step = 1.0
    while n and n % 10 == 0 and n >= 100:
        n //= 10
        step *= 10
    return step


def extract_quantities(text: str, *, words: bool = True) -> list[Quantity]:
    """Every quantity in ``text`` in order (see the module docstring).

    ``words=False`` skips numbers written as plain words ("three studies") unless they are clearly a
    quantity ("three in ten", "thirty percent", "three times"): a script's "two groups" is not a claim.
    Labels ("type 2", "COVID-19", "phase 3") are never quantities.
    """
    out: list[Quantity] = []
    covered_until = -1
    for m in _CANDIDATE.finditer(text):
        if m.start() < covered_until:
            continue
        q = _quantity_at(text, m, words)
        if q is not None:
            out.append(q)
            covered_until = q.end
    return _mark_intervals(text, _spread_ranges(text, out))


_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and)\s*$", re.IGNORECASE)
_INTERVAL_END = re.compile(r"[;)\]]|\.(?:\s|$)")


def _spread_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """In "10 to 28%" / "10-28%" the first number is a percentage too."""
    out = list(qs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.family == COUNT and b.family == PROPORTION and not a.verbal and not b.verbal \
                and _RANGE_JOIN.match(text[a.end:b.start]) and "in" not in b.text and "of" not in b.text:
            out[i] = replace(a, family=PROPORTION, value=a.value / 100, step=a.step / 100, unit="",
                             statistic=a.statistic or b.statistic)
    return out


def _mark_intervals(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Numbers inside "95% CI 1.53 to 13.85" (up to the next ";" or ")") are interval bounds."""
    out = list(qs)
    for i, q in enumerate(out):
        label = _CI_AFTER.match(text[q.end: q.end + 60]) if q.statistic else None
        if label is None:
            continue
        stop = _INTERVAL_END.search(text, q.end + label.end())
        limit = stop.start() if stop else len(text)
        for j in range(i + 1, len(out)):
            if out[j].start >= limit:
                break
            out[j] = replace(out[j], statistic=True)
    return out


def _quantity_at(text: str, m: re.Match[str], words: bool) -> Quantity | None:
    before = text[max(0, m.start() - 40): m.start()]
    after = text[m.end(): m.end() + 40]
    qualifier = _qualifier(before)
    if m.group("mult"):
        word = m.group("mult").lower()
        return Quantity(m.start(), m.end(), m.group(0), _MULTIPLIER_WORDS[word], MULTIPLIER, qualifier,
                        step=0.5, verbal=True)
    if m.group("frac"):
        return _fraction_words(text, m, qualifier)
    if m.group("digits"):
        if _LABEL_BEFORE.search(before) and not before.endswith(" "):
            return None                                          # "COVID-19", "H1N1", "B12"
        if re.search(r"\b(?:type|phase|stage|grade|level|step|tier|class|wave|figure|fig\.|table|chapter|"
                     r"section|version|page|p\.|pp\.|no\.|number|vitamin|omega|visit|part|item|question)\s*$",
                     before, re.IGNORECASE):
            return None
        if re.match(r"^(?:st|nd|rd|th)\b|^[:/]\d", after, re.IGNORECASE):
            return None                                          # ordinals, times, dates
        if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(before):
            return None                                          # "31 January 2014", "May 9, 2016"
        value, decimals = _parse_digits(m.group("digits"))
        if m.group("neg"):
            value = -value
        raw_start = m.start()
        verbal = False
    else:
        parsed = parse_word_number(m.group("words"))
        if parsed is None or m.group("words").lower() in ("a", "an"):
            return None
        value, decimals, raw_start, verbal = float(parsed), 0, m.start(), True
    end = m.end()
    statistic = bool(_STAT_BEFORE.search(before)) or bool(_CI_AFTER.match(after))
    ratio_label = bool(_RATIO_LABEL.search(before))

    scale = _SCALE_AFTER.match(after)
    if scale and not verbal:
        name = (scale.group("s") or scale.group("k")).lower()
        factor = {"k": 1000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}.get(name) or _SCALE_VALUE[name]
        if name != "m" or value < 1000:
            value *= factor
            decimals = 0
            end += scale.end()
            after = text[end: end + 40]

    if (pm := _POINTS.match(after)) and not statistic:
        end += pm.end()
        return Quantity(raw_start, end, text[raw_start:end], value / 100, POINTS, qualifier,
                        _step(value, decimals) / 100, verbal=verbal)
    if (pm := _PERCENT.match(after)):
        end += pm.end()
        return Quantity(raw_start, end, text[raw_start:end], value / 100, PROPORTION, qualifier,
                        _step(value, decimals) / 100, verbal=verbal, statistic=statistic)
    if (tm := _TIMES.match(after)) and not statistic:
        end += tm.end()
        return Quantity(raw_start, end, text[raw_start:end], value, MULTIPLIER, qualifier,
                        _step(value, decimals), verbal=verbal)
    if (im := _IN_OF.match(after)) and value > 0 and not statistic:
        denom = _parse_digits(im.group("d"))[0] if im.group("d") else parse_word_number(im.group("w")) or 0
        if denom and value < denom and (denom <= 20 or denom % 10 == 0):
            end += im.end()
            return Quantity(raw_start, end, text[raw_start:end], value / denom, PROPORTION, qualifier,
                            1 / denom, verbal=True)
    if (pm := _PER.match(after)) and not statistic:
        raw = pm.group("d").lower()
        denom = {"thousand": 1000.0, "million": 1e6, "hundred": 100.0}.get(raw) or _parse_digits(raw)[0]
        if denom >= 10 and value < denom:
            end += pm.end()
            return Quantity(raw_start, end, text[raw_start:end], value / denom, PROPORTION, qualifier,
                            _step(value, decimals) / denom)
    if (om := _OF_N.match(after)) and not verbal and not statistic:
        denom = _parse_digits(om.group("d"))[0]
        if denom > value > 0 and decimals == 0:
            # "12 of 40 patients": both the count and the share it implies.
            end += om.end()
            return Quantity(raw_start, end, text[raw_start:end], value / denom, PROPORTION, qualifier,
                            0.5 / denom)
    if verbal and not words:
        return None
    if verbal and value < 2 and not words:
        return None
    unit_m = _UNIT_AFTER.match(after)
    unit = unit_m.group("u").lower() if unit_m else ""
    if not verbal and decimals == 0 and 1900 <= value <= 2100 and "," not in m.group(0) \
            and unit in _YEARISH_UNITS:
        return None                                              # a year
    return Quantity(raw_start, end, text[raw_start:end], value, MULTIPLIER if ratio_label else COUNT,
                    qualifier, _step(value, decimals), unit=unit, verbal=verbal, statistic=statistic,
                    ratio_label=ratio_label)


def _fraction_words(text: str, m: re.Match[str], qualifier: str) -> Quantity | None:
    words = re.split(r"[\s-]+", m.group("frac").lower())
    denom_word = words[-1]
    denom = _ORDINAL_DENOM[denom_word]
    numer = 1
    if len(words) > 1:
        numer = parse_word_number(words[0]) or 1
    if denom_word in ("half", "halves") and len(words) == 1:
        # "half" alone: "half of", "half the", "by half"; "the second half" is not a quantity.
        before = text[max(0, m.start() - 12): m.start()].lower()
        if re.search(r"\b(?:first|second|last|other|latter|former)\s+$", before):
            return None
    elif len(words) == 1:
        return None                                              # "third" alone is an ordinal
    if numer >= denom:
        return None
    return Quantity(m.start(), m.end(), m.group(0), numer / denom, PROPORTION, qualifier,
                    step=1 / denom, verbal=True)


def _qualifier(before: str) -> str:
    m = _QUALIFIER_RE.search(before)
    if not m:
        return ""
    for name, _ in _QUALIFIERS:
        if m.group(name):
            return name
    return ""


def agrees(stated: Quantity, value: float, source_step: float = 0.0) -> bool:
    """Whether ``stated`` (from the script) is a fair rendering of the source ``value`` (same family).

    An exact number must equal the source, or be the source rounded (or cut) to the precision written
    ("17%" for 17.6%, when the source is more precise: ``source_step`` smaller than the stated step; 0 =
    unknown, treated as more precise; negative = a computed value, ordinary rounding only). "About"/verbal forms allow ordinary rounding (±15%, at least half
    a step); "more than"/"at least" must be below the source value, "less than"/"nearly" above it.
    """
    v = stated.value
    eps = 1e-9 * max(1.0, abs(value))
    half_step = stated.step / 2
    if stated.family == PROPORTION:
        half_step = min(half_step, 0.05)
    slack = max(abs(value) * 0.15, half_step, 0.02 if stated.family == PROPORTION else 0.0)
    if stated.qualifier == "lower":
        return value >= v - eps and value <= max(v * 2.0, v + stated.step * 10)
    if stated.qualifier == "upper":
        return value <= v + eps and value >= v - max(abs(v) * 0.25, stated.step,
                                                     0.05 * (stated.family == PROPORTION))
    if stated.qualifier == "approx" or stated.verbal:
        return abs(v - value) <= slack + eps
    if abs(v - value) <= eps:
        return True
    if source_step < 0:                      # a value the script computed from two source figures
        return abs(v - value) <= stated.step / 2 + eps
    more_precise = source_step == 0.0 or source_step < stated.step - eps
    return more_precise and abs(v - value) < stated.step - eps


def format_value(q: Quantity) -> str:
    """How a source quantity is quoted in a message: as written, trimmed."""
    return " ".join(q.text.split())


__all__ = ["COUNT", "MULTIPLIER", "POINTS", "PROPORTION", "Quantity", "agrees", "extract_quantities",
           "format_value", "parse_word_number"]
