"""The polite Danish "De" inside a sentence addresses the bot as "du" does; at a sentence's start
it is still "they". On the invented fixture knowledge where an answer is needed."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.polite_address import polite_address_plain


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Hvad kan De svare på?", "Hvad kan du svare på?"),
        ("Kan jeg spørge Dem om noget?", "Kan jeg spørge dig om noget?"),
        ("Kan De, hr. bot, sige mig det?", "Kan du, hr. bot, sige mig det?"),
        ("De er begge fra Krageby", "De er begge fra Krageby"),
        ("hvem er de?", "hvem er de?"),
        ("Deres titler?", "Deres titler?"),
    ],
)
def test_the_polite_de_inside_a_sentence_is_read_as_du(written: str, read: str) -> None:
    assert polite_address_plain(written) == read


def test_asking_politely_what_the_bot_can_answer_gets_the_help(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("Hvad kan De egentlig?").source == "help"
