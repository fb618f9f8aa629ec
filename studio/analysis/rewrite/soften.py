"""Softening a claim on its verb.

"Exercise cuts depression risk" → "Exercise may cut depression risk"; "So exercise cures depression" →
"So exercise may help treat depression". When the strong word is not a verb — "lower" in "had a 17% lower
risk" is an adjective inside a noun phrase — the hedge goes on the verb that governs it: "had" → "may have
had", never "a 17% may lower risk". A clause that already has a modal ("can", "may") is not softened again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studio.analysis.inflect import past
from studio.analysis.rewrite.edit import Edit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MODALS = frozenset("may might can could will would shall should must".split())
_HEDGE_MODAL = re.compile(r"^(may|might|could|can)\s+(\S+)(.*)$", re.IGNORECASE)
_PLURAL_PRONOUNS = frozenset({"we", "they", "you", "i"})


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.tag_.startswith("VB") and tok.dep_ not in ("amod", "compound")


def _governing_verb(tok: Token) -> Token | None:
    """The verb of the clause a word belongs to ("had" for "lower" in "had a 17% lower risk")."""
    seen = 0
    while seen < 12:
        if _is_verb(tok):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
        seen += 1
    return None


def _subject_plural(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return verb.tag_ == "VBP"
    return subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _PLURAL_PRONOUNS or \
        any(c.dep_ == "conj" for c in subj.children)


def _negated_context(tok: Token) -> bool:
    """A negation on the word's own verb or on any verb above it ("do not show that it cures …"), or
    right before the word ("not always")."""
    node = tok
    for _ in range(12):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.head is node:
            break
        node = node.head
    doc = tok.doc
    return any(doc[i].lower_ in ("not", "n't", "never") for i in range(max(0, tok.i - 2), tok.i))


def _certain_modal(verb: Token) -> Token | None:
    """"will"/"can"/"must" right before the verb ("will cure"), which a hedge replaces."""
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.head == verb and prev.lower_ in ("will", "can", "must", "shall", "'ll") \
            and verb.tag_ == "VB":
        return prev
    return None


def _has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in _MODALS) for c in verb.children)


def hedge_verb(verb: Token) -> tuple[int, int, str] | None:
    """(start, end, new words) hedging ``verb`` with "may": "cuts" → "may cut", "had" → "may have had",
    "is" → "may be", "was" → "may have been". None when the clause already has a modal, is negated or
    asks a question."""
    if _has_modal(verb) or _negated_context(verb) or verb.dep_ == "conj":
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(a.lower_ in ("do", "does", "did") for a in auxes):
        return None
    lemma = verb.lemma_.casefold() or verb.lower_
    tag = verb.tag_
    start_tok = min([verb] + auxes, key=lambda t: t.i)
    doc = verb.doc
    if auxes:
        first = auxes[0] if auxes[0].i == start_tok.i else start_tok
        rest = doc.text[first.idx + len(first.text):verb.idx + len(verb.text)]
        if first.lower_ in ("is", "are", "am"):
            new = "may be" + rest
        elif first.lower_ in ("was", "were"):
            new = "may have been" + rest
        elif first.lower_ in ("has", "have"):
            new = "may have" + rest
        elif first.lower_ == "had":
            new = "may have" + rest
        else:
            return None
        return first.idx, verb.idx + len(verb.text), new
    if tag == "VBD":
        new = "may have been" if lemma == "be" else f"may have {past(lemma, participle=True)}"
    elif tag in ("VBZ", "VBP", "VB"):
        new = f"may {lemma}"
    else:
        return None
    return verb.idx, verb.idx + len(verb.text), new


def _adapt_hedge(hedge: str, verb: Token) -> str:
    """A hedge written for a present-tense verb ("may help treat", "is linked to") in ``verb``'s form."""
    words = hedge.split(" ")
    if verb.tag_ == "VBD":
        m = _HEDGE_MODAL.match(hedge)
        if m and m.group(1).casefold() == "may":
            return f"may have {past(m.group(2), participle=True)}{m.group(3)}"
        if words[0] == "is":
            words[0] = "was"
        elif words[0] == "are":
            words[0] = "were"
        elif words[0] in ("has", "have"):
            words[0] = "had"
    elif _subject_plural(verb):
        if words[0] == "is":
            words[0] = "are"
        elif words[0] == "has":
            words[0] = "have"
        elif words[0] in ("suggests", "shows", "helps", "seems", "appears"):
            words[0] = words[0][:-1]
    else:
        if words[0] == "are":
            words[0] = "is"
        elif words[0] == "have":
            words[0] = "has"
    return " ".join(words)


_HEDGES = frozenset({"may", "might", "could"})


