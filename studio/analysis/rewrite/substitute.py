"""Replacing a term (jargon, an acronym, a long word) by a plain alternative *as a phrase of the sentence*.

The parse says what role the term plays — the head of a noun phrase ("the efficacy of exercise"), a noun
modifying another noun ("placebo group"), an adjective before a noun or after "is", a verb, an adverb —
and the glossary says what kind of phrase the alternative is (:data:`studio.analysis.glossary.PHRASE_KINDS`).
An alternative is used only where its kind fits the role, shaped to fit:

* noun phrase for a noun: keeps the term's determiner or number ("the dummy pill", "24 fair tests where …"),
  agrees in number (plural terms get plural alternatives), a/an agree;
* wh-/-ing clause for a noun: replaces the *whole* noun phrase, its article and an "of" phrase included,
  whose words take the place of "it": "the efficacy of exercise" → "how well exercise works";
* a phrase that goes after a noun ("compared with a dummy treatment") for an adjective before a noun moves
  behind that noun: "a placebo-controlled trial" → "a trial compared with a dummy treatment";
* verbs take the term's form ("metabolised" → "broke down").

Anything else does not fit and is not offered as an edit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studio.analysis.rewrite.edit import Edit
from studio.analysis.rewrite.phrases import (
    WH_WORDS,
    fill_it,
    head_index,
    inflect_verb_phrase,
    is_plural_phrase,
    pluralize_phrase,
    split_article,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NOUN_DEPS_MODIFIER = frozenset({"compound", "nmod"})
_PREPS = frozenset("with without in on at for from of like after before by inside outside under over between "
                   "during through against around within above below into across about".split())
_KEEP_MODIFIERS = frozenset({"det", "poss", "nummod", "amod", "compound", "quantmod", "predet", "nmod", "advmod"})
_OBJECT_OF = {"its": "it"}


def guess_kind(alternative: str) -> str:
    """The phrase kind of an alternative the glossary does not describe (a creator's own replacement,
    an acronym's plain wording): by its first word."""
    first = alternative.split(" ", 1)[0].casefold()
    if alternative.rstrip().endswith((".", "!", "?")):
        return "text"
    if first in WH_WORDS:
        return "clause"
    if first in _PREPS:
        return "post"
    return ""


def role(span: Span) -> str:
    """What the term does in its sentence: noun | modifier | adj | pred | verb | adv | other."""
    head = span.root
    pos, dep = head.pos_, head.dep_
    outside_head = head.head if head.head.i >= span.end or head.head.i < span.start else head
    if pos in ("NOUN", "PROPN") or head.tag_.startswith("NN"):
        if dep in NOUN_DEPS_MODIFIER and outside_head is not head and outside_head.i >= span.end \
                and outside_head.pos_ in ("NOUN", "PROPN"):
            return "modifier"
        return "noun"
    if pos == "ADJ" or (head.tag_ == "VBN" and dep == "amod"):
        if dep == "amod" and outside_head is not head and outside_head.i >= span.end:
            return "adj"
        if dep in ("acomp", "attr", "ROOT", "oprd"):
            return "pred"
        return "other"
    if pos in ("VERB",) and head.tag_.startswith("VB"):
        return "verb"
    if pos == "ADV":
        return "adv"
    return "other"


def plan(span: Span, alternative: str, kind: str, already_inflected: bool = False) -> Edit | None:
    """The edit putting ``alternative`` (of phrase ``kind``) in the place of the term ``span``, or None
    when the alternative does not fit the term's role."""
    kind = kind or guess_kind(alternative)
    if kind == "post" and " " not in alternative.strip():
        kind = "adj"          # "disease-causing": one word goes where the adjective was
    if kind == "text" or not _stands_alone(span):
        return None
    r = role(span)
    if r == "noun":
        if kind == "clause":
            return _clause_for_noun(span, alternative)
        if kind in ("noun", ""):
            return _noun_for_noun(span, alternative, already_inflected)
        return None
    if r == "modifier":
        if kind in ("noun", "adj", ""):
            _, core = split_article(alternative)
            if len(core.split()) <= 3 and not set(core.casefold().split()) & (_PREPS | WH_WORDS | {"that"}) \
                    and not _same_noun(core.split()[-1], span.root.head.text):
                return Edit(span.start_char, span.end_char, core)
        if kind == "post":
            return _after_noun(span, alternative)
        return None
    if r == "adj":
        if _negated(span) and _negative(alternative):
            return None
        if kind == "adj" or (kind == "noun" and len(alternative.split()) <= 2
                             and split_article(alternative)[0] == ""):
            return Edit(span.start_char, span.end_char, alternative)
        if kind == "post":
            return _after_noun(span, alternative)
        return None
    if r == "pred":
        if _negated(span) and _negative(alternative):
            return None       # "not statistically significant" must not become "not unlikely …"
        if kind in ("adj", "post", ""):
            return Edit(span.start_char, span.end_char, alternative)
        return None
    if r == "verb":
        if kind in ("verb", ""):
            return _verb_for_verb(span, alternative)
        return None
    if r == "adv" and kind in ("adv", "post", ""):
        return Edit(span.start_char, span.end_char, alternative)
    return None


def _same_noun(a: str, b: str) -> bool:
    """"pill" and "pills": a modifier that repeats the noun it modifies ("dummy pill pills")."""
    return a.casefold().rstrip("s") == b.casefold().rstrip("s")


_NEGATIVE_START = ("un", "in", "non", "no ", "not ", "without", "never")
#: Verbs that take a wh-clause as their object ("shows how well it works").
WH_VERBS = frozenset("show measure affect change improve know see find test check predict explain tell understand "
                     "assess compare study examine estimate judge learn ask describe influence reduce increase "
                     "determine reflect".split())


def _stands_alone(span: Span) -> bool:
    """False where no alternative can go: inside a hyphenated word ("receptor-mediated", "amyloid-lowering"),
    after a suspended hyphen ("pre- or perinatal"), inside a capitalised name ("Geriatric Depression Scale")."""
    text = span.doc.text
    a, b = span.start_char, span.end_char
    if text[b:b + 1] in ("-", "\u2010", "\u2011") or text[max(0, a - 1):a] in ("-", "\u2010", "\u2011"):
        return False
    if re.search(r"-\s+(?:or|and|to)\s+$", text[max(0, a - 12):a]):
        return False
    first = span[0]
    acronym = span.text[:2].isupper()
    if span.text[:1].isupper() and not acronym and not first.is_sent_start:
        return False
    head = span.root.head
    return not (head.i >= span.end and head.pos_ == "PROPN" and head.text[:1].isupper())


def _negated(span: Span) -> bool:
    doc = span.doc
    return any(doc[i].lower_ in ("not", "n't", "never", "no") for i in range(max(0, span.start - 2), span.start))


def _negative(alternative: str) -> bool:
    return alternative.casefold().startswith(_NEGATIVE_START)


def _post_head(alternative: str) -> bool:
    """Whether a noun phrase goes on after its head noun ("a fair test where …", "group of people")."""
    words = split_article(alternative)[1].split()
    return head_index(words) < len(words) - 1


def _right_dependents(head: Token, span: Span) -> list[Token]:
    """Words hanging on ``head`` after it (and after the term): "of adults", "16", "lacking …"."""
    return [c for c in head.children if c.i > head.i and c.i >= span.end and c.dep_ not in ("punct", "cc")]


_QUANTIFIERS = frozenset("many few several some most other more all both each every no".split())


def _describing(tok: Token) -> bool:
    """An adjective or noun modifier that says *what kind* ("human", "donor"), not *how many* ("many")."""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.lower_ not in _QUANTIFIERS


_MAKE_ADJ = frozenset({"worse", "better", "easier", "harder", "possible", "clear", "clearer"})


def make_adjective(span: Span, verb_form: str, adjective: str) -> Edit | None:
    """"make worse" around the object: "exacerbates eczema" → "makes eczema worse"."""
    verb = span.root
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == span.end), None)
    if obj is None:
        return None
    doc = span.doc
    obj_text = doc[obj.left_edge.i:obj.right_edge.i + 1].text
    end = doc[obj.right_edge.i]
    return Edit(span.start_char, end.idx + len(end.text), f"{verb_form} {obj_text} {adjective}")


