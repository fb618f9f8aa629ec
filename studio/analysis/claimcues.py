"""The claim scorer: cue lexicon + spaCy features of one sentence → a 0..1 "sounds like a fact" score.

The lexicon and the weights live in ``resources/lang/<code>/claim_cues.json``. A sentence gets binary
features (a percentage, "1 in 5", a causal verb with a subject and an object, "studies show", "always",
a hedge, first-person experience, an imperative, a question, …); the score is a logistic combination
``1 / (1 + exp(-(bias + Σ weight·feature)))``. Everything here is pure: no state changes after
``__init__``, so one :class:`ClaimScorer` serves many documents (and the benchmark uses the same one).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.lang.en import English
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from studio.analysis import claimsyntax as syn
from studio.analysis.claimmodel import ClaimModel, combine, sentence_features
from studio.analysis.claimsoften import softenings
from studio.analysis.wordrarity import RarityModel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The four kinds of claim, strongest-feature first in ties; they name the finding's ``rule_id``.
CATEGORIES = ("statistic", "causal", "evidence", "absolute")

# Which features count towards which category (for rule_id and the cue shown to the creator).
FEATURE_CATEGORY = {
    "percent": "statistic", "ratio": "statistic", "multiplier": "statistic", "big_count": "statistic",
    "number": "statistic", "stat_phrase": "statistic", "quantity": "statistic",
    "causal_svo": "causal", "causal_verb": "causal", "causal_weak": "causal", "causal_phrase": "causal",
    "evidence_svo": "evidence", "evidence_phrase": "evidence", "evidence_noun": "evidence",
    "absolute": "absolute", "absolute_weak": "absolute",
}
# Lexicon phrase category → feature name.
PHRASE_FEATURE = {
    "statistic": "stat_phrase", "causal": "causal_phrase", "evidence": "evidence_phrase",
    "evidence_noun": "evidence_noun", "conclusion": "conclusion",
    "absolute": "absolute", "absolute_weak": "absolute_weak", "health_topic": "health_topic",
    "hedge": "hedge", "opinion": "opinion", "call_to_action": "call_to_action", "greeting": "greeting",
    "research_question": "research_question", "method": "method", "fact_intro": "fact_intro",
}

#: Words that turn a number into a measured difference ("45 minutes less", "twice as likely").
_COMPARATIVES = frozenset({"less", "more", "fewer", "higher", "lower", "likely", "longer", "shorter", "times",
                           "faster", "slower", "greater", "smaller", "better", "worse", "increase", "decrease"})


@dataclass(frozen=True)
class Cue:
    """One piece of evidence that a sentence is a claim (offsets into ``doc.text``)."""

    feature: str
    start: int
    end: int
    text: str
    lemma: str = ""


@dataclass(frozen=True)
class ClaimScore:
    """The verdict on one sentence: score in 0..1, strongest claim category, the cue to show."""

    score: float
    is_claim: bool
    category: str = ""                     # one of CATEGORIES, "" when nothing claim-like was found
    cue: str = ""                          # text shown to the creator, e.g. "reduces … by 30%"
    soft_from: str = ""                    # exact words to soften ("reduces") …
    soft_to: str = ""                      # … and a softer wording ("may reduce"); "" when none fits
    #: Further strong words of the sentence and their softer wording, for a soften fix that leaves none of
    #: them standing ("Studies show walking cures …": "Studies show" first, then ("cures", "may help with")).
    soft_more: tuple[tuple[str, str], ...] = ()
    features: dict[str, float] = field(default_factory=dict)

    @property
    def rule_id(self) -> str:
        """``claims.<category>`` (``claims.none`` when no claim feature fired)."""
        return f"claims.{self.category or 'none'}"


@dataclass(frozen=True)
class Lexicon:
    """The parsed ``claim_cues.json``."""

    phrases: dict[str, tuple[str, ...]]
    causal_strong: frozenset[str]
    causal_weak: frozenset[str]
    evidence_subjects: frozenset[str]
    evidence_verbs: frozenset[str]
    soften: dict[str, str]
    units: frozenset[str]
    weights: dict[str, float]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        """Read the cue file; raises ``OSError``/``ValueError`` with the path on a broken file."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"Cannot read the claim cue list {path}: {exc}") from exc
        weights = {k: float(v) for k, v in raw.get("weights", {}).items() if not k.startswith("_")}
        bias = weights.pop("bias", -2.0)
        threshold = weights.pop("threshold", 0.5)
        verbs = raw.get("causal_verbs", {})
        return cls(
            phrases={k: tuple(v) for k, v in raw.get("phrases", {}).items()},
            causal_strong=frozenset(verbs.get("strong", ())),
            causal_weak=frozenset(verbs.get("weak", ())),
            evidence_subjects=frozenset(raw.get("evidence_subjects", ())),
            evidence_verbs=frozenset(raw.get("evidence_verbs", ())),
            soften={k: str(v) for k, v in raw.get("soften", {}).items()},
            units=frozenset(raw.get("units", ())),
            weights=weights, bias=bias, threshold=threshold,
        )


