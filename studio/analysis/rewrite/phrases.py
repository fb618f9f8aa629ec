"""Shaping a plain alternative to the grammar of the words it replaces: articles, plurals, verb forms.

Alternatives are short English phrases from the glossary ("a fair test where people are picked at random
for each group", "how well it works", "break down"); these helpers change their number or tense.
"""

from __future__ import annotations

import re

from studio.analysis.inflect import inflect_like, plural

ARTICLES = frozenset({"a", "an", "the"})
#: Words that end the head of a noun phrase ("test" in "a fair test where people …").
_POST_HEAD = frozenset("that who which where whose when of for with without in from to on at by because like "
                       "about than as after before during per".split())
_PARTICIPLES = frozenset("grown made found given known taken seen done built kept held followed used caused "
                         "added based".split())
WH_WORDS = frozenset("how what who why when where whether which".split())
_THIRD_PERSON_BASE = {"is": "are", "has": "have", "does": "do", "was": "were"}
_NO_PLURAL = frozenset({"people", "children", "men", "women", "data", "news", "feet", "teeth", "mice"})


def split_article(phrase: str) -> tuple[str, str]:
    """("a", "dummy pill") for "a dummy pill"; ("", phrase) without a leading article."""
    first, _, rest = phrase.partition(" ")
    if first.casefold() in ARTICLES and rest:
        return first, rest
    return "", phrase


def head_index(words: list[str]) -> int:
    """Index of the head noun of a noun phrase's words: the last word before a relative or prepositional
    part ("fair test where …" → 1)."""
    for i, w in enumerate(words):
        low = w.casefold().strip(",")
        if i and (low in _POST_HEAD or low in _PARTICIPLES):
            return i - 1
    return len(words) - 1


def is_plural_phrase(phrase: str) -> bool:
    """Whether a noun phrase already is plural ("randomised controlled trials (RCTs)", "people")."""
    words = re.sub(r"\s*\([^)]*\)", "", phrase).split()
    if not words:
        return False
    head = words[head_index(words)].casefold()
    return head in _NO_PLURAL or (head.endswith("s") and not head.endswith(("ss", "us", "is")))


def pluralize_phrase(phrase: str) -> str | None:
    """The plural of a noun phrase without its article: "a study that pools results" → "studies that pool
    results". None when the phrase has no noun head to inflect (a number, a wh-clause)."""
    _, core = split_article(phrase)
    words = core.split(" ")
    if not words or words[0].casefold() in WH_WORDS:
        return None
    h = head_index(words)
    head = words[h]
    if not head.isalpha() and not head.replace("-", "").isalpha():
        return None
    if not is_plural_phrase(" ".join(words[: h + 1])):
        words[h] = plural(head)
    # "… that pools" → "… that pool": a relative clause after the head agrees with it.
    if h + 2 < len(words) and words[h + 1].casefold() in ("that", "who", "which"):
        verb = words[h + 2]
        low = verb.casefold()
        if low in _THIRD_PERSON_BASE:
            words[h + 2] = _THIRD_PERSON_BASE[low]
        elif low.endswith("ies") and len(low) > 4:
            words[h + 2] = verb[:-3] + "y"
        elif low.endswith(("ches", "shes", "sses", "xes")):
            words[h + 2] = verb[:-2]
        elif low.endswith("s") and not low.endswith(("ss", "us")) and len(low) > 3:
            words[h + 2] = verb[:-1]
    return " ".join(words)


def inflect_verb_phrase(phrase: str, tag: str) -> str:
    """A base-form verb phrase in the form of the verb it replaces ("break down" + VBD → "broke down")."""
    return inflect_like(phrase, tag)


def fill_it(clause: str, filler: str) -> str | None:
    """Put ``filler`` in the place of "it" in a wh-clause ("how well it works" + "exercise" → "how well
    exercise works"). None when the clause has no "it"."""
    m = re.search(r"(?<![\w'])it(?![\w'])", clause)
    if m is None:
        return None
    return clause[: m.start()] + filler + clause[m.end():]


__all__ = ["ARTICLES", "WH_WORDS", "fill_it", "head_index", "inflect_verb_phrase", "is_plural_phrase",
           "pluralize_phrase", "split_article"]
