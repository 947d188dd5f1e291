"""Hearsay told without a question mark ("min kollega siger at …"), and emoji after a question's
mark, on the invented fixture knowledge: the claim inside is checked as if it were asked."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("min kollega siger at formanden er Kvistgaard", "ja"),
        ("min kollega siger at formanden er Falkesen", "nej"),
        ("my colleague says Falkesen is from Lyngholt 🙏", "no"),
        ("my colleague says Falkesen is from Krageby, true? 😊", "yes"),
        ("Sofie says Falkesen is from Lyngholt 🤓 right?", "no"),
        ("Sofie says Falkesen is from Krageby 😅 right?", "yes"),
    ],
)
def test_hearsay_told_as_a_statement_gets_its_claim_checked(fixture_engine: Engine, message: str, verdict: str) -> None:
    answer = fixture_engine.ask(message)
    assert fold(answer.text).split()[0] == verdict, answer.text


def test_a_question_about_what_someone_says_is_no_hearsay_to_check(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvad siger Kvistgaard om den nye styregruppe")
    assert fold(answer.text).split()[0] not in {"ja", "nej"}, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "So Krageby sends its vandchef, like everyone else?",
        "So Mosevang sends its forsyningsdirektør, like everyone else?",
    ],
)
def test_what_the_article_does_say_beside_a_claim_it_cannot_check_carries_no_verdict_of_its_own(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "not_in_article", answer.text
    assert not {"no", "yes", "nej", "ja"} & set(fold(answer.text).split()[1:12]), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("I heard Ingrid Falkesen is from Krageby", "yes"), ("I heard Falkesen is from Lyngholt", "no")],
)
def test_heard_is_read_as_a_reporting_verb_not_corrected_to_a_title_word(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Apparently Falkesen is from Lyngholt", "no"),
        ("Apparently Ingrid Falkesen is from Krageby", "yes"),
        ("Reportedly LWB chairs the group", "no"),
    ],
)
def test_a_claim_told_as_heard_with_an_adverb_is_checked(fixture_engine: Engine, question: str, verdict: str) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Jeg har ladet mig fortælle, at besparelsespotentialet beløber sig til 3,4 mia. kr. Er dette korrekt?", "nej"),
        (
            "Jeg har ladet mig fortælle, at besparelsespotentialet beløber sig til godt 2,4 mia. kr. Er dette korrekt?",
            "ja",
        ),
        ("I have read that the savings potential is 3.4 billion. Is that the figure?", "no"),
    ],
)
def test_a_last_sentence_asking_to_confirm_gets_the_verdict_on_the_claim_before_it(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] == verdict


def test_a_last_sentence_of_a_name_and_a_tag_is_no_claim_of_its_own(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Ingrid Falkesen – forsyningsdirektør, Krageby? Nej vent, Lyngholt. Lyngholt, korrekt?")
    assert "Ja. Lyngholt Kommune" not in answer.text, answer.text
