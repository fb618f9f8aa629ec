"""Scripts in French, Spanish, Portuguese, Indonesian, Japanese and Korean: the checks each language has,
its readability measure, its speaking unit, and never an English rule on another language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.analysis import langread, langspeak
from studio.analysis.model import AnalysisContext, SegmentInput, SourceRef
from studio.analysis.profile import PROFILES, get_profile, missing_extra
from studio.analysis.scriptfile import parse_script

GOLDEN = Path(__file__).parent / "golden_lang"
CASES = sorted(p.stem for p in GOLDEN.glob("*.md"))
_ANALYZERS: dict[str, object] = {}


def analyzer_for(code: str):
    """One Analyzer per language for the whole session; skipped when the language's extra is missing."""
    profile = get_profile(code)
    problem = missing_extra(profile)
    if problem:
        pytest.skip(problem)
    if code not in _ANALYZERS:
        from studio.analysis.engine import Analyzer

        _ANALYZERS[code] = Analyzer(profile)
    return _ANALYZERS[code]


@pytest.mark.parametrize("name", CASES)
def test_golden_script(name):
    text = (GOLDEN / f"{name}.md").read_text(encoding="utf-8")
    expected = json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))
    analyzer = analyzer_for(expected["language"])
    ctx = AnalysisContext(language=expected["language"],
                          sources=tuple(SourceRef(**s) for s in expected["sources"]))
    result = analyzer.analyze([SegmentInput(s.text, s.name) for s in parse_script(text)], ctx)
    found = [(f.kind, f.text) for f in result.findings]
    for spec in expected["must"]:
        assert any(k == spec["kind"] and spec["text_contains"].casefold() in t.casefold() for k, t in found), \
            (spec, found)
    for spec in expected["must_not"]:
        hits = [t for k, t in found if k == spec["kind"] and spec["text_contains"].casefold() in t.casefold()]
        assert not hits, (spec, hits)
    low, high = expected["seconds"]
    assert low <= result.metrics.speaking_seconds <= high, result.metrics.speaking_seconds
    assert result.language == expected["language"]


@pytest.mark.parametrize("code", ["fr", "es", "pt", "id"])
def test_english_only_checks_are_off_and_reported(code):
    result = analyzer_for(code).analyze_text("Utilize the CBT now. It was given by nurses [1].")
    kinds = {f.kind for f in result.findings}
    assert not kinds & {"acronym", "long_word", "number_mismatch", "certainty_inflated"}
    assert {"acronyms", "long_words", "consistency", "drafting"} <= set(result.unavailable)
    assert result.to_json()["unavailable_checks"] == list(result.unavailable)


def test_english_has_every_check(analyzer):
    result = analyzer.analyze_text("Walking lowers blood pressure by 30%.")
    assert result.unavailable == () and result.language == "en"
    assert result.metrics.readability_measure == "flesch_kincaid"


@pytest.mark.parametrize(("code", "measure"), [("fr", "kandel_moles"), ("es", "szigriszt_inflesz"),
                                               ("pt", "martins_flesch"), ("id", "length_rarity")])
def test_readability_measure_orders_easy_before_hard(code, measure):
    easy = {"fr": "Marchez un peu. Buvez de l'eau. Dormez bien.",
            "es": "Camina un poco. Bebe agua. Duerme bien.",
            "pt": "Ande um pouco. Beba água. Durma bem.",
            "id": "Jalan kaki sebentar. Minum air. Tidur cukup."}[code]
    hard = {"fr": "L'hypercholestérolémie familiale hétérozygote constitue une pathologie "
                  "métabolique caractérisée par une augmentation considérable des concentrations "
                  "plasmatiques de lipoprotéines athérogènes responsables d'événements cardiovasculaires.",
            "es": "La hipercolesterolemia familiar heterocigota constituye una patología metabólica "
                  "caracterizada por concentraciones plasmáticas considerablemente elevadas de lipoproteínas "
                  "aterogénicas responsables de acontecimientos cardiovasculares prematuros.",
            "pt": "A hipercolesterolemia familiar heterozigótica constitui uma patologia metabólica "
                  "caracterizada por concentrações plasmáticas consideravelmente elevadas de lipoproteínas "
                  "aterogênicas responsáveis por acontecimentos cardiovasculares prematuros.",
            "id": "Hiperkolesterolemia familial heterozigot merupakan kelainan metabolik yang ditandai "
                  "peningkatan konsentrasi lipoprotein aterogenik dalam plasma yang berkontribusi terhadap "
                  "kejadian kardiovaskular prematur pada populasi dewasa muda."}[code]
    a = analyzer_for(code)
    m_easy, m_hard = a.analyze_text(easy).metrics, a.analyze_text(hard).metrics
    assert m_easy.readability_measure == measure
    assert (m_easy.readability_level, m_hard.readability_level) == ("easy", "hard")
    hard_findings = [f for f in a.analyze_text(hard).findings if f.kind.endswith("hard_sentence")]
    assert hard_findings and not [f for f in a.analyze_text(easy).findings if f.kind.endswith("hard_sentence")]


