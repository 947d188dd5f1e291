"""The number names written out in ``bot.core.number_names`` are num2words' own."""

from __future__ import annotations

import pytest
from num2words import num2words

from bot.core.lexicon import number_word
from bot.core.number_names import CARDINALS, ORDINALS


@pytest.mark.parametrize("lang", ["da", "en"])
def test_names_are_num2words(lang: str) -> None:
    assert CARDINALS[lang] == tuple(num2words(n, lang=lang, to="cardinal") for n in range(101))
    assert ORDINALS[lang] == tuple(num2words(n, lang=lang, to="ordinal") for n in range(101))


@pytest.mark.parametrize("n", [0, 14, 100, 101, 2012])
def test_number_word_beyond_the_table(n: int) -> None:
    assert number_word(n, "da") == num2words(n, lang="da")
    assert number_word(n, "en") == num2words(n, lang="en")
