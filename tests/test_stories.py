"""Long messages that tell a story around their question, and the group named by its field
(fixture knowledge: the invented water board)."""

import pytest

from bot.core.engine import Engine

STORIES = [
    (
        "Goddag, jeg læste forleden i avisen om den nye styregruppe, og min nabo mente at der sad en "
        "fra Mosevang med, men jeg kan ikke huske hvem det var, så hvem er det egentlig fra Mosevang "
        "Kommune, hvis du ved det?",
        "Strandgaard",
    ),
    (
        "Hello, I read in the paper the other day about the new steering group, and my neighbour thought "
        "someone from Krageby sits on it, but I cannot remember the name, so who represents Krageby "
        "Kommune, if you know?",
        "Falkesen",
    ),
    (
        "Undskyld jeg forstyrrer, jeg er en ældre herre fra Lyngholt, og jeg har ikke så godt styr på "
        "computere, men jeg vil gerne vide hvem der repræsenterer Lyngholt Kommune i styregruppen, tak",
        "Ravnkilde",
    ),
]


@pytest.mark.parametrize(("story", "member"), STORIES)
def test_a_long_story_is_answered_by_the_question_in_its_last_clause(
    fixture_engine: Engine, story: str, member: str
) -> None:
    answer = fixture_engine.ask(story)
    assert answer.outcome == "answer"
    assert member in answer.text


def test_a_story_asking_of_a_place_told_before_its_question_names_no_member(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask(
        "Goddag. Jeg arbejder i Egemose Kommune og vil gerne vide, hvem der repræsenterer os i den nye "
        "styregruppe, så jeg kan tage kontakt."
    )
    assert not any(name in answer.text for name in ("Falkesen", "Ravnkilde", "Strandgaard", "Brandtoft"))


def test_a_conversations_rewritten_turn_is_not_read_as_a_story(fixture_engine: Engine) -> None:
    # A follow-up rewritten from earlier turns ("Og det tredje tema?" put into the last
    # question's words) is no story: its last clause is words of an earlier turn.
    story, _ = STORIES[0]
    assert fixture_engine.ask_in(story, "da").outcome != "answer"


@pytest.mark.parametrize(
    "question",
    ["hvem repræsenterer Krageby i styregruppen for vand?", "who represents Krageby on the steering group for water?"],
)
def test_the_group_named_by_its_field_is_the_group(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer"
    assert "Falkesen" in answer.text


@pytest.mark.parametrize(
    "message",
    [
        "Vores forsyning bruger de fælles ledningsaftaler. Hvad er det?",
        "Our utility uses the pipe agreements. What are they?",
    ],
)
def test_a_pronoun_after_a_sentence_naming_a_subject_stands_for_that_subject(
    fixture_engine: Engine, message: str
) -> None:
    answer = fixture_engine.ask(message)
    assert answer.answered
    assert "ledningsaftale" in answer.text


def test_a_request_to_confirm_after_a_claim_is_no_pronoun_for_its_subject(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Vi skriver, at det gamle ledningsråd fortsætter som arbejdsgruppe. Kan det passe?")
    assert not answer.text.startswith("Ja")
