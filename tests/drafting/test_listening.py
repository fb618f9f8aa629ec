"""Drafts rewritten for listening: short sentences, result first, spoken numbers, a hook from the top finding
(never the title or file name), on-screen text that keeps the caveat or is left out."""

from __future__ import annotations

from dataclasses import dataclass

from studio.drafting import draft_script
from studio.drafting.hook import make_hook, question_for
from studio.drafting.listening import for_listening, result_first, split_clauses, spoken_numbers
from studio.drafting.screen import screen_text

WALK = ("Results: 52 of 60 participants (87%) completed the programme and attended a median of 29 of 36 walks. "
        "At 12 weeks, depressive symptom scores were lower in the walking group than on the waiting list. "
        "Conclusions: A volunteer-led walking group was feasible and acceptable, and was associated with fewer "
        "depressive symptoms after 12 weeks.")


@dataclass
class Src:
    key: str = "walk-summary"
    title: str = "walk-summary"
    summary: str = WALK
    journal: str = ""
    year: int | None = None


def test_result_comes_first_and_long_openers_follow_it():
    assert result_first("At 12 weeks, scores were lower in the walking group.") == [
        "Scores were lower in the walking group at 12 weeks."]
    assert result_first("After adjustment for age, sex, income and illness, activity was associated with a "
                        "lower risk.") == ["Activity was associated with a lower risk.",
                                           "That was after adjustment for age, sex, income and illness."]


def test_clauses_become_sentences():
    assert split_clauses("The drug reduced pain and improved sleep in most of the people who took it.") == [
        "The drug reduced pain.", "It improved sleep in most of the people who took it."]
    assert split_clauses("Sleep improved in the first weeks; the effect faded by six months.") == [
        "Sleep improved in the first weeks.", "The effect faded by six months."]


def test_numbers_are_said_the_way_people_hear_them():
    assert spoken_numbers("About 28% of women had a second visit.") == "About 28 in 100 women had a second visit."
    # the same figure twice is said once; a relative change stays relative
    assert spoken_numbers("52 of 60 participants (87%) finished.") == "52 of 60 participants finished."
    assert spoken_numbers("It was a 17% lower risk.") == "It was a 17% lower risk."


def test_long_source_sentence_is_split_for_the_ear():
    out = for_listening("52 of 60 participants (87%) completed the programme and attended a median of 29 of 36 walks.")
    assert out == ["52 of 60 participants completed the programme.", "They attended a median of 29 of 36 walks."]


def test_hook_is_a_question_from_the_top_finding_never_the_file_name():
    draft = draft_script(None, Src())
    hook = draft.segments[0].spoken
    assert "walk-summary" not in hook and "dive in" not in hook.lower()
    assert hook == "Were depressive symptom scores lower in the walking group?"
    assert question_for("Exercise was associated with a moderate reduction in depressive symptoms at the end of "
                        "treatment.") == "Is exercise linked to a moderate reduction in depressive symptoms?"


def test_hook_falls_back_to_the_striking_number():
    hook = make_hook(["Dropout was 18 in 100 in exercise arms and 12 in 100 in control arms."], [], "")
    assert hook.text == "18 in 100 versus 12 in 100: here's what that gap means." and hook.cited


def test_on_screen_text_keeps_the_caveat_or_is_left_out():
    assert screen_text(["People who were active had better sleep, though sleep was self-reported, "
                        "in 12% more nights."]) == "12% · self-reported"
    long = ["A volunteer-led walking group was feasible and acceptable to older adults who took part in it."]
    assert screen_text(long) == ""


def test_draft_beats_are_plain_and_cited():
    draft = draft_script(None, Src())
    findings = [s for s in draft.segments if s.role == "finding"]
    assert findings and all("[@walk-summary]" in s.spoken for s in findings)
    assert not any("…" in s.on_screen for s in draft.segments)
    assert any(s.spoken.startswith("52 of 60 people completed the programme [@walk-summary].") for s in findings)


def test_more_finding_shapes_become_questions():
    assert question_for("Melatonin made little or no difference to total sleep time in older adults.") == \
        "Does melatonin change total sleep time?"
    assert question_for("The results suggest that exercise reduced anxiety.") == "Can exercise reduce anxiety?"
    assert question_for("Walking groups were more effective than usual care at six months.") == \
        "Are walking groups more effective than usual care?"


def test_no_question_from_a_sentence_whose_subject_hides_a_verb():
    assert question_for("Active warming was found to reduce mean time taken to achieve normothermia.") is None
    assert question_for("Neither nicotine lozenges nor varenicline were shown to increase cessation.") is None
