"""Conversations (issue #8): follow-up turns read against a small state, over the shipped knowledge.

Each table is short conversations; only the last turn's answer is checked. ``Engine.converse``
is called with an explicit clock (ten seconds a turn) so expiry is tested without waiting.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.answer import Answer
from bot.core.conversation import Conversation
from bot.core.courtesy import NOTED, courtesy
from bot.core.engine import Engine
from bot.core.normalize import fold
from bot.core.reasoning import CLARIFY
from bot.core.tuning import DEFAULT_TUNING
from bot.core.turn_words import reaction
from bot.curation.evaluate import load_cases

ROOT = Path(__file__).resolve().parents[2]
EXPIRY = DEFAULT_TUNING.conversation_expiry
PRONOUNS = set(fold("han hun ham hende hans hendes he she him his her hers they them their de dem deres").split())


def talk(engine: Engine, turns: Sequence[str], state: Conversation | None = None) -> tuple[Answer, Conversation]:
    """Every turn in one conversation, ten seconds apart; the last answer and state."""
    state = state or Conversation()
    answer = None
    for number, question in enumerate(turns):
        answer, state = engine.converse(question, state, now=1000.0 + 10 * number)
    assert answer is not None
    return answer, state


def says(answer: Answer, *expected: str) -> bool:
    return all(fold(e) in fold(answer.text) for e in expected)


def conversation_id(turns: Sequence[str]) -> str:
    return " / ".join(turns)


# -- pronouns -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem repræsenterer Aarhus?", "hvad er hendes titel?"], ["Anette Juhl Winther", "udbuds- og indkøbschef"]),
        (["who chairs the group?", "where is he from?"], ["Morten Mandøe", "KL"]),
        (["hvad laver Peter Karm?", "er han kommunaldirektør?"], ["Nej", "Peter Karm"]),
        (["hvem er formand?", "hvem er han?"], ["Morten Mandøe", "cheføkonom"]),
        (["who represents Viborg?", "what are their titles?"], ["Lasse Jacobsen", "Christiansen", "personalestab"]),
        (["hvem repræsenterer Viborg?", "hvor kommer de fra?"], ["Lasse Jacobsen", "Klaus Christiansen", "Viborg"]),
        (["who is nr 9 on the member list?", "the one before her?", "which municipality is that one from?"], ["Vejle"]),
        (["hvad er tema 2?", "hvad handler det om?"], ["digital"]),
        (
            ["How many municipalities are in the group?", "which of them has two people in it?", "who are they?"],
            ["Lasse Jacobsen", "Klaus Christiansen", "kommunaldirektør"],
        ),
        # the holders of a title just explained are "dem", and all of them sit in the group
        (["Hvad er en kommunaldirektør?", "hvor mange af dem sidder i styregruppen?"], ["7 af de 7", "Roslev"]),
        (["hvem er kommunaldirektører?", "hvor mange af dem sidder i styregruppen?"], ["7 af de 7"]),
        # "that title" after a title explained is that title; "uddyb:" before a question asks it
        (["What does 'cheføkonom' mean?", "who in the group has that title?"], ["Morten Mandøe is cheføkonom"]),
        (["hvem er kommunaldirektører?", "uddyb: hvad er deres kommuner?"], ["Rudersdal", "Aalborg"]),
        # a title part named in "who else …" filters by it, not by the member's own title
        (
            ["hvem er Mads Grønvall", "hvem andre er direktører med økonomi i titlen"],
            ["Peter Karm", "Klaus Christiansen"],
        ),
        # the owner that only says whose group it is is no subject: "den" is the group
        (["Hvad er det for en ny styregruppe KL har lavet?", "Hvem sidder i den?"], ["Peter Karm", "Morten Mandøe"]),
    ],
    ids=conversation_id,
)
def test_a_pronoun_takes_the_person_or_people_or_thing_the_last_turns_named(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert answer.answered and says(answer, *expected), answer.text


# -- ellipsis -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem repræsenterer Aalborg?", "og Hjørring?"], ["Hjørring", "Leif Johannes Jensen"]),
        (["what is theme 2?", "what about the third theme?"], ["Professionel indkøbsadfærd"]),
        (["is Karm from Vejle?", "and Roslev?"], ["No.", "Christian Roslev", "Aalborg"]),
        (["er Karm fra Vejle?", "og Aarhus?"], ["Nej.", "Anette Juhl Winther"]),
        (["how many are kommunaldirektør?", "and økonomidirektør?"], ["Mads Grønvall"]),
        (["hvem er formand?", "og hans titel?"], ["Morten Mandøe", "cheføkonom"]),
        (["hvad laver Peter Karm?", "og titlen?"], ["Peter Karm", "økonomi- og arbejdsmarkedsdirektør"]),
        (["hvornår blev aftalerne etableret?", "og besparelsen?"], ["1,8 mia"]),
    ],
    ids=conversation_id,
)
def test_a_turn_that_is_only_a_name_or_an_attribute_reuses_the_last_question(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert answer.answered and says(answer, *expected), answer.text


def test_a_bare_since_when_is_asked_about_the_last_subject_and_says_the_article_does_not_tell(engine):
    answer, state = talk(engine, ["hvem er formand?", "since when?"])
    assert answer.outcome == "not_in_article" and says(answer, "does not say", "Morten Mandøe")
    assert state.frame == "since when Morten Mandøe?"


# -- ordinal moves ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad er tema 2?", "det næste"], ["Tema 3", "Professionel indkøbsadfærd"]),
        (["what is theme 3?", "the previous one"], ["Theme 2", "digital"]),
        (["hvad er tema 2?", "den sidste"], ["Tema 5"]),
        (["hvad er tema 2?", "hvad er det næste tema?"], ["Tema 3"]),
        (["hvad laver Peter Karm?", "hvem er den næste?"], ["Anette Juhl Winther"]),
        (["who are the members?", "the third one"], ["Lars Holte"]),
        (["who are the members?", "the third one", "the next one"], ["Mads Grønvall"]),
        (["who are the members?", "the last one"], ["Morten Mandøe"]),
        (["hvem er Lars?", "den anden"], ["Lars Svenningsen", "Nyborg"]),
        (["hvem repræsenterer Aarhus?", "den næste"], ["Viborg", "Lasse Jacobsen"]),
        (["hvad laver Peter Karm?", "the next one"], ["Anette Juhl Winther"]),
    ],
    ids=conversation_id,
)
def test_next_previous_last_and_ordinals_move_along_themes_lists_and_members(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert answer.answered and says(answer, *expected), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["what is theme 5?", "the next one"], ["no theme 6"]),
        (["hvad er tema 1?", "det forrige"], ["ingen før", "tema 1"]),
        (["hvem repræsenterer KL?", "the next one"], ["no more", "KL is the last"]),
        (["who are the members?", "the last one", "the next one"], ["no more", "Morten Mandøe"]),
    ],
    ids=conversation_id,
)
def test_moving_past_the_end_says_there_is_no_more(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert answer.outcome == "negative" and says(answer, *expected), answer.text


# -- list follow-ups ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected", "absent"),
    [
        (
            ["hvem repræsenterer Viborg?", "hvor mange af dem er kommunaldirektører?"],
            ["1 af de 2", "Lasse Jacobsen"],
            ["Roslev", "Klaus Christiansen"],
        ),
        (["who is a kommunaldirektør?", "which of them is from Aalborg?"], ["1 of the 7", "Roslev"], ["Herlev"]),
        (
            ["er Lars Holte kommunaldirektør?", "who else is a kommunaldirektør?"],
            ["Besides Lars Holte", "6", "Kim Herlev"],
            ["• Lars Holte"],
        ),
        (
            [
                "hvilken titel har Bjarne Pedersen?",
                "hvem har ellers den titel?",
                "er der to med fornavnet Lars blandt dem?",
            ],
            ["Ja", "2 af de 6", "Lars Holte", "Lars Svenningsen"],
            ["Roslev"],
        ),
        (
            ["hvilken titel har Bjarne Pedersen?", "hvem har ellers den titel?", "hvor mange er de i alt?"],
            ["7", "Bjarne Pedersen", "Christian Roslev"],
            ["Signe"],
        ),
    ],
    ids=["how many of them", "which of them", "who else", "of the peers", "peers in all"],
)
def test_of_them_narrows_the_last_list_and_else_leaves_out_who_was_named(engine, turns, expected, absent):
    answer, _ = talk(engine, turns)
    assert answer.answered and says(answer, *expected), answer.text
    assert not any(a in answer.text for a in absent), answer.text


def test_of_them_when_none_fits_says_none_and_names_the_list(engine):
    answer, _ = talk(engine, ["who represents Viborg?", "which of them is the chair?"])
    assert answer.outcome == "negative" and says(answer, "None of the 2", "Lasse Jacobsen", "Klaus Christiansen")


def test_a_list_follow_up_leaves_the_narrowed_list_for_the_next_one(engine):
    _, state = talk(engine, ["who is a kommunaldirektør?", "which of them are from Nyborg or Aalborg?"])
    answer, _ = talk(engine, ["where are they from?"], state)
    assert state.listed and set(state.listed) <= {"Lars Svenningsen", "Christian Roslev"}
    assert says(answer, *state.listed), answer.text


# -- corrections and "tell me more" ------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad er Lars Holtes titel?", "nej, jeg mente den anden Lars"], ["Lars Svenningsen", "Nyborg"]),
        (["hvem er Lars Holte?", "no, I meant the other one"], ["Lars Svenningsen"]),
        (["hvem repræsenterer Aalborg?", "nej, jeg mente Hjørring"], ["Leif Johannes Jensen"]),
        (["who represents Vejle?", "no, I meant: who chairs the group?"], ["Morten Mandøe"]),
    ],
    ids=conversation_id,
)
def test_a_correction_asks_the_last_question_about_the_one_meant(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert answer.answered and says(answer, *expected), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvad er besparelsen?", "fortæl mere"], ["Artiklen skriver", "skulder-ved-skulder"]),
        (["who is Signe Lynggaard Madsen?", "tell me more"], ["The article says", "SKI"]),
        (["hvem er Peter Karm?", "fortæl mere"], ["siger ikke mere", "Peter Karm", "Vejle"]),
        (["hvad er besparelsen?", "fortæl mere", "mere", "mere"], ["siger ikke mere"]),
    ],
    ids=conversation_id,
)
def test_tell_me_more_quotes_the_article_behind_the_last_answer_or_says_there_is_no_more(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert says(answer, *expected), answer.text


# -- language -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "language", "expected"),
    [
        (["hvem repræsenterer Aalborg?", "and Hjørring?"], "en", ["represented", "Leif Johannes Jensen"]),
        (["who represents Aarhus?", "hvad er hendes titel?"], "da", ["Anette Juhl Winther er"]),
        (["what is theme 2?", "det næste"], "da", ["Tema 3"]),
        (["hvem er formand?", "Nyborg?"], "da", ["repræsenteret"]),
    ],
    ids=conversation_id,
)
def test_each_turn_is_answered_in_its_own_language_and_a_turn_without_cues_in_the_conversation_s(
    engine, turns, language, expected
):
    answer, state = talk(engine, turns)
    assert answer.language == language == state.language and says(answer, *expected), answer.text


# -- what must not change -----------------------------------------------------------------


CONTEXTS = [
    ["hvem er Peter Karm?", "hvad er hans titel?"],
    ["what is theme 2?"],
    ["who represents Viborg?"],
    ["hvad er besparelsen?"],
]
STAND_ALONE = [
    case.q
    for name in (
        "../shared/eval/questions.yaml",
        "tests/data/precision_questions.yaml",
        "tests/data/understanding_c_questions.yaml",
    )
    if (ROOT / name).exists()
    for case in load_cases(ROOT / name)
    if not PRONOUNS & set(fold(case.q).split())
    # "ok", "lol" lean on the answer before them like a pronoun: after one they take note of it
    and not ((found := courtesy(case.q)) is not None and found.kind == NOTED)
    and not reaction(case.q)  # "👍" after an answer likewise
]


@pytest.mark.parametrize("context", CONTEXTS, ids=conversation_id)
def test_a_question_without_a_pronoun_is_answered_in_a_conversation_as_it_is_alone(engine, context):
    _, state = talk(engine, context)
    differ = []
    for question in STAND_ALONE:
        answer, _ = engine.converse(question, state, now=1100.0)
        alone = engine.ask(question, state.language)
        if (answer.text, answer.outcome, answer.source) != (alone.text, alone.outcome, alone.source):
            differ.append(question)
    assert differ == []


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvem repræsenterer Vejle?", "hvad hedder hende fra Aarhus?"], "Anette Juhl Winther"),
        (["who represents Viborg?", "Lars Holte or Lars Svenningsen: which of them is from Nyborg?"], "Svenningsen"),
        (["hvad laver Peter Karm?", "who chairs, and where is he from?"], "Morten Mandøe"),
    ],
    ids=conversation_id,
)
def test_a_turn_that_names_whom_its_pronoun_means_is_answered_alone(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert answer == engine.ask(turns[-1], answer.language) and expected in answer.text, answer.text


@pytest.mark.parametrize("aside", ["hvad er klokken?", "what is the time?"])
def test_asking_what_an_unknown_thing_is_after_a_topic_borrows_nothing_of_the_topic(engine, aside):
    answer, _ = talk(engine, ["Hvornår blev KL's indkøbsstrategi vedtaget?", "af hvem?", aside])
    assert not answer.answered, answer.text


def test_after_turns_about_one_member_who_chairs_is_still_the_chair(engine):
    answer, _ = talk(engine, ["hvem er Peter Karm?", "hvad er hans titel?", "hvem er formand?"])
    assert says(answer, "Morten Mandøe") and "Karm" not in answer.text


def test_the_first_turn_is_answered_exactly_as_ask_answers_it(engine):
    for question in ["hvem er formand?", "og Hjørring?", "the next one", "fortæl mere", "Nyborg?"]:
        answer, _ = engine.converse(question, Conversation(), "da", now=0.0)
        assert answer == engine.ask(question, "da")


@pytest.mark.parametrize(
    "turns",
    [
        ["hvor kommer han fra?"],
        ["hvad er tema 2?", "hvad er hans titel?"],
        ["hvem repræsenterer Viborg?", "hvad er hans titel?"],
        ["who are the members?", "and which municipality is she from?"],
    ],
    ids=conversation_id,
)
def test_a_pronoun_with_nobody_to_refer_to_still_gets_who_do_you_mean(engine, turns):
    answer, _ = talk(engine, turns)
    assert answer.source == "clarify" and not answer.answered


# -- expiry, reset and the state ----------------------------------------------------------


def test_context_expires_after_the_quiet_spell_of_the_tuning(engine):
    _, state = engine.converse("hvem repræsenterer Aarhus?", Conversation(), now=0.0)
    within, _ = engine.converse("hvad er hendes titel?", state, now=EXPIRY - 1)
    after, fresh = engine.converse("hvad er hendes titel?", state, now=EXPIRY + 1)
    assert says(within, "Anette Juhl Winther")
    assert after.source == "clarify" and fresh.person is None and fresh.at == EXPIRY + 1


def test_a_fresh_conversation_is_an_explicit_reset(engine):
    _, state = talk(engine, ["hvem repræsenterer Aarhus?"])
    answer, _ = engine.converse("hvad er hendes titel?", Conversation(), now=1010.0)
    assert state.person == "Anette Juhl Winther" and answer.source == "clarify"


def test_the_state_is_explicit_immutable_small_and_picklable(engine):
    _, state = talk(engine, ["who represents Viborg?", "hvor mange af dem er kommunaldirektører?"])
    assert state == Conversation(
        person="Lasse Jacobsen",
        municipality="Viborg",
        organisation=None,
        theme=None,
        frame="hvor mange er kommunaldirektører?",
        focus="list",
        listed=("Lasse Jacobsen",),
        drawn_from=("Lasse Jacobsen", "Klaus Christiansen"),
        recent=("Lasse Jacobsen",),
        source="fact:count:title",
        citation="members",
        language="da",
        at=1010.0,
    )
    assert pickle.loads(pickle.dumps(state)) == state
    assert len(pickle.dumps(state)) < 1000
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.person = "Peter Karm"  # type: ignore[misc]


def test_small_talk_keeps_the_subject(engine):
    answer, state = talk(engine, ["hvem repræsenterer Aarhus?", "tak", "hvad er hendes titel?"])
    assert says(answer, "Anette Juhl Winther") and state.person == "Anette Juhl Winther"


# -- the command line ---------------------------------------------------------------------


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment,
    )


def test_ask_conversation_prints_one_json_line_per_input_line_and_an_empty_line_starts_afresh():
    lines = "hvem repræsenterer Aarhus?\nhvad er hendes titel?\n\nhvad er hendes titel?\n   \nwho chairs?\n"
    result = run_cli("ask", "--json", "--conversation", "-", stdin=lines)
    plain = [json.loads(line) for line in run_cli("ask", "--json", "-", stdin=lines).stdout.splitlines()]
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0 and len(replies) == len(lines.splitlines()) == 6
    assert [reply["question"] for reply in replies] == [reply["question"] for reply in plain]
    assert [list(reply) for reply in replies] == [list(reply) for reply in plain]
    assert replies[1]["answered"] and "Anette Juhl Winther" in replies[1]["answer"]
    assert replies[2] == plain[2] and replies[4] == plain[4]  # empty lines, answered as ask answers them
    assert replies[3]["source"] == "clarify" and not replies[3]["answered"]  # nothing carried over the empty line
    assert replies[5] == plain[5]


def test_chat_keeps_one_conversation_a_picked_suggestion_joins_it_and_reset_forgets_it():
    result = run_cli("chat", stdin="hvem repræsenterer Aarhus?\nhvad er hendes titel?\n/reset\nhvad er hendes titel?\n")
    assert result.returncode == 0
    assert "Anette Juhl Winther er udbuds- og indkøbschef" in result.stdout
    assert result.stdout.rstrip().endswith(CLARIFY.da)  # after /reset, "hendes" has nobody to refer to
    picked = run_cli("chat", stdin="who is Lars\n2\nhvor kommer han fra?\n")
    answer, source = picked.stdout.rstrip().splitlines()[-2:]
    assert answer.startswith("Lars Svenningsen er kommunaldirektør i Nyborg")
    assert source.startswith("  (Kilde: ")  # the console says where an answer comes from


# -- eval of a conversation file ----------------------------------------------------------


CONVERSATIONS = """\
- id: aarhus
  turns:
    - {cat: pronoun, lang: da, q: "hvem repræsenterer Aarhus?", expect: [[Winther]]}
    - {cat: pronoun, lang: da, q: "hvad er hendes titel?", expect: [[udbuds- og indkøbschef]]}
