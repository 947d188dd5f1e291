"""Small words said in a conversation on the invented fixture knowledge: an acknowledgement after
an answer, and a profile on the web the article never gives."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.lexicon import rephrase
from bot.core.normalize import fold


@pytest.mark.parametrize("remark", ["interessant", "interesting"])
def test_a_remark_after_an_answer_is_taken_note_of(
    fixture_talk: Callable[[Sequence[str]], Answer], remark: str
) -> None:
    answer = fixture_talk(["who chairs the group?", remark])
    assert answer.answered and answer.outcome == "smalltalk", answer.text


@pytest.mark.parametrize("turn", ["and his LinkedIn?", "hans hjemmeside?"])
def test_a_members_web_profile_is_not_in_the_article_and_no_one_elses_is_given(
    fixture_talk: Callable[[Sequence[str]], Answer], turn: str
) -> None:
    answer = fixture_talk(["who represents Lyngholt?", turn])
    assert not answer.answered, answer.text
    assert "Falkesen" not in answer.text and "Kvistgaard" not in answer.text, answer.text
    assert fold("Ravnkilde") in fold(answer.text), answer.text


@pytest.mark.parametrize(
    ("message", "verdict"),
    [("hej er der 2 forsyningsdirektører i gruppen?", "ja"), ("hej er der 3 forsyningsdirektører i gruppen?", "nej")],
)
def test_a_greeting_run_into_a_claim_leaves_the_claim_checked(
    fixture_engine: Engine, message: str, verdict: str
) -> None:
    assert fold(fixture_engine.ask(message).text).split()[0].strip(".") == verdict


def test_a_greeting_alone_is_still_a_greeting(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("hej med dig").outcome == "smalltalk"


@pytest.mark.parametrize("message", ["ses vi til frokost?", "nej, nr 3 mente jeg", "nej det var ikke det"])
def test_a_message_opening_with_a_word_of_a_farewell_takes_no_leave(fixture_engine: Engine, message: str) -> None:
    assert fixture_engine.ask(message).outcome != "smalltalk", message


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad er det første tema?", "og det næste?", "Nej, jeg mente det tredje."], "Klimatilpasning"),
        (["hvem er nr 1 på listen?", "nej nr 2 mente jeg"], "Ravnkilde"),
    ],
)
def test_a_correction_opening_with_no_moves_to_what_it_names(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    answer = fixture_talk(turns)
    assert expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad er temaerne?", "den foer 3"], "Færre ledningstab"),
        (["what are the themes?", "the one after number 1"], "Færre ledningstab"),
        (["hvem er nr 4 på listen?", "den før nr 2"], "Falkesen"),
        (["hvem er nr 1 på listen?", "og den efter 2"], "Mosevang"),
    ],
)
def test_a_line_placed_before_or_after_a_number_is_the_one_beside_that_number(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    answer = fixture_talk(turns)
    assert expected in answer.text, answer.text


@pytest.mark.parametrize("said", ["hvad er det, aftalerne går ud på", "det gik ud på samarbejde"])
def test_gaa_ud_paa_is_read_as_handle_om(said: str) -> None:
    words = rephrase(fold(said).split())
    assert {"handler", "handlede"} & set(words) and "ud" not in words, words


@pytest.mark.parametrize("request_for_help", ["can you assist me?", "kan du assistere mig?"])
def test_asking_for_assistance_is_asking_for_help(fixture_engine: Engine, request_for_help: str) -> None:
    assert fixture_engine.ask(request_for_help).source == "help"


def test_assist_is_read_as_help() -> None:
    assert rephrase(fold("what can you assist me with").split()) == fold("what can you help me with").split()
