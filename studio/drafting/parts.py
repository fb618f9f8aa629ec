"""The framing beats of a draft: hook, context, what it means, call to action.

Template lines carry no findings (no figures, no certainty words); only sentences drawn from the source
do, and those are cited by the composer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from studio.analysis.consistency_checks import source_population
from studio.analysis.numbers import COUNT, extract_quantities
from studio.analysis.passages import split_sentences
from studio.drafting.resources import DraftResources

_TITLE_FOR = re.compile(r"^(?P<x>.+?)\s+(?:for|in the treatment of|to treat|for treating|for the treatment of)\s+"
                        r"(?P<y>.+)$", re.IGNORECASE)
_TITLE_VERSUS = re.compile(r"^(?P<a>.+?)\s+(?:versus|vs\.?|compared with|compared to)\s+(?P<b>.+?)\s+for\s+"
                           r"(?P<y>.+)$", re.IGNORECASE)
_TITLE_EFFECT = re.compile(r"^(?:the\s+)?effects?\s+of\s+(?P<a>.+?)\s+on\s+(?P<b>.+)$", re.IGNORECASE)
_TITLE_LINK = re.compile(r"^(?:(?:the\s+)?(?:association|relationship|link)s?\s+between\s+)?(?P<a>.+?)\s+and\s+"
                         r"(?P<b>.+)$", re.IGNORECASE)
MAX_TOPIC_WORDS = 14


@dataclass(frozen=True)
class SourceFacts:
    """What the framing beats say about a source."""

    design: str = ""            # plain description ("a review of all the studies on this question")
    design_label: str = ""      # on-screen label ("Systematic review")
    counts: str = ""            # "54 trials with 6545 patients", as the source writes the figures
    counts_passage: str = ""    # the source sentence the counts come from
    population: str = ""        # "mice", "cells in the lab", "a small pilot study", "postmenopausal women"
    population_kind: str = ""   # animal | cell | pilot | group
    health: bool = False
    hedged: bool = False


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _clean_topic(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" .:;,")
    return _lower_first(text)


def hook_line(title: str, res: DraftResources) -> str:
    """A question built from the source title (no figures, nothing to cite)."""
    title = re.sub(r"\s+", " ", (title or "")).strip()
    if not title:
        return res.template("hook", "question_generic")
    if title.endswith("?") and len(title.split()) <= 16 and not re.search(r"\d", title):
        return title + res.template("hook", "suffix")
    main = title.split(":")[0].strip() if ":" in title else title
    main = re.sub(r"\s*[\[(].*?[\])]\s*", " ", main).strip(" .")
    if not main or len(main.split()) > MAX_TOPIC_WORDS:
        return res.template("hook", "question_generic")
    if m := _TITLE_VERSUS.match(main):
        return res.template("hook", "question_versus").format(
            first=_upper_first(_clean_topic(m.group("a"))), second=_clean_topic(m.group("b")),
            condition=_clean_topic(m.group("y")))
    if m := _TITLE_EFFECT.match(main):
        return res.template("hook", "question_effect").format(first=_clean_topic(m.group("a")),
                                                               second=_clean_topic(m.group("b")))
    if m := _TITLE_FOR.match(main):
        return res.template("hook", "question_for").format(intervention=_clean_topic(m.group("x")),
                                                           condition=_clean_topic(m.group("y")))
    if (m := _TITLE_LINK.match(main)) and len(main.split()) <= 12:
        return res.template("hook", "question_link").format(first=_clean_topic(m.group("a")),
                                                            second=_clean_topic(m.group("b")))
    return res.template("hook", "question_title").format(topic=_clean_topic(main))


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def source_facts(text: str, title: str, res: DraftResources) -> SourceFacts:
    """Design, sample size, population and topic of a source, read from its summary and title."""
    low = f"{title}\n{text}".lower()
    design, label = "", ""
    for cue, plain in res.templates.get("designs", []):
        if re.search(rf"\b{re.escape(cue.lower())}\b", low):
            design, label = plain, cue[:1].upper() + cue[1:]
            break
    counts, passage = _counts(text, res)
    population, kind = _population(f"{title}\n{text}", res)
    health = len(res.findings.find("health", text)) >= 2
    hedged = res.certainty.has("hedge", text)
    return SourceFacts(design=design or res.templates.get("design_default", "a research summary"),
                       design_label=label or "Research summary", counts=counts, counts_passage=passage,
                       population=population, population_kind=kind, health=health, hedged=hedged)


def _counts(text: str, res: DraftResources) -> tuple[str, str]:
    """"54 trials with 6545 patients": the first study count and participant count, written as in the source."""
    nouns = [n.lower() for n in res.templates.get("count_nouns", [])]
    study_nouns = {"trials", "studies", "rcts"}
    for sentence in split_sentences(text):
        found: dict[str, str] = {}
        for q in extract_quantities(sentence.text, words=True):
            if q.family != COUNT or q.statistic or q.value < 2 or q.value != int(q.value):
                continue
            after = sentence.text[q.end: q.end + 60]
            m = re.match(r"\s*(?:[\w-]+\s+){0,2}?(" + "|".join(re.escape(n) for n in nouns) + r")\b", after,
                         re.IGNORECASE)
            if not m:
                continue
            noun = m.group(1)
            slot = "study" if noun.lower() in study_nouns else "people"
            if slot not in found:
                found[slot] = f"{' '.join(q.text.split())} {after[: m.end()].strip()}"
        if found:
            parts = [found[s] for s in ("study", "people") if s in found]
            return " with ".join(_lower_first(p) for p in parts), sentence.text
    return "", ""


def _population(text: str, res: DraftResources) -> tuple[str, str]:
    whole = source_population(text, res.population)
    if whole is not None:
        return whole[1], whole[0]
    pilot = res.population.first("pilot", text)
    if pilot is not None:
        return pilot.cue.extra, "pilot"
    groups = Counter(h.cue.phrase for h in res.population.find("group", text))
    groups.pop("men", None)
    groups.pop("women", None)
    if len(groups) == 1:
        return next(iter(groups)), "group"
    return "", ""


def population_line(facts: SourceFacts, res: DraftResources) -> str:
    """A line naming who (or what) was studied, when that is not "people in general"."""
    if facts.population_kind in ("animal", "cell"):
        return res.template("context", "population").format(population=facts.population)
    if facts.population_kind == "pilot":
        return res.template("context", "population_pilot").format(population=facts.population)
    if facts.population_kind == "group":
        return res.template("context", "population_group").format(population=facts.population)
    return ""


def published_line(journal: str, year: int | None, res: DraftResources) -> str:
    """"It was published in Journal in 2021." (empty without a year)."""
    if not year:
        return ""
    if journal and len(journal) <= 60:
        return res.template("context", "published").format(journal=journal.strip(" ."), year=year)
    return res.template("context", "published_year").format(year=year)


def meaning_caveat(facts: SourceFacts, res: DraftResources) -> str:
    """A caveat for animal/cell or pilot research, else a hedged or plain "what it means" line."""
    if facts.population_kind in ("animal", "cell"):
        return res.template("meaning", "animal")
    if facts.population_kind == "pilot":
        return res.template("meaning", "pilot")
    return res.template("meaning", "hedged" if facts.hedged else "solid")


def cta_lines(facts: SourceFacts, res: DraftResources) -> list[str]:
    """Follow line, plus the 'talk to a professional' line for health topics."""
    lines = [res.template("cta", "follow")]
    if facts.health:
        lines.append(res.template("cta", "health"))
    return lines


__all__ = ["SourceFacts", "cta_lines", "hook_line", "meaning_caveat", "population_line", "published_line",
           "source_facts"]
