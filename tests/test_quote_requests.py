"""A request for a quote put as a request to the bot ("kan du give mig citatet om …",
"læs citatet op", "quote the bit about …"), on the invented fixture knowledge."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.normalize import fold


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("læs citatet op om de utætte rør", "passage:chair-leaks"),
        ("Kan du give mig citatet om skybruddene ordret?", "passage:chair-climate"),
        ("can you give me the quote about the 40 millimetres", "passage:chair-climate"),
    ],
)
def test_a_request_for_a_quote_gets_the_paragraph(fixture_engine: Engine, question: str, passage: str) -> None:
    assert fixture_engine.ask(question).source == passage


@pytest.mark.parametrize(
    "question",
    [
        "can you give me the quote about the 40 millimetres",
        "kan du give mig citatet om de 40 millimeter",
        "can you give me the exact quote about 2,4 billion",
    ],
)
def test_a_request_to_the_bot_is_no_claim_to_say_yes_to(fixture_engine: Engine, question: str) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] not in {"yes", "ja"}


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("kan du bekræfte at Falkesen er fra Krageby?", "ja"), ("kan du sige om Falkesen er fra Lyngholt?", "nej")],
)
def test_a_request_to_confirm_or_say_whether_is_still_a_claim(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert fold(fixture_engine.ask(question).text).split()[0] == verdict


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Giv mig det præcise citat, hvor ordet 'særsyn' indgår.", "passage:chair-climate"),
        ("gimme the quote with 'utætte rør' in it", "passage:chair-leaks"),
        ("which sentence has the word 'halvere'?", "passage:chair-leaks"),
    ],
)
def test_a_request_for_the_words_around_quoted_words_is_the_paragraph_holding_them(
    fixture_engine: Engine, question: str, passage: str
) -> None:
    assert fixture_engine.ask(question).source == passage


@pytest.mark.parametrize(
    "question",
    [
        "hvad betyder 'særsyn' i citatet?",
        "Falkesens citat med 'særsyn'",
        "the 'særsyn' quote is from Falkesen, right?",
    ],
)
def test_a_definition_a_claim_or_another_speaker_about_quoted_words_is_not_answered_by_the_paragraph_alone(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    denied = fold(answer.text).split()[0] in ("no", "nej")
    assert not (answer.source or "").startswith("passage:") or denied, answer.text


@pytest.mark.parametrize(
    "asked", ["hvem er det der taler om det i artiklen?", "og hvem var det der sagde det med besparelsen?"]
)
def test_who_said_it_asked_as_a_cleft_names_the_speaker(
    fixture_talk: Callable[[Sequence[str]], Answer], asked: str
) -> None:
    answer = fixture_talk(["hvad står der om besparelsen i artiklen?", asked])
    assert answer.answered and "Kvistgaard" in answer.text, answer.text
