"""Related questions: what to offer after an answer, drawn from the knowledge (issue #8).

After an answer about a member, people go on to ask where that member sits, who sits beside
them and who chairs the group; after a theme, the next theme; after an entry, the entries
written beside it in the same knowledge file. ``related`` lists up to three such questions for
an answer, each with a short key; ``related_question`` turns a key back into its question
(None when the knowledge no longer has what it names), so an adapter can offer the key on a
button and, when it is pressed, ask the question as if it had been typed.

A key is ``<kind>:<value>``: ``m:<municipality>`` (who represents it), ``o:<organisation id>``
(who represents it), ``p:<member>`` (who is it), ``c`` (who chairs the group), ``h:<theme
number>`` (what is that theme), ``e:<entry id>`` (the entry's own question). Pure: no state.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.answer import Answer
from bot.core.knowledge import Bilingual, Knowledge, Lang, Seat
from bot.core.phrases import PERSON_QUESTION, say

LIMIT = 3
"""At most this many related questions after one answer: more is noise."""

SEAT_QUESTION = Bilingual(da="Hvem repræsenterer {name}?", en="Who represents {name}?")
CHAIR_QUESTION = Bilingual(da="Hvem er formand for styregruppen?", en="Who chairs the steering group?")
THEME_QUESTION = Bilingual(da="Hvad er tema {name}?", en="What is theme {name}?")
_ANSWERED = ("answer", "negative")
"""Only real answers get related questions: a "did you mean" already offers its own buttons."""


@dataclass(frozen=True)
class Related:
    question: str
    """The question as a user would type it, in the answer's language."""
    key: str
    """What it asks, independent of language (``related_question`` reads it back)."""


def related(knowledge: Knowledge, answer: Answer, limit: int = LIMIT) -> tuple[Related, ...]:
    """Up to ``limit`` questions that follow on from ``answer`` (none for what is not an answer)."""
    if answer.outcome not in _ANSWERED or not answer.source:
        return ()
    keys = [key for key in _keys(knowledge, answer.source) if key != _own_key(answer.source)]
    out: list[Related] = []
    for key in dict.fromkeys(keys):
        question = related_question(knowledge, key, answer.language)
        if question is not None:
            out.append(Related(question, key))
        if len(out) == limit:
            break
    return tuple(out)


def related_question(knowledge: Knowledge, key: str, lang: Lang) -> str | None:
    """The question ``key`` asks, in ``lang``; None when ``key`` names nothing in ``knowledge``."""
    kind, _, value = key.partition(":")
    if kind == "c" and not value:
        return say(CHAIR_QUESTION, lang)
    if kind == "m" and any(seat.municipality == value for seat in knowledge.seats):
        return say(SEAT_QUESTION, lang, name=value)
    if kind == "o":
        organisation = next((o for o in knowledge.organisations if o.id == value), None)
        seated = any(seat.organisation_id == value and not seat.municipality for seat in knowledge.seats)
        return say(SEAT_QUESTION, lang, name=organisation.short) if organisation and seated else None
    if kind == "p" and any(person.name == value for person in knowledge.people):
        return say(PERSON_QUESTION, lang, name=value)
    if kind == "h" and value.isdigit() and 1 <= int(value) <= len(knowledge.strategy.themes):
        return say(THEME_QUESTION, lang, name=value)
    if kind == "e":
        entry = knowledge.entry(value)
        return entry.canonical_question(lang) if entry is not None and entry.kind == "answer" else None
    return None


# -- what follows on from what -------------------------------------------------------------


def _keys(knowledge: Knowledge, source: str) -> list[str]:
    kind, _, rest = source.partition(":")
    if kind == "fact":
        fact, _, name = rest.partition(":")
        if fact == "person":
            return _after_person(knowledge, name)
        if fact == "municipality":
            seat = next((s for s in knowledge.seats if s.municipality == name), None)
            return [*(f"p:{p.name}" for p in seat.people), "c"] if seat else []
        if fact == "organisation":
            organisation = name.partition(":")[0]
            return [f"o:{organisation}", "c"]
        if fact == "theme" and name.isdigit():
            number = int(name)
            return [f"h:{number + 1}", f"h:{number - 1}"]
        return []
    return _after_entry(knowledge, source)


def _after_person(knowledge: Knowledge, name: str) -> list[str]:
    """Their seat, who else sits in it, and the chair."""
    seat = next((s for s in knowledge.seats if any(p.name == name for p in s.people)), None)
    if seat is None:
        return []
    others = [f"p:{p.name}" for p in seat.people if p.name != name]
    return [_seat_key(seat), *others, *([] if seat.chair else ["c"])]


def _after_entry(knowledge: Knowledge, entry_id: str) -> list[str]:
    """The chair's name after "who chairs?"; else the entries written after it in the same file."""
    entry = knowledge.entry(entry_id)
    if entry is None or entry.kind != "answer":
        return []
    keys = [f"p:{p.name}" for p in knowledge.chair_seat.people] if entry_id == "chair" else []
    siblings = [e.id for e in knowledge.entries if e.file == entry.file and e.kind == "answer"]
    at = siblings.index(entry_id)
    return keys + [f"e:{other}" for other in siblings[at + 1 :] + siblings[:at]]


def _seat_key(seat: Seat) -> str:
    return f"m:{seat.municipality}" if seat.municipality else f"o:{seat.organisation_id}"


def _own_key(source: str) -> str:
    """The key that would ask again what ``source`` answered (never offered after it)."""
    if source == "chair":
        return "c"
    kind, _, rest = source.partition(":")
    if kind != "fact":
        return f"e:{source}"
    fact, _, name = rest.partition(":")
    if fact == "organisation":
        # "what is KL?" is about the organisation; "who represents KL?" still follows on.
        organisation, _, part = name.partition(":")
        return f"o:{organisation}" if part == "seat" else ""
    short = {"person": "p", "municipality": "m", "theme": "h"}.get(fact)
    return f"{short}:{name}" if short else ""
