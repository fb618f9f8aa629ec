"""Cutting a long source sentence in two where its parse shows a clause boundary.

Cuts, each found on the spaCy parse (not on punctuation alone): a semicolon; a coordinated clause with its
own subject ("…, and two studies reported …", "…, but there was no difference …"); a second verb that shares
the subject ("Walking lowered X and improved Y" → "… It improved Y."); a contrast or concession clause
("while / whereas / although …"); a non-restrictive relative clause (", which was …" → "It was …"); and a
closing parenthetical sample ("(4 studies, 171 participants)" → "This is from 4 studies, 171 participants.").
Every piece keeps the source's own words, figures and hedges; the drafter still checks each against the
source. Pure Python over a parsed ``Doc``; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How a piece that only adds to the sentence before it starts (the drafter keeps it with that sentence).
FOLLOW_UP = ("That was ",)
#: A piece must keep this many words to stand as its own sentence.
MIN_WORDS = 4
_CONTRAST = {"while": "", "whereas": "", "although": "But ", "though": "But ", "but": "But ", "yet": "But "}
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_SAMPLE = re.compile(r"^\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:studies|study|trials|trial|RCTs|participants|people|patients|women|men|"
                     r"children|adults|infants)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cut:
    """Two sentences made from one, and what kind of boundary it was cut at."""

    kind: str
    first: str
    second: str

    @property
    def pieces(self) -> list[str]:
        """The two sentences."""
        return [self.first, self.second]


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _sentence(text: str, lead: str = "") -> str:
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text.strip().strip(",;: "))
    text = re.sub(r"[,;:]\s*$", "", text).strip()
    if not text:
        return ""
    if lead:
        text = lead + (text[0].lower() + text[1:] if text[:2] != text[:2].upper() else text)
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_][\w'’-]*", text))


def _has_verb(tokens: list[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _pronoun(subject: Token) -> str:
    plural = "Plur" in subject.morph.get("Number") or subject.tag_ in ("NNS", "NNPS")
    return "They " if plural else "It "


def _which_pronoun(verb: Token) -> str:
    """"…, which was …" → "This was …"; "…, which were …" → "They were …" (agreeing with the verb)."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(w.lower_ in ("were", "are", "have") or w.tag_ == "VBP" for w in words):
        return "They "
    if any(w.lower_ in ("was", "is", "has") or w.tag_ == "VBZ" for w in words):
        return "This "
    return _pronoun(verb.head)


