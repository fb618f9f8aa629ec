"""Draft a script from ticked key findings: hook, context, one beat per finding, what it means, call to
action — cited, checked against the source, and fitted to the target duration.

Each finding beat is a plainer rewrite of the source sentence (see :mod:`studio.drafting.plain`); the
drafter keeps the plainest version that passes the same checks the consistency rule runs on the script,
so an untouched draft raises no ``number_mismatch`` / ``certainty_inflated`` / ``relative_risk_only`` /
``population_dropped`` finding. When the draft is too long, the weakest finding beats go first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from studio.analysis import speaking
from studio.analysis.consistency_checks import (
    check_certainty,
    check_numbers,
    check_population,
    source_group,
    source_population,
)
from studio.analysis.cues import phrase_pattern
from studio.analysis.numbers import PROPORTION, extract_quantities
from studio.analysis.passages import SourceIndex
from studio.analysis.profile import LanguageProfile, get_profile
from studio.analysis.relative_risk import check_relative_risk
from studio.drafting.clauses import FOLLOW_UP, stands_alone
from studio.drafting.findings import KeyFinding, key_findings
from studio.drafting.hook import make_hook
from studio.drafting.model import Draft, DraftCitation, DraftMetrics, DraftSegment
from studio.drafting.parts import (
    SourceFacts,
    cta_lines,
    meaning_caveat,
    population_line,
    published_line,
    source_facts,
)
from studio.drafting.plain import PlainContext, defined_acronyms, plain_versions
from studio.drafting.plainer import plainer
from studio.drafting.resources import DraftResources, load_resources
from studio.drafting.screen import figures_of, grade_note, screen_text, short_or_nothing

DEFAULT_SECONDS = 60.0
DEFAULT_WPM = 150.0
DEFAULT_GRADE = 8.0
SEGMENT_PAUSE = 0.5
#: A source conclusion longer than this is not used for "What it means" (it would crowd out findings).
MAX_CONCLUSION_WORDS = 35


class DraftError(ValueError):
    """The draft cannot be made (no ticked finding, empty summary); the message says what to do."""


class AnalyzerLike(Protocol):
    """What the drafter needs of an analyzer (an ``Analyzer`` fits): its pipeline and its findings."""

    nlp: Any

    def analyze_text(self, text: str) -> Any:
        """Findings (with quick fixes) and metrics of ``text``."""


class SourceLike(Protocol):
    """What the drafter needs of a source (a stored ``Source`` fits)."""

    key: str
    title: str
    summary: str
    journal: str
    year: int | None


class ProjectLike(Protocol):
    """What the drafter needs of a project (a stored ``Project`` fits)."""

    target_seconds: int
    words_per_minute: int
    language: str


@dataclass
class _Beat:
    finding: KeyFinding
    source: SourceLike
    sentences: list[str]
    passage: str


@dataclass
class _Parts:
    hook: str
    context: list[tuple[str, bool]]                    # (sentence, cited?)
    beats: list[_Beat]
    meaning: list[tuple[str, bool]]
    cta: list[str]
    facts: SourceFacts
    dropped: list[KeyFinding] = field(default_factory=list)
    skipped: list[KeyFinding] = field(default_factory=list)
    meaning_passage: str = ""
    hook_source: str = ""          # the source key when the hook states a finding (it is cited)
    hook_passage: str = ""
    target_grade: float = 8.0


def draft_script(project: ProjectLike | None, sources: SourceLike | Sequence[SourceLike],
                 findings: Sequence[KeyFinding] | None = None, seconds: float | None = None, *,
                 nlp: object | None = None, profile: LanguageProfile | None = None,
                 replacements: Sequence[tuple[str, str]] = (), title: str | None = None,
                 analyzer: AnalyzerLike | None = None) -> Draft:
    """Draft a script for ``project`` from ``sources`` and the ticked ``findings``.

    ``findings=None`` uses each source's default ticks (:func:`key_findings`). ``seconds`` overrides the
    project's target duration; the project's words per minute set the pace. ``replacements`` are the
    project's own plain alternatives (normalised term, alternative), used before the glossary's.
    ``analyzer`` (the app's or the command's :class:`~studio.analysis.engine.Analyzer`) lets each finding
    beat be cut at clause boundaries on its parse and given the Analyzer's plain-word fixes until it reads
    at the project's grade (:mod:`studio.drafting.plainer`); without it the drafter rewrites without a parse.
    """
    if analyzer is not None and nlp is None:
        nlp = analyzer.nlp
    srcs = [sources] if not isinstance(sources, Sequence) else list(sources)
    if not srcs:
        raise DraftError("Pick a source to draft from.")
    profile = profile or get_profile(getattr(project, "language", "en") or "en")
    res = load_resources(profile)
    if findings is None:
        findings = [f for s in srcs for f in key_findings(s.summary, nlp, profile=profile,  # type: ignore[arg-type]
                                                          source_key=s.key)]
    ticked = [f for f in findings if f.ticked]
    if not any(s.summary.strip() for s in srcs):
        raise DraftError("The source has no summary text to draft from. Paste its abstract first.")
    if not ticked:
        raise DraftError("Tick at least one key finding to draft from.")
    target = float(seconds or getattr(project, "target_seconds", 0) or DEFAULT_SECONDS)
    target_grade = float(getattr(project, "target_grade", 0) or DEFAULT_GRADE)
    wpm = float(getattr(project, "words_per_minute", 0) or DEFAULT_WPM)

    primary = srcs[0]
    by_key = {s.key: s for s in srcs}
    indexes = {s.key: SourceIndex(s.summary, res.stop) for s in srcs}
    facts = source_facts("\n".join(s.summary for s in srcs), primary.title, res)
    ctx = PlainContext(glossary=res.glossary, acronyms=res.acronyms, common_acronyms=res.common_acronyms,
                       replacements=tuple(replacements), banned=res.certainty,
                       defined=defined_acronyms("\n".join(s.summary for s in srcs)), plain_words=res.plain_words)
    checker = _Checker(res, indexes, facts)

    phrases = [(p[0], p[1]) for p in res.templates.get("plain_phrases", []) if not p[0].startswith("_")]
    beats: list[_Beat] = []
    skipped: list[KeyFinding] = []
    for f in sorted(ticked, key=lambda f: (list(by_key).index(f.source_key) if f.source_key in by_key else 0,
                                           f.start)):
        src = by_key.get(f.source_key, primary)
        versions = [v for v in plain_versions(f.sentence, ctx) if checker.ok(v, src.key)]
        if analyzer is not None:              # a rewrite without a parse can leave a fragment: not with one
            versions = [v for v in versions if all(stands_alone(analyzer.nlp(s)) for s in v)] or versions
        chosen = _plainest(versions, target_grade)
        if chosen is None:
            skipped.append(f)
            continue
        if analyzer is not None:
            chosen = plainer(chosen, analyzer, target_grade, lambda s, key=src.key: checker.ok(s, key), phrases)
        beats.append(_Beat(f, src, chosen, f.sentence))
    if not beats:
        raise DraftError("None of the ticked findings could be drafted without changing what the source says; "
                         "tick other findings.")

    context: list[tuple[str, bool]] = []
    intro = res.template("context", "intro").format(design=facts.design)
    with_counts = f"{intro[:-1]}: {facts.counts}."
    if facts.counts and checker.ok([with_counts], primary.key):
        context.append((with_counts, True))
    else:
        context.append((intro, False))
    if line := population_line(facts, res):
        context.append((line, False))
    if line := published_line(primary.journal, primary.year, res):
        context.append((line, False))

    used = {f.start for f in ticked}
    meaning: list[tuple[str, bool]] = []
    conclusion = _conclusion(findings, used, primary.key)
    if conclusion is not None and len(conclusion.sentence.split()) <= MAX_CONCLUSION_WORDS:
        for version in plain_versions(conclusion.sentence, ctx):
            candidate = [res.template("meaning", "conclusion").format(conclusion=_lower_first(version[0])),
                         *version[1:]]
            if checker.ok(candidate, primary.key):
                if analyzer is not None:         # the conclusion is told as plainly as the findings
                    candidate = plainer(candidate, analyzer, target_grade,
                                        lambda s: checker.ok(s, primary.key), phrases)
                meaning.extend((s, True) for s in candidate)
                break
    meaning.append((meaning_caveat(facts, res), False))

    ranked = sorted(beats, key=lambda b: (-b.finding.score, b.finding.start))
    hook = make_hook(ranked[0].sentences, [b.sentences for b in ranked[1:]], facts.design_label)
    hook_beat = None
    if hook.taken:
        hook_beat = next(b for b in ranked if hook.taken in b.sentences)
        at = hook_beat.sentences.index(hook.taken)
        follow = hook_beat.sentences[at + 1: at + 2]
        # "That was at 12 weeks." told after a result the hook has taken would point at nothing: it goes too.
        drop = {hook.taken, *(s for s in follow if s.startswith(FOLLOW_UP))}
        hook_beat.sentences = [s for s in hook_beat.sentences if s not in drop]
    elif hook.passage:
        hook_beat = next(b for b in ranked if hook.passage in b.sentences)
    parts = _Parts(hook.text, context, beats, meaning, cta_lines(facts, res), facts,
                   skipped=skipped, meaning_passage=conclusion.sentence if conclusion is not None else "",
                   hook_source=hook_beat.source.key if hook_beat else "",
                   hook_passage=hook_beat.passage if hook_beat else "",
                   target_grade=target_grade)
    _fit(parts, target, wpm, profile, res)
    return _assemble(parts, srcs, target, wpm, profile, res, title or primary.title)


class _Checker:
    """The consistency rule's checks, run on draft sentences before they are used."""

    def __init__(self, res: DraftResources, indexes: dict[str, SourceIndex], facts: SourceFacts) -> None:
        self.res = res
        self.indexes = indexes
        self.facts = facts
        self.population = {k: source_population(i.text, res.population) for k, i in indexes.items()}
        self.group = {k: source_group(i.text, res.population) for k, i in indexes.items()}

    def ok(self, sentences: Sequence[str], key: str) -> bool:
        index = self.indexes[key]
        for claim in sentences:
            ids = index.best(claim)
            passage = index.passage(ids)
            issues = check_numbers(claim, index, ids)
            issues += check_certainty(claim, passage, self.res.certainty)
            issues += check_relative_risk(claim, index, ids)
            for issue in check_population(claim, passage, self.population[key], index.text, self.res.population,
                                          self.group[key]):
                if not self._acknowledged(dict(issue.data)):
                    issues.append(issue)
            if issues:
                return False
        return True

    def _acknowledged(self, data: dict[str, str]) -> bool:
        said = population_line(self.facts, self.res)
        if not said:
            return False
        if data.get("acknowledge") and self.res.population.has(data["acknowledge"], said):
            return True
        return any(phrase_pattern(w).search(said) for w in data.get("acknowledge_words", "").split("|") if w)


