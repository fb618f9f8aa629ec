"""Plainer wording that keeps the source's figures and hedges."""

from __future__ import annotations

from studio.analysis.glossary import parse_glossary
from studio.drafting.plain import (
    PlainContext,
    defined_acronyms,
    drop_statistics,
    expand_acronyms,
    split_long,
    substitute_glossary,
)

GLOSSARY = parse_glossary(enumerate([
    "term\talternatives\tnote",
    "placebo\ta dummy pill|a fake treatment",
    "adverse event\tharmful side effect",
    "mortality\tdeaths|death rate",
    "incidence\thow many new cases",
    "myocardial infarction\theart attack",
], start=1))


def test_bracketed_statistics_go_but_headline_figures_and_samples_stay():
    assert drop_statistics("The rate was 17% (95% CI 10 to 28%) with interferon versus 3% (95% CI 1 to 10%) "
                           "in controls.") == "The rate was 17% with interferon versus 3% in controls."
    assert drop_statistics("Lactate was lower (4 studies, 171 participants: MD -1.09 mmol/L, 95% CI -1.30 to "
                           "-0.87; I2 = 0%).") == "Lactate was lower (4 studies, 171 participants)."
    assert drop_statistics("The response (virologic SR, 17%; 95% CI 11 to 26%) was similar.") == \
        "The response (17%) was similar."
    assert drop_statistics("Risk rose [typical RR 1.87; NNH 13 (7, 100)] with the long course.") == \
        "Risk rose with the long course."


def test_hedges_in_brackets_are_not_statistics():
    assert drop_statistics("Exercise may reduce pain (low-certainty evidence).") == \
        "Exercise may reduce pain (low-certainty evidence)."


def test_acronyms_defined_in_the_source_are_spelled_out():
    source = "Interferon increased sustained virological response (SVR). SVR was 17% with treatment."
    defined = defined_acronyms(source)
    assert defined == {"SVR": "sustained virological response"}
    ctx = PlainContext(defined=defined)
    assert expand_acronyms("SVR was 17% with treatment.", ctx) == "sustained virological response was 17% with treatment."
    assert expand_acronyms("Interferon increased sustained virological response (SVR).", ctx) == \
        "Interferon increased sustained virological response."


def test_glossary_terms_become_plain_words_with_grammar_kept():
    ctx = PlainContext(glossary=GLOSSARY)
    text, swaps = substitute_glossary("Compared with placebo, fewer adverse events and lower mortality were seen.", ctx)
    assert text == "Compared with a dummy pill, fewer harmful side effects and lower deaths were seen."
    assert ("placebo", "a dummy pill") in swaps
    text, _ = substitute_glossary("The placebo group had fewer myocardial infarctions.", ctx)
    assert text == "The dummy pill group had fewer heart attacks."


def test_clause_alternatives_and_creator_replacements():
    ctx = PlainContext(glossary=GLOSSARY, replacements=(("incidence", "number of new cases"),))
    text, _ = substitute_glossary("A decreased incidence of stroke.", ctx)
    assert text == "A decreased number of new cases of stroke."
    text, _ = substitute_glossary("A decreased incidence of stroke.", PlainContext(glossary=GLOSSARY))
    assert text == "A decreased incidence of stroke."          # "how many new cases" would break the sentence


def test_long_sentences_split_at_semicolons_and_but():
    long = ("Exercise reduced symptoms of depression in adults with mild illness across the included trials; "
            "the effect was smaller in trials with the most careful methods and longer follow-up.")
    assert split_long(long) == [
        "Exercise reduced symptoms of depression in adults with mild illness across the included trials.",
        "The effect was smaller in trials with the most careful methods and longer follow-up."]
    assert split_long("Short sentence; still short.") == ["Short sentence; still short."]


def test_plural_terms_get_a_plural_phrase_or_stay():
    glossary = parse_glossary(enumerate([
        "term\talternatives\tnote",
        "secondary outcome\tan extra thing the study measured\tnoun",
        "placebo pill\ta dummy pill\tnoun",
    ], start=1))
    ctx = PlainContext(glossary=glossary)
    text, _ = substitute_glossary("Two trials reported secondary outcomes with placebo pills.", ctx)
    assert text == "Two trials reported secondary outcomes with dummy pills."     # not "…study measureds"
