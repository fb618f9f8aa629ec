"""Claim–source consistency: every cited claim is compared with the passage of the source it cites.

For each sentence carrying a citation marker that resolves to a project source with a summary, the rule
finds the source sentence(s) the claim most likely rests on (best word overlap; each source's split is
cached per text) and runs four checks (see :mod:`studio.analysis.consistency_checks`):

* ``number_mismatch`` — a figure the source does not give (formats and stated rounding allowed);
* ``certainty_inflated`` — the source hedges or reports an association, the script states cause/certainty;
* ``relative_risk_only`` — "halves your risk" while the source gives the absolute figures;
* ``population_dropped`` — the source is about mice, cells, a pilot or a specific group, the script
  generalises (dropped in :meth:`ConsistencyRule.finalize` when the script names the population anywhere).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from studio.analysis.citations import find_markers, resolve
from studio.analysis.consistency_checks import (
    Issue,
    check_certainty,
    check_numbers,
    check_population,
    source_group,
    source_population,
)
from studio.analysis.cues import CueSet, load_cues, phrase_pattern
from studio.analysis.model import (
    CERTAINTY_INFLATED,
    NUMBER_MISMATCH,
    POPULATION_DROPPED,
    RELATIVE_RISK_ONLY,
    AnalysisContext,
    Finding,
    SourceRef,
)
from studio.analysis.passages import SourceIndex, stopwords
from studio.analysis.profile import LanguageProfile
from studio.analysis.relative_risk import check_relative_risk
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc

CERTAINTY_FILE = "certainty_cues.tsv"
POPULATION_FILE = "population_cues.tsv"
STOPWORDS_FILE = "stopwords.txt"
#: Summaries shorter than this are not checked (a title alone is no evidence either way).
MIN_SOURCE_CHARS = 20
_CACHE_SIZE = 64


class _SourceInfo:
    """What the rule keeps per source text: its sentence index and whole-source population."""

    def __init__(self, text: str, stop: frozenset[str], population: CueSet) -> None:
        self.index = SourceIndex(text, stop)
        self.population = source_population(text, population)
        self.group = source_group(text, population)


class ConsistencyRule(ChunkRule):
    """Flags cited claims whose numbers, certainty, risk framing or population drift from the source."""

    name = "consistency"
    kinds = (NUMBER_MISMATCH, CERTAINTY_INFLATED, RELATIVE_RISK_ONLY, POPULATION_DROPPED)

    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile
        self.certainty = load_cues(profile.resource(CERTAINTY_FILE))
        self.population = load_cues(profile.resource(POPULATION_FILE))
        self.stop = stopwords(profile.resource(STOPWORDS_FILE))
        self._sources: OrderedDict[str, _SourceInfo] = OrderedDict()

    # -- per chunk ----------------------------------------------------------------------------------
    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Findings for the cited claims of one chunk (offsets into ``doc.text``)."""
        if not ctx.sources:
            return []
        text = doc.text
        markers = find_markers(text)
        if not markers:
            return []
        findings: list[Finding] = []
        for start, end in _claim_spans(doc, [(m.start, m.end) for m in markers]):
            cited: list[SourceRef] = []
            for m in markers:
                if start <= m.start < end:
                    resolved, _ = resolve(m, ctx.sources)
                    cited.extend(s for s in resolved if s not in cited)
            infos = [self._info(s.text) for s in cited if len(s.text.strip()) >= MIN_SOURCE_CHARS]
            if not infos:
                continue
            claim = _blank_markers(text[start:end], [(m.start - start, m.end - start) for m in markers
                                                     if start <= m.start < end])
            for issue in self._check(claim, infos, _noun_test(doc, start)):
                findings.append(self._finding(issue, text, start))
        return findings

    def _check(self, claim: str, infos: Sequence[_SourceInfo], is_noun: object) -> list[Issue]:
        per_source: list[list[Issue]] = []
        number_issues: list[list[Issue]] = []
        for info in infos:
            ids = info.index.best(claim)
            passage = info.index.passage(ids)
            number_issues.append(check_numbers(claim, info.index, ids))
            issues = check_certainty(claim, passage, self.certainty, is_noun)  # type: ignore[arg-type]
            issues += check_relative_risk(claim, info.index, ids)
            issues += check_population(claim, passage, info.population, info.index.text, self.population, info.group)
            per_source.append(issues)
        out: list[Issue] = []
        # A figure is wrong only if no cited source supports it; other drift only if every source shows it.
        first = number_issues[0]
        out += [i for i in first if all(any(j.start == i.start for j in other) for other in number_issues[1:])]
        for issue in per_source[0]:
            if all(any(j.kind == issue.kind for j in other) for other in per_source[1:]):
                out.append(issue)
        return out

    def _finding(self, issue: Issue, text: str, offset: int) -> Finding:
        start, end = offset + issue.start, offset + issue.end
        return Finding(kind=issue.kind, start=start, end=end, text=text[start:end], message=issue.message,
                       suggestions=issue.suggestions, rule_id=self.name, data=issue.data)

    def _info(self, source_text: str) -> _SourceInfo:
        info = self._sources.get(source_text)
        if info is None:
            info = _SourceInfo(source_text, self.stop, self.population)
            self._sources[source_text] = info
            while len(self._sources) > _CACHE_SIZE:
                self._sources.popitem(last=False)
        else:
            self._sources.move_to_end(source_text)
        return info

    # -- whole script -------------------------------------------------------------------------------
    def finalize(self, findings_of_mine: Sequence[Finding], all_findings: Sequence[Finding],
                 segments: Sequence[str], ctx: AnalysisContext) -> list[Finding]:
        """Drop ``population_dropped`` when the script names the population anywhere ("in mice" in the
        context beat covers every finding beat)."""
        script = "\n".join(segments)
        out: list[Finding] = []
        for f in findings_of_mine:
            if f.kind == POPULATION_DROPPED and self._acknowledged(f, script):
                continue
            out.append(f)
        return out

    def _acknowledged(self, f: Finding, script: str) -> bool:
        data = dict(f.data)
        ack_kind = data.get("acknowledge", "")
        if ack_kind and self.population.has(ack_kind, script):
            return True
        words = [w for w in data.get("acknowledge_words", "").split("|") if w]
        return any(phrase_pattern(w).search(script) for w in words)


