"""Claims as people put them in chat, on the invented fixture knowledge: a cleft with the verb
first, "only" before a year of a period, who says a bare "it was X", and a tag with an aside
after it. Each once got a "Ja" to something false."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold


def opening(engine: Engine, question: str) -> str:
    text = engine.ask(question).text
    return " ".join(fold(text).split()[:3])


def test_a_cleft_with_its_verb_first_keeps_what_stands_before_at_in_the_claim(fixture_engine: Engine) -> None:
    question = (
        "Godaften, jeg har bladret i en gammel udskrift, den er fra sommeren 2031, tror jeg, og min hukommelse "
        "er ikke, hvad den har været, så var det ikke i februar måned, at LWB's bestyrelse vedtog vandplanen?"
    )
    assert opening(fixture_engine, question).split()[0] not in ("ja", "yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("vandplanen gælder kun for 2031?", "nej"),
        ("vandplanen gælder vel bare for 2031, så er den glemt", "nej"),
        ("does the water plan only cover 2031?", "no"),
        ("vandplanen gælder for 2031-2034?", "ja"),
    ],
)
def test_only_one_year_of_a_period_is_no_claim_the_period_bears_out(
    fixture_engine: Engine, question: str, verdict: str
) -> None:
    assert opening(fixture_engine, question).split()[0] == verdict


def test_who_says_it_was_an_organisation_adds_nothing_for_it_to_mean(fixture_engine: Engine) -> None:
    assert opening(fixture_engine, "påstår det var ARI, passer det?").split()[0] not in ("ja", "yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Ingrid Falkesen, det er jo hende, der var borgmester, ikke sandt, jeg har mødt hende engang?", "nej"),
        ("Falkesen er fra Krageby, ikke sandt, jeg kender hende?", "ja"),
    ],
)
def test_a_tag_with_an_aside_after_it_ends_the_claim(fixture_engine: Engine, question: str, verdict: str) -> None:
    assert opening(fixture_engine, question).split()[0] == verdict


@pytest.mark.parametrize(
    "question",
    [
        "er planens første tema vigtigt?",
        "Hvem er ophavsperson til udsagnet om, at skybrud med mere end 40 millimeter regn ikke længere er et særsyn?",
    ],
)
def test_an_ordinal_naming_which_one_or_a_who_question_about_a_saying_gets_no_verdict(
    fixture_engine: Engine, question: str
) -> None:
    assert opening(fixture_engine, question).split()[0] not in ("ja", "nej", "yes", "no")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("So Aksel Brandtoft's the Søholt man, aye?", "Yes"),
        ("So Aksel Brandtoft's the Krageby man, aye?", "No"),
        ("The plan covers 2031 through 2034, I take it?", "Yes"),
        ("The plan covers 2031 through 2035, I take it?", "No"),
    ],
)
def test_a_claim_run_into_its_subject_or_closed_by_i_take_it_gets_its_verdict(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("vandplanen slutter i 2031, ikk?", "Nej"),
        ("vandplanen slutter i 2034, ikk?", "Ja"),
        ("the water plan ends in 2035?", "No"),
        ("the water plan ends in 2032, right?", "No"),
    ],
)
def test_a_year_said_to_end_the_period_holds_only_as_its_last_year(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("the water plan was adopted at the end of March, not the start?", "Yes"),
        ("vandplanen blev vedtaget i april, ikke i marts?", "Nej"),
    ],
)
def test_the_alternative_a_claim_sets_aside_at_its_end_is_no_claim_of_its_own(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


def test_a_month_claimed_against_evidence_naming_no_month_gets_no_verdict(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("the pipe agreements were established in May 2026?")
    assert "2026" in answer.text
    assert not answer.text.startswith(("No", "Yes"))


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Vandplanen blev vedtaget i mai 2031, ikkje sant?", "Nej"),
        ("Vandplanen blev vedtaget i mars 2031, ikkje sant?", "Ja"),
        ("Vandplanen vedtogs i augusti, eller hur?", "Nej"),
        ("the water plan was adopted in marts?", "Yes"),
    ],
)
def test_a_month_is_checked_by_its_number_whatever_language_names_it(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kommunerne i styregruppen er 6 i alt, er det ikke?", "Nej"),
        ("kommunerne er 4, ikke?", "Ja"),
        ("the municipalities in the group are 5, right?", "No"),
    ],
)
def test_a_number_said_of_the_subject_counts_what_the_subject_names(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("der stod 3,4 milliarder, var det ikke det?", "Nej"),
        ("artiklen siger 3,4 mia, ikke?", "Nej"),
        ("Jeg mente nu bestemt, at der stod 3,4 milliarder, ikke?", "Nej"),
        ("the article says 2.4 billion, right?", "Yes"),
    ],
)
def test_a_figure_the_asker_recalls_reading_is_checked_as_the_figure_claimed(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)
