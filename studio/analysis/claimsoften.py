"""Which words of a claim to soften, and how: the claim scorer's cues looked up in the lexicon's soften
table ("reduces" → "may reduce", "Studies show" → "Some studies suggest", "always" → "often").

Every strong word of the sentence is listed once, the main cue first, so that a soften fix can take all of
them away: "Studies show walking cures anxiety" → ("Studies show", "Some studies suggest"), ("cures",
"may help with").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from studio.analysis.claimcues import Cue

#: Cue categories whose words a soften fix takes away.
SOFTENED_CATEGORIES = ("causal", "absolute", "evidence")


def softenings(sent: Span, main: Cue | None, cues: Sequence[Cue], table: Mapping[str, str],
               weights: Mapping[str, float], category_of: Mapping[str, str]) -> list[tuple[str, str]]:
    """(words, softer wording) for each strong word of ``sent``: the main cue first, then every other
    cause/certainty/evidence cue by weight; a cue inside one already taken ("proves" in "Research proves")
    is left out."""
    candidates = ([main] if main else []) + sorted(
        (c for c in cues if c is not main and category_of.get(c.feature) in SOFTENED_CATEGORIES),
        key=lambda c: -weights.get(c.feature, 0.0))
    out: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for cue in candidates:
        if any(a < cue.end and cue.start < b for a, b in taken):
            continue
        pair = softening(sent, cue, table, category_of)
        if pair[0] and all(pair[0] != t for t, _ in out):
            out.append(pair)
            taken.append((cue.start, cue.end))
    return out


def softening(sent: Span, cue: Cue, table: Mapping[str, str], category_of: Mapping[str, str]) -> tuple[str, str]:
    """The words of ``cue`` to soften and their softer wording; ("", "") when the table has none."""
    words = sent.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if words is None or not len(words):
        return "", ""
    if words.root.tag_ in ("VBD", "VBN", "VBG") and category_of.get(cue.feature) == "causal":
        return "", ""      # "lowered", "linked": past or passive forms need a rewrite, not a swap
    for key in (cue.lemma, cue.text.casefold(), cue.text.casefold().replace(" ", ""), words.root.lemma_.lower()):
        softer = table.get(key)
        if softer:
            target = cue.text if key != words.root.lemma_.lower() or len(words) == 1 else words.root.text
            if target[:1].isupper():
                softer = softer[:1].upper() + softer[1:]
            return target, softer
    return "", ""


__all__ = ["SOFTENED_CATEGORIES", "softening", "softenings"]
