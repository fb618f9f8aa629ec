"""Plain-string helpers for fitting an edit into its sentence: a/an, capitals, sentence bounds and a last
check that an edit did not leave a broken sentence behind ("the how", "a may", a doubled word).

No spaCy here: the grammar checker's fixes (which come without a parse) use these too.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’%-]*")
#: Words after which a noun phrase must follow: an article or determiner directly before a verb or a
#: wh-word means a fix pasted a phrase over part of a noun phrase.
DETERMINERS = frozenset("a an the my your our their its every".split())
#: Words that cannot follow a determiner (auxiliaries, modals, wh-words).
NOT_AFTER_DETERMINER = frozenset(
    "how what who whom whose why when where whether which may might can could will would shall should must "
    "is are was were be been am do does did has have had".split())
# Words starting with a vowel letter but a consonant sound, and the reverse.
_CONSONANT_SOUND = re.compile(r"^(?:uni(?!nt|mp|nh|nd|ns)|use|usu|uti|ure|eu|ewe|one|once|ubiq|uk\b|ufo)", re.I)
_VOWEL_SOUND = re.compile(r"^(?:hour|honest|honou?r|heir|herb\b)", re.I)
#: Letters whose spoken name starts with a vowel sound (an FDA, an MRI, an SSRI).
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|$)")
_OPENERS = " \t\"'\u201c\u2018(["


def article_for(word: str) -> str:
    """"a" or "an" before ``word`` (by sound: an hour, a unit, an MRI, an 18-week trial, a 17% drop)."""
    w = word.lstrip("\"'\u201c\u2018(")
    if not w:
        return "a"
    if w[0].isdigit():
        digits = re.match(r"[\d,]+", w).group(0).replace(",", "")  # type: ignore[union-attr]
        if digits.startswith("8") or (digits.startswith(("11", "18")) and len(digits) % 3 == 2):
            return "an"
        return "a"
    letters = re.match(r"[A-Za-z]+", w)
    token = letters.group(0) if letters else w
    if token.isupper() and 1 < len(token) <= 5 and not _pronounceable(token):
        return "an" if token[0] in _VOWEL_LETTERS else "a"
    if len(token) == 1 and token.isupper():
        return "an" if token in _VOWEL_LETTERS else "a"
    if _VOWEL_SOUND.match(w):
        return "an"
    if _CONSONANT_SOUND.match(w):
        return "a"
    return "an" if w[0].lower() in "aeiou" else "a"


def _pronounceable(acronym: str) -> bool:
    """Acronyms read as a word (NASA, COVID) rather than letter by letter (FDA, MRI)."""
    return acronym in {"NASA", "COVID", "AIDS", "NICE", "NATO", "UNICEF", "OPEC"} or (
        len(acronym) >= 4 and any(c in "AEIOU" for c in acronym[1:-1]) and acronym[0] not in "AEIOU"
        and not re.search(r"[^AEIOU]{3}", acronym))


def fix_article_before(text: str, pos: int) -> tuple[int, str] | None:
    """If the word right before ``pos`` is "a"/"an" and no longer fits the word at ``pos``, return
    (start of the article, the right article, keeping its capital)."""
    m = re.search(r"(?<![\w'])(a|an|A|An)(\s+)$", text[:pos])
    if m is None:
        return None
    nxt = _WORD.match(text, pos) or re.match(r"\S+", text[pos:])
    if nxt is None:
        return None
    right = article_for(nxt.group(0))
    if m.group(1).lower() == right:
        return None
    return m.start(1), (right.capitalize() if m.group(1)[0].isupper() else right)


def capitalize_first(text: str) -> str:
    """``text`` with its first letter upper-cased (after any opening quote or bracket)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch not in _OPENERS:
            return text
    return text


def decapitalize_first(text: str) -> str:
    """``text`` with its first word lower-cased when it is an ordinary capitalised word (not "I", a name
    the caller knows to keep, or an acronym)."""
    m = re.match(r"([\"'\u201c\u2018(]*)([A-Z])([a-z]*)", text)
    if m is None or m.group(2) + m.group(3) == "I":
        return text
    return text[:m.start(2)] + m.group(2).lower() + text[m.end(2):]