def expand_phrase(phrase: str) -> tuple[list[list[str]], bool]:
    """Word sequences of one cue phrase with its ``a|b`` alternatives expanded, and whether it has a
    ``*`` wildcard (wildcard phrases go to the token Matcher, the rest to the fast PhraseMatcher)."""
    slots = [sorted({w for w in word.split("|") if w}) or ["*"] for word in phrase.split()]
    if any(slot == ["*"] for slot in slots):
        return [[w for w in phrase.split()]], True
    seqs: list[list[str]] = [[]]
    for slot in slots:
        seqs = [seq + [w] for seq in seqs for w in slot]
    return seqs, False


def phrase_patterns(phrase: str) -> list[list[dict[str, object]]]:
    """Token-Matcher patterns for one cue phrase with wildcards: each word by lemma or lower-case form,
    ``a|b`` alternatives for one slot, ``*`` an optional wildcard word."""
    patterns: list[list[dict[str, object]]] = []
    for attr in ("LEMMA", "LOWER"):
        pattern: list[dict[str, object]] = []
        for word in phrase.split():
            if word == "*":
                pattern.append({"OP": "?"})
                continue
            options = sorted({w for w in word.split("|") if w})
            values = sorted({v for w in options for v in (w, w.capitalize(), w.upper())})
            pattern.append({attr: {"IN": values}})
        if pattern:
            patterns.append(pattern)
    return patterns


