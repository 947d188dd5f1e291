"""The command line, run as a user runs it: a subprocess of ``python -m bot``, over the invented
knowledge in tests/fixtures/knowledge (tests/shipped/ checks the shipped one)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KNOWLEDGE = ROOT / "tests" / "fixtures" / "knowledge"
ON_FIXTURE = {"BOT_KNOWLEDGE_DIR": str(FIXTURE_KNOWLEDGE)}
""""Rasmus Kvistgaard" chairs it; Ingrid Falkesen represents Krageby, Tobias Ravnkilde Lyngholt."""


def run_bot(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:

    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(ON_FIXTURE)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment,
    )


def test_ask_prints_the_answer() -> None:
    result = run_bot("ask", "hvem er formand?")
    assert result.returncode == 0
    assert "Rasmus Kvistgaard" in result.stdout


def test_ask_json_from_stdin_answers_every_line_in_order_including_empty_ones() -> None:
    result = run_bot("ask", "--json", "-", stdin="who chairs the group\n\nLyngholt?\nqwertyuiop\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["who chairs the group", "", "Lyngholt?", "qwertyuiop"]
    assert [line["answered"] for line in lines] == [True, False, True, False]
    assert lines[0]["source"] == "chair" and lines[0]["language"] == "en"


@pytest.fixture
def broken_knowledge(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, target)
    path = target / "qa" / "group.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: purpose", "id: Purpose!"), encoding="utf-8")
    return target


@pytest.mark.parametrize("command", [["check"], ["ask", "hej"], ["chat"]])
def test_broken_knowledge_fails_fast_with_the_file_and_no_traceback(broken_knowledge: Path, command: list[str]) -> None:
    result = run_bot("--knowledge", str(broken_knowledge), *command)
    assert result.returncode == 3
    assert "group.yaml" in result.stderr and "field 'id'" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["ask", "hej"], ["run"]])
def test_a_malformed_variable_is_one_line_naming_it_and_status_2(command: list[str]) -> None:
    result = run_bot(*command, env={"BOT_ADMINS": "1, me", "BOT_ENV_FILE": "/dev/null"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["klbot: BOT_ADMINS: 'me' is not a Telegram id (a whole number)"]


def test_a_colliding_variant_makes_check_fail(tmp_path: Path) -> None:
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, target)
    path = target / "qa" / "plan.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "        - hvem vedtog vandplanen\n",
            "        - hvem vedtog vandplanen\n        - Hvem er formand for styregruppen?\n",
        ),
        encoding="utf-8",
    )
    result = run_bot("--knowledge", str(target), "check")
    assert result.returncode == 1
    assert "entry 'adoption'" in result.stdout and "collision" in result.stdout


def test_chat_answers_each_line_and_a_number_picks_a_suggestion() -> None:
    result = run_bot("chat", stdin="who is Helle\n2\n")
    assert result.returncode == 0
    _, picked = result.stdout.split("2. Who is Helle Strandgaard?", 1)
    assert "Helle Strandgaard is teknik- og miljødirektør (director of technical and environmental services)" in picked


def test_without_a_token_the_bare_command_starts_the_console_chat() -> None:
    result = run_bot(stdin="hvem repræsenterer Krageby\n")
    assert result.returncode == 0
    assert "Ingrid Falkesen" in result.stdout


def test_ask_chat_and_check_never_import_telegram() -> None:
    code = (
        "import sys; from bot.cli import main; main(['ask', 'hej']); main(['check']); "
        "assert not [m for m in sys.modules if m.startswith('telegram')], 'telegram imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_output_cut_short_by_the_reader_is_not_a_traceback() -> None:

    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    result = subprocess.run(
        f"{sys.executable} -m bot check | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert result.stdout.startswith("knowledge OK")
    assert "Traceback" not in result.stderr


# -- YAML from others (#11): bounded, one line naming the file -----------------------------------


def _limited_memory() -> None:
    """The child may use 1 GB at most: a regression (aliases expanded) fails fast, not the machine."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def run_limited(*args: str) -> subprocess.CompletedProcess[str]:

    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=environment,
        preexec_fn=_limited_memory if sys.platform == "linux" else None,
    )


LAUGHS = "".join(f"l{n}: &l{n} [{','.join([f'*l{n - 1}'] * 9) if n else ','.join(['lol'] * 9)}]\n" for n in range(9))
DEEP = "[" * 50_000 + "]" * 50_000
HOSTILE_YAML = {
    # A labelled item whose 'expect' would expand to 9**9 strings.
    "billion-laughs": "- q: who chairs the group\n  lets:\n" + textwrap.indent(LAUGHS, "    ") + "  expect: [*l8]\n",
    "deep-nesting": f"- q: who chairs the group\n  expect: {DEEP}\n",
}
HOSTILE_KNOWLEDGE = {
    "billion-laughs": "lets:\n" + textwrap.indent(LAUGHS, "  ") + "entries:\n  - id: x\n    questions: {en: *l8}\n",
    "deep-nesting": f"entries:\n  - id: x\n    questions: {{en: {DEEP}}}\n",
}
REFUSALS = {"billion-laughs": "anchors (&l0) are not allowed", "deep-nesting": "nest"}


