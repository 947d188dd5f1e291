"""Command line: ``ask``, ``chat``, ``check``, ``eval``, ``review``, ``health`` (and ``run`` for Telegram).

All use the same core. The environment is read once, into ``bot.config.Config``, and its
values are passed down. Each command imports its adapter when it runs (only ``run`` imports
telegram, only ``review`` sqlite3), so ``ask`` starts fast and all work without a token.

Input and output are for people's terminals and other programs alike: stdin is read as UTF-8
with undecodable bytes as U+FFFD (one answer per line still), and everything printed has the
characters that act on a terminal (ESC, CSI, bidi overrides, ...) escaped, since answers echo
what users typed and ``review`` prints what the database holds.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.config import EXIT_CONFIG, EXIT_KNOWLEDGE, Config, ConfigError, load_config
from bot.core.answer import Answer
from bot.core.conversation import Conversation
from bot.core.engine import Engine
from bot.core.knowledge import Knowledge, KnowledgeError
from bot.core.loader import default_knowledge_dir
from bot.core.provenance import source_line
from bot.envfile import load_env_file
from bot.safeyaml import printable

EXIT_BELOW_MIN = 1
"""``eval``: fewer questions passed than ``--min`` asks."""
EXIT_BAD_FILE = 2
"""``eval``: the labelled file cannot be used."""
EXIT_NO_DATABASE = 2
"""``review``: no readable recording database (or the export cannot be written)."""


def _print_answer(answer: Answer, out: TextIO, knowledge: Knowledge | None = None) -> None:
    lines = [answer.text, *(f"  {number}. {s.question}" for number, s in enumerate(answer.suggestions, start=1))]
    shown = source_line(answer.citation, answer.language, knowledge, answer.as_of) if knowledge else ""
    if shown and answer.answered and answer.outcome != "smalltalk":
        lines.append(f"  ({shown})")
    out.write(_shown("\n".join(lines) + "\n"))


def _shown(text: str) -> str:
    """``text`` for a terminal: its own newlines and tabs kept, everything else that acts on a
    terminal escaped (``bot.safeyaml.printable``)."""
    return printable(text, keep="\n\t")


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _json_line(data: object) -> str:
    """One JSON line; ``json`` escapes C0 itself, this also escapes C1, bidi controls and
    surrogates (as ``\\uXXXX``, so it is the same JSON)."""
    text = json.dumps(data, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _utf8_stdin() -> None:
    """Read stdin as UTF-8 whatever the locale, undecodable bytes as U+FFFD (not a traceback)."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        with contextlib.suppress(ValueError, OSError):  # already read from, or closed: leave it
            sys.stdin.reconfigure(encoding="utf-8", errors="replace")


def _stdout(json_lines: bool) -> None:
    """JSON goes out as UTF-8 (RFC 8259) whatever the locale; text for people in the
    terminal's encoding, with '?' for what it cannot show rather than a traceback."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        with contextlib.suppress(ValueError, OSError):
            if json_lines:
                sys.stdout.reconfigure(encoding="utf-8", errors="strict")
            else:
                sys.stdout.reconfigure(errors="replace")


def _from_argv(words: Sequence[str]) -> str:
    """A question from the command line: bytes the locale could not decode (kept by Python as
    surrogates) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", " ".join(words))


_SURROGATE = re.compile("[\ud800-\udfff]")


def cmd_ask(args: argparse.Namespace, engine: Engine) -> int:
    _stdout(args.json)
    if args.question == ["-"]:
        # One answer per input line, in order, empty lines included (score.py relies on it).
        _utf8_stdin()
        if args.conversation:
            _ask_conversation(engine, sys.stdin, args.json)
            return 0
        for line in sys.stdin:
            _emit(engine.ask(line.rstrip("\r\n")), args.json)
        return 0
    _emit(engine.ask(_from_argv(args.question)), args.json)
    return 0


def _ask_conversation(engine: Engine, lines: TextIO, as_json: bool) -> None:
    """Each line a turn of one conversation (one user, one private chat); an empty line is
    answered as ``ask`` answers it and starts a fresh conversation."""
    state = Conversation()
    for line in lines:
        question = line.rstrip("\r\n")
        if not question.strip():
            _emit(engine.ask(question), as_json)
            state = Conversation()
            continue
        answer, state = engine.converse(question, state)
        _emit(answer, as_json)