class ClaimScorer:
    """Scores sentences. Build once (it compiles the cue matcher), call :meth:`score` per sentence."""

    def __init__(self, lexicon: Lexicon, model: ClaimModel | None = None, lang: str = "en") -> None:
        self.lexicon = lexicon
        self.model = model
        self.rarity = RarityModel(lang)
        self._causal_forms = {form: verb for verb in lexicon.causal_strong for form in syn.inflections(verb)}
        # A blank English tokenizer (no model) with its own vocabulary: cue phrases are tokenised the way
        # the pipeline tokenises text ("100%" → "100", "%"), and matching works on hashes of LOWER/LEMMA,
        # so it matches docs of any English pipeline without touching the pipeline's own vocab.
        blank = English()
        vocab = blank.vocab
        self.phrases_lower = PhraseMatcher(vocab, attr="LOWER")
        self.phrases_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.wildcards = Matcher(vocab)
        self._labels: dict[int, str] = {}
        for category, phrases in lexicon.phrases.items():
            feature = PHRASE_FEATURE.get(category)
            if feature is None:
                continue
            self._labels[vocab.strings.add(feature)] = feature
            lower_docs: list[Doc] = []
            lemma_docs: list[Doc] = []
            wild: list[list[dict[str, object]]] = []
            for phrase in phrases:
                seqs, has_wildcard = expand_phrase(phrase)
                if has_wildcard:
                    wild.extend(phrase_patterns(phrase))
                    continue
                for words in seqs:
                    tokens = [t.text for t in blank.make_doc(" ".join(words))]
                    lower_docs.append(Doc(vocab, words=tokens))
                    for variant in (tokens, [tokens[0].capitalize(), *tokens[1:]]):
                        lemma_docs.append(Doc(vocab, words=variant, lemmas=variant))
            self.phrases_lower.add(feature, lower_docs)
            self.phrases_lemma.add(feature, lemma_docs)
            if wild:
                self.wildcards.add(feature, wild)

    # -- public -------------------------------------------------------------------------------------
    def score(self, sent: Span, skip: Sequence[tuple[int, int]] = (),
              phrase_cues: Sequence[Cue] | None = None) -> ClaimScore:
        """Score one sentence. ``skip`` = character ranges (of ``sent.doc.text``) to ignore, such as
        citation markers, so that "[1]" is never read as a number. ``phrase_cues`` = the result of
        :meth:`phrase_matches` on the whole doc, when scoring several sentences of one doc."""
        skip = [r for r in skip if r[0] < sent.end_char and sent.start_char < r[1]]
        cues = self.cues(sent, skip, phrase_cues)
        features = self._features(sent, cues, skip)
        health = len({c.lemma for c in cues if c.feature == "health_topic"})
        features.update(sentence_features(sent, skip, features, health, self.rarity.zipf))
        prob, is_claim = self.verdict(features)
        category, main = self._strongest(cues, features)
        cue_text = _cue_label(sent, main, cues) if main else ""
        soft = softenings(sent, main, cues, self.lexicon.soften, self.lexicon.weights, FEATURE_CATEGORY) \
            or [("", "")]
        return ClaimScore(
            score=round(prob, 4), is_claim=is_claim, category=category,
            cue=cue_text, soft_from=soft[0][0], soft_to=soft[0][1], soft_more=tuple(soft[1:]),
            features=features,
        )

    def verdict(self, features: dict[str, float]) -> tuple[float, bool]:
        """(score, is claim) of a sentence's features; see :func:`~studio.analysis.claimmodel.combine`."""
        w = self.lexicon.weights
        z = self.lexicon.bias + sum(w.get(name, 0.0) * value for name, value in features.items())
        return combine(self.model, features, z, self.lexicon.threshold)

    def phrase_matches(self, doc: Doc) -> list[Cue]:
        """Every lexicon phrase in ``doc`` (one pass over the whole doc)."""
        cues: list[Cue] = []
        seen: set[tuple[str, int, int]] = set()
        for matcher in (self.phrases_lower, self.phrases_lemma, self.wildcards):
            for label_id, start, end in matcher(doc):
                span = doc[start:end]
                feature = self._labels.get(label_id, "")
                key = (feature, span.start_char, span.end_char)
                if not feature or key in seen:
                    continue
                seen.add(key)
                lemma = " ".join(t.lemma_.lower() for t in span)
                cues.append(Cue(feature, span.start_char, span.end_char, span.text, lemma))
        return cues

    # -- cues ---------------------------------------------------------------------------------------
    def cues(self, sent: Span, skip: Sequence[tuple[int, int]] = (),
             phrase_cues: Sequence[Cue] | None = None) -> list[Cue]:
        """Every cue found in ``sent`` (lexicon phrases, numbers, causal/evidence dependency patterns)."""
        doc = sent.doc
        if phrase_cues is None:
            phrase_cues = self.phrase_matches(doc)
        cues = [c for c in phrase_cues if sent.start_char <= c.start and c.end <= sent.end_char
                and not syn.overlaps(c.start, c.end, skip)]
        text = syn.masked(doc.text, sent.start_char, sent.end_char, skip)
        base = sent.start_char
        for feature, regex in (("percent", syn.PERCENT), ("ratio", syn.RATIO), ("multiplier", syn.MULTIPLIER),
                               ("big_count", syn.BIG_COUNT)):
            for m in regex.finditer(text):
                if feature == "big_count" and syn.YEAR.match(m.group(0)):
                    continue
                if feature == "percent" and syn.ABSOLUTE_100.match(text, m.start()):
                    continue  # "100% safe" is certainty, not a statistic (the lexicon has it as absolute)
                cues.append(Cue(feature, base + m.start(), base + m.end(), m.group(0), m.group(0).lower()))
        for tok in sent:
            if syn.overlaps(tok.idx, tok.idx + len(tok), skip):
                continue
            cues.extend(self._token_cues(tok))
        return cues

    def _token_cues(self, tok: Token) -> Iterable[Cue]:
        lemma = tok.lemma_.lower()
        lower = tok.lower_
        lex = self.lexicon
        if tok.like_num or tok.tag_ == "CD":
            quantity = self._quantity(tok)
            if quantity is not None:
                yield quantity
            elif tok.ent_type_ not in ("DATE", "TIME", "ORDINAL") and any(c.isdigit() for c in tok.text) \
                    and not syn.YEAR.match(tok.text):
                yield Cue("number", tok.idx, tok.idx + len(tok), tok.text, lower)
        elif tok.ent_type_ in ("PERCENT", "QUANTITY") and tok.ent_iob_ == "B":
            yield Cue("number", tok.idx, tok.idx + len(tok), tok.text, lower)
        is_verb = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
        if (lemma in lex.causal_strong or lower in lex.causal_strong) and (is_verb or tok.pos_ == "NOUN"):
            feature = "causal_verb"
            if is_verb and ((syn.is_finite(tok) and syn.has_subject(tok) and any(
                    c.dep_ in syn.OBJECT_DEPS for c in tok.children)) or syn.misparsed_finite_verb(tok)):
                feature = "causal_svo"
            yield Cue(feature, tok.idx, tok.idx + len(tok), tok.text, lemma)
        elif lower in self._causal_forms and syn.verb_in_disguise(tok):
            # "Ultra-processed food shortens your life", "Tomato Ameliorates the Risk": tagged as a noun.
            yield Cue("causal_svo", tok.idx, tok.idx + len(tok), tok.text, self._causal_forms[lower])
        elif lower in syn.EVALUATIVE and tok.dep_ in ("acomp", "attr", "amod") and syn.has_subject(tok.head) and any(
                c.dep_ == "prep" and c.lower_ in ("for", "to", "against", "in", "with") for c in tok.children):
            # "Processed meat is bad for your gut", "Fiber is essential for gut health"
            prep = next(c for c in tok.children if c.dep_ == "prep")
            yield Cue("causal_svo", tok.idx, prep.idx + len(prep), syn.sent_text(tok, prep), lemma)
        elif lemma in lex.causal_weak and is_verb and syn.has_subject(tok):
            yield Cue("causal_weak", tok.idx, tok.idx + len(tok), tok.text, lemma)
        if lemma in lex.evidence_verbs and is_verb:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(c.lemma_.lower() in lex.evidence_subjects or c.lower_ in lex.evidence_subjects
                   or c.ent_type_ == "ORG" for c in subj):
                yield Cue("evidence_svo", tok.idx, tok.idx + len(tok), f"{subj[0].text} {tok.text}",
                          f"{subj[0].lemma_.lower()} {lemma}")
            elif tok.dep_ in ("ROOT", "relcl", "advcl") and tok.tag_ == "VBN" and any(
                    c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children):
                # "X has been shown to reduce Y"
                yield Cue("evidence_svo", tok.idx, tok.idx + len(tok), tok.text, lemma)

    def _quantity(self, tok: Token) -> Cue | None:
        """A number with a unit ("10 hours", "8,000 steps", "2 cups") or a bound ("up to 10", "at least
        7"): an amount stated as fact. List numbering ("3 foods", "Part 2") is not."""
        doc = tok.doc
        nxt = [t for t in doc[tok.i + 1:tok.i + 3] if not t.is_punct]
        unit = next((t for t in nxt if t.lemma_.lower() in self.lexicon.units or t.lower_ in self.lexicon.units),
                    None)
        before = doc[max(0, tok.i - 2):tok.i].text.lower()
        bounded = any(before.endswith(b) for b in ("up to", "at least", "more than", "less than", "over",
                                                    "under", "nearly", "almost", "about", "around", "fewer than"))
        if unit is None or (tok.lower_ in ("one", "a") and not bounded):
            return None
        return Cue("quantity", tok.idx, unit.idx + len(unit), doc.text[tok.idx:unit.idx + len(unit)],
                   f"{tok.lower_} {unit.lemma_.lower()}")

    # -- features -----------------------------------------------------------------------------------
    def _features(self, sent: Span, cues: Sequence[Cue], skip: Sequence[tuple[int, int]]) -> dict[str, float]:
        features: dict[str, float] = {}
        for cue in cues:
            features[cue.feature] = 1.0
        if "causal_svo" in features:
            features.pop("causal_verb", None)
        words = [t for t in sent if t.is_alpha and not syn.overlaps(t.idx, t.idx + len(t), skip)]
        if len(words) <= 2:
            features["short"] = 1.0
        root = sent.root
        if syn.is_question(sent, skip):
            features["question"] = 1.0
        if syn.is_imperative(sent):
            features["imperative"] = 1.0
        subj = [c for c in root.children if c.dep_ in syn.SUBJECT_DEPS]
        frame = syn.clause_frame(sent)
        framing = frame is not None
        if frame is not None:
            # "I think sugar causes cancer": the claim is the clause, the "I think" only frames it.
            if frame.lemma_.lower() in syn.OPINION_FRAMES:
                features["opinion"] = 1.0
            clause = next((c for c in frame.children if c.dep_ == "ccomp"), root)
            subj = [c for c in clause.children if c.dep_ in syn.SUBJECT_DEPS]
        if any(c.lower_ in syn.FIRST_SINGULAR for c in subj) or (not framing and syn.starts_personal(sent)):
            features["personal"] = 1.0
        elif not framing and any(t.lower_ in syn.FIRST_SINGULAR for t in words):
            features["personal"] = 0.5
        if any(c.lower_ in ("you", "u", "ya", "y'all") for c in subj):
            features["second_person_subject"] = 1.0
        if root.tag_ in ("VBZ", "VBP") or any(c.tag_ == "MD" and c.lower_ in ("can", "will", "'ll")
                                              for c in root.children):
            if not features.get("personal") and not features.get("imperative"):
                features["generic_present"] = 1.0
        if "fact_intro" in features and "question" in features and syn.is_did_you_know(sent):
            features.pop("question")
        if "health_topic" in features and _causal_about_health(sent, cues):
            features["causal_health"] = 1.0
        if syn.EMOTIVE.search(sent.text):
            features["emotive"] = 1.0
        if syn.TECH_REPORT.search(syn.masked(sent.doc.text, sent.start_char, sent.end_char, skip)):
            features["tech_report"] = 1.0
        if ({"number", "quantity", "percent"} & features.keys()) and any(
                t.lower_ in _COMPARATIVES or t.tag_ in ("JJR", "RBR") for t in words):
            # "slept 45 minutes less", "30% fewer heart attacks": a measured difference is a finding
            features["comparison"] = 1.0
        if root.tag_ == "VBD" or (root.tag_ == "VBN" and any(
                c.dep_ in ("auxpass", "aux") and c.tag_ == "VBD" for c in root.children)):
            features["past_report"] = 1.0
        return features

    def _strongest(self, cues: Sequence[Cue], features: dict[str, float]) -> tuple[str, Cue | None]:
        w = self.lexicon.weights
        best: tuple[float, int, Cue] | None = None
        for cue in cues:
            category = FEATURE_CATEGORY.get(cue.feature)
            if category is None:
                continue
            weight = w.get(cue.feature, 0.0) * features.get(cue.feature, 0.0)
            rank = (weight, -CATEGORIES.index(category))
            if best is None or rank > best[:2]:
                best = (*rank, cue)  # type: ignore[assignment]
        if best is None or best[0] <= 0:
            return "", None
        return FEATURE_CATEGORY[best[2].feature], best[2]


