"""The fuzzy matcher on a tiny invented index: which entry a question lands on."""

from __future__ import annotations

import pytest

from bot.core.knowledge import Bilingual, QAEntry
from bot.core.matcher import QuestionIndex
from bot.core.normalize import tokens


def _entry(entry_id: str, da: list[str], en: list[str]) -> QAEntry:
    return QAEntry(
        id=entry_id,
        kind="answer",
        questions={"da": tuple(da), "en": tuple(en)},
        answer=Bilingual(da=entry_id, en=entry_id),
        fact=None,
        source="s",
        file="f.yaml",
    )


@pytest.fixture(scope="module")
def index() -> QuestionIndex:
    return QuestionIndex(
        [
            _entry("size", ["hvor mange medlemmer har udvalget"], ["how many members does the committee have"]),
            _entry(
                "old-size",
                ["hvor mange medlemmer havde det gamle udvalg"],
                ["how many members did the old committee have"],
            ),
        ]
    )


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how many members are on the new committee", "size"),
        ("hvor mange medlemmer har det nye udvalg", "size"),
        ("how many members did the former committee have", "old-size"),
    ],
)
def test_a_variant_saying_the_opposite_of_a_question_word_ranks_below_one_that_does_not(
    index: QuestionIndex, question: str, entry: str
) -> None:
    found = index.search(tokens(question), smalltalk=False, limit=2)
    assert found[0].entry_id == entry
    assert found[0].score - found[1].score >= 6
