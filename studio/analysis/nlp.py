"""The one place spaCy and its model are loaded."""

from __future__ import annotations

import importlib
import importlib.util

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
    """Load the spaCy pipeline for ``profile`` (about 1.4 s for English). Call once per process owner."""
    name = installed_model(profile)
    if name is None:
        wanted = " or ".join(profile.spacy_models)
        raise ModelUnavailable(
            f"No {profile.name} language model is installed (looked for {wanted}). "
            "Reinstall Script Studio with: pip install -e ."
        )
    module = importlib.import_module(name)
    nlp = module.load()
    # Chunks are short; the default limit only protects memory, which we bound ourselves.
    nlp.max_length = 2_000_000
    _split_glued_citations(nlp)
    return nlp


def _split_glued_citations(nlp: Language) -> None:
    """Make "30%.[1]" and "helps.[@key]" tokenize as "30 % . [1]" instead of one junk word: a citation
    marker glued to the end of a word becomes its own suffix token, so every rule sees clean words."""
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[.!?%\w])\[[^\[\]\s]{1,60}\]"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


__all__ = ["Language", "ModelUnavailable", "installed_model", "load_pipeline", "spacy"]
