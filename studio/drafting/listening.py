"""Source sentences rewritten for listening: split at clause boundaries, the result first, numbers in spoken
form, long everyday words swapped for short ones, and each sentence's reading grade measured with the same
formula as the app's hard-sentence rule.

Every step keeps the figures and hedges of the source ("may", "was associated with"): the drafter still
checks each version against the source and falls back to a more literal one when a rewrite drifts.
Pure Python, deterministic, no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from studio.analysis import readability

#: A piece must keep this many words to stand as its own sentence.
MIN_PIECE_WORDS = 4
#: Openers longer than this are told as their own sentence after the result ("That was after …").
LONG_OPENER_WORDS = 7

# Where a sentence can be cut in two without a parse: "; ", ", but", ", and" + a new subject, ", while",
# ", whereas", ", although", ", which" (non-restrictive: becomes "This …").
_CUTS = (
    (re.compile(r";\s+"), ""),
    (re.compile(r",?\s+but\s+", re.IGNORECASE), "But "),
    (re.compile(r",\s+(?:while|whereas)\s+", re.IGNORECASE), ""),
    (re.compile(r",\s+(?:although|though)\s+", re.IGNORECASE), "But "),
    (re.compile(r",\s+and\s+(?=(?:the|this|these|those|it|they|there|we|people|participants|patients|most|some|"
                r"no|none|both|all|\d)\b)", re.IGNORECASE), ""),
    (re.compile(r",?\s+and\s+(?=[a-z]+ed\s|(?:was|were|is|are|had|has|did)\s)"), "{pronoun} "),
    (re.compile(r",\s+which\s+(?=(?:was|were|is|are|may|might|could|can|did|had|has|showed|suggests?)\b)",
                re.IGNORECASE), "This "),
    (re.compile(r"\s+because\s+", re.IGNORECASE), "That's because "),
)
_OPENER = re.compile(
    r"^(?P<op>(?:compared\s+(?:with|to)|in|at|after|among|for|during|over|within|across|from|with|when|"
    r"among|by|overall|on\s+average|in\s+addition|however)\b[^,]{0,160}?),\s+(?P<rest>[a-z\d].+)$",
    re.IGNORECASE | re.DOTALL)
_LIST_REST = re.compile(r"^(?:[\w-]+(?:\s[\w-]+){0,3},\s+)*(?:[\w-]+\s){0,4}and\s+[^,]{1,60},\s+")
_KEEP_FIRST = re.compile(r"^(?:however|overall|in addition|on average)$", re.IGNORECASE)
# "(87%)" after a count, "87%" of people: a share said as "87 in 100".
_PAREN_SHARE = re.compile(r"\s*\((?P<n>\d{1,2}(?:\.\d)?)\s?%\)")
_COUNT_BEFORE = re.compile(r"\b(?P<a>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+)?(?P<b>[1-9][\d,]*)(?:\s+[A-Za-z-]+){0,2}\s*$")
_SHARE = re.compile(r"(?<![\d.,])(?P<n>\d{1,2}(?:\.\d)?)\s?(?:%|per\s?cent)(?P<after>\s+(?:of|in)\b)",
                    re.IGNORECASE)


@dataclass(frozen=True)
class Grade:
    """A sentence's reading grade (the app's Flesch–Kincaid formula) and word count."""

    grade: float
    words: int


def grade_of(sentence: str) -> Grade:
    """Flesch–Kincaid grade of one sentence, counted as the hard-sentence rule counts it."""
    stats = readability.text_stats(sentence)
    return Grade(stats.grade, stats.words) if stats is not None else Grade(0.0, 0)


def _finish(piece: str) -> str:
    piece = piece.strip().strip(",;: ")
    if not piece:
        return piece
    piece = piece[0].upper() + piece[1:]
    return piece if piece.endswith((".", "!", "?")) else piece + "."


_PLURAL_START = re.compile(r"^(?:\W*(?:\d[\d,]*|most|many|some|both|all|few|several|these|those|they|we|people|"
                           r"participants|patients|women|men|children|adults)\b|(?:\w+\s+){0,3}\w+s\s+"
                           r"(?:were|have|had|did|showed|reported|took|used|completed|received)\b)", re.IGNORECASE)


def _plural_subject(sentence: str) -> bool:
    return bool(_PLURAL_START.match(sentence))


def split_clauses(sentence: str) -> list[str]:
    """Cut a sentence at clause boundaries into sentences of at least :data:`MIN_PIECE_WORDS` words."""
    pieces = [sentence.strip()]
    for pattern, lead in _CUTS:
        out: list[str] = []
        for piece in pieces:
            m = pattern.search(piece)
            while m:
                head, tail = piece[: m.start()], piece[m.end():]
                if len(head.split()) < MIN_PIECE_WORDS or len(tail.split()) < MIN_PIECE_WORDS or "(" in head \
                        and ")" not in head:
                    break
                out.append(_finish(head))
                if lead == "{pronoun} ":
                    lead_now = "They " if _plural_subject(sentence) else "It "
                else:
                    lead_now = lead
                piece = (lead_now + tail) if lead_now else tail
                m = pattern.search(piece)
            out.append(_finish(piece))
        pieces = out
    return [p for p in pieces if p.strip(" .")]


def result_first(sentence: str) -> list[str]:
    """"At 12 weeks, scores were lower in the walking group." → "Scores were lower in the walking group at
    12 weeks." A long opener becomes its own sentence after the result ("That was after …")."""
    m = _OPENER.match(sentence.strip())
    if not m or _KEEP_FIRST.match(m.group("op").strip()):
        return [sentence]
    opener, rest = m.group("op").strip(), m.group("rest").strip()
    listed = _LIST_REST.match(rest)          # "After adjustment for age, sex, income and illness, …"
    if listed:
        opener, rest = f"{opener}, {listed.group(0).strip().rstrip(',')}", rest[listed.end():].strip()
    if len(rest.split()) < MIN_PIECE_WORDS or rest.count("(") != rest.count(")"):
        return [sentence]
    body = rest.rstrip(".!? ")
    end = rest[len(body):].strip() or "."
    low_opener = opener[0].lower() + opener[1:]
    if len(opener.split()) > LONG_OPENER_WORDS:
        return [_finish(body + end), _finish(f"That was {low_opener}")]
    return [_finish(f"{body} {low_opener}{end}")]


