"""The strategy's own years beside its name ("strategi 2017-2020 vedtaget i april?") name it and
claim nothing, on the invented fixture knowledge; other years beside it are still checked."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("vandplanen 2031-2034 vedtaget i marts 2031?", "ja"),
        ("blev vandplanen 2031-2034 vedtaget i marts?", "ja"),
        ("was the 2031-2034 water plan adopted in March 2031?", "yes"),
        ("vandplanen 2031-2034 vedtaget i maj 2031?", "nej"),
        ("vandplanen 2030-2033 vedtaget i marts 2031?", "nej"),
    ],
)
def test_the_strategys_own_years_beside_its_name_do_not_decide_a_claim_about_its_adoption(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert fold(answer.text).split()[0] == verdict, answer.text
