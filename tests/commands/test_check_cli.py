"""``studio check`` as a content team uses it: reports, JSON, batch mode, exit codes, bad input."""

from __future__ import annotations

import io
import json

import pytest

from studio.cli import main

SCRIPT = """# Hook
Can a walk a day keep the blues away?

# Finding
Walking for 30 minutes a day cuts the risk of depression by 25%.
A randomized controlled trial tested it [@smith2021].

# Call to action
Follow for more!
"""


@pytest.fixture(autouse=True)
def _shared_analyzer(monkeypatch, analyzer):
    """Reuse the session's Analyzer instead of loading spaCy for every command."""
    monkeypatch.setattr("studio.commands.check._analyzer", lambda language="en": analyzer)


@pytest.fixture
def script(tmp_path):
    path = tmp_path / "walk.md"
    path.write_text(SCRIPT, encoding="utf-8")
    return path


def test_readable_report(script, capsys):
    assert main(["check", str(script)]) == 0
    out = capsys.readouterr().out
    assert "Speaking time" in out and "Grade level" in out
    assert "uncited_claim" in out and "cuts the risk of depression" in out
    assert "## Finding" in out          # findings grouped by segment
    assert "5:1" in out                 # file line:column of the claim


def test_json_output_shape(script, capsys):
    assert main(["check", str(script), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    for key in ("grade", "reading_ease", "words", "sentences", "speaking_seconds", "jargon_ratio",
                "uncited_claims"):
        assert key in doc["metrics"]
    assert doc["metrics"]["uncited_claims"] >= 1
    kinds = {f["kind"] for f in doc["findings"]}
    assert "uncited_claim" in kinds and "unresolved_citation" in kinds
    for f in doc["findings"]:
        assert {"kind", "start", "end", "text", "message", "suggestions", "score", "segment"} <= f.keys()
    segs = [s["name"] for s in doc["segments"]]
    assert segs == ["Hook", "Finding", "Call to action"]
    texts = [s for s in SCRIPT.split("\n# ")]
    assert len(texts) == 3


def test_fail_on(script, capsys):
    assert main(["check", str(script), "--fail-on", "uncited_claim"]) == 1
    assert main(["check", str(script), "--fail-on", "number_mismatch"]) == 0


def test_unknown_fail_on_kind_is_one_clear_line(script, capsys):
    assert main(["check", str(script), "--fail-on", "typo_kind"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "typo_kind" in err[0]


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Studies show coffee cures cancer.")))
    assert main(["check", "-", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert any(f["kind"] == "uncited_claim" for f in doc["findings"])


def test_jsonl_batch(tmp_path, capsys):
    lines = [json.dumps({"id": "a", "text": "Coffee cuts diabetes risk by 30%."}),
             json.dumps({"id": "b", "text": "Hi everyone! Follow for more."}),
             "{not json",
             json.dumps({"id": "c", "text": "😀 Doctors agree that sleep is everything. 👩‍⚕️"})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["check", "--jsonl", str(path)]) == 0          # one bad line: reported, others kept
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", 3, "c"]
    assert "error" in out[2]
    assert any(f["kind"] == "uncited_claim" for f in out[0]["findings"])
    assert not any(f["kind"] == "uncited_claim" for f in out[1]["findings"])
    for o in (out[0], out[1], out[3]):
        assert "speaking_seconds" in o["metrics"]


def test_jsonl_bad_lines_get_error_objects_and_the_batch_goes_on(tmp_path, capsys):
    text = "Coffee cuts diabetes risk by 30%."
    lines = [b'{"id": "s1", "text": "Bad \\ud800 surrogate. Coffee cuts diabetes risk by 30%."}',
             b'{"id": "bytes", "text": "caf\xe9"}',
             b'{"id": "nojson", "text": ',
             b'{"id": 7, "txt": "wrong field"}',
             b'["not", "an", "object"]',
             b'{"id": "\\udc00x", "text": 5}',
             json.dumps({"id": "ok", "text": text}).encode()]
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    assert main(["check", "--jsonl", str(path)]) == 0
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [o["id"] for o in out] == ["s1", "bytes", "nojson", 7, 5, "\ufffdx", "ok"]
    assert [("error" in o) for o in out] == [False, True, True, True, True, True, False]
    assert "UTF-8" in out[1]["error"] and "JSON" in out[2]["error"] and '"text"' in out[3]["error"]
    assert [o["line"] for o in out if "error" in o] == [2, 3, 4, 5, 6]
    # The surrogate became U+FFFD, one character for one: the claim's offsets are those of the text as sent.
    claim = next(f for f in out[0]["findings"] if f["kind"] == "uncited_claim")
    sent = "Bad \ud800 surrogate. Coffee cuts diabetes risk by 30%."
    assert sent[claim["start"]:claim["end"]] == claim["text"]
    assert "5 of 7 lines could not be checked" in captured.err
    assert "Traceback" not in captured.err


def test_jsonl_fail_on_still_exits_1_with_bad_lines(tmp_path, capsys):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "Coffee cuts diabetes risk by 30%."}\n{broken\n', encoding="utf-8")
    assert main(["check", "--jsonl", str(path), "--fail-on", "uncited_claim"]) == 1
    assert main(["check", "--jsonl", str(tmp_path / "missing.jsonl")]) == 2     # the whole run failed


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 latin-1", "UTF-8"),
])
def test_bad_input_is_one_line_exit_2(tmp_path, capsys, content, message):
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def test_file_and_jsonl_together_is_an_error(script, capsys):
    assert main(["check", str(script), "--jsonl", str(script)]) == 2
    assert main(["check"]) == 2


def test_project_resolves_citations(tmp_path, script, capsys):
    store = str(tmp_path / "lib.db")
    assert main(["--store", store, "projects", "new", "Walking"]) == 0
    assert main(["--store", store, "sources", "add", "--project", "Walking", "--title", "Walking and mood",
                 "--key", "smith2021", "--summary", "Walking was associated with lower depression risk."]) == 0
    capsys.readouterr()
    assert main(["--store", store, "check", "--project", "Walking", str(script), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert not any(f["kind"] == "unresolved_citation" for f in doc["findings"])
    assert main(["--store", store, "check", "--project", "Nope", str(script)]) == 2


def test_issue_examples_with_project_sources(tmp_path, capsys):
    """The three source-check examples: an observed difference is not inflation, a relative risk names the
    absolute figures, "will cure" against "can reduce" is flagged."""
    from tests.analysis.test_consistency_examples import CHEN, WALK

    store = str(tmp_path / "lib.db")
    assert main(["--store", store, "projects", "new", "Demo"]) == 0
    for key, summary in (("chen2019", CHEN), ("walk2024", WALK)):
        assert main(["--store", store, "sources", "add", "--project", "Demo", "--title", key, "--key", key,
                     "--summary", summary]) == 0
    path = tmp_path / "examples.md"
    path.write_text("# A\nPeople who exercised had a 17% lower risk of depression [@chen2019].\n\n"
                    "# B\nExercise cuts depression risk by 17% [@chen2019].\n\n"
                    "# C\nWalking will cure depression [@walk2024].\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--store", store, "check", "--project", "Demo", str(path), "--format", "json"]) == 0
    found = {(f["segment"], f["kind"], f["text"]): f for f in json.loads(capsys.readouterr().out)["findings"]}
    by_segment = {seg: sorted(kind for s, kind, _ in found if s == seg) for seg in (0, 1, 2)}
    assert "certainty_inflated" not in by_segment[0]
    assert "7.4%" in found[(1, "relative_risk_only", "risk by 17%")]["message"]
    will = found[(2, "certainty_inflated", "will")]["suggestions"]
    assert [s["text"] for s in will] == ["may"]
    assert will[0]["result"] == "Walking may cure depression [@walk2024]."


def test_grammar_from_own_server(tmp_path, capsys):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "grammar"))
    from fake_languagetool import FakeLanguageTool

    path = tmp_path / "s.txt"
    path.write_text("😀 Walking is teh best medicine, she go every day.", encoding="utf-8")
    with FakeLanguageTool() as server:
        assert main(["check", str(path), "--grammar", server.url, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    spelling = [f for f in doc["findings"] if f["kind"] == "spelling"]
    assert [f["text"] for f in spelling] == ["teh"]
    the = next(s for s in spelling[0]["suggestions"] if s["text"] == "the")
    assert the["result"] == "😀 Walking is the best medicine, she go every day."
    assert any(f["kind"] == "grammar" and f["text"] == "she go" for f in doc["findings"])


def test_grammar_server_down_keeps_other_checks(tmp_path, capsys):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path = tmp_path / "s.txt"
    path.write_text("Studies show walking cures depression.", encoding="utf-8")
    assert main(["check", str(path), "--grammar", f"http://127.0.0.1:{port}", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert any("grammar not checked" in n for n in doc.get("notes", []))
    assert any(f["kind"] == "uncited_claim" for f in doc["findings"])


@pytest.mark.parametrize("text", ["", "\U0001F600\U0001F600 \U0001F389\n"])
def test_a_script_with_no_words_says_there_is_nothing_to_check(tmp_path, capsys, text):
    path = tmp_path / "empty.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "nothing to check: the script has no words" in out
    assert "Reading ease" not in out and "Grade level" not in out      # no praise for nothing
    assert main(["check", str(path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["notes"][0] == "nothing to check: the script has no words"
    assert doc["metrics"]["grade"] is None and doc["metrics"]["reading_ease"] is None
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    assert main(["check", "--jsonl", str(batch)]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["notes"] == ["nothing to check: the script has no words"] and line["metrics"]["grade"] is None
