"""Which quick fixes a finding gets, as edits that fit the sentence (see the package docstring)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from studio.analysis import model as m
from studio.analysis.messages import Messages
from studio.analysis.model import Finding, Rewrite
from studio.analysis.rewrite.active import plan_active
from studio.analysis.rewrite.edit import Edit, finish
from studio.analysis.rewrite.soften import already_hedged, plan_soften
from studio.analysis.rewrite.substitute import make_adjective, plan, stands_alone

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

#: At most this many replacement fixes per finding.
MAX_FIXES = 4
#: Suggestions longer than this read like advice, not like a replacement.
MAX_WORDS = 12
#: Kinds whose suggestions are plain alternatives for the finding's words.
TERM_KINDS = frozenset({m.JARGON, m.ACRONYM, m.LONG_WORD})
#: Kinds whose suggestions replace the finding's characters as they are (a number, a spelling).
SPLICE_KINDS = frozenset({m.NUMBER_MISMATCH, m.GRAMMAR, m.SPELLING, m.STYLE})


def quote(text: str) -> str:
    """Text in curly quotes for a menu label."""
    return f"\u201c{text}\u201d"


def data_of(finding: Finding) -> dict[str, str]:
    """The finding's extra facts as a dict."""
    return {str(k): str(v) for k, v in finding.data}


