"""Score a labelled question file against the engine, in process (``python -m bot eval FILE``).

The file format and the judging rules are those of ``shared/eval/questions.yaml`` and its
``score.py`` (re-implemented here, so the package does not depend on that directory):

* ``q`` the question (``"@long"`` is a 3000-character nonsense question), ``cat`` its
  category, ``lang`` ``da``/``en``/``any``: the language the answer must be in;
* ``kind`` ``answer`` (default: answered, and every ``expect`` group matches), ``abstain``
  (must not answer), ``negative`` (abstain, or answer with a negation), ``any`` (answered);
* ``expect`` a list of groups, each needing one of its alternatives in the answer;
  ``forbid`` alternatives that must not appear in an answer (``"@members"``: any member's
  surname). Alternatives match as whole words after folding (case, æ->ae ø->oe å->aa,
  accents, ``-``/``/``/``&`` and apostrophes); a trailing ``*`` makes one a word prefix.

A **conversation file** is a list of ``{id, turns: [labelled turn, …]}``: each turn has the
labels above and is asked after the turns before it (``Engine.converse``, a fresh conversation
per item). Every turn is judged; the report adds first turns, follow-ups and whole
conversations (a conversation is right when every turn is).

``evaluate`` (``evaluate_conversations``) returns a ``Report`` (pass rate per category, every
failure); ``print_report`` writes it for people. The command line (``bot.cli``) reads the
options and sets the exit status.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from bot import safeyaml
from bot.core.conversation import Conversation
from bot.core.engine import Engine

KINDS = ("answer", "abstain", "negative", "any")
LANGUAGES = ("da", "en", "any")
NEGATIONS = (
    "no",
    "not",
    "nej",
    "ikke",
    "isnt",
    "doesnt",
    "dont",
    "cannot",
    "cant",
    "unfortunately",
    "desvaerre",
    "none",
    "ingen",
    "unknown",
    "ukendt",
)
LONG_QUESTION = ("lorem ipsum dolor sit amet " * 120).strip()
MEMBERS = "@members"


class LabelError(Exception):
    """The labelled file cannot be used; ``problems`` says where and why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Case:
    q: str
    """The question as sent to the engine (``@long`` expanded, newlines as spaces)."""
    cat: str = "-"
    lang: str = "any"
    kind: str = "answer"
    expect: tuple[tuple[str, ...], ...] = ()
    forbid: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConversationCase:
    """One labelled conversation: its turns, asked in order in one conversation."""

    id: str
    turns: tuple[Case, ...]


@dataclass(frozen=True)
class Failure:
    cat: str
    question: str
    reason: str
    answer: str
    answered: bool
    language: str
    conversation: str | None = None
    """In a conversation file: the conversation's id, its turn number and how the turn was read."""
    turn: int | None = None
    read_as: str | None = None


