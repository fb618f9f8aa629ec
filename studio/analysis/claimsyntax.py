"""Syntax helpers of the claim scorer: number patterns and spaCy token/sentence predicates.

Pure functions over spaCy tokens and spans (no state, no model loading): is this verb asserted, does it
have a subject, is the sentence a question, an imperative, a first-person story …
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve fifteen twenty "
                "thirty forty fifty hundred").split()
NUM = r"(?:\d+(?:[.,]\d+)*|" + "|".join(NUMBER_WORDS) + r")"
PERCENT = re.compile(rf"(?:\b{NUM}\s*)?(?:%|\b(?:per\s?cent|percent|pct)\b)", re.I)
RATIO = re.compile(rf"\b{NUM}\s+(?:in|out\s+of)\s+(?:{NUM}|every)\b|\b\d+\s*/\s*\d+\s+(?:people|adults|"
                   r"kids|children|women|men|patients|americans|doctors)\b", re.I)
MULTIPLIER = re.compile(rf"\b(?:twice|thrice|double[sd]?|triple[sd]?|quadruple[sd]?|halve[sd]?|"
                        rf"half\s+(?:of|as|the)|a\s+(?:third|quarter|fifth)\s+of|{NUM}\s*(?:-\s*)?"
                        r"(?:fold|times|x)\b(?!\s+(?:a|per|every)\s+(?:day|week|month|year))|\d+(?:\.\d+)?\s*[x×]\b)", re.I)
BIG_COUNT = re.compile(r"\b\d[\d,.]*\s*(?:million|billion|thousand|k|m|bn)\b|\b(?:millions|billions|"
                       r"thousands|hundreds|trillions|dozens)\s+of\b|\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b", re.I)
# Research-paper reporting of results ("(p < 0.05)", "95% CI", "respectively", "± 2.1"): a measurement
# report rather than a claim a viewer would repeat.
TECH_REPORT = re.compile(r"\bp\s*[<=>≤]\s*0?\.\d|\b(?:95|99)\s*%\s*(?:CI|confidence)|\bCI\b|±|\brespectively\b|"
                         r"\b(?:OR|RR|HR|SD|SE|IQR|AUC)\s*[=:]|\(\s*n\s*=", re.I)
# Swearing and outbursts: a rant or a joke, rarely a fact a viewer would repeat.
EMOTIVE = re.compile(r"\b(?:fuck\w*|shit\w*|damn|hell|wtf|lmao|lol|omg|ugh|smh|bs|crap|ass|stupid|idiot\w*)\b"
                     r"|!{2,}|\?{2,}", re.I)
ABSOLUTE_100 = re.compile(r"100\s*(?:%|per\s?cent|percent)(?!\s+of\b)", re.I)
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
FIRST_SINGULAR = {"i", "me", "my", "mine", "myself", "im", "i'm", "ive", "i've", "i'd", "i'll"}
# "I think / I know / I promise <clause>": the clause is the claim; only the first group marks an opinion.
OPINION_FRAMES = {"think", "believe", "feel", "guess", "suppose", "reckon"}
CLAUSE_FRAMES = OPINION_FRAMES | {"know", "bet", "swear", "promise", "guarantee", "tell", "say"}
EVALUATIVE = {"good", "bad", "great", "terrible", "harmful", "toxic", "dangerous", "healthy", "unhealthy",
              "beneficial", "essential", "important", "crucial", "vital", "necessary", "key", "effective",
              "safe", "unsafe", "deadly", "poisonous", "addictive", "carcinogenic", "better", "worse",
              "best", "worst", "helpful", "useless", "responsible", "linked", "tied", "connected"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJECT_DEPS = {"dobj", "obj", "prep", "attr", "xcomp", "ccomp", "acomp", "prt", "agent", "oprd",
               "advmod", "npadvmod", "pobj", "dative"}


def sent_text(first: Token, last: Token) -> str:
    """Text of the doc from ``first`` to ``last`` inclusive."""
    return first.doc.text[first.idx:last.idx + len(last)]


def overlaps(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Does [start, end) overlap any of ``ranges``?"""
    return any(start < e and s < end for s, e in ranges)


