"""A request for the last answer in another language, followed by a remark on why (fixture
knowledge): the remark asks nothing, so the last answer comes again in that language."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer


@pytest.mark.parametrize(
    ("wish", "lang"),
    [
        ("Give me that in Danish please, it's going straight into a client email.", "da"),
        ("Kan du sige det på dansk, jeg skal sende det til en kollega.", "da"),
        ("Kan du sige det på engelsk? Jeg skal sende det til en kollega.", "en"),
    ],
)
def test_a_language_request_with_a_remark_repeats_the_last_answer_in_that_language(
    fixture_talk: Callable[[Sequence[str]], Answer], wish: str, lang: str
) -> None:
    first = "Who chairs the steering group?" if lang == "da" else "Hvem er formand for styregruppen?"
    answer = fixture_talk([first, wish])
    assert answer.language == lang
    assert "Kvistgaard" in answer.text


def test_a_remark_that_asks_its_own_question_is_answered_instead(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["Who chairs the steering group?", "In Danish please, and who is from Krageby?"])
    assert "Falkesen" in answer.text