@dataclass
class Report:
    categories: dict[str, list[int]] = field(default_factory=dict)
    """Category -> [passed, total]."""
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    first_turns: list[int] | None = None
    """Conversation files only, each [passed, total]: first turns, later turns, conversations."""
    follow_ups: list[int] | None = None
    conversations: list[int] | None = None

    @property
    def total(self) -> int:
        return sum(total for _, total in self.categories.values())

    @property
    def passed(self) -> int:
        return sum(passed for passed, _ in self.categories.values())

    @property
    def rate(self) -> float:
        return 100.0 * self.passed / self.total if self.total else 0.0

    @property
    def wrong(self) -> int:
        """Failures that were answered: a wrong answer, worse for a user than none."""
        return sum(1 for f in self.failures if f.answered)

    @property
    def unanswered(self) -> int:
        """Failures where the bot declined, suggested or said the article does not say."""
        return sum(1 for f in self.failures if not f.answered)

    def share(self, count: int) -> float:
        return 100.0 * count / self.total if self.total else 0.0

    def to_json(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.conversations is not None:
            extra["conversations"] = {
                name: {"passed": counts[0], "total": counts[1], "rate": _rate(counts)}
                for name, counts in (
                    ("first_turns", self.first_turns),
                    ("follow_ups", self.follow_ups),
                    ("conversations", self.conversations),
                )
                if counts is not None
            }
        return {
            "total": self.total,
            "passed": self.passed,
            "rate": round(self.rate, 2),
            "wrong": self.wrong,
            "unanswered": self.unanswered,
            "ms_per_question": round(1000 * self.seconds / self.total, 3) if self.total else 0.0,
            "categories": {
                name: {"passed": passed, "total": total, "rate": round(100.0 * passed / total, 2)}
                for name, (passed, total) in sorted(self.categories.items())
            },
            "failures": [_failure_json(f) for f in self.failures],
            **extra,
        }


def _failure_json(f: Failure) -> dict[str, Any]:
    found: dict[str, Any] = {
        "cat": f.cat,
        "q": f.question,
        "reason": f.reason,
        "answer": f.answer,
        "answered": f.answered,
        "language": f.language,
    }
    if f.conversation is not None:
        found.update(conversation=f.conversation, turn=f.turn, read_as=f.read_as)
    return found


def _rate(counts: Sequence[int]) -> float:
    return round(100.0 * counts[0] / counts[1], 2) if counts[1] else 0.0


# -- the labelled file ---------------------------------------------------------------------


def load_cases(path: Path | str) -> list[Case]:
    """Read and check a labelled file; every problem is reported at once.

    The file is read by ``bot.safeyaml``: bounded in size, nesting and node count, without
    anchors or aliases (a "billion laughs" file is one line naming it, not gigabytes)."""
    try:
        data = safeyaml.load_file(path)
    except safeyaml.SafeYamlError as exc:
        raise LabelError([str(exc)]) from None
    return parse_cases(data, str(path))


def load_labelled(path: Path | str) -> list[Case] | list[ConversationCase]:
    """A question file or a conversation file (items with ``turns``), checked like ``load_cases``."""
    try:
        data = safeyaml.load_file(path)
    except safeyaml.SafeYamlError as exc:
        raise LabelError([str(exc)]) from None
    if is_conversation_file(data):
        return parse_conversations(data, str(path))
    return parse_cases(data, str(path))


def is_conversation_file(data: Any) -> bool:
    """Whether labelled ``data`` holds conversations: items with ``turns`` (not ``q``)."""
    return isinstance(data, list) and any(isinstance(item, dict) and "turns" in item for item in data)


def parse_conversations(data: Any, name: str = "<conversations>") -> list[ConversationCase]:
    if not isinstance(data, list) or not data:
        raise LabelError([f"{name}: must be a non-empty list of conversations ('- {{id: ..., turns: [...]}}')"])
    problems: list[str] = []
    conversations = []
    seen: set[str] = set()
    for number, item in enumerate(data, start=1):
        where = f"{name}: conversation {number}"
        if not isinstance(item, dict) or not isinstance(item.get("turns"), list) or not item["turns"]:
            problems.append(f"{where}: must be a mapping with 'id' and a non-empty list 'turns'")
            continue
        ident = item.get("id")
        if ident is None or isinstance(ident, (dict, list)) or not str(ident).strip():
            problems.append(f"{where}: 'id' must name the conversation")
            continue
        ident = str(ident)
        if ident in seen:
            problems.append(f"{where}: 'id' {ident!r} is used twice")
        seen.add(ident)
        try:
            turns = parse_cases(item["turns"], f"{name}: conversation {ident!r}")
        except LabelError as error:
            problems.extend(error.problems)
            continue
        conversations.append(ConversationCase(ident, tuple(turns)))
    if problems:
        raise LabelError(problems)
    return conversations


def parse_cases(data: Any, name: str = "<labels>") -> list[Case]:
    if not isinstance(data, list) or not data:
        raise LabelError([f"{name}: must be a non-empty list of questions ('- {{q: ..., cat: ...}}')"])
    problems: list[str] = []
    cases = []
    for number, item in enumerate(data, start=1):
        where = f"{name}: item {number}"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be a mapping with at least 'q'")
            continue
        q = item.get("q")
        if q is None or isinstance(q, (dict, list)):
            problems.append(f"{where}: 'q' must be the question text")
            continue
        where = f"{where} ({str(q)[:40]!r})"
        kind = item.get("kind", "answer")
        lang = item.get("lang", "any")
        if kind not in KINDS:
            problems.append(f"{where}: 'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
        if lang not in LANGUAGES:
            problems.append(f"{where}: 'lang' must be one of {', '.join(LANGUAGES)}, got {lang!r}")
        expect = item.get("expect") or []
        if not isinstance(expect, list) or not all(isinstance(g, list) and g for g in expect):
            problems.append(f"{where}: 'expect' must be a list of non-empty lists, e.g. [[Mandøe], [\"14\"]]")
            expect = []
        forbid = item.get("forbid") or []
        if not isinstance(forbid, list):
            problems.append(f"{where}: 'forbid' must be a list")
            forbid = []
        text = LONG_QUESTION if q == "@long" else str(q).replace("\n", " ")
        cases.append(
            Case(
                q=text,
                cat=str(item.get("cat", "-")),
                lang=str(lang),
                kind=str(kind),
                expect=tuple(tuple(str(alt) for alt in group) for group in expect),
                forbid=tuple(str(alt) for alt in forbid),
            )
        )
    if problems:
        raise LabelError(problems)
    return cases


# -- judging (the rules of shared/eval/score.py) ---------------------------------------------


def label_fold(text: str) -> str:
    """The folding both answers and alternatives get before matching."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("'", ""), ("’", "")):
        text = text.replace(a, b)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[-/&]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def present(alternative: str, folded_answer: str) -> bool:
    """Whether ``alternative`` stands as whole word(s) (or a prefix, with ``*``) in the answer."""
    prefix = alternative.endswith("*")
    word = re.escape(label_fold(alternative.rstrip("*")))
    pattern = r"(?<![a-z0-9])" + word + ("" if prefix else r"(?![a-z0-9])")
    return re.search(pattern, folded_answer) is not None


def member_surnames(engine: Engine) -> tuple[str, ...]:
    """What ``@members`` stands for: every word of every member's name but the first."""
    return tuple(dict.fromkeys(word for p in engine.knowledge.people for word in p.name.split()[1:]))


def judge(case: Case, reply: Mapping[str, Any], members: Sequence[str] = ()) -> str | None:
    """None when ``reply`` (the ``ask --json`` shape) passes, else why it fails."""
    answered = bool(reply.get("answered"))
    text = label_fold(str(reply.get("answer") or ""))
    if answered:
        for alt in _expand(case.forbid, members):
            if present(alt, text):
                return f"forbidden {alt!r} in answer"
    if case.kind == "abstain":
        return "answered an out-of-scope question" if answered else None
    if case.kind == "negative":
        if answered and not any(present(n, text) for n in NEGATIONS):
            return "answered without a negation"
        return None
    if not answered:
        return "did not answer"
    if case.lang != "any" and reply.get("language") != case.lang:
        return f"language {reply.get('language')!r}, expected {case.lang!r}"
    if case.kind == "any":
        return None
    for group in case.expect:
        if not any(present(alt, text) for alt in group):
            return f"missing one of {list(group)}"
    return None


def _expand(alternatives: Iterable[str], members: Sequence[str]) -> list[str]:
    out: list[str] = []
    for alt in alternatives:
        out.extend(members if alt == MEMBERS else [alt])
    return out


# -- running -------------------------------------------------------------------------------


def unfinished(cases: Sequence[Case]) -> int:
    """How many items of kind ``answer`` have no ``expect`` groups (any answer passes them)."""
    return sum(c.kind == "answer" and not c.expect for c in cases)


def turns_of(labelled: Sequence[Case] | Sequence[ConversationCase]) -> list[Case]:
    """Every question asked: the cases, or the turns of every conversation."""
    return [turn for item in labelled for turn in (item.turns if isinstance(item, ConversationCase) else (item,))]


def evaluate(engine: Engine, cases: Sequence[Case], progress: Callable[[int], None] | None = None) -> Report:
    """Ask every case's question and judge the answer."""
    report = Report()
    members = member_surnames(engine)
    started = time.perf_counter()
    for done, case in enumerate(cases, start=1):
        try:
            reply = engine.ask(case.q).to_json()
            reason = judge(case, reply, members)
        except Exception as exc:  # one broken question must not hide the rest of the report
            reply = {"answered": False, "answer": "", "language": None}
            reason = f"engine raised {type(exc).__name__}: {exc}"
        _score(report, case, reply, reason)
        if progress is not None:
            progress(done)
    report.seconds = time.perf_counter() - started
    return report


def evaluate_conversations(
    engine: Engine, conversations: Sequence[ConversationCase], progress: Callable[[int], None] | None = None
) -> Report:
    """Ask every conversation's turns in order, each conversation afresh, and judge every turn.

    The turns are a second apart, so a conversation never expires within a run."""
    report = Report(first_turns=[0, 0], follow_ups=[0, 0], conversations=[0, 0])
    assert report.first_turns is not None and report.follow_ups is not None and report.conversations is not None
    members = member_surnames(engine)
    started = time.perf_counter()
    done = 0
    for conversation in conversations:
        state = Conversation()
        right = True
        for number, case in enumerate(conversation.turns, start=1):
            try:
                read = engine.read_turn(case.q, state, now=float(number))
                state, asked, reply = read.state, read.asked, read.answer.to_json()
                reason = judge(case, reply, members)
            except Exception as exc:  # one broken turn must not hide the rest of the report
                reply = {"answered": False, "answer": "", "language": None}
                asked, reason = case.q, f"engine raised {type(exc).__name__}: {exc}"
            _score(report, case, reply, reason, conversation.id, number, asked)
            counts = report.first_turns if number == 1 else report.follow_ups
            counts[0] += reason is None
            counts[1] += 1
            right = right and reason is None
            done += 1
            if progress is not None:
                progress(done)
        report.conversations[0] += right
        report.conversations[1] += 1
    report.seconds = time.perf_counter() - started
    return report


def _score(
    report: Report,
    case: Case,
    reply: Mapping[str, Any],
    reason: str | None,
    conversation: str | None = None,
    turn: int | None = None,
    read_as: str | None = None,
) -> None:
    counts = report.categories.setdefault(case.cat, [0, 0])
    counts[1] += 1
    if reason is None:
        counts[0] += 1
        return
    report.failures.append(
        Failure(
            cat=case.cat,
            question=case.q,
            reason=reason,
            answer=str(reply.get("answer") or ""),
            answered=bool(reply.get("answered")),
            language=str(reply.get("language")),
            conversation=conversation,
            turn=turn,
            read_as=read_as if read_as not in (None, case.q, " ".join(case.q.split())) else None,
        )
    )


def print_report(report: Report, out: TextIO) -> None:
    """Write ``report`` for people; text from the labelled file is escaped (``printable``, ``!r``)."""
    for name, (passed, total) in sorted(report.categories.items()):
        out.write(f"{safeyaml.printable(name):14s} {passed:4d}/{total:<4d} {100 * passed / total:6.1f}%\n")
    for failure in report.failures:
        cat, reason = safeyaml.printable(failure.cat), safeyaml.printable(failure.reason)
        where = f"{safeyaml.printable(failure.conversation)}#{failure.turn} " if failure.conversation else ""
        out.write(f"FAIL [{cat}] {where}{failure.question[:80]!r}: {reason}\n")
        if failure.read_as:
            out.write(f"     read as: {failure.read_as[:160]!r}\n")
        out.write(f"     answer: {failure.answer[:160]!r}\n")
    if report.conversations is not None:
        parts = [
            f"{label} {counts[0]}/{counts[1]} ({_rate(counts):.1f}%)"
            for label, counts in (
                ("first turns", report.first_turns),
                ("follow-ups", report.follow_ups),
                ("conversations", report.conversations),
            )
            if counts is not None
        ]
        out.write(" · ".join(parts) + "\n")
    per_question = 1000 * report.seconds / report.total if report.total else 0.0
    out.write(
        f"right {report.passed} ({report.rate:.1f}%) · wrong answers {report.wrong} ({report.share(report.wrong):.1f}%)"
        f" · not answered {report.unanswered} ({report.share(report.unanswered):.1f}%)\n"
    )
    out.write(f"eval: {report.passed}/{report.total} passed ({report.rate:.1f}%); {per_question:.2f} ms/question\n")