def _verb_for_verb(span: Span, alternative: str) -> Edit | None:
    """A verb alternative in the term's form; "make worse" takes the object inside: "make asthma worse"."""
    verb = span.root
    words = alternative.split()
    if len(words) == 2 and words[0] == "make" and words[1] in _MAKE_ADJ:
        return make_adjective(span, inflect_verb_phrase("make", verb.tag_), words[1])
    return Edit(span.start_char, span.end_char, inflect_verb_phrase(alternative, verb.tag_))


# -- noun phrases -------------------------------------------------------------------------------------
def _left_modifiers(span: Span) -> list[Token]:
    head = span.root
    return [c for c in head.children if c.i < span.start and c.dep_ in _KEEP_MODIFIERS]


def _noun_for_noun(span: Span, alternative: str, already_inflected: bool) -> Edit | None:
    head = span.root
    plural_term = head.tag_ in ("NNS", "NNPS") or (span.text.endswith("s") and span.text[:-1].isupper()) or (
        head.lower_.endswith("s") and not head.lower_.endswith("ss") and head.lemma_.casefold() != head.lower_)
    mods = _left_modifiers(span)
    has_det = any(c.dep_ in ("det", "poss", "nummod", "predet") for c in mods) or bool(mods)
    article, core = split_article(alternative)
    right = _right_dependents(head, span)
    if not already_inflected and any(c.dep_ in ("nummod", "appos", "npadvmod") or c.like_num for c in right):
        return None           # "chromosome 16", "hazard ratio 0.83": a phrase cannot take the number
    if right and _post_head(alternative) and not already_inflected:
        return None           # "fair tests where … of adults": the term's own "of adults" would attach wrongly
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ in ("ADJ", "VERB") and before not in mods and not article \
            and len(core.split()) > 1 and not already_inflected:
        return None           # "reverse | causation" (misparsed), "determine | blood clot": no article to lean on
    if any(_describing(c) for c in mods) and (
            _post_head(alternative) or len(core.split()) > 2):
        return None           # "the human all of an organism's genes"
    if not plural_term and is_plural_phrase(core) and head.dep_ in ("nsubj", "nsubjpass") \
            and _singular_verb(head.head):
        return None           # "neonatal deaths … is": the verb would not agree
    if plural_term and not is_plural_phrase(core):
        if already_inflected:
            return None
        plural = pluralize_phrase(alternative)
        if plural is None:
            return None
        return Edit(span.start_char, span.end_char, plural)
    if not plural_term and is_plural_phrase(core) and not already_inflected and has_det \
            and any(c.lower_ in ("a", "an", "one", "this", "that", "every", "each") for c in mods):
        return None
    if has_det or plural_term or (head.dep_ == "conj" and head.head.dep_ in NOUN_DEPS_MODIFIER | {"amod"}):
        return Edit(span.start_char, span.end_char, core)   # "the pregabalin and placebo groups": no "a"
    return Edit(span.start_char, span.end_char, alternative if article.casefold() != "the" else core)


