"""Korean for spaCy: the Kiwi morphological analyser (``kiwipiepy``, the ``[ko]`` extra) as a spaCy tokenizer.

spaCy's own Korean class needs mecab-ko with a system dictionary, which does not install as a wheel; Kiwi
does. Each token is one morpheme, or several when Kiwi reports them over the same characters (contracted
endings such as 걸으면 → 걷 + 으면 share a character); the surface text always matches the input exactly,
so offsets stay exact. ``lemma_`` is Kiwi's lemma (verbs with 다), ``pos_`` the Universal tag of its Sejong
tag, ``tag_`` the Sejong tag itself.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Sejong part-of-speech tags (Kiwi) → Universal POS.
_UPOS = {
    "NNG": "NOUN", "NNP": "PROPN", "NNB": "NOUN", "NR": "NUM", "NP": "PRON", "VV": "VERB", "VA": "ADJ",
    "VX": "AUX", "VCP": "AUX", "VCN": "AUX", "MM": "DET", "MAG": "ADV", "MAJ": "CCONJ", "IC": "INTJ",
    "SN": "NUM", "SF": "PUNCT", "SP": "PUNCT", "SS": "PUNCT", "SE": "PUNCT", "SO": "PUNCT", "SW": "SYM",
    "SL": "X", "SH": "X", "XPN": "X", "XSN": "X", "XSV": "X", "XSA": "X", "XR": "NOUN",
}


def upos(tag: str) -> str:
    """Universal POS of a Kiwi tag ("VV-I" → VERB; particles and endings → PART)."""
    base = tag.split("-")[0]
    if base in _UPOS:
        return _UPOS[base]
    if base.startswith(("J", "E")):
        return "PART"
    return "X"


class KiwiTokenizer:
    """A spaCy tokenizer over Kiwi morphemes (see the module docstring)."""

    def __init__(self, vocab: Vocab, kiwi: Any | None = None) -> None:
        if kiwi is None:
            from kiwipiepy import Kiwi

            kiwi = Kiwi()
            kiwi.tokenize("준비")        # Kiwi loads its model lazily (~4 s): pay for it while loading
        self.vocab = vocab
        self.kiwi = kiwi

    def __call__(self, text: str) -> Doc:
        spans: list[list[Any]] = []       # [start, end, lemma, tag] merged where morphemes overlap
        for m in self.kiwi.tokenize(text) if text.strip() else ():
            start, end = m.start, m.start + m.len
            if end <= start:
                continue
            if spans and start < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
                continue
            spans.append([start, end, getattr(m, "lemma", m.form) or m.form, m.tag])
        words: list[str] = []
        spaces: list[bool] = []
        lemmas: list[str] = []
        tags: list[str] = []
        pos = 0

        def add(start: int, end: int, lemma: str, tag: str) -> None:
            words.append(text[start:end])
            spaces.append(False)
            lemmas.append(lemma)
            tags.append(tag)

        def gap(start: int, end: int) -> None:
            piece = text[start:end]
            if not piece:
                return
            if piece == " " and words:
                spaces[-1] = True
            elif piece.isspace():
                if words and piece[0] == " ":
                    spaces[-1] = True
                    piece, start = piece[1:], start + 1
                add(start, start + len(piece), piece, "_SP")
            else:                                      # something Kiwi skipped: keep it as one token
                add(start, end, piece, "SW")

        for start, end, lemma, tag in spans:
            gap(pos, start)
            add(start, end, lemma if end - start == len(lemma) or tag.startswith(("V", "X")) else text[start:end], tag)
            pos = end
        gap(pos, len(text))
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for token, lemma, tag in zip(doc, lemmas, tags, strict=True):
            token.lemma_ = lemma
            token.tag_ = tag
            token.pos_ = "SPACE" if tag == "_SP" else upos(tag)
        return doc

    def pipe(self, texts: Any, batch_size: int = 64) -> Any:
        """Tokenize many texts (spaCy calls this from ``nlp.pipe``)."""
        for text in texts:
            yield self(text)


def korean_pipeline() -> Any:
    """A blank spaCy Korean ``Language`` whose tokenizer is Kiwi (no mecab-ko needed)."""
    import spacy

    nlp = spacy.blank("xx")       # multi-language class: spaCy's own "ko" class needs mecab-ko
    nlp.tokenizer = KiwiTokenizer(nlp.vocab)
    return nlp


__all__ = ["KiwiTokenizer", "korean_pipeline", "upos"]
