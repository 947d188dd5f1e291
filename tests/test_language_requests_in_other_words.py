"""Asking for the last answer, or every answer, in the other language in the words chat uses
(fixture knowledge: the invented water board)."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer


@pytest.mark.parametrize(
    ("turns", "opening"),
    [
        (["What is theme 1?", "ok now same in danish"], "Tema 1"),
        (["What is theme 1?", "again but in danish"], "Tema 1"),
        (["Hvad er tema 1?", "Kunne De skrive det svar på engelsk, please?"], "Theme 1"),
        (
            ["Hvad er tema 1?", "+1 kan vi få svarene på engelsk fra nu af? vi har en gæst", "hvad er tema 2 så?"],
            "Theme 2",
        ),
        (
            [
                "What is theme 1?",
                "Please, now can you answer only in Danish from now on? I want to practise.",
                "and theme 2?",
            ],
            "Tema 2",
        ),
        (
            [
                "Hvad er tema 1?",
                "From now on please answer in English only, also when I write some Danish words.",
                "og tema 2?",
            ],
            "Theme 2",
        ),
    ],
)
def test_the_language_asked_for_is_the_language_answered_in(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], opening: str
) -> None:
    assert fixture_talk(turns).text.startswith(opening)