def _plainest(versions: Sequence[list[str]], target_grade: float) -> list[str] | None:
    """The first faithful version with no sentence the app would mark very hard (else the one whose hardest
    sentence is easiest): versions come plainest first."""
    from studio.analysis.rules.sentences import classify
    from studio.drafting.listening import grade_of

    def hardest(version: list[str]) -> tuple[int, float]:
        grades = [grade_of(s) for s in version]
        very = sum(classify(g.grade, g.words, target_grade) == "very_hard_sentence" for g in grades)
        return very, max((g.grade for g in grades if g.words >= 10), default=0.0)
    if not versions:
        return None
    for v in versions:
        if hardest(v)[0] == 0:
            return v
    return min(versions, key=hardest)


def _conclusion(findings: Sequence[KeyFinding], used: set[int], key: str) -> KeyFinding | None:
    options = [f for f in findings if f.kind == "conclusion" and f.start not in used
               and (f.source_key in ("", key))]
    return max(options, key=lambda f: (f.score, -f.start)) if options else None


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _cite(sentence: str, key: str) -> str:
    """"Text." → "Text [@key].": the marker goes before the final punctuation."""
    s = sentence.rstrip()
    end = s[-1] if s and s[-1] in ".!?" else "."
    body = s[:-1].rstrip() if s and s[-1] in ".!?" else s
    return f"{body} [@{key}]{end}"


