"""The one place spaCy and its model are loaded."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Iterator
from contextlib import contextmanager

import spacy
from spacy.language import Language
from spacy.util import compile_suffix_regex

from studio.analysis.profile import LanguageProfile


class ModelUnavailable(RuntimeError):
    """No spaCy model for the language is installed; the message says what to install."""


def installed_model(profile: LanguageProfile) -> str | None:
    """Name of the first of the profile's spaCy model packages that is installed, or None."""
    for name in profile.spacy_models:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def load_pipeline(profile: LanguageProfile) -> Language:
    """Load the spaCy pipeline for ``profile`` (about 1.4 s for English). Call once per process owner.

    Raises :class:`ModelUnavailable` with what to install when the model or the optional extra is missing.
    """
    if not profile.spacy_models:
        return _blank_pipeline(profile)
    name = installed_model(profile)
    if name is None:
        wanted = " or ".join(profile.spacy_models)
        raise ModelUnavailable(
            f"No {profile.name} language model is installed (looked for {wanted}). "
            "Reinstall it: in the Script Studio folder, run .venv/bin/pip install -e . (or bash scripts/run-app.sh)."
        )
    module = importlib.import_module(name)
    nlp = module.load()
    # Chunks are short; the default limit only protects memory, which we bound ourselves.
    nlp.max_length = 2_000_000
    _split_glued_citations(nlp)
    return nlp


def _blank_pipeline(profile: LanguageProfile) -> Language:
    """A blank spaCy language class with a sentencizer (and the lookup lemmatizer where one exists):
    Spanish, Portuguese and Indonesian have no trained pipeline that installs here; Japanese uses SudachiPy
    through spaCy's own ``ja`` class, Korean the Kiwi tokenizer (:mod:`studio.analysis.korean`)."""
    from studio.analysis.profile import missing_extra

    problem = missing_extra(profile)
    if problem:
        raise ModelUnavailable(problem)
    try:
        if profile.code == "ko":
            from studio.analysis.korean import korean_pipeline

            nlp = korean_pipeline()
        elif profile.code == "ja":
            # Split mode C keeps compounds whole (心筋梗塞, not 心筋 + 梗塞): the unit a viewer knows or not.
            nlp = spacy.blank("ja", config={"nlp": {"tokenizer": {"split_mode": "C"}}})
        else:
            nlp = spacy.blank(profile.blank_lang or profile.code)
    except Exception as exc:  # a broken tokenizer install: say which extra to reinstall
        hint = f" In the Script Studio folder, reinstall it: {profile.install_hint}" if profile.extra else ""
        raise ModelUnavailable(f"The {profile.name} tokenizer could not start ({exc}).{hint}") from exc
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "…", "。", "！", "？", "‼", "⁇"]})
    if profile.lookup_lemmas:
        try:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.add_pipe("studio_lower_lemma")
            with _quiet_spacy_log():
                nlp.initialize()        # else "[INFO] Created vocabulary" reaches the terminal
        except Exception as exc:  # spacy-lookups-data missing: say so rather than run without lemmas
            raise ModelUnavailable(f"The {profile.name} word lists (spacy-lookups-data) are not installed "
                                   f"({exc}). Reinstall it: in the Script Studio folder, run .venv/bin/pip install -e . "
                                   "(or bash scripts/run-app.sh).") from exc
    nlp.max_length = 2_000_000
    if profile.code not in ("ja", "ko"):
        _split_glued_citations(nlp)
    return nlp


@contextmanager
def _quiet_spacy_log() -> Iterator[None]:
    """spaCy's logger has its own stderr handler and logs its set-up steps at INFO: keep them unsaid."""
    logger = logging.getLogger("spacy")
    level = logger.level
    logger.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(level)


@Language.factory("studio_lower_lemma")
def _lower_lemma_factory(nlp: Language, name: str) -> _LowerLemma:
    return _LowerLemma(nlp)


class _LowerLemma:
    """The lookup tables are case-sensitive: "Caminhe" at a sentence start gets no lemma while "caminhe"
    does. A token whose lemma is itself and starts with a capital gets the lemma of its lower-case form."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._table: dict | None = None

    def __call__(self, doc: object) -> object:
        if self._table is None:
            lemmatizer = self._nlp.get_pipe("lemmatizer")
            self._table = lemmatizer.lookups.get_table("lemma_lookup", {})  # type: ignore[attr-defined]
        table = self._table
        for token in doc:  # type: ignore[attr-defined]
            text = token.text
            if text[:1].isupper() and token.lemma_ == text:
                lemma = table.get(text.lower())
                token.lemma_ = lemma if isinstance(lemma, str) and lemma else text.lower()
        return doc


def _split_glued_citations(nlp: Language) -> None:
    """Make "30%.[1]" and "helps.[@key]" tokenize as "30 % . [1]" instead of one junk word: a citation
    marker glued to the end of a word becomes its own suffix token, so every rule sees clean words."""
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[.!?%\w])\[[^\[\]\s]{1,60}\]"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


__all__ = ["Language", "ModelUnavailable", "installed_model", "load_pipeline", "spacy"]
