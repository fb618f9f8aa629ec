"""Perturbations of faithful summary sentences for eval_source_checks.py: each returns the changed sentence
(or None when the sentence offers nothing of that kind). Written independently of the rule's cue lists,
so the benchmark measures the rule rather than echoing it."""

from __future__ import annotations

import re

from studio.analysis.numbers import COUNT, PROPORTION, Quantity, extract_quantities

KINDS = ("number", "hedge", "population", "relative")

_HEDGE = re.compile(r"\b(?P<h>may|might|could|probably|possibly|appears? to|seems? to)\s+"
                    r"(?P<neg>not\s+)?(?P<adv>(?:also|still|even|slightly|further|only)\s+)?(?P<verb>[a-z]+)\b",
                    re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|n't|no|never|whether|if)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NULLISH = re.compile(r"little or no|no difference|not|no clear|uncertain|unclear", re.IGNORECASE)
_PLURAL_SUBJECT = re.compile(r"(?:\b(?:they|we|you|people|children|women|men|adults|patients|participants|"
                             r"babies|infants|studies|trials|these|both)|[a-z]{3,}s)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_STILL_HEDGED = re.compile(r"\b(?:may|might|could|probably|possibly|perhaps|suggest\w*|uncertain\w*|unclear|"
                           r"likely|unlikely|appear\w*|seem\w*|some evidence|little or no|not sure|low[- ]"
                           r"(?:quality|certainty)|limited evidence)\b", re.IGNORECASE)
_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_PLURAL_FORM = {"be": "are", "have": "have"}
# Who was studied, as a creator would write it ("in children", "pregnant women", "older people").
_GROUP = (r"(?:pregnant\s+women|postmenopausal\s+women|older\s+(?:people|adults|women|men)|elderly\s+(?:people|patients)?"
          r"|the\s+elderly|newborn\s+babies|newborns?|preterm\s+(?:babies|infants)|premature\s+babies|babies|infants"
          r"|children(?:\s+and\s+(?:adolescents|young\s+people))?|adolescents|teenagers|young\s+people|schoolchildren"
          r"|women|men|smokers|students|nursing\s+home\s+residents)")
_GROUP_ALONE = re.compile(rf"\b{_GROUP}\b", re.IGNORECASE)


def _conjugate(verb: str, before: str) -> str:
    low = verb.lower()
    if _PLURAL_SUBJECT.search(before):
        return _PLURAL_FORM.get(low, verb)
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def drop_hedge(sentence: str) -> str | None:
    """"Exercise may reduce pain" → "Exercise reduces pain"; None without a modal hedge on a positive verb."""
    for m in _HEDGE.finditer(sentence):
        if m.group("neg") or _NULLISH.search(sentence[m.end(): m.end() + 40]) \
                or _NEGATED_BEFORE.search(sentence[: m.start()]) or m.group("verb").lower() in ("be", "have"):
            continue
        head = m.group("h").lower()
        verb = m.group("verb")
        if head in ("probably", "possibly", "perhaps"):
            new = verb
        else:
            new = _conjugate(verb, sentence[: m.start()])
        out = sentence[: m.start()] + (m.group("adv") or "") + new + sentence[m.end():]
        # A sentence still hedged elsewhere ("some evidence suggests that X increases…") is not drift.
        return None if _STILL_HEDGED.search(out) else out
    return None


_RANGE_END = re.compile(r"^\s*(?:to|-|–|and)\s*\d|^\s*(?:to|-|–)\s", re.IGNORECASE)


def _headline(sentence: str) -> list[Quantity]:
    """Figures that state a result or a sample size: rates first, then counts; not range ends ("12 to 84
    days"), dates or doses."""
    qs = [q for q in extract_quantities(sentence, words=False)
          if not q.statistic and not q.verbal and q.text[:1].isdigit() and q.family in (PROPORTION, COUNT)
          and not (q.family == COUNT and 1900 <= q.value <= 2100)
          and not _RANGE_END.match(sentence[q.end:]) and not re.search(r"(?:to|-|–)\s*$", sentence[:q.start])
          and not (q.family == COUNT and q.unit in ("mg", "g", "ml", "mmol", "kg", "mcg", "µg", "iu", "pg"))]
    return sorted(qs, key=lambda q: q.family != PROPORTION)


def change_number(sentence: str, supported: object) -> str | None:
    """The first headline figure made half as large again ("17%" → "26%"), when the source does not also give
    that value. ``supported(sentence)`` says whether a changed sentence's figure is still in the source."""
    for q in _headline(sentence):
        digits = re.match(r"[\d,.]+", q.text)
        if not digits:
            continue
        raw = digits.group(0).rstrip(".,")
        value = float(raw.replace(",", ""))
        if value < 2:
            continue
        new_value = value * 1.5 + (1 if value < 10 else 0)
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        new = f"{new_value:,.{decimals}f}" if "," in raw else f"{new_value:.{decimals}f}"
        changed = sentence[: q.start] + new + sentence[q.start + len(raw):]
        if callable(supported) and supported(changed, q.start):
            continue
        return changed
    return None


def studied_groups(abstract: str) -> frozenset[str]:
    """Head nouns of the groups an abstract names ("women" for "pregnant women")."""
    return frozenset(m.group(0).lower().split()[-1] for m in _GROUP_ALONE.finditer(abstract))


def drop_population(text: str, groups: frozenset[str]) -> str | None:
    """Every mention of the studied ``groups`` made general: "in children with asthma" → "in people with
    asthma", "older women" → "people"."""
    def repl(m: re.Match[str]) -> str:
        if m.group(0).lower().split()[-1] not in groups:
            return m.group(0)
        return "People" if m.group(0)[0].isupper() else "people"
    out = _GROUP_ALONE.sub(repl, text)
    return out if out != text else None


HEDGED_SOURCE = re.compile(r"\b(?:may|might|could|probably|possibly)\b", re.IGNORECASE)


def to_relative(sentence: str, in_source: object) -> str | None:
    """Two rates of the sentence ("21% versus 25%", "from 30 in 100 to 20 in 100") replaced by the relative
    change they imply ("a 16% lower risk"), when the source gives both rates."""
    rates = [q for q in extract_quantities(sentence, words=True) if q.family == PROPORTION and not q.statistic
             and 0 < q.value < 1]
    for a, b in zip(rates, rates[1:], strict=False):
        if a.value == b.value or b.start - a.end > 80 or ";" in sentence[a.end:b.start]:
            continue
        if callable(in_source) and not (in_source(a) and in_source(b)):
            continue
        rel = round(abs(a.value - b.value) / max(a.value, b.value) * 100)
        if rel < 1:
            continue
        direction = "lower" if b.value > a.value else "higher"
        start = a.start
        before = sentence[:start]
        m = re.search(r"\b(?:from|between|of|in|to)\s+(?:about\s+|around\s+)?$", before, re.IGNORECASE)
        if m:
            start = m.start()
        return sentence[:start] + f"a {rel}% {direction} risk" + sentence[b.end:]
    return None


__all__ = ["HEDGED_SOURCE", "KINDS", "change_number", "drop_hedge", "drop_population", "studied_groups",
           "to_relative"]