def _causal_about_health(sent: Span, cues: Sequence[Cue]) -> bool:
    """A cause-and-effect cue whose clause (the verb with its subject and objects) names a health topic:
    "Processed meat raises your cancer risk", but not "She raised $2k for a cancer charity"... unless the
    clause itself is about health."""
    health = [c.start for c in cues if c.feature == "health_topic"]
    doc = sent.doc
    for cue in cues:
        if cue.feature not in ("causal_svo", "causal_phrase"):
            continue
        span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        anchor = span.root
        if syn.misparsed_finite_verb(anchor):
            anchor = sent.root
        while anchor.dep_ in ("acomp", "attr", "amod", "xcomp", "prep", "pobj", "prt") and anchor.head is not anchor:
            anchor = anchor.head
        lo = min(t.idx for t in anchor.subtree)
        hi = max(t.idx + len(t) for t in anchor.subtree)
        if any(lo <= h < hi and not (cue.start <= h < cue.end) for h in health):
            return True
    return False


_STAT_CUES = ("percent", "ratio", "multiplier", "big_count")
_VERB_CUES = ("causal_svo", "causal_verb", "causal_phrase")


def _cue_label(sent: Span, main: Cue, cues: Sequence[Cue]) -> str:
    """The text shown for the main cue: widened to overlapping cues of its kind ("3 million", not
    "million"), and a cause joined with its number ("reduces … by 30%")."""
    text = sent.doc.text
    category = FEATURE_CATEGORY.get(main.feature)
    start, end = main.start, main.end
    for c in cues:
        if FEATURE_CATEGORY.get(c.feature) == category and c.start < end and start < c.end:
            start, end = min(start, c.start), max(end, c.end)
    verb = stat = None
    if category == "causal":
        stat = min((c for c in cues if c.feature in _STAT_CUES and c.start >= end), key=lambda c: c.start,
                   default=None)
        verb = Cue(main.feature, start, end, text[start:end])
    elif category == "statistic":
        verb = max((c for c in cues if c.feature in _VERB_CUES and c.end <= start), key=lambda c: c.end,
                   default=None)
        stat = Cue(main.feature, start, end, text[start:end])
    if verb is None or stat is None:
        return text[start:end].strip()
    stat_start = stat.start - 3 if text[max(0, stat.start - 3):stat.start].casefold() == "by " else stat.start
    if not text[verb.end:stat_start].strip():
        return text[verb.start:stat.end].strip()
    return f"{text[verb.start:verb.end].strip()} … {text[stat_start:stat.end].strip()}"


__all__ = ["CATEGORIES", "ClaimScore", "ClaimScorer", "Cue", "Lexicon", "expand_phrase", "phrase_patterns"]
