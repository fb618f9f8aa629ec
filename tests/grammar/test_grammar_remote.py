"""The real client path (language-tool-python + our /v2/check client) against a fake LanguageTool on 127.0.0.1."""

from __future__ import annotations

import time

import pytest
from fake_languagetool import FakeRule, closed_port_url

from studio.analysis.model import GRAMMAR, SPELLING, STYLE
from studio.grammar import GrammarChecker, GrammarSettings, GrammarUnavailable, check_segments, lt_rule_of
from studio.grammar import errors as E
from studio.grammar.client import utf16_to_codepoints


def started(url: str, **kw) -> GrammarChecker:
    checker = GrammarChecker(GrammarSettings(mode="server", server_url=url, **kw))
    checker.start()
    return checker


@pytest.fixture
def checker(fake_lt):
    c = started(fake_lt.url)
    yield c
    c.close()


def apply(text: str, finding, suggestion: str) -> str:
    return text[: finding.start] + suggestion + text[finding.end:]


# -- offsets ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("prefix", [
    "",
    "🎉 ",                          # one emoji (2 UTF-16 units)
    "👨‍👩‍👧 family: ",                # ZWJ sequence: 3 astral + 2 BMP joiners
    "🇫🇷🇩🇪 flags ",                  # regional indicators
    "naïve café — “quotes” ",       # BMP non-ASCII: 1 unit each
    "𝒞𝒞𝒞 maths ",                   # astral letters
])
def test_spans_point_at_the_error_whatever_comes_before(checker, prefix):
    text = f"{prefix}I saw teh cat and she go home."
    found = {f.kind: f for f in checker.check(text)}
    assert text[found[SPELLING].start:found[SPELLING].end] == "teh"
    assert found[SPELLING].text == "teh"
    assert text[found[GRAMMAR].start:found[GRAMMAR].end] == "she go"


def test_span_containing_an_emoji_has_the_right_length(fake_lt):
    fake_lt.rules = [FakeRule(r"teh 🎉", "EMOJI_RULE", "grammar", "GRAMMAR", "msg", ("the 🎉",))]
    checker = started(fake_lt.url)
    text = "🎉🎉 teh 🎉 ok"
    (f,) = checker.check(text)
    assert text[f.start:f.end] == "teh 🎉"
    assert apply(text, f, f.suggestions[0]) == "🎉🎉 the 🎉 ok"
    checker.close()


def test_quick_fixes_apply_from_the_end(checker):
    text = "🙂 Teh plan: teh nurse said she go in order to rest."
    findings = checker.check(text)
    fixed = text
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        if f.suggestions and f.text == text[f.start:f.end] and f.text != "Teh":
            fixed = apply(fixed, f, f.suggestions[0])
    assert fixed == "🙂 Teh plan: the nurse said she goes to rest."


def test_utf16_conversion_maps_every_boundary():
    text = "a🎉b👨‍👩‍👧c"
    to_cp = utf16_to_codepoints(text)
    units = 0
    for index, ch in enumerate(text):
        assert to_cp(units) == index
        units += 2 if ord(ch) > 0xFFFF else 1
    assert to_cp(units) == len(text)


# -- what a finding carries ---------------------------------------------------------------------------------
def test_kinds_messages_and_suggestions(checker):
    text = "Teh results show she go out in order to walk."
    by_kind = {f.kind: f for f in checker.check(text, segment=3)}
    assert set(by_kind) == {SPELLING, GRAMMAR, STYLE}
    spelling = by_kind[SPELLING]
    assert spelling.message == "Possible spelling mistake found."
    assert spelling.suggestions == ("the", "ten", "tech")
    assert spelling.rule_id == "languagetool.MORFOLOGIK_RULE_EN_US"
    assert lt_rule_of(spelling) == "MORFOLOGIK_RULE_EN_US"
    assert all(f.segment == 3 for f in by_kind.values())
    assert by_kind[STYLE].suggestions == ("to",)


def test_at_most_five_suggestions(fake_lt):
    fake_lt.rules = [FakeRule(r"xyz", "R", replacements=tuple(f"s{i}" for i in range(20)))]
    checker = started(fake_lt.url)
    (f,) = checker.check("xyz")
    assert f.suggestions == ("s0", "s1", "s2", "s3", "s4")
    checker.close()


