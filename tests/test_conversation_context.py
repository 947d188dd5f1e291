"""Follow-ups that lean on context without naming it, over the invented knowledge: a topic
("when did they start?"), a name given after "who do you mean?", a language asked for."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.core.answer import Answer
from bot.core.conversation import Conversation
from bot.core.dialogue_state import Turn
from bot.core.engine import Engine
from bot.core.normalize import fold


def talk(engine: Engine, turns: Sequence[str]) -> Answer:
    state = Conversation()
    answer = None
    for number, question in enumerate(turns):
        answer, state = engine.converse(question, state, now=1000.0 + 10 * number)
    assert answer is not None
    return answer


def answers(engine: Engine, turns: Sequence[str], expected: str) -> None:
    """The last turn is answered, and the answer says ``expected``."""
    answer = talk(engine, turns)
    assert answer.answered, answer.text
    assert expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["How much have the pipe agreements saved?", "and when did they start?"], "2026"),
        (["hvor meget har ledningsaftalerne sparet?", "hvornår startede de?"], "2026"),
        (["How much have the pipe agreements saved?", "how many utilities use them?"], "30"),
        (["how many utilities take part in the pipe agreements?", "when were they established?"], "2026"),
        (
            [
                "how many utilities take part in the pipe agreements?",
                "when were they established?",
                "and how much have they saved?",
            ],
            "2,4",
        ),
    ],
)
def test_a_follow_up_pointing_back_at_a_topic_is_answered_about_that_topic(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_a_name_given_with_a_question_of_its_own_after_who_do_you_mean_answers_that_question(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["what is her title?", "I meant Helle Birkmose, where is she from?"])
    assert answer.answered and "LWB" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what is her title?", "I mean Helle Birkmose"], "miljøchef"),
        (["hvor kommer han fra?", "jeg mente Tobias Ravnkilde"], "Lyngholt"),
        (["hvad er hans titel?", "Aksel Brandtoft"], "teknik- og miljødirektør"),
        (["hvad er hans titel?", "jeg mente Tobias Ravnkilde fra Lyngholt"], "forsyningsdirektør"),
    ],
)
def test_a_name_given_after_who_do_you_mean_answers_the_question_that_was_waiting(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what is her title?", "I mean the head of environment"], "miljøchef"),
        (["hvad er hans titel?", "jeg mener formanden"], "forskningschef"),
        (["what's his title?", "i mean the chair", "og hvor er han fra"], "ARI"),
    ],
)
def test_a_member_described_after_who_do_you_mean_answers_the_question_that_was_waiting(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "language", "expected"),
    [
        (["hvem er formand?", "sorry, can you answer in English?"], "en", "Rasmus Kvistgaard"),
        (["who represents Krageby?", "på dansk tak"], "da", "Ingrid Falkesen"),
        (["hvem er formand?", "Kan De gentage det på engelsk?"], "en", "Rasmus Kvistgaard"),
        (["hvem er formand?", "kan jeg få det på engelsk?"], "en", "Rasmus Kvistgaard"),
        (["who represents Krageby?", "can I have that in Danish please"], "da", "Ingrid Falkesen"),
        (["who represents Krageby?", "summarise in danish pls"], "da", "Ingrid Falkesen"),
        (["who represents Krageby?", "Put that in Danish for me, would you?"], "da", "Ingrid Falkesen"),
        (["hvem er formand?", "kan du skrive det på engelsk til mig?"], "en", "Rasmus Kvistgaard"),
        (["hvem er formand?", "put it into English"], "en", "Rasmus Kvistgaard"),
    ],
)
def test_asking_for_another_language_repeats_the_last_answer_in_it(
    fixture_engine: Engine, turns: list[str], language: str, expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.language == language
    assert expected in answer.text


@pytest.mark.parametrize("turn", ["whats his titel", "and his titel?", "is he from Krageby kommune?"])
def test_an_english_pronoun_makes_a_turn_with_a_danish_word_english(fixture_engine: Engine, turn: str) -> None:
    assert talk(fixture_engine, ["hvem er Helle Birkmose?", turn]).language == "en"


def test_what_it_is_called_in_another_language_repeats_the_last_answer_in_it(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["what are the themes?", "which one is about leakage?", "hvad hedder det på dansk?"])
    assert answer.language == "da" and answer.text.startswith("Tema 2"), answer.text


@pytest.mark.parametrize("reaction", ["👍", "😂👍", "💪"])
def test_an_emoji_alone_after_an_answer_is_taken_note_of_and_keeps_the_subject(
    fixture_engine: Engine, reaction: str
) -> None:
    noted = talk(fixture_engine, ["who is Helle Birkmose?", reaction])
    assert noted.answered and noted.outcome == "smalltalk", noted.text
    answers(fixture_engine, ["who is Helle Birkmose?", "🤯", "what's her title?"], "miljøchef")


@pytest.mark.parametrize("turn", ["?", "🤖❓", "🤔"])
def test_a_question_mark_or_other_emoji_alone_after_an_answer_is_no_reaction(fixture_engine: Engine, turn: str) -> None:
    assert talk(fixture_engine, ["who is Helle Birkmose?", turn]).outcome != "smalltalk"


def test_an_emoji_alone_as_the_first_turn_is_asked_for_words(fixture_engine: Engine) -> None:
    assert not talk(fixture_engine, ["👍"]).answered


def test_a_language_request_before_anything_was_asked_is_not_an_answer(fixture_engine: Engine) -> None:
    assert not talk(fixture_engine, ["in English please"]).answered


@pytest.mark.parametrize(
    ("turns", "expected", "absent"),
    [
        (["who represents Krageby?", "same title as Tobias?"], "Yes", "others"),
        (["hvem er Ingrid Falkesen?", "samme titel som Helle Strandgaard?"], "Nej", "andre"),
        (["hvem er Ingrid Falkesen?", "hvem har ellers samme titel som hende?"], "Tobias Ravnkilde", "Nej"),
    ],
)
def test_same_as_someone_after_a_member_compares_the_two_and_else_lists_the_peers(
    fixture_engine: Engine, turns: list[str], expected: str, absent: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text
    assert absent not in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er Ingrid Falkesen?", "er der andre med samme titel?"], "Tobias Ravnkilde"),
        (["who represents Mosevang?", "Helle Strandgaard", "who else is from the same municipality?"], "Jonas"),
    ],
)
def test_others_like_the_member_talked_about_are_their_peers(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er Ingrid Falkesen?", "which other members share that title?"], "Tobias Ravnkilde"),
        (["who is Ingrid Falkesen?", "which other members have that title?"], "Tobias Ravnkilde"),
        (["hvem er Helle Strandgaard?", "hvem ellers er fra samme sted?"], "Jonas Vinterberg"),
        # after her title was asked for, "who shares it?" asks who else holds that title
        (["what is Ingrid Falkesen's title?", "who shares it?"], "Tobias Ravnkilde"),
        (["hvad er Ingrid Falkesens titel?", "hvem deler den?"], "Tobias Ravnkilde"),
    ],
)
def test_other_members_with_that_title_or_from_the_same_place_are_the_members_peers_only(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and "Helle Birkmose" not in answer.text, answer.text


def test_tell_me_more_about_a_member_the_article_only_lists_says_so_and_gives_what_it_says(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["hvem er Ingrid Falkesen?", "fortæl mere"])
    assert answer.answered
    assert answer.text.startswith("Artiklen siger ikke mere om Ingrid Falkesen")
    assert "Krageby Kommune" in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what are the themes?", "what about the third one?"], "Klimatilpasning"),
        (["what is theme 3?", "and the one before it?"], "Færre ledningstab"),
        (["hvad er tema 3?", "og det før?"], "Færre ledningstab"),
        (["what is theme 1?", "and the one after that?"], "Færre ledningstab"),
        (["what is theme 1?", "and number 2?"], "Færre ledningstab"),
        (["hvad er tema 1?", "og nummer to?"], "Færre ledningstab"),
        (["what is theme 1?", "the next one?", "go back one"], "Rent drikkevand"),
        (["hvad er tema 1?", "og det næste?", "det næste igen?"], "Klimatilpasning"),
        (["which theme is about leakage?", "og det før?"], "Rent drikkevand"),
        (["list the themes", "the second one, tell me more"], "Færre ledningstab"),
        (["list the themes", "the second one, tell me more", "the previous one?"], "Rent drikkevand"),
        (
            ["hvilke temaer har planen?", "hvilket af dem hører ledningsaftalerne under?", "og det næste?"],
            "Klimatilpasning",
        ),
        (["what are the themes?", "which one is about leakage?"], "Færre ledningstab"),
        (["hvad er tema 3?", "hvilket af dem handler om ledningstab?"], "Færre ledningstab"),
        (["hvad er temaerne?", "hvilket nummer af dem handler om ledningstab?"], "Tema 2"),
        (["what are the themes?", "which number of them is about leakage?"], "Theme 2"),
        (["what is theme 1?", "skip ahead to the last one"], "Klimatilpasning"),
        (["hvad er tema 1?", "og det forrige?", "ok, det næste da"], "Færre ledningstab"),
        (["which theme is about leakage?", "and the one about climate?"], "Klimatilpasning"),
        (["hvad er temaerne?", "og det om klima?"], "Klimatilpasning"),
        (["hvad er temaerne?", "Tak for oversigten. Kunne du uddybe det andet tema lidt?"], "Færre ledningstab"),
        (["what are the themes?", "could you elaborate on the third theme?"], "Klimatilpasning"),
    ],
)
def test_moves_along_the_themes_follow_a_list_of_them_and_before_or_after(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


def test_same_title_after_two_members_named_in_turn_compares_those_two(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who represents Krageby?", "and Lyngholt?", "same title?"])
    assert answer.text.startswith("Yes")
    assert "Ingrid Falkesen" in answer.text and "Tobias Ravnkilde" in answer.text


def test_she_after_an_organisation_with_one_member_is_that_member(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er LWB?", "hvad er hendes titel?"])
    assert "miljøchef" in answer.text


@pytest.mark.parametrize("question", ["hvem er de", "af hvem?", "hvem er med i den"])
def test_a_bare_question_word_with_a_pronoun_is_never_taken_for_who_are_you(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).outcome != "smalltalk"


@pytest.mark.parametrize("question", ["what can it do?", "taler den dansk?"])
def test_a_question_about_it_is_never_taken_for_one_about_the_bot(fixture_engine: Engine, question: str) -> None:
    assert fixture_engine.ask(question).outcome != "smalltalk"


def test_which_municipalities_do_they_come_from_asks_about_the_people_listed(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er forsyningsdirektør?", "hvilke kommuner kommer de fra?"])
    assert "Krageby" in answer.text and "Lyngholt" in answer.text


@pytest.mark.parametrize(
    "asked",
    [
        "who said that?",
        "Who made that statement?",
        "hvem står bag det udsagn?",
        "Hvem udtaler sig om det i artiklen?",
        # The article "tells" what a speaker says: who tells it is who said it.
        "who tells this in the article?",
        "hvem fortæller det?",
        "hvem har sagt det?",
        "who had said that?",
        "det lyder af meget. hvem påstår det?",
        "who claims that?",
        "hvem hævder det?",
    ],
)
def test_who_said_that_quotes_the_paragraph_behind_the_last_answer_with_its_speaker(
    fixture_engine: Engine, asked: str
) -> None:
    answers(fixture_engine, ["How much have the pipe agreements saved?", asked], "Rasmus Kvistgaard")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what are the themes?", "how many are there in total?"], "3"),
        (["hvem er forsyningsdirektør?", "hvor mange er det?"], "2: Ingrid Falkesen og Tobias Ravnkilde"),
    ],
)
def test_how_many_after_a_list_counts_that_list(fixture_engine: Engine, turns: list[str], expected: str) -> None:
    answers(fixture_engine, turns, expected)


def test_who_else_is_in_the_group_after_one_member_is_everyone_but_that_member(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er Ingrid Falkesen?", "hvem andre sidder i gruppen?"])
    bullets = [line for line in answer.text.splitlines() if line.startswith("•")]
    assert len(bullets) == 6 and not any("Falkesen" in line for line in bullets), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er Ingrid Falkesen?", "hvem andre er forsyningsdirektør ligesom hende?"], "Tobias Ravnkilde"),
        (
            [
                "hvem er Ingrid Falkesen?",
                "hvem andre er forsyningsdirektør ligesom hende?",
                "hvor mange i alt, hende selv medregnet?",
            ],
            "2: Ingrid Falkesen og Tobias Ravnkilde",
        ),
        (
            ["hvem andre end Falkesen er forsyningsdirektør?", "hvor mange er de så, Falkesen medregnet?"],
            "2: Ingrid Falkesen og Tobias Ravnkilde",
        ),
        # the title shared, not the seat: Mosevang's other member is no teknik- og miljødirektør
        (["hvem er Helle Strandgaard?", "hvem deler titel med hende?"], "Aksel Brandtoft"),
        (
            ["hvem er Helle Strandgaard?", "hvem deler titel med hende?", "hvor mange er de, hende medregnet?"],
            "2: Helle Strandgaard og Aksel Brandtoft",
        ),
        # the one set apart named by place, or joined with "with"
        (
            [
                "hvem er forsyningsdirektør i Krageby?",
                "hvem andre er forsyningsdirektør?",
                "hvor mange i alt, med hende fra Krageby?",
            ],
            "2: Ingrid Falkesen og Tobias Ravnkilde",
        ),
        (
            [
                "hvem er forsyningsdirektør i Krageby?",
                "hvem andre er forsyningsdirektør?",
                "how many in all with Falkesen?",
            ],
            "2: Ingrid Falkesen and Tobias Ravnkilde",
        ),
    ],
)
def test_the_others_besides_a_member_leave_that_member_to_count_back_in(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected", "absent"),
    [
        (["who is Ingrid Falkesen?", "which municipality?"], "Krageby Kommune", "Lyngholt"),
        (["hvem er Aksel Brandtoft?", "og titlen?"], "teknik- og miljødirektør", "Krageby"),
        (["who represents Søholt?", "name?"], "Aksel Brandtoft", "Krageby"),
        (["hvem er fra Krageby?", "og det fulde navn?"], "Ingrid Falkesen", "Søholt"),
        (["hvem repræsenterer Lyngholt?", "Fornavn?"], "Tobias Ravnkilde", "Krageby"),
        (["who represents Krageby?", "surname?"], "Ingrid Falkesen", "Lyngholt"),
    ],
)
def test_a_bare_attribute_after_a_member_is_that_members(
    fixture_engine: Engine, turns: list[str], expected: str, absent: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and absent not in answer.text, answer.text


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("and the other one, what is his title?", "Helle Strandgaard"),
        ("and the other one's title?", "teknik- og miljødirektør"),
        ("no, the other one from Mosevang", "Helle Strandgaard"),
        ("nej, den anden fra Mosevang", "Helle Strandgaard"),
    ],
)
def test_the_other_one_after_one_of_two_sharing_a_seat_is_the_seat_partner(
    fixture_engine: Engine, last: str, expected: str
) -> None:
    answers(fixture_engine, ["who represents Mosevang?", "which of them is a vandchef?", last], expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is first on the member list?", "and the second?"], "Tobias Ravnkilde"),
        (["who is first on the member list?", "and the second?", "and the next one?"], "Helle Strandgaard"),
    ],
)
def test_an_ordinal_after_a_place_on_the_member_list_is_another_place_there(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_an_ordinal_after_a_member_asked_by_name_is_not_a_place_on_the_list(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is Tobias Ravnkilde?", "and the second?"])
    assert "Helle Strandgaard" not in answer.text and "Ingrid Falkesen" not in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad skete der med det gamle ledningsråd?", "hvem var medlemmer af den?"], "gamle ledningsråd"),
        (["what happened to the old pipe council?", "who were the members of it?"], "old pipe council"),
    ],
)
def test_a_pronoun_after_a_topic_answer_means_the_topic_not_the_group_the_article_is_about(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and "Ingrid Falkesen" not in answer.text, answer.text


def test_a_question_naming_its_subject_after_a_topic_answer_stands_alone(fixture_engine: Engine) -> None:
    answers(
        fixture_engine,
        ["what happened to the old pipe council?", "who chairs the steering group?"],
        "Rasmus Kvistgaard",
    )


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["how many municipalities are in the group?", "which ones?"], "• Mosevang Kommune"),
        (["hvor mange kommuner er med i styregruppen?", "hvilke kommuner er det?"], "• Søholt Kommune"),
        # a count asked as "antal …" is a count as "hvor mange …" is
        (["antal forsyningsdirektører i styregruppen?", "hvem?"], "Tobias Ravnkilde"),
    ],
)
def test_which_ones_after_a_count_names_them(fixture_engine: Engine, turns: list[str], expected: str) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["how many utilities take part in the pipe agreements?", "which ones?"], "does not say which"),
        (["hvor mange forsyninger er med i ledningsaftalerne?", "hvilke er det præcist?"], "nævner ikke hvilke"),
    ],
)
def test_which_ones_after_a_count_the_article_only_gives_as_a_number_says_so(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert not answer.answered and expected in answer.text, answer.text
    assert "Krageby" not in answer.text


def test_which_ones_without_a_count_before_it_is_not_read_as_one(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["what is theme 2?", "which ones?"])
    assert "does not say which" not in answer.text and "Krageby" not in answer.text


@pytest.mark.parametrize(
    ("turns", "expected", "absent"),
    [
        (["which members are not from a municipality?", "and which one of them is the chair?"], "Rasmus", "Birkmose"),
        (["hvem er forsyningsdirektør?", "which one of them is from Lyngholt?"], "Tobias", "Ingrid"),
    ],
)
def test_which_one_of_them_narrows_the_list_like_which_of_them(
    fixture_engine: Engine, turns: list[str], expected: str, absent: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and absent not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["How much have the pipe agreements saved?", "since when?"],
        ["hvor meget har de fælles ledningsaftaler sparet?", "siden?"],
        ["hvem er formand?", "hvad siger han om besparelserne?", "siden hvornår?"],
        ["who chairs the group?", "what does he say about the savings?", "since when?"],
        ["hvad er de fælles ledningsaftaler?", "hvor meget har de sparet?", "siden hvornår?"],
        ["hvem er formand?", "hvad siger han om ledningsaftalerne?", "hvornår blev de lavet?"],
        ["hvem er formand?", "hvad siger han om ledningsaftalerne?", "hvornår begyndte de?"],
    ],
)
def test_since_when_after_a_topic_is_the_topics_start_even_when_a_member_spoke_of_it(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answers(fixture_engine, turns, "2026")


@pytest.mark.parametrize(
    "turns",
    [
        ["was the water plan adopted in 2030?", "when in 2031?"],
        ["blev vandplanen vedtaget i 2030?", "hvornår i 2031?"],
    ],
)
def test_when_within_the_year_the_last_answer_gave_is_that_answer_again(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and "2031" in answer.text and not answer.text.startswith(("No", "Nej")), answer.text


def test_they_after_a_member_with_no_topic_is_not_a_topic(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", "hvornår blev de lavet?"])
    assert "2026" not in answer.text and "Rasmus" not in answer.text, answer.text


def test_since_when_after_a_member_alone_is_still_about_the_member(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is Ingrid Falkesen?", "since when?"])
    assert not answer.answered and "Ingrid Falkesen" in answer.text and "2026" not in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvornår blev den fælles vandplan vedtaget?", "hvad er formålet?"], "rent drikkevand"),
        (["when was the water plan adopted?", "by whom?", "what period does it cover?"], "2031-2034"),
        (["What years does LWB's water plan cover?", "what is it meant to achieve?"], "drinking water"),
    ],
)
def test_a_short_turn_too_bare_to_stand_alone_is_about_the_last_questions_subject(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_danish_it_after_a_topic_is_information_technology_not_the_topic(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad har de fælles ledningsaftaler sparet?", "hvornår startede it?"])
    assert "2026" not in answer.text, answer.text


def test_a_bare_turn_after_a_member_does_not_borrow_a_topic(fixture_engine: Engine) -> None:
    assert not talk(fixture_engine, ["hvem er formand?", "hvad er formålet?"]).answered


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is last on the member list?", "og den før hende?"], "Helle Birkmose"),
        (["hvem er Tobias Ravnkilde?", "hvem står efter ham på listen?"], "Helle Strandgaard"),
        (["hvem er Tobias Ravnkilde?", "hvem står efter ham på listen?", "og den næste?"], "Jonas Vinterberg"),
        (["hvem står som nummer 2 på listen?", "og det forrige navn på listen?"], "Ingrid Falkesen"),
        (["hvem står først på listen over medlemmer?", "hvem står sidst?"], "Rasmus Kvistgaard"),
        (["hvem er fra Lyngholt?", "og han som står før ham?"], "Ingrid Falkesen"),
        (["hvem er Helle Birkmose?", "og han der står før hende?"], "Aksel Brandtoft"),
    ],
)
def test_before_or_after_the_member_talked_about_moves_along_the_member_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er formand?", "og den før Helle Strandgaard?"], "Tobias Ravnkilde"),
        (["who is Ingrid Falkesen?", "who comes after Aksel Brandtoft on the list?"], "Helle Birkmose"),
        (["hvem er formand?", "og den før Helle Strandgaard?", "og efter hende?"], "Jonas Vinterberg"),
        (["who are the teknik- og miljødirektører?", "and the one after Helle Strandgaard?"], "Jonas Vinterberg"),
        (["hvem er formand?", "og den før Ingrid Falkesen?"], "Der er ingen før"),
    ],
)
def test_before_or_after_a_member_named_in_the_turn_moves_from_that_member_along_the_member_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


@pytest.mark.parametrize(
    ("turns", "expected", "not_expected"),
    [
        (["hvem står før Lyngholt på listen?", "og efter?"], "Helle Strandgaard", "Ingrid Falkesen"),
        (["who is listed before Lyngholt?", "and after?"], "Helle Strandgaard", "Ingrid Falkesen"),
        (["hvem er fra Mosevang?", "hvem står efter Mosevang på listen?", "og før?"], "Tobias Ravnkilde", "Helle"),
    ],
)
def test_the_other_side_alone_asks_the_last_question_of_the_other_side_of_the_place_it_named(
    fixture_engine: Engine, turns: list[str], expected: str, not_expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and not_expected not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ["hvem er Tobias Ravnkilde?", "hvad er hans e-mailadresse?", "hvem står før ham på listen?"],
            "Ingrid Falkesen",
        ),
        (
            ["who is Aksel Brandtoft?", "what is his phone number?", "who is listed directly before him?"],
            "Jonas Vinterberg",
        ),
        (
            ["hvem er Tobias Ravnkilde?", "hvad er hans e-mailadresse?", "hvem står før ham?", "og efter ham?"],
            "Helle Strandgaard",
        ),
    ],
)
def test_a_who_question_moving_before_or_after_the_member_asks_who_that_one_is_not_the_last_question(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is the water manager?", "not him, the other one. What is her title?"], "Helle Strandgaard is teknik"),
        (["hvem er vandchef?", "ikke ham, den anden – hvad er hendes titel?"], "Helle Strandgaard er teknik"),
        (
            ["who is the water manager?", "not him, the other one, what is her title?", "is she a water manager too?"],
            "No.",
        ),
    ],
)
def test_the_other_one_followed_by_a_question_asks_it_of_the_other_one(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_a_seat_partner_named_in_passing_in_a_members_profile_is_not_who_he_means(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["who is the water manager?", "what is his title?"], "Jonas Vinterberg is vandchef")


def test_a_question_about_a_member_with_before_in_it_is_no_move(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", "hvem var formand før Rasmus Kvistgaard?"])
    assert "Helle Birkmose" not in answer.text, answer.text


def test_after_him_with_no_member_talked_about_is_not_a_move(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er tema 2?", "hvem står efter ham på listen?"])
    assert not answer.answered


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er teknik- og miljødirektør i Søholt?", "er der andre med samme titel?"], "Helle Strandgaard"),
        (["hvem er miljøchef?", "er der andre med samme titel?"], "Ingen andre"),
    ],
)
def test_a_title_question_answered_by_one_member_makes_that_member_the_subject(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er Helle Strandgaard?", "er hun den eneste fra den kommune?"], "Jonas Vinterberg"),
        (["who is Jonas Vinterberg?", "who else is from there?"], "Helle Strandgaard"),
        (["who is Jonas Vinterberg?", "who else is from there?", "what's her title?"], "teknik- og miljødirektør"),
        (["who represents Søholt?", "is anyone else from that municipality?"], "No one besides Aksel Brandtoft"),
        (["who is Helle Strandgaard?", "is anyone else from Mosevang?"], "Jonas Vinterberg"),
    ],
)
def test_that_municipality_and_there_are_the_place_talked_about(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


def test_the_only_one_from_that_municipality_where_the_seat_is_shared_is_a_no(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er Helle Strandgaard?", "er hun den eneste fra den kommune?"])
    assert answer.text.startswith("Nej"), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Rasmus Kvistgaard?", "what does that organisation do?"], "research institute"),
        (["hvem repræsenterer ARI?", "hvad laver den organisation?"], "forskningsinstitut"),
        (["what is theme 2?", "what is that theme called?"], "Færre ledningstab"),
        (["hvad er tema 2?", "hvad hedder det tema?"], "Færre ledningstab"),
        (["who is Tobias Ravnkilde?", "which municipality is that person from?"], "Lyngholt"),
        (["hvem er Helle Birkmose?", "hvad er titlen på den person?"], "miljøchef"),
    ],
)
def test_that_organisation_that_theme_and_that_person_are_the_ones_talked_about(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_that_organisation_after_a_municipalitys_member_names_no_municipality(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is Helle Strandgaard?", "what does that organisation do?"])
    assert "Mosevang" not in answer.text, answer.text


def test_that_person_with_nobody_talked_about_names_nobody(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er tema 1?", "hvilken kommune er den person fra?"])
    assert not answer.answered, answer.text


def test_the_theme_a_clause_after_it_describes_is_not_the_theme_talked_about(fixture_engine: Engine) -> None:
    answers(
        fixture_engine, ["hvad er tema 1?", "hvad hedder det tema der handler om ledningstab?"], "Færre ledningstab"
    )


def test_there_with_no_place_talked_about_names_no_place(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er tema 1?", "who else is from there?"])
    assert not any(town in answer.text for town in ("Krageby", "Lyngholt", "Mosevang", "Søholt")), answer.text


def test_they_both_after_a_list_narrowed_to_one_are_that_one_and_the_other(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine, ["who represents Mosevang?", "which of them is a vandchef?", "are they both from Mosevang?"]
    )
    assert answer.text.startswith("Yes") and "Helle Strandgaard" in answer.text, answer.text


def test_they_both_after_a_list_narrowed_to_one_with_no_other_is_never_a_yes(fixture_engine: Engine) -> None:
    turns = ["hvem er forsyningsdirektør?", "which one of them is from Lyngholt?", "are they both from Lyngholt?"]
    assert not talk(fixture_engine, turns).text.startswith("Yes")


@pytest.mark.parametrize(
    ("turns", "start"),
    [
        (["hvem er Ingrid Falkesen?", "og Tobias Ravnkilde?", "er de begge forsyningsdirektører?"], "Ja"),
        (["who is Ingrid Falkesen?", "and Aksel Brandtoft?", "are they both utilities directors?"], "No"),
    ],
)
def test_they_both_after_two_members_in_turn_are_those_two(
    fixture_engine: Engine, turns: list[str], start: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er formand?", "hvad siger han om ledningstab?", "og om besparelserne?"], "2,4 mia"),
        (["who chairs the group?", "what does he say about leakage?", "and about the savings?"], "2,4 mia"),
    ],
)
def test_and_about_something_else_asks_the_last_question_about_it(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_and_about_something_after_a_question_about_nothing_in_particular_stands_alone(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", "og om besparelserne?"])
    assert "Rasmus Kvistgaard, forskningschef" not in answer.text, answer.text


def test_she_after_a_list_asked_for_another_than_the_member_is_the_other(fixture_engine: Engine) -> None:
    turns = ["hvem er Helle Birkmose?", "is there another Helle in the group?", "where is she from?"]
    answers(fixture_engine, turns, "Mosevang")


def test_she_after_a_list_holding_the_member_that_asked_for_no_other_still_asks_who(fixture_engine: Engine) -> None:
    # Aksel Brandtoft has no curated pronoun, so "hun" fits both listed and the gender decides nothing.
    turns = ["hvem er Aksel Brandtoft?", "hvem er teknik- og miljødirektør?", "hvor kommer hun fra?"]
    answer = talk(fixture_engine, turns)
    assert not answer.answered and "Mosevang" not in answer.text and "Søholt" not in answer.text, answer.text


def test_he_after_a_list_of_a_she_and_a_he_is_the_he(fixture_engine: Engine) -> None:
    answers(
        fixture_engine, ["hvem er Ingrid Falkesen?", "hvem er forsyningsdirektør?", "hvor kommer han fra?"], "Lyngholt"
    )


@pytest.mark.parametrize(
    "turns",
    [
        ["who chairs the group?", "what does that stand for?"],
        ["hvem er formand?", "hvad står forkortelsen for?"],
        ["who chairs the group?", "which organisation is he from?", "what does that abbreviation stand for?"],
    ],
)
def test_what_that_stands_for_is_the_abbreviation_the_last_answer_named(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answers(fixture_engine, turns, "Aquifer Research Institute")


def test_what_that_stands_for_after_an_answer_naming_no_abbreviation_is_not_answered(fixture_engine: Engine) -> None:
    assert not talk(fixture_engine, ["hvem er Ingrid Falkesen?", "hvad står det for?"]).answered


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad er ARI?", "hvem repræsenterer dem i styregruppen?"], "Rasmus Kvistgaard"),
        (["hvad er ARI?", "hvem repræsenterer dem i styregruppen?", "og LWB?"], "Helle Birkmose"),
    ],
)
def test_they_after_an_organisation_with_no_people_listed_is_the_organisation(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected", "absent"),
    [
        # Danish puts the article on the noun: "styregruppen" is what "den" stands for.
        (["hvornår holder styregruppen møde?", "hvem sidder i den?"], "Tobias Ravnkilde", "møde"),
        (["when does the steering group meet?", "who sits on it?"], "Tobias Ravnkilde", "meets"),
        # A question of its own after it borrows nothing.
        (["hvornår holder styregruppen møde?", "hvem er fra Krageby?"], "Ingrid Falkesen", "Tobias Ravnkilde"),
    ],
)
def test_a_pronoun_after_a_question_naming_its_subject_by_a_definite_noun_means_that_noun(
    fixture_engine: Engine, turns: list[str], expected: str, absent: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and expected in answer.text and absent not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Ingrid Falkesen?", "who else is a utilities director?", "how many in total?"], "2: Ingrid Falkesen"),
        (["hvem er Ingrid Falkesen?", "hvem er ellers forsyningsdirektør?", "hvor mange er der i alt?"], "2: Ingrid"),
        (
            ["hvem er Ingrid Falkesen?", "hvem er ellers forsyningsdirektør?", "hvor mange er det med hende?"],
            "2: Ingrid",
        ),
        (["who is Ingrid Falkesen?", "who else is a utilities director?", "how many is that with her?"], "2: Ingrid"),
        # No "who else" before it: the list as it was.
        (["hvem er forsyningsdirektør?", "hvor mange er der i alt?"], "2: Ingrid Falkesen"),
        # A list in between: those left out before are no longer counted.
        (
            [
                "who is Ingrid Falkesen?",
                "who else is a utilities director?",
                "who is on the steering group?",
                "how many in total?",
            ],
            "7: Ingrid Falkesen",
        ),
    ],
)
def test_how_many_in_total_after_who_else_counts_those_named_before_it_too(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected", "absent"),
    [
        # A member has one title: the list of utilities directors cannot hold a miljøchef.
        (
            [
                "who is on the steering group?",
                "how many of them are utilities directors?",
                "which of them is a miljøchef?",
            ],
            "Helle Birkmose",
            "None of the",
        ),
        (
            ["hvem sidder i styregruppen?", "hvem af dem er forsyningsdirektører?", "hvem af dem er miljøchef?"],
            "Helle Birkmose",
            "Ingen af",
        ),
        # The same title, or a place, still narrows the list.
        (
            [
                "hvem sidder i styregruppen?",
                "hvem af dem er forsyningsdirektører?",
                "hvem af dem er forsyningsdirektør?",
            ],
            "2 af de 2",
            "Helle Birkmose",
        ),
        (
            [
                "who is on the steering group?",
                "how many of them are utilities directors?",
                "which of them is from Krageby?",
            ],
            "1 of the 2",
            "Tobias Ravnkilde",
        ),
    ],
)
def test_which_of_them_has_another_title_than_the_list_was_narrowed_by_asks_the_whole_group(
    fixture_engine: Engine, turns: list[str], expected: str, absent: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and expected in answer.text and absent not in answer.text, answer.text


def test_and_with_a_short_question_after_a_topic_asks_it_of_that_topic(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad skete der med det gamle ledningsråd?", "og hvem var medlemmer?"])
    assert not answer.answered and "gamle ledningsråd" in answer.text and "Ingrid" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        # The topic gives the same answer as the turn alone, or the turn does not go on with "og".
        ["hvad er de fælles ledningsaftaler?", "og hvem er formand?"],
        ["hvad skete der med det gamle ledningsråd?", "hvem er formand?"],
        # After a member there is no topic to lean on.
        ["who is Ingrid Falkesen?", "and who is the chair?"],
    ],
)
def test_and_with_a_question_the_topic_does_not_change_stands_alone(fixture_engine: Engine, turns: list[str]) -> None:
    answers(fixture_engine, turns, "Rasmus Kvistgaard")


@pytest.mark.parametrize(
    ("turns", "expected", "absent"),
    [
        # "before him" anchors the move on him: an elided "and after?" is after him too.
        (
            ["who represents Søholt?", "who comes right before him on the list?", "and right after?"],
            "Helle Birkmose",
            "Aksel",
        ),
        (["hvem er Aksel Brandtoft?", "hvem står før ham?", "og efter?"], "Helle Birkmose", "Aksel"),
        # Without an anchor, "the previous one" after "the next one" steps back as before.
        (["who represents Søholt?", "the next one?", "and the previous one?"], "Aksel Brandtoft", "Helle Birkmose"),
    ],
)
def test_the_other_way_after_a_move_before_or_after_him_is_from_him(
    fixture_engine: Engine, turns: list[str], expected: str, absent: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and absent not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # "den" answered on its own named no subject: the plan is still what "den" stands for.
        (["vandplanen har 4 temaer ik", "og den blev vedtaget i maj?", "hvornår udløber den?"], "2031-2034"),
        (["vandplanen har 4 temaer ik", "og den blev vedtaget i maj?", "hvad er formålet med den?"], "rent drikkevand"),
        # "hvor ofte mødes den?" names nothing either: "den" next is still the group.
        (["hvad er styregruppens opgave?", "hvor ofte mødes den?", "hvem er med i den?"], "Ingrid Falkesen"),
        # Must not fire: a question naming its own subject stands alone.
        (
            ["vandplanen har 4 temaer ik", "og den blev vedtaget i maj?", "hvem er formand for styregruppen?"],
            "Rasmus Kvistgaard",
        ),
        (["hvad er styregruppens opgave?", "hvem er formand for den?"], "Rasmus Kvistgaard"),
    ],
)
def test_a_pronoun_turn_answered_alone_leaves_the_topic_before_it(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_a_claim_with_a_pronoun_never_borrows_the_last_claims_values(fixture_engine: Engine) -> None:
    # "gælder til 2034" is true; read with the May of the claim before, it was denied.
    answer = talk(
        fixture_engine, ["vandplanen har 4 temaer ik", "og den blev vedtaget i maj?", "men den gælder til 2034?"]
    )
    assert not answer.text.startswith("Nej"), answer.text


@pytest.mark.parametrize("question", ["vandplanen har 4 temaer ik", "vandplanen har 4 temaer, ikk?"])
def test_a_clipped_tag_puts_a_claim_up_for_checking(fixture_engine: Engine, question: str) -> None:
    assert talk(fixture_engine, [question]).text.startswith("Nej")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who chairs the group?", "according to him, how many utilities use the pipe agreements?"], "30"),
        (["hvem er formand?", "ifølge ham, hvor mange forsyninger bruger ledningsaftalerne?"], "30"),
        (["who chairs the group?", "does he mention cloudbursts?"], "Skybrud"),
    ],
)
def test_what_a_quoted_member_says_is_answered_from_what_their_organisation_says(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_what_a_member_the_article_never_quotes_says_stays_a_gap(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine, ["who represents Krageby?", "according to her, how many utilities use the pipe agreements?"]
    )
    assert answer.outcome == "not_in_article", answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["What happened to the council it replaced?", "who were its members?"],
        ["What happened to the old pipe council?", "who were its members?"],
    ],
)
def test_its_after_a_thing_named_with_a_closing_clause_is_that_thing_never_the_group_now(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert "old pipe council" in answer.text and "Ingrid Falkesen" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er formand?", "og LWB?"], "Helle Birkmose"),
        (["who chairs the group?", "lol ok and Krageby?"], "Ingrid Falkesen"),
        (["who chairs the group?", "who's the LWB one then"], "Helle Birkmose"),
        (["hvad er tema 2?", "hvem er den fra Krageby så"], "Ingrid Falkesen"),
    ],
)
def test_a_place_after_a_question_for_a_person_asks_who_sits_for_it(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what are the themes of the water plan?", "what's the second one exactly?"], "Theme 2"),
        (["hvilke temaer har vandplanen?", "hvad er det tredje præcist?"], "Tema 3"),
    ],
)
def test_an_ordinal_with_a_hedge_word_moves_along_the_themes(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    "turns",
    [
        ["who represents Mosevang?", "what are their respective titles?"],
        ["hvem repræsenterer Mosevang?", "hvad er deres respektive stillinger?"],
    ],
)
def test_their_respective_titles_after_a_shared_seat_are_both_titles(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered, answer.text
    assert "teknik- og miljødirektør" in answer.text and "vandchef" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who represents Krageby?", "hvad er dennes titel"], "forsyningsdirektør"),
        (["hvem er Helle Strandgaard?", "deler hun pladsen med nogen"], "Jonas Vinterberg"),
    ],
)
def test_dennes_and_sharing_the_seat_with_anyone_are_about_the_member_talked_about(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_dennes_with_nobody_named_asks_who_is_meant(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er dennes titel"])
    assert not answer.answered and "Hvem mener du" in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["who represents Krageby?", "what does that title mean?"],
        ["which members are forsyningsdirektør?", "which of them represents Lyngholt?", "what does that title mean?"],
    ],
)
def test_that_title_after_one_member_is_the_members_title(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert "utilities director" in answer.text and answer.answered, answer.text


@pytest.mark.parametrize(
    ("turns", "language", "expected"),
    [
        (
            ["hvem repræsenterer Lyngholt?", "hvad er hans titel?", "what's that in English?"],
            "en",
            "utilities director",
        ),
        (["hvem er Helle Birkmose?", "wait what does that title mean in english"], "en", "head of environment"),
        (["who represents Mosevang?", "ok, på dansk nu: hvad er deres titler"], "da", "vandchef"),
        (["hvem er formand?", "in english please, what is his title?"], "en", "head of research"),
    ],
)
def test_a_language_asked_for_around_a_follow_up_answers_it_in_that_language(
    fixture_engine: Engine, turns: list[str], language: str, expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.language == language
    assert expected in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["how much have the pipe agreements saved?", "hvem nævner det tal"],
        ["how much have the pipe agreements saved?", "who mentioned that figure?"],
    ],
)
def test_who_mentions_that_figure_is_the_speaker_of_the_paragraph_behind_it(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answers(fixture_engine, turns, "Rasmus Kvistgaard")


def test_who_is_their_boss_after_an_organisation_asks_about_the_organisations_head(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er LWB?", "who is their boss?"])
    assert "LWB" in answer.text and "Rasmus Kvistgaard" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["who represents Krageby?", "and who else isn't from Krageby?"],
        ["who represents Krageby?", "and who else isnt from Krageby"],
    ],
)
def test_who_else_is_not_from_a_place_is_never_answered_as_who_else_is_from_it(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.outcome != "negative" and "No one" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["hvornår udløber vandplanen?", "og ledningsaftalerne, hvornår startede de"],
        ["when does the water plan end?", "and the pipe agreements, when did they start?"],
    ],
)
def test_a_topic_put_first_is_what_the_pronoun_after_it_stands_for(fixture_engine: Engine, turns: list[str]) -> None:
    answers(fixture_engine, turns, "2026")


def test_who_said_that_about_a_figure_is_the_speaker_of_the_paragraph_stating_it(fixture_engine: Engine) -> None:
    answers(
        fixture_engine,
        ["when does the water plan end?", "so 40 utilities use the pipe agreements?", "who said that about 2,4?"],
        "Rasmus Kvistgaard",
    )


def test_it_after_a_question_asking_which_thing_is_the_thing_the_answer_names(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["Which council did the steering group replace?", "Who sat on it?"])
    assert "old pipe council" in answer.text and "Ingrid Falkesen" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvor mange forsyningsdirektører er der?", "hvem"], "Tobias Ravnkilde"),
        (["how many municipalities are in the group?", "who?"], "Søholt"),
    ],
)
def test_a_bare_who_after_a_count_asks_which_ones(fixture_engine: Engine, turns: list[str], expected: str) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize("reaction", ["ok", "haha ok", "lol ok", "much obliged", "got it", "k"])
def test_a_bare_acknowledgement_after_an_answer_is_acknowledged_not_refused(
    fixture_engine: Engine, reaction: str
) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", reaction])
    assert answer.outcome == "smalltalk", answer.text


@pytest.mark.parametrize("remark", ["lol min kat har lige væltet min kaffe", "haha my dog just ate my sandwich"])
def test_a_laugh_before_a_remark_about_something_else_is_no_nod_to_the_answer(
    fixture_engine: Engine, remark: str
) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", remark])
    assert not answer.answered and answer.outcome != "smalltalk", answer.text


@pytest.mark.parametrize("said", ["ok", "ok 👍", "haha ok"])
def test_a_bare_ok_with_no_answer_before_it_takes_note_politely(fixture_engine: Engine, said: str) -> None:
    assert talk(fixture_engine, [said]).outcome == "smalltalk"


@pytest.mark.parametrize("said", ["lol", "k", "haha 😂"])
def test_a_bare_laugh_or_k_with_no_answer_before_it_is_not_answered(fixture_engine: Engine, said: str) -> None:
    assert not talk(fixture_engine, [said]).answered


@pytest.mark.parametrize(
    "turns",
    [
        ["which members are not from a municipality?", "which of them is from Lyngholt?"],
        ["hvilke medlemmer er ikke fra en kommune?", "hvem af dem er fra Lyngholt?"],
    ],
)
def test_which_of_them_that_fits_none_listed_says_none_and_then_who_fits_in_the_whole_group(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.index("Rasmus Kvistgaard") < answer.text.index("Tobias Ravnkilde"), answer.text


def test_which_of_them_after_a_list_narrowed_from_another_still_means_that_list_not_the_group(
    fixture_engine: Engine,
) -> None:
    answer = talk(
        fixture_engine, ["who is utilities director?", "which of them is from Krageby?", "which of them is the chair?"]
    )
    assert answer.outcome == "negative" and "Rasmus" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["and his direct line?", "og hans direkte telefon?"])
def test_his_direct_line_after_a_member_is_no_claim_about_a_director_title(fixture_engine: Engine, turn: str) -> None:
    answer = talk(fixture_engine, ["who represents Krageby?", turn])
    assert not answer.text.startswith(("Yes", "Ja")), answer.text


@pytest.mark.parametrize(("organisation", "member"), [("ARI", "Rasmus Kvistgaard"), ("LWB", "Helle Birkmose")])
def test_who_is_from_an_organisation_after_a_no_names_its_member_not_what_it_is(
    fixture_engine: Engine, organisation: str, member: str
) -> None:
    answer = talk(
        fixture_engine, ["who chairs?", f"and is he from {organisation}?", f"who is from {organisation} then?"]
    )
    assert member in answer.text, answer.text


@pytest.mark.parametrize(
    "turns", [["hvor kommer hun fra?", "jeg tænkte på Ingrid"], ["where is she from?", "I was thinking of Ingrid"]]
)
def test_a_name_given_as_whom_one_was_thinking_of_answers_the_question_that_was_waiting(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answers(fixture_engine, turns, "Krageby")


@pytest.mark.parametrize("turn", ["Hvad er det fulde navn på hendes organisation?", "what is her organisation?"])
def test_her_organisation_after_a_member_who_sits_for_one_is_that_organisation(
    fixture_engine: Engine, turn: str
) -> None:
    answers(fixture_engine, ["who is Helle Birkmose?", turn], "Lakeside Water Board")


def test_a_polite_kan_de_fortaelle_mere_asks_for_more_like_kan_du(fixture_engine: Engine) -> None:
    polite = talk(fixture_engine, ["hvem er Helle Birkmose?", "Kan De fortælle mere?"])
    plain = talk(fixture_engine, ["hvem er Helle Birkmose?", "Kan du fortælle mere?"])
    assert polite.answered and polite.text == plain.text, polite.text


def test_a_bare_phrase_after_a_first_question_about_they_is_whom_they_are_never_asked_alone(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["hvad tjener de?", "medlemmerne af styregruppen"])
    assert answer.outcome == "not_in_article" and "Ingrid Falkesen" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["no, Lyngholt, not Krageby", "nej, Lyngholt og ikke Krageby"])
def test_a_correction_that_names_what_it_takes_back_asks_about_what_it_puts_in_its_place(
    fixture_engine: Engine, turn: str
) -> None:
    answer = talk(fixture_engine, ["who represents Krageby?", turn])
    assert "Tobias Ravnkilde" in answer.text and "Ingrid" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["is Helle Birkmose the chair?", "who is, then?"],
        ["er Helle Birkmose formand?", "hvem er det så?"],
        ["is she the chair?", "Helle Birkmose", "who is then?"],
        ["is Helle Birkmose the chair?", "Who holds that position, then?"],
    ],
)
def test_who_is_then_after_a_no_is_the_one_the_no_named_instead(fixture_engine: Engine, turns: list[str]) -> None:
    answers(fixture_engine, turns, "Rasmus Kvistgaard")


def test_who_is_then_after_a_yes_is_not_read_as_a_correction(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["is Rasmus Kvistgaard the chair?", "who is, then?"])
    assert "Helle" not in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what is LWB?", "who leads it?"], "who heads LWB"),
        (["hvad er ARI?", "hvem leder den?"], "hvem der leder ARI"),
        (["hvad er ARI?", "hvem leder det?"], "hvem der leder ARI"),
        (["what is LWB?", "who runs it?"], "who heads LWB"),
        (["what is LWB?", "who chairs it?"], "The steering group is chaired by Rasmus Kvistgaard"),
    ],
)
def test_who_leads_it_after_an_organisation_is_its_head_and_who_chairs_it_the_groups_chair(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who represents Mosevang?", "which one is the vandchef?"], "1 of the 2:\n• Jonas Vinterberg"),
        (["who represents Mosevang?", "which one is the vandchef?", "and the other one's title?"], "Helle Strandgaard"),
        (["hvem repræsenterer Mosevang?", "hvad hedder vandchefen af de to"], "1 af de 2:\n• Jonas Vinterberg"),
        (
            ["who is Ingrid Falkesen?", "who else is a forsyningsdirektør?", "how many are there including her?"],
            "2: Ingrid Falkesen and Tobias Ravnkilde",
        ),
        (["hvem er Ingrid Falkesen?", "hvor mange forsyningsdirektører er der så i alt?"], "2 af medlemmerne"),
    ],
)
def test_a_list_of_two_is_what_which_one_and_of_the_two_narrow_and_including_her_counts_her(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


def test_which_of_them_are_from_a_shared_seat_names_its_other_member_apart(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["list the teknik- og miljødirektører", "which of them are from Mosevang?"])
    head, also = answer.text.split("Also from there, but not among them:")
    assert head.startswith("1 of the 2:") and "Helle Strandgaard" in head and "Jonas Vinterberg" not in head
    assert "Jonas Vinterberg" in also


def test_which_of_those_three_after_a_list_of_another_size_is_not_read_as_that_list(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who represents Mosevang?", "which of those 3 is a forsyningsdirektør?"])
    assert " of the 2" not in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                "list the teknik- og miljødirektører",
                "which of them are from Mosevang?",
                "and the other Mosevang person?",
            ],
            "Jonas Vinterberg is vandchef",
        ),
        (["who is Jonas Vinterberg?", "og den anden fra Mosevang?"], "Helle Strandgaard er teknik- og miljødirektør"),
        (
            ["who is Jonas Vinterberg?", "og hvem er den anden fra Mosevang"],
            "Helle Strandgaard er teknik- og miljødirektør",
        ),
        (["who is Jonas Vinterberg?", "who is the other one from Mosevang?"], "Helle Strandgaard"),
        (
            ["hvem er Jonas Vinterberg?", "og hvad er den anden fra Mosevang?"],
            "Helle Strandgaard er teknik- og miljødirektør",
        ),
        (
            ["hvem er teknik- og miljødirektør i Søholt?", "nej den anden teknik- og miljødirektør"],
            "Helle Strandgaard er teknik- og miljødirektør",
        ),
    ],
)
def test_the_other_one_of_a_place_or_a_title_is_the_one_not_talked_about(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


def test_the_other_one_of_a_place_the_member_talked_about_does_not_sit_for_is_not_read_as_a_partner(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["who is Jonas Vinterberg?", "and the other Krageby person?"])
    assert "Helle Strandgaard" not in answer.text


def test_tell_me_more_after_what_someone_says_reads_on_past_the_paragraph_the_answer_gave(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["What does Rasmus Kvistgaard say?", "tell me more"])
    assert answer.answered and answer.text.startswith("The article says"), answer.text
    assert "Hver syvende liter" not in answer.text


def test_tell_me_more_after_a_figure_still_quotes_the_paragraph_behind_it(fixture_engine: Engine) -> None:
    assert "2,4 mia" in talk(fixture_engine, ["How much have the pipe agreements saved?", "tell me more"]).text


@pytest.mark.parametrize("turn", ["who is quoted on that figure?", "hvem er det der udtaler sig"])
def test_who_is_quoted_after_a_figure_is_the_speaker_of_the_paragraph_behind_it(
    fixture_engine: Engine, turn: str
) -> None:
    answers(fixture_engine, ["How much have the pipe agreements saved?", turn], "Rasmus Kvistgaard")


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["what is theme 2?", "is that the first theme?"], "No. Theme 2"),
        (["what is theme 2?", "is that the last one?"], "No. Theme 2"),
        (["hvad er tema 3?", "er det det sidste tema?"], "Ja. Tema 3"),
        (["what is theme 2?", "is it the second one?"], "Yes. Theme 2"),
    ],
)
def test_is_that_the_nth_theme_after_one_theme_is_checked_against_its_number(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(verdict)


@pytest.mark.parametrize(
    "turns",
    [
        ["what are the themes?", "is that the first theme?"],
        ["hvad er tema 1?", "er det ikke tema 1?"],
        ["who is Helle Birkmose?", "is that the first theme?"],
    ],
)
def test_is_that_the_nth_theme_gets_no_yes_unless_the_last_answer_was_that_one_theme(
    fixture_engine: Engine, turns: list[str]
) -> None:
    assert not talk(fixture_engine, turns).text.startswith(("Yes", "Ja"))


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["which municipalities are in the group?", "is Egemose among them?"], "No, Egemose"),
        (["which municipalities are in the group?", "is Egemose among them?", "and Krageby?"], "Yes. Krageby"),
        (["hvor mange kommuner er med?", "er Lyngholt blandt dem?"], "Ja. Lyngholt"),
    ],
)
def test_a_place_among_them_after_the_municipalities_asks_whether_it_is_in_the_group(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(verdict)


def test_a_claim_with_a_pronoun_checked_on_its_own_is_not_given_the_last_claims_words(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["blev planen vedtaget i maj 2031?", "og af hvem?", "har den fire temaer, ikk?"])
    assert answer.text.startswith("Nej.") and "3 temaer" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er Ingrid Falkesen?", "er der andre med samme titel?", "hvor er han fra?"], "Tobias Ravnkilde"),
        (["who is Jonas Vinterberg?", "is anyone else from Mosevang?", "what is her title?"], "Helle Strandgaard"),
        # "his" with the other one a woman is still the man asked about
        (["who is Jonas Vinterberg?", "is anyone else from Mosevang?", "what is his title?"], "Jonas Vinterberg"),
    ],
)
def test_he_after_who_else_answered_with_one_other_is_that_other(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(expected)


def test_she_after_the_other_ones_title_is_still_the_other_one_not_her_seat_partner(fixture_engine: Engine) -> None:
    turns = ["who represents Mosevang?", "hvem af dem er vandchef?", "og den anden, hvad er hendes titel?"]
    answer = talk(fixture_engine, [*turns, "så hun er også vandchef?"])
    assert answer.text.startswith("Nej. Helle Strandgaard"), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Aksel Brandtoft?", "is he a forsyningsdirektør like the others?"], "No. Aksel Brandtoft"),
        (["hvem er Ingrid Falkesen?", "er hun forsyningsdirektør ligesom de andre?"], "Ja. Ingrid Falkesen"),
    ],
)
def test_like_the_others_after_a_pronoun_asks_about_that_member_not_who_else(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(expected)


def test_a_follow_up_after_a_remark_in_the_same_message_is_read_as_the_follow_up(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["How much have the pipe agreements saved?", "2,4?? wow. since when"], "2026")


def test_a_question_of_its_own_after_a_remark_is_not_read_against_the_last_subject(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is Helle Birkmose?", "ok. what is the weather?"])
    assert "Helle Birkmose" not in answer.text


def test_den_after_a_finite_verb_stands_for_the_topic_noun(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["hvornår blev vandplanen vedtaget?", "hvad skal den bidrage til?"], "rent drikkevand")


def test_which_of_those_three_after_three_members_asked_in_turn_narrows_those_three(fixture_engine: Engine) -> None:
    turns = ["who is from Krageby?", "and Lyngholt?", "and Søholt?", "which of those 3 is a forsyningsdirektør"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("2 of the 3:") and "Aksel Brandtoft" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected", "left_out"),
    [
        (
            ["hvem er med i styregruppen?", "hvem ellers ud over Ingrid Falkesen og Tobias Ravnkilde?"],
            "Ud over Ingrid Falkesen og Tobias Ravnkilde er der 5:",
            "• Ingrid Falkesen",
        ),
        (["who is on the steering group?", "who else besides Helle Birkmose?"], "there are 6:", "• Helle Birkmose"),
    ],
)
def test_who_else_besides_members_of_the_last_list_is_the_rest_of_that_list(
    fixture_engine: Engine, turns: list[str], expected: str, left_out: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and left_out not in answer.text, answer.text


def test_which_of_them_after_who_else_besides_narrows_the_rest(fixture_engine: Engine) -> None:
    turns = ["who is on the steering group?", "who else besides Helle Birkmose?", "which of them is from Mosevang?"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("2 of the 6:"), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Helle Strandgaard?", "is anyone else called Helle?"], "Besides Helle Strandgaard, there are 1:"),
        (["hvem er Helle Birkmose?", "er der andre der hedder Helle?"], "• Helle Strandgaard"),
        (["who represents Mosevang?", "which of them is called Helle?"], "1 of the 2:"),
    ],
)
def test_a_first_name_several_members_share_narrows_who_else_and_which_of_them(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


def test_anyone_else_with_a_first_name_only_those_listed_share_is_a_none(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem hedder Helle?", "er der andre der hedder Helle?"])
    assert answer.text.startswith("Ingen ud over") and answer.outcome == "negative", answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem repræsenterer Søholt?", "hvem er repræsentant der?"], "Aksel Brandtoft"),
        (["what is ARI?", "who is the boss there?"], "does not say who heads ARI"),
    ],
)
def test_there_after_a_head_or_member_word_is_the_place_talked_about(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


def test_there_after_a_theme_names_no_place(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er tema 1?", "hvem er chef der?"])
    assert not any(place in answer.text for place in ("Krageby", "Lyngholt", "Mosevang", "Søholt")), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er formand?", "forskningschef?", "og LWB?"], "Helle Birkmose"),
        (["hvad er Tobias Ravnkildes titel?", "og Søholt?"], "Aksel Brandtoft"),
    ],
)
def test_a_bare_place_after_a_turn_about_a_member_asks_for_that_places_member(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


def test_a_bare_organisation_after_a_theme_asks_what_it_is(fixture_engine: Engine) -> None:
    assert "står for Lakeside Water Board" in talk(fixture_engine, ["hvad er tema 1?", "og LWB?"]).text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["How much have the pipe agreements saved?", "who said that?", "so it is LWB that says that?"], "No."),
        (["How much have the pipe agreements saved?", "so it is LWB that says that?"], "No."),
        (["hvor meget har ledningsaftalerne sparet?", "hvem siger det?", "så det er ARI, der siger det?"], "Ja."),
        (["How much have the pipe agreements saved?", "who said that?", "so Rasmus Kvistgaard said that?"], "Yes."),
        (
            ["hvor meget har ledningsaftalerne sparet?", "hvem siger det?", "så er det Helle Birkmose der siger det?"],
            "Nej.",
        ),
    ],
)
def test_a_claim_about_who_said_the_last_answer_is_checked_against_the_speaker_of_its_paragraph(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict), answer.text
    assert "Rasmus Kvistgaard" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Aksel Brandtoft?", "and who is listed immediately before him?"], "Jonas Vinterberg"),
        (["hvem er Aksel Brandtoft", "hvem kommer lige inden aksel pa listen"], "Jonas Vinterberg"),
        (["hvem er Tobias Ravnkilde?", "og hvem er den næste på listen efter ham?"], "Helle Strandgaard"),
        (["hvem er Jonas Vinterberg?", "og efter dem?"], "Aksel Brandtoft"),
        (["hvem er Helle Strandgaard?", "og før dem?"], "Tobias Ravnkilde"),
    ],
)
def test_a_move_before_or_after_the_member_or_the_seat_talked_about_goes_along_the_member_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected), answer.text


def test_a_move_along_the_list_after_a_checked_claim_asks_who_the_next_one_is_not_the_claim(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["hvem er Tobias Ravnkilde?", "så han er forsyningsdirektør?", "og næste på listen?"])
    assert answer.text.startswith("Helle Strandgaard"), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Aksel Brandtoft?", "what number is he on the member list?"], "Aksel Brandtoft is number 4 of 6"),
        (["hvem er Ingrid Falkesen?", "hvad er hendes nummer på medlemslisten?"], "Ingrid Falkesen står som nummer 1"),
        (["who represents Søholt?", "what is Rasmus Kvistgaard's number on the member list?"], "number 6"),
        (["who is Jonas Vinterberg?", "what number is he on the list?"], "number 3 of 6"),
    ],
)
def test_a_members_number_on_the_member_list_is_the_line_of_the_articles_list_as_who_is_number_n_counts(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["where is she from?", "Apologies, I meant Helle Birkmose."], "LWB"),
        (["who represents Krageby?", "no wait, I meant Søholt"], "Aksel Brandtoft"),
        (["hvem repræsenterer Krageby?", "hov, jeg mente Søholt"], "Aksel Brandtoft"),
        (["what is Jonas Vinterberg's title?", "not him, the other one"], "Helle Strandgaard"),
        (["hvem repræsenterer Krageby?", "sry mente Søholt"], "Aksel Brandtoft"),
        (["who represents Krageby?", "oops, Søholt"], "Aksel Brandtoft"),
        (["hvem repræsenterer Krageby?", "ups, Søholt"], "Aksel Brandtoft"),
        (["hvem repræsenterer Krageby?", "ok sry, mener formanden"], "Rasmus Kvistgaard"),
    ],
)
def test_a_correction_opening_with_an_apology_a_wait_or_not_him_asks_the_last_question_about_the_one_meant(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "language", "expected"),
    [
        (["hvem er formand?", "Kan du svare på engelsk fremover? Hvad er hans titel?"], "en", "head of research"),
        (["hvem er formand?", "kan du svare på engelsk fremover?", "hvem repræsenterer Krageby?"], "en", "represented"),
        (
            ["who is the chair?", "please answer in Danish from now on. Who represents Krageby?", "and Søholt?"],
            "da",
            "Aksel Brandtoft",
        ),
        (["hvem er formand?", "Svar venligst på engelsk fremover. Hvem repræsenterer Krageby?"], "en", "represented"),
        (
            ["hvem er formand?", "Svar venligst på engelsk fremover. Hvem er formand?", "hvem repræsenterer Krageby?"],
            "en",
            "represented",
        ),
        (
            ["hvem er formand?", "svar på engelsk fremover", "på dansk tak", "hvem repræsenterer Krageby?"],
            "da",
            "repræsenteret",
        ),
        # the request and the question apart by a dash
        (
            ["who is the chair?", "Answer in Danish from now on please - what's his title?", "who represents Søholt?"],
            "da",
            "Aksel Brandtoft",
        ),
        # a switch back, alone or with the next question after it
        (
            ["hvem er formand?", "answer in English from now on", "back to Danish please", "who represents Søholt?"],
            "da",
            "Aksel Brandtoft",
        ),
        (
            ["hvem er formand?", "svar på engelsk fremover", "back to Danish please: who represents Søholt?"],
            "da",
            "Aksel Brandtoft",
        ),
        (["hvem er formand?", "skift til engelsk", "hvem repræsenterer Søholt?"], "en", "Aksel Brandtoft"),
    ],
)
def test_a_language_asked_for_from_now_on_is_the_language_of_the_later_turns_until_another_is_asked_for(
    fixture_engine: Engine, turns: list[str], language: str, expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.language == language and expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (["who represents Lyngholt?", "kan du svare på dansk?", "who comes before him on the list?"], "da"),
        (["hvem er Helle Birkmose?", "answer in English please", "hvornår startede ledningsaftalerne?"], "en"),
        (["who represents Lyngholt?", "Svar venligst på dansk fremover.", "who comes before him on the list?"], "da"),
        (["hvem er Helle Birkmose?", "what is that in English?", "hvornår startede ledningsaftalerne?"], "da"),
        (["who represents Lyngholt?", "fra nu af vil jeg gerne have svar på dansk", "who comes before him?"], "da"),
        (["hvem er Helle Birkmose?", "I'd like answers in English from now on", "hvornår startede aftalerne?"], "en"),
        # writing "det"/"that" asks for the last answer only, even with a verb of replying
        (["hvem er Helle Birkmose?", "kan du skrive det på engelsk?", "hvornår startede aftalerne?"], "da"),
        (["who represents Lyngholt?", "could you write that in Danish?", "who comes before him?"], "en"),
    ],
)
def test_a_request_for_the_replies_language_lasts_and_a_translation_does_not(
    fixture_engine: Engine, turns: list[str], language: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and answer.language == language, answer.text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (
            [
                "who is the chair?",
                "Could you answer in Danish from now on, please? I want to practise.",
                "who represents Krageby?",
            ],
            "da",
        ),
        (["who is the chair?", "Would you kindly answer in Danish from now on?", "who represents Krageby?"], "da"),
        (
            [
                "hvem er formand?",
                "Please answer in English from now on, my boss reads no Danish.",
                "hvem repræsenterer Krageby?",
            ],
            "en",
        ),
    ],
)
def test_an_aside_beside_a_language_request_neither_hides_it_nor_is_answered(
    fixture_engine: Engine, turns: list[str], language: str
) -> None:
    _, state = fixture_engine.converse(turns[0], Conversation(), now=1000.0)
    for turn in turns[1:]:
        answer, state = fixture_engine.converse(turn, state, now=1000.0)
        assert answer.answered and answer.language == language, answer.text


def test_a_language_asked_for_from_now_on_ends_when_the_conversation_expires(fixture_engine: Engine) -> None:
    _, state = fixture_engine.converse("kan du svare på engelsk fremover?", Conversation(), now=1000.0)
    assert state.wanted == "en"
    answer, _ = fixture_engine.converse("hvem repræsenterer Krageby?", state, now=1000.0 + 10**6)
    assert answer.language == "da", answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["How much have the pipe agreements saved?", "may I have the source, please?"], "section quoting the chair"),
        (["hvornår startede ledningsaftalerne?", "må jeg bede om kilden, så jeg kan henvise korrekt?"], "02-05-2031"),
        (["How much have the pipe agreements saved?", "where does it say that?"], "godt 2,4 mia. kr."),
        (["hvem er formand?", "hvor står det?"], "listen over styregruppens medlemmer."),
        (["who chairs?", "where's that from?"], "list of the group's members."),
        (["who chairs?", "Where does that information come from?"], "list of the group's members."),
        (["who chairs?", "where does the article say so?"], "list of the group's members."),
        (["hvem er formand?", "hvor skriver artiklen det?"], "listen over styregruppens medlemmer."),
        (["hvem er formand?", "hvor i artiklen?"], "listen over styregruppens medlemmer."),
    ],
)
def test_asking_for_the_source_after_an_answer_names_the_article_and_the_part_the_answer_rests_on(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and "Ny styregruppe skal føre Søvandsrådets vandplan ud i livet" in answer.text, answer.text
    assert expected in answer.text, answer.text


def test_asking_for_the_source_with_nothing_answered_before_gets_no_part_of_the_article(fixture_engine: Engine) -> None:
    assert "rests on" not in talk(fixture_engine, ["may I have the source, please?"]).text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["How much have the pipe agreements saved?", "kan du uddybe det lidt?"], "Rasmus Kvistgaard"),
        (["How much have the pipe agreements saved?", "uddyb gerne"], "Rasmus Kvistgaard"),
        (["who is Aksel Brandtoft?", "could you elaborate on that?"], "no more about Aksel Brandtoft"),
        (
            ["How much have the pipe agreements saved?", "Could you explain that in a little more detail?"],
            "Rasmus Kvistgaard",
        ),
    ],
)
def test_asking_to_elaborate_is_asking_for_more_about_the_last_answer(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (["list the themes", "the second one", "uddyb"], "da"),
        (["hvad er temaerne?", "det andet tema", "elaborate"], "en"),
    ],
)
def test_a_lone_word_asking_to_elaborate_says_the_language_of_the_reply(
    fixture_engine: Engine, turns: list[str], language: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and answer.language == language, answer.text


def test_explain_that_in_english_is_the_last_answer_again_in_english(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem repræsenterer Krageby?", "can you explain that in English please?"])
    assert answer.language == "en" and "Ingrid Falkesen" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem repræsenterer Krageby?", "samme titel som ham fra Lyngholt?"], "Ja, samme titel"),
        (["who is Aksel Brandtoft?", "same title as the one from Lyngholt?"], "No, not the same title"),
    ],
)
def test_a_member_described_by_the_place_of_the_seat_is_that_member(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected) and "Tobias Ravnkilde" in answer.text, answer.text


def test_the_only_one_from_a_place_describes_no_member(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is Aksel Brandtoft?", "is he the only one from Søholt?"])
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["How much have the pipe agreements saved?", "More than 3 billion kroner, then?"], "No."),
        (["How much have the pipe agreements saved?", "more than 2 billion, then?"], "Yes."),
        (["How much have the pipe agreements saved?", "so it was 2.4 million kroner, right?"], "No."),
        (["hvor meget har ledningsaftalerne sparet?", "så det var 2,4 mia. kr.?"], "Ja."),
        (["How much have the pipe agreements saved?", "so 2.4 billion?"], "Yes."),
        (["How much have the pipe agreements saved?", "so 2.4 billion euros?"], "No."),
        (["hvor meget har ledningsaftalerne sparet?", "er det i norske kroner?"], "Nej."),
        (["how many utilities take part in the pipe agreements?", "So exactly 30 utilities, correct?"], "No."),
        (["how many utilities take part in the pipe agreements?", "so more than 20, right?"], "Yes."),
    ],
)
def test_a_figure_claimed_after_an_answer_is_checked_against_the_figure_the_answer_gives(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict), answer.text


def test_a_bare_number_after_a_list_of_themes_is_a_move_not_a_figure_claimed(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["what are the themes?", "og 2?"])
    assert not answer.text.startswith(("No.", "Nej.")), answer.text


def test_a_figure_claimed_with_a_subject_of_its_own_is_answered_as_it_is_alone(fixture_engine: Engine) -> None:
    question = "pipe agreements savings ~3 bn kr, correct?"
    answer = talk(fixture_engine, ["how many utilities take part in the pipe agreements?", question])
    assert answer.text == fixture_engine.ask(question, "en").text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is the utilities director in Krageby?", "no, the other one"], "Tobias Ravnkilde"),
        (["hvem er forsyningsdirektør i Lyngholt?", "nej, den anden"], "Ingrid Falkesen"),
    ],
)
def test_the_other_one_after_a_title_two_members_hold_is_the_other_holder(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected), answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["who is Aksel Brandtoft?", "Is he a municipal utilities director like several of the others?"], "No."),
        (["hvem er Ingrid Falkesen?", "er hun forsyningsdirektør ligesom flere af de andre?"], "Ja."),
    ],
)
def test_like_the_others_after_a_claim_about_one_member_asks_about_that_member_only(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvornår blev planen vedtaget?", "i starten af marts?"], "Nej."),
        (["when was the plan adopted?", "in May, right?"], "No."),
        (["when was the plan adopted?", "so not in 2030?"], "That's right"),
        (["when was the plan adopted?", "so not in 2031?"], "Not so"),
        # a closing "ikke" is a tag asking to confirm, no denial of the month
        (["hvornår blev planen vedtaget?", "du sagde maj 2031, ikke?"], "Nej."),
        (["hvornår blev planen vedtaget?", "i maj, ikk?", "i marts 2031, ikk?"], "Ja."),
    ],
)
def test_a_bare_date_after_a_question_asking_when_is_a_claim_about_the_time_asked_for(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["who chairs the group?", "in 2031?"],
        ["how many utilities take part in the pipe agreements?", "i maj, ikk?"],
    ],
)
def test_a_bare_date_after_a_question_not_asking_when_gets_no_verdict(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert not answer.text.startswith(("Yes", "No", "Ja", "Nej", "That's right", "Det er rigtigt")), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is utilities director?", "title of the first one?"], "Ingrid Falkesen"),
        (["who is utilities director?", "and the last one's municipality?"], "Lyngholt"),
        (["hvem er forsyningsdirektør?", "hvad er titlen på den anden?"], "Tobias Ravnkilde"),
        # two members named without a list asked for: the first and the last
        (["Who is first on the member list, and who is last?", "And who comes right after the first one?"], "Tobias"),
        (["hvem står først og hvem står sidst på listen?", "hvem kommer efter den første?"], "Tobias Ravnkilde"),
    ],
)
def test_an_ordinal_in_a_question_of_its_own_after_a_list_of_members_is_that_member(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "verdict", "theme"),
    [
        (["what are the themes?", "what is theme 2?", "and the last one is about pipes?"], "No.", "Theme 3"),
        (["hvad er temaerne?", "hvad er tema 2?", "og det første handler om vand?"], "Ja.", "Tema 1"),
    ],
)
def test_an_ordinal_in_a_claim_after_a_theme_is_the_theme_with_that_number_not_the_last_one_talked_about(
    fixture_engine: Engine, turns: list[str], verdict: str, theme: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict) and theme in answer.text, answer.text


def test_a_confirmation_tag_after_an_ordinal_theme_claim_is_no_title_filter(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er de tre temaer?", "det tredje handler om miljø, ikke?"])
    assert "Tema 3" in answer.text and "titlen" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "verdict", "named"),
    [
        (["hvem er Tobias Ravnkilde?", "og ham før ham er forsyningsdirektør i Krageby, vel?"], "Ja.", "Falkesen"),
        (["who is Tobias Ravnkilde?", "and her before him is from Lyngholt, right?"], "No.", "Falkesen"),
        (["hvem er Ingrid Falkesen?", "og ham efter Falkesen er fra Lyngholt, ikk?"], "Ja.", "Ravnkilde"),
    ],
)
def test_a_pronoun_right_before_before_or_after_is_the_one_beside_on_the_list(
    fixture_engine: Engine, turns: list[str], verdict: str, named: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict) and named in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["hvem er Helle Birkmose?", "og hvem er formand, ifølge hende?"],
        ["hvem er Helle Birkmose?", "who chairs the group, according to her?"],
    ],
)
def test_on_whose_word_a_question_is_asked_is_no_guess_to_deny(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert "Kvistgaard" in answer.text and not answer.text.startswith(("Nej", "No")), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["Ingrid Falkesen er vandchef i Krageby, ikk?", "Hvem har så den titel?"],
        ["is Falkesen a water manager?", "who has that title then?"],
    ],
)
def test_that_title_after_a_title_claim_denied_is_the_title_claimed(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert "Vinterberg" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "theme"), [(["hvad er tema 1?", "og tre"], "Tema 3"), (["what is theme 1?", "and two?"], "Theme 2")]
)
def test_a_number_word_alone_after_a_theme_is_that_theme(fixture_engine: Engine, turns: list[str], theme: str) -> None:
    assert talk(fixture_engine, turns).text.startswith(theme)


def test_an_ordinal_with_no_list_talked_about_points_at_nothing(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who chairs the group?", "title of the first one?"])
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ["hvem er Ingrid Falkesen?", "hvad siger ARI om vandtabet?", "takker han den gamle vandgruppe?"],
            "stor tak",
        ),
        (["who is Ingrid Falkesen?", "what does ARI say about the water loss?", "what does he mean?"], "Kvistgaard"),
    ],
)
def test_a_person_said_to_speak_right_after_a_quote_is_the_speaker_of_the_quote(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text, answer.text


def test_a_pronoun_not_about_speaking_after_a_quote_is_still_the_person_talked_about(fixture_engine: Engine) -> None:
    answers(
        fixture_engine, ["hvem er Ingrid Falkesen?", "hvad siger ARI om vandtabet?", "hvad er hendes titel?"], "Krageby"
    )


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["where is she from?", "Helle Birkmose I mean"], "LWB"),
        (["hvor kommer hun fra?", "Helle Birkmose mener jeg"], "LWB"),
        (["who represents Krageby?", "Søholt I mean"], "Aksel Brandtoft"),
        (["hvem repræsenterer Krageby?", "Søholt, mener jeg"], "Aksel Brandtoft"),
        (["where is she from?", "Ingrid Falkesen", "nej, Helle Birkmose mente jeg"], "LWB"),
        (["who represents Krageby?", "no, Søholt I meant"], "Aksel Brandtoft"),
    ],
)
def test_a_correction_said_after_the_name_asks_the_last_question_about_it(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Aksel Brandtoft?", "hvem står over ham på listen?"], "Jonas Vinterberg"),
        (["who is Tobias Ravnkilde?", "and who is below him on the list?"], "Helle Strandgaard"),
        (["who is Ingrid Falkesen?", "who comes directly before Aksel Brandtoft on the list?"], "Jonas Vinterberg"),
    ],
)
def test_above_below_and_directly_before_a_member_are_moves_along_the_member_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(expected)


@pytest.mark.parametrize(
    "turns",
    [
        ["who is second to last on the list?"],
        ["hvem står som den næstsidste på listen?"],
        ["hvem står først på listen?", "og den næstsidste?"],
    ],
)
def test_second_to_last_on_the_list_is_the_one_before_the_last(fixture_engine: Engine, turns: list[str]) -> None:
    answers(fixture_engine, turns, "Helle Birkmose")


@pytest.mark.parametrize(
    "turns",
    [
        ["who is third to last on the list?"],
        ["hvem står som tredjesidst på listen?"],
        ["list the members in order", "who is number 2?", "and the third to last?"],
        ["hvem sidder i styregruppen?", "og den tredjesidste?"],
        ["list the members in order", "the third from last?"],
    ],
)
def test_an_ordinal_counted_back_from_the_end_is_that_line_from_the_bottom_of_the_list(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answers(fixture_engine, turns, "Aksel Brandtoft")


def test_the_second_to_last_theme_is_counted_back_from_the_last_theme(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["what are the themes?", "the second to last?"], "Færre ledningstab")


def test_danish_da_at_the_end_of_a_question_is_filler(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["hvem er formand?", "hvad er hans titel da"], "forskningschef")


def test_before_them_after_a_move_past_a_shared_seat_goes_before_that_seat(fixture_engine: Engine) -> None:
    turns = ["who represents Mosevang?", "who comes after them on the list?", "and before them?"]
    assert talk(fixture_engine, turns).text.startswith("Tobias Ravnkilde")


@pytest.mark.parametrize(
    ("last", "expected"),
    [("and the fourth?", "Aksel Brandtoft"), ("and the third?", "Jonas Vinterberg")],
)
def test_an_ordinal_after_walking_the_member_list_is_that_line_of_the_list(
    fixture_engine: Engine, last: str, expected: str
) -> None:
    answers(fixture_engine, ["who is first on the list?", "and the next one?", last], expected)


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["who is utilities director?", "is any of them from Krageby?"], "Yes."),
        (["hvem er forsyningsdirektør?", "er en af dem formand?"], "Nej."),
    ],
)
def test_a_yes_no_question_about_them_gets_its_verdict_before_which_of_them(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(verdict)


def test_r_for_are_is_read_as_chat_shorthand(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["who is utilities director?", "which of them r from Lyngholt"], "Tobias Ravnkilde")


@pytest.mark.parametrize(
    ("turns", "verdict", "expected"),
    [
        (["When was the water plan adopted?", "Who adopted it, the government?"], "No.", "board of LWB"),
        (["who is the chair, Rasmus Kvistgaard?"], "Yes.", "Rasmus Kvistgaard"),
        (["hvem er formand, Brandtoft?"], "Nej.", "Rasmus Kvistgaard"),
        (["who represents Søholt, Aksel?"], "Yes.", "Aksel Brandtoft"),
    ],
)
def test_a_guess_after_a_who_question_is_confirmed_or_denied_before_the_answer(
    fixture_engine: Engine, turns: list[str], verdict: str, expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict) and expected in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["who is the chair, then?"],
        ["who is from Søholt, and what is his title?"],
        ["hvem er Helle Birkmose?", "og hvem er formand for den gruppe, hun sidder i?"],
        ["who is the chair, according to the article?"],
        ["hvem er forskningschef, ifølge artiklen?"],
        ["hvem er formand, i artiklen?"],
    ],
)
def test_words_after_a_who_questions_comma_that_guess_nothing_get_no_verdict(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and not answer.text.startswith(("Yes.", "No.", "Ja.", "Nej.")), answer.text


def test_a_participle_ends_the_phrase_a_pronoun_in_a_clause_of_its_own_stands_for(fixture_engine: Engine) -> None:
    state = fixture_engine.converse("When was the water plan adopted?", Conversation(), now=1000.0)[1]
    read = fixture_engine.dialogue.read("Who adopted it?", state, now=1010.0)
    assert read.asked == "Who adopted the water plan?", read.asked


@pytest.mark.parametrize(
    "turns",
    [
        ["When was the water plan adopted?", "what replaced it?", "who chairs that?"],
        ["When was the water plan adopted?", "since when had those agreements existed?"],
    ],
)
def test_that_and_those_answered_alone_are_not_the_last_questions_subject(
    fixture_engine: Engine, turns: list[str]
) -> None:
    state = Conversation()
    for number, turn in enumerate(turns):
        read = fixture_engine.dialogue.read(turn, state, now=1000.0 + 10 * number)
        state = read.state
    assert "water plan" not in read.asked, read.asked


@pytest.mark.parametrize(
    "turns",
    [
        ["which members are not from a municipality?", "and who represents each of those two organisations?"],
        ["hvilke medlemmer er ikke fra en kommune?", "hvem repræsenterer de to organisationer?"],
    ],
)
def test_those_two_organisations_are_the_ones_the_last_answer_named(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert "Helle Birkmose" in answer.text and "Rasmus Kvistgaard" in answer.text, answer.text


def test_which_other_member_has_the_same_title_asks_for_peers_not_the_two_last_talked_about(
    fixture_engine: Engine,
) -> None:
    turns = ["who is Aksel Brandtoft?", "who is Ingrid Falkesen?", "which other member has the same title?"]
    answers(fixture_engine, turns, "Tobias Ravnkilde")


def test_the_other_ones_title_after_two_narrowed_to_one_is_the_one_left_out(fixture_engine: Engine) -> None:
    turns = ["who is utilities director?", "which of them is from Krageby?", "and the other one's title?"]
    answers(fixture_engine, turns, "Tobias Ravnkilde")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["is Ingrid Falkesen from Krageby?", "but Tobias Ravnkilde is?"], "No. Tobias Ravnkilde"),
        (["er Ingrid Falkesen fra Krageby?", "men Tobias Ravnkilde er?"], "Nej. Tobias Ravnkilde"),
    ],
)
def test_a_name_with_the_last_questions_verb_echoed_after_it_asks_that_question_about_the_name(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(expected)


@pytest.mark.parametrize("turn", ["And who gave that figure?", "hvem gav det tal?"])
def test_who_gave_a_figure_is_who_said_it(fixture_engine: Engine, turn: str) -> None:
    answers(fixture_engine, ["How much have the agreements saved?", turn], "Rasmus Kvistgaard")


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("mia eller mio?", "Det er mia: "),
        ("is that million or billion?", "It is billion: "),
        ("in kroner or euros?", "It is kroner: "),
        ("i euro eller kroner?", "Det er kroner: "),
    ],
)
def test_a_choice_of_two_words_is_the_one_the_last_answer_has(fixture_engine: Engine, turn: str, expected: str) -> None:
    answer = talk(fixture_engine, ["How much have the agreements saved?", turn])
    assert answer.text.startswith(expected), answer.text


def test_a_choice_the_last_answer_has_neither_of_is_not_chosen(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["How much have the agreements saved?", "is that euro or dollars?"])
    assert not answer.text.startswith("It is"), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Ingrid Falkesen?", "is she the only one with that title?"], "No."),
        (["who is Ingrid Falkesen?", "is she the only one with that title?"], "Tobias Ravnkilde"),
        (["er Ingrid Falkesen den eneste forsyningsdirektør?"], "Tobias Ravnkilde"),
        (["who is Jonas Vinterberg?", "is he the only one with that title?"], "Yes."),
    ],
)
def test_the_only_one_with_a_title_is_checked_against_its_other_holders_and_names_them(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ["who is Ingrid Falkesen?", "is she the only one with that title?", "where is the other one from?"],
            "Lyngholt",
        ),
        (["hvem er Ingrid Falkesen?", "er hun den eneste med den titel?", "hvor er den anden fra?"], "Lyngholt"),
    ],
)
def test_the_other_one_after_a_member_and_the_one_other_holder_named_is_that_holder(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what are the themes?", "which of those is the work on the pipe agreements linked to?"], "Færre ledningstab"),
        (
            ["what are the themes?", "Which of them is the steering group's work on the pipe agreements linked to?"],
            "Færre ledningstab",
        ),
    ],
)
def test_which_of_the_themes_something_is_tied_to_is_answered_by_what_names_that_theme(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_which_of_them_after_a_count_of_them_that_holds_none_is_followed_by_the_group_counted_in(
    fixture_engine: Engine,
) -> None:
    turns = ["Who are the members of the steering group?", "How many of them are forsyningsdirektører?"]
    answers(fixture_engine, [*turns, "Which of them are from ARI?"], "Rasmus Kvistgaard")


def test_which_of_them_after_a_list_narrowed_by_which_that_holds_none_stays_with_that_list(
    fixture_engine: Engine,
) -> None:
    turns = ["Who are the members of the steering group?", "which of them are teknik- og miljødirektører?"]
    answer = talk(fixture_engine, [*turns, "Which of them are from ARI?"])
    assert "Rasmus Kvistgaard" not in answer.text, answer.text


def test_after_a_none_among_those_counted_them_is_still_the_group_counted_in(fixture_engine: Engine) -> None:
    turns = ["Who are the members of the steering group?", "How many of them are forsyningsdirektører?"]
    answers(fixture_engine, [*turns, "Which of them are from ARI?", "And which one is from LWB?"], "Helle Birkmose")


def test_a_danish_turn_with_a_number_word_english_also_has_is_answered_in_danish(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["what is the first theme of the plan?", "og nummer to?"])
    assert answer.language == "da" and "Færre ledningstab" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who represents Lyngholt?", "Who is listed after the Mosevang representatives?"], "Aksel Brandtoft"),
        (["hvem repræsenterer Lyngholt?", "hvem står før Mosevang på listen?"], "Tobias Ravnkilde"),
        (
            ["who represents Lyngholt?", "Who is listed after the Mosevang representatives?", "and before them?"],
            "Tobias",
        ),
    ],
)
def test_before_or_after_a_seat_named_moves_past_the_people_it_names_along_the_member_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_a_seat_named_with_before_and_no_list_word_is_no_move(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who represents Lyngholt?", "who represented Mosevang before?"])
    assert "Aksel Brandtoft" not in answer.text and "Tobias Ravnkilde is" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("last", "expected"),
    [("er de alle tre forsyningsdirektører?", "Nej."), ("are they all three utilities directors?", "No.")],
)
def test_all_three_after_three_members_asked_about_in_turn_is_those_three(
    fixture_engine: Engine, last: str, expected: str
) -> None:
    answer = talk(fixture_engine, ["hvem repræsenterer Krageby?", "og Lyngholt?", "og Søholt?", last])
    assert answer.text.startswith(expected) and "Aksel Brandtoft" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # the member talked about last is a woman: "he" is the man before her
        (["who represents Lyngholt?", "and Krageby?", "where is he from?"], "Tobias Ravnkilde"),
        (["hvem er Tobias Ravnkilde?", "hvem er Helle Birkmose?", "hvad er hans titel?"], "forsyningsdirektør"),
        (["hvem er Helle Birkmose?", "hvem er Tobias Ravnkilde?", "hvor kommer hun fra?"], "LWB"),
        (["hvem er Tobias Ravnkilde?", "hvem er Helle Birkmose?", "what number is he on the member list?"], "2 of"),
        # of a seat's two members, "hun" is the woman
        (["hvad er Mosevang?", "hvad er hendes titel?"], "Helle Strandgaard"),
    ],
)
def test_a_gendered_pronoun_passes_by_members_of_the_other_gender(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize("question", ["hvad er hans titel?", "hvad er hendes titel?"])
def test_a_member_without_a_pronoun_may_be_meant_by_either(fixture_engine: Engine, question: str) -> None:
    answers(fixture_engine, ["hvem er Aksel Brandtoft?", question], "Aksel Brandtoft")


def test_she_after_a_quote_is_never_its_speaker_when_he_is_a_man(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", "hvad siger ARI om samarbejdet?", "hvad mener hun?"])
    assert "Rasmus Kvistgaard" not in answer.text, answer.text


def test_he_after_a_quote_is_its_speaker(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["hvem er formand?", "hvad siger ARI om samarbejdet?", "hvad mener han?"], "Rasmus")


def test_no_more_after_the_last_paragraph_leaves_the_question_before_it_to_lean_on(fixture_engine: Engine) -> None:
    asked = "what does the article say about the new steering group and the water plan?"
    state = Conversation()
    for number, question in enumerate([asked, "tell me more"]):
        answer, state = fixture_engine.converse(question, state, now=1000.0 + 10 * number)
    assert answer.outcome == "not_in_article", answer.text
    assert state.frame == asked and state.source == "passage:lead", state
    again, _ = fixture_engine.converse("tell me more", state, now=1100.0)
    assert again.outcome == "not_in_article", again.text


@pytest.mark.parametrize(
    ("turns", "opening"),
    [
        (["hvor mange forsyningsdirektører er der?", "Er Ingrid Falkesen en af dem?"], "Ja."),
        (["hvor mange forsyningsdirektører er der?", "Er Ingrid Falkesen en af dem?", "og Helle Strandgaard?"], "Nej."),
        (["hvor mange forsyningsdirektører er der?", "Er Helle Strandgaard en af dem?"], "Nej."),
    ],
)
def test_one_of_them_after_a_list_is_one_of_those_listed_not_of_the_group(
    fixture_engine: Engine, turns: list[str], opening: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(opening)


def test_that_person_from_a_place_is_the_member_talked_about_claimed_to_be_from_it(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine, ["who is Ingrid Falkesen?", "who is listed right after her?", "Is that person from LWB?"]
    )
    assert answer.text.startswith("No.") and "Ravnkilde" in answer.text, answer.text


def test_an_apology_before_a_question_of_its_own_is_no_correction(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem repræsenterer Krageby?", "undskyld, hvem er formand?"])
    assert answer.answered and "Rasmus Kvistgaard" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er Tobias Ravnkilde?", "n efter ham?"], "Helle Strandgaard"),
        (["hvem er Tobias Ravnkilde?", "n efter ham?", "n den næste"], "Jonas Vinterberg"),
    ],
)
def test_chat_n_for_og_opens_a_follow_up_as_og_does(fixture_engine: Engine, turns: list[str], expected: str) -> None:
    answers(fixture_engine, turns, expected)


def test_for_typed_for_before_a_member_on_the_list_is_the_place_before(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["hvem er Helle Strandgaard?", "hvem star for hende pa listen"], "Tobias Ravnkilde")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is the chair?", "tell me more about the one from Søholt"], "Aksel Brandtoft"),
        (["list the teknik- og miljødirektører", "tell me more about the one from Mosevang"], "Helle Strandgaard"),
        (["hvem er formand?", "fortæl mere om repræsentanten fra Søholt"], "Aksel Brandtoft"),
        (["who is the chair?", "tell me more about Aksel Brandtoft"], "Aksel Brandtoft"),
    ],
)
def test_more_about_the_one_from_a_place_is_about_its_member_of_those_listed(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_more_about_the_one_from_a_place_of_two_with_neither_listed_picks_neither(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is the chair?", "tell me more about the one from Mosevang"])
    assert "no more about" not in answer.text, answer.text


def test_a_place_the_gazetteer_spells_otherwise_than_the_member_list_still_finds_its_member(
    fixture_engine: Engine,
) -> None:
    from dataclasses import replace

    from bot.core.knowledge import Municipality

    # A place hyphenated in the gazetteer and written with a space on the member list.
    knowledge = fixture_engine.knowledge
    gazetteer = tuple(Municipality("Søholt-Nørreby", ()) if m.name == "Søholt" else m for m in knowledge.municipalities)
    seats = tuple(
        replace(seat, municipality="Søholt Nørreby") if seat.municipality == "Søholt" else seat
        for seat in knowledge.seats
    )
    render = Engine(replace(knowledge, municipalities=gazetteer, seats=seats)).renderer
    assert "Søholt-Nørreby" in render.places_of(render.person_by_name["Aksel Brandtoft"])


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvem er formand?", "og han er den sidste?"], "Ja."),
        (["who is Ingrid Falkesen?", "is she the first one on the list?"], "Yes."),
        (["who is Ingrid Falkesen?", "is she the last one?"], "No."),
        (["hvem er Aksel Brandtoft?", "er han den første på listen?"], "Nej."),
    ],
)
def test_a_claim_about_a_members_place_at_an_end_of_the_list_is_checked_against_the_list(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(verdict)


def test_who_is_the_last_one_moves_along_the_list_and_claims_nothing(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is Ingrid Falkesen?", "who is the last one?"])
    assert "Rasmus Kvistgaard" in answer.text and not answer.text.startswith(("Yes", "No")), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is Aksel Brandtoft?", "and his colleague with the same title?", "from which kommune?"], "Mosevang"),
        (["hvem er Helle Birkmose?", "hvem sidder før hende på listen?", "hvor er han fra?"], "Søholt"),
        (["hvem er Helle Birkmose?", "er der flere der hedder Helle?", "hvor er hun fra?"], "Mosevang"),
    ],
)
def test_the_one_found_beside_the_member_asked_about_is_the_one_talked_about_next(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_he_after_none_of_them_but_one_among_all_is_that_one(fixture_engine: Engine) -> None:
    turns = [
        "list all the members please",
        "how many of them are teknik- og miljødirektør?",
        "which of them are from ARI?",
        "and he is the chair, yes?",
    ]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("Yes.") and "Rasmus Kvistgaard" in answer.text, answer.text


@pytest.mark.parametrize("turn", ["hvem er hun i øvrigt?", "hvem er hun forresten?"])
def test_by_the_way_in_a_follow_up_is_filler(fixture_engine: Engine, turn: str) -> None:
    # "i øvrigt" and "forresten" only soften the question; read as words they left a profile unmatched.
    answers(fixture_engine, ["hvem repræsenterer Krageby?", turn], "forsyningsdirektør")


@pytest.mark.parametrize(
    ("claim", "verdict"), [("is she a member herself?", "Yes"), ("is she the chair herself?", "No")]
)
def test_herself_in_a_claim_is_emphasis_and_changes_no_verdict(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    answer = talk(fixture_engine, ["who represents Krageby?", claim])
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("turns", "source"),
    [
        (["Hvad siger Rasmus Kvistgaard om skybrud?", "Og hvad ellers sagde han?"], "passage:chair-results"),
        (
            ["What does Rasmus Kvistgaard say about the old water group?", "what else did he say?"],
            "passage:chair-leaks",
        ),
        (
            ["Hvad siger Rasmus Kvistgaard om vandgruppen?", "Og hvad ellers sagde han?", "answer in English please"],
            "passage:chair-leaks",
        ),
    ],
)
def test_what_else_a_speaker_said_is_another_paragraph_of_theirs(
    fixture_engine: Engine, turns: list[str], source: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and answer.source == source, (answer.source, answer.text)
    assert answer.language == ("en" if turns[-1].startswith(("What", "what", "answer")) else "da")


def test_what_a_speaker_said_after_their_last_paragraph_is_no_paragraph_the_article_says_itself(
    fixture_engine: Engine,
) -> None:
    # The paragraph after his last one is the article's own voice: quoting it as his would be wrong.
    answer = talk(
        fixture_engine,
        ["What does Rasmus Kvistgaard say about the old water group?", "What did he say right after that?"],
    )
    assert not answer.answered and "ARI ser man frem" not in answer.text, answer.text


@pytest.mark.parametrize("asked", ["Did he mention 2026?", "nævnte han 2026?"])
def test_whether_a_speaker_mentioned_a_year_is_yes_with_their_paragraph_that_says_it(
    fixture_engine: Engine, asked: str
) -> None:
    answer = talk(fixture_engine, ["Hvad siger Rasmus Kvistgaard om skybrud?", asked])
    assert answer.text.startswith(("Yes", "Ja")) and answer.source == "passage:chair-results", answer.text


@pytest.mark.parametrize("asked", ["Did he mention 2019?", "Did he mention 4?"])
def test_a_figure_the_speakers_paragraphs_never_say_gets_no_yes(fixture_engine: Engine, asked: str) -> None:
    # "4" is no figure of "2,4 mia.", though folding the paragraph splits it into 2 and 4.
    answer = talk(fixture_engine, ["Hvad siger Rasmus Kvistgaard om skybrud?", asked])
    assert not answer.text.startswith(("Yes", "Ja")), answer.text


@pytest.mark.parametrize("turn", ["n LWB?", "og LWB?", "ok n LWB?"])
def test_chat_n_opens_a_follow_up_as_og_does(fixture_engine: Engine, turn: str) -> None:
    # "n SKI?" is typed for "og SKI?": the turn proper starts after it, as after "og".
    alone = fixture_engine.ask(turn)
    read = Turn(text=turn, folded=tuple(fold(turn).split()), mentions=(), alone=alone)
    assert read.folded[read.lead()] == "lwb"
    answers(fixture_engine, ["hvem er fra ARI", turn], "Helle Birkmose")


@pytest.mark.parametrize("turn", ["hendes job?", "n hans job?"])
def test_a_danish_pronoun_weighs_against_an_english_loanword_for_the_turns_language(
    fixture_engine: Engine, turn: str
) -> None:
    # "job" is English and Danish alike; "hendes" is only Danish: a tie keeps the Danish of the turns before.
    assert fixture_engine.ask(turn, "da").language == "da"


@pytest.mark.parametrize(
    "turns",
    [
        ["who represents Krageby?", "Who comes right before the chair on the list?"],
        ["hvem repræsenterer Krageby?", "hvem står lige før formanden på listen?"],
    ],
)
def test_a_move_from_the_chair_starts_at_the_member_who_chairs(fixture_engine: Engine, turns: list[str]) -> None:
    answers(fixture_engine, turns, "Helle Birkmose")


@pytest.mark.parametrize(
    "turns",
    [
        ["who is Tobias Ravnkilde?", "and Aksel Brandtoft?", "Who is listed between them?"],
        ["hvem er Aksel Brandtoft?", "hvem står mellem Tobias Ravnkilde og Aksel Brandtoft på listen?"],
    ],
)
def test_between_two_members_are_the_members_between_their_places_on_the_list(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert "Helle Strandgaard" in answer.text and "Jonas Vinterberg" in answer.text, answer.text
    assert "Ingrid Falkesen" not in answer.text and "Helle Birkmose" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected", "not_expected"),
    [
        (["who is Jonas Vinterberg?", "Who shares the seat with him?"], "Helle Strandgaard", "Jonas Vinterberg is"),
        (
            ["hvem er Aksel Brandtoft?", "hvem deler plads med Helle Strandgaard?"],
            "Jonas Vinterberg",
            "Helle Strandgaard er",
        ),
        (
            ["hvem er Jonas Vinterberg?", "og hvem er med sammen med ham fra Mosevang?"],
            "Helle Strandgaard",
            "Jonas Vinterberg er",
        ),
        (["who is Jonas Vinterberg?", "who sits alongside him?"], "Helle Strandgaard", "Jonas Vinterberg is"),
    ],
)
def test_who_shares_a_seat_with_a_member_is_the_other_member_of_that_seat(
    fixture_engine: Engine, turns: list[str], expected: str, not_expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and answer.text.startswith(expected) and not_expected not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["which organisations besides municipalities are represented?", "Who represents each of them?"],
        ["hvilke organisationer er med ud over kommunerne?", "hvem repræsenterer hver af dem?"],
    ],
)
def test_who_represents_each_of_them_after_organisations_were_named_asks_it_of_each(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert "LWB" in answer.text and "ARI" in answer.text and "Helle Birkmose" in answer.text, answer.text
    assert "Rasmus Kvistgaard" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvem er forsyningsdirektør?", "hvad med ham fra Søholt, samme titel?"], "Nej"),
        (["who are the utilities directors?", "what about the one from LWB, same title?"], "No"),
    ],
)
def test_one_described_compared_with_a_list_gets_the_verdict_every_listed_member_gives(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict), answer.text


def test_one_compared_with_a_list_whose_members_differ_gets_no_verdict(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem repræsenterer Mosevang?", "hvad med ham fra Søholt, samme titel?"])
    assert not answer.text.startswith(("Ja", "Nej")), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["how many of the members are forsyningsdirektør?", "Please list them."],
        ["hvor mange af medlemmerne er forsyningsdirektør?", "kan du nævne dem?"],
    ],
)
def test_list_them_after_an_answer_naming_several_members_names_each_of_them(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and "Ingrid Falkesen" in answer.text and "Tobias Ravnkilde" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hvilket besparelsespotentiale fremhæver Rasmus Kvistgaard?",
        "Hvilke aftaler fremhæver Rasmus Kvistgaard derefter?",
    ],
)
def test_what_a_speaker_highlights_is_what_they_say(fixture_engine: Engine, question: str) -> None:
    answer = talk(fixture_engine, [question])
    assert answer.answered and answer.source == "passage:chair-results", (answer.source, answer.text)


def test_since_when_after_a_quoted_paragraph_is_the_year_its_words_give(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["Hvad siger Rasmus Kvistgaard om besparelsespotentialet?", "Siden hvornår?"])
    assert answer.answered and "2026" in answer.text, answer.text


def test_since_when_after_a_paragraph_without_a_year_gives_no_year_of_another(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["Hvad siger Rasmus Kvistgaard om skybrud?", "Siden hvornår?"])
    assert "2026" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["så den løber til 2040", "og den gælder til 2040", "hvornår udløber den"])
def test_den_before_a_verb_of_lasting_stands_for_the_thing_talked_about(turn: str) -> None:
    from bot.core.topics import stands_for_thing

    folded = fold(turn).split()
    assert stands_for_thing(folded, folded.index("den"))


@pytest.mark.parametrize(
    "turns",
    [
        ["Hvornår er artiklen fra?", "Og planen blev vedtaget samme dag?"],
        ["When was the article published?", "And the plan was adopted the same day?"],
    ],
)
def test_a_time_claimed_as_the_same_day_as_the_last_answers_date_is_checked_against_it(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(("Nej", "No")) and answer.source == "adoption", answer.text


def test_the_same_day_after_an_answer_without_a_date_gets_no_verdict(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["Hvem er formand for styregruppen?", "Og planen blev vedtaget samme dag?"])
    assert not answer.text.startswith(("Ja", "Nej")), answer.text


def test_a_question_in_chat_spelling_with_a_laugh_is_no_nod(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["theme 1?", "wat does that mean lol"])
    assert answer.source == "fact:theme:1", (answer.source, answer.text)


@pytest.mark.parametrize("said", ["whats the capital of ireland lol", "hows the weather lol"])
def test_an_aside_asked_in_chat_spelling_with_a_laugh_is_no_nod_and_gets_no_answer(
    fixture_engine: Engine, said: str
) -> None:
    answer = talk(fixture_engine, ["theme 1?", said])
    assert answer.outcome == "fallback", (answer.outcome, answer.text)


@pytest.mark.parametrize("said", ["lol did anyone bring cake to the meeting", "ok is there coffee at the meeting"])
def test_a_yes_no_question_after_a_laugh_is_no_nod(fixture_engine: Engine, said: str) -> None:
    answer = talk(fixture_engine, ["theme 1?", said])
    assert answer.outcome != "smalltalk", answer.text


@pytest.mark.parametrize("said", ["hahaha fortæl en vittighed", "lol tell me a joke"])
def test_a_request_after_a_laugh_is_no_nod(fixture_engine: Engine, said: str) -> None:
    answer = talk(fixture_engine, ["theme 1?", said])
    assert answer.outcome != "smalltalk", answer.text


def test_a_bare_why_asks_about_all_the_last_question_named_not_its_last_phrase(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["What happened to the former council for the joint pipe agreements?", "Why?"])
    assert answer.source == "previous-council", (answer.source, answer.text)


def test_what_someone_is_called_in_full_is_their_profile(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["Hvem er formand for styregruppen?", "Hvad hedder han fuldt ud?"])
    assert answer.source == "fact:person:Rasmus Kvistgaard", (answer.source, answer.text)


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["Har ledningsaftalerne sparet 2,4 mia?", "siden 2025?"], "Nej"),
        (["Have the pipe agreements saved 2.4 billion?", "since 2025?"], "No"),
        (["Har ledningsaftalerne sparet 2,4 mia?", "siden 2026?"], "Ja"),
        # The first claim's own tag ("ikke sandt") must not turn round the claim the year joins.
        (["Ledningsaftalerne har sparet 2,4 mia., ikke sandt?", "siden 2025 vel"], "Nej"),
        (["Ledningsaftalerne har sparet 2,4 mia., ikke sandt?", "siden 2026 vel"], "Ja"),
        (["The pipe agreements saved 2.4 billion, didn't they?", "since 2025?"], "No"),
    ],
)
def test_a_start_year_on_its_own_after_a_claim_is_checked_as_part_of_that_claim(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict) and "2026" in answer.text, answer.text


def test_a_start_year_on_its_own_after_a_question_is_no_claim_of_its_words(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvor meget har ledningsaftalerne sparet?", "siden 2025?"])
    assert not answer.text.startswith(("Ja", "Yes")), answer.text


@pytest.mark.parametrize(
    ("turn", "pointing"),
    [
        ("og hvem har nedsat den nye styregruppe", False),
        ("hvem var formand for den", True),
        ("hvornår blev de etableret", True),
    ],
)
def test_den_opening_a_phrase_of_the_turns_own_points_back_at_nothing(turn: str, pointing: bool) -> None:
    from bot.core.topics import points_back_unnamed

    assert points_back_unnamed(fold(turn).split()) is pointing


def test_a_whole_question_after_why_about_the_old_council_stands_alone(fixture_engine: Engine) -> None:
    answers(
        fixture_engine,
        ["Hvad er der sket med det gamle ledningsråd?", "Hvorfor?", "Og hvem har nedsat den nye styregruppe?"],
        "LWB",
    )


@pytest.mark.parametrize(
    "turns",
    [
        ["Hvem er Tobias Ravnkilde?", "Hvad hedder hans chef?"],
        ["Who is Tobias Ravnkilde's boss?"],
        ["Hvem er Tobias Ravnkildes chef?"],
    ],
)
def test_a_members_boss_is_someone_the_article_does_not_name(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert not answer.answered and answer.outcome == "not_in_article", answer.text


def test_a_member_asked_about_with_a_head_noun_not_in_the_genitive_keeps_the_profile(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["Er Tobias Ravnkilde direktør?"], "forsyningsdirektør")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["first guy on the list?"], "Ingrid Falkesen"),
        (["første medlem på listen?"], "Ingrid Falkesen"),
        (["first guy on the list?", "next"], "Tobias Ravnkilde"),
    ],
)
def test_a_place_on_the_list_asked_with_a_person_word_instead_of_who_names_that_member(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_nah_opens_a_correction_like_no(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["Who is Helle Strandgaard?", "nah the other helle"])
    assert "Helle Birkmose" in answer.text and "Strandgaard" not in answer.text, answer.text


def test_before_the_one_a_list_was_narrowed_to_is_along_the_member_list(fixture_engine: Engine) -> None:
    answers(
        fixture_engine,
        [
            "Which members hold the title forsyningsdirektør?",
            "Which of them represents Lyngholt?",
            "And the one before him on the list?",
        ],
        "Ingrid Falkesen",
    )


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er nr 2 på listen?", "og nr 3"], "Helle Strandgaard"),
        (["who is number 4 on the list?", "and number 5?"], "Helle Birkmose"),
    ],
)
def test_a_bare_number_after_a_place_asked_by_number_is_another_place_on_the_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    "turns",
    [
        ["hvem er Tobias Ravnkilde?", "hvem sidder ved siden af ham paa listen?"],
        ["who is Tobias Ravnkilde?", "who is next to him on the list?"],
        ["who are Tobias Ravnkilde's neighbours on the list?"],
    ],
)
def test_who_is_next_to_a_member_on_the_list_is_the_line_before_and_the_line_after(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    # The line after is Mosevang's, which names two people.
    for name in ("Ingrid Falkesen", "Helle Strandgaard", "Jonas Vinterberg"):
        assert name in answer.text, answer.text
    assert "Aksel Brandtoft" not in answer.text, answer.text


def test_who_is_next_to_a_member_of_a_shared_seat_names_the_partner_on_the_same_line(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("who is next to Jonas Vinterberg on the list?")
    assert "On the same line: Helle Strandgaard" in answer.text, answer.text
    assert "Tobias Ravnkilde" in answer.text and "Aksel Brandtoft" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected", "not_expected"),
    [
        (
            ["who is teknik- og miljødirektør?", "Which of them comes first on the list?"],
            "Helle Strandgaard",
            "Aksel Brandtoft",
        ),
        (
            ["hvem er teknik- og miljødirektør?", "hvem af dem står sidst på listen?"],
            "Aksel Brandtoft",
            "Helle Strandgaard",
        ),
    ],
)
def test_which_of_them_comes_first_on_the_list_is_by_the_articles_order_not_the_answers(
    fixture_engine: Engine, turns: list[str], expected: str, not_expected: str
) -> None:
    # The answer listed them by name, Aksel Brandtoft first; the article lists Helle Strandgaard first.
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and not_expected not in answer.text, answer.text


def test_he_after_which_of_them_comes_first_is_the_one_found(fixture_engine: Engine) -> None:
    turns = ["who is teknik- og miljødirektør?", "Which of them is listed last?", "which municipality is he from?"]
    answers(fixture_engine, turns, "Søholt")


def test_the_one_after_him_on_the_list_after_a_list_by_name_is_the_next_on_the_articles_list(
    fixture_engine: Engine,
) -> None:
    # In the answer's list Helle Strandgaard came after Aksel Brandtoft; on the article's, Helle Birkmose does.
    turns = [
        "who is teknik- og miljødirektør?",
        "Which of them is listed last?",
        "who comes right after him on the list?",
    ]
    answers(fixture_engine, turns, "Helle Birkmose")


@pytest.mark.parametrize(
    "turns",
    [
        ["which organisations besides municipalities are represented?", "Which of them holds the chair?"],
        ["hvilke organisationer er med ud over kommunerne?", "hvilken af dem er formand?"],
    ],
)
def test_which_of_them_before_a_verb_asks_who_of_them(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert "Rasmus Kvistgaard" in answer.text and "Helle Birkmose" not in answer.text, answer.text


def test_is_either_of_them_is_no_for_both_and_they_stay_the_pair(fixture_engine: Engine) -> None:
    pair = ["who represents Krageby?", "and Søholt?", "same title?"]
    answer = talk(fixture_engine, [*pair, "Is either of them from ARI?"])
    assert answer.text.startswith("No."), answer.text
    between = talk(fixture_engine, [*pair, "Is either of them from ARI?", "Whose names come between them on the list?"])
    assert "Tobias Ravnkilde" in between.text and "Helle Strandgaard" in between.text, between.text


def test_is_he_one_too_after_a_correction_asks_the_last_claim_of_the_other_one(fixture_engine: Engine) -> None:
    turns = ["who represents Mosevang?", "Is she a teknik- og miljødirektør?", "Not her, the other one. Is he one too?"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("No.") and "Jonas Vinterberg" in answer.text, answer.text


def test_a_correction_to_a_bare_number_moves_along_the_themes_as_the_number_alone_would(
    fixture_engine: Engine,
) -> None:
    answers(fixture_engine, ["hvad er tema 1?", "og nummer 3?", "nej jeg mente nr 2"], "Færre ledningstab")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # Of the people just listed, the only one the pronoun's gender fits.
        (["hvem er med fra Krageby og Lyngholt?", "hvor kommer han fra?"], "Lyngholt"),
        (["who is from Krageby and Lyngholt?", "where is she from?"], "Krageby"),
        # The member a "No." named instead, when the one it was about does not fit.
        (["Is Tobias Ravnkilde from LWB?", "what is her title?"], "miljøchef"),
        # The one member the turn named as typed, when its reading put in another from before.
        (["Er Helle Strandgaard fra Mosevang?", "Og Helle Birkmose har samme titel?", "hvor kommer hun fra?"], "LWB"),
        (["which organisations besides municipalities are represented?", "what is his title?"], "forskningschef"),
        (["hvilke organisationer er med ud over kommunerne?", "hvad er hendes titel?"], "miljøchef"),
    ],
)
def test_a_gendered_pronoun_finds_the_one_member_it_can_mean(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_a_gendered_pronoun_after_a_list_it_fits_twice_picks_no_one(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem hedder Helle?", "hvad er hendes titel?"])
    assert not ("miljøchef" in answer.text) ^ ("teknik- og miljødirektør" in answer.text), answer.text


def test_she_after_and_x_has_the_same_title_is_x(fixture_engine: Engine) -> None:
    # Aksel Brandtoft has no curated pronoun, so "hun" could mean either but for the turn naming her.
    turns = ["Er Aksel Brandtoft fra Søholt?", "Og Helle Strandgaard har samme titel?", "Hvilken kommune er hun fra?"]
    answers(fixture_engine, turns, "Mosevang")


def test_both_before_their_still_means_the_last_two_members(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine, ["who is Helle Strandgaard?", "and Aksel Brandtoft?", "Do both their titles say the same?"]
    )
    assert answer.answered and "Helle Strandgaard" in answer.text and "Aksel Brandtoft" in answer.text, answer.text


def test_a_bare_place_after_two_members_compared_asks_for_its_member(fixture_engine: Engine) -> None:
    answers(
        fixture_engine,
        ["who is Helle Strandgaard?", "and Aksel Brandtoft?", "same title?", "og LWB?"],
        "Helle Birkmose",
    )


def test_the_member_a_turn_compares_with_is_not_what_she_means_next(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is Helle Strandgaard?", "same title as Helle Birkmose?", "where is she from?"])
    assert "LWB" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # The answer lists them alphabetically; the member list puts Mosevang before Søholt.
        (
            ["who is teknik- og miljødirektør?", "which of them is listed first?"],
            "Helle Strandgaard, teknik- og miljødirektør",
        ),
        (
            ["who is teknik- og miljødirektør?", "and which of them is listed last?"],
            "Aksel Brandtoft, teknik- og miljødirektør",
        ),
        (
            [
                "who is teknik- og miljødirektør?",
                "which of them is listed first?",
                "who comes right after her on the list?",
            ],
            "Jonas Vinterberg",
        ),
    ],
)
def test_the_first_or_last_of_them_is_by_the_member_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_one_too_is_the_title_the_last_question_claimed(fixture_engine: Engine) -> None:
    turns = ["Is Helle Strandgaard a teknik- og miljødirektør?", "Not her, the other one. Is he one too?"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("Yes.") and "Aksel Brandtoft" in answer.text, answer.text


def test_the_year_of_an_event_a_speaker_mentions_is_looked_for_in_their_words(fixture_engine: Engine) -> None:
    turns = [
        "What does Rasmus Kvistgaard say about the savings?",
        "Does he mention the year the pipe agreements began?",
    ]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("Yes.") and "2026" in answer.text, answer.text


def test_a_guess_naming_a_body_of_an_organisation_is_not_borne_out_by_the_organisation(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["When was the water plan adopted?", "Who adopted it, LWB's assembly?"])
    assert answer.answered and not answer.text.startswith(("Yes.", "No.")), answer.text


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # The paragraph shown already: said to be all the article has on it.
        ("What does the article say about the pipe agreements?", "The article says no more about it than this: "),
        # A figure answered from the facts: the paragraph behind it is more.
        ("How much have the pipe agreements saved?", "The article says (in Danish)"),
    ],
)
def test_what_else_the_article_says_about_something_is_asked_without_else(
    fixture_engine: Engine, first: str, expected: str
) -> None:
    answer = talk(fixture_engine, [first, "What else does the article say about the pipe agreements?"])
    assert answer.text.startswith(expected) and "2026" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who represents LWB and ARI?", "Which of them holds the chair?"], "1 of the 2:\n• Rasmus Kvistgaard"),
        (["who is teknik- og miljødirektør?", "Is either of them from Krageby?"], "No. None of the 2"),
        (["who is teknik- og miljødirektør?", "Is either of them from Søholt?"], "Yes. 1 of the 2:\n• Aksel Brandtoft"),
    ],
)
def test_which_or_either_of_them_asks_who_or_whether_any_of_the_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected), answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvornår blev vandplanen vedtaget?", "Og af hvem - var det LWB's repræsentantskab?"], "Nej"),
        (["hvornår blev vandplanen vedtaget?", "og af hvem?", "var det LWB's repræsentantskab?"], "Nej"),
        (["hvornår blev vandplanen vedtaget?", "Og af hvem - var det LWB's bestyrelse?"], "Ja"),
    ],
)
def test_a_guess_at_who_did_it_asked_as_a_question_of_its_own_is_checked_as_a_claim(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(verdict) and "Bestyrelsen" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er Helle?", "den anden", "hvem står foran hende?"], "Tobias Ravnkilde"),
        (["hvem er Helle?", "den første", "og før hende?"], "Aksel Brandtoft"),
    ],
)
def test_before_one_of_two_namesakes_is_along_the_member_list_not_the_two_offered(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize("turn", ["which kommune 4 him", "what title 4 him?"])
def test_a_4_before_a_pronoun_is_chat_for_for_not_a_number(fixture_engine: Engine, turn: str) -> None:
    answers(fixture_engine, ["who is Jonas Vinterberg?", turn], "Mosevang")


@pytest.mark.parametrize(
    "turns",
    [
        [
            "hvor meget har ledningsaftalerne sparet?",
            "siden hvornår?",
            "er det tal en faktisk besparelse eller et potentiale?",
        ],
        ["hvor meget har ledningsaftalerne sparet?", "er beløbet en faktisk besparelse eller et potentiale?"],
    ],
)
def test_that_figure_is_the_figure_the_last_answers_gave_and_an_either_or_gets_no_verdict(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and "besparelsespotentiale" in answer.text, answer.text
    assert not answer.text.startswith(("Ja", "Nej")), answer.text


def test_an_english_fragment_with_a_borrowed_danish_word_is_answered_in_english(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er Jonas Vinterberg?", "which kommune"])
    assert answer.language == "en" and "Mosevang" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem sidder for Mosevang?", "hvor kommer de to fra?"], ["Strandgaard", "Vinterberg", "Mosevang"]),
    ],
)
def test_the_two_after_a_list_of_two_are_the_two_listed(
    fixture_engine: Engine, turns: list[str], expected: list[str]
) -> None:
    state = Conversation()
    for number, turn in enumerate(turns):
        answer, state = fixture_engine.converse(turn, state, now=1000.0 + number)
    assert answer.answered and all(part in answer.text for part in expected), answer.text


@pytest.mark.parametrize(
    ("turns", "expected", "not_expected"),
    [
        (
            ["hvem sidder for Krageby", "og Søholt?", "er han forsyningsdirektør", "hvem har også den titel"],
            "Strandgaard",
            "Falkesen",
        ),
        (["who represents Lyngholt?", "who also holds that title?"], "Falkesen", "Brandtoft"),
        (["who also has Aksel Brandtoft's title?"], "Strandgaard", "Ravnkilde"),
    ],
)
def test_who_also_holds_a_members_title_is_who_else_holds_it(
    fixture_engine: Engine, turns: list[str], expected: str, not_expected: str
) -> None:
    state = Conversation()
    for number, turn in enumerate(turns):
        answer, state = fixture_engine.converse(turn, state, now=1000.0 + number)
    assert answer.answered and expected in answer.text and not_expected not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Tell me about Tobias Ravnkilde.", "who comes right before him?", "what municipality is that?"], "Krageby"),
        (["Who is Aksel Brandtoft?", "and which municipality was that?"], "Søholt"),
    ],
)
def test_what_municipality_is_that_after_a_member_is_that_members_municipality(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    state = Conversation()
    for number, turn in enumerate(turns):
        answer, state = fixture_engine.converse(turn, state, now=1000.0 + number)
    assert answer.answered and expected in answer.text, answer.text


@pytest.mark.parametrize(
    "request_",
    ["can you give me that in Danish?", "svara på danska, tack", "kan du svara på danska?"],
)
def test_a_request_for_the_last_answer_in_danish_says_it_again_in_danish(fixture_engine: Engine, request_: str) -> None:
    answer = talk(fixture_engine, ["who chairs the group?", request_])
    assert answer.text.startswith("Formand for styregruppen"), answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Tobias Ravnkilde er fra Krageby, siger du?", "Nej."),
        ("Aksel Brandtoft er fra Søholt, siger du?", "Ja."),
        ("Aksel Brandtoft is from Krageby, you say?", "No."),
    ],
)
def test_a_claim_put_up_as_what_the_bot_said_gets_its_verdict(fixture_engine: Engine, claim: str, verdict: str) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ["who is the chair?", "Could you repeat that in Danish, please, and keep answering in Danish from now on?"],
            "Formand for styregruppen",
        ),
        (["hvem er formand?", "Can you say that in English, please, and keep answering in English? Thanks."], "chair"),
        (["hvem er formand?", "Gentag det på engelsk, tak, og svar på engelsk fra nu af. Jeg øver mig."], "chair"),
    ],
)
def test_a_repeat_in_a_language_beside_a_request_that_it_last_says_the_last_answer_again_in_it(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (
            [
                "who is the chair?",
                "Could you repeat that in Danish, please, and keep answering in Danish from now on? I'm practising.",
                "who represents Krageby?",
            ],
            "da",
        ),
        (["hvem er formand?", "Keep answering in English, please.", "hvem repræsenterer Krageby?"], "en"),
        (["hvem er formand?", "Sig det på engelsk, og bliv ved med at svare på engelsk.", "hvem er formand?"], "en"),
        (
            [
                "hvem er Helle Birkmose?",
                "vi har en kollega fra Dublin med i chatten, så svar på engelsk fra nu af 🇬🇧",
                "hvad er hendes titel?",
            ],
            "en",
        ),
    ],
)
def test_a_language_request_that_says_it_is_to_last_inside_a_longer_turn_is_the_language_of_the_later_turns(
    fixture_engine: Engine, turns: list[str], language: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and answer.language == language, answer.text


@pytest.mark.parametrize(
    ("turns", "same_as"),
    [
        (["who's #3 on the member list?"], ["who is number 3 on the member list?"]),
        (["hvem står som #4 på listen?"], ["hvem står som nummer 4 på listen?"]),
        (["@bot who's #2 on the member list", "next?"], ["who is number 2 on the member list?", "next?"]),
    ],
)
def test_a_number_sign_before_a_number_asks_for_that_place_as_number_does(
    fixture_engine: Engine, turns: list[str], same_as: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and answer.text == talk(fixture_engine, same_as).text, answer.text


def test_titles_after_a_seat_of_two_gives_both_titles(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["Mosevang representative?", "titles?"])
    assert "teknik- og miljødirektør" in answer.text and "vandchef" in answer.text, answer.text


def test_a_move_after_tell_me_more_gets_the_next_members_own_facts(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem står som nummer 2 på listen?", "fortæl mere om ham", "og nr 1?"])
    assert answer.outcome == "answer" and answer.text.startswith("Ingrid Falkesen"), answer.text


@pytest.mark.parametrize(
    ("turns", "number"),
    [(["what is theme 2?", "is there a fourth?"], "4"), (["hvad er tema 3?", "er der et fjerde?"], "4")],
)
def test_is_there_one_past_the_last_theme_says_there_is_none(
    fixture_engine: Engine, turns: list[str], number: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.outcome == "negative" and number in answer.text and "3" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (['hvem har "chef" i titlen?', "hvor mange af de nævnte er fra LWB?"], "1 af de 3"),
        (["who has 'direktør' in their title?", "how many of those four are from Søholt?"], "1 of the 4"),
        (["who has 'direktør' in their title?", "how many of those mentioned are from Søholt?"], "1 of the 4"),
    ],
)
def test_those_mentioned_or_those_four_are_the_list_just_given(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected), answer.text


def test_a_place_or_title_put_up_after_a_members_answer_never_gets_a_yes_when_it_is_not_theirs(
    fixture_engine: Engine,
) -> None:
    render = fixture_engine.renderer
    people = [(p.name, render.seat_of(p).municipality, p.title.da) for p in fixture_engine.knowledge.people]
    places = {place for _, place, _ in people if place}
    titles = {title for _, _, title in people}
    wrong = []
    for name, place, title in people:
        for other in sorted(places - {place}):
            for turns in (
                [f"hvor kommer {name} fra?", f"{other}, ikke?"],
                [f"where is {name} from?", f"you said {other}?"],
            ):
                if talk(fixture_engine, turns).text.startswith(("Ja", "Yes")):
                    wrong.append(turns)
        for other in sorted(titles - {title}):
            if talk(fixture_engine, [f"what is {name}'s title?", f"{other}, right?"]).text.startswith("Yes"):
                wrong.append([name, other])
    assert wrong == []


@pytest.mark.parametrize(
    ("turns", "verdict_start"),
    [
        (["hvor kommer Ingrid Falkesen fra?", "Krageby, ikke?"], "Ja."),
        (["hvor kommer Ingrid Falkesen fra?", "Lyngholt, ikke?"], "Nej."),
        (["hvad er Ingrid Falkesens titel?", "forsyningsdirektør, ikke?"], "Ja."),
    ],
)
def test_a_place_or_title_put_up_after_a_members_answer_is_claimed_of_that_member(
    fixture_engine: Engine, turns: list[str], verdict_start: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(verdict_start)


@pytest.mark.parametrize(
    ("turns", "verdict_start"),
    [
        (["hvem er formand?", "Falkesen, ikke?"], "Nej."),
        (["hvem er formand?", "Kvistgaard, ikke?"], "Ja."),
        (["who represents Krageby?", "Ravnkilde, right?"], "No."),
        (["who represents Krageby?", "you said Falkesen?"], "Yes."),
        (["hvad er tema 2?", "tema 3, ikke?"], "Nej."),
    ],
)
def test_a_member_or_theme_put_up_after_an_answer_is_claimed_to_be_that_answers(
    fixture_engine: Engine, turns: list[str], verdict_start: str
) -> None:
    assert talk(fixture_engine, turns).text.startswith(verdict_start)


def test_only_the_chair_put_up_after_who_chairs_gets_a_yes(fixture_engine: Engine) -> None:
    yes = [
        p.name
        for p in fixture_engine.knowledge.people
        if talk(fixture_engine, ["who chairs the group?", f"{p.name}, right?"]).text.startswith("Yes")
    ]
    assert yes == ["Rasmus Kvistgaard"]


def test_her_in_an_english_turn_is_hers_after_danish_replies_were_asked_for(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who represents LWB?", "svar på dansk fra nu af", "whats her title?"])
    assert answer.language == "da" and "Helle Birkmose" in answer.text and "miljøchef" in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["who represents Krageby?", "she's from Lyngholt, isn't she?"],
        ["who represents Krageby?", "hun er fra Lyngholt, er hun ikke?"],
    ],
)
def test_a_claim_about_her_with_her_again_in_the_tag_is_checked_against_the_member_talked_about(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert fold(answer.text).split()[0] in {"no", "nej"}, answer.text
    assert "Ingrid Falkesen" in answer.text and "Krageby" in answer.text


def test_a_wrong_figure_claimed_after_a_confirmed_claim_gets_one_no_and_no_yes(fixture_engine: Engine) -> None:
    turns = ["How much have the pipe agreements saved?", "that's since 2026, right?", "and it's 24 billion, correct?"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("No.") and "Yes" not in answer.text, answer.text


def test_a_month_claimed_with_a_negated_english_tag_is_checked_against_the_date_asked_for(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["when was the water plan adopted?", "That was in May, wasn't it?"])
    assert answer.text.startswith("No.") and "March" in answer.text, answer.text


@pytest.mark.parametrize("count_asked", ["how many of them?", "how many are they?"])
def test_how_many_after_the_municipalities_were_listed_counts_those_municipalities(
    fixture_engine: Engine, count_asked: str
) -> None:
    answer = talk(fixture_engine, ["Which municipalities are represented in the steering group?", count_asked])
    assert answer.text.startswith("4:") and "Søholt Kommune" in answer.text, answer.text


def test_of_them_after_a_list_narrowed_to_one_means_the_list_it_was_narrowed_from(fixture_engine: Engine) -> None:
    turns = ["who is a forsyningsdirektør?", "which of them is from Krageby?", "and which of them is from Lyngholt?"]
    answer = talk(fixture_engine, turns)
    assert "1 of the 2" in answer.text and "Tobias Ravnkilde" in answer.text, answer.text


def test_the_other_one_after_a_question_about_the_one_found_of_two_is_the_other_of_those_two(
    fixture_engine: Engine,
) -> None:
    turns = ["who is a forsyningsdirektør?", "which of them is from Krageby?", "what is her full name?"]
    answer = talk(fixture_engine, [*turns, "and the other one's municipality?"])
    assert answer.text.startswith("Tobias Ravnkilde") and "Lyngholt" in answer.text, answer.text


def test_how_many_of_the_title_in_all_with_her_after_who_else_counts_her_in(fixture_engine: Engine) -> None:
    turns = ["hvem er Ingrid Falkesen?", "hvem ellers er forsyningsdirektør?"]
    answer = talk(fixture_engine, [*turns, "hvor mange forsyningsdirektører er der i alt med hende?"])
    assert answer.text.startswith("2:") and "Ingrid Falkesen" in answer.text, answer.text


def test_how_many_of_the_title_without_in_all_after_who_else_stands_alone(fixture_engine: Engine) -> None:
    turns = ["hvem er Ingrid Falkesen?", "hvem ellers er forsyningsdirektør?"]
    answer = talk(fixture_engine, [*turns, "hvor mange forsyningsdirektører er der?"])
    assert answer.text.startswith("2 af medlemmerne"), answer.text


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [("den efter Krageby?", "Tobias Ravnkilde"), ("the one before Søholt?", "Helle Strandgaard")],
)
def test_the_one_after_or_before_a_place_is_its_neighbour_on_the_list(
    fixture_engine: Engine, fragment: str, expected: str
) -> None:
    answer = talk(fixture_engine, ["hvem sidder for Mosevang?", fragment])
    assert answer.source == "fact:position" and expected in answer.text, answer.text


def test_a_name_given_after_who_do_you_mean_with_an_interjection_answers_the_waiting_question(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["hvilken kommune er hun fra?", "åh, jeg mente Ingrid Falkesen"])
    assert answer.answered and "Krageby" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["What is ARI?", "who is its boss?"], "who heads ARI"),
        (["What is LWB?", "what does it do?"], "Lakeside Water Board"),
    ],
)
def test_its_boss_or_what_it_does_after_an_organisation_is_about_that_organisation(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("claim", "start"),
    [("and theme 2 is about pipes, isn't it?", "Yes."), ("og tema 3 handler om rør, er det ikke?", "Nej.")],
)
def test_a_claim_after_and_with_its_tag_after_a_comma_is_checked_as_said_not_as_a_negated_question(
    fixture_engine: Engine, claim: str, start: str
) -> None:
    answer = talk(fixture_engine, ["what is theme 1?", claim])
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("turns", "opening", "fact"),
    [
        (["Is Krageby represented on the steering group?", "by its water manager?"], "No.", "forsyningsdirektør"),
        (["Er Krageby med i styregruppen?", "med sin forsyningsdirektør?"], "Ja.", "Falkesen"),
        (["Blev vandplanen vedtaget af bestyrelsen?", "i 2030?"], "Nej.", "2031"),
    ],
)
def test_a_phrase_opening_with_a_preposition_goes_on_with_the_last_yes_no_question(
    fixture_engine: Engine, turns: list[str], opening: str, fact: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(opening) and fact in answer.text, answer.text


@pytest.mark.parametrize("fragment", ["fra hvor?", "hvor fra", "where from?"])
def test_from_where_after_a_member_asks_where_that_member_is_from(fixture_engine: Engine, fragment: str) -> None:
    answer = talk(fixture_engine, ["hvem er Tobias Ravnkilde?", fragment])
    assert "Lyngholt" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "meant"),
    [
        (["hvem sidder for Mosevang?", "hvad er den førstes titel?"], "Helle Strandgaard"),
        (["hvem sidder for Mosevang?", "hvad er den sidstes titel?"], "Jonas Vinterberg"),
    ],
)
def test_an_ordinal_in_the_genitive_points_at_that_item_of_the_last_list(
    fixture_engine: Engine, turns: list[str], meant: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(meant), answer.text


@pytest.mark.parametrize("claim", ["og begge er vandchefer?", "and both are water managers?"])
def test_both_without_a_pronoun_claims_it_of_the_two_listed_last(fixture_engine: Engine, claim: str) -> None:
    answer = talk(fixture_engine, ["hvem sidder for Mosevang?", claim])
    assert answer.text.startswith(("Nej", "No")) and "Strandgaard" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who set up the steering group?", "what is the purpose?"], "carry out the joint water plan"),
        (["hvornår blev vandplanen vedtaget?", "hvad er formålet?"], "rent drikkevand"),
    ],
)
def test_a_short_question_that_alone_could_mean_two_things_means_the_one_about_the_last_subject(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.outcome == "answer" and expected in answer.text, answer.text


def test_a_short_ambiguous_question_after_a_subject_it_shares_nothing_with_still_offers_the_choices(
    fixture_engine: Engine,
) -> None:
    assert talk(fixture_engine, ["hvem er formand?", "hvad er formålet?"]).outcome == "suggestions"


def test_a_short_ambiguous_compound_part_is_read_with_the_subject_of_the_part_before(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("who set up the steering group and what is the purpose?")
    assert "LWB" in answer.text and "carry out the joint water plan" in answer.text, answer.text


@pytest.mark.parametrize("fragment", ["which municipalities?", "hvilke kommuner?"])
def test_a_bare_plural_attribute_after_a_list_of_members_asks_theirs(fixture_engine: Engine, fragment: str) -> None:
    answer = talk(fixture_engine, ["which members are forsyningsdirektør?", fragment])
    assert "Krageby" in answer.text and "Lyngholt" in answer.text and "Søholt" not in answer.text, answer.text


def test_a_leading_guess_at_who_was_just_named_is_denied_with_the_one_named(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er forsyningsdirektør i Krageby?", "er det ikke Tobias Ravnkilde?"])
    assert answer.text.startswith("Nej.") and "Ingrid Falkesen" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what is LWB?", "tell me more"], "adopted the water plan"),
        (["hvad er LWB?", "fortæl mere"], "vedtog vandplanen"),
        (["what is LWB's role?", "tell me more"], "Lakeside Water Board"),
    ],
)
def test_tell_me_more_about_an_organisation_gives_what_it_has_not_said_yet(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    assert expected in talk(fixture_engine, turns).text


def test_tell_me_more_about_an_organisation_with_nothing_more_says_so(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["what is ARI?", "tell me more"])
    assert answer.text == "The article says no more about it."


@pytest.mark.parametrize(
    ("turns", "start"),
    [
        (["who chairs?", "is it Ingrid Falkesen?"], "No."),
        (["who chairs?", "I think it's Kvistgaard"], "Yes."),
        (["hvem er formand?", "jeg troede det var Falkesen"], "Nej."),
        (["hvem er formand?", "er det Kvistgaard?"], "Ja."),
    ],
)
def test_a_member_named_outright_after_a_who_question_is_checked_against_its_answer(
    fixture_engine: Engine, turns: list[str], start: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(start), answer.text
    assert "Kvistgaard" in answer.text


@pytest.mark.parametrize("aside", ["lunch at 12?", "frokost?", "coffee later?", "pizza tonight?"])
def test_a_short_aside_of_words_the_bot_never_heard_is_not_read_as_about_the_last_topic(
    fixture_engine: Engine, aside: str
) -> None:
    answer = talk(fixture_engine, ["how much have the pipe agreements saved?", aside])
    assert "2,4" not in answer.text and "2.4" not in answer.text
    assert not answer.answered


@pytest.mark.parametrize(
    "turns",
    [
        ["which municipalities are in the group?", "and which of them has two people in the group?"],
        ["hvilke kommuner er med i styregruppen?", "hvilken af dem har to repræsentanter?"],
    ],
)
def test_which_of_them_after_the_municipalities_asks_which_municipality(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered
    assert "Mosevang" in answer.text and "Krageby" not in answer.text


def test_it_after_a_topic_named_only_as_the_old_one_means_what_the_last_answer_was_about(
    fixture_engine: Engine,
) -> None:
    turns = ["what is the purpose of the steering group?", "what happened to the old one?", "who set it up?"]
    assert "LWB" in talk(fixture_engine, turns).text
    answer = talk(fixture_engine, [*turns, "who is in it?"])
    assert "Ingrid Falkesen" in answer.text, answer.text


@pytest.mark.parametrize(
    "turns", [["who chairs the steering group?", "who has set it up?"], ["Who chairs the group and who has set it up?"]]
)
def test_set_it_up_asks_who_set_up_what_was_talked_about(fixture_engine: Engine, turns: list[str]) -> None:
    assert "set up the steering group" in talk(fixture_engine, turns).text


@pytest.mark.parametrize("move", ["ok, next one", "og den næste?"])
def test_moving_on_after_what_the_article_does_not_hold_gives_the_next_members_facts(
    fixture_engine: Engine, move: str
) -> None:
    answer = talk(fixture_engine, ["who is Ingrid Falkesen?", "what is her email?", move])
    assert answer.answered, answer.text
    assert "Tobias Ravnkilde" in answer.text


@pytest.mark.parametrize(
    ("turns", "start", "theme"),
    [
        (["hvad er tema 3?", "er det det tema der handler om ledningstab?"], "Nej.", "Klimatilpasning"),
        (["what is theme 2?", "is that the theme about leakage?"], "Yes.", "Færre ledningstab"),
    ],
)
def test_that_theme_described_by_its_topic_is_checked_against_the_theme_talked_about(
    fixture_engine: Engine, turns: list[str], start: str, theme: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(start), answer.text
    assert theme in answer.text


def test_a_start_year_after_a_false_figure_is_checked_on_its_own(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["har ledningsaftalerne sparet 5 mia?", "siden 2026?"])
    assert answer.text.startswith("Ja."), answer.text


def test_a_theme_named_in_a_turn_not_answered_is_where_the_next_theme_goes_on_from(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvad er temaerne?", "hvem har skrevet tema 1?", "og det næste tema?"])
    assert answer.text.startswith("Tema 2"), answer.text


@pytest.mark.parametrize(
    ("turns", "opening"),
    [
        (["hvem er Ingrid Falkesen?", "var det ikke Søholt hun kom fra?"], "Nej."),
        (["hvem er Ingrid Falkesen?", "var det Krageby hun kom fra?"], "Ja."),
        (["who is Ingrid Falkesen?", "was it Søholt she came from?"], "No."),
    ],
)
def test_a_place_put_first_in_a_cleft_is_claimed_of_the_pronoun_after_it_not_whom_it_means(
    fixture_engine: Engine, turns: list[str], opening: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(opening) and "Ingrid Falkesen" in answer.text, answer.text


def test_a_leading_cleft_question_after_an_answer_is_confirmed_not_denied(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine, ["hvornår blev vandplanen vedtaget?", "er det ikke LWB's bestyrelse, der har vedtaget den?"]
    )
    assert answer.text.startswith("Jo."), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Hvornår vedtog LWB vandplanen?", "LWB's bestyrelse vedtog den?"], "Ja."),
        (["Hvornår vedtog LWB vandplanen?", "det var LWB's bestyrelse der vedtog den?"], "Ja."),
        (["Hvornår vedtog LWB vandplanen?", "det var ARI der vedtog den?"], "Nej."),
        # after a claim with a wrong month, "den" is still the plan, not the month put up
        (
            [
                "Hvornår vedtog LWB vandplanen?",
                "Du sagde lige maj 2031, ikke?",
                "og det var LWB's bestyrelse der vedtog den?",
            ],
            "Ja.",
        ),
    ],
)
def test_it_done_to_by_a_doer_named_before_it_is_the_thing_asked_about_not_the_doer(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected) and "vandplan" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem repræsenterer Krageby?", "og Lyngholt har en med samme titel, ikk?"], "Ja"),
        (["who represents Krageby?", "does Søholt have someone with the same title?"], "No"),
    ],
)
def test_a_place_asked_for_the_same_title_is_compared_with_the_municipality_of_the_member_talked_about(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected) and "Ingrid Falkesen" in answer.text, answer.text


def test_asking_for_the_source_does_not_change_what_they_means_next(fixture_engine: Engine) -> None:
    # The source answer quotes a paragraph naming people; "they" is still the agreements.
    turns = ["how many utilities take part in the pipe agreements?", "source?", "when were they established?"]
    answer = talk(fixture_engine, turns)
    assert answer.answered and "2026" in answer.text, answer.text


def test_tell_me_more_after_who_sits_for_an_organisation_is_more_about_that_member(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["what is LWB?", "who from LWB sits on it?", "tell me more"])
    assert "Helle Birkmose" in answer.text, answer.text


@pytest.mark.parametrize(("claim", "expected"), [("3, ikk?", "Nej."), ("2 ik?", "Ja.")])
def test_a_bare_figure_with_a_chat_tag_is_checked_against_the_count_just_given(
    fixture_engine: Engine, claim: str, expected: str
) -> None:
    answer = talk(fixture_engine, ["hvor mange forsyningsdirektører er der?", claim])
    assert answer.text.startswith(expected), answer.text


@pytest.mark.parametrize("slang", ["bloke", "chap", "fella"])
def test_slang_for_a_man_asks_for_the_member_of_the_place_named(fixture_engine: Engine, slang: str) -> None:
    answers(fixture_engine, ["who represents Krageby?", f"and the {slang} from Lyngholt?"], "Tobias Ravnkilde")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er Tobias Ravnkilde?", "hvem kom før ham?"], "Ingrid Falkesen"),
        (["who is Tobias Ravnkilde?", "who came after him?"], "Helle Strandgaard"),
    ],
)
def test_who_came_before_or_after_a_member_in_the_past_tense_is_a_step_on_the_member_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "opening"),
    [
        (["what is theme 1?", "and leakage is number 2?"], "Yes. Theme 2"),
        (["hvad er tema 1?", "og ledningstab er nummer 3?"], "Nej. Tema 3"),
    ],
)
def test_a_number_after_a_theme_is_that_theme_in_a_claim_about_its_topic(
    fixture_engine: Engine, turns: list[str], opening: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(opening), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["hvor meget har ledningsaftalerne sparet?", "uddyb", "hvornår startede de?"],
        ["How much have the pipe agreements saved?", "tell me more", "when did they start?"],
    ],
)
def test_a_pronoun_after_tell_me_more_means_what_was_talked_about_before_it(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answers(fixture_engine, turns, "2026")


@pytest.mark.parametrize("turn", ["whos their person in the group", "who's their person in the group?"])
def test_their_after_an_organisation_is_the_organisations_even_after_a_contracted_who(
    fixture_engine: Engine, turn: str
) -> None:
    answers(fixture_engine, ["what is ARI?", turn], "Rasmus Kvistgaard")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a count asked for in one word, and the counted ones asked for by name
        (["which municipalities are in the group?", "antal?"], "4:"),
        (["how many themes?", "list them pls"], "Færre ledningstab"),
        (["hvor mange temaer har planen?", "læs dem op"], "Færre ledningstab"),
        (["how many municipalities are in the group?", "read them out"], "Mosevang"),
    ],
)
def test_a_one_word_count_or_list_them_after_a_list_or_a_count_is_understood(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "opening"),
    [
        (["hvem vedtog vandplanen?", "så det var LWB?"], "Ja."),
        (["hvem vedtog vandplanen?", "så det var ARI?"], "Nej."),
    ],
)
def test_a_guess_said_as_a_statement_after_a_who_question_is_checked_against_its_answer(
    fixture_engine: Engine, turns: list[str], opening: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(opening), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is number 1 on the list?", "to ned"], "Helle Strandgaard"),
        (["who is number 4 on the list?", "two above him"], "Helle Strandgaard"),
        (["who is number 4 on the list?", "en op"], "Helle Strandgaard"),
        (["who is number 1 on the list?", "en ned"], "Tobias Ravnkilde"),
    ],
)
def test_a_move_of_a_count_of_lines_up_or_down_the_list_lands_that_many_lines_away(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize("turn", ["og hans kollega fra Mosevang?", "and his colleague from Mosevang?"])
def test_a_members_colleague_from_a_place_is_the_member_from_that_place(fixture_engine: Engine, turn: str) -> None:
    answer = talk(fixture_engine, ["who chairs the group?", turn])
    assert "Vinterberg" in answer.text and not answer.text.startswith(("Nej", "No")), answer.text


@pytest.mark.parametrize("turn", ["ok, back to Danish from now on", "@bot from now on in Danish 🇩🇰"])
def test_a_lasting_language_request_with_a_handle_emoji_or_back_to_holds_for_later_turns(
    fixture_engine: Engine, turn: str
) -> None:
    answer = talk(fixture_engine, ["who chairs the group?", turn, "who chairs the group?"])
    assert answer.language == "da", answer.text


def test_bare_numbers_after_a_line_of_the_list_go_on_counting_lines(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["who is number 4 on the list?", "5", "6"], "Kvistgaard")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who represents Krageby?", "and Lyngholt?", "both forsyningsdirektør?"], "Yes"),
        (["who represents Krageby?", "and Søholt?", "both forsyningsdirektør?"], "No"),
    ],
)
def test_both_without_a_pronoun_after_two_members_in_turn_checks_the_claim_of_those_two(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected), answer.text


def test_the_boss_of_it_after_an_organisation_is_its_head_not_the_groups_chair(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["What is ARI?", "Who is the boss of it?"])
    assert "heads ARI" in answer.text and "chaired" not in answer.text, answer.text


def test_a_correction_naming_a_title_and_a_place_puts_both_in_the_last_question(fixture_engine: Engine) -> None:
    answers(
        fixture_engine,
        ["hvem er forsyningsdirektør i Krageby?", "sorry, I meant the vandchef from Mosevang"],
        "Vinterberg",
    )


@pytest.mark.parametrize("turn", ["exact quote please", "can you give me the exact quote?", "ordret citat tak"])
def test_asking_for_the_exact_words_quotes_the_paragraph_behind_the_last_answer(
    fixture_engine: Engine, turn: str
) -> None:
    answers(
        fixture_engine,
        ["How much have the pipe agreements saved?", turn],
        "«Siden de fælles ledningsaftaler kom i 2026",
    )


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who represents Krageby?", "også forsyningsdirektør?"], "Ja"),
        (["who represents Søholt?", "also forsyningsdirektør?"], "No"),
    ],
)
def test_a_title_with_also_after_one_member_claims_it_of_that_member(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(expected), answer.text


@pytest.mark.parametrize(
    ("last", "expected"),
    [("is either of them a vandchef?", "Vinterberg"), ("are they both vandchef?", "Jonas Vinterberg is vandchef")],
)
def test_them_after_a_step_onto_a_shared_seat_are_the_two_on_it_not_the_one_stepped_from(
    fixture_engine: Engine, last: str, expected: str
) -> None:
    answer = talk(fixture_engine, ["who is Ingrid Falkesen?", "who is listed right after Ravnkilde?", last])
    assert expected in answer.text and "Falkesen" not in answer.text, answer.text


def test_their_after_one_of_two_named_members_was_picked_is_both_of_them(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine,
        ["Who is Ingrid Falkesen?", "And Rasmus Kvistgaard?", "Who of those two chairs it?", "and their titles?"],
    )
    assert "forsyningsdirektør" in answer.text and "forskningschef" in answer.text, answer.text


def test_a_claim_reported_before_passer_det_is_checked_not_the_last_answer_confirmed(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine,
        [
            "hvem er Tobias Ravnkilde?",
            "hvad er hans titel?",
            "Min nabo påstod, at han også er formand for det hele. Passer det?",
        ],
    )
    assert not answer.text.startswith("Ja"), answer.text


def test_it_after_when_something_was_adopted_is_the_thing_not_the_thing_adopted(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine, ["Hvornår blev den fælles vandplan vedtaget?", "Af hvem?", "Så den gælder frem til 2034?"]
    )
    assert answer.text.startswith("Ja"), answer.text


@pytest.mark.parametrize(
    "request_for_the_original",
    ["and the Danish word for this?", "please the Danish original of his title", "his title in Danish?"],
)
def test_the_danish_words_asked_for_are_given_in_the_language_asked_in(
    fixture_engine: Engine, request_for_the_original: str
) -> None:
    answer = talk(fixture_engine, ["who represents Lyngholt?", "what is his title?", request_for_the_original])
    assert answer.answered and "forsyningsdirektør" in answer.text, answer.text
    assert answer.language == "en", answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["who represents Krageby?", "and Lyngholt?", "are they all forsyningsdirektører?"], "yes"),
        (["who chairs the group?", "who represents Krageby?", "er de alle forsyningsdirektører?"], "nej"),
    ],
)
def test_they_all_after_members_asked_about_one_at_a_time_means_those_members(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert fold(answer.text).split()[0] == verdict, answer.text


def test_they_all_with_no_one_talked_about_gets_no_yes(fixture_engine: Engine) -> None:
    answer = fixture_engine.ask("are they all forsyningsdirektører?")
    assert fold(answer.text).split()[0] not in {"yes", "ja"}, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is number 1 on the list?", "next", "prev"], "Falkesen"),
        (["who is number 1 on the list?", "and the next guy?"], "Ravnkilde"),
        (["hvad er tema 2?", "english plz"], "less leakage"),
        (["hvad er tema 2?", "kort paa engelsk tak"], "less leakage"),
        (["hvad er tema 2?", "sig det lige på engelsk til min engelske kollega"], "less leakage"),
        (["hvad er tema 2?", "can you say that in English for my colleague please"], "less leakage"),
    ],
)
def test_chat_shorthand_for_moves_and_languages_is_understood(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_a_lasting_language_request_set_before_a_question_with_a_dash_lasts(fixture_engine: Engine) -> None:
    turns = ["hvem repræsenterer Krageby?", "from now on in English please — what's Falkesen's title?", "og Lyngholt?"]
    answer = talk(fixture_engine, turns)
    assert answer.language == "en" and "Ravnkilde" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvem er fra Krageby?", "står hun som nummer 1?"], "ja"),
        (["hvem er fra Lyngholt?", "står han som nummer 1?"], "nej"),
    ],
)
def test_a_pronoun_then_som_a_place_is_a_claim_about_that_member_not_a_move(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    assert fold(talk(fixture_engine, turns).text).split()[0] == verdict


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvad er tema 1?", "og det med klima det er nummer tre ikke"], "ja"),
        (["hvad er tema 3?", "og det med ledningstab det er nummer to ikke"], "ja"),
        (["hvad er tema 3?", "og det med drikkevand det er nummer to ikke"], "nej"),
    ],
)
def test_it_described_by_a_topic_after_a_theme_is_the_theme_of_that_topic(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    assert fold(talk(fixture_engine, turns).text).split()[0] == verdict


@pytest.mark.parametrize("turn", ["og ham der fra Lyngholt", "og hvad med ham som er fra Lyngholt?"])
def test_him_from_a_place_after_the_chair_is_the_member_from_that_place(fixture_engine: Engine, turn: str) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", turn])
    assert "Ravnkilde" in answer.text and "Kvistgaard" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem er forsyningsdirektør i Krageby?", "hvem ellers?"], "Tobias Ravnkilde"),
        (["who is the utilities director in Krageby?", "who else?"], "Tobias Ravnkilde"),
        (["hvem er forsyningsdirektør i Krageby?", "hvem mere? 👀"], "Tobias Ravnkilde"),
    ],
)
def test_a_bare_who_else_after_a_member_picked_by_title_lists_the_others_with_it(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_a_bare_who_else_after_a_member_picked_by_place_says_no_one_else_sits_there(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er fra Krageby?", "hvem mere?"])
    assert answer.answered and "Ravnkilde" not in answer.text and "Falkesen" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad er tema 1?", "and the one after the second?"], "climate adaptation"),
        (["hvad er tema 3?", "og det før det andet?"], "Rent drikkevand"),
        (["hvem er nummer 1 på listen?", "og den før den tredje?"], "Tobias Ravnkilde"),
    ],
)
def test_the_one_beside_an_ordinal_moves_to_the_line_beside_that_place(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                "hvem er fra Krageby?",
                "hvem er fra Lyngholt?",
                "nej, jeg mente kvinden du nævnte - hvad er hendes titel?",
            ],
            "forsyningsdirektør",
        ),
        (
            [
                "who is from LWB?",
                "who is from Lyngholt?",
                "Sorry, I meant to ask about the woman you mentioned: which organisation does she lead?",
            ],
            "Helle Birkmose",
        ),
    ],
)
def test_a_correction_describing_the_one_meant_by_gender_asks_its_question_of_her(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert expected in answer.text and "Ravnkilde" not in answer.text and "Kvistgaard" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["og det er realiserede penge, ikke?", "and that's real money, right?"])
def test_a_tagged_claim_after_a_figure_never_gets_a_yes_from_words_appended_after_the_tag(
    fixture_engine: Engine, turn: str
) -> None:
    answer = talk(fixture_engine, ["hvor meget er der sparet?", turn])
    assert not answer.text.startswith(("Ja", "Yes", "Det er rigtigt", "That's right")), answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvad er Ingrid Falkesens titel?", "samme som ham fra Lyngholt ik?"], "ja"),
        (["what is Helle Strandgaard's title?", "same as the one from Lyngholt?"], "no"),
    ],
)
def test_same_as_someone_after_a_title_was_asked_compares_the_titles(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert fold(answer.text).split()[0].strip(",") == verdict and "titel" in fold(answer.text).replace("title", "titel")


def test_a_danish_title_alone_after_an_english_list_keeps_the_answer_in_english(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["list members", "count?", "and teknik- og miljødirektør?"])
    assert answer.answered and answer.language == "en", answer.text


@pytest.mark.parametrize(
    ("turns", "meant"),
    [
        (["who is the chair?", "what's her title?"], None),
        (["who is Helle Birkmose?", "who is the chair?", "and her title?"], "Helle Birkmose"),
    ],
)
def test_her_title_after_a_man_passes_him_by_for_the_woman_before_or_asks_who(
    fixture_engine: Engine, turns: list[str], meant: str | None
) -> None:
    answer = talk(fixture_engine, turns)
    assert "Kvistgaard" not in answer.text, answer.text
    assert (meant in answer.text) if meant else not answer.answered, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["who is utilities director?", "hvem af de to står sidst på listen?"], "Tobias Ravnkilde"),
        (["who is utilities director?", "hvem af dem står først på listen?"], "Ingrid Falkesen"),
    ],
)
def test_which_of_the_n_listed_stands_first_or_last_is_asked_of_that_list(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith(("Af de 2", "Of the 2")) and expected in answer.text, answer.text


def test_that_title_after_two_members_found_to_share_one_is_their_title(fixture_engine: Engine) -> None:
    turns = ["who is from Krageby?", "and Lyngholt?", "do they both have the same title?", "how many have that title?"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("2 of the members") and "forsyningsdirektør" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["hvornår blev vandplanen vedtaget?", "det var fra maj?"], "nej"),
        (["when was the water plan adopted?", "from March, right?"], "yes"),
    ],
)
def test_a_month_put_up_with_from_after_when_is_claimed_of_what_was_asked_not_of_the_article(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert fold(answer.text).split()[0] == verdict and "2031" in answer.text, answer.text
    assert "02-05-2031" not in answer.text, answer.text


@pytest.mark.parametrize("turn", ["can u give me that one in danish?", "in the original Danish, please"])
def test_asking_for_the_last_answer_in_danish_in_chat_words_repeats_it_in_danish(
    fixture_engine: Engine, turn: str
) -> None:
    answer = talk(fixture_engine, ["who is the chair?", turn])
    assert answer.language == "da" and "Kvistgaard" in answer.text, answer.text


def test_another_director_asks_of_one_more_director_not_of_the_other_one(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["who is Helle Birkmose?", "and the one after her on the list? another director?"])
    assert answer.text.startswith("No.") and "Kvistgaard" in answer.text, answer.text


def test_she_after_a_claim_checked_of_the_one_beside_a_member_is_that_one(fixture_engine: Engine) -> None:
    turns = ["who is Aksel Brandtoft?", "and the one after him on the list? another director?", "so she IS a director?"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("No.") and "Birkmose" in answer.text, answer.text


def test_a_title_claimed_of_the_seat_partner_at_the_same_place_is_checked(fixture_engine: Engine) -> None:
    answer = talk(
        fixture_engine,
        [
            "Er Helle Strandgaard teknik- og miljødirektør i Mosevang Kommune?",
            "Og Jonas Vinterberg er forsyningsdirektør samme sted?",
        ],
    )
    assert answer.text.startswith("Nej")
    assert "vandchef" in answer.text


def test_a_list_of_things_asked_ending_after_a_who_is_no_guess_to_deny(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["vandplan: vedtaget hvornår, af hvem, periode?"])
    assert not answer.text.startswith("Nej")
    assert "marts 2031" in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem repræsenterer Krageby?", "og hvilken stilling bestrider damen?"], "forsyningsdirektør"),
        (["hvem repræsenterer Lyngholt?", "hvem står lige efter herren på listen?"], "Mosevang"),
        (["hvem repræsenterer Lyngholt?", "hvad er herrens titel?"], "forsyningsdirektør"),
    ],
)
def test_the_definite_herren_or_damen_points_at_the_member_talked_about(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem repræsenterer Lyngholt?", "Og hvem er nævnt umiddelbart forud for ham?"], "Ingrid Falkesen"),
        (["hvem står forud for Aksel Brandtoft på listen?"], "Jonas Vinterberg"),
    ],
)
def test_forud_for_is_before_on_the_member_list(fixture_engine: Engine, turns: list[str], expected: str) -> None:
    answers(fixture_engine, turns, expected)


@pytest.mark.parametrize(
    "turn", ["Kan du svara på engelska istället, from now on?", "svar på engelsk i stedet fremover"]
)
def test_a_swedish_or_instead_language_request_holds_for_later_turns(fixture_engine: Engine, turn: str) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", turn, "hvem er fra Krageby?"])
    assert answer.language == "en", answer.text


def test_an_ordinal_after_the_themes_of_an_organisations_plan_moves_along_the_themes(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["Kan du berätta vilka de tre temana i LWB:s vandplan är?", "what is nummer 2?"], "Theme 2")


def test_jeg_takker_is_thanks(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvem er formand?", "Jeg takker for den udførlige betjening."])
    assert answer.source == "thanks", answer.text


def test_denne_after_a_member_is_that_member_for_a_move(fixture_engine: Engine) -> None:
    answers(fixture_engine, ["hvem er fra Krageby?", "Og efter denne?"], "Tobias Ravnkilde")


def test_a_sentence_echoing_the_member_just_named_with_a_nod_is_no_claim(fixture_engine: Engine) -> None:
    turns = ["hvem repræsenterer Krageby?", "Fru Falkesen, javel. Og Søholt, lidt længere mod nord?"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("Søholt Kommune") and "Nej" not in answer.text, answer.text


def test_a_choice_repeating_words_of_the_last_answer_is_the_option_it_has(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["hvornår blev vandplanen vedtaget?", "Udgangen eller starten af marts?"])
    assert answer.text.startswith("Det er udgangen: "), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad er temaerne?", "Tema nummer to, hvorledes lyder det?"], "Færre ledningstab"),
        (["hvad er temaerne?", "Tema nummer to, hvorledes lyder det?", "Og det følgende?"], "Klimatilpasning"),
        (["Hvad er den nøjagtige ordlyd af det tredje tema?"], "Klimatilpasning"),
    ],
)
def test_formal_danish_hvorledes_nojagtig_and_folgende_are_how_exact_and_next(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answers(fixture_engine, turns, expected)


def test_how_many_in_total_after_the_municipalities_counts_them(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["which municipalities are in the group?", "how many in total?"])
    assert answer.text.startswith("4:") and "Søholt" in answer.text, answer.text


@pytest.mark.parametrize("turn", ["Okay, switching to English from now on. Who is the first person on the list?"])
def test_switching_to_a_language_from_now_on_holds_for_later_turns(fixture_engine: Engine, turn: str) -> None:
    answer = talk(fixture_engine, ["hvem er sidst på listen?", turn, "hvad er hendes titel?"])
    assert answer.language == "en", answer.text


def test_who_else_holds_a_title_besides_those_two_sets_the_two_talked_about_apart(fixture_engine: Engine) -> None:
    turns = ["who represents Krageby?", "and Lyngholt?", "who else is forsyningsdirektør besides those two?"]
    answer = talk(fixture_engine, turns)
    assert answer.text.startswith("No one in the group but Ingrid Falkesen and Tobias Ravnkilde"), answer.text


def test_their_after_two_members_asked_in_turn_means_those_two(fixture_engine: Engine) -> None:
    answer = talk(fixture_engine, ["Hvem er Ingrid Falkesen?", "Og Tobias Ravnkilde?", "Hvad er deres titler?"])
    assert "Falkesen" in answer.text and "Ravnkilde" in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["how many members are there?", "who are they?"],
        ["hvor mange sidder i styregruppen?", "hvem er de?"],
    ],
)
def test_who_they_are_after_a_member_count_that_named_no_one_lists_the_members(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert all(name in answer.text for name in ("Falkesen", "Ravnkilde", "Kvistgaard")), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["which municipalities are in the group?", "who represents them?"],
        ["hvilke kommuner er med i styregruppen?", "og hvem er deres repræsentanter?"],
    ],
)
def test_who_sits_for_them_after_a_list_of_municipalities_names_each_ones_members(
    fixture_engine: Engine, turns: list[str]
) -> None:
    answer = talk(fixture_engine, turns)
    assert all(n in answer.text for n in ("Falkesen", "Ravnkilde", "Vinterberg", "Brandtoft")), answer.text
    assert "Kvistgaard" not in answer.text, answer.text


def test_who_represents_them_after_places_denied_names_no_member_of_the_list_that_followed(
    fixture_engine: Engine,
) -> None:
    answer = talk(fixture_engine, ["er Egemose eller Fjordvig med i styregruppen?", "hvem repræsenterer dem så?"])
    assert not any(n in answer.text for n in ("Falkesen", "Ravnkilde", "Brandtoft")), answer.text


@pytest.mark.parametrize(
    ("turns", "named"),
    [
        (["hvem er formand?", "og de andre?"], "Rasmus Kvistgaard"),
        (["who is from Krageby?", "and the others?"], "Ingrid Falkesen"),
        (["hvem er formand?", "hvad er hans titel?", "hvem er de andre?"], "Rasmus Kvistgaard"),
    ],
)
def test_the_others_after_one_member_are_the_rest_of_the_group(
    fixture_engine: Engine, turns: list[str], named: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and "Tobias Ravnkilde" in answer.text and "Helle Birkmose" in answer.text, answer.text
    assert f"• {named}" not in answer.text


@pytest.mark.parametrize(
    "turns", [["who is from Krageby?", "how many in total?"], ["hvem er fra Krageby?", "how many total?"]]
)
def test_a_total_asked_after_one_member_counts_the_whole_group(fixture_engine: Engine, turns: list[str]) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.answered and "6" in answer.text and "Ingrid Falkesen" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("guess", "verdict"),
    [("3", "Nej."), ("6", "Ja."), ("7", "Styregruppen har 6")],
)
def test_a_number_guessed_at_a_total_that_needs_the_turn_before_gets_its_verdict(
    fixture_engine: Engine, guess: str, verdict: str
) -> None:
    # Seven people are listed: a count of people the answer itself gives is no wrong guess.
    answer = talk(fixture_engine, ["hvem er fra Krageby?", f"hvor mange var de i alt, {guess}?"])
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ["hvor mange temaer har vandplanen?", "hvad er det sidste?", "kan du skrive det sidste tema på engelsk"],
            "Theme 3",
        ),
        (["hvem er formand?", "sig lige paa engelsk hvad hans titel er"], "head of research"),
        (["hvem er formand?", "og på engelsk?"], "chaired by Rasmus Kvistgaard"),
    ],
)
def test_a_language_asked_for_inside_a_follow_up_answers_what_the_rest_asks_in_it(
    fixture_engine: Engine, turns: list[str], expected: str
) -> None:
    answer = talk(fixture_engine, turns)
    assert answer.language == "en" and expected in answer.text, answer.text