@pytest.mark.parametrize("kind", sorted(HOSTILE_YAML))
def test_eval_refuses_hostile_yaml_with_one_line_naming_the_file(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.yaml"
    path.write_text(HOSTILE_YAML[kind], encoding="utf-8")
    result = run_limited("eval", str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"klbot eval: {path}: ")
    assert REFUSALS[kind] in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", sorted(HOSTILE_YAML))
def test_eval_refuses_a_review_export_edited_into_hostile_yaml(tmp_path: Path, kind: str) -> None:
    export = tmp_path / "todo.yaml"
    header = "# Unanswered questions recorded by the bot: a labelled-file skeleton for curators.\n"
    skeleton = '- {cat: unanswered, lang: en, q: "who is the chair", kind: answer, expect: []}\n'
    export.write_text(header + skeleton + HOSTILE_YAML[kind], encoding="utf-8")
    result = run_limited("eval", str(export))
    assert result.returncode == 2 and result.stderr.startswith(f"klbot eval: {export}: ")
    assert REFUSALS[kind] in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", sorted(HOSTILE_YAML))
def test_check_refuses_hostile_knowledge_with_one_line_naming_the_file(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE_KNOWLEDGE, target)
    hostile = target / "qa" / "hostile.yaml"
    hostile.write_text(HOSTILE_KNOWLEDGE[kind], encoding="utf-8")
    result = run_limited("--knowledge", str(target), "check")
    assert result.returncode == 3, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "klbot: invalid knowledge:"
    assert len(lines) == 2 and lines[1].startswith(f"  - {hostile}: ") and REFUSALS[kind] in lines[1]
    assert "Traceback" not in result.stderr


# -- input from others (#11): invalid UTF-8, format characters, terminal controls ----------------


def run_bytes(*args: str, stdin: bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:

    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(ON_FIXTURE)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, timeout=60, cwd=ROOT, env=environment
    )


@pytest.mark.parametrize("env", [{}, {"LC_ALL": "C", "LANG": "C"}, {"PYTHONIOENCODING": "latin-1"}], ids=str)
def test_ask_reads_invalid_utf8_on_stdin_with_replacement_characters_one_line_each(env: dict[str, str]) -> None:
    stdin = b"hvem er formand\n\xff\xfe broken \xc3\n\nhvem repr\xc3\xa6senterer Lyngholt?\n"
    result = run_bytes("ask", "--json", "-", stdin=stdin, env=env)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    questions = ["hvem er formand", "\ufffd\ufffd broken \ufffd", "", "hvem repræsenterer Lyngholt?"]
    assert [line["question"] for line in lines] == questions
    assert lines[0]["source"] == "chair" and lines[3]["answered"]


def test_ask_and_chat_read_invalid_utf8_without_a_traceback() -> None:
    for args in (["ask", "-"], ["chat"]):
        result = run_bytes(*args, stdin=b"\xff hvem er formand\n")
        assert result.returncode == 0 and b"Traceback" not in result.stderr, (args, result.stderr)
        assert "Kvistgaard" in result.stdout.decode("utf-8")


def test_a_question_argument_with_undecodable_bytes_is_answered() -> None:
    done = subprocess.run(
        [sys.executable.encode(), b"-m", b"bot", b"ask", b"hvem er \xff formand"],
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **ON_FIXTURE},
    )
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert "Kvistgaard" in done.stdout.decode("utf-8")


def test_zero_width_characters_in_a_question_are_answered_like_the_plain_question() -> None:
    plain = "hvem repræsenterer Krageby?"
    marked = "hvem re\u200bpræsen\u200cterer\u2060 Kra\u200dgeby?\ufeff"
    result = run_bot("ask", "--json", "-", stdin=f"{plain}\n{marked}\n")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == second  # "question" is the question as shown back: without the invisible marks
    assert first["answered"] and "Ingrid Falkesen" in first["answer"]


TERMINAL_ATTACK = "\x1b]0;pwned\x07\x1b[2J\x9b31m Er Jens \x1b[8mHansen\u202e medlem?"


@pytest.mark.parametrize("command", [["ask", TERMINAL_ATTACK], ["chat"], ["ask", "-"]])
def test_printed_answers_make_terminal_controls_visible(command: list[str]) -> None:
    result = run_bot(*command, stdin=TERMINAL_ATTACK + "\n")
    assert result.returncode == 0, result.stderr
    shown = result.stdout
    assert not [c for c in shown if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"]


def test_knowledge_can_be_given_after_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "hej", "--knowledge", str(tmp_path / "missing")]) == 3
    assert str(tmp_path / "missing") in capsys.readouterr().err


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0 and capsys.readouterr().out.startswith("klbot ")