def _seconds(text: str, wpm: float, profile: LanguageProfile) -> float:
    return speaking.seconds(speaking.spoken_word_count(text, profile), wpm)


def _texts(parts: _Parts, key: str) -> list[str]:
    texts = [_hook_text(parts), " ".join(_cite(s, key) if c else s for s, c in parts.context)]
    texts += [" ".join(_cite(s, b.source.key) for s in b.sentences) for b in parts.beats if b.sentences]
    texts += [" ".join(_cite(s, key) if c else s for s, c in parts.meaning), " ".join(parts.cta)]
    return [t for t in texts if t.strip()]


def _total(parts: _Parts, key: str, wpm: float, profile: LanguageProfile) -> float:
    texts = _texts(parts, key)
    return sum(_seconds(t, wpm, profile) for t in texts) + SEGMENT_PAUSE * max(0, len(texts) - 1)


def _fit(parts: _Parts, target: float, wpm: float, profile: LanguageProfile, res: DraftResources) -> None:
    """Shorten until the draft fits: weakest findings first, then optional framing lines."""
    key = parts.beats[0].source.key

    def over() -> bool:
        return _total(parts, key, wpm, profile) > target + 0.5

    while over() and len(parts.beats) > 1:
        weakest = min(parts.beats, key=lambda b: (b.finding.score, -b.finding.start))
        parts.beats.remove(weakest)
        parts.dropped.append(weakest.finding)
    optional = [
        lambda: _drop_line(parts.context, "appeared"),
        lambda: _drop_cited(parts.meaning),
        lambda: parts.cta.pop(0) if len(parts.cta) > 1 else None,
        lambda: _short_meaning(parts, res),
        lambda: _shorten_beat(parts),
        lambda: _drop_counts(parts),
    ]
    for step in optional:
        if not over():
            break
        step()


