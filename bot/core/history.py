"""Former members: "is X still in the group?", "who replaced X?", "who represented
Fredensborg before?", answered from the seats' ``former:`` records (``facts.yaml``)."""

from __future__ import annotations

from bot.core.knowledge import FormerMember, Knowledge, Lang, Seat
from bot.core.normalize import fold
from bot.core.phrases import FORMER_MEMBER, LEFT_ON, NO_EARLIER_HOLDER, REPLACED_BY, say


class History:
    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge
        self.former_by_name = {fold(f.name): f for f in knowledge.former_members}
        self._seats = {seat.id: seat for seat in knowledge.seats}
        self._by_municipality: dict[str, list[FormerMember]] = {}
        for former in knowledge.former_members:
            if former.municipality:
                self._by_municipality.setdefault(fold(former.municipality), []).append(former)

    def before_in(self, municipality: str) -> tuple[FormerMember, ...]:
        return tuple(self._by_municipality.get(fold(municipality), ()))

    def former(self, person: FormerMember, lang: Lang) -> str:
        """Who they were, when they left and who holds the seat now."""
        text = say(FORMER_MEMBER, lang, name=person.name, title=person.title.get(lang), where=person.organisation)
        if person.left:
            text += say(LEFT_ON, lang, date=person.left)
        text += "."
        successor = person.replaced_by or self._current_holders(person)
        if successor:
            text += " " + say(REPLACED_BY, lang, name=successor)
        return text

    def earlier_holders(self, municipality: str, lang: Lang, current: str) -> tuple[str, bool]:
        """Who represented a municipality before, and whether the knowledge records anyone."""
        former = self.before_in(municipality)
        if not former:
            return say(NO_EARLIER_HOLDER, lang, place=municipality) + (" " + current if current else ""), False
        return " ".join(self.former(f, lang) for f in former), True

    def _current_holders(self, person: FormerMember) -> str:
        seat: Seat | None = self._seats.get(person.seat_id)
        return " / ".join(p.name for p in seat.people) if seat else ""
