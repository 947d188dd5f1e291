"""Whether someone named by where they sit chairs the group ("Er LWB's direktør formand?",
"Det er ARI's forskningschef der er formand, ikke?"): "Ja" only when the chair sits for that
place and holds the title named, on the invented fixture knowledge."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Er LWB's direktør formand?", "nej"),
        ("Det er ARI's forskningschef der er formand, ikke?", "ja"),
        ("Is Krageby's representative the chair?", "no"),
        ("Er ARI's mand formand?", "ja"),
        ("Jeg har forstået at det er LWB's direktør der er formand for gruppen?", "nej"),
        ("Er ARI's miljøchef formand?", "nej"),
    ],
)
def test_a_place_claimed_to_chair_is_judged_by_the_chairing_seat(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert fold(answer.text).split()[0] == verdict and "Kvistgaard" in answer.text, answer.text