def already_hedged(span: Span, strong: str) -> bool:
    """Whether ``strong`` (words inside ``span``) needs no softening: its clause has "may"/"might"/"could"
    ("may cure"), is negated ("does not cure"), or ``strong`` is not in the span at all."""
    m = re.search(rf"(?<!\w){re.escape(strong)}(?!\w)", span.text, flags=re.IGNORECASE) if strong else None
    if m is None:
        return True
    inner = span.doc.char_span(span.start_char + m.start(), span.start_char + m.end(), alignment_mode="expand")
    if inner is None or not len(inner):
        return True
    tok = inner.root
    if _negated_context(tok):
        return True
    verb = _governing_verb(tok)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in verb.children)


def plan_soften(span: Span, strong: str, hedge: str) -> Edit | None:
    """The edit softening ``strong`` (words inside ``span``) with ``hedge``, on the verb when ``strong`` is
    a verb, on its clause's verb when it sits inside a noun phrase, word for word otherwise ("always" →
    "often")."""
    doc = span.doc
    m = re.search(rf"(?<!\w){re.escape(strong)}(?!\w)", span.text, flags=re.IGNORECASE) if strong else None
    if m is None:
        return None
    a, b = span.start_char + m.start(), span.start_char + m.end()
    inner = doc.char_span(a, b, alignment_mode="expand")
    if inner is None or not len(inner):
        return None
    tok = inner.root
    if _negated_context(tok):
        return None        # "does not show that it cures" / "not always": softening would flip the sense
    if hedge.split(" ", 1)[0].casefold() in _QUANTIFIER_HEDGES and inner[0].left_edge.i < inner[0].i:
        return None        # "The other, smaller study showed" must not become "smaller some studies suggest"
    if tok.dep_ == "ROOT" and tok.tag_ == "NNS" and not any(_is_verb(t) for t in tok.sent):
        return Edit(a, b, hedge)     # "exercise cures depression" mis-tagged as a noun phrase
    if _is_verb(tok) and tok.lower_ not in _MODALS:
        if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
            return None    # "confirms and extends": a hedge on one of two verbs reads wrong
        sure = _certain_modal(tok)
        if sure is not None and _HEDGE_MODAL.match(hedge):
            return Edit(sure.idx, b, hedge)      # "will cure" → "may help treat"
        if _has_modal(tok):
            return None
        hedge_text = _adapt_hedge(hedge, tok)
        auxes = [c for c in tok.children if c.dep_ == "aux" and c.i < tok.i and c.i >= tok.i - 2]
        if auxes and _HEDGE_MODAL.match(hedge_text):
            return None    # "has cured" + "may help treat": no simple edit
        adverbs = [c for c in tok.children if c.dep_ == "advmod" and c.i < tok.i]
        m = _HEDGE_MODAL.match(hedge_text)
        if adverbs and m:
            first = min(adverbs, key=lambda t: t.i)
            if all(doc[i].dep_ == "advmod" for i in range(first.i, tok.i)):
                between = doc.text[first.idx:tok.idx]
                return Edit(first.idx, b, f"{m.group(1)} {between}{m.group(2)}{m.group(3)}")
        return Edit(a, b, hedge_text)
    if tok.pos_ in ("ADJ", "NOUN", "NUM", "PROPN") and tok.dep_ not in ("ROOT",) and \
            _HEDGE_MODAL.match(hedge):
        verb = _governing_verb(tok.head)
        if verb is None or tok.i < verb.i <= tok.i + 2:
            return None    # "cures cohort" misparsed (noun + verb): hedging the next word reads as nonsense
        planned = hedge_verb(verb)
        if planned is None:
            return None
        return Edit(*planned)
    if tok.pos_ in ("ADV", "DET", "PRON", "ADJ", "AUX", "NOUN", "NUM"):
        if _HEDGE_MODAL.match(hedge) and tok.pos_ != "AUX":
            return None    # "may lower" pasted over a non-verb would break the sentence
        prev = doc[inner.start - 1] if inner.start > 0 else None
        if prev is not None and prev.pos_ in ("DET", "NUM") and hedge.split(" ", 1)[0].casefold() in (
                "some", "many", "few", "one", "most"):
            return None    # "one study showing" must not become "one some studies suggest"
        return _with_agreement(inner, a, b, hedge)
    return None


_PLURAL_HEDGES = frozenset({"many people", "few people", "many"})
_QUANTIFIER_HEDGES = frozenset({"some", "many", "few", "one", "most"})
_PLURAL_OF = {"is": "are", "has": "have", "does": "do", "was": "were"}


def _with_agreement(inner: Span, a: int, b: int, hedge: str) -> Edit:
    """"Everyone needs" → "Many people need": a subject that turns plural takes its verb along."""
    tok = inner.root
    verb = tok.head
    if hedge.casefold() in _PLURAL_HEDGES and tok.dep_ == "nsubj" and verb.tag_ == "VBZ" and verb.i > tok.i:
        doc = inner.doc
        base = _PLURAL_OF.get(verb.lower_, verb.lemma_.casefold() or verb.lower_)
        return Edit(a, verb.idx + len(verb.text), f"{hedge}{doc.text[b:verb.idx]}{base}")
    return Edit(a, b, hedge)


__all__ = ["already_hedged", "hedge_verb", "plan_soften"]
