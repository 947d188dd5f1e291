"""Group-chat lines and the asker's doubts around a claim (fixture knowledge: the invented
water board)."""

from collections.abc import Callable, Sequence

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine

Talk = Callable[[Sequence[str]], Answer]


@pytest.mark.parametrize(
    "doubt",
    [
        "men det kan jeg jo have husket forkert, man bliver ikke yngre",
        "går jeg ud fra",
        "but I may have misremembered",
    ],
)
def test_the_askers_doubt_after_a_claim_is_no_part_of_it(fixture_talk: Talk, doubt: str) -> None:
    # A "not" in the doubt ("man bliver ikke yngre") once turned the claim into its denial,
    # which holds: "Det er rigtigt" to a false claim.
    answer = fixture_talk(["hvem repræsenterer Lyngholt?", f"og han er vel borgmester, {doubt}"])
    assert answer.text.startswith(("Nej", "No"))


@pytest.mark.parametrize(
    ("turns", "member"),
    [
        (["hvem repræsenterer Krageby?", "Anna: og Lyngholt?"], "Ravnkilde"),
        (["hvem repræsenterer Krageby?", "Tobias: og Lyngholt?"], "Ravnkilde"),
        (["Sofie: hvem repræsenterer Søholt?"], "Brandtoft"),
    ],
)
def test_a_chat_name_before_a_line_is_who_typed_it(fixture_talk: Talk, turns: list[str], member: str) -> None:
    answer = fixture_talk(turns)
    assert answer.answered
    assert member in answer.text


def test_a_surname_before_a_colon_is_what_is_asked_about(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Ravnkilde: titel?")
    assert "forsyningsdirektør" in answer.text


def test_a_first_name_that_says_something_is_someone_in_the_chat_not_the_member(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("@bot hvem har chef i titlen? (vandchef, miljøchef osv) haha Jonas siger kun én")
    assert "Vinterberg" in answer.text
    assert "Kvistgaard" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "hvilken kommune kommer Ravnkilde fra, jeg ikke kan huske",
        "hvilken kommune kommer Ravnkilde fra, jeg kan ikke huske det",
        "which municipality is Ravnkilde from, I can't remember",
    ],
)
def test_a_memory_lapse_given_as_the_reason_to_ask_is_no_part_of_the_question(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer"
    assert "Lyngholt" in answer.text


def test_ikke_ogsaa_at_the_end_is_a_tag_asking_to_confirm(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Ravnkilde er fra Lyngholt ikke også")
    assert answer.text.startswith("Ja")


def test_praise_opening_a_remark_on_the_subject_is_not_thanked_for(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("super, så styregruppen tager sig kun af ledningsaftalerne og ikke af vandplanen 🙄")
    assert answer.outcome != "smalltalk"


def test_if_i_read_it_right_is_a_hedge_not_part_of_the_claim(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("the savings were around 24 billion kroner if I read it right")
    assert answer.text.startswith("No")
    assert "2.4" in answer.text


def test_a_foreign_word_in_brackets_is_the_askers_gloss_not_part_of_the_claim(fixture_engine: Engine) -> None:
    # The unknown word once sent the claim to the count of themes: "No. The plan has 3 themes".
    answer = fixture_engine.ask("the first theme is about clean drinking water for everyone (Trinkwasser)?")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "message", ["Frankly, you are useless.", "Ærligt talt, du er ubrugelig", "honestly this bot is stupid"]
)
def test_how_candidly_a_complaint_is_said_does_not_hide_the_complaint(fixture_engine: Engine, message: str) -> None:
    assert fixture_engine.ask(message).outcome == "smalltalk"


def test_a_restatement_after_i_e_does_not_pull_the_question_away_from_what_it_asks(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask(
        "How many members come from outside the municipalities, i.e. from the board or the institute?"
    )
    assert "Birkmose" in answer.text
    assert "Kvistgaard" in answer.text


def test_a_restatement_saying_precisely_what_is_meant_still_counts(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("How many members are utilities directors, i.e. forsyningsdirektør?")
    assert "Falkesen" in answer.text
    assert "Ravnkilde" in answer.text


def test_stressing_that_a_member_sits_in_the_group_herself_still_gets_the_yes(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Sidder Ingrid Falkesen også selv i styregruppen?")
    assert answer.text.startswith("Ja")


def test_an_outfit_is_the_organisation_a_member_works_for(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Which outfit does Ingrid Falkesen work for?")
    assert answer.answered
    assert "Krageby Kommune" in answer.text


@pytest.mark.parametrize(
    "claim",
    [
        "The representative of Mosevang is exclusively Helle Strandgaard; correct?",
        "Mosevang repræsenteres udelukkende af Jonas Vinterberg, ikk?",
    ],
)
def test_one_of_a_shared_seat_claimed_as_its_sole_holder_gets_no(fixture_engine: Engine, claim: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(("No", "Nej"))


@pytest.mark.parametrize(
    "question",
    ["hvem er fra Lyngholt, jeg har møde med dem i morgen", "who is from Lyngholt, I have a meeting with them"],
)
def test_what_the_asker_tells_of_themselves_after_the_comma_is_no_thing_the_article_lacks(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer" and "Tobias Ravnkilde" in answer.text


@pytest.mark.parametrize(
    "question", ["does the article itself say what LWB stands for?", "Står der i artiklen, hvad LWB står for?"]
)
def test_whether_the_article_itself_says_what_only_background_holds_is_answered_no_then_the_background(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(("The article itself does not say", "Det står ikke i selve artiklen"))
    assert "Lakeside Water Board" in answer.text or "Søvandsrådet" in answer.text


def test_a_stranger_sharing_two_name_parts_with_one_member_is_said_not_named_then_that_member(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask("who is Ingrid Falkesen Hansen?")
    assert answer.text.startswith("The article does not mention")
    assert "forsyningsdirektør" in answer.text


def test_a_stranger_sharing_one_name_part_gets_no_member(fixture_engine: Engine) -> None:
    assert "Strandgaard" not in fixture_engine.ask("who is Helle Jensen?").text


@pytest.mark.parametrize(
    "question",
    [
        "Which municipality sent a water manager rather than a director?",
        "hvilken kommune sendte en vandchef i stedet for en direktør?",
    ],
)
def test_what_a_question_sets_its_subject_against_is_no_filter_of_its_own(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.outcome == "answer" and "Jonas Vinterberg" in answer.text
    assert "Ingrid Falkesen" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["Which member is the chair?", "hvilket medlem er formand?", "Which of the members chairs the group?"],
)
def test_which_member_chairs_is_who_chairs(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert answer.source == "chair" and "Rasmus Kvistgaard" in answer.text


def test_which_member_chaired_the_old_group_is_not_the_chair_now(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("which member chaired the old group?").source != "chair"


@pytest.mark.parametrize(
    ("question", "themes"),
    [
        ("Which theme is number two?", ["Færre ledningstab"]),
        ("What are themes one and three?", ["Rent drikkevand", "Klimatilpasning"]),
        ("Which theme is number one and which is number three?", ["Rent drikkevand", "Klimatilpasning"]),
        ("hvilket tema er nummer et og hvilket er nummer tre?", ["Rent drikkevand", "Klimatilpasning"]),
    ],
)
def test_themes_named_by_number_words_are_those_themes_not_the_whole_list(
    fixture_engine: Engine, question: str, themes: list[str]
) -> None:
    answer = fixture_engine.ask(question)
    assert all(theme in answer.text for theme in themes)
    assert "Færre ledningstab" not in answer.text or themes == ["Færre ledningstab"]
