"""Passive voice: "Participants were randomised", "The drug was given by nurses", "is thought to be".

Detected from the dependency parse: a past participle (``VBN``) with a passive auxiliary (``auxpass``:
be/get) or a passive subject (``nsubjpass``/``csubjpass``). The finding spans the verb group — the
auxiliaries, any adverbs between them and the participle ("were then analysed", "has not been shown"), and
a following "to" + verb ("is thought to be", "is expected to rise").

The message asks who did it and, when the sentence names the doer ("by nurses"), spells out the active
version ("nurses gave the patients …") in the message and in ``data["active"]``. Passive voice is not
always wrong, so the score is moderate and these are not reported:

* adjectival and stative participles (:data:`STATIVE`): "I am tired", "is located in", "was born",
  "are interested in", "is based on", "is associated with" / "is linked to" (careful wording for an
  association — we never push it towards a causal "causes"), "was diagnosed with", "is called";
* participles modified by a degree adverb ("very worried", "so excited"), which are adjectives;
* "known as".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.analysis.inflect import IRREGULAR_VERBS, past, third_person
from studio.analysis.model import PASSIVE_VOICE, AnalysisContext, Finding
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Participles that describe a state, not an action someone did: never flagged.
STATIVE = frozenset({
    "born", "located", "based", "situated", "married", "divorced", "interested", "involved", "worried",
    "concerned", "tired", "scared", "frightened", "excited", "surprised", "pleased", "satisfied",
    "disappointed", "supposed", "used", "related", "associated", "linked", "correlated", "called", "named",
    "entitled", "composed", "dressed", "gone", "done", "finished", "prepared", "aged", "exposed",
    "diagnosed", "infected", "allowed", "stressed", "bored", "confused", "embarrassed", "exhausted",
    "overwhelmed", "depressed", "obsessed", "addicted", "convinced", "amazed", "shocked", "annoyed",
    "fed", "blessed", "equipped", "dedicated", "committed", "determined", "qualified", "advanced",
    "needed", "required",
})
_DEGREE = frozenset({"very", "so", "too", "more", "most", "quite", "rather", "extremely", "really", "less",
                     "pretty", "fairly", "highly", "deeply", "somewhat"})
_OBJECT_PRONOUN = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them", "who": "whom"}
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "what"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset({"we", "they", "you", "i"})


class PassiveRule(ChunkRule):
    """Finds passive verb groups; see the module docstring."""

    name = "passive"
    kinds = (PASSIVE_VOICE,)

    def __init__(self, profile: LanguageProfile, stative: frozenset[str] = STATIVE) -> None:
        self.profile = profile
        self.stative = stative

    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Passive-voice findings of one chunk (offsets into ``doc.text``)."""
        verbs: dict[int, Token] = {}
        for tok in doc:
            if tok.dep_ == "auxpass" or (tok.dep_ in ("nsubjpass", "csubjpass") and tok.head.tag_ == "VBN"):
                verb = tok.head
                if verb.tag_ == "VBN" and verb.i not in verbs:
                    verbs[verb.i] = verb
        findings: list[Finding] = []
        for i in sorted(verbs):
            verb = verbs[i]
            if self._adjectival(verb):
                continue
            findings.append(self._finding(doc, verb))
        return findings

    # -- helpers ------------------------------------------------------------------------------------
    def _adjectival(self, verb: Token) -> bool:
        if verb.lower_ in self.stative or verb.lemma_.lower() in self.stative:
            return True
        if any(c.dep_ == "advmod" and c.lower_ in _DEGREE and c.i < verb.i for c in verb.children):
            return True
        nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        return verb.lower_ == "known" and nxt is not None and nxt.lower_ == "as"

    def _finding(self, doc: Doc, verb: Token) -> Finding:
        start, end, aux = _verb_group(doc, verb)
        span = doc[start:end + 1]
        active, question = _rewrite(verb, aux, extended=end > verb.i)
        if active:
            message = f"Passive voice: say who did it first, e.g. '{active}'."
        else:
            message = f"Passive voice: {question} — active sentences are easier to follow when heard."
        data: list[tuple[str, str]] = [("verb", verb.lemma_.lower())]
        if active:
            data.append(("active", active))
        return Finding(
            kind=PASSIVE_VOICE, start=span.start_char, end=span.end_char, text=span.text, message=message,
            score=0.5 if active else 0.4, rule_id=f"{self.name}.verb_group", data=tuple(data),
        )