def spoken_numbers(sentence: str) -> str:
    """Shares said the way people hear them: "28% of women" → "28 in 100 women"; "52 of 60 participants (87%)"
    → "52 of 60 participants" (the same figure said once). Relative changes ("17% lower") and decimals
    ("7.4%", which rounding would change) stay as they are."""
    def paren(m: re.Match[str]) -> str:
        n = float(m.group("n"))
        count = _COUNT_BEFORE.search(sentence[: m.start()])
        if count and abs(float(count.group("a").replace(",", "")) / float(count.group("b").replace(",", "")) * 100 - n) < 1:
            return ""                         # "52 of 60 participants (87%)": the same figure, said once
        if n != round(n):
            return m.group(0)                 # "7.4%" stays exact: rounding it would change the figure
        return f", that's {round(n)} in 100,"

    def share(m: re.Match[str]) -> str:
        n = float(m.group("n"))
        if n != round(n):
            return m.group(0)
        if m.group("after").strip().lower() == "of":
            return f"{round(n)} in 100"
        return f"{round(n)} in 100{m.group('after')}"

    text = _PAREN_SHARE.sub(paren, sentence)
    text = _SHARE.sub(share, text)
    text = re.sub(r",\s*([.!?])", r"\1", text)
    return re.sub(r"\s+,", ",", text)


def _lemmas(word: str) -> list[tuple[str, str]]:
    """(lemma guess, Penn tag guess) for a word without a parse: "utilised" → ("utilise", "VBD")."""
    w = word.lower()
    out = [(w, "")]
    if w.endswith("ied"):
        out.append((w[:-3] + "y", "VBD"))
    if w.endswith("ed"):
        out += [(w[:-1], "VBD"), (w[:-2], "VBD")]
    if w.endswith("ing"):
        out += [(w[:-3], "VBG"), (w[:-3] + "e", "VBG")]
    if w.endswith("ies"):
        out.append((w[:-3] + "y", "VBZ"))
    if w.endswith("es"):
        out.append((w[:-2], "VBZ"))
    if w.endswith("s") and not w.endswith("ss"):
        out.append((w[:-1], "VBZ"))
    return out


def plain_everyday(sentence: str, plain_words: Mapping[tuple[str, str], Sequence[str]]) -> str:
    """Long everyday words swapped for their short plain word ("approximately" → "about", "utilised" →
    "used"), inflected like the word they replace. Only one-word alternatives: without a parse, a phrase
    could break the sentence."""
    from studio.analysis.inflect import fold_spelling, inflect_like

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        for lemma, tag in _lemmas(word):
            for pos in ("ADV", "ADJ", "VERB", "NOUN", "*"):
                if tag and pos in ("ADV", "ADJ"):
                    continue
                alts = plain_words.get((fold_spelling(lemma), pos))
                if not alts or len(alts[0].split()) != 1:
                    continue
                if pos == "NOUN" and tag == "VBZ":
                    fitted = inflect_like(alts[0], "NNS")
                elif pos == "VERB" and tag:
                    fitted = inflect_like(alts[0], tag)
                elif tag:
                    continue
                else:
                    fitted = alts[0]
                return fitted[0].upper() + fitted[1:] if word[0].isupper() else fitted
        return word
    return re.sub(r"\b[A-Za-z]{7,}\b", repl, sentence)


def for_listening(sentence: str, plain_words: Mapping[tuple[str, str], Sequence[str]] | None = None) -> list[str]:
    """One source sentence (already stripped of statistics and jargon) as short sentences for the ear."""
    text = spoken_numbers(sentence)
    if plain_words:
        text = plain_everyday(text, plain_words)
    out: list[str] = []
    for piece in split_clauses(text):
        out.extend(result_first(piece))
    return [_finish(p) for p in out if p.strip(" .")]


__all__ = ["Grade", "for_listening", "grade_of", "plain_everyday", "result_first", "split_clauses",
           "spoken_numbers"]
