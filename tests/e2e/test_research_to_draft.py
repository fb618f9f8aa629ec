"""End to end, as a creator would: import a paper, draft a script, check it against the source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.library import Library

CONSISTENCY = {"number_mismatch", "certainty_inflated", "relative_risk_only", "population_dropped"}

RIS = """TY  - JOUR
TI  - Walking after meals and blood sugar in adults with type 2 diabetes: a randomised trial
AU  - Okafor, Ngozi
AU  - Berg, Lars van den
PY  - 2022
T2  - Diabetes Care
DO  - 10.2337/dc22-0001
AB  - BACKGROUND: Blood sugar spikes after meals are common in type 2 diabetes. METHODS: We randomly assigned 120 adults with type 2 diabetes to a 15-minute walk after each meal or to usual care for 12 weeks. RESULTS: Walking after meals lowered average blood sugar after meals by 12% compared with usual care (95% CI 7 to 17). HbA1c fell from 7.9% to 7.4% in the walking group versus 7.9% to 7.8% with usual care. Walking may also reduce the need for extra medication in some participants. CONCLUSIONS: A short walk after meals may help adults with type 2 diabetes control their blood sugar.
ER  -
"""


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _check(store: str, path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    code, out, err = _run(["--store", store, "check", "--project", "Diabetes", str(path), "--format", "json"], capsys)
    assert code in (0, 1), err
    return json.loads(out)


def test_import_draft_check_then_change_a_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "lib.db")
    with Library(store) as lib:
        lib.create_project("Diabetes", target_seconds=60)
    ris = tmp_path / "pubmed.ris"
    ris.write_text(RIS, encoding="utf-8")

    code, out, err = _run(["--store", store, "sources", "import", str(ris), "--project", "Diabetes"], capsys)
    assert code == 0, err
    assert "okafor2022" in out

    code, draft_md, err = _run(["--store", store, "draft", "--project", "Diabetes", "--source", "okafor2022"], capsys)
    assert code == 0, err
    script = tmp_path / "draft.md"
    script.write_text(draft_md, encoding="utf-8")

    report = _check(store, script, capsys)
    kinds = [f["kind"] for f in report["findings"]]
    assert not CONSISTENCY & set(kinds), report["findings"]
    assert "uncited_claim" not in kinds and "unresolved_citation" not in kinds, [f for f in report["findings"] if f["kind"] == "uncited_claim"]
    finding_segments = [s for s in report["segments"] if s["name"].startswith("Finding")]
    assert finding_segments
    for seg in draft_md.split("# ")[1:]:
        name, _, body = seg.partition("\n")
        if name.startswith("Finding"):
            sentences = [s for s in body.replace("\n", " ").split(". ") if s.strip()]
            assert all("[@okafor2022]" in s for s in sentences), body

    assert "12%" in draft_md
    changed = tmp_path / "changed.md"
    changed.write_text(draft_md.replace("12%", "40%", 1), encoding="utf-8")
    report = _check(store, changed, capsys)
    mismatches = [f for f in report["findings"] if f["kind"] == "number_mismatch"]
    assert len(mismatches) == 1
    assert mismatches[0]["text"] == "40%"
    assert "The source says 12%, the script says 40%." in mismatches[0]["message"]
    assert not (CONSISTENCY - {"number_mismatch"}) & {f["kind"] for f in report["findings"]}


def test_saved_draft_opens_as_a_script_with_citations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "lib.db")
    with Library(store) as lib:
        lib.create_project("Diabetes", target_seconds=30)
    ris = tmp_path / "pubmed.ris"
    ris.write_text(RIS, encoding="utf-8")
    assert main(["--store", store, "sources", "import", str(ris), "--project", "Diabetes"]) == 0
    assert main(["--store", store, "draft", "--project", "Diabetes", "--source", "okafor2022", "--save"]) == 0
    capsys.readouterr()
    with Library(store) as lib:
        project = lib.find_project("Diabetes")
        script = [s for s in lib.list_scripts(project.id) if s.title.startswith("Draft:")][0]
        spoken = " ".join(seg.spoken for seg in script.segments)
        assert "[@okafor2022]" in spoken
        citations = lib.list_citations(script.id)
        assert citations and all("[@" not in c.claim for c in citations)
