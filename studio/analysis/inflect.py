"""Tiny English helpers for fitting a suggested word into the text: spelling folding and inflection.

Used to offer "used" for "utilised" and "people" for "individuals". Covers the plain everyday words our
suggestion lists use (regular rules plus a short table of irregular verbs); it is not a general inflector.
"""

from __future__ import annotations

import re

# base: (past, past participle)
_IRREGULAR: dict[str, tuple[str, str]] = {
    "be": ("was", "been"), "begin": ("began", "begun"), "build": ("built", "built"), "buy": ("bought", "bought"),
    "cut": ("cut", "cut"), "do": ("did", "done"), "find": ("found", "found"), "get": ("got", "got"),
    "give": ("gave", "given"), "go": ("went", "gone"), "keep": ("kept", "kept"), "lead": ("led", "led"),
    "make": ("made", "made"), "put": ("put", "put"), "run": ("ran", "run"), "see": ("saw", "seen"),
    "set": ("set", "set"), "show": ("showed", "shown"), "shrink": ("shrank", "shrunk"),
    "spread": ("spread", "spread"), "stand": ("stood", "stood"), "take": ("took", "taken"),
    "tell": ("told", "told"), "think": ("thought", "thought"), "write": ("wrote", "written"),
    "choose": ("chose", "chosen"), "draw": ("drew", "drawn"), "know": ("knew", "known"),
    "grow": ("grew", "grown"), "bring": ("brought", "brought"), "send": ("sent", "sent"),
    "hold": ("held", "held"), "say": ("said", "said"), "pay": ("paid", "paid"), "feel": ("felt", "felt"),
    "bite": ("bit", "bitten"), "eat": ("ate", "eaten"), "hit": ("hit", "hit"), "hurt": ("hurt", "hurt"),
    "feed": ("fed", "fed"), "catch": ("caught", "caught"), "teach": ("taught", "taught"),
    "sell": ("sold", "sold"), "leave": ("left", "left"), "lose": ("lost", "lost"), "mean": ("meant", "meant"),
    "meet": ("met", "met"), "read": ("read", "read"), "speak": ("spoke", "spoken"), "break": ("broke", "broken"),
    "drive": ("drove", "driven"), "forget": ("forgot", "forgotten"), "hide": ("hid", "hidden"),
    "wear": ("wore", "worn"), "tear": ("tore", "torn"), "rise": ("rose", "risen"), "fall": ("fell", "fallen"),
    "beat": ("beat", "beaten"), "blow": ("blew", "blown"), "fly": ("flew", "flown"), "throw": ("threw", "thrown"),
    "steal": ("stole", "stolen"), "freeze": ("froze", "frozen"), "shake": ("shook", "shaken"),
    "forgive": ("forgave", "forgiven"), "understand": ("understood", "understood"),
    "undertake": ("undertook", "undertaken"), "overcome": ("overcame", "overcome"), "seek": ("sought", "sought"),
    "withdraw": ("withdrew", "withdrawn"), "lay": ("laid", "laid"), "bear": ("bore", "born"),
    "sting": ("stung", "stung"), "swallow": ("swallowed", "swallowed"), "strike": ("struck", "struck"),
    "hang": ("hung", "hung"), "win": ("won", "won"), "shut": ("shut", "shut"), "let": ("let", "let"),
    "split": ("split", "split"), "spend": ("spent", "spent"), "lend": ("lent", "lent"), "deal": ("dealt", "dealt"),
    "have": ("had", "had"),
}
#: Base forms of the irregular verbs this module knows.
IRREGULAR_VERBS: frozenset[str] = frozenset(_IRREGULAR)
_THIRD_PERSON_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_PLURAL_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women",
                     "foot": "feet", "tooth": "teeth", "mouse": "mice"}
_VOWELS = "aeiou"


def fold_spelling(word: str) -> str:
    """Fold British spellings onto American ones for matching: "utilise" → "utilize", "endeavour" → "endeavor"."""
    w = re.sub(r"is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1", word)
    w = re.sub(r"our(s|ed|ing)?$", r"or\1", w) if len(w) > 5 else w
    return w.replace("ae", "e").replace("oe", "e") if len(w) > 5 else w


#: Longer verbs stressed on the last syllable, which double their last letter too (begin → beginning).
_DOUBLE_FINAL = frozenset({"begin", "occur", "refer", "prefer", "admit", "commit", "permit", "control", "forget",
                           "regret", "equip", "submit", "omit", "transfer", "compel", "expel", "propel", "deter",
                           "incur", "recur", "confer", "infer", "defer", "patrol", "upset", "outrun"})


def _doubles(verb: str) -> bool:
    """Short consonant-vowel-consonant verbs double their last letter: stop → stopped."""
    if verb in _DOUBLE_FINAL:
        return True
    return (len(verb) <= 4 and len(verb) >= 3 and verb[-1] not in _VOWELS + "wxy"
            and verb[-2] in _VOWELS and verb[-3] not in _VOWELS)


def past(verb: str, participle: bool = False) -> str:
    """Past tense (or past participle) of a base-form verb."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb][1 if participle else 0]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def third_person(verb: str) -> str:
    """Third person singular present: "show" → "shows", "try" → "tries"."""
    if verb in _THIRD_PERSON_IRREGULAR:
        return _THIRD_PERSON_IRREGULAR[verb]
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def gerund(verb: str) -> str:
    """The -ing form: "give" → "giving", "stop" → "stopping"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and verb != "be":
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def plural(noun: str) -> str:
    """Plural of a singular noun: "person" → "people", "check" → "checks"."""
    if noun in _PLURAL_IRREGULAR:
        return _PLURAL_IRREGULAR[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def inflect_like(phrase: str, tag: str) -> str:
    """Inflect a base-form suggestion to match a Penn tag of the word it replaces.

    Verbs inflect their first word ("carry out" + VBD → "carried out"), plural nouns their last word
    ("check" + NNS → "checks"); other tags leave the phrase as it is.
    """
    words = phrase.split(" ")
    if not words or not words[0]:
        return phrase
    if tag in ("VBD", "VBN", "VBZ", "VBG"):
        head = words[0]
        if tag == "VBD":
            words[0] = past(head)
        elif tag == "VBN":
            words[0] = past(head, participle=True)
        elif tag == "VBZ":
            words[0] = third_person(head)
        else:
            words[0] = gerund(head)
    elif tag in ("NNS", "NNPS"):
        words[-1] = plural(words[-1])
    return " ".join(words)


__all__ = ["fold_spelling", "gerund", "inflect_like", "past", "plural", "third_person"]