def test_sends_form_encoded_text_and_language(checker, fake_lt):
    checker.check("Some text with teh & = + % signs 🎉.")
    sent = fake_lt.checks[-1]
    assert sent["text"] == "Some text with teh & = + % signs 🎉."
    assert sent["language"] == "en-US"


# -- allow-list and disabled rules --------------------------------------------------------------------------
def test_allow_list_accepts_spellings_but_keeps_grammar(fake_lt):
    fake_lt.rules = [FakeRule(r"\bsemaglutide\b", "MORFOLOGIK_RULE_EN_US"),
                     FakeRule(r"\bOzempic\b", "MORFOLOGIK_RULE_EN_US"),
                     FakeRule(r"\bteh\b", "MORFOLOGIK_RULE_EN_US"),
                     FakeRule(r"\bshe go\b", "HE_VERB_AGR", "grammar", "GRAMMAR")]
    checker = started(fake_lt.url)
    text = "Semaglutide (Ozempic pen) helps; teh dose matters and she go slow."
    found = checker.check(text, allow_list={"semaglutide", "ozempic pen"})
    assert sorted(f.text for f in found) == ["she go", "teh"]
    checker.close()


def test_disabled_rules_are_sent_and_never_reported(fake_lt):
    fake_lt.honour_disabled_rules = False   # even a server that ignores the parameter
    checker = started(fake_lt.url, disabled_rules=frozenset({"HE_VERB_AGR"}))
    found = checker.check("Teh cat and she go.")
    assert [f.text for f in found] == ["Teh"]
    assert fake_lt.checks[-1]["disabledRules"] == "HE_VERB_AGR"
    checker.set_disabled_rules({"HE_VERB_AGR", "MORFOLOGIK_RULE_EN_US"})
    assert checker.check("Teh cat and she go.") == []
    checker.close()


# -- cache --------------------------------------------------------------------------------------------------
def test_results_are_cached_per_text_and_allow_list(checker, fake_lt):
    text = "Teh cat."
    first = checker.check(text, segment=0)
    again = checker.check(text, segment=5)
    assert len(fake_lt.checks) == 1
    assert [f.segment for f in again] == [5] and again[0].start == first[0].start
    checker.check(text, allow_list={"teh"})
    checker.check("Another teh.")
    assert len(fake_lt.checks) == 3


def test_blank_text_is_not_sent(checker, fake_lt):
    assert checker.check("   \n ") == []
    assert fake_lt.checks == []


def test_long_text_is_sent_in_pieces_with_offsets_kept(checker, fake_lt):
    paragraph = "A calm sentence about sleep and health. " * 40 + "\n"
    text = paragraph * 30 + "🎉 Then teh end."
    (f,) = [f for f in checker.check(text) if f.kind == SPELLING]
    assert text[f.start:f.end] == "teh"
    assert len(fake_lt.checks) >= 2 and all(len(c["text"]) <= 20_000 for c in fake_lt.checks)


# -- failures: one clear line each --------------------------------------------------------------------------
def test_server_error_500(checker, fake_lt):
    fake_lt.status, fake_lt.body = 500, "Error: Internal Error: java.lang.OutOfMemoryError"
    with pytest.raises(GrammarUnavailable) as info:
        checker.check("Teh cat.")
    assert info.value.reason == E.SERVER_ERROR and info.value.transient
    assert "HTTP 500" in str(info.value) and fake_lt.url in str(info.value)
    assert "OutOfMemoryError" in str(info.value)


def test_rate_limit_429_says_so_and_when_to_retry(checker, fake_lt):
    fake_lt.status, fake_lt.retry_after = 429, "45"
    with pytest.raises(GrammarUnavailable) as info:
        checker.check("Teh cat.")
    assert info.value.reason == E.RATE_LIMITED
    assert "limiting requests" in str(info.value)
    assert info.value.retry_after == 45.0


def test_slow_answer_times_out(fake_lt):
    checker = started(fake_lt.url, timeout=0.3)
    fake_lt.delay = 5.0
    t0 = time.monotonic()
    with pytest.raises(GrammarUnavailable) as info:
        checker.check("Teh cat.")
    assert time.monotonic() - t0 < 3.0
    assert info.value.reason == E.TIMEOUT
    assert "did not answer within 0.3 s" in str(info.value)
    checker.close()


