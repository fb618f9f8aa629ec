"""Source checks on the demo project as a user meets them in ``studio check --project``: figures quoted in a
message are about the claim's outcome and read in the claim's direction, a relative change is compared with
the source's relative change, and made-up numbers behind a citation are flagged with what the source says."""

from __future__ import annotations

import json

import pytest

from studio.cli import main
from studio.config import resources_dir
from studio.store.library import Library


@pytest.fixture(autouse=True)
def _shared_analyzer(monkeypatch, analyzer):
    monkeypatch.setattr("studio.commands.check._analyzer", lambda language="en": analyzer)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("demo") / "lib.db"
    demo = json.loads((resources_dir() / "demo" / "demo_project.json").read_text(encoding="utf-8"))
    lib = Library.open(store)
    info = lib.import_project_data(demo)
    lib.close()
    return str(store), str(info.project.id)


def _check(demo_store, tmp_path, capsys, sentence):
    store, project = demo_store
    path = tmp_path / "script.md"
    path.write_text(f"# Finding\n{sentence}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--store", store, "check", "--project", project, str(path), "--format", "json"]) == 0
    return [f for f in json.loads(capsys.readouterr().out)["findings"]
            if f["kind"] in ("number_mismatch", "relative_risk_only", "certainty_inflated", "population_dropped")]


def _kinds(findings):
    return {f["kind"]: f for f in findings}


def test_relative_risk_never_quotes_the_dropout_rates(demo_store, tmp_path, capsys):
    """rivera2021's only pair of rates is dropout (18% vs 12%): not the absolute risk of depression."""
    found = _check(demo_store, tmp_path, capsys, "Exercise cuts depression risk by 30% [@rivera2021].")
    assert all("18%" not in f["message"] and "12%" not in f["message"] for f in found)
    assert "relative_risk_only" not in _kinds(found)


def test_dropout_claim_is_still_compared_with_the_dropout_rate(demo_store, tmp_path, capsys):
    found = _kinds(_check(demo_store, tmp_path, capsys, "In the trials, 30% of people dropped out [@rivera2021]."))
    assert found["number_mismatch"]["message"].startswith("The source says 18%, the script says 30%.")


def test_absolute_figures_come_with_their_groups_in_the_claims_direction(demo_store, tmp_path, capsys):
    found = _kinds(_check(demo_store, tmp_path, capsys, "Exercise cuts depression risk by 17% [@chen2019]."))
    message = found["relative_risk_only"]["message"]
    assert "9.1% of inactive participants vs 7.4% of active participants" in message
    assert "→" not in message and "number_mismatch" not in found


def test_a_relative_figure_is_compared_with_the_sources_relative_figure(demo_store, tmp_path, capsys):
    found = _kinds(_check(demo_store, tmp_path, capsys, "Depression risk fell by 50% [@chen2019]."))
    number = found["number_mismatch"]
    assert number["text"] == "50%"
    assert number["message"].startswith("The source says 17% lower risk, the script says 50%.")
    assert [s["text"] for s in number["suggestions"]] == ["17%"]


@pytest.mark.parametrize("sentence, figure, source_says", [
    ("Researchers pooled 30 trials [@rivera2021].", "30", "The source says 24 trials"),
    ("Exercise reduced depressive symptoms by 30% [@rivera2021].", "30%", "depressive symptoms"),
    ("Exercise cures depression in 90% of people [@rivera2021].", "90%", "depressive symptoms"),
    ("Exercise cuts depression risk by 30% [@rivera2021].", "30%", "depressive symptoms"),
])
def test_made_up_numbers_behind_a_citation_are_flagged(demo_store, tmp_path, capsys, sentence, figure, source_says):
    found = _kinds(_check(demo_store, tmp_path, capsys, sentence))
    number = found["number_mismatch"]
    assert number["text"] == figure
    assert source_says in number["message"]
    assert "18%" not in number["message"] and "68%" not in number["message"]


@pytest.mark.parametrize("sentence", [
    "Researchers pooled 24 trials with 2,140 participants [@rivera2021].",
    "Sessions lasted 30 to 45 minutes, three times a week [@rivera2021].",
    "Dropout was 18% with exercise and 12% in the control arms [@rivera2021].",
    "People who exercised had a 17% lower risk of depression: 7.4% of active vs 9.1% of inactive people "
    "[@chen2019].",
])
def test_faithful_figures_pass(demo_store, tmp_path, capsys, sentence):
    assert [f for f in _check(demo_store, tmp_path, capsys, sentence)
            if f["kind"] in ("number_mismatch", "relative_risk_only", "population_dropped")] == []
