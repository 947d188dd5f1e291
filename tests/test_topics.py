"""What a follow-up leans on (bot/core/topics.py): the last question's subject words, without
how that question asked."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.topics import subject_words


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Tak, could you also tell me hvilke kommuner som er med?", "kommuner"),
        ("kan du sige mig hvornår aftalerne startede?", "aftalerne startede"),
        ("can u tell me when the agreements started?", "agreements started"),
        ("hej, jeg er ny her – hvad er SKI?", "ski"),
        ("Til pressenoten: hvem repræsenterer Krageby?", "repraesenterer krageby"),
        ("Vad handlar LWB:s vandplan om?", "vad handlar lwb s vandplan"),
    ],
)
def test_the_bot_addressed_and_a_preamble_are_no_part_of_the_subject_a_follow_up_leans_on(
    question: str, subject: str
) -> None:
    assert subject_words(question) == subject


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("what does LWB plan say about leakage?", "Færre ledningstab"),
        ("hvad siger LWB's vandplan om ledningstab?", "Færre ledningstab"),
    ],
)
def test_the_plan_named_by_its_owner_before_it_is_asked_about_as_the_plan(
    fixture_engine: Engine, question: str, title: str
) -> None:
    assert title in fixture_engine.ask(question).text
