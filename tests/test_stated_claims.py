"""Facts stated without a question, as a fact-checker types them, get a verdict (fixture
knowledge: the invented water board); a label ("Påstand:", "Claim:") puts one up too, and a
last "Source?" does not take the claim's place."""

import pytest

from bot.core.engine import Engine
from bot.core.framing import stated_claim, without_source_request


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Vandplanen blev vedtaget i udgangen af april 2031.", "Nej"),
        ("Tema 2 hedder 'Klimatilpasning ved søbredden'.", "Nej"),
        ("Tema 2 hedder 'Færre ledningstab'.", "Ja"),
        ("Og at ledningsaftalerne blev etableret i 2026.", "Ja"),
        ("Rasmus Kvistgaard står øverst på listen over styregruppens medlemmer.", "Nej"),
        ("Påstand: vandplanen gælder 2031-2035.", "Nej"),
        ("Claim: the water plan covers 2031-2034.", "Yes"),
        ("Claim: the water plan covers 2031-2034. Source?", "Yes"),
        ("Fact check: the water plan covers 2031-2035. Source?", "No"),
    ],
)
def test_a_fact_stated_without_a_question_is_checked(fixture_engine: Engine, statement: str, verdict: str) -> None:
    assert fixture_engine.ask(statement).text.startswith(f"{verdict}.")


@pytest.mark.parametrize(
    "text",
    [
        "Vi er en lille kommune.",  # the asker's own affairs
        "Fortæl om tema 2.",  # a request
        "citat fra ARI",  # a noun phrase states nothing
        "Hvem er formand.",  # a question typed with a stop
        "I need the member list.",  # the English "I"
        "Er Falkesen fra Krageby?",  # a question already
    ],
)
def test_what_states_no_fact_is_not_put_up_as_a_claim(text: str) -> None:
    assert stated_claim(text) is None


def test_a_stated_fact_the_article_cannot_settle_keeps_its_plain_answer(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Vi er en lille kommune.")
    assert not answer.text.startswith(("Ja", "Nej"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hvem er formand? Kilde?", "Hvem er formand?"),
        ("Claim: the plan covers 2031-2034. Source please.", "Claim: the plan covers 2031-2034."),
        ("Hvem er formand? Hvad siger kilden om Krageby?", "Hvem er formand? Hvad siger kilden om Krageby?"),
        ("Kilde?", "Kilde?"),
    ],
)
def test_only_a_last_sentence_asking_for_nothing_but_the_source_is_set_aside(text: str, kept: str) -> None:
    assert without_source_request(text) == kept


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is Falkesen at the top of the list?", "Yes"),
        ("Is Kvistgaard at the bottom of the list?", "Yes"),
        ("Is Ravnkilde at the top of the list?", "No"),
        ("står Falkesen nederst?", "Nej"),
    ],
)
def test_the_top_and_bottom_of_the_list_are_places_on_it(fixture_engine: Engine, question: str, verdict: str) -> None:
    assert fixture_engine.ask(question).text.startswith(f"{verdict}.")


@pytest.mark.parametrize("question", ["Kan vi komme med i styregruppen?", "Can we join the steering group?"])
def test_what_the_asker_may_do_gets_no_yes(fixture_engine: Engine, question: str) -> None:
    assert not fixture_engine.ask(question).text.startswith(("Ja", "Yes"))


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("As I remember it, the old council has been dissolved - correct?", "Yes"),
        ("As far as I know, Falkesen represents Lyngholt - right?", "No"),
        ("det gamle ledningsråd er nedlagt helt, ikke?", "Ja"),
    ],
)
def test_a_remembered_or_stressed_claim_is_checked_as_the_claim_itself(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(f"{verdict}.")
