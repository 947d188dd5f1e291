"""What real users asked that the bot could not answer, for curators (``python -m bot review``).

Reads the recording database (``bot.curation.store``) read-only, so it can run beside the bot;
the queries are ``bot.curation.schema``'s, next to the tables they read:

* the most frequent unanswered questions (no answer, or only suggestions), grouped by
  fuzzy similarity (``GROUP_SCORER`` above ``GROUP_CUTOFF``), with counts and examples;
* for each group, the suggestions users then pressed: the entry the question belongs to,
  i.e. a ready question variant to add to that entry;
* the entries with the most 👎 votes, with the questions they were given for.

``build_review`` returns a ``Review``; ``print_review`` writes it for people and
``export_skeleton`` (``--export FILE``) as a skeleton of a labelled file (the format of
``shared/eval/questions.yaml``) for curators to complete and run with ``eval``. The command
line (``bot.cli``) reads the options and sets the exit status.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import yaml
from rapidfuzz import fuzz, process

from bot.core.answer import parse_key
from bot.curation.schema import PICKS_SINCE, UNANSWERED_SINCE, VOTES_SINCE, stored_version
from bot.safeyaml import printable

GROUP_SCORER = fuzz.token_sort_ratio
"""Similarity of two folded questions: word order does not matter, typos cost a little."""
GROUP_CUTOFF = 80.0
"""Questions scoring at least this against a group's first question join that group."""
EXAMPLES = 3
"""Example wordings shown per group or entry."""
EXPORT_VARIANTS = 5
"""Distinct wordings exported per group."""


class ReviewError(Exception):
    """The database cannot be read; the message says what to do."""


@dataclass(frozen=True)
class Picked:
    key: str
    count: int

    @property
    def entry(self) -> str | None:
        parsed = parse_key(self.key)
        return parsed.value if parsed is not None and parsed.kind == "e" else None

    @property
    def person(self) -> str | None:
        parsed = parse_key(self.key)
        return parsed.value if parsed is not None and parsed.kind == "p" else None


@dataclass
class Group:
    """Unanswered questions that are (nearly) the same question."""

    question: str
    """The most frequent wording of the most frequent question in the group."""
    count: int = 0
    wordings: Counter[str] = field(default_factory=Counter)
    """Every wording as typed -> how often asked."""
    variants: Counter[str] = field(default_factory=Counter)
    """Each distinct folded question, as its most frequent wording -> how often asked."""
    languages: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    picks: Counter[str] = field(default_factory=Counter)
    last_seen: float = 0.0
    norms: set[str] = field(default_factory=set)
    """The folded questions in the group."""

    @property
    def language(self) -> str:
        return self.languages.most_common(1)[0][0] if self.languages else "any"

    @property
    def examples(self) -> list[str]:
        return [text for text, _ in self.wordings.most_common(EXAMPLES)]

    @property
    def picked(self) -> list[Picked]:
        return [Picked(key, n) for key, n in sorted(self.picks.items(), key=lambda kv: (-kv[1], kv[0]))]

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "count": self.count,
            "examples": self.examples,
            "languages": dict(self.languages.most_common()),
            "outcomes": dict(self.outcomes.most_common()),
            "last_seen": _iso(self.last_seen),
            "picked": [
                {
                    "key": p.key,
                    "count": p.count,
                    "entry": p.entry,
                    "person": p.person,
                    "variant": self.question,
                    "lang": self.language,
                }
                for p in self.picked
            ],
        }


@dataclass(frozen=True)
class Downvoted:
    source: str | None
    down: int
    up: int
    examples: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "down": self.down, "up": self.up, "examples": list(self.examples)}


@dataclass
class Review:
    database: str
    since_days: float | None
    unanswered: int
    without_words: int
    groups: list[Group]
    downvoted: list[Downvoted]

    def to_json(self, limit: int | None = None) -> dict[str, Any]:
        return {
            "database": self.database,
            "since_days": self.since_days,
            "unanswered": self.unanswered,
            "without_words": self.without_words,
            "group_count": len(self.groups),
            "groups": [g.to_json() for g in self.groups[:limit]],
            "downvoted": [d.to_json() for d in self.downvoted[:limit]],
        }


