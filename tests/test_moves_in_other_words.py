"""Follow-ups said with more words than they need (fixture knowledge: the invented water board):
"i rækken", "også" or a "what is it" after a move, "allersidst", "står lige før", and an aside
after "og X," still read as the follow-up."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.written_shapes import number_one


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Hvad er tema 1?", "Og det næste tema i rækken, hvad går det ud på?"], "Færre ledningstab"),
        (["Hvad er tema 1?", "Og det næste tema efter det, hvad var det nu?"], "Færre ledningstab"),
        (["What is theme 3?", "and the one before that, what was it again?"], "Færre ledningstab"),
        (["Hvad er tema 3?", "Kan du give mig den forrige også?"], "Færre ledningstab"),
        # "han" is the one at the number moved to, not the one talked about before it.
        (["hvem er den første på listen?", "og nummer to?", "og nummer fire, hvad hedder han?"], "Aksel Brandtoft"),
        (["hvem er fra Søholt?", "hvad laver han?", "nej jeg mente den før tobias ravnkilde"], "Ingrid Falkesen"),
        # the way before the count: "go back two" is two steps back, like "two back"
        (["What is theme 3?", "go back two"], "Rent drikkevand"),
        (["hvem er fra Søholt?", "go back two"], "Ravnkilde"),
        # "the one" before or after a theme named asks which theme stands there
        (["What is theme 1?", "and the one before theme 3?"], "Færre ledningstab"),
        (["Hvad er tema 1?", "og den efter tema 2?"], "Klimatilpasning"),
        # "the sixth and last" is the last line, not the sixth from the end
        (["hvem er den fjerde på listen?", "Og den sjette og sidste?"], "Kvistgaard"),
    ],
)
def test_a_move_said_with_more_words_moves(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    assert expected in fixture_talk(turns).text


def test_allersidst_is_the_last_place_on_the_list(fixture_talk: Callable[[Sequence[str]], Answer]) -> None:
    assert "Kvistgaard" in fixture_talk(["Hvem er Ingrid Falkesen?", "Tak. Og hvem står allersidst?"]).text


def test_standing_right_before_someone_is_a_place_not_what_a_name_stands_for(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["hvem står sidst på listen?", "Og den, der står lige før ham?"])
    assert "Helle Birkmose" in answer.text


def test_an_aside_after_a_follow_up_says_why_it_is_asked(fixture_talk: Callable[[Sequence[str]], Answer]) -> None:
    answer = fixture_talk(["Hvem repræsenterer Krageby?", "Og Lyngholt, når vi nu er i Jylland?"])
    assert answer.text.startswith("Lyngholt Kommune er repræsenteret")


def test_a_number_guessed_after_a_count_in_a_follow_up_gets_its_verdict(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    assert fixture_talk(["Vandplanen gælder kun til 2032", "hvor mange temaer har den - fem?"]).text.startswith("Nej.")


@pytest.mark.parametrize("question", ["hvad hedder den fjerde på listen?", "what is the fourth on the list called?"])
def test_what_the_one_at_a_place_on_the_list_is_called_asks_who_stands_there(
    fixture_talk: Callable[[Sequence[str]], Answer], question: str
) -> None:
    assert "Aksel Brandtoft" in fixture_talk([question]).text


@pytest.mark.parametrize(
    ("turns", "partner"),
    [
        (["hvem er Helle Strandgaard?", "hvem står ellers på samme linje?"], "Jonas Vinterberg"),
        (["who is Jonas Vinterberg?", "Who else is listed in the same bullet?"], "Helle Strandgaard"),
    ],
)
def test_who_else_is_on_the_same_line_of_the_list_is_the_seat_partner(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], partner: str
) -> None:
    assert fixture_talk(turns).text.startswith(partner)


@pytest.mark.parametrize(
    "turns",
    [["Hvem leder styregruppen?", "hvad er dens formål?"], ["who chairs the group?", "and what is its purpose?"]],
)
def test_its_after_a_person_answered_is_the_thing_the_question_named_not_the_person(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str]
) -> None:
    answer = fixture_talk(turns)
    assert "vandplan" in answer.text or "water plan" in answer.text
    assert "Kvistgaard" not in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["hvem sidder i styregruppen?", "er der også nogen fra ARI i den?"],
        ["who is in the group?", "is anyone from ARI in it too?"],
    ],
)
def test_anyone_from_a_seat_after_the_list_asks_about_that_seat_not_anyone_else(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str]
) -> None:
    answer = fixture_talk(turns)
    assert answer.text.startswith(("Ja", "Yes")) and "Rasmus Kvistgaard" in answer.text


_TWO_ORGANISATIONS = "Which organisations other than municipalities are in the steering group?"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        ([_TWO_ORGANISATIONS, "Who represents the former?"], "Helle Birkmose"),
        ([_TWO_ORGANISATIONS, "And the latter?"], "Rasmus Kvistgaard"),
        (["hvilke organisationer er med udover kommunerne?", "og førstnævnte?"], "Helle Birkmose"),
        (["hvilke organisationer er med udover kommunerne?", "hvem er sidstnævnte?"], "Rasmus Kvistgaard"),
    ],
)
def test_the_former_and_the_latter_of_two_listed_are_the_first_and_the_second(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    assert expected in fixture_talk(turns).text


def test_the_former_group_is_still_the_old_group_after_a_list_of_two(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    assert "pipe council" in fixture_talk([_TWO_ORGANISATIONS, "what replaced the former group?"]).text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Tobias Ravnkilde?", "who follows him?"], "Helle Strandgaard"),
        (["who is Tobias Ravnkilde?", "and who precedes him?"], "Ingrid Falkesen is"),
        (["Who represents Mosevang?", "Which member follows them on the list?"], "Aksel Brandtoft"),
    ],
)
def test_following_and_preceding_are_moves_along_the_list(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    assert expected in fixture_talk(turns).text


def test_the_other_one_then_named_outright_is_the_one_named(fixture_talk: Callable[[Sequence[str]], Answer]) -> None:
    answer = fixture_talk(["hvem er Tobias Ravnkilde?", "og den forrige?", "nej den anden, den efter Ravnkilde"])
    assert answer.text.startswith("Helle Strandgaard"), answer.text


def test_a_subject_returned_to_is_what_the_question_after_it_asks_about(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["who chairs the group?", "what is theme 2?", "anyway back to the chair - is he from LWB?"])
    assert answer.text.startswith("No.") and "Kvistgaard" in answer.text, answer.text


def test_a_member_returned_to_by_place_is_the_one_a_pronoun_then_means(
    fixture_talk: Callable[[Sequence[str]], Answer],
) -> None:
    answer = fixture_talk(["hvem er fra Søholt?", "og Krageby?", "tilbage til Søholt-manden - hvad er hans titel?"])
    assert "teknik- og miljødirektør" in answer.text and "Falkesen" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a numbered line past the end of a list of two is a line of the member list
        (["Hvem sidder for Mosevang?", "Hvad er deres titler?", "Og nummer fem?"], "Helle Birkmose"),
        # "nummeret før" is the line before, not the old council's members
        (["Hvem repræsenterer Søholt?", "Hvem er nummeret før?"], "Mosevang"),
    ],
)
def test_a_numbered_line_is_a_line_of_the_member_list(
    fixture_talk: Callable[[Sequence[str]], Answer], turns: list[str], expected: str
) -> None:
    assert expected in fixture_talk(turns).text


@pytest.mark.parametrize(
    ("written", "read"),
    [("hvem er nummer ét?", "hvem er nummer 1?"), ("number one on the list", "number 1 on the list")],
)
def test_number_one_spelt_as_the_article_is_the_first(written: str, read: str) -> None:
    assert number_one(written) == read
