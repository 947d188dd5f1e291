"""Issue #9's acceptance: the five changes a curator makes, each on a fresh copy of knowledge/
by editing YAML alone, then `check` and the questions about the change, answers printed.

    .venv/bin/python scripts/curation_acceptance.py            # all five, on the shipped knowledge
    .venv/bin/python scripts/curation_acceptance.py chair-moved # one of them
    .venv/bin/python scripts/curation_acceptance.py --knowledge DIR

Exit status 0 when every change is accepted by `check` (no errors, collisions or warnings)
and every answer holds what it must and nothing stale. The changes are defined once, here;
tests/shipped/test_shipped_curation_changes.py runs the same ones. They name the article's
people (the edits replace its exact lines), so they belong with the shipped knowledge:
knowledge/README.md walks through each of them.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeError
from bot.core.loader import default_knowledge_dir, load_knowledge
from bot.curation.check import find_collisions
from bot.curation.names import stale_names


@dataclass(frozen=True)
class Edit:
    """Replace ``old`` by ``new`` once in ``file`` (relative to the knowledge directory); an
    empty ``old`` writes ``new`` as a new file."""

    file: str
    old: str
    new: str


@dataclass(frozen=True)
class Question:
    q: str
    expect: tuple[str, ...] = ()
    """Every one of these must be in the answer."""
    forbid: tuple[str, ...] = ()
    """None of these may be in it: what the change made stale."""
    starts: str = ""
    """The answer's first word, for claims ("Ja", "No")."""
    gap: str = ""
    """A known engine gap: why this answer is still wrong. Reported, not counted as a failure,
    and a strict xfail in the tests, so fixing it shows up."""


@dataclass(frozen=True)
class Change:
    id: str
    title: str
    edits: tuple[Edit, ...]
    questions: tuple[Question, ...] = field(default_factory=tuple)


AS_OF = '"2026-11-15"'

MEMBER_REPLACED = Change(
    "member-replaced",
    "A member is replaced by a new person from a municipality not yet in the group",
    (
        Edit(
            "facts.yaml",
            "    - id: rudersdal\n      organisation: Rudersdal Kommune\n      municipality: Rudersdal\n      people:\n"
            "        - {name: Bjarne Pedersen, title_da: kommunaldirektør, title_en: municipal chief executive,"
            " pronoun: he}\n",
            "    - id: gentofte\n      organisation: Gentofte Kommune\n      municipality: Gentofte\n      people:\n"
            "        - {name: Sofie Lindholt, title_da: kommunaldirektør, title_en: municipal chief executive,\n"
            f"           source: curator, as_of: {AS_OF}}}\n"
            "      former:\n"
            "        - {name: Bjarne Pedersen, title_da: kommunaldirektør, title_en: municipal chief executive,\n"
            '           organisation: Rudersdal Kommune, municipality: Rudersdal, left: "2026-10",\n'
            f"           replaced_by: Sofie Lindholt, as_of: {AS_OF}}}\n",
        ),
    ),
    (
        Question("hvem repræsenterer Gentofte?", expect=("Sofie Lindholt",)),
        Question("Sofie Lindholt er fra Gentofte, ikk?", starts="Ja"),
        Question("is Rudersdal in the steering group?", starts="No"),
        Question("who are the members?", expect=("Sofie Lindholt",), forbid=("Bjarne Pedersen",)),
        Question("Is Bjarne Pedersen still in the group?", expect=("Sofie Lindholt",), starts="No"),
        Question("who replaced Bjarne Pedersen?", expect=("Sofie Lindholt",)),
        Question("who represented Rudersdal before?", expect=("Bjarne Pedersen",)),
        Question("hvem sad for Rudersdal tidligere?", expect=("Bjarne Pedersen",)),
        Question("hvem repræsenterede Rudersdal før?", expect=("Bjarne Pedersen",)),
    ),
)

CHAIR_MOVED = Change(
    "chair-moved",
    "The chair moves to another member",
    (
        Edit("facts.yaml", "      organisation_id: kl\n      chair: true\n", "      organisation_id: kl\n"),
        Edit(
            "facts.yaml",
            "      organisation: Vejle Kommune\n",
            "      organisation: Vejle Kommune\n      chair: true\n",
        ),
    ),
    (
        Question("hvem er formand for styregruppen?", expect=("Peter Karm",), forbid=("Mandøe",)),
        Question("who chairs the group?", expect=("Peter Karm",), forbid=("Mandøe",)),
        Question("Morten Mandøe er formand, ikk?", starts="Nej"),
        Question("hvad er KL's rolle?", expect=("Peter Karm",)),
    ),
)

THEME_ADDED = Change(
    "theme-added",
    "A sixth theme is added to the strategy",
    (
        Edit(
            "facts.yaml",
            "      keywords: [udvikling, udviklingsperspektiv, development, develop, perspective, perspektiv]\n",
            "      keywords: [udvikling, udviklingsperspektiv, development, develop, perspective, perspektiv]\n"
            "    - number: 6\n      title_da: Grønne indkøb\n      title_en: Green procurement\n"
            "      keywords: [grøn, grønne, green, klima, climate]\n"
            f"      as_of: {AS_OF}\n",
        ),
    ),
    (
        Question("hvad er det sjette tema?", expect=("Grønne indkøb",)),
        Question("theme six?", expect=("Grønne indkøb", "green procurement")),
        Question("hvor mange temaer har strategien?", expect=("6 (seks)",), forbid=("fem",)),
        Question("what are the themes?", expect=("6 themes", "green procurement")),
    ),
)

