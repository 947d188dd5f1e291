"""``review``: grouped unanswered questions, pressed suggestions, thumbs-down and the export."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot import safeyaml
from bot.cli import main
from bot.curation.evaluate import parse_cases
from bot.curation.review import ReviewError, build_review, export_skeleton

ASKED = [
    ("when does the group meet", 3, "en", "fallback"),
    ("When does the group meet?", 1, "en", "fallback"),
    ("when does the steering group meet", 1, "en", "suggestions"),
    ("who is the mayor of aalborg", 2, "en", "fallback"),
    ("who is the mayor of odense", 1, "en", "fallback"),
    ("hvad er styregruppens budget", 1, "da", "not_in_article"),
    ("😀😀😀", 1, "en", "fallback"),
]


@pytest.fixture
def recorded(recorder_factory, make_answer, clock, db_path) -> Path:
    """A database with the questions of ASKED from today, older ones, picks and votes."""
    recorder = recorder_factory()
    clock.days_ago(1)
    for question, times, language, outcome in ASKED:
        for _ in range(times):
            recorder.question(make_answer(question, language=language, outcome=outcome), "private", None)
    recorder.question(make_answer("who is the chair", answered=True, source="chair"), "private", None)
    recorder.suggestion_picked("when does the group meet", "e:meetings", None)
    recorder.suggestion_picked("when does the groop meet", "e:meetings", None)
    recorder.suggestion_picked("when does the group meet", "e:purpose", None)
    for source, up, question in [
        ("chair", False, "who runs it"),
        ("chair", False, "who runs it"),
        ("chair", True, "who chairs"),
        ("members", False, "who is in it"),
        ("themes", True, "themes?"),
    ]:
        recorder.vote(source, question, up, None)
    clock.days_ago(40)
    recorder.question(make_answer("an old question about parking"), "private", None)
    recorder.vote("members", "old vote", False, None)
    recorder.close()
    clock.days_ago(0)
    return db_path


def test_similar_unanswered_questions_are_grouped_with_counts_most_asked_first(recorded, clock):
    review = build_review(recorded, now=clock.now)
    assert [(g.question, g.count) for g in review.groups] == [
        ("when does the group meet", 5),
        ("who is the mayor of aalborg", 2),
        ("hvad er styregruppens budget", 1),
        ("who is the mayor of odense", 1),
        ("an old question about parking", 1),
    ]
    assert review.groups[0].examples == [
        "when does the group meet",
        "When does the group meet?",
        "when does the steering group meet",
    ]
    assert review.unanswered == 11 and review.without_words == 1


def test_answered_questions_never_appear_in_the_review(recorded, clock):
    review = build_review(recorded, now=clock.now)
    assert all("chair" not in example for g in review.groups for example in g.examples)


def test_since_leaves_out_older_records(recorded, clock):
    review = build_review(recorded, since_days=7, now=clock.now)
    assert "an old question about parking" not in [g.question for g in review.groups]
    assert [(d.source, d.down) for d in review.downvoted] == [("chair", 2), ("members", 1)]


def test_pressed_suggestions_are_counted_under_the_question_they_followed(recorded, clock):
    group = build_review(recorded, now=clock.now).groups[0]
    assert [(p.key, p.count, p.entry) for p in group.picked] == [
        ("e:meetings", 2, "meetings"),
        ("e:purpose", 1, "purpose"),
    ]


def test_entries_with_the_most_thumbs_down_come_first_with_their_questions(recorded, clock):
    downvoted = build_review(recorded, now=clock.now).downvoted
    assert [(d.source, d.down, d.up) for d in downvoted] == [("members", 2, 0), ("chair", 2, 1)]
    assert downvoted[1].examples == ("who runs it",)
    assert "themes" not in [d.source for d in downvoted]


def test_review_prints_groups_picks_as_ready_variants_and_thumbs_down(recorded, capsys):
    assert main(["review", "--data-dir", str(recorded.parent), "--since", "3650"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Unanswered questions (last 3650 days): 11 in 5 group(s), 1 without words\n")
    assert "    5x when does the group meet  [en 5; fallback 4, suggestions 1]" in out
    assert "users picked e:meetings 2x -> add 'when does the group meet' to entry 'meetings' (questions.en)" in out
    assert "chair" in out.split("thumbs-down")[1]


def test_review_json_is_one_object_for_tools(recorded, capsys):
    assert main(["review", "--data-dir", str(recorded.parent), "--json", "--limit", "2", "--since", "7"]) == 0
    review = json.loads(capsys.readouterr().out)
    assert review["unanswered"] == 10 and review["group_count"] == 4 and len(review["groups"]) == 2
    assert review["groups"][0]["picked"][0] == {
        "key": "e:meetings",
        "count": 2,
        "entry": "meetings",
        "person": None,
        "variant": "when does the group meet",
        "lang": "en",
    }
    assert review["downvoted"][0] == {"source": "chair", "down": 2, "up": 1, "examples": ["who runs it"]}


def test_the_data_dir_defaults_to_bot_data_dir(recorded, capsys, monkeypatch):
    monkeypatch.setenv("BOT_DATA_DIR", str(recorded.parent))
    assert main(["review", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(recorded)


def test_review_without_a_database_exits_2_and_says_where_it_looked(tmp_path, capsys):
    assert main(["review", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no recording database at" in err and str(tmp_path) in err


def test_review_never_writes_to_the_database(recorded, clock):
    before = recorded.read_bytes()
    build_review(recorded, now=clock.now)
    assert recorded.read_bytes() == before


def test_a_database_without_recordings_is_reported_not_created(tmp_path):
    path = tmp_path / "klbot.sqlite3"
    sqlite3.connect(path).close()
    with pytest.raises(ReviewError, match="no recordings yet"):
        build_review(path)


# -- export --------------------------------------------------------------------------------


def test_the_export_is_a_labelled_file_skeleton_that_eval_accepts(recorded, tmp_path, capsys):
    target = tmp_path / "todo.yaml"
    assert main(["review", "--data-dir", str(recorded.parent), "--export", str(target)]) == 0
    assert capsys.readouterr().out == f"review: wrote 6 question(s) in 5 group(s) to {target}\n"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Unanswered questions recorded by the bot")
    items = safeyaml.loads(text)  # the loader eval uses: no anchors, bounded
    assert items[0] == {
        "cat": "meetings",
        "lang": "en",
        "q": "when does the group meet",
        "kind": "answer",
        "expect": [],
    }
    assert {
        "cat": "unanswered",
        "lang": "da",
        "q": "hvad er styregruppens budget",
        "kind": "negative",
        "expect": [],
    } in items
    assert len(parse_cases(items)) == 6


@pytest.mark.parametrize(
    "question",
    [
        'what is "SKI": #1?',
        "hvad er KL's rolle",
        "- a dash",
        "yes",
        "null",
        "{braces} [and] brackets",
        "tab\\there",
        "Grønvall · Høje-Taastrup ✓",
    ],
)
def test_exported_questions_keep_their_exact_text(recorder_factory, make_answer, db_path, clock, question):
    recorder = recorder_factory()
    recorder.question(make_answer(question), "private", None)
    recorder.close()
    review = build_review(db_path, now=clock.now)
    out = io.StringIO()
    export_skeleton(review, out)
    assert safeyaml.loads(out.getvalue())[0]["q"] == question


def test_an_empty_export_is_still_a_valid_yaml_list(recorder_factory, db_path, clock):
    recorder_factory().close()
    out = io.StringIO()
    assert export_skeleton(build_review(db_path, now=clock.now), out) == 0
    assert safeyaml.loads(out.getvalue()) == []


# -- no telegram ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["review", "--json"], ["eval", "{labels}"]])
def test_review_and_eval_never_import_telegram(recorded, tmp_path, command):
    labels = tmp_path / "labels.yaml"
    labels.write_text('- {q: "hello", kind: any}\n', encoding="utf-8")
    argv = [part.replace("{labels}", str(labels)) for part in command]
    script = (
        "import sys\nfrom bot.cli import main\nstatus = main(sys.argv[1:])\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'telegram'], 'telegram imported'\n"
        "raise SystemExit(status)\n"
    )
    env = {**os.environ, "BOT_DATA_DIR": str(recorded.parent)}
    done = subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


# -- forged rows (#11): the curator's terminal only ever gets visible escapes --------------------

FORGED = "\x1b]0;pwned\x07\x1b[2J\x9b31mwho\nFAKE LINE\r is \u202eevil\x1b[0m"


def _unsafe(text: str) -> list[str]:
    return [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"]


@pytest.fixture
def forged(recorder_factory, db_path, clock) -> Path:
    """A database the bot wrote, then edited by someone else: text the bot would never store."""
    recorder_factory().close()
    with sqlite3.connect(db_path) as conn:
        for _ in range(2):
            conn.execute(
                "INSERT INTO questions (ts, answered, outcome, lang, chat_type, confidence, norm, raw) "
                "VALUES (?, 0, ?, ?, 'private', 0, ?, ?)",
                (clock.now, "fallback\x1b[5m", "en\x9b", "who is evil", FORGED),
            )
        conn.execute(
            "INSERT INTO picks (ts, key, norm, raw) VALUES (?, ?, 'who is evil', ?)", (clock.now, "e:x\x1b[1m", FORGED)
        )
        conn.execute(
            "INSERT INTO votes (ts, up, source, norm, raw) VALUES (?, 0, ?, 'n', ?)", (clock.now, "chair\x1b", FORGED)
        )
    return db_path


def test_review_prints_forged_text_with_escapes_and_no_line_of_its_own(forged, capsys):
    assert main(["review", "--data-dir", str(forged.parent)]) == 0
    out = capsys.readouterr().out
    assert _unsafe(out) == []
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31mwho\\nFAKE LINE\\r is \\u202eevil" in out
    assert not [line for line in out.splitlines() if line.startswith("FAKE LINE")]


def test_review_json_escapes_c1_and_bidi_and_is_the_same_json(forged, capsys):
    assert main(["review", "--data-dir", str(forged.parent), "--json"]) == 0
    out = capsys.readouterr().out
    assert _unsafe(out.rstrip("\n")) == []
    assert json.loads(out)["groups"][0]["question"] == FORGED


def test_an_export_of_forged_rows_is_still_exactly_the_recorded_questions(forged, tmp_path, capsys):
    target = tmp_path / "todo.yaml"
    assert main(["review", "--data-dir", str(forged.parent), "--export", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert _unsafe(text.replace("\n", "")) == []
    items = safeyaml.load_file(target)
    assert [(item["q"], item["lang"], item["cat"]) for item in items] == [(FORGED, "any", "x\x1b[1m")]
    assert len(parse_cases(items)) == 1
