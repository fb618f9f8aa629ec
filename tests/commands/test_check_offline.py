"""``studio check`` without ``--grammar`` never goes online: checking a script opens no socket beyond this
machine (the app's start is covered in tests/ui/test_grammar_consent.py)."""

from __future__ import annotations

import pytest

from studio.cli import main

SCRIPT = "# Hook\nWalking for 30 minutes a day cuts the risk of depression by 25%.\n"


@pytest.fixture(autouse=True)
def _shared_analyzer(monkeypatch, analyzer):
    monkeypatch.setattr("studio.commands.check._analyzer", lambda language="en": analyzer)


def test_check_opens_no_socket(tmp_path, capsys, network_attempts) -> None:
    path = tmp_path / "script.md"
    path.write_text(SCRIPT, encoding="utf-8")
    main(["--store", str(tmp_path / "lib.studio.db"), "check", str(path)])
    assert "25%" in capsys.readouterr().out
    assert network_attempts == []