def _emit(answer: Answer, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(_json_line(answer.to_json()))
        sys.stdout.flush()
    else:
        _print_answer(answer, sys.stdout)


def cmd_chat(args: argparse.Namespace, engine: Engine) -> int:
    _utf8_stdin()
    _stdout(json_lines=False)
    interactive = sys.stdin.isatty()
    if interactive:
        title = engine.knowledge.article.title
        print(
            f"Ask about «{title}» in Danish or English, follow-ups too; a number picks a suggestion; "
            "/reset starts over; Ctrl-D or 'quit' ends."
        )
    last = None
    state = Conversation()
    while True:
        try:
            line = input("> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip().lower() in {"quit", "exit", "afslut"}:
            return 0
        if line.strip().lower() in RESET_COMMANDS:
            state, last = Conversation(), None
            if interactive:
                print("(new conversation)")
            continue
        if last is not None and line.strip().isdigit() and 1 <= int(line) <= len(last.suggestions):
            picked = last.suggestions[int(line) - 1]
            answer = engine.answer_key(picked.key, last.language) or engine.ask(picked.question)
            # What the picked answer names can be followed up like a turn's.
            state = engine.dialogue.remember(state, picked.question, answer)
        else:
            answer, state = engine.converse(line, state)
        _print_answer(answer, sys.stdout, engine.knowledge)
        last = answer


def cmd_check(args: argparse.Namespace, engine: Engine) -> int:
    from bot.curation.check import find_collisions
    from bot.curation.names import stale_names

    k = engine.knowledge
    variants = sum(len(q) for e in k.entries for q in e.questions.values())
    print(
        f"knowledge OK: {len(k.entries)} entries, {variants} question variants, "
        f"{len(k.seats)} seats, {len(k.strategy.themes)} themes, {len(k.municipalities)} municipalities"
    )
    # Warnings do not change the exit status: the text may be right and the heuristic wrong.
    warnings = stale_names(k)
    for warning in warnings:
        print(_shown(f"warning: {warning}"))
    if warnings:
        print(
            f"{len(warnings)} warning(s): hand-written text names people the facts do not hold; "
            "use a placeholder ({chair.name}) or fix the text"
        )
    collisions = find_collisions(engine)
    for collision in collisions:
        print(_shown(f"collision: {collision}"))
    if collisions:
        print(f"{len(collisions)} collision(s): reword those questions or move them to the entry that wins")
        return 1
    print("no collisions")
    return 0


def cmd_eval(args: argparse.Namespace, engine: Engine) -> int:
    """Score a labelled file; exit 1 below ``--min`` percent, 2 when the file cannot be used."""
    from bot.curation import evaluate
    from bot.curation.progress import Progress

    try:
        labelled = evaluate.load_labelled(args.file)
    except evaluate.LabelError as error:
        sys.stderr.write(_shown("klbot eval: " + "\nklbot eval: ".join(error.problems) + "\n"))
        return EXIT_BAD_FILE
    turns = evaluate.turns_of(labelled)
    unfinished = evaluate.unfinished(turns)
    if unfinished:
        sys.stderr.write(
            f"klbot eval: note: {unfinished} question(s) of kind 'answer' have no 'expect' groups, "
            "so any answer passes (an unfinished review export?)\n"
        )
    _stdout(args.json)
    progress = Progress("eval", len(turns), sys.stderr)
    conversations = [c for c in labelled if isinstance(c, evaluate.ConversationCase)]
    if conversations:
        report = evaluate.evaluate_conversations(engine, conversations, progress.update)
    else:
        report = evaluate.evaluate(engine, turns, progress.update)
    progress.finish()
    if args.json:
        sys.stdout.write(_json_line({"file": str(args.file), **report.to_json()}))
    else:
        text = io.StringIO()
        evaluate.print_report(report, text)
        sys.stdout.write(_shown(text.getvalue()))
    return EXIT_BELOW_MIN if report.rate < args.min else 0


def cmd_review(args: argparse.Namespace, config: Config) -> int:
    """Read the recordings (``--data-dir``, else ``BOT_DATA_DIR``); exit 2 without a database."""
    from bot.curation import review
    from bot.curation.paths import database_path
    from bot.curation.progress import Progress

    path = database_path(args.data_dir or config.data_dir)
    _stdout(args.json)
    progress: Progress | None = None

    def report(done: int, total: int) -> None:
        nonlocal progress
        if progress is None:
            progress = Progress("review", total, sys.stderr)
        progress.update(done)

    try:
        found = review.build_review(path, args.since, progress=report)
    except review.ReviewError as error:
        sys.stderr.write(_shown(f"klbot review: {error}\n"))
        return EXIT_NO_DATABASE
    finally:
        if progress is not None:
            progress.finish()
    if args.export:
        try:
            with open(args.export, "w", encoding="utf-8") as file:
                written = review.export_skeleton(found, file)
        except OSError as exc:
            sys.stderr.write(f"klbot review: cannot write {args.export}: {exc}\n")
            return EXIT_NO_DATABASE
        print(f"review: wrote {written} question(s) in {len(found.groups)} group(s) to {args.export}")
        return 0
    if args.json:
        sys.stdout.write(_json_line(found.to_json(args.limit)))
    else:
        text = io.StringIO()
        review.print_review(found, text, args.limit)
        sys.stdout.write(_shown(text.getvalue()))
    return 0


RESET_COMMANDS = frozenset({"/reset", "/new", "/ny"})
"""``chat``: lines that forget the conversation so far."""

EXIT_UNHEALTHY = 1
"""``health``: something the bot needs is not there (Docker's HEALTHCHECK reads 1 as unhealthy)."""


def cmd_health(config: Config) -> int:
    """One line: the knowledge loads and the data directory can be written; exit 0 or 1.

    For container and service health checks (``HEALTHCHECK``, ``ExecStartPre``): it checks
    what ``run`` needs from the disk, in a process of its own, not the running bot."""
    knowledge_dir = default_knowledge_dir(config.knowledge_dir)
    try:
        engine = Engine.from_directory(knowledge_dir)
    except KnowledgeError as error:
        problems = [line.strip(" -") for line in str(error).splitlines()[1:]] or [str(error)]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        return _unhealthy(f"knowledge {knowledge_dir} does not load: {problems[0]}{more}")
    if config.record:
        from bot.curation.store import data_dir_problem

        problem = data_dir_problem(config.data_dir)
        if problem is not None:
            return _unhealthy(problem)
        data = f"data directory {config.data_dir} writable"
    else:
        data = "recording off (BOT_RECORD)"
    print(_shown(f"klbot health: ok: {len(engine.knowledge.entries)} entries from {knowledge_dir}; {data}"))
    return 0


def _unhealthy(problem: str) -> int:
    print(_shown(f"klbot health: FAIL: {problem}"), file=sys.stderr)
    return EXIT_UNHEALTHY


def cmd_run(config: Config, engine: Engine, knowledge_dir: Path) -> int:
    from bot.telegram.main import run_bot

    return run_bot(config, engine, knowledge_dir)


def build_parser() -> argparse.ArgumentParser:
    knowledge_help = "knowledge directory (default: BOT_KNOWLEDGE_DIR, the checkout's or the installed one)"
    parser = argparse.ArgumentParser(prog="klbot", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--knowledge", metavar="DIR", help=knowledge_help)
    # The same option after the subcommand ("klbot check --knowledge DIR"); SUPPRESS keeps a
    # value given before the subcommand when none is given after it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--knowledge", metavar="DIR", default=argparse.SUPPRESS, help=knowledge_help)
    sub = parser.add_subparsers(dest="command")
    ask = sub.add_parser("ask", parents=[common], help="answer one question ('-' reads one per line from stdin)")
    ask.add_argument("question", nargs="+")
    ask.add_argument("--json", action="store_true", help="print one JSON object per answer")
    ask.add_argument(
        "--conversation",
        action="store_true",
        help="with '-': the lines are turns of one conversation; an empty line starts a new one",
    )
    sub.add_parser("chat", parents=[common], help="interactive console chat")
    sub.add_parser("check", parents=[common], help="validate the knowledge and look for colliding questions")
    add_eval_arguments(sub.add_parser("eval", parents=[common], help="score the answers to a labelled question file"))
    add_review_arguments(
        sub.add_parser("review", parents=[common], help="unanswered questions and thumbs-down, for curators")
    )
    add_run_arguments(sub.add_parser("run", parents=[common], help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)"))
    sub.add_parser(
        "health",
        parents=[common],
        help="one line: the knowledge loads and the data directory is writable (exit 0 or 1)",
    )
    return parser


class _VersionAction(argparse.Action):
    """argparse's ``version`` action, looking the version up only when asked: importing
    ``importlib.metadata`` costs every start-up tens of milliseconds."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit")

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("klbot")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed)"


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        help="labelled questions (the format of shared/eval/questions.yaml), or conversations: "
        "a list of {id, turns: [labelled question, ...]}",
    )
    parser.add_argument(
        "--min",
        type=float,
        default=0.0,
        metavar="PCT",
        help="exit with status 1 when fewer than PCT %% of the questions pass",
    )
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")


def add_review_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", help="the bot's data directory (default: BOT_DATA_DIR or ~/.local/share/klbot)"
    )
    parser.add_argument("--since", type=float, metavar="DAYS", help="only the last DAYS days (default: all)")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="groups and entries shown (20)")
    parser.add_argument("--json", action="store_true", help="print the review as one JSON object")
    parser.add_argument(
        "--export", metavar="FILE", help="write the unanswered questions as a labelled-file skeleton to FILE"
    )


def add_run_arguments(run: argparse.ArgumentParser) -> None:
    """Options of ``run``; each also has an environment variable (see ``bot.config``)."""
    run.add_argument(
        "--webhook-url", help="public HTTPS URL for webhook mode (env BOT_WEBHOOK_URL; default: long polling)"
    )
    run.add_argument(
        "--webhook-secret",
        help="secret token Telegram sends with every webhook request "
        "(env BOT_WEBHOOK_SECRET; default: a random one per start)",
    )
    run.add_argument("--listen", help="webhook listen address (env BOT_LISTEN; default 127.0.0.1)")
    run.add_argument("--port", type=int, help="webhook listen port (env BOT_PORT; default 8443)")
    run.add_argument("--log-level", help="DEBUG, INFO, WARNING or ERROR (env BOT_LOG_LEVEL; default INFO)")


COMMANDS = {"ask": cmd_ask, "chat": cmd_chat, "check": cmd_check, "eval": cmd_eval}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # `klbot check | head -1`: the reader left; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    load_env_file()
    args = build_parser().parse_args(argv)
    try:
        config = _config(args)
    except ConfigError as error:
        if args.command == "health":
            return _unhealthy(str(error))
        print(f"klbot: {error}", file=sys.stderr)
        return EXIT_CONFIG
    command = args.command
    if command == "health":
        return cmd_health(config)
    if command is None:
        command = "run" if config.token else "chat"
        if command == "run":  # no run options were given, so the configuration stays the same
            args = build_parser().parse_args([*(argv or sys.argv[1:]), "run"])
    if command == "review":  # reads the recordings only; needs no knowledge
        return cmd_review(args, config)
    knowledge_dir = default_knowledge_dir(config.knowledge_dir)
    if command == "check":  # before the engine reads them: one line per unsafe file
        from bot.curation.check import unsafe_files

        unsafe = unsafe_files(knowledge_dir)
        if unsafe:
            print("klbot: invalid knowledge:\n" + "\n".join(f"  - {line}" for line in unsafe), file=sys.stderr)
            return EXIT_KNOWLEDGE
    try:
        engine = Engine.from_directory(knowledge_dir)
    except KnowledgeError as error:
        print(f"klbot: {error}", file=sys.stderr)
        return EXIT_KNOWLEDGE
    if command == "run":
        return cmd_run(config, engine, knowledge_dir)
    return COMMANDS[command](args, engine)


def _config(args: argparse.Namespace) -> Config:
    """The environment, read once, with the command line's options over it."""
    return load_config(
        knowledge=args.knowledge,
        webhook_url=getattr(args, "webhook_url", None),
        webhook_secret=getattr(args, "webhook_secret", None),
        listen=getattr(args, "listen", None),
        port=getattr(args, "port", None),
        log_level=getattr(args, "log_level", None),
    )