def _subject_phrase(verb: Token) -> str:
    """The verb's subject as it should open a new sentence: the words themselves when short, else a pronoun."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            words = list(child.subtree)
            if len(words) <= 3 and child.pos_ in ("NOUN", "PROPN"):
                return _text(words) + " "
            if child.pos_ == "PRON":
                return child.text + " "
            return _pronoun(child)
    return ""


def _stands_alone(doc: Doc) -> bool:
    """Whether a piece parsed on its own is a clause: a finite main verb with its own subject."""
    if not len(doc) or doc[0].pos_ in ("VERB", "AUX"):
        return False
    for t in doc:
        if not any(c.dep_ in _SUBJECTS and c.i < t.i for c in t.children):
            continue
        if t.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in t.children):
            return True
    return False


def stands_alone(doc: Doc) -> bool:
    """Whether a parsed sentence is a whole sentence (a finite verb with its own subject)."""
    return _stands_alone(doc)


def cuts(doc: Doc, nlp: Callable[[str], Doc] | None = None) -> list[Cut]:
    """Every clause-boundary cut of ``doc`` (one sentence) whose two pieces can stand alone. With ``nlp`` a
    ", and …" the sentence's parse missed is found by parsing the rest on its own."""
    toks = [t for t in doc if not t.is_space]
    if not toks:
        return []
    end = len(toks)
    while end and toks[end - 1].is_punct and toks[end - 1].text in ".!?":
        end -= 1
    body = toks[:end]
    index = {t.i: k for k, t in enumerate(body)}
    found: list[Cut] = []

    def add(kind: str, first: list[Token], second: str | list[Token], lead: str = "") -> None:
        a = _sentence(_text(first))
        b = _sentence(_text(second) if isinstance(second, list) else second, lead)
        if not a or not b or _words(a) < MIN_WORDS or _words(b) < MIN_WORDS:
            return
        if a.count("(") != a.count(")") or b.count("(") != b.count(")"):
            return
        if nlp is not None and not all(_stands_alone(nlp(x)) for x in ((a,) if kind == "sample" else (a, b))):
            return                                # a piece that is no sentence of its own
        found.append(Cut(kind, a, b))

    depth = 0
    for k, t in enumerate(body):
        depth += t.text == "("
        depth -= t.text == ")"
        if t.text == ";" and depth == 0 and _has_verb(body[:k]) and _has_verb(body[k + 1:]):
            add("semicolon", body[:k], body[k + 1:])
    for t in body:
        if t.i not in index:
            continue
        left = t.left_edge.i
        right = min(t.right_edge.i, body[-1].i)
        if left not in index:
            continue
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("VERB", "AUX") and right == body[-1].i:
            joiners = []
            j = index[left] - 1
            while j >= 0 and (body[j].dep_ == "cc" or body[j].is_punct and body[j].text in ",;"):
                joiners.insert(0, body[j])
                j -= 1
            own_subject = any(c.dep_ in _SUBJECTS for c in t.children)
            lead = next((_CONTRAST[w.lower_] for w in joiners if w.lower_ in _CONTRAST), "")
            joined = any(w.dep_ == "cc" or w.text == ";" for w in joiners)
            if not joined or t.head.dep_ not in ("ROOT", "conj"):
                continue                          # a list ("…, except one, were …") or a clause inside a clause
            if own_subject and t.left_edge.i > t.head.i:
                add("clause", body[: j + 1], body[index[left]:], lead)
            elif (not own_subject and left == t.i and t.head.tag_ in ("VBD", "VBZ", "VBP")
                  and t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not any(c.dep_ in ("aux", "auxpass")
                                                                          for c in t.children)):
                subject = _subject_phrase(t.head)
                if subject:
                    add("shared subject", body[: j + 1], subject + _text(body[index[t.i]:]), lead)
        elif t.dep_ == "advcl" and right == body[-1].i:
            marks = [c for c in t.children if c.dep_ == "mark" and c.lower_ in _CONTRAST]
            if not marks or marks[0].i != left:
                continue
            before = index[left] - 1
            if before < 0 or body[before].text != ",":
                continue
            rest = body[index[left] + 1:]
            if any(c.dep_ in _SUBJECTS for c in t.children):
                add("contrast", body[:before], rest, _CONTRAST[marks[0].lower_])
        elif t.dep_ == "relcl" and doc[left].lower_ in ("which", "who") and right == body[-1].i:
            before = index[left] - 1
            if before < 0 or body[before].text != ",":
                continue
            lead = "They " if doc[left].lower_ == "who" else _which_pronoun(t)
            add("which", body[:before], body[index[left] + 1:], lead)
    root = next((t for t in body if t.dep_ == "ROOT"), None)
    if root is not None:                          # "At 12 weeks, …" / "Although X, Y": the result first
        for child in root.children:
            if child.i not in index or child.left_edge.i != body[0].i or child.right_edge.i not in index:
                continue
            comma = index[child.right_edge.i] + 1
            if comma >= len(body) or body[comma].text != ",":
                continue
            opener, rest = body[:comma], body[comma + 1:]
            if child.dep_ == "prep" and child.lower_ not in ("despite", "overall"):
                add("opener", rest, "That was " + _text(opener)[:1].lower() + _text(opener)[1:])
            elif child.dep_ == "advcl":
                mark = next((c for c in child.children if c.dep_ == "mark"), None)
                if mark is not None and mark.i == body[0].i and mark.lower_ in _CONTRAST:
                    add("contrast", opener[1:], rest, "But " if _CONTRAST[mark.lower_] else "")
    if nlp is not None and not any(c.kind == "clause" for c in found):
        depth = 0
        for k, t in enumerate(body[:-1]):        # ", and / , but" + a clause the parse above missed
            depth += (t.text == "(") - (t.text == ")")
            nxt = body[k + 1]
            if t.text != "," or depth or nxt.lower_ not in ("and", "but", "yet") or not _has_verb(body[:k]):
                continue
            tail = body[k + 2:]
            if _stands_alone(nlp(_text(tail))):
                add("clause", body[:k], tail, _CONTRAST.get(nxt.lower_, ""))
    for k, t in enumerate(body):                 # "(4 studies, 171 participants)": said after the result
        if t.text != "(" or k == 0:
            continue
        close = next((j for j in range(k + 1, len(body)) if body[j].text in "()"), None)
        if close is None or body[close].text != ")":
            continue
        inner = _text(body[k + 1:close])
        if _SAMPLE.match(inner):
            add("sample", body[:k] + body[close + 1:], f"This is from {inner}")
    return found


def best_cut(doc: Doc, nlp: Callable[[str], Doc] | None = None) -> Cut | None:
    """The cut that leaves the two most even pieces (the longer piece as short as possible)."""
    options = cuts(doc, nlp)
    if not options:
        return None
    return min(options, key=lambda c: (max(_words(c.first), _words(c.second)), c.kind))


__all__ = ["FOLLOW_UP", "MIN_WORDS", "Cut", "best_cut", "cuts", "stands_alone"]