def _short_meaning(parts: _Parts, res: DraftResources) -> None:
    if parts.facts.population_kind in ("animal", "cell", "pilot"):
        return                                   # the caveat stays: it is what keeps the draft honest
    short = res.template("meaning", "hedged_short" if parts.facts.hedged else "solid_short")
    parts.meaning = [(s, c) for s, c in parts.meaning if c] + [(short, False)]


def _hook_text(parts: _Parts) -> str:
    return _cite(parts.hook, parts.hook_source) if parts.hook_source else parts.hook


def _drop_line(lines: list[tuple[str, bool]], word: str) -> None:
    for i, (s, _) in enumerate(lines):
        if word in s.lower() and i > 0:
            del lines[i]
            return


def _drop_cited(lines: list[tuple[str, bool]]) -> None:
    lines[:] = [(s, c) for s, c in lines if not c] or lines[:1]


def _shorten_beat(parts: _Parts) -> None:
    beat = parts.beats[0]
    if len(beat.sentences) > 1:      # the sentence with the beat's rate stays (a cut beat may tell it second)
        beat.sentences = [next((s for s in beat.sentences if _has_rate(s)), beat.sentences[0])]


def _has_rate(sentence: str) -> bool:
    return any(q.family == PROPORTION and not q.statistic for q in extract_quantities(sentence, words=True))


def _drop_counts(parts: _Parts) -> None:
    if parts.context and parts.context[0][1]:
        sentence = parts.context[0][0].split(":")[0] + "."
        parts.context[0] = (sentence, False)


