"""Passive to active when the sentence names the doer: "The drug was given by nurses to patients." →
"Nurses gave the drug to patients." The subject, the verb group and the "by" phrase are rebuilt as one
edit; a clause whose pieces are not in that plain order (a relative "which", a negation, "being …",
"is thought to be") is left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.analysis.rewrite.edit import Edit
from studio.analysis.rules.passive import active_verb, is_plural

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OBJECT = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them", "who": "whom"}
_SUBJECT = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they"}
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "what"})


def _phrase(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _as_object(tok: Token, text: str) -> str:
    low = text.casefold()
    if low in _OBJECT:
        return _OBJECT[low]
    first = tok.doc[tok.left_edge.i]
    if first.pos_ != "PROPN" and not first.text.isupper() and first.text != "I":
        return text[:1].lower() + text[1:]
    return text


def _as_subject(tok: Token, text: str) -> str:
    return _SUBJECT.get(text.casefold(), text)


_SUBORDINATORS = frozenset("because when while although though if as since so unless whereas".split())
_TIME_PLACE = frozenset("at in on during after before over within since until across every each".split())


def _clear_end(nxt: Token, verb: Token) -> bool:
    """Whether the word after the "by" phrase plainly starts something else: punctuation, "and", a time
    or place ("every morning", "in 2019")."""
    if nxt.is_punct or nxt.dep_ == "cc" or nxt.lower_ in _SUBORDINATORS:
        return True
    if nxt.head == verb and nxt.dep_ in ("prep", "dative", "npadvmod", "advmod", "advcl", "xcomp"):
        return True          # "… by nurses | to the patients": hangs on the verb, stays after it
    return nxt.lower_ in _TIME_PLACE and nxt.head.head == verb


def plan_active(span: Span) -> Edit | None:
    """The edit turning the passive verb group ``span`` (with its subject and "by" phrase) active."""
    doc = span.doc
    verb = next((t for t in reversed(span) if t.tag_ == "VBN"), None)
    if verb is None:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if any(a.dep_ == "neg" or a.tag_ == "VBG" for a in aux) or span.end - 1 > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None or doer is None or subject.lower_ in _RELATIVE:
        return None
    s0, s1 = _phrase(subject)
    if s1 != span.start or any(doc[i].lower_ in _RELATIVE or doc[i].is_punct for i in range(s0, s1)):
        return None
    a0, a1 = _phrase(agent)
    if a0 <= verb.i or (a1 < len(doc) and not _clear_end(doc[a1], verb)):
        return None           # "… by a defect in an enzyme necessary | for …": where the doer ends is unclear
    subj_text = doc[s0:s1].text
    doer_text = doc[doer.left_edge.i:doer.right_edge.i + 1].text
    if doer.right_edge.i + 1 != a1:
        return None
    verb_text = active_verb(verb, [a for a in aux if a.i >= span.start], is_plural(doer))
    adverbs = [t for t in span if t.dep_ == "advmod" and t.head == verb]
    middle = doc.text[doc[verb.i].idx + len(verb.text):doc[a0].idx].rstrip()
    adverb_text = "".join(f"{t.lower_} " for t in adverbs)
    new = (f"{_as_subject(doer, doer_text)} {adverb_text}{verb_text} "
           f"{_as_object(subject, subj_text)}{middle}")
    return Edit(doc[s0].idx, doc[a1 - 1].idx + len(doc[a1 - 1].text), new)


__all__ = ["plan_active"]