# -- reading -------------------------------------------------------------------------------


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open the recording database without ever writing to it."""
    if not path.is_file():
        raise ReviewError(
            f"no recording database at {path}: the bot creates it when it runs "
            "(use --data-dir or BOT_DATA_DIR to point at its data directory)"
        )
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        version = stored_version(conn)
    except sqlite3.Error as exc:
        raise ReviewError(f"cannot read {path}: {exc}") from exc
    if version < 1:
        conn.close()
        raise ReviewError(f"{path} holds no recordings yet")
    return conn


def build_review(
    path: Path,
    since_days: float | None = None,
    now: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Review:
    """Read the recordings of the last ``since_days`` days (all when None) and group them."""
    now = time.time() if now is None else now
    since = now - since_days * 86400 if since_days is not None else float("-inf")
    conn = connect_read_only(path)
    try:
        questions = conn.execute(UNANSWERED_SINCE, (since,)).fetchall()
        picks = conn.execute(PICKS_SINCE, (since,)).fetchall()
        votes = conn.execute(VOTES_SINCE, (since,)).fetchall()
    except sqlite3.Error as exc:
        raise ReviewError(f"cannot read {path}: {exc}") from exc
    finally:
        conn.close()
    groups, without_words = group_questions(questions, progress)
    attach_picks(groups, picks)
    return Review(
        database=str(path),
        since_days=since_days,
        unanswered=len(questions),
        without_words=without_words,
        groups=groups,
        downvoted=downvoted_entries(votes),
    )


def group_questions(
    rows: Iterable[tuple[float, str | None, str | None, str, str]], progress: Callable[[int, int], None] | None = None
) -> tuple[list[Group], int]:
    """Group (ts, norm, raw, lang, outcome) rows by fuzzy similarity of the folded text.

    The most frequent questions found the groups; every other question joins the group
    whose first question it resembles most (at least ``GROUP_CUTOFF``), or founds its own.
    Returns the groups, most asked first, and how many questions had no words at all.
    """
    per_norm: dict[str, list[tuple[float, str, str, str]]] = {}
    without_words = 0
    for ts, norm, raw, lang, outcome in rows:
        if not norm:
            without_words += 1
            continue
        per_norm.setdefault(norm, []).append((ts, raw or norm, lang, outcome))
    order = sorted(per_norm, key=lambda n: (-len(per_norm[n]), n))
    groups: list[Group] = []
    founders: list[str] = []
    for done, norm in enumerate(order, start=1):
        asked = per_norm[norm]
        wordings = Counter(raw for _, raw, _, _ in asked)
        wording = wordings.most_common(1)[0][0]
        match = process.extractOne(norm, founders, scorer=GROUP_SCORER, score_cutoff=GROUP_CUTOFF)
        if match is None:
            group = Group(question=wording)
            groups.append(group)
            founders.append(norm)
        else:
            group = groups[match[2]]
        group.count += len(asked)
        group.wordings.update(wordings)
        group.variants[wording] += len(asked)
        group.languages.update(lang for _, _, lang, _ in asked)
        group.outcomes.update(outcome for _, _, _, outcome in asked)
        group.last_seen = max(group.last_seen, max(ts for ts, _, _, _ in asked))
        group.norms.add(norm)
        if progress is not None:
            progress(done, len(order))
    groups.sort(key=lambda g: (-g.count, -g.last_seen))
    return groups, without_words


def attach_picks(groups: Sequence[Group], picks: Iterable[tuple[str, str]]) -> None:
    """Count each pressed suggestion under the group of the question it followed."""
    by_norm = {norm: group for group in groups for norm in group.norms}
    known = list(by_norm)
    for norm, key in picks:
        group = by_norm.get(norm)
        if group is None and norm:
            match = process.extractOne(norm, known, scorer=GROUP_SCORER, score_cutoff=GROUP_CUTOFF)
            group = by_norm[match[0]] if match is not None else None
        if group is not None:
            group.picks[key] += 1


def downvoted_entries(votes: Iterable[tuple[str | None, int, str]]) -> list[Downvoted]:
    """Entries with at least one 👎, most 👎 first, with the questions they were voted on."""
    down: Counter[str | None] = Counter()
    up: Counter[str | None] = Counter()
    examples: dict[str | None, Counter[str]] = {}
    for source, is_up, raw in votes:
        if is_up:
            up[source] += 1
        else:
            down[source] += 1
            examples.setdefault(source, Counter())[raw] += 1
    ranked = sorted(down, key=lambda s: (-down[s], up[s], s or ""))
    return [
        Downvoted(source, down[source], up[source], tuple(text for text, _ in examples[source].most_common(EXAMPLES)))
        for source in ranked
    ]


# -- output --------------------------------------------------------------------------------


def print_review(review: Review, out: TextIO, limit: int = 20) -> None:
    """Write ``review`` for people. Everything from the database goes through ``printable``:
    a forged row cannot move the cursor, recolour the terminal or start a line of its own."""
    period = f"last {review.since_days:g} days" if review.since_days is not None else "all recorded"
    out.write(f"Unanswered questions ({period}): {review.unanswered} in {len(review.groups)} group(s)")
    out.write(f", {review.without_words} without words\n" if review.without_words else "\n")
    for group in review.groups[:limit]:
        languages = ", ".join(f"{printable(lang)} {n}" for lang, n in group.languages.most_common())
        outcomes = ", ".join(f"{printable(outcome)} {n}" for outcome, n in group.outcomes.most_common())
        out.write(f"{group.count:5d}x {printable(group.question)}  [{languages}; {outcomes}]\n")
        others = [printable(text) for text in group.examples if text != group.question]
        if others:
            out.write("        e.g. " + " | ".join(others) + "\n")
        for pick in group.picked:
            if pick.entry is not None:
                out.write(
                    f"        users picked {printable(pick.key)} {pick.count}x -> add {group.question!r} "
                    f"to entry '{printable(pick.entry)}' (questions.{printable(group.language)})\n"
                )
            else:
                out.write(f"        users picked {printable(pick.key)} {pick.count}x\n")
    if len(review.groups) > limit:
        out.write(f"  ... {len(review.groups) - limit} more group(s); use --limit or --json\n")
    out.write(f"\nEntries with the most thumbs-down ({period}):\n")
    if not review.downvoted:
        out.write("  none\n")
    for entry in review.downvoted[:limit]:
        name = printable(entry.source or "(no entry)")
        examples = " | ".join(printable(text) for text in entry.examples)
        out.write(f"  {name:24s} down {entry.down:3d}  up {entry.up:3d}   e.g. {examples}\n")


EXPORT_HEADER = """\
# Unanswered questions recorded by the bot: a labelled-file skeleton for curators.
# Exported by `python -m bot review --export` on {date} from {database} ({period}).
# Same format as shared/eval/questions.yaml; run it with `python -m bot eval FILE`.
#
# For each question, decide what the bot should do and complete the item:
#   kind    answer:   it should answer; list what the answer must contain under `expect`
#           negative: the article does not say; a polite "no"/"not" answer is right
#           abstain:  off-topic; the bot must not answer (delete `expect`)
#           any:      it should reply, content not checked (greetings, thanks)
#           (pre-filled: negative where the bot already said the article does not say, else answer)
#   expect  groups of alternatives; each group needs one of its words in the answer, e.g.
#           [[Mandøe]] or [["14", fourteen]]; a trailing * matches a word prefix (direktør*)
#   forbid  (optional) words that must not appear; "@members" = any member's surname
#   lang    da | en | any: the language the answer must be in (pre-filled: detected language)
#   cat     category for the per-category report (pre-filled: the entry users picked, else
#           "unanswered")
# Until `expect` is filled in, an item of kind answer passes whenever the bot answers at all.
# Delete questions not worth keeping. To make the bot answer one, add it as a question
# variant in knowledge/qa/*.yaml (see knowledge/README.md), then run `check` and `eval`.
"""


def export_skeleton(review: Review, out: TextIO, today: str | None = None) -> int:
    """Write ``review``'s unanswered questions as a labelled-file skeleton; return the item count."""
    period = f"last {review.since_days:g} days" if review.since_days is not None else "all recorded days"
    out.write(
        EXPORT_HEADER.format(
            date=today or datetime.now(UTC).date().isoformat(), database=review.database, period=period
        )
    )
    written = 0
    for group in review.groups:
        picked = group.picked
        # printable: a key with a newline (a forged row) cannot end the comment and add items
        note = f"; users picked {', '.join(f'{printable(p.key)} {p.count}x' for p in picked)}" if picked else ""
        out.write(f"\n# {group.count}x {_quoted(group.question)}{note}\n")
        cat = next((p.entry for p in picked if p.entry), None) or "unanswered"
        kind = "negative" if group.outcomes.most_common(1)[0][0] == "not_in_article" else "answer"
        lang = group.language if group.language in ("da", "en") else "any"
        for text, _ in group.variants.most_common(EXPORT_VARIANTS):
            out.write(f"- {{cat: {_quoted(cat)}, lang: {lang}, q: {_quoted(text)}, kind: {kind}, expect: []}}\n")
            written += 1
    if not written:
        out.write("[]\n")
    return written


def _quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar on one line. YAML escapes control characters
    itself; bidi controls, which it would keep, are escaped too (``\\u202e``), so the file
    reads in an editor as it parses."""
    quoted = yaml.safe_dump(text, default_style='"', allow_unicode=True, width=1 << 30).strip()
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")