def at_sentence_start(text: str, index: int) -> bool:
    """True when ``index`` begins a sentence of ``text`` (or the text, or a line)."""
    before = text[:index].rstrip(_OPENERS)
    return not before or before.endswith(("\n", ".", "!", "?", "\u2026", ":"))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``start..end`` without a parse: from the last sentence end (or line
    start) before ``start`` to the first sentence end at or after ``end`` (or the line end)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    s = line_start
    for m in _SENTENCE_END.finditer(text, line_start, start):
        s = m.end()
    e = line_end
    m = _SENTENCE_END.search(text, max(end - 1, line_start), line_end)
    if m is not None:
        e = m.end()
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``."""
    return [w.casefold() for w in _WORD.findall(text)]


_NUMERIC = re.compile(r"^[\d.,]+%?$")


def _pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent word pairs, plus (determiner, next word after any numbers): "a 17% may" → ("a", "may")."""
    ws = words(text)
    pairs = set(zip(ws, ws[1:], strict=False))
    for i, w in enumerate(ws):
        if w in DETERMINERS:
            j = i + 1
            while j < len(ws) and _NUMERIC.match(ws[j]):
                j += 1
            if j < len(ws) and j > i + 1:
                pairs.add((w, ws[j]))
    return pairs


def broken_pairs(before: str, after: str) -> list[str]:
    """Word pairs an edit introduced that no fitting edit makes: a determiner before a verb or a wh-word
    ("the how", "a may") and a doubled word ("the the"). Empty when the edit reads right."""
    old = _pairs(before)
    bad: list[str] = []
    for a, b in sorted(_pairs(after) - old):
        if (a in DETERMINERS and b in NOT_AFTER_DETERMINER) or (a == b and not a.isdigit()):
            bad.append(f"{a} {b}")
    return bad


#: Words that carry no content on their own: a repeated run of only these is no repeated phrase.
FUNCTION_WORDS = frozenset(
    "a an the this that these those of in on at to for from with by as and or but if than then so it its "
    "is are was were be been being has have had do does did may might can could will would should must not "
    "no how what who whom which when where why whether about into over after before during between some any "
    "more most less very also just only each every all both their them they there here our your you we i "
    "he she his her him one".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred thousand million".split())
_CHUNK = re.compile(r"[^,;:()\[\]\u2014\u2013.!?\u201c\u201d\"]+")


def _phrase_runs(text: str) -> list[tuple[str, ...]]:
    """Word runs between punctuation, numbers and articles left out ("In four trials" → ("in", "trials"))."""
    runs: list[tuple[str, ...]] = []
    for chunk in _CHUNK.findall(text):
        ws = [w for w in words(chunk) if not _NUMERIC.match(w) and w not in _NUMBER_WORDS
              and w not in ("a", "an", "the")]
        if ws:
            runs.append(tuple(ws))
    return runs


def _content_ngrams(text: str) -> set[tuple[str, ...]]:
    """Runs of 2–4 words of ``text`` holding at least one content word."""
    out: set[tuple[str, ...]] = set()
    for run in _phrase_runs(text):
        for n in (2, 3, 4):
            for i in range(len(run) - n + 1):
                gram = run[i:i + n]
                if any(w not in FUNCTION_WORDS for w in gram):
                    out.add(gram)
    return out


def repeated_phrases(sentence: str, start: int, end: int, new: str) -> list[str]:
    """Content phrases (2+ words) that ``new`` put in place of ``sentence[start:end]`` brings in although
    the rest of the sentence already says them: "In four trials, how well exercise works in trials was …"
    repeats "in (four) trials". Empty when the edit repeats nothing."""
    rest = _content_ngrams(sentence[:start] + " , " + sentence[end:])
    old_here = _content_ngrams(sentence[start:end])
    return sorted(" ".join(g) for g in _content_ngrams(new) if g in rest and g not in old_here)


__all__ = [
    "DETERMINERS", "FUNCTION_WORDS", "NOT_AFTER_DETERMINER", "article_for", "at_sentence_start", "broken_pairs",
    "repeated_phrases",
    "capitalize_first", "decapitalize_first", "fix_article_before", "sentence_bounds", "words",
]