FIGURE_CHANGED = Change(
    "figure-changed",
    "The savings figure is changed once, in the fact base",
    (
        Edit("facts.yaml", "  savings_da: godt 1,8 mia. kr.\n", "  savings_da: omkring 2,3 mia. kr.\n"),
        Edit("facts.yaml", "  savings_en: just over DKK 1.8 billion\n", "  savings_en: about DKK 2.3 billion\n"),
    ),
    (
        Question("How much have the binding agreements saved?", expect=("about DKK 2.3 billion",), forbid=("1.8",)),
        Question("what are the binding agreements", expect=("about DKK 2.3 billion",), forbid=("1.8",)),
        Question("hvor meget har de forpligtende aftaler sparet?", expect=("omkring 2,3 mia. kr.",), forbid=("1,8",)),
    ),
)

ENTRY_ADDED = Change(
    "entry-added",
    "A new Q&A entry is added",
    (
        Edit(
            "qa/extra.yaml",
            "",
            "# yaml-language-server: $schema=../schema/qa.schema.json\n"
            "entries:\n"
            "  - id: newsletter\n"
            "    source: curator\n"
            f"    as_of: {AS_OF}\n"
            "    questions:\n"
            "      da:\n"
            "        - Hvor kan jeg tilmelde mig nyhedsbrevet?\n"
            "        - er der et nyhedsbrev\n"
            "      en:\n"
            "        - Where can I sign up for the newsletter?\n"
            "        - is there a newsletter\n"
            "    answer:\n"
            "      da: Artiklen nævner intet nyhedsbrev; KL's nyheder om indkøb står på kl.dk.\n"
            "      en: The article mentions no newsletter; KL's news on procurement is on kl.dk.\n",
        ),
    ),
    (
        Question("where do I sign up for the newsletter", expect=("The article mentions no newsletter",)),
        Question("hvor tilmelder jeg mig nyhedsbrevet?", expect=("Artiklen nævner intet nyhedsbrev",)),
    ),
)

CHANGES: tuple[Change, ...] = (MEMBER_REPLACED, CHAIR_MOVED, THEME_ADDED, FIGURE_CHANGED, ENTRY_ADDED)


class ChangeError(Exception):
    """The knowledge no longer holds the lines a change edits (it was curated since)."""


def apply(change: Change, root: Path) -> None:
    """Make ``change`` in the knowledge directory ``root`` (a copy: it is edited in place)."""
    for edit in change.edits:
        path = root / edit.file
        if not edit.old:
            path.write_text(edit.new, encoding="utf-8")
            continue
        text = path.read_text(encoding="utf-8")
        if edit.old not in text:
            raise ChangeError(f"{edit.file}: the text this change replaces is not there:\n{edit.old}")
        path.write_text(text.replace(edit.old, edit.new, 1), encoding="utf-8")


def check_problems(engine: Engine) -> list[str]:
    """What `klbot check` would report beyond loading: collisions and warnings."""
    collisions = [f"collision: {c}" for c in find_collisions(engine)]
    return collisions + [f"warning: {w}" for w in stale_names(engine.knowledge)]


def judge(question: Question, answer: str) -> str | None:
    """Why ``answer`` is wrong for ``question``, or None."""
    missing = [e for e in question.expect if e not in answer]
    stale = [f for f in question.forbid if f in answer]
    if question.starts and not answer.startswith(question.starts):
        return f"does not start with {question.starts!r}"
    if missing:
        return f"missing {missing}"
    return f"still says {stale}" if stale else None


def engine_after(change: Change, knowledge: Path, workdir: Path) -> Engine:
    """The engine over a copy of ``knowledge`` (made in ``workdir``) with ``change`` applied;
    raises ``KnowledgeError`` as `check` would."""
    root = workdir / "knowledge"
    shutil.copytree(knowledge, root)
    apply(change, root)
    return Engine(load_knowledge(root))


def run(change: Change, knowledge: Path, out: list[str]) -> int:
    """Apply ``change`` to a copy of ``knowledge``, report into ``out``; return the failures."""
    out.append(f"== {change.id}: {change.title}")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            engine = engine_after(change, knowledge, Path(tmp))
        except ChangeError as error:
            out.append(f"   cannot make the change: {error}")
            return 1
        except KnowledgeError as error:
            out.append(f"   check: {error}")
            return 1
        problems = check_problems(engine)
        out.extend(f"   check: {p}" for p in problems) if problems else out.append("   check: clean")
        failures = len(problems)
        for question in change.questions:
            text = engine.ask(question.q).text
            why = judge(question, text)
            if question.gap:
                verdict = f"known gap: {question.gap}" if why else "FIXED (a known gap now passes: remove its gap)"
                failures += why is None
            else:
                verdict = "ok" if why is None else f"FAIL: {why}"
                failures += why is not None
            out.append(f"   Q: {question.q}\n   A: {text}\n   {verdict}")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("changes", nargs="*", help=f"change ids (default: all): {', '.join(c.id for c in CHANGES)}")
    parser.add_argument("--knowledge", type=Path, help="the knowledge directory to copy (default: knowledge/)")
    args = parser.parse_args(argv)
    chosen = [c for c in CHANGES if not args.changes or c.id in args.changes]
    unknown = set(args.changes) - {c.id for c in CHANGES}
    if unknown:
        parser.error(f"unknown change(s): {', '.join(sorted(unknown))}")
    knowledge = default_knowledge_dir(args.knowledge)
    failures = 0
    for change in chosen:
        out: list[str] = []
        failures += run(change, knowledge, out)
        print("\n".join(out), flush=True)
    print(f"{len(chosen)} change(s), {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