def _sentence(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the parsed sentence(s) holding ``start..end``, trailing space trimmed."""
    s_start, s_end = start, end
    for sent in doc.sents:
        if sent.start_char <= start < sent.end_char:
            s_start = sent.start_char
        if sent.start_char < end <= sent.end_char:
            s_end = max(s_end, sent.end_char)
    text = doc.text
    while s_end > end and text[s_end - 1].isspace():
        s_end -= 1
    return s_start, s_end


def _kinds(finding: Finding) -> list[str]:
    raw = data_of(finding).get("kinds", "")
    return raw.split("|") if raw else []


_PREPOSITIONS = frozenset({"before", "after", "since", "until"})


def _spelled_out(text: str, sentence: tuple[int, int], expansion: str) -> bool:
    """The sentence already spells the acronym out ("PCR, polymerase chain reaction")."""
    long_form = expansion.split(" (", 1)[0].casefold()
    return long_form in text[sentence[0]:sentence[1]].casefold()


def _long_word(span: Span, word: str) -> Edit | None:
    """A plainer word in place of a long one, unless it sits in a hyphenated word or a preposition would
    land before a verb ("previously identified" → not "before identified")."""
    if not stands_alone(span):
        return None
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if word.casefold() in _PREPOSITIONS and nxt is not None and nxt.pos_ in ("VERB", "AUX"):
        return None
    words = word.split()
    if len(words) == 2 and words[0].casefold().startswith("mak") and words[1] in ("easier", "harder", "worse",
                                                                                  "better", "possible"):
        return make_adjective(span, words[0], words[1])    # "facilitates recovery" → "makes recovery easier"
    return Edit(span.start_char, span.end_char, word)


def term_fixes(doc: Doc, finding: Finding, sentence: tuple[int, int]) -> list[Rewrite]:
    """Replacement fixes for a jargon term, an acronym or a long word, each shaped to its role."""
    span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    kinds = _kinds(finding)
    show_only = set(filter(None, data_of(finding).get("show_only", "").split("|")))
    out: list[Rewrite] = []
    for i, suggestion in enumerate(finding.suggestions):
        if not suggestion.strip() or len(suggestion.split()) > MAX_WORDS or suggestion in show_only:
            continue       # a "show only" alternative fits some senses of the word only ("establish" → "set up")
        kind = kinds[i] if i < len(kinds) else ""
        inflected = finding.kind == m.LONG_WORD or (finding.kind == m.ACRONYM and f"({finding.text})" in suggestion)
        if finding.kind == m.ACRONYM and inflected:
            kind = "noun"
        edit: Edit | None
        if finding.kind == m.ACRONYM and inflected and _spelled_out(doc.text, sentence, suggestion):
            continue
        if finding.kind == m.LONG_WORD:
            edit = _long_word(span, suggestion)
        else:
            edit = plan(span, suggestion, kind, already_inflected=inflected)
        if edit is None:
            continue
        fix = finish(doc.text, edit, "replace", f"Replace with {quote(edit.replacement)}", suggestion, sentence)
        if fix is not None and all(f.result != fix.result for f in out):
            out.append(fix)
        if len(out) >= MAX_FIXES:
            break
    return out


_TELLS = re.compile(r"^\W*(?:did|do)\s+you\s+know\b", re.IGNORECASE)


def _is_question(sentence: str) -> bool:
    """The sentence asks ("Does a walk help…?"), markers and closing quotes aside. "Did you know walking
    cuts risk by 30%?" tells a claim and can be softened inside."""
    text = re.sub(r"(?:\s*\[[^\]]*\])+\s*$", "", sentence.rstrip())
    return text.rstrip("\"'\u201d\u2019) ").endswith("?") and not _TELLS.match(text)


def soften_fixes(doc: Doc, finding: Finding, sentence: tuple[int, int]) -> list[Rewrite]:
    """The soften fix of an uncited claim or of wording stronger than its source."""
    span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    if _is_question(doc.text[sentence[0]:sentence[1]]):
        return []          # "Does walking help?" asks; "May do walking help?" is nonsense
    data = data_of(finding)
    pairs: list[tuple[str, str, str]] = []
    also: list[tuple[str, str]] = []
    if finding.kind == m.UNCITED_CLAIM and data.get("replace") and data.get("with"):
        pairs.append((data["replace"], data["with"], f"Soften: '{data['with']}'"))
        more_from, more_to = data.get("also_replace", ""), data.get("also_with", "")
        if more_from and more_to:
            also = list(zip(more_from.split("|"), more_to.split("|"), strict=False))
    elif finding.kind == m.CERTAINTY_INFLATED:
        pairs.extend((finding.text, s, s) for s in finding.suggestions[:2])
    out: list[Rewrite] = []
    for strong, hedge, suggestion in pairs:
        edit = plan_soften(span, strong, hedge)
        if edit is not None and also:
            edit = _soften_the_rest(span, edit, also)
        if edit is None:
            continue
        old = doc.text[edit.start:edit.end]
        fix = finish(doc.text, edit, "soften", f"Soften: {quote(old)} \u2192 {quote(edit.replacement)}",
                     suggestion, sentence)
        if fix is not None:
            out.append(fix)
    return out


def _soften_the_rest(span: Span, first: Edit, also: list[tuple[str, str]]) -> Edit | None:
    """``first`` joined with the softening of every other strong word of the sentence, so that no certainty
    word is left standing ("Studies show walking cures …" → "Some studies suggest walking may help with …");
    None when one of them can be neither softened nor is hedged already (a half-softened claim misleads)."""
    edits = [first]
    for strong, hedge in also:
        edit = plan_soften(span, strong, hedge)
        if edit is None:
            if already_hedged(span, strong):
                continue
            return None
        hit = next((i for i, e in enumerate(edits) if e.start < edit.end and edit.start < e.end), None)
        if hit is None:
            edits.append(edit)
            continue
        inside = re.compile(rf"(?<!\w){re.escape(strong)}(?!\w)", re.IGNORECASE)
        prior = edits[hit]
        at = inside.search(span.text)
        word_start = span.start_char + at.start() if at else -1
        if not prior.start <= word_start < prior.end:
            return None     # the edit for this word would clash with one already made ("may show … cures")
        if inside.search(prior.replacement):   # "may always contribute to": the adverb is softened in place
            if re.match(r"(?:may|might|could|can)\b", hedge, re.IGNORECASE):
                continue    # the verb group carries its hedge already
            edits[hit] = Edit(prior.start, prior.end, inside.sub(hedge, prior.replacement, count=1))
    if len(edits) == 1:
        return edits[0]
    edits.sort(key=lambda e: e.start)
    text = span.doc.text
    parts: list[str] = []
    for i, e in enumerate(edits):
        parts.append(e.replacement)
        if i + 1 < len(edits):
            parts.append(text[e.end:edits[i + 1].start])
    return Edit(edits[0].start, edits[-1].end, "".join(parts))


def active_fixes(doc: Doc, finding: Finding, sentence: tuple[int, int]) -> list[Rewrite]:
    """The passive → active fix when the sentence names who did it."""
    span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    edit = plan_active(span)
    if edit is None:
        return []
    fix = finish(doc.text, edit, "active", "Make it active", "", sentence)
    return [fix] if fix is not None else []


def splice_fixes(text: str, finding: Finding, sentence: tuple[int, int] | None = None) -> list[Rewrite]:
    """Fixes that put a suggestion in place of the finding's characters as they are (a number from the
    source, a spelling or grammar correction), each with its resulting sentence."""
    out: list[Rewrite] = []
    for suggestion in finding.suggestions:
        if finding.kind not in (m.GRAMMAR, m.SPELLING, m.STYLE):
            suggestion = suggestion.strip()
            if not suggestion or len(suggestion.split()) > MAX_WORDS:
                continue
        label = f"Replace with {quote(suggestion)}" if suggestion else "Delete it"
        fix = finish(text, Edit(finding.start, finding.end, suggestion), "replace", label, suggestion, sentence)
        if fix is not None and all(f.result != fix.result for f in out):
            out.append(fix)
        if len(out) >= MAX_FIXES:
            break
    return out


def fixes_for(doc: Doc, finding: Finding) -> tuple[Rewrite, ...]:
    """Every edit offered for ``finding`` (offsets into ``doc.text``), best first."""
    if not (0 <= finding.start <= finding.end <= len(doc.text)):
        return ()
    sentence = _sentence(doc, finding.start, finding.end)
    if finding.kind in TERM_KINDS:
        fixes = term_fixes(doc, finding, sentence)
    elif finding.kind in (m.UNCITED_CLAIM, m.CERTAINTY_INFLATED):
        fixes = soften_fixes(doc, finding, sentence)
    elif finding.kind == m.PASSIVE_VOICE:
        fixes = active_fixes(doc, finding, sentence)
    elif finding.kind in SPLICE_KINDS:
        fixes = splice_fixes(doc.text, finding, sentence)
    else:
        fixes = []
    return tuple(fixes)


#: Indefinite article → definite article of the same gender and number, per language: a suggestion that
#: brings its own article ("una pastilla sin efecto") replaces the text's article ("el placebo") with the
#: definite one that agrees ("la pastilla sin efecto") instead of doubling it ("el una pastilla").
_DEFINITE_FOR = {
    "es": {"un": "el", "una": "la", "unos": "los", "unas": "las"},
    "fr": {"un": "le", "une": "la", "des": "les"},
    "pt": {"um": "o", "uma": "a", "uns": "os", "umas": "as"},
}
_ARTICLES = {
    "es": frozenset("el la los las un una unos unas".split()),
    "fr": frozenset("le la les l' un une des du".split()),
    "pt": frozenset("o a os as um uma uns umas".split()),
}


#: Preposition + definite article written as one word ("de" + "o" → "do"), per language.
_CONTRACTED: dict[str, dict[tuple[str, str], str]] = {
    "pt": {(p, a): w for p, forms in (("de", "do da dos das"), ("em", "no na nos nas"), ("a", "ao à aos às"),
                                      ("por", "pelo pela pelos pelas"))
           for a, w in zip(("o", "a", "os", "as"), forms.split(), strict=True)},
    "es": {("de", "el"): "del", ("a", "el"): "al"},
    "fr": {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"},
}


def _join(article: str, rest: str) -> str:
    return article + rest if article.endswith("'") else f"{article} {rest}"


def _with_article(text: str, start: int, end: int, suggestion: str, language: str) -> Edit:
    """The edit putting ``suggestion`` at ``start..end``, merging a leading article with the text's own:
    "el placebo" → "la pastilla sin efecto", "a glicemia" → "o açúcar no sangue" (not "a o açúcar"),
    "de diabetes" / "da glicemia" → "do diabetes ligado …" (the preposition contracted with the article)."""
    articles = _ARTICLES.get(language)
    definite = _DEFINITE_FOR.get(language, {})
    first, _, rest = suggestion.partition(" ")
    if suggestion[:2].casefold() == "l'" and language == "fr":
        first, rest = suggestion[:2], suggestion[2:]        # "l'hormone du stress"
    own = first.casefold()
    if not articles or not rest or (own not in definite and own not in definite.values() and own != "l'"):
        return Edit(start, end, suggestion)
    m = re.search(r"(?:(?<=\W)|^)([A-Za-zÀ-ÿ]+'?)\s*$", text[:start])
    if m is None:
        return Edit(start, end, suggestion)
    theirs = m.group(1)
    key = theirs.casefold()
    contracted = _CONTRACTED.get(language, {})
    uncontract = {w: pa for pa, w in contracted.items()}
    if key in uncontract:                                 # "da glicemia": the text's article is in "da"
        prep = uncontract[key][0]
        new = _join(contracted[(prep, own)], rest) if (prep, own) in contracted else f"{prep} {suggestion}"
    elif key in articles:
        if key in definite:                               # "un placebo" → "una pastilla sin efecto"
            indefinite = {d: i for i, d in definite.items()}
            new = suggestion if own in definite else _join(indefinite.get(own, first), rest)
        else:                                             # "el placebo" → "la pastilla sin efecto"
            article = definite.get(own, own)
            if language == "fr" and article in ("le", "la") and rest[:1].casefold() in "aeiouhéèêàâîôû":
                article = "l'"
            prev = re.search(r"(?:(?<=\W)|^)([A-Za-zÀ-ÿ]+)\s+$", text[:m.start(1)])
            if prev is not None and (prev.group(1).casefold(), article) in contracted:   # "de la" → "del"
                m, article = prev, contracted[(prev.group(1).casefold(), article)]
                theirs = prev.group(1)
            new = _join(article, rest)
    elif (key, own) in contracted:                        # "risco de diabetes" → "risco do diabetes …"
        new = _join(contracted[(key, own)], rest)
    else:
        return Edit(start, end, suggestion)
    if theirs[:1].isupper():
        new = new[:1].upper() + new[1:]
    return Edit(m.start(1), end, new)


def plain_fixes_for(text: str, finding: Finding, language: str = "") -> tuple[Rewrite, ...]:
    """Fixes for a language the planner has no grammar for: each suggestion in place of the finding's
    words as they are (a softer word in place of the strong one; an article merged with the text's),
    with its resulting sentence."""
    say = Messages.of(language)
    if finding.kind in TERM_KINDS | SPLICE_KINDS | {m.CERTAINTY_INFLATED}:
        out: list[Rewrite] = []
        for suggestion in finding.suggestions[:MAX_FIXES]:
            suggestion = suggestion.strip()
            if not suggestion or len(suggestion.split()) > MAX_WORDS or suggestion.endswith((".", "!", "?")):
                continue
            edit = _with_article(text, finding.start, finding.end, suggestion, language)
            fix = finish(text, edit, "replace", say("fix_replace", text=suggestion), suggestion, english=False)
            if fix is not None:
                out.append(fix)
        return tuple(out)
    data = data_of(finding)
    if finding.kind == m.UNCITED_CLAIM and data.get("replace") and data.get("with"):
        at = finding.text.casefold().find(data["replace"].casefold())
        if at >= 0:
            a = finding.start + at
            edit = Edit(a, a + len(data["replace"]), data["with"])
            fix = finish(text, edit, "soften", say("fix_soften", old=data["replace"], new=data["with"]),
                         say("soften", soft=data["with"]), english=False)
            return (fix,) if fix is not None else ()
    return ()


def attach_plain_fixes(text: str, findings: Iterable[Finding], language: str = "") -> list[Finding]:
    """``findings`` of one chunk of a language without a rewrite planner, with word-for-word fixes."""
    out: list[Finding] = []
    for f in findings:
        fixes = () if f.kind.startswith("_") else plain_fixes_for(text, f, language)
        out.append(replace(f, fixes=fixes) if fixes else f)
    return out


def attach_fixes(doc: Doc, findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` of one parsed chunk with their :attr:`Finding.fixes` filled in. A finding whose fix
    cannot be planned (an unexpected parse) keeps its other quick fixes and the analysis goes on."""
    out: list[Finding] = []
    for f in findings:
        try:
            fixes = () if f.kind.startswith("_") else fixes_for(doc, f)
        except (IndexError, ValueError, KeyError, AttributeError):
            log.exception("no quick fix planned for %s %r", f.kind, f.text[:60])
            fixes = ()
        out.append(replace(f, fixes=fixes) if fixes else f)
    return out


def attach_splice_fixes(texts: Sequence[str], findings: Iterable[Finding]) -> list[Finding]:
    """Findings made without a parse (grammar checker) with splice fixes; ``texts`` are the segments."""
    out: list[Finding] = []
    for f in findings:
        if f.kind in SPLICE_KINDS and not f.fixes and 0 <= f.segment < len(texts):
            fixes = splice_fixes(texts[f.segment], f)
            f = replace(f, fixes=tuple(fixes)) if fixes else f
        out.append(f)
    return out


__all__ = ["attach_fixes", "attach_plain_fixes", "attach_splice_fixes", "fixes_for", "plain_fixes_for",
           "splice_fixes"]
