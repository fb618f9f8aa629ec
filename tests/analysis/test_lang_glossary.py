"""Health words a creator writes in French, Spanish and Portuguese get a plain alternative — plurals and
feminine forms of a listed term too ("comorbidades" was a rare word with nothing to offer)."""

from __future__ import annotations

import pytest

from studio.analysis.rules.lang_jargon import base_forms
from tests.analysis.test_languages import analyzer_for

TERMS = {
    "pt": ["comorbidades", "meta-análise", "eficácia", "sintomas depressivos", "grupo controle", "desfechos",
           "biomarcadores", "microbiota", "fatores de risco", "doenças sistêmicas", "ideação suicida",
           "gordura visceral", "hipercolesterolemia", "ensaio clínico randomizado", "placebo", "prevalência"],
    "es": ["comorbilidades", "ensayo clínico aleatorizado", "eficacia", "síntomas depresivos", "grupo control",
           "biomarcadores", "microbiota", "asintomáticos", "deterioro cognitivo", "grasa visceral",
           "adherencia al tratamiento", "metanálisis", "incidencia", "placebo"],
    "fr": ["comorbidités", "efficacité", "symptômes dépressifs", "groupe témoin", "biomarqueurs", "microbiote",
           "observance", "idées suicidaires", "déclin cognitif", "graisse viscérale", "méta-analyse", "placebo"],
}


@pytest.mark.parametrize("code", sorted(TERMS))
def test_health_terms_get_a_plain_alternative(code):
    a = analyzer_for(code)
    for term in TERMS[code]:
        found = [f for f in a.analyze_text(term).findings if f.kind == "jargon"]
        assert [f.rule_id for f in found] == ["jargon.glossary"] and found[0].suggestions, (term, found)


def test_base_forms_undo_plural_and_feminine():
    assert "comorbidade" in base_forms("comorbidades", "pt")
    assert "sistêmico" in base_forms("sistêmicas", "pt")
    assert "factor" in base_forms("factores", "es")
    assert "comorbidité" in base_forms("comorbidités", "fr")
    assert base_forms("comorbidades", "en") == set()


@pytest.mark.parametrize(("code", "text", "result"), [
    ("pt", "A glicemia sobe.", "O açúcar no sangue sobe."),
    ("pt", "O risco de diabetes tipo 2 sobe.", "O risco do diabetes ligado ao estilo de vida sobe."),
    ("pt", "Isso aparece na glicemia.", "Isso aparece no açúcar no sangue."),
    ("es", "El efecto de la glucemia.", "El efecto del azúcar en la sangre."),
    ("es", "Tomó un placebo.", "Tomó una pastilla sin efecto."),
    ("fr", "Le rôle du cortisol.", "Le rôle de l'hormone du stress."),
    ("fr", "Le rôle de la glycémie.", "Le rôle du taux de sucre dans le sang."),
])
def test_plain_alternative_merges_with_the_article_and_preposition(code, text, result):
    results = [r.result for f in analyzer_for(code).analyze_text(text).findings for r in f.fixes]
    assert results[0] == result, results
