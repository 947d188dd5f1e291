"""Words that only look like part of the question: a "not" in another clause, "anden" beside
a title, a first name in the chat reporting a claim, the asker's own "jeg siger", a request to
confirm with a remark after it (fixture knowledge: the invented water board)."""

import pytest

from bot.core.engine import Engine


def test_another_title_is_no_part_of_a_title(fixture_engine: Engine) -> None:
    assert "«anden»" not in fixture_engine.ask("hvem har en anden titel?").text


def test_a_not_in_another_clause_does_not_turn_a_title_question_into_a_list_of_everyone_else(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask(
        "Hvad er en forsyningsdirektør for noget, det lyder fint, men jeg ved ikke rigtig hvad det er, "
        "og hvem er det i den her sag?"
    )
    assert "ikke forsyningsdirektør" not in answer.text
    assert "Strandgaard" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["who in the group does not hold any kind of director title?", "hvem i gruppen er ikke en slags direktør?"],
)
def test_a_not_a_few_words_before_a_kind_of_job_still_filters_by_it(fixture_engine: Engine, question: str) -> None:
    answer = fixture_engine.ask(question)
    assert "Vinterberg" in answer.text
    assert "Falkesen" not in answer.text


def test_a_first_name_reporting_a_claim_is_someone_in_the_chat(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Tobias says the chair is from ARI, right?")
    assert answer.text.startswith("Yes")
    assert "quoted" not in answer.text


def test_what_the_asker_says_is_no_quote_of_the_member_named(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Anna siger Krageby, jeg siger Lyngholt 😤 Tobias Ravnkilde er fra Lyngholt ik?")
    assert "citeret" not in answer.text
    assert not answer.text.startswith("Nej")


@pytest.mark.parametrize(
    "claim",
    [
        "LWB's bestyrelse vedtog planen på et møde i Krageby?",
        "LWB's bestyrelse vedtog planen til julefrokosten?",
        "the board of LWB adopted the plan at its summer party, right?",
    ],
)
def test_a_claim_adding_a_place_or_occasion_the_answer_never_gives_gets_no_yes(
    fixture_engine: Engine, claim: str
) -> None:
    answer = fixture_engine.ask(claim)
    assert "marts 2031" in answer.text or "March 2031" in answer.text
    assert not answer.text.startswith(("Ja", "Yes"))


def test_the_same_claim_without_the_detail_is_borne_out(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("LWB's bestyrelse vedtog planen?").text.startswith("Ja")


@pytest.mark.parametrize(("claim", "start"), [("er ARI bare en kommune?", "Nej"), ("is LWB a municipality?", "No")])
def test_an_organisation_claimed_to_be_a_municipality_is_denied(fixture_engine: Engine, claim: str, start: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(start)


def test_a_town_claimed_to_be_a_municipality_in_the_group_is_borne_out(fixture_engine: Engine) -> None:
    assert fixture_engine.ask("er Krageby en kommune i gruppen?").text.startswith("Ja")


@pytest.mark.parametrize(
    ("question", "start", "member"),
    [
        ("Wie is representing the gemeente Krageby?", "Krageby Kommune is", "Falkesen"),
        ("Ravnkilde is from gemeente Lyngholt, klopt dat?", "Yes", "Ravnkilde"),
    ],
)
def test_dutch_words_in_an_english_question_are_read_as_english(
    fixture_engine: Engine, question: str, start: str, member: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.text.startswith(start)
    assert member in answer.text


def test_an_office_put_before_a_members_name_is_claimed_of_them(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("Krageby Kommune er repræsenteret ved borgmester Ingrid Falkesen?")
    assert answer.text.startswith("Nej")


def test_the_claim_the_last_sentence_asks_to_confirm_is_checked_without_the_sentences_before_it(
    fixture_engine: Engine,
) -> None:
    answer = fixture_engine.ask(
        "Vi laver en pressemeddelelse om, at vores forsyningsdirektør er kommet med i den nye styregruppe. "
        "Vi skriver, at styregruppen ledes af Rasmus Kvistgaard, forskningschef i ARI - passer det?"
    )
    assert answer.text.startswith("Ja")


@pytest.mark.parametrize(
    ("claim", "start"),
    [
        ("Brandtoft står lige efter Falkesen, ik?", "Nej"),
        ("Is Brandtoft right after Falkesen on the list?", "No"),
        ("Brandtoft står efter Falkesen, ik?", "Ja"),
        ("Brandtoft står lige efter Mosevangs vandchef, ik?", "Ja"),
        ("Brandtoft står lige efter Kragebys forsyningsdirektør, ik?", "Nej"),
    ],
)
def test_right_after_on_the_list_means_the_very_next_place(fixture_engine: Engine, claim: str, start: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(start)


@pytest.mark.parametrize("claim", ["er det tema 2?", "ok så det er tema 2?"])
def test_that_it_is_a_theme_gets_no_verdict_when_nothing_says_what_it_is(fixture_engine: Engine, claim: str) -> None:
    assert not fixture_engine.ask(claim).text.startswith(("Ja", "Nej"))