def _assemble(parts: _Parts, srcs: Sequence[SourceLike], target: float, wpm: float, profile: LanguageProfile,
              res: DraftResources, title: str) -> Draft:
    key = srcs[0].key
    tpl = res.templates
    segments: list[DraftSegment] = []

    def seg(name: str, role: str, spoken: str, on_screen: str, notes: str,
            citations: Sequence[DraftCitation] = (), score: float | None = None) -> None:
        segments.append(DraftSegment(name, spoken, on_screen, notes, tuple(citations), role, score,
                                     _seconds(spoken, wpm, profile)))

    hook_cites = [DraftCitation(parts.hook_source, parts.hook, parts.hook_passage)] if parts.hook_source else []
    seg("Hook", "hook", _hook_text(parts), short_or_nothing(parts.hook.rstrip(".")), tpl["visual_notes"]["hook"],
        hook_cites)
    context_text = " ".join(_cite(s, key) if c else s for s, c in parts.context)
    context_cites = [DraftCitation(key, s, parts.facts.counts_passage) for s, c in parts.context if c]
    seg("Context", "context", context_text, parts.facts.design_label + (f" · {parts.facts.counts}"
                                                                         if context_cites else ""),
        tpl["visual_notes"]["context"], context_cites)
    shown = [b for b in parts.beats if b.sentences]
    for n, beat in enumerate(shown, start=1):
        name = "Finding" if len(shown) == 1 else f"Finding {n}"
        text = " ".join(_cite(s, beat.source.key) for s in beat.sentences)
        figures = figures_of(" ".join(beat.sentences))
        note = tpl["visual_notes"]["finding_numbers" if figures else "finding"]
        seg(name, "finding", text, screen_text(beat.sentences),
            note + grade_note(beat.sentences, parts.target_grade),
            [DraftCitation(beat.source.key, s, beat.passage) for s in beat.sentences], beat.finding.score)
    meaning_text = " ".join(_cite(s, key) if c else s for s, c in parts.meaning)
    meaning_cites = [DraftCitation(key, s, parts.meaning_passage or _passage_for(s, srcs[0], res))
                     for s, c in parts.meaning if c]
    seg("What it means", "meaning", meaning_text, tpl["on_screen"]["meaning"], tpl["visual_notes"]["meaning"],
        meaning_cites)
    seg("Call to action", "cta", " ".join(parts.cta),
        tpl["on_screen"]["cta_health" if parts.facts.health else "cta"], tpl["visual_notes"]["cta"])

    spoken_words = sum(speaking.spoken_word_count(s.spoken, profile) for s in segments)
    total = sum(s.seconds for s in segments) + SEGMENT_PAUSE * max(0, len(segments) - 1)
    cited = sum(len(s.citations) for s in segments)
    metrics = DraftMetrics(seconds=round(total, 1), target_seconds=target, words_per_minute=wpm,
                           spoken_words=spoken_words, findings_used=len(parts.beats),
                           findings_dropped=len(parts.dropped), cited_sentences=cited)
    notes: list[str] = []
    if parts.dropped:
        notes.append(f"{len(parts.dropped)} weaker finding(s) left out to fit {target:g} s.")
    if parts.skipped:
        notes.append(f"{len(parts.skipped)} finding(s) left out: they could not be worded plainly without "
                     "changing what the source says.")
    if not metrics.fits:
        notes.append(f"The draft runs {metrics.seconds:g} s, longer than the {target:g} s target; shorten a beat.")
    return Draft(title=f"Draft: {title}" if title else "Draft from research", segments=tuple(segments),
                 metrics=metrics, source_keys=tuple(s.key for s in srcs), notes=tuple(notes))


def _passage_for(sentence: str, source: SourceLike, res: DraftResources) -> str:
    index = SourceIndex(source.summary, res.stop)
    return index.passage(index.best(sentence, limit=1))


def retick(findings: Sequence[KeyFinding], starts: Sequence[int]) -> list[KeyFinding]:
    """The findings with exactly those at ``starts`` ticked (for UIs and tests)."""
    chosen = set(starts)
    return [replace(f, ticked=f.start in chosen) for f in findings]


__all__ = ["DraftError", "draft_script", "retick"]