def _verb_group(doc: Doc, verb: Token) -> tuple[int, int, list[Token]]:
    """(first token index, last token index, auxiliaries) of the passive verb group around ``verb``."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    start = verb.i
    i = verb.i - 1
    while i >= 0:
        tok = doc[i]
        if tok in aux:
            start = i
        elif not (tok.head == verb and tok.dep_ in ("advmod", "neg") and tok.pos_ in ("ADV", "PART")):
            break
        i -= 1
    end = verb.i
    for child in verb.children:
        # "is thought to be", "is expected to rise": a base-form verb after "to". Not "assigned to
        # supervised exercise", where the parser reads an adjective as a verb after the preposition "to".
        if child.dep_ == "xcomp" and child.i == verb.i + 2 and doc[verb.i + 1].lower_ == "to" \
                and child.tag_ == "VB":
            end = child.i
    return start, end, [a for a in aux if a.i >= start]


def _text(tok: Token) -> str:
    """A noun phrase's text, cut after its head (keeps "the patients" of "the patients with diabetes")."""
    words = [t for t in tok.subtree if t.i <= tok.i]
    first = words[0] if words and len(words) <= 6 else tok
    text = tok.doc.text[first.idx:tok.idx + len(tok.text)]
    if first.pos_ != "PROPN" and not first.text.isupper():
        text = text[:1].lower() + text[1:]
    return text


def _plural(tok: Token) -> bool:
    return tok.tag_ in _PLURAL_TAGS or tok.lower_ in _PLURAL_PRONOUNS or any(c.dep_ == "conj" for c in tok.children)


def _base_form(verb: Token) -> str:
    """The verb's base form, checked against its participle: the small model lemmatises "rated" as
    "rat"; a lemma whose regular participle isn't the word in the text is replaced by one that is."""
    lemma = verb.lemma_.lower()
    word = verb.lower_
    if lemma in IRREGULAR_VERBS or past(lemma, participle=True) == word or not word.endswith("ed") \
            or word == f"{lemma}{lemma[-1:]}ed":        # "controlled", "transferred"
        return lemma
    for candidate in (word[:-1], word[:-2], word[:-3], word[:-3] + "y"):
        if candidate and past(candidate, participle=True) == word:
            return candidate
    return lemma


def _active_verb(verb: Token, aux: list[Token], plural_subject: bool) -> str:
    lemma = _base_form(verb)
    modal = next((a for a in aux if a.tag_ == "MD"), None)
    if modal is not None:
        return f"{modal.lower_} {lemma}"
    have = next((a for a in aux if a.lemma_ == "have"), None)
    if have is not None:
        if have.lower_ == "had":
            return f"had {verb.lower_}"
        return f"{'have' if plural_subject else 'has'} {verb.lower_}"
    passive_aux = next((a for a in aux if a.dep_ == "auxpass"), None)
    if passive_aux is not None and passive_aux.tag_ in ("VBZ", "VBP"):
        return lemma if plural_subject else third_person(lemma)
    return past(lemma)

def _rewrite(verb: Token, aux: list[Token], extended: bool) -> tuple[str, str]:
    """(active sentence start when the doer is named, else "", a hint asking who did it)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    if extended:
        obj = "so"
    elif subject is None or subject.dep_ == "csubjpass" or subject.lower_ in _RELATIVE:
        obj = "it"
    elif subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in verb.children):
        obj = "this"
    else:
        obj = _OBJECT_PRONOUN.get(subject.lower_, "") or _text(subject)
    asked = obj
    if not extended and subject is not None and subject.tag_ in _PLURAL_TAGS and obj == _text(subject):
        asked = "them"        # "People were assigned …" → "who assigned them?"
    rest = any(c.i > verb.i and c.dep_ not in ("agent", "punct") for c in verb.children)
    tail = " …" if rest and not extended else ""
    question = f"who {_active_verb(verb, aux, plural_subject=False)} {asked}? Say who did it"
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if doer is None or any(a.dep_ == "neg" for a in aux):   # "was not given by …": no simple rewrite
        return "", question
    if any(a.tag_ == "VBG" for a in aux):          # "Being bitten by a tick …": no simple rewrite
        return "", f"start with who or what does it ({_text(doer)})"
    adverbs = "".join(f"{c.lower_} " for c in verb.children
                      if c.dep_ == "advmod" and c.i < verb.i and c.pos_ == "ADV" and c.lower_ not in _DEGREE)
    active = f"{_text(doer)} {adverbs}{_active_verb(verb, aux, plural_subject=_plural(doer))} {obj}{tail}"
    return active, question


#: The active verb for a passive group ("was given" → "gave"), shared with the passive→active quick fix.
active_verb = _active_verb
#: Whether a noun phrase's head is plural ("nurses", "they", "Ann and Bo").
is_plural = _plural

__all__ = ["STATIVE", "PassiveRule", "active_verb", "is_plural"]