def test_passive_patterns():
    assert [f.text for f in analyzer_for("pt").analyze_text("Ficou provado que ele estava cansado.").findings
            if f.kind == "passive_voice"] == ["Ficou provado"]
    es = analyzer_for("es").analyze_text("El tratamiento es recetado por el médico. Estoy cansado.")
    assert [f.text for f in es.findings if f.kind == "passive_voice"] == ["es recetado"]
    fr = analyzer_for("fr").analyze_text("Elle est allée au travail. Le vaccin a été testé.")
    assert [f.text for f in fr.findings if f.kind == "passive_voice"] == ["a été testé"]
    ind = analyzer_for("id").analyze_text("Dia tinggal di rumah. Diet ini ditemukan oleh peneliti.")
    assert [f.text for f in ind.findings if f.kind == "passive_voice"] == ["ditemukan"]


@pytest.mark.parametrize(("code", "question", "imperative"), [
    ("fr", "Est-ce que le sucre réduit le stress de 30 % ?", "Réduisez le sel de 30 % dès ce soir."),
    ("es", "¿El azúcar reduce el estrés un 30 %?", "No olvides bajar la sal un 30 % hoy."),
    ("pt", "O açúcar reduz o estresse em 30 %?", "Reduza o sal em 30 % hoje."),
    ("id", "Apakah gula menurunkan stres 30 %?", "Kurangi garam 30 % mulai hari ini."),
])
def test_questions_and_imperatives_are_not_claims(code, question, imperative):
    a = analyzer_for(code)
    for text in (question, imperative):
        assert not [f for f in a.analyze_text(text).findings if f.kind == "uncited_claim"], text


def test_cited_claim_is_not_flagged_and_numbers_in_local_formats():
    a = analyzer_for("pt")
    ctx = AnalysisContext(language="pt", sources=(SourceRef("a", 1, "t", "x"),))
    result = a.analyze_text("O risco cai 1,5 vez com exercício [1].", ctx)
    assert not [f for f in result.findings if f.kind == "uncited_claim"]
    assert result.metrics.claims == 1


def test_glossaries_have_a_hundred_terms_with_alternatives():
    from studio.analysis.rules.lang_jargon import LangJargonRule

    for code in ("fr", "es", "pt"):
        rule = LangJargonRule(get_profile(code))
        assert len(rule) >= 100, code
        assert all(alts for _, alts in rule.entries.values())


def test_allow_list_and_own_replacement():
    a = analyzer_for("es")
    ctx = AnalysisContext(language="es", allow_list=frozenset({"glucemia"}),
                          replacements=(("miocardio", "músculo del corazón"),))
    found = {f.text: f for f in a.analyze_text("La glucemia y el miocardio.", ctx).findings if f.kind == "jargon"}
    assert "glucemia" not in found
    assert found["miocardio"].suggestions[0] == "músculo del corazón"


@pytest.mark.parametrize(("code", "text", "units"), [
    ("fr", "Le risque baisse de 30 % chez 1 250 personnes.", 13),
    ("es", "Bajó 2,5 puntos en 1.250 personas.", 10),
    ("pt", "O risco cai 30 % em 1.250 pessoas.", 12),
    ("id", "Risiko turun 30 % pada 1.250 orang.", 12),
    ("ja", "毎日30分歩く。", 13),
    ("ko", "매일 30분 걸으세요.", 9),
])
def test_speaking_units_read_numbers_in_the_language(code, text, units):
    assert langspeak.spoken_units(text, get_profile(code)) == units


def test_number_formats():
    assert langspeak.number_value("1.250") == 1250 == langspeak.number_value("1,250")
    assert langspeak.number_value("2,5") == 2.5 == langspeak.number_value("2.5")
    assert langspeak.number_value("1\u202f250") == 1250


def test_levels_follow_each_scale():
    assert langread.level(70, "szigriszt_inflesz") == "easy"
    assert langread.level(50, "szigriszt_inflesz") == "hard"
    assert langread.level(10, "length_rarity") == "easy"
    assert langread.level(35, "length_rarity") == "hard"
    assert langread.level(0, "kandel_moles", has_text=False) == ""


