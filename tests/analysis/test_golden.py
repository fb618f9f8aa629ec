"""Golden scripts: realistic short-video scripts with the findings a creator must (and must not) see."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.analysis.model import AnalysisContext, SegmentInput, SourceRef
from studio.analysis.scriptfile import parse_script

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.md"))


def _matches(finding, spec) -> bool:
    return finding.kind == spec["kind"] and spec["text_contains"].casefold() in finding.text.casefold()


@pytest.mark.parametrize("name", CASES)
def test_golden_script(analyzer, name):
    text = (GOLDEN / f"{name}.md").read_text(encoding="utf-8")
    expected = json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))
    ctx = AnalysisContext(sources=tuple(SourceRef(**s) for s in expected["sources"]))
    segments = parse_script(text)
    result = analyzer.analyze([SegmentInput(s.text, s.name) for s in segments], ctx)
    found = result.findings
    for spec in expected["must"]:
        assert any(_matches(f, spec) for f in found), (spec, [(f.kind, f.text) for f in found])
    for spec in expected["must_not"]:
        hits = [f.text for f in found if _matches(f, spec)]
        assert not hits, (spec, hits)