- id: themes
  turns:
    - {cat: ordinal, lang: en, q: "what is theme 2?", expect: [[digital*]]}
    - {cat: ordinal, lang: en, q: "the next one", expect: [[digital*]]}
"""


@pytest.fixture
def conversations(tmp_path: Path) -> Path:
    path = tmp_path / "conversations.yaml"
    path.write_text(CONVERSATIONS, encoding="utf-8")
    return path


def test_eval_of_a_conversation_file_reports_categories_turns_and_whole_conversations(conversations, capsys):
    assert main(["eval", str(conversations)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ordinal", "1/2", "50.0%"]
    assert lines[1].split() == ["pronoun", "2/2", "100.0%"]
    assert lines[2] == "FAIL [ordinal] themes#2 'the next one': missing one of ['digital*']"
    assert lines[3] == "     read as: 'what is theme 3?'"
    assert lines[4].startswith("     answer: 'Theme 3")
    assert lines[5] == "first turns 2/2 (100.0%) · follow-ups 1/2 (50.0%) · conversations 1/2 (50.0%)"
    assert lines[6] == "right 3 (75.0%) · wrong answers 1 (25.0%) · not answered 0 (0.0%)"
    assert lines[7].startswith("eval: 3/4 passed (75.0%)")


def test_eval_json_of_a_conversation_file_adds_the_conversation_figures(conversations, capsys):
    assert main(["eval", str(conversations), "--json", "--min", "80"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["total"], report["passed"], report["wrong"], report["unanswered"]) == (4, 3, 1, 0)
    assert report["conversations"] == {
        "first_turns": {"passed": 2, "total": 2, "rate": 100.0},
        "follow_ups": {"passed": 1, "total": 2, "rate": 50.0},
        "conversations": {"passed": 1, "total": 2, "rate": 50.0},
    }
    failure = report["failures"][0]
    assert (failure["conversation"], failure["turn"], failure["read_as"]) == ("themes", 2, "what is theme 3?")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("- {turns: [{q: hej}]}\n", "conversation 1: 'id' must name the conversation"),
        ("- {id: a, turns: []}\n", "conversation 1: must be a mapping with 'id' and a non-empty list 'turns'"),
        ("- {id: a, turns: [{q: hej}]}\n- {id: a, turns: [{q: hej}]}\n", "conversation 2: 'id' 'a' is used twice"),
        ("- {id: a, turns: [{q: hej, kind: maybe}]}\n", "conversation 'a': item 1 ('hej'): 'kind' must be one of"),
    ],
)
def test_a_bad_conversation_file_names_the_conversation_and_the_field(tmp_path, capsys, content, problem):
    path = tmp_path / "conversations.yaml"
    path.write_text(content, encoding="utf-8")
    assert main(["eval", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and problem in err, err


def test_the_shipped_conversations_all_pass(capsys):
    assert main(["eval", str(ROOT / "tests" / "data" / "conversations.yaml"), "--min", "100"]) == 0
    assert "conversations 30/30 (100.0%)" in capsys.readouterr().out


def test_who_was_its_chair_after_the_old_group_says_the_article_does_not_say_never_the_new_chair(engine):
    answer, _ = talk(engine, ["what happened to the old steering group?", "who was its chair?"])
    assert not answer.answered and "Mandøe" not in answer.text, answer.text


def test_it_in_a_danish_turn_is_it_never_a_pronoun_for_the_theme_before(engine):
    answer, _ = talk(
        engine,
        [
            "hvor mange temaer har KLs indkøbsstrategi",
            "hvilket af dem hænger sammen med de forpligtende aftaler",
            "og hvilket handler om it",
        ],
    )
    assert "Tema 1" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["hvornår blev strategien vedtaget?", "og aftalerne, hvornår startede de"], ["2012"]),
        (
            [
                "how many municipalities join the binding agreements?",
                "so 98 municipalities take part?",
                "who said that about 80?",
            ],
            ["Lynggaard"],
        ),
    ],
    ids=conversation_id,
)
def test_a_topic_put_first_or_a_figure_named_says_what_the_follow_up_is_about(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert says(answer, *expected), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        [
            "How much have the joint binding agreements generated in savings?",
            "so that's since 2010?",
            "and is that in billions of kroner?",
        ],
        ["hvor meget har aftalerne sparet?", "så det er siden 2010?", "og det er i kroner?"],
    ],
)
def test_a_year_the_last_claim_got_wrong_is_not_claimed_again_by_the_next_claim(engine, turns):
    answer, _ = talk(engine, turns)
    assert not fold(answer.text).startswith(("no ", "nej ")), answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["how much has been saved?", "nice 😎 who said that"], "Lynggaard"),
        (["how much has been saved?", "who said that", "cool 👍 what is her title"], "adm. direktør"),
    ],
)
def test_a_nod_before_a_follow_up_question_leaves_it_read_as_a_follow_up(engine, turns, expected):
    answer, _ = talk(engine, turns)
    assert expected in answer.text, answer.text


def test_a_nod_joined_to_a_question_by_and_still_asks_it(engine: Engine) -> None:
    state = Conversation()
    answer = None
    for number, turn in enumerate(["på dansk tak – hvad er besparelsen?", "@bot cool, and who said that?"]):
        answer, state = engine.converse(turn, state, now=1000.0 + 10 * number)
    assert answer is not None and answer.answered, answer
    assert "Lynggaard" in answer.text, answer.text


def test_the_seat_after_a_municipality_spelt_otherwise_in_the_gazetteer_is_the_next_on_the_list(engine: Engine) -> None:
    answer, _ = talk(engine, ["Who represents Høje Taastrup?", "And the next one?"])
    assert says(answer, "Mads Grønvall")


def test_who_chaired_the_former_group_put_first_is_what_the_article_does_not_say(engine: Engine) -> None:
    # Read without the topic put first, "den" was the group talked about and got its chair.
    answer, _ = talk(
        engine, ["Hvem er formand for styregruppen?", "Og den tidligere styregruppe, hvem var formand for den?"]
    )
    assert not answer.answered and "Mandøe" not in answer.text, answer.text
