"""The order of members, places and themes on the article's lists, asked of two or more at once
(bot/core/list_order.py), on the invented fixture knowledge: seats in order Krageby, Lyngholt,
Mosevang (two people), Søholt, LWB, ARI; themes 1 drinking water, 2 leakage, 3 climate."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.normalize import fold


def says(text: str, part: str) -> bool:
    return f" {fold(part)} " in f" {fold(text)} "


def opens_with(text: str) -> str:
    return fold(text).split()[0]


@pytest.mark.parametrize(
    ("question", "first", "other"),
    [
        ("hvem er nævnt først, Ravnkilde eller Falkesen?", "Ingrid Falkesen står først", "Tobias Ravnkilde"),
        ("which of Brandtoft and Birkmose is listed first?", "Aksel Brandtoft comes first", "Helle Birkmose"),
        ("who is last on the list, Kvistgaard or Falkesen?", "Rasmus Kvistgaard comes last", "Ingrid Falkesen"),
        ("hvem står først på listen: Søholt eller Lyngholt?", "Lyngholt Kommune står først", "Aksel Brandtoft"),
        ("hvem står længst nede på listen, Falkesen eller Brandtoft?", "Aksel Brandtoft står sidst", "Ingrid Falkesen"),
    ],
)
def test_which_of_those_named_stands_first_or_last_is_answered_with_both_places(
    fixture_engine: Engine, question: str, first: str, other: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and says(answer.text, first) and says(answer.text, other), answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("is Falkesen listed before Ravnkilde?", "yes"),
        ("is Kvistgaard listed before Birkmose?", "no"),
        ("står Søholt efter Krageby på listen?", "ja"),
        ("står Falkesen efter Brandtoft på listen?", "nej"),
        ("står Falkesen over Ravnkilde på listen?", "ja"),
        ("står Falkesen nedenfor Brandtoft på listen?", "nej"),
    ],
)
def test_a_claim_that_one_stands_before_another_on_the_list_gets_the_true_verdict(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert opens_with(answer.text) == verdict, answer.text


@pytest.mark.parametrize(
    ("question", "first", "verdict"),
    [
        ("which theme comes first, theme 3 or theme 2?", "theme 2 comes first", None),
        ("Which comes earlier in the list of themes: climate or leakage?", "theme 2 comes first", None),
        ("kommer tema 3 efter tema 1?", "tema 3 efter tema 1", "ja"),
        ("is theme 3 before theme 2?", "theme 3 after theme 2", "no"),
    ],
)
def test_the_order_of_two_themes_is_the_fact_box_order(
    fixture_engine: Engine, question: str, first: str, verdict: str | None
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and says(answer.text, first), answer.text
    if verdict is not None:
        assert opens_with(answer.text) == verdict, answer.text


def test_a_theme_named_with_first_in_a_claim_is_no_question_of_order(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("The first theme is less leakage from the pipes, or?")
    assert not says(answer.text, "comes first"), answer.text


@pytest.mark.parametrize(
    ("question", "shown", "not_shown"),
    [
        ("give me the first two members in list order", ["Ingrid Falkesen", "Tobias Ravnkilde"], ["Aksel Brandtoft"]),
        ("de to sidste på medlemslisten", ["Helle Birkmose", "Rasmus Kvistgaard"], ["Aksel Brandtoft"]),
    ],
)
def test_the_first_or_last_few_lines_of_the_member_list_are_listed_in_order(
    fixture_engine: Engine, question: str, shown: list[str], not_shown: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert all(says(answer.text, name) for name in shown), answer.text
    assert not any(says(answer.text, name) for name in not_shown), answer.text


def test_after_the_first_few_the_next_one_goes_on_along_the_member_list(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["give me the first two members in list order", "and nr 2?", "n efter ham"])
    assert says(answer.text, "Mosevang"), answer.text


def test_two_members_said_with_no_order_word_are_not_put_in_order(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("were Falkesen and Ravnkilde appointed before the plan?")
    assert not says(answer.text, "står først") and not says(answer.text, "comes first"), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who represents Krageby?", "what is her title?", "nr 4?"], "Aksel Brandtoft"),
        (["hvem sidder for LWB", "hendes titel?", "nr 2"], "Tobias Ravnkilde"),
    ],
)
def test_a_bare_number_after_talk_about_a_member_is_that_line_of_the_member_list(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    answer = fixture_talk(turns)
    assert answer.answered and says(answer.text, expected), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("kommer tema 3 før eller efter tema 1?", "tema 3 efter tema 1"),
        ("is theme 1 before or after theme 2?", "theme 1 before theme 2"),
        ("står Falkesen før eller efter Brandtoft på listen?", "Ingrid Falkesen står før Aksel Brandtoft"),
    ],
)
def test_before_or_after_asks_which_way_and_gets_no_verdict(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert says(answer.text, expected) and opens_with(answer.text) not in ("ja", "nej", "yes", "no"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Both from 2031: the month the article gives decides.
        ("was the plan adopted before or after the article was published?", "came before"),
        ("hvad kom først, vedtagelsen af vandplanen eller artiklen?", "vedtagelsen af vandplanen kom først"),
    ],
)
def test_two_dates_of_the_same_year_are_told_apart_by_their_months(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert says(answer.text, expected) and says(answer.text, "2031"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hvem står øverst på medlemslisten?", "Ingrid Falkesen"),
        ("who is at the bottom of the list?", "Rasmus Kvistgaard"),
    ],
)
def test_the_top_and_the_bottom_of_the_member_list_are_its_first_and_last_lines(
    fixture_engine: Engine, question: str, expected: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and says(answer.text, expected), answer.text


@pytest.mark.parametrize(
    "question",
    ["hvem står først og sidst på listen?", "first & last person on the list?", "who is first and last on the list?"],
)
def test_two_places_asked_together_are_both_answered(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and "Falkesen" in answer.text and "Kvistgaard" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["hvem er nr 2?", "who is number 2?", "hvem er nummer to?", "hvem er no. 2 på listen?"]
)
def test_who_is_at_a_number_is_that_line_of_the_member_list_without_naming_the_list(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and "Ravnkilde" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("hvor står Brandtoft på listen?", "nummer 4 af 6"),
        ("what number is Birkmose on the list?", "number 5 of 6"),
        ("where is Mosevang on the member list?", "number 3 of 6"),
        ("hvilken plads har Kvistgaard på medlemslisten?", "nummer 6 af 6"),
    ],
)
def test_where_one_named_stands_on_the_member_list_is_answered_with_their_number(
    fixture_engine: Engine, question: str, place: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and says(answer.text, place), answer.text


@pytest.mark.parametrize(
    ("turns", "place"),
    [
        (["Tell me about Tobias Ravnkilde.", "and where is he on the list?"], "number 2 of 6"),
        (["hvem sidder for LWB", "og hvor står hun på listen?"], "nummer 5 af 6"),
    ],
)
def test_where_the_member_talked_about_stands_on_the_list_is_their_number(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], place: str
) -> None:
    answer = fixture_talk(turns)
    assert answer.answered and says(answer.text, place), answer.text


@pytest.mark.parametrize(
    ("turns", "expected", "not_expected"),
    [
        (["who represents Mosevang?", "what title do they both share?"], "do not share one title", "All 2"),
        (["hvem er forsyningsdirektør?", "hvilken titel har de alle?"], "Alle 2 har titlen forsyningsdirektør", ""),
        (
            ["give me the first two members in list order", "What is the title shared by both of them?"],
            "All 2 hold the title",
            "Brandtoft",
        ),
    ],
)
def test_the_title_shared_by_the_members_listed_is_their_one_title_or_none(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str, not_expected: str
) -> None:
    answer = fixture_talk(turns)
    assert expected in answer.text and (not not_expected or not_expected not in answer.text), answer.text


def test_who_else_holds_the_title_the_listed_share_leaves_those_listed_out(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    turns = ("give me the first two members in list order", "what title do they all share?", "who else has that title?")
    answer = fixture_talk(turns)
    assert says(answer.text, "No one besides Ingrid Falkesen and Tobias Ravnkilde"), answer.text


@pytest.mark.parametrize(
    "question",
    ["hvem er teknik- og miljødirektør?", "which members are directors of technical and environmental services?"],
)
def test_the_holders_of_a_title_are_listed_in_the_articles_order(fixture_engine: Engine, question: str) -> None:
    text = fixture_engine.ask(question).text
    assert 0 <= text.find("Helle Strandgaard") < text.find("Aksel Brandtoft"), text


def test_the_second_of_the_holders_of_a_title_is_the_second_in_the_articles_order(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["who is a teknik- og miljødirektør?", "and where is the second of them from?"])
    assert says(answer.text, "Søholt") and not says(answer.text, "Mosevang"), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is a teknik- og miljødirektør?", "and the second one of those, in the article's order?"], "Brandtoft"),
        (["hvem er forsyningsdirektør?", "hvem af dem er den anden i artiklens rækkefølge?"], "Tobias Ravnkilde"),
    ],
)
def test_the_nth_of_them_in_the_articles_order_is_the_nth_on_the_member_list(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    answer = fixture_talk(turns)
    assert answer.answered and says(answer.text, expected), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["give me the first two members in list order", "who's fourth?"], "Aksel Brandtoft"),
        (["de første to på listen?", "og den tredje?"], "Mosevang"),
    ],
)
def test_a_place_past_the_end_of_a_run_from_the_top_of_the_list_goes_on_along_the_member_list(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    answer = fixture_talk(turns)
    assert answer.answered and says(answer.text, expected), answer.text


def test_the_names_before_a_dash_are_what_the_order_question_after_it_asks_about(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("brandtoft eller ravnkilde – hvem står først på listen?")
    assert says(answer.text, "Tobias Ravnkilde står først"), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is number 2 on the member list", "next", "and the one after that"], "Aksel Brandtoft"),
        (["who is number 4 on the member list", "the one before", "and before that?"], "Tobias Ravnkilde"),
    ],
)
def test_a_move_after_an_answer_that_showed_both_on_a_shared_seat_goes_past_the_seat(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    answer = fixture_talk(turns)
    assert answer.text.startswith(expected), answer.text


def test_asking_for_the_last_theme_after_one_is_no_claim_that_it_was_that_one(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    # "så" once made the turn put the last answer's theme up as a value: "Nej. Tema 2 …".
    answer = fixture_talk(["hvad er tema nummer to", "hvad er så det sidste tema"])
    assert answer.text.startswith("Tema 3")


def test_who_stands_first_is_the_first_on_the_members_list(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("hvem står først")
    assert "Falkesen" in answer.text


def test_the_first_and_last_of_an_organisation_is_no_claim_of_its_place(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("first and last of the ARI?")
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "title"),
    [("what is the first of its three themes?", "Rent drikkevand til alle"), ("det sidste af dens tre temaer?", "")],
)
def test_a_place_among_its_themes_asks_that_one_theme(fixture_engine: Engine, question: str, title: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == ("fact:theme:1" if title else "fact:theme:3")
    assert title in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("efter Ingrid Falkesen på listen kommer Lyngholt, ikke sandt", "ja"),
        ("efter Tobias Ravnkilde på listen kommer Krageby, ikke?", "nej"),
        ("after Falkesen on the list comes Mosevang, right?", "no"),
        ("Lyngholt kommer efter Krageby på listen, ikke?", "ja"),
    ],
)
def test_an_order_claimed_by_reading_down_the_list_gets_its_verdict_whatever_its_tag(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert opens_with(answer.text) == verdict, answer.text


@pytest.mark.parametrize(
    ("question", "chosen"),
    [
        ("was the article published before or after the plan was adopted?", "After:"),
        ("blev vandplanen vedtaget før eller efter artiklen?", "Før:"),
    ],
)
def test_before_or_after_is_answered_with_the_word_that_holds_for_the_thing_named_first(
    fixture_engine: Engine, question: str, chosen: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(chosen), answer.text


@pytest.mark.parametrize(
    ("question", "named", "left_out"),
    [
        ("hvem af de 3 første på listen er forsyningsdirektør?", ["Falkesen", "Ravnkilde"], ["Strandgaard"]),
        ("which of the last two on the list is water manager?", ["None of the last 2"], ["Kvistgaard", "Birkmose"]),
    ],
)
def test_a_title_asked_among_the_first_or_last_few_on_the_list_picks_only_among_them(
    fixture_engine: Engine, question: str, named: list[str], left_out: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert all(n in answer.text for n in named) and not any(n in answer.text for n in left_out), answer.text


@pytest.mark.parametrize("question", ["hvem e formand", "hvem af de 2 første på listen e forsyningsdirektør"])
def test_jutland_e_for_er_in_a_danish_question_is_read_as_er(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and ("Kvistgaard" in answer.text or "Falkesen" in answer.text), answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [("which member sits at nr 2", "Tobias Ravnkilde"), ("hvilken kommune står som nr 3 på listen?", "Mosevang")],
)
def test_a_member_or_a_municipality_asked_for_at_a_number_is_that_line_of_the_list(
    fixture_engine: Engine, question: str, named: str
) -> None:
    assert named in fixture_engine.ask(question).text
