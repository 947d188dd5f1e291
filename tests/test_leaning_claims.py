"""Claims that lean on their answer or are put unusually (fixture knowledge: the invented water
board): a leading question behind a short label, a title claimed with "vel også" beside a
colleague, a place affirmed before a denial, a question opened by a past verb and a place on
"listen over medlemmerne" get their verdict; a false one never "That's right" or "the same place"."""

import pytest

from bot.core.conversation import Conversation
from bot.core.engine import Engine


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("For the record: isn't Falkesen from Søholt?", "No"),
        ("Quick question - isn't Falkesen from Søholt?", "No"),
        ("NB: er Falkesen ikke fra Søholt?", "Nej"),
        ("Just to confirm, isn't Falkesen from Krageby?", "Yes"),
        ("For the record: isn't it the case that the board adopted the water plan in May?", "No"),
    ],
)
def test_a_leading_question_behind_a_label_is_checked_as_its_claim(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fixture_engine.ask(question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("so Kvistgaard works for Lyngholt, not for a municipality?", "No"),
        ("Kvistgaard works for ARI, not for a municipality?", "Yes"),
        ("Is Kvistgaard from ARI, not a municipality?", "Yes"),
        ("Is Kvistgaard from Krageby, not ARI?", "No"),
    ],
)
def test_a_place_affirmed_before_a_denial_must_hold_for_a_yes(fixture_engine: Engine, claim: str, verdict: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


def test_a_title_claimed_with_vel_ogsaa_beside_a_colleague_gets_no_when_false(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask(
        "Jonas Vinterberg er vel også teknik- og miljødirektør i Mosevang, ligesom Helle Strandgaard? "
        "Man bliver jo forvirret, når der står to navne på samme linje."
    )
    assert answer.text.startswith("Nej")
    assert "vandchef" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("startede ledningsaftalerne i 2026?", "Ja"),
        ("startede ledningsaftalerne i 2024?", "Nej"),
        ("var det ARI der nedsatte styregruppen?", "Nej"),
    ],
)
def test_a_danish_yes_no_question_may_open_with_a_past_verb(fixture_engine: Engine, claim: str, verdict: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Startede ledningsaftalerne ikke i 2024?", "Nej"),
        ("Startede ledningsaftalerne ikke i 2026?", "Jo"),
    ],
)
def test_a_leading_question_opening_with_a_past_verb_leans_on_its_claim(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Er Ingrid Falkesen den første, som står på listen over medlemmerne?", "Ja"),
        ("Er Tobias Ravnkilde den første, som står på listen over medlemmerne?", "Nej"),
        ("Ingrid Falkesen står først på listen over medlemmerne, korrekt?", "Ja"),
        ("Tobias Ravnkilde står først på listen over medlemmerne, korrekt?", "Nej"),
    ],
)
def test_a_place_claimed_on_the_list_over_the_members_gets_its_verdict(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Is it the case that LWB set up the steering group?", "Yes"),
        ("Isn't it the case that ARI set up the steering group?", "No"),
    ],
)
def test_is_it_the_case_that_frames_a_claim(fixture_engine: Engine, claim: str, verdict: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Styregruppen består kun af folk fra Krageby, ikke?", "Nej."),
        ("Are all the members from ARI?", "No."),
        ("Er Krageby med?", "Ja."),
        ("is ARI in the steering group at all?", "Yes."),
    ],
)
def test_the_whole_group_claimed_from_one_seat_gets_no(fixture_engine: Engine, claim: str, verdict: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    "claim", ["Så Kvistgaard har bare udpeget sig selv som formand?", "Was Kvistgaard elected chair by the members?"]
)
def test_who_chose_a_member_is_never_confirmed_on_the_seat_alone(fixture_engine: Engine, claim: str) -> None:
    answer = fixture_engine.ask(claim)
    assert not answer.text.startswith(("Ja", "Yes", "Nej", "No"))
    assert "Rasmus Kvistgaard" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Vandplanen har tre temaer, og tema 2 er klimatilpasning.", "Nej."),
        ("Vandplanen har tre temaer, og tema 3 er klimatilpasning?", "Ja."),
        # the bare ordinal is one of the things the first clause counted
        ("der er 3 temaer og det første handler om ledningstab, ik?", "Nej."),
        ("there are three themes and the second is about drinking water, right?", "No."),
        ("there are three themes and the first one is about leakage, right?", "No."),
    ],
)
def test_a_yes_to_one_clause_is_no_yes_to_a_claim_whose_other_clause_is_false(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Til nyhedsbrevet: 'LWB har nedsat en styregruppe, og ARI er repræsenteret ved Rasmus Kvistgaard.' "
            "Er det i orden?",
            "Ja.",
        ),
        ("Our line: Ingrid Falkesen is from Krageby and Tobias Ravnkilde is from Lyngholt. Both right?", "Yes."),
        ("Draft: Ingrid Falkesen is from Krageby and Tobias Ravnkilde is from Mosevang. Correct?", "No."),
    ],
)
def test_a_press_line_of_two_clauses_holds_when_each_clause_holds_on_its_own(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert answer.text.startswith(verdict)
    if verdict == "No.":
        assert "Lyngholt" in answer.text  # the clause that fails, with the true seat


def test_names_joined_under_one_claim_are_not_judged_as_clauses(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Er Ingrid Falkesen og Tobias Ravnkilde begge forsyningsdirektører?")
    assert answer.text.startswith("Ja")
    assert "Ingrid Falkesen" in answer.text and "Tobias Ravnkilde" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Ingrid Falkesen, Krageby, og Tobias Ravnkilde, Lyngholt - begge forsyningsdirektører?", "Ja."),
        ("Ingrid Falkesen fra Krageby og Tobias Ravnkilde fra Mosevang - begge forsyningsdirektører?", "Nej."),
    ],
)
def test_a_place_right_after_a_name_is_that_ones_where_a_title_is_said_of_both(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


def test_the_municipalities_as_the_object_of_a_verb_claim_no_seat_for_the_member(fixture_engine: Engine) -> None:
    assert not fixture_engine.ask("Kvistgaard credits the municipalities for the result, true?").text.startswith("No")


@pytest.mark.parametrize(
    "claim", ["so the chair is some mayor from Krageby", "formanden er vel borgmester i Lyngholt?"]
)
def test_a_chair_placed_elsewhere_with_an_office_gets_no_and_who_chairs(fixture_engine: Engine, claim: str) -> None:
    answer = fixture_engine.ask(claim)
    assert answer.text.startswith(("No", "Nej"))
    assert "Rasmus Kvistgaard" in answer.text


@pytest.mark.parametrize(
    "claim",
    [
        "Ingrid Falkesen is from Krageby and is water manager there, right?",
        "Ingrid Falkesen is a utilities director and from Lyngholt, right?",
        "Ingrid Falkesen er forsyningsdirektør og sidder for Lyngholt, ikke?",
    ],
)
def test_a_second_clause_without_a_subject_of_its_own_is_never_judged_alone(fixture_engine: Engine, claim: str) -> None:
    assert fixture_engine.ask(claim).text.startswith("No") or fixture_engine.ask(claim).text.startswith("Nej")


def test_didnt_they_say_a_wrong_figure_gets_no(fixture_engine: Engine) -> None:
    state = Conversation()
    for turn in ("hvor meget har ledningsaftalerne sparet?", "sagde de ikke 24 mia??"):
        answer, state = fixture_engine.converse(turn, state, now=1000.0)
    assert answer.text.startswith("Nej."), answer.text


def test_doesnt_it_say_the_right_figure_gets_jo(fixture_engine: Engine) -> None:
    question = "står der ikke at ledningsaftalerne har givet et besparelsespotentiale på 2,4 mia?"
    assert fixture_engine.ask(question).text.startswith("Jo."), question


def test_a_second_clause_never_checked_gets_no_yes_from_the_first(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("der er 3 temaer og det sidste handler om drikkevand, ik?")
    assert not answer.text.startswith(("Ja", "Yes")), answer.text


@pytest.mark.parametrize("turn", ["er LWB så en kommune?", "Is LWB then a municipality?"])
def test_a_kind_of_place_claimed_of_a_members_organisation_is_no_claim_about_the_member(
    fixture_engine: Engine, turn: str
) -> None:
    _, state = fixture_engine.converse("who is Helle Birkmose?", Conversation(), now=1000.0)
    answer, _ = fixture_engine.converse(turn, state, now=1001.0)
    assert answer.text.startswith(("Nej", "No")), answer.text