def _singular_verb(verb: Token) -> bool:
    """Whether ``verb`` (or its auxiliary) is singular: "is", "was", "has", "shows"."""
    words = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in words)


def _clause_for_noun(span: Span, clause: str) -> Edit | None:
    """A wh-/-ing clause replaces the whole noun phrase; an "of" phrase (or "its") fills its "it"."""
    head = span.root
    doc = span.doc
    mods = _left_modifiers(span)
    if any(c.dep_ not in ("det", "poss") for c in mods):
        return None          # "the overall efficacy": a clause would drop "overall"
    if head.tag_ in ("NNS", "NNPS") and head.dep_ in ("nsubj", "nsubjpass"):
        return None          # "the prevalences were …": the verb would not agree
    if head.dep_ == "dobj" and head.head.lemma_.casefold() not in WH_VERBS:
        return None          # "did not reach how unlikely …"
    if head.dep_ in ("compound", "amod", "nmod", "appos", "conj"):
        return None
    if any(c.i >= span.end and c.dep_ not in ("punct", "cc") and not (c.dep_ == "prep" and c.lower_ == "of")
           for c in head.children):
        return None          # the clause would swallow what follows the noun
    start = min([span.start] + [c.left_edge.i for c in mods])
    end = span.end
    filler: str | None = None
    poss = next((c for c in mods if c.dep_ == "poss"), None)
    if poss is not None:
        if poss.lower_ in _OBJECT_OF:
            filler = _OBJECT_OF[poss.lower_]
        elif poss.tag_ == "PRP$":
            return None
        else:
            filler = doc[poss.left_edge.i:poss.i + 1].text
            if filler.endswith(("'s", "’s")):
                filler = filler[:-2]
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == span.end), None)
    filled: str | None = None
    plural_filler = False
    if of is not None:
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is not None and fill_it(clause, "X") is not None:
            filler = doc[pobj.left_edge.i:pobj.right_edge.i + 1].text
            plural_filler = pobj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in pobj.children)
            end = of.right_edge.i + 1
    if filler is not None:
        filled = fill_it(clause, filler)
        if filled is not None and plural_filler:
            filled = _agree_plural(filled, filler)
    text = filled if filled is not None else clause
    return Edit(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), text)


def _agree_plural(clause: str, filler: str) -> str:
    """"how well statins works" → "how well statins work": the verb after a plural filler agrees."""
    i = clause.find(filler)
    after = clause[i + len(filler):]
    parts = after.split(" ", 2)
    if len(parts) >= 2 and parts[1]:
        verb = parts[1]
        base = {"is": "are", "has": "have", "does": "do", "was": "were"}.get(verb)
        if base is None and verb.endswith("s") and not verb.endswith("ss"):
            base = verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]
        if base:
            parts[1] = base
            after = " ".join(parts)
    return clause[: i + len(filler)] + after


def _after_noun(span: Span, phrase: str) -> Edit | None:
    """Drop the term before a noun and put ``phrase`` right after that noun."""
    head = span.root
    noun = head.head
    doc = span.doc
    if noun.i < span.end or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return None           # "neuronal and glial cell lines"
    if _right_dependents(noun, span) or any(_describing(c) and c.i < span.start for c in noun.children):
        return None           # "models in mice of MSUD", "the double mice with …"
    between = doc[span.end:noun.i + 1]
    if any(t.is_punct for t in between):
        return None
    moved = doc.text[between.start_char:between.end_char]
    return Edit(span.start_char, between.end_char, f"{moved} {phrase}")


__all__ = ["guess_kind", "make_adjective", "plan", "role", "stands_alone"]

#: Whether a term can take any alternative at all (not inside a hyphenated word or a name).
stands_alone = _stands_alone