def _claim_spans(doc: Doc, markers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence holding a marker; a sentence that is only a marker ("… risk. [1]")
    is merged into the sentence before it."""
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    merged: list[tuple[int, int]] = []
    for start, end in sents:
        body = _blank_markers(doc.text[start:end], [(a - start, b - start) for a, b in markers
                                                    if start <= a < end])
        if merged and not any(ch.isalnum() for ch in body):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [(s, e) for s, e in merged if any(s <= a < e for a, _ in markers)]


def _blank_markers(text: str, spans: Sequence[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(max(a, 0), min(b, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _noun_test(doc: Doc, offset: int):  # type: ignore[no-untyped-def]
    """A function telling whether the word at a claim-relative span is not used as a verb in the parse: a
    noun ("a cause") or an adjective describing what was observed ("had a 17% lower risk")."""
    def is_noun(start: int, end: int) -> bool:
        span = doc.char_span(offset + start, offset + end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        tok = span[0]
        if tok.pos_ == "ADJ" or tok.dep_ in ("amod", "acomp") or tok.tag_ in ("JJ", "JJR", "JJS"):
            return True
        if tok.tag_ == "VBN" and tok.dep_ == "acl":
            return True                            # "people treated with X": who, not what X did
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        # The small model tags "Coffee lowers risk" as two nouns: trust "noun" only in a noun frame
        # ("a cause", "the increase", "causes of death").
        if tok.dep_ in ("nsubj", "nsubjpass", "pobj") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX", "ADP"):
            return True                            # "Improvement was seen…": a noun doing a noun's job
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return (prev is not None and (prev.pos_ in ("DET", "ADJ", "NUM") or prev.tag_ == "PRP$")) or (
            nxt is not None and nxt.lower_ in ("of", "in", "for"))
    return is_noun


__all__ = ["ConsistencyRule"]