def test_missing_extra_names_the_install_command(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "kiwipiepy" else real(name, *a))
    message = missing_extra(get_profile("ko"))
    assert ".venv/bin/pip install -e '.[ko]'" in message and "Korean" in message
    assert "script-studio[" not in message
    from studio.analysis.engine import Analyzer
    from studio.analysis.nlp import ModelUnavailable

    with pytest.raises(ModelUnavailable, match=r"\[ko\]"):
        Analyzer(get_profile("ko"))


def test_every_profile_has_its_resources():
    for code, profile in PROFILES.items():
        if code == "en":
            continue
        for name in ("messages.json", "claims.json", "spoken_abbreviations.tsv"):
            assert profile.resource(name).exists(), (code, name)
        if profile.has("passive"):
            assert profile.resource("passive.json").exists(), code


words = st.sampled_from(["30 %", "1,5 vez", "¿", "?", "[1]", "[@x]", "é", "réduit", "diberikan", "ficou provado",
                         "心筋梗塞", "고혈압", "😀", "\u200b", "\n", ".", "1.250", "Dr", "%", "e\u0301", "\x00"])
script = st.one_of(st.text(max_size=200), st.lists(words | st.text(max_size=8), max_size=40).map(" ".join))


@pytest.mark.parametrize("code", ["fr", "es", "pt", "id", "ja", "ko"])
def test_any_unicode_text_gives_valid_spans(code):
    a = analyzer_for(code)

    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(script, max_size=3))
    def check(texts):
        result = a.analyze([SegmentInput(t) for t in texts], AnalysisContext(language=code))
        for seg, text in zip(result.segments, texts, strict=True):
            for f in seg.findings:
                assert 0 <= f.start <= f.end <= len(text)
                assert text[f.start:f.end] == f.text
                assert f.score is None or 0.0 <= f.score <= 1.0
            assert seg.metrics.speaking_seconds >= 0

    check()


def test_router_picks_the_script_language(analyzer):
    from studio.analysis.nlp import ModelUnavailable
    from studio.analysis.router import AnalyzerRouter

    built: list[str] = []

    def factory(profile):
        built.append(profile.code)
        return analyzer if profile.code == "en" else analyzer_for(profile.code)

    router = AnalyzerRouter(factory)
    told: list[str] = []
    router.on_loading = told.append
    assert built == ["en"]
    result = router.analyze([SegmentInput("Les études montrent que 30 % des gens dorment mal.")],
                            AnalysisContext(language="fr"))
    assert result.language == "fr" and router.loaded == ("en", "fr")
    assert told == ["French", ""]
    with pytest.raises(ModelUnavailable, match="not supported"):
        router.analyze([SegmentInput("x")], AnalysisContext(language="zz"))


def test_checklist_leaves_english_worded_items_to_the_creator():
    from studio.analysis.checklist import CALL_TO_ACTION, CLAIMS_CITED, PLAIN_RISK, evaluate

    segments = [SegmentInput("Você sabia que o risco cai 30 %?"), SegmentInput("Caminhe hoje!")]
    result = analyzer_for("pt").analyze(segments, AnalysisContext(language="pt"))
    items = {i.id: i for i in evaluate(segments, result)}
    assert items[CALL_TO_ACTION].auto is None and items[PLAIN_RISK].auto is None
    assert "Portuguese" in items[CALL_TO_ACTION].details[0]
    assert items[CLAIMS_CITED].auto is False            # the uncited claim is still counted


def test_everyday_words_with_attached_pronouns_are_not_jargon():
    from studio.analysis.rules.lang_jargon import clitic_bases

    assert "cuenta" in clitic_bases("Cuéntamelo", "es") and "lembre" in clitic_bases("lembre-se", "pt")
    found = [f.text for f in analyzer_for("es").analyze_text("Acostarte temprano ayuda. Cuéntamelo mañana.").findings
             if f.kind == "jargon"]
    assert found == []


def test_every_day_is_not_an_absolute_and_advice_after_a_condition_is_not_a_claim():
    a = analyzer_for("es")
    text = "Si roncas fuerte o te despiertas cansado todos los días, habla con tu médico."
    assert not [f for f in a.analyze_text(text).findings if f.kind == "uncited_claim"]
    assert [f for f in a.analyze_text("El azúcar nunca es sano.").findings if f.kind == "uncited_claim"]
