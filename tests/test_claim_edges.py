"""Claims read as a user means them (fixture knowledge: the invented water board): a "why" or a
"which" is no claim, a negated question after a claim does not turn it, and a title asked of a
place's member gets its verdict."""

import pytest

from bot.core.claim_shape import claim_slot_lost
from bot.core.engine import Engine
from bot.core.framing import reframings
from bot.core.guesses import split_guess
from bot.core.neighbours import in_danish


@pytest.mark.parametrize(
    "question",
    [
        "Why is ARI represented in a steering group set up by LWB?",
        "Which came later: the board adopting the water plan, or this article?",
    ],
)
def test_a_question_that_asks_why_or_which_gets_no_yes_or_no(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert not answer.text.startswith(("Yes", "No", "Ja", "Nej"))


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Vandplanen blev vedtaget i marts, eller står det ikke i artiklen?", "Ja"),
        ("Vandplanen blev vedtaget i april, står det ikke i artiklen?", "Nej"),
        ("The plan was adopted in March, doesn't the article say so?", "Yes"),
        ("Vandplanen blev ikke vedtaget i marts, vel?", "Forkert"),
    ],
)
def test_a_negated_question_after_a_claim_does_not_turn_it(fixture_engine: Engine, claim: str, verdict: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Does the Krageby representative have the title forsyningsdirektør?", "Yes"),
        ("Har Krageby Kommunes repræsentant titlen forsyningsdirektør?", "Ja"),
        ("Does the Lyngholt representative have the title vandchef?", "No"),
    ],
)
def test_a_title_claimed_of_a_places_member_gets_its_verdict(fixture_engine: Engine, claim: str, verdict: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


def test_a_swedish_count_is_read_as_the_number_it_names(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("Stämmer det att vandplanen har fyra teman?").text.startswith("Nej")


@pytest.mark.parametrize(
    ("typed", "corrected", "lost"),
    [
        ("strategien har fyra temaer", "strategien har fra temaer", True),
        ("strategien har fire temaer", "strategien har fire temaer", False),
        ("strategien fraa KL", "strategien fra kl", False),
    ],
)
def test_a_word_after_a_claims_verb_read_as_a_small_word_loses_the_claim(
    typed: str, corrected: str, lost: bool
) -> None:
    assert claim_slot_lost(typed.split(), corrected.split()) is lost


@pytest.mark.parametrize(
    ("question", "reads"),
    [
        (
            "Hvem har ansvaret for aftalerne nu, efter at den gamle styregruppe er nedlagt?",
            "Hvem har ansvaret for aftalerne nu?",
        ),
        ("who chairs the group, now that the old one is gone?", "who chairs the group?"),
        ("hvem er formand for den gruppe, hun sidder i?", "hvem er formand for den gruppe, hun sidder i?"),
    ],
)
def test_a_clause_after_the_comma_of_a_who_question_is_no_guess(question: str, reads: str) -> None:
    assert split_guess(question, 4) == (reads, None)


def test_a_name_after_the_comma_of_a_who_question_is_a_guess() -> None:
    assert split_guess("hvem er formand, Karm?", 4) == ("hvem er formand?", "Karm")


@pytest.mark.parametrize("question", ["er Birkemose med?", "is Birkemose in?"])
def test_a_town_near_a_members_surname_is_the_town_not_the_member(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "negative" and "Helle Birkmose" not in answer.text


@pytest.mark.parametrize(
    ("claim", "opening"),
    [
        ("is the group chaired by ARI's director?", "The steering"),
        ("is the group chaired by ARI's head of research?", "Yes"),
    ],
)
def test_a_kind_of_job_claimed_of_the_chair_must_be_the_chairs(
    fixture_engine: Engine, claim: str, opening: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(opening)


@pytest.mark.parametrize(
    "question",
    ["Hvad siger hun, det bliver spændende også at bidrage til?", "Hvad mener hun med, at søen er for lav?"],
)
def test_what_a_speaker_says_or_means_is_asked_not_claimed(question: str) -> None:
    assert all(r.said_as_question for r in reframings(question) if r.claim)


@pytest.mark.parametrize("typed", ["er han øk. dir.?", "er han oek dir?", "er han øk dir?"])
def test_the_finance_directors_shorthand_is_read_as_the_title(typed: str) -> None:
    assert in_danish(typed) == "er han økonomidirektør?"
