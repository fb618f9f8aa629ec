"""Every user-visible part of a finding on a French, Spanish, Portuguese or Indonesian script — message,
suggestions, quick-fix labels, the "why" explanation, the readability measure's name — comes from the
language's ``messages.json``: no English fragment mixed into a Portuguese finding."""

from __future__ import annotations

import json

import pytest

from studio.analysis.model import AnalysisContext, SourceRef
from studio.config import resources_dir
from tests.analysis.test_languages import analyzer_for

#: Per language: a script with every kind of finding that language has (a glossary term and a rare word,
#: a very hard sentence, a passive, uncited claims with and without a softer verb, a citation to nothing).
SCRIPTS = {
    "pt": "A obesidade aumenta em 26 % o risco de diabetes. Estudos mostram que o açúcar causa inflamação. "
          "O resultado foi confirmado por outros grupos [2]. Pacientes com hipercolesterolemia familiar "
          "heterozigótica e resistência periférica à insulina apresentam concentrações plasmáticas "
          "consideravelmente elevadas de lipoproteínas aterogênicas.",
    "es": "La obesidad aumenta un 26 % el riesgo de diabetes. Los estudios demuestran que el azúcar causa "
          "inflamación. El resultado fue confirmado por otros grupos [2]. Los pacientes con hipercolesterolemia "
          "familiar heterocigota y resistencia periférica a la insulina presentan concentraciones plasmáticas "
          "considerablemente elevadas de lipoproteínas aterogénicas.",
    "fr": "L'obésité augmente de 26 % le risque de diabète. Les études montrent que le sucre provoque "
          "l'inflammation. Le résultat a été confirmé par d'autres équipes [2]. Les patients atteints "
          "d'hypercholestérolémie familiale hétérozygote présentent des concentrations plasmatiques "
          "considérablement élevées de lipoprotéines athérogènes responsables d'événements cardiovasculaires.",
    "id": "Obesitas meningkatkan risiko diabetes 26 %. Penelitian membuktikan bahwa gula menyebabkan "
          "peradangan. Hasil ini dikonfirmasi oleh kelompok lain [2]. Hiperkolesterolemia familial heterozigot "
          "merupakan kelainan metabolik yang ditandai peningkatan konsentrasi lipoprotein aterogenik dalam "
          "plasma yang berkontribusi terhadap kejadian kardiovaskular prematur pada populasi dewasa muda.",
}
#: Words of the English templates that no translation of them contains.
ENGLISH = ("Replace with", "Soften", "Cite a", "Add a source", "Add the source", "viewers", "Say where",
           "sounds like", "leans on", "rare word", "medical term", "sentence length", "rare words",
           "hard to follow", "Passive voice", "no source", "number from")


def visible_texts(finding) -> list[str]:
    data = dict(finding.data)
    return [finding.message, *finding.suggestions, *(r.label for r in finding.fixes),
            *(r.suggestion for r in finding.fixes), data.get("why", "")]


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_findings_speak_the_script_language(code):
    a = analyzer_for(code)
    findings = [*a.analyze_text(SCRIPTS[code]).findings,
                *a.analyze_text(SCRIPTS[code], AnalysisContext(language=code,
                                                               sources=(SourceRef("a", 1, "t", "x"),))).findings]
    kinds = {f.kind for f in findings}
    assert {"jargon", "passive_voice", "uncited_claim", "unresolved_citation"} <= kinds, kinds
    assert kinds & {"hard_sentence", "very_hard_sentence"}
    assert any(r.action == "soften" for f in findings for r in f.fixes)
    assert code == "id" or any(r.action == "replace" for f in findings for r in f.fixes)  # id: no glossary
    assert all(dict(f.data).get("why") for f in findings if f.kind in ("jargon", "uncited_claim"))
    for f in findings:
        for text in visible_texts(f):
            assert not [w for w in ENGLISH if w.casefold() in text.casefold()], (f.kind, text)


def test_every_language_has_every_message():
    folder = resources_dir() / "lang"
    english = set(json.loads((folder / "en" / "messages.json").read_text(encoding="utf-8"))) - {"_about"}
    for code in ("fr", "es", "pt", "id", "ja", "ko"):
        own = set(json.loads((folder / code / "messages.json").read_text(encoding="utf-8")))
        assert english <= own, (code, sorted(english - own))


def test_soften_fix_matches_the_finding_suggestion():
    finding = next(f for f in analyzer_for("pt").analyze_text(SCRIPTS["pt"]).findings
                   if f.kind == "uncited_claim" and f.fixes)
    assert finding.fixes[0].suggestion in finding.suggestions
    assert finding.fixes[0].label.startswith("Suavizar: “")