def test_dropped_connection(checker, fake_lt):
    fake_lt.drop = True
    with pytest.raises(GrammarUnavailable) as info:
        checker.check("Teh cat.")
    assert info.value.reason == E.UNREACHABLE and "not reachable" in str(info.value)


def test_server_down_mid_session(fake_lt):
    checker = started(fake_lt.url)
    assert checker.check("Teh cat.")
    fake_lt.stop()
    with pytest.raises(GrammarUnavailable, match="not reachable"):
        checker.check("Another teh cat.")
    checker.close()


def test_server_not_running_at_start():
    url = closed_port_url()
    checker = GrammarChecker(GrammarSettings(mode="server", server_url=url))
    with pytest.raises(GrammarUnavailable) as info:
        checker.start()
    assert info.value.reason == E.UNREACHABLE
    assert str(info.value) == f"LanguageTool ({url}) is not reachable"
    assert not checker.started


def test_not_a_languagetool_server(fake_lt):
    fake_lt.languages = ()  # valid JSON but no languages → language check fails clearly
    checker = GrammarChecker(GrammarSettings(mode="server", server_url=fake_lt.url))
    with pytest.raises(GrammarUnavailable, match="does not support the language 'en-US'"):
        checker.start()


def test_wrong_path_on_the_server(fake_lt):
    checker = GrammarChecker(GrammarSettings(mode="server", server_url=fake_lt.url + "/nothing-here"))
    with pytest.raises(GrammarUnavailable, match="HTTP 404"):
        checker.start()


def test_language_tag_is_normalised_by_language_tool_python(fake_lt):
    checker = started(fake_lt.url, language="en_us")
    checker.check("Teh.")
    assert fake_lt.checks[-1]["language"] == "en-US"
    checker.close()


def test_check_before_start_is_a_clear_error(fake_lt):
    checker = GrammarChecker(GrammarSettings(mode="server", server_url=fake_lt.url))
    with pytest.raises(GrammarUnavailable, match="has not started"):
        checker.check("Teh cat.")


def test_off_mode_never_starts():
    with pytest.raises(GrammarUnavailable, match="off"):
        GrammarChecker(GrammarSettings(mode="off")).start()


# -- the CLI entry point --------------------------------------------------------------------------------------
def test_check_segments_sets_segment_indexes(fake_lt):
    settings = GrammarSettings(mode="server", server_url=fake_lt.url)
    found, notice = check_segments(settings, ["Fine text.", "🎉 teh cat", "she go now"], frozenset())
    assert notice is None
    assert [(f.segment, f.text) for f in found] == [(1, "teh"), (2, "she go")]


def test_check_segments_reports_unavailable_server_once():
    settings = GrammarSettings(mode="server", server_url=closed_port_url())
    found, notice = check_segments(settings, ["teh"] * 5, frozenset())
    assert found == []
    assert notice is not None and "not reachable" in notice and "\n" not in notice


def test_check_segments_stops_at_the_first_server_failure(fake_lt):
    settings = GrammarSettings(mode="server", server_url=fake_lt.url, timeout=0.3)
    fake_lt.delay = 5.0
    t0 = time.monotonic()
    found, notice = check_segments(settings, ["teh a", "teh b", "teh c", "teh d"], frozenset())
    assert time.monotonic() - t0 < 3.0
    assert found == [] and "4 of 4" in notice and "did not answer" in notice


def test_check_segments_off():
    assert check_segments(GrammarSettings(mode="off"), ["teh"], frozenset()) == ([], None)


def test_unknown_server_answer(fake_lt):
    checker = started(fake_lt.url)
    fake_lt.status, fake_lt.body = 502, "<html>Bad gateway</html>"
    with pytest.raises(GrammarUnavailable, match="HTTP 502"):
        checker.check("teh")
    checker.close()


def test_citation_markers_are_not_prose(fake_lt):
    fake_lt.rules = [FakeRule(r"smith2021", "MORFOLOGIK_RULE_EN_US"),
                     FakeRule(r" \[", "WHITESPACE_BEFORE_BRACKET", "whitespace", "TYPOGRAPHY"),
                     FakeRule(r"\bteh\b", "MORFOLOGIK_RULE_EN_US")]
    checker = started(fake_lt.url)
    text = "Walking helps [@smith2021] and teh data agree [2]."
    assert [f.text for f in checker.check(text)] == ["teh"]
    checker.close()