def masked(text: str, start: int, end: int, skip: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with skipped ranges blanked out (same length, so offsets still line up)."""
    chars = list(text[start:end])
    for s, e in skip:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def has_subject(tok: Token) -> bool:
    if any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return True
    # "…, which reduces …", "Walking, which lowers …": the head noun is the subject.
    if tok.dep_ in ("relcl", "acl") or (tok.dep_ == "conj" and has_subject(tok.head)):
        return True
    # "X can help reduce Y": the subject sits on the governing verb.
    return tok.dep_ in ("xcomp", "ccomp") and any(c.dep_ in SUBJECT_DEPS for c in tok.head.children)


def is_finite(tok: Token, depth: int = 0) -> bool:
    """Does ``tok`` head an asserted clause? "reduces", "can reduce", "is linked", "helps (to) reduce" yes;
    "fighting cancer", "to prevent colds" after an imperative no."""
    if tok.tag_ in ("VBZ", "VBP", "VBD") or tok.dep_ == "relcl":
        return True
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("MD", "VBZ", "VBP", "VBD")) for c in tok.children):
        return True
    if depth < 3 and tok.dep_ in ("xcomp", "ccomp", "conj", "advcl") and tok.head is not tok:
        return tok.dep_ != "advcl" and is_finite(tok.head, depth + 1)
    return False


def inflections(verb: str) -> set[str]:
    """Third-person and past forms of a regular verb (enough to spot verbs the tagger took for nouns)."""
    forms = {verb + "s", verb + "d" if verb.endswith("e") else verb + "ed"}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(verb + "es")
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return forms


def verb_in_disguise(tok: Token) -> bool:
    """A causal verb form tagged as a noun, between a noun (subject) and a determiner/possessive (object)."""
    if tok.tag_.startswith("VB") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return prev.pos_ in ("NOUN", "PROPN") and nxt.tag_ in ("DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP")


def misparsed_finite_verb(tok: Token) -> bool:
    """A finite verb the small parser attached as a noun modifier ("Green tea prevents heart disease" →
    "prevents" as a compound): trust the tag when a noun comes before it and after it."""
    if tok.tag_ not in ("VBZ", "VBP", "VBD") or tok.dep_ not in ("compound", "amod", "nmod", "dep", "npadvmod"):
        return False
    sent = tok.sent
    before = any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in sent if t.i < tok.i)
    after = any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in sent if t.i > tok.i)
    return before and after


def clause_frame(sent: Span) -> Token | None:
    """The "I think" / "I know" verb framing the sentence's real statement, if any (either the root with a
    clause object, or a parenthetical attached to the root: "I know, sugar causes cancer")."""
    for tok in sent:
        if tok.lemma_.lower() not in CLAUSE_FRAMES or not any(
                c.dep_ == "nsubj" and c.lower_ in FIRST_SINGULAR for c in tok.children):
            continue
        if (tok.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in tok.children)) or tok.dep_ == "parataxis":
            return tok
    return None


def is_question(sent: Span, skip: Sequence[tuple[int, int]]) -> bool:
    text = masked(sent.doc.text, sent.start_char, sent.end_char, skip).rstrip()
    text = re.sub(r"[\s\W_]+$", lambda m: m.group(0) if "?" in m.group(0) else "", text)
    return text.endswith("?") or text.rstrip("!.… ").endswith("?")


def is_did_you_know(sent: Span) -> bool:
    return bool(re.match(r"\W*(?:did|do)\s+(?:you|u)\s+know\b", sent.text, re.I))


def is_imperative(sent: Span) -> bool:
    for tok in sent:
        if tok.is_punct or tok.is_space or tok.pos_ in ("INTJ", "SYM", "X") or tok.lower_ in (
                "so", "just", "please", "now", "then", "and", "ok", "okay", "also", "first", "next",
                "pro", "tip", ":", "step", "guys", "friends"):
            continue
        if tok.lower_ in ("do", "don't", "dont") and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ in (
                "n't", "not"):
            return True
        if tok.lower_ in ("never", "always") and tok.i + 1 < sent.end and sent.doc[tok.i + 1].tag_ == "VB":
            return True
        return tok.tag_ == "VB" and not any(c.dep_ in SUBJECT_DEPS for c in tok.children) \
            and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl") and tok.lower_ not in ("let",)
    return False


def starts_personal(sent: Span) -> bool:
    lead = " ".join(t.lower_ for t in sent[:4])
    return bool(re.match(r"(?:(?:when|since|after|before|because|so|and|but|yesterday|today|last)\s+)?"
                         r"(?:i|my|me)\b", lead))
