"""``eval``: labelled files are judged exactly as shared/eval/score.py judges them."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.curation.evaluate import (
    LONG_QUESTION,
    Case,
    LabelError,
    evaluate,
    evaluate_conversations,
    judge,
    label_fold,
    load_cases,
    parse_cases,
    parse_conversations,
)
from bot.curation.progress import QUIET_BELOW, Progress

FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
ON_FIXTURE = ["--knowledge", str(FIXTURE_KNOWLEDGE)]
"""The invented knowledge, so labels name its chair (Kvistgaard), not the article's; the
shared labelled file is judged in tests/shipped/test_shipped_eval_labels.py."""
# shared/eval/score.py's surnames for '@members', as the judge's input.
SCORE_MEMBERS = [
    "Pedersen",
    "Herlev",
    "Holte",
    "Grønvall",
    "Brøndum",
    "Svendsen-Tune",
    "Svenningsen",
    "Karm",
    "Winther",
    "Jacobsen",
    "Christiansen",
    "Roslev",
    "Jensen",
    "Lynggaard",
    "Mandøe",
]


def reply(answer: str = "", answered: bool = True, language: str = "en") -> dict[str, Any]:
    return {"answered": answered, "answer": answer, "language": language}


@pytest.mark.parametrize(
    ("case", "got", "verdict"),
    [
        (Case("q", expect=(("Mandøe",),)), reply("Morten Mandøe chairs it."), None),
        (Case("q", expect=(("Mandøe",),)), reply("MORTEN MANDØE chairs it."), None),
        (Case("q", expect=(("Mandøe",),)), reply("Morten Mandoe"), "missing one of ['Mandøe']"),
        (Case("q", expect=(("Mandøe",), ("KL",))), reply("Morten Mandøe chairs it."), "missing one of ['KL']"),
        (Case("q", expect=(("14", "fourteen"),)), reply("It has fourteen members."), None),
        (Case("q", expect=(("direktør*",),)), reply("Han er direktøren."), None),
        (Case("q", expect=(("direktør*",),)), reply("økonomidirektøren"), "missing one of ['direktør*']"),
        (Case("q", expect=(("direktør",),)), reply("Han er direktøren."), "missing one of ['direktør']"),
        (Case("q", expect=(("KL",),)), reply("Klaus Christiansen"), "missing one of ['KL']"),
        (Case("q", expect=(("Høje Taastrup",),)), reply("Lars Holte, Høje-Taastrup Kommune"), None),
        (Case("q", expect=(("1.8*",),)), reply("about DKK 1.8 billion"), None),
        (Case("q", lang="da", expect=(("Mandøe",),)), reply("Mandøe", language="en"), "language 'en', expected 'da'"),
        (Case("q", expect=(("Mandøe",),)), reply("Mandøe", answered=False), "did not answer"),
        (Case("q", kind="abstain"), reply("anything"), "answered an out-of-scope question"),
        (Case("q", kind="abstain"), reply("Sorry", answered=False), None),
        (Case("q", kind="negative"), reply("No, Peter Hansen is not a member."), None),
        (Case("q", kind="negative"), reply("Peter Hansen represents Vejle."), "answered without a negation"),
        (Case("q", kind="negative"), reply("Peter Karm represents Vejle.", answered=False), None),
        (
            Case("q", kind="negative", forbid=("@members",)),
            reply("No, but Peter Karm is."),
            "forbidden 'Karm' in answer",
        ),
        (Case("q", kind="negative", forbid=("@members",)), reply("Karm", answered=False), None),
        (Case("q", kind="any"), reply("Hello!"), None),
        (Case("q", kind="any"), reply("Hello!", answered=False), "did not answer"),
    ],
)
def test_judge_applies_the_labelled_file_rules(case, got, verdict):
    assert judge(case, got, SCORE_MEMBERS) == verdict


def test_label_fold_folds_danish_letters_accents_and_separators():
    assert label_fold("  Grønvall’s Høje-Taastrup/Århus & Café ") == "groenvalls hoeje taastrup aarhus cafe"


# -- the file ------------------------------------------------------------------------------


def test_cases_take_the_defaults_and_expand_long_and_multi_line_questions():
    cases = parse_cases([{"q": "@long"}, {"q": "two\nlines", "cat": "x", "kind": "abstain"}, {"q": 14}])
    assert cases[0] == Case(LONG_QUESTION, cat="-", lang="any", kind="answer")
    assert (cases[1].q, cases[1].cat, cases[1].kind) == ("two lines", "x", "abstain")
    assert cases[2].q == "14"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"q": "x"}, "must be a non-empty list"),
        ([], "must be a non-empty list"),
        (["just a string"], "item 1: must be a mapping"),
        ([{"cat": "x"}], "item 1: 'q' must be the question text"),
        ([{"q": "a"}, {"q": "b", "kind": "maybe"}], "item 2 ('b'): 'kind' must be one of"),
        ([{"q": "a", "lang": "de"}], "'lang' must be one of"),
        ([{"q": "a", "expect": ["Mandøe"]}], "'expect' must be a list of non-empty lists"),
        ([{"q": "a", "forbid": "Karm"}], "'forbid' must be a list"),
    ],
)
def test_a_bad_labelled_file_names_the_item_and_the_field(data, problem):
    with pytest.raises(LabelError) as error:
        parse_cases(data, "f.yaml")
    assert problem in str(error.value)


# -- the command ---------------------------------------------------------------------------

LABELS = """\
- {cat: chair, lang: en, q: "Who is the chair of the steering group?", expect: [[Kvistgaard]]}
- {cat: chair, lang: da, q: "hvem leder styregruppen", expect: [[Kvistgaard]]}
- {cat: offtopic, lang: any, q: "hvordan laver man pandekager", kind: abstain}
- {cat: offtopic, lang: any, q: "who chairs the steering group", kind: abstain}
"""


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    path = tmp_path / "labels.yaml"
    path.write_text(LABELS, encoding="utf-8")
    return path


def test_eval_prints_each_category_each_failure_and_a_summary(labels, capsys):
    assert main([*ON_FIXTURE, "eval", str(labels)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].split() == ["chair", "2/2", "100.0%"]
    assert lines[1].split() == ["offtopic", "1/2", "50.0%"]
    assert lines[2] == "FAIL [offtopic] 'who chairs the steering group': answered an out-of-scope question"
    assert lines[3].startswith("     answer: ") and "Kvistgaard" in lines[3]
    assert lines[4] == "right 3 (75.0%) · wrong answers 1 (25.0%) · not answered 0 (0.0%)"
    assert lines[5].startswith("eval: 3/4 passed (75.0%)")
    assert err == ""


def test_eval_counts_a_declined_question_as_not_answered_not_as_wrong(tmp_path, capsys):
    path = tmp_path / "labels.yaml"
    path.write_text('- {cat: x, lang: en, q: "what time is it", expect: [[noon]]}\n', encoding="utf-8")
    main([*ON_FIXTURE, "eval", str(path), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert (report["passed"], report["wrong"], report["unanswered"]) == (0, 0, 1)


@pytest.mark.parametrize(("minimum", "status"), [("75", 0), ("75.1", 1), ("100", 1), ("0", 0)])
def test_eval_exits_1_below_the_minimum_pass_rate(labels, capsys, minimum, status):
    assert main([*ON_FIXTURE, "eval", str(labels), "--min", minimum]) == status


def test_eval_json_reports_totals_categories_and_failures(labels, capsys):
    assert main([*ON_FIXTURE, "eval", str(labels), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["total"], report["passed"], report["rate"]) == (4, 3, 75.0)
    assert (report["wrong"], report["unanswered"]) == (1, 0)
    assert report["categories"]["offtopic"] == {"passed": 1, "total": 2, "rate": 50.0}
    assert [f["q"] for f in report["failures"]] == ["who chairs the steering group"]


@pytest.mark.parametrize("content", [None, "- {q: [unclosed", "- {cat: x}\n"])
def test_eval_exits_2_with_a_message_when_the_file_is_unusable(tmp_path, capsys, content):
    path = tmp_path / "labels.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main([*ON_FIXTURE, "eval", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("klbot eval: ") and str(path) in err


def test_eval_notes_answer_items_without_expect_groups(tmp_path, capsys):
    path = tmp_path / "skeleton.yaml"
    path.write_text('- {cat: unanswered, lang: en, q: "who is the chair", kind: answer, expect: []}\n')
    assert main([*ON_FIXTURE, "eval", str(path)]) == 0
    assert "1 question(s) of kind 'answer' have no 'expect' groups" in capsys.readouterr().err


# -- progress ------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("total", "lines"), [(10, 0), (QUIET_BELOW - 1, 0), (QUIET_BELOW, 10), (5000, 10)])
def test_progress_off_a_terminal_is_silent_for_short_runs_and_ten_lines_for_long_ones(total, lines):
    stream = io.StringIO()
    progress = Progress("eval", total, stream)
    for done in range(1, total + 1):
        progress.update(done)
    progress.finish()
    assert len(stream.getvalue().splitlines()) == lines


def test_progress_on_a_terminal_redraws_one_line_and_clears_it():
    stream = Terminal()
    progress = Progress("eval", 3, stream)
    for done in (1, 2, 3):
        progress.update(done)
    progress.finish()
    assert stream.getvalue().startswith("\reval: 1/3\reval: 2/3\reval: 3/3\r")
    assert "\n" not in stream.getvalue() and stream.getvalue().endswith("\r")


def test_a_question_that_crashes_the_engine_is_reported_as_a_failure(fixture_engine):
    engine = fixture_engine

    class Crashing:
        knowledge = engine.knowledge

        def ask(self, question: str) -> Any:
            if question == "boom":
                raise ValueError("broken")
            return engine.ask(question)

    report = evaluate(Crashing(), [Case("boom", cat="x"), Case("hello", cat="x", kind="any")])  # type: ignore[arg-type]
    assert report.categories == {"x": [1, 2]}
    assert report.failures[0].reason == "engine raised ValueError: broken"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("- &q {q: hello}\n- *q\n", "line 1: anchors (&q) are not allowed"),
        ("- q: hello\n  expect: " + "[" * 33 + "]" * 33 + "\n", "line 2: nested deeper than 32 levels"),
    ],
)
def test_a_labelled_file_with_anchors_or_deep_nesting_is_one_problem_naming_it(tmp_path, content, problem):
    path = tmp_path / "labels.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LabelError) as error:
        load_cases(path)
    assert error.value.problems == [f"{path}: {problem}"]


def test_eval_shows_terminal_controls_from_the_labelled_file_as_escapes(tmp_path, capsys):
    path = tmp_path / "labels.yaml"
    path.write_text('- {cat: "\\e[2J\\x9b", q: "\\e]0;pwned\\a hvem er formand", kind: abstain}\n', encoding="utf-8")
    assert main([*ON_FIXTURE, "eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert not [c for c in out if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F]
    assert "FAIL [\\x1b[2J\\x9b] '\\x1b]0;pwned\\x07 hvem er formand'" in out


def test_eval_reads_a_conversation_turn_as_the_bot_does_swedish_words_included(fixture_engine):
    conversation = parse_conversations(
        [
            {
                "id": "sv",
                "turns": [{"q": "who chairs the group?"}, {"q": "svara på danska, tack", "expect": [["Formand"]]}],
            }
        ]
    )
    report = evaluate_conversations(fixture_engine, conversation)
    assert report.follow_ups == [1, 1], report.failures
