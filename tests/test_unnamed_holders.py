"""A title asked of a place whose member holds another ("who is the water manager in
Krageby?") has a holder the article never names: no "No" to a question that asked who, on the
invented fixture knowledge; asked yes or no, it is still a "No"."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    "question",
    ["who is the water manager in Krageby?", "hvem er vandchef i Krageby?", "Who is LWB's head of research?"],
)
def test_who_holds_a_title_at_a_place_with_no_such_member_is_not_answered_no(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    words = fold(answer.text).split()
    assert words[0] not in ("no", "nej") and {"not", "ikke"} & set(words) and answer.outcome == "negative", answer.text


@pytest.mark.parametrize(
    ("question", "member"),
    [("Is there a water manager from Krageby?", "Falkesen"), ("Er der en vandchef fra Krageby?", "Falkesen")],
)
def test_whether_a_place_has_a_member_with_a_title_it_lacks_is_answered_no(
    fixture_engine: Engine, question: str, member: str
) -> None:
    answer = fixture_engine.ask(question)
    assert fold(answer.text).split()[0] in ("no", "nej") and member in answer.text, answer.text
