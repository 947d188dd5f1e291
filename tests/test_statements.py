"""Claims stating an event or relation, checked by meaning against an answer's sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.claims import quantities
from bot.core.lexicon import PHRASES, phrase_index
from bot.core.matcher import Meanings
from bot.core.normalize import fold, tokens
from bot.core.statements import sentences, verdict

ANSWER = sentences(
    [
        "Det gamle udvalg for vandværkerne er opløst. Det nye udvalg erstatter det og overtager dets opgaver.",
        "The old committee for the waterworks has been dissolved. The new committee replaces it and takes over "
        "its tasks.",
    ]
)


def _verdict(claim: str) -> bool | None:
    return verdict(tokens(claim), ANSWER, Meanings(), phrase_index(PHRASES))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # every meaning of the claim held by one sentence, in either language
        ("det gamle udvalg er nedlagt, ikk?", True),
        # within the subject the order is free: "the waterworks committee" is "the committee for the waterworks"
        ("the old waterworks committee has been dissolved, right?", True),
        ("the new waterworks committee has been dissolved, right?", False),
        ("the former committee was abolished, right?", True),
        # "one" stands for the noun before it
        ("so the old one was dissolved?", True),
        ("the new one has been dissolved, right?", False),
        # "it" there stands for the subject before it, the old committee; "one" for "committee"
        ("the new committee replaces the old one, right?", True),
        # "earlier" says "old" as "former" and "previous" do
        ("the new committee replaces an earlier one, right?", True),
        ("the new committee replaces it, right?", True),
        # "the one for …" stands for the committee it is for
        ("the new committee replaces the one for the waterworks, right?", True),
        # all but one meaning, and the contrary of that one
        ("the old committee continues, right?", False),
        ("det tidligere udvalg fortsætter, ikk?", False),
        ("the new committee was dissolved, right?", False),
        # the contrary said of the claim's own subject settles it, however it is said to go on
        ("the old committee keeps working alongside the new one, right?", False),
        ("the old committee carries on in parallel with the new committee, right?", False),
        ("det gamle udvalg fortsætter parallelt med det nye, ikk?", False),
        # "still" only frames the claim; being active is going on
        ("er det gamle udvalg stadig aktivt?", False),
        ("is the old committee still active?", False),
        # to exist ("findes") is to go on
        ("findes det gamle udvalg stadig?", False),
        ("det gamle udvalg findes stadig, ikk?", False),
        # what it works alongside goes on too, and the old committee has been dissolved
        ("the new committee keeps working alongside the old one, right?", False),
        ("det nye udvalg arbejder side om side med det gamle, ikk?", False),
        ("the new committee takes over from the old one, right?", True),
        ("the old committee was dissolved and continues, right?", None),
        # meanings spread over two sentences, or a word no sentence holds: no verdict
        ("the new committee was dissolved and replaced, right?", None),
        ("the old committee was dissolved by the mayor, right?", None),
        # the same words in another order say something else
        ("the old committee replaces the new committee, right?", None),
        ("the old committee takes over the tasks of the new committee, right?", None),
        ("the new committee takes over the tasks, right?", True),
        # a negated claim is never read as its opposite
        ("det gamle udvalg er ikke nedlagt?", None),
        ("the old committee was not dissolved, right?", None),
    ],
)
def test_a_claim_without_values_is_judged_by_one_sentence_of_the_answer(claim: str, expected: bool | None) -> None:
    assert _verdict(claim) is expected


@pytest.mark.parametrize(
    ("claim", "counted"),
    [
        ("the old committee keeps working alongside the new one, right?", []),
        ("the old one was dissolved, right?", []),
        ("the new committee replaces an earlier one, right?", []),
        ("the plan has one theme, right?", [1.0]),
        ("only one member is from Mosevang, right?", [1.0]),
    ],
)
def test_one_after_the_or_an_adjective_stands_for_a_thing_and_counts_nothing(claim: str, counted: list[float]) -> None:
    # "alongside the new one" once claimed the number 1, so the claim went unchecked.
    assert [q.value for q in quantities(claim, "en")] == counted


@pytest.mark.parametrize(
    "claim",
    [
        "er vandværkerne nedlagt?",
        "so the waterworks were dissolved too?",
        "the waterworks have been dissolved, right?",
    ],
)
def test_a_thing_named_only_after_for_or_of_another_is_not_what_the_sentence_says_was_done(claim: str) -> None:
    assert _verdict(claim) is None


def test_the_thing_the_sentence_is_about_still_gets_its_verdict_with_its_complement() -> None:
    assert _verdict("the old committee for the waterworks was dissolved, right?") is True


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("the plan was scrapped, right?", None),
        ("the mayor's plan has been dissolved?", None),
        ("the old committee was dissolved, right?", True),
    ],
)
def test_what_is_dissolved_is_the_subject_of_its_own_clause_not_a_word_before_it(
    claim: str, expected: bool | None
) -> None:
    # The plan comes before "dissolved" in the sentence, but the committee is what was dissolved.
    answer = sentences(
        ["The mayor set up a committee for the plan; it takes over from the old committee, which has been dissolved."]
    )
    assert verdict(tokens(claim), answer, Meanings(), phrase_index(PHRASES)) is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "free up" frees as "free" does; the base form "take" takes over as "takes" does
        ("is the plan meant to free up money for the schools?", True),
        ("does the new committee also take over the tasks?", True),
    ],
)
def test_a_verb_in_another_form_or_with_its_particle_is_the_same_verb(claim: str, expected: bool) -> None:
    answer = sentences(
        [
            "The plan is to free money for the schools.",
            "The new committee replaces the old one and takes over its tasks.",
        ]
    )
    assert verdict(tokens(claim), answer, Meanings(), phrase_index(PHRASES)) is expected


@pytest.mark.parametrize(
    "claim",
    [
        "the plan is supposed to free money for the schools, is that so?",
        "the point of the plan is to free money for the schools, true?",
    ],
)
def test_how_a_purpose_is_framed_states_nothing_a_sentence_must_hold(claim: str) -> None:
    answer = sentences(["The plan is to free money for the schools."])
    assert verdict(tokens(claim), answer, Meanings(), phrase_index(PHRASES)) is True


TAKEOVER = sentences(
    ["The new committee is to follow the plan. It also takes over the tasks of the old committee for the waterworks."]
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a noun phrase's words in another order name the same thing
        ("the new committee takes over the tasks of the old waterworks committee, right?", True),
        ("the new committee takes over the old waterworks committee's tasks, right?", True),
        # who takes over from whom keeps its order
        ("the old waterworks committee takes over the tasks of the new committee, right?", None),
    ],
)
def test_words_of_one_noun_phrase_may_come_in_any_order_but_the_phrases_may_not(
    claim: str, expected: bool | None
) -> None:
    assert verdict(tokens(claim), TAKEOVER, Meanings(), phrase_index(PHRASES)) is expected


HELD_BY = sentences(
    ["Det nye udvalg skal følge planen. Det overtager også de opgaver, som lå hos udvalget for vandværkerne."]
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "fra" or "hos": which small word ties the tasks to their holder is no meaning of its own
        ("det nye udvalg overtager opgaverne fra udvalget for vandværkerne", True),
        ("det nye udvalg overtager opgaverne hos udvalget for vandværkerne?", True),
        ("udvalget for vandværkerne overtager opgaverne fra det nye udvalg?", None),
    ],
)
def test_the_word_tying_a_thing_to_its_holder_does_not_decide_a_claim(claim: str, expected: bool | None) -> None:
    assert verdict(tokens(claim), HELD_BY, Meanings(), phrase_index(PHRASES)) is expected


def test_a_danish_claim_about_tasks_is_borne_out_by_the_english_sentence_the_danish_one_words_otherwise() -> None:
    # The Danish sentence names the old committee by what it was for, not as "old"; the
    # English one says "old", so the claim's "opgaver" must meet its "tasks".
    claim = "det nye udvalg overtager det gamle udvalgs opgaver?"
    assert verdict(tokens(claim), [*HELD_BY, *TAKEOVER], Meanings(), phrase_index(PHRASES)) is True


@pytest.mark.parametrize(
    "claim",
    [
        "LWB adopted the water plan and replaced the old council, right?",
        "LWB adopted the water plan and took over the old council's tasks, right?",
    ],
)
def test_an_organisation_named_in_the_answer_does_not_bear_out_what_the_claim_says_it_did(
    fixture_talk: Callable[[Sequence[str]], Answer], claim: str
) -> None:
    # The answer names LWB as who adopted the plan; nothing in it says LWB replaced anything.
    text = fixture_talk([claim]).text
    assert not fold(text).startswith(("yes", "ja")), text
