"""Whom a gendered pronoun may mean: "his" never a woman, "hun" never a man, by each person's
curated ``pronoun``; a person without one may be meant by any pronoun, as before it existed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.core.dialogue_state import Conversation
from bot.core.knowledge import Person, Pronoun
from bot.core.normalize import fold

_WORDS: dict[Pronoun, str] = {"he": "han ham hans he him his", "she": "hun hende hendes she her hers"}
GENDERED: Mapping[str, Pronoun] = {fold(w): p for p, words in _WORDS.items() for w in words.split()}
""""dennes", "they", "de" have no gender and rule nobody out."""


def gender_of(words: Iterable[str]) -> Pronoun | None:
    """The one gender the pronouns among ``words`` ask for; None with none or with both."""
    found = {GENDERED[w] for w in words if w in GENDERED}
    return found.pop() if len(found) == 1 else None


def fits(name: str, wanted: Pronoun | None, people: Mapping[str, Person]) -> bool:
    person = people.get(name)
    return wanted is None or person is None or person.pronoun in (None, wanted)


def first_fitting(candidates: Iterable[str | None], wanted: Pronoun | None, people: Mapping[str, Person]) -> str | None:
    return next((name for name in candidates if name and fits(name, wanted, people)), None)


def talked_about(state: Conversation) -> tuple[str | None, ...]:
    """Whom a singular pronoun may mean, nearest first: "hvad er hans titel?" after Mandøe, then
    Signe Lynggaard Madsen, passes her by for him."""
    return (state.person, *reversed(state.recent), state.earlier)


def member_meant(state: Conversation, wanted: Pronoun | None, people: Mapping[str, Person]) -> str | None:
    """The member talked about, or, when the pronoun's gender rules him or her out, the nearest
    one before who fits."""
    if not state.person or fits(state.person, wanted, people):
        return state.person
    return first_fitting(talked_about(state), wanted, people)
