"""Languages: analysis time of a 60-second script per language, and each readability measure's ordering.

1. Time: each language's golden 60-s health script (``tests/analysis/golden_lang``, English:
   ``tests/analysis/golden/statins.md``) analysed by the same :class:`Analyzer` path as the app and
   ``studio check``, from a cold cache (median of 5). Target: every language within 2x English.
2. Ordering: three texts per language written for this benchmark at an easy, a medium and a hard level
   (:data:`LEVEL_TEXTS`); the language's measure must order them easy < medium < hard and its level
   should name them. No threshold was fitted on these texts.

Run: ``.venv/bin/python benchmarks/bench_languages.py [--langs fr,es]``. Prints figures only; languages
whose optional extra is missing are reported and skipped.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.langread import EASE_MEASURES, MEASURE_NAMES  # noqa: E402
from studio.analysis.model import AnalysisContext, SegmentInput  # noqa: E402
from studio.analysis.profile import PROFILES, get_profile, missing_extra  # noqa: E402
from studio.analysis.scriptfile import parse_script  # noqa: E402

SCRIPTS = {"en": ROOT / "tests/analysis/golden/statins.md", "fr": "fr_marche", "es": "es_sueno", "pt": "pt_acucar",
           "id": "id_garam", "ja": "ja_suimin", "ko": "ko_walking"}

LEVEL_TEXTS: dict[str, tuple[str, str, str]] = {
    "fr": ("Bougez un peu chaque jour. La marche aide le cœur. Buvez de l'eau. Dormez bien la nuit.",
           "Marcher trente minutes par jour aide à garder une tension normale et un poids stable. Les "
           "médecins conseillent aussi de limiter le sel, surtout dans les plats préparés.",
           "L'hypercholestérolémie familiale hétérozygote constitue une pathologie métabolique caractérisée "
           "par une augmentation considérable des concentrations plasmatiques de lipoprotéines athérogènes, "
           "responsables d'événements cardiovasculaires prématurés chez les patients non traités."),
    "es": ("Muévete un poco cada día. Caminar ayuda al corazón. Bebe agua. Duerme bien.",
           "Caminar treinta minutos al día ayuda a mantener una presión normal y un peso estable. Los médicos "
           "también aconsejan reducir la sal, sobre todo en la comida preparada.",
           "La hipercolesterolemia familiar heterocigota constituye una patología metabólica caracterizada por "
           "concentraciones plasmáticas considerablemente elevadas de lipoproteínas aterogénicas, "
           "responsables de acontecimientos cardiovasculares prematuros en pacientes no tratados."),
    "pt": ("Mexa-se um pouco todo dia. Andar ajuda o coração. Beba água. Durma bem.",
           "Caminhar trinta minutos por dia ajuda a manter a pressão normal e o peso estável. Os médicos "
           "também aconselham reduzir o sal, principalmente na comida pronta.",
           "A hipercolesterolemia familiar heterozigótica constitui uma patologia metabólica caracterizada por "
           "concentrações plasmáticas consideravelmente elevadas de lipoproteínas aterogênicas, responsáveis "
           "por acontecimentos cardiovasculares prematuros em pacientes não tratados."),
    "id": ("Bergerak sedikit setiap hari. Jalan kaki baik untuk jantung. Minum air. Tidur yang cukup.",
           "Berjalan kaki tiga puluh menit sehari membantu menjaga tekanan darah dan berat badan tetap stabil, "
           "dan dokter juga menyarankan kita untuk mengurangi garam dalam makanan olahan.",
           "Hiperkolesterolemia familial heterozigot merupakan kelainan metabolik yang ditandai peningkatan "
           "konsentrasi lipoprotein aterogenik dalam plasma yang berkontribusi terhadap kejadian "
           "kardiovaskular prematur pada populasi dewasa muda yang tidak mendapatkan terapi."),
    "ja": ("毎日すこし歩こう。水をのもう。よくねよう。",
           "毎日三十分ほど歩くと、血圧や体重を保ちやすくなります。医師は、塩分の多い食べ物を控えることもすすめています。",
           "家族性高コレステロール血症は、血漿中の動脈硬化惹起性リポ蛋白濃度の著明な上昇を特徴とする代謝性疾患であり、"
           "未治療患者における早発性心血管事象の主要因である。"),
    "ko": ("매일 조금씩 걸어요. 물을 마셔요. 잘 자요.",
           "하루 삼십 분 정도 걸으면 혈압과 체중을 유지하는 데 도움이 됩니다. 의사들은 가공식품의 소금을 줄이라고도 권합니다.",
           "가족성 고콜레스테롤혈증은 혈장 내 죽상경화성 지단백 농도의 현저한 상승을 특징으로 하는 대사성 질환으로서 "
           "미치료 환자에서 조기 심혈관 사건의 주요 원인으로 작용한다."),
}


def _script(code: str) -> list[SegmentInput]:
    ref = SCRIPTS[code]
    path = ref if isinstance(ref, Path) else ROOT / "tests/analysis/golden_lang" / f"{ref}.md"
    return [SegmentInput(s.text, s.name) for s in parse_script(path.read_text(encoding="utf-8"))]


def _timed(analyzer: Analyzer, segments: list[SegmentInput], ctx: AnalysisContext, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        analyzer.clear_cache()
        t0 = time.perf_counter()
        analyzer.analyze(segments, ctx)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    """Print the time table and the readability ordering."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--langs", default=",".join(PROFILES))
    codes = [c for c in parser.parse_args().langs.split(",") if c]
    print("Analysis of a 60-s script, cold cache, median of 5 (timings are noisy on a shared machine)")
    print(f"{'lang':5} {'load s':>7} {'analyse ms':>11} {'x English':>10} {'spoken s':>9}  readability")
    english_ms = None
    analyzers: dict[str, Analyzer] = {}
    for code in ["en", *[c for c in codes if c != "en"]]:
        profile = get_profile(code)
        problem = missing_extra(profile)
        if problem:
            print(f"{code:5} skipped: {problem}")
            continue
        t0 = time.perf_counter()
        analyzer = Analyzer(profile)
        load = time.perf_counter() - t0
        analyzers[code] = analyzer
        ctx = AnalysisContext(language=code)
        segments = _script(code)
        ms = _timed(analyzer, segments, ctx) * 1000
        english_ms = english_ms or ms
        m = analyzer.analyze(segments, ctx).metrics
        print(f"{code:5} {load:7.1f} {ms:11.0f} {ms / english_ms:10.2f} {m.speaking_seconds:9.0f}  "
              f"{m.readability_level} ({MEASURE_NAMES[m.readability_measure]} {m.readability_score:.0f})")
    print()
    print("Readability ordering on texts written at three levels (easy / medium / hard)")
    for code in codes:
        if code not in LEVEL_TEXTS or code not in analyzers:
            continue
        a = analyzers[code]
        ms = [a.analyze_text(t, AnalysisContext(language=code)).metrics for t in LEVEL_TEXTS[code]]
        scores = [m.readability_score for m in ms]
        higher_is_easier = ms[0].readability_measure in EASE_MEASURES
        ordered = scores[0] > scores[1] > scores[2] if higher_is_easier else scores[0] < scores[1] < scores[2]
        levels = [m.readability_level for m in ms]
        print(f"{code:5} {MEASURE_NAMES[ms[0].readability_measure]:32} scores {scores[0]:6.1f} {scores[1]:6.1f} "
              f"{scores[2]:6.1f}  ordered {'yes' if ordered else 'NO'}  levels {'/'.join(levels)}")


if __name__ == "__main__":
    main()
