"""Ways of pointing back at the member last talked about, and a lasting language request told
beside a question (fixture knowledge: the invented water board)."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer

Talk = Callable[[Sequence[str]], Answer]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Hvilken stilling har vedkommende?",
        "hvad er vedkommendes titel?",
        "where's that guy from?",
        "what is that dude's title?",
        "hvad er den fyrs titel?",
        "hvor kommer den fyr fra?",
    ],
)
def test_the_one_pointed_at_is_the_member_last_talked_about(fixture_talk: Talk, follow_up: str) -> None:
    answer = fixture_talk(["hvem repræsenterer Lyngholt?", follow_up])
    assert answer.answered
    assert "Ravnkilde" in answer.text


def test_a_woman_pointed_at_is_not_taken_for_the_man_last_talked_about(fixture_talk: Talk) -> None:
    answer = fixture_talk(["hvem repræsenterer Lyngholt?", "hvad er den dames titel?"])
    assert "Ravnkilde" not in answer.text


def test_someone_described_by_their_place_is_not_the_one_last_talked_about(fixture_talk: Talk) -> None:
    answer = fixture_talk(["hvem repræsenterer Lyngholt?", "what is the title of that woman from Krageby?"])
    assert "Falkesen" in answer.text


@pytest.mark.parametrize(
    ("turns", "english"),
    [
        (
            [
                "Jeg laver en engelsk udgave af nyhedsbrevet, så svar på engelsk fra nu af, tak. Hvem er formand?",
                "Hvad er hans titel?",
            ],
            True,
        ),
        (
            [
                "Svar på engelsk fra nu af. Hvem er formand?",
                "Fint, så tilbage til dansk fra nu af. Hvem er formand?",
                "Hvad er hans titel?",
            ],
            False,
        ),
    ],
)
def test_a_lasting_language_request_beside_a_question_holds_for_later_turns(
    fixture_talk: Talk, turns: list[str], english: bool
) -> None:
    answer = fixture_talk(turns)
    assert answer.answered
    assert (answer.language == "en") is english


@pytest.mark.parametrize(
    ("follow_up", "start"),
    [("and he's on the steering group too?", "Yes"), ("someone here says he's the chair - true?", "No")],
)
def test_he_is_contracted_is_still_a_claim_about_the_one_last_talked_about(
    fixture_talk: Talk, follow_up: str, start: str
) -> None:
    answer = fixture_talk(["who represents Lyngholt?", follow_up])
    assert answer.text.startswith(start)
    assert "Ravnkilde" in answer.text


@pytest.mark.parametrize("who_said", ["who said that thing?", "who said all that?", "hvem sagde det hele?"])
def test_who_said_a_loosely_named_thing_is_who_said_the_last_answer(fixture_talk: Talk, who_said: str) -> None:
    answer = fixture_talk(["what did ARI say about the plan?", who_said])
    assert "Kvistgaard" in answer.text


@pytest.mark.parametrize("remark", ["is it still raining in Søholt?", "is it raining over there?"])
def test_the_english_it_never_stands_for_the_member_last_talked_about(fixture_talk: Talk, remark: str) -> None:
    answer = fixture_talk(["hvem er formand", remark])
    assert not answer.text.startswith(("No", "Yes"))
    assert "Kvistgaard" not in answer.text


@pytest.mark.parametrize(
    ("turns", "place"), [(["hvem er formand", "og fra?"], "ARI"), (["who is Brandtoft", "from?"], "Søholt")]
)
def test_a_lone_from_after_a_member_asks_where_that_member_is_from(
    fixture_talk: Talk, turns: list[str], place: str
) -> None:
    answer = fixture_talk(turns)
    assert answer.answered
    assert place in answer.text


def test_a_request_about_what_the_member_leads_puts_up_no_claim(fixture_talk: Talk) -> None:
    answer = fixture_talk(["who chairs the group", "tell me more about the steering group he leads"])
    assert not answer.text.startswith("Yes")


def test_it_set_up_after_the_old_group_is_the_new_group_whose_chair_is_asked_next(fixture_talk: Talk) -> None:
    turns = [
        "Why was the new steering group set up?",
        "what happened to the old one?",
        "who set it up?",
        "who chairs it?",
    ]
    assert "Rasmus Kvistgaard" in fixture_talk(turns).text


def test_the_full_name_asked_alone_after_a_place_is_its_members(fixture_talk: Talk) -> None:
    answer = fixture_talk(["søholt?", "fuldt navn"])
    assert answer.answered
    assert "Aksel Brandtoft" in answer.text
