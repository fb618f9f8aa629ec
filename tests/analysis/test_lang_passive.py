"""Passive voice in French, Spanish, Portuguese and Indonesian: every agreement form of the participle
(feminine, plural, irregular), -ído participles, and adjectives or association wording left alone."""

from __future__ import annotations

import pytest

from tests.analysis.test_languages import analyzer_for

FLAGGED = {
    "pt": [("A dose foi aplicada.", "foi aplicada"), ("As amostras foram analisadas.", "foram analisadas"),
           ("A vacina foi feita.", "foi feita"), ("As vacinas foram feitas.", "foram feitas"),
           ("As regras foram escritas.", "foram escritas"), ("As áreas foram cobertas.", "foram cobertas"),
           ("As doses foram prescritas.", "foram prescritas"), ("As receitas foram aceitas.", "foram aceitas"),
           ("As palavras foram ditas.", "foram ditas"), ("As mesas foram postas.", "foram postas"),
           ("O remédio foi incluído.", "foi incluído"), ("A carga foi distribuída.", "foi distribuída"),
           ("Os pacientes foram excluídos.", "foram excluídos")],
    "es": [("La dosis fue aplicada.", "fue aplicada"), ("Las pruebas fueron hechas.", "fueron hechas"),
           ("Las zonas fueron cubiertas.", "fueron cubiertas"), ("Las cartas fueron escritas.", "fueron escritas"),
           ("Las palabras fueron dichas.", "fueron dichas"), ("Los vasos fueron rotos.", "fueron rotos"),
           ("Los ratones fueron muertos.", "fueron muertos"), ("El libro fue devuelto.", "fue devuelto"),
           ("La película fue vista.", "fue vista"), ("Las mesas fueron puestas.", "fueron puestas"),
           ("El texto fue leído.", "fue leído")],
    "fr": [("La dose a été administrée.", "a été administrée"), ("Les femmes ont été incluses.", "ont été incluses"),
           ("La maladie est transmise par les moustiques.", "est transmise"),
           ("Les mesures ont été prises.", "ont été prises"), ("Les doses ont été prescrites.", "ont été prescrites"),
           ("Les règles sont écrites.", "sont écrites"), ("Les patientes ont été reçues.", "ont été reçues"),
           ("Les cellules sont détruites.", "sont détruites"), ("Les doses sont comprises.", "sont comprises")],
    "id": [("Garam dianjurkan.", "dianjurkan"), ("Obat diresepkan oleh dokter.", "diresepkan"),
           ("Anak divaksinasi.", "divaksinasi"), ("Hasilnya dilaporkan.", "dilaporkan")],
}
NOT_FLAGGED = {
    "pt": ["A consulta é rápida.", "O resultado é válido.", "A obesidade foi associada ao risco.",
           "Ela está cansada."],
    "es": ["La consulta es rápida.", "El resultado es válido.", "La obesidad fue asociada al riesgo."],
    "fr": ["Les patients ont été associés au risque.", "Elle est surprise.", "Les risques sont connus."],
    "id": ["Obesitas dikaitkan dengan risiko.", "Dia tinggal di rumah."],
}


def passives(code: str, text: str) -> list[str]:
    return [f.text for f in analyzer_for(code).analyze_text(text).findings if f.kind == "passive_voice"]


@pytest.mark.parametrize("code", sorted(FLAGGED))
def test_every_agreement_form_is_passive(code):
    for text, group in FLAGGED[code]:
        assert passives(code, text) == [group], text


@pytest.mark.parametrize("code", sorted(NOT_FLAGGED))
def test_adjectives_and_association_wording_are_not_passive(code):
    for text in NOT_FLAGGED[code]:
        assert passives(code, text) == [], text


def test_agreement_forms_of_irregular_participles():
    from studio.analysis.rules.lang_passive import agreement_forms

    assert agreement_forms(["feito"], {"o": ["a", "os", "as"]}) == {"feito", "feita", "feitos", "feitas"}
    assert agreement_forms(["pris", "fait"], {"t": ["te", "ts", "tes"], "s": ["se", "ses"]}) == {
        "pris", "prise", "prises", "fait", "faite", "faits", "faites"}
