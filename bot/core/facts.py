"""Answers rendered from the structured fact base, in Danish and in English.

Sentences are written here once per language; names, titles, figures and dates always
come from ``knowledge/facts.yaml`` so a correction there reaches every answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.core.knowledge import (
    FACT_RENDERERS,
    PLACEHOLDERS,
    Knowledge,
    Lang,
    Organisation,
    Person,
    Provenance,
    Seat,
    Theme,
)
from bot.core.lexicon import number_word
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.phrases import spelled_date


class FactRenderer:
    """Renders fact answers for one loaded knowledge base."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge
        self._seat_by_id = {seat.id: seat for seat in knowledge.seats}
        # Keyed by folded name: the gazetteer says "Høje-Taastrup", the article "Høje Taastrup".
        self._seat_by_municipality = {fold(s.municipality): s for s in knowledge.seats if s.municipality}
        self._seat_by_organisation = {s.organisation_id: s for s in knowledge.seats if s.organisation_id}
        self._gazetteer_name = {
            fold(written): m.name for m in knowledge.municipalities for written in (*m.aliases, m.name)
        }
        self.person_by_name = {p.name: p for p in knowledge.people}
        # An entry's `fact:` names one of these methods; FACT_RENDERERS is the one list of them.
        self.named: dict[str, Callable[[Lang], str]] = {name: getattr(self, name) for name in FACT_RENDERERS}
        self._noted = _curator_notes(knowledge)

    def noted_in(self, text: str) -> Provenance | None:
        """The newest curator's note among the facts ``text`` states, so an answer naming a
        member added after the article cites that note and its date, not the article."""
        if not self._noted:
            return None  # the usual case: nothing in the facts rests on a curator's note
        folded = fold(text)
        found = [provenance for needle, provenance in self._noted if needle in folded]
        return max(found, key=lambda p: p.as_of or "", default=None)

    # -- people and seats -------------------------------------------------------------

    def seat_for_organisation(self, organisation_id: str) -> Seat | None:
        return self._seat_by_organisation.get(organisation_id)

    def seat_for_municipality(self, municipality: str) -> Seat | None:
        return self._seat_by_municipality.get(fold(municipality))

    def seat_of(self, person: Person) -> Seat:
        return self._seat_by_id[person.seat_id]

    def places_of(self, person: Person) -> set[str | None]:
        """The municipality (as written and by its gazetteer name) and organisation id a member
        sits for (one of them is None)."""
        seat = self.seat_of(person)
        # A question names a place by its gazetteer name ("Søholt-Nørreby"), the seat as a list
        # writes it ("Søholt Nørreby"): both, so a place named finds its member either way.
        named = self._gazetteer_name.get(fold(seat.municipality)) if seat.municipality else None
        return {seat.municipality, seat.organisation_id} | ({named} if named else set())

    def title_label(self, person: Person, lang: Lang) -> str:
        if lang == "da":
            return person.title.da
        return f"{person.title.da} ({person.title.en})"

    def _organisation_label(self, seat: Seat, lang: Lang) -> str:
        if seat.organisation_id is None:
            return seat.organisation
        organisation = self.organisation(seat.organisation_id)
        return seat.organisation if lang == "da" else f"{seat.organisation} ({organisation.name.en})"

    def person(self, person: Person, lang: Lang) -> str:
        seat = self.seat_of(person)
        where = self._organisation_label(seat, lang)
        partners = [p for p in seat.people if p is not person]
        if lang == "da":
            text = f"{person.name} er {person.title.da} i {where}"
            text += " og formand for styregruppen." if seat.chair else f" og medlem af {self.k.group_name.da}."
            if partners:
                names = " og ".join(f"{p.name} ({p.title.da})" for p in partners)
                text += f" {seat.organisation}s plads i styregruppen deles med {names}."
            return text
        text = f"{person.name} is {self.title_label(person, lang)} at {where}"
        text += (
            " and chairs (formand) the steering group." if seat.chair else f" and a member of {self.k.group_name.en}."
        )
        if partners:
            names = " and ".join(f"{p.name} ({p.title.da})" for p in partners)
            text += f" {seat.organisation}'s seat in the group is shared with {names}."
        return text

    def brief(self, person: Person, lang: Lang) -> str:
        """ "Lars Holte, kommunaldirektør, Høje Taastrup Kommune"."""
        return f"{person.name}, {self.title_label(person, lang)}, {self.seat_of(person).organisation}"

    def bullets(self, people: Iterable[Person], lang: Lang) -> str:
        """One "• brief" line per member, as every list of members in an answer shows them."""
        return "\n".join(f"• {self.brief(p, lang)}" for p in people)

    def seat_line(self, seat: Seat, lang: Lang) -> str:
        people = " / ".join(f"{p.name}, {self.title_label(p, lang)}" for p in seat.people)
        chair = (" (formand)" if lang == "da" else " (chair)") if seat.chair else ""
        return f"• {people}, {seat.organisation}{chair}"

    def _represented_by(self, seat: Seat, lang: Lang) -> str:
        joiner = " og " if lang == "da" else " and "
        return joiner.join(f"{p.name}, {self.title_label(p, lang)}" for p in seat.people)

    def chair(self, lang: Lang) -> str:
        seat = self.k.chair_seat
        person = seat.people[0]
        if lang == "da":
            return f"Formand for styregruppen er {person.name}, {person.title.da} i {seat.organisation}."
        return (
            f"The steering group is chaired by {person.name}, {self.title_label(person, lang)} "
            f"at {self._organisation_label(seat, lang)}."
        )

    def members(self, lang: Lang) -> str:
        lines = "\n".join(self.seat_line(seat, lang) for seat in self.k.seats)
        count = len(self.k.seats)
        if lang == "da":
            return f"Styregruppen har {count} medlemmer:\n{lines}"
        return f"The steering group has {count} members:\n{lines}"

    def member_count(self, lang: Lang) -> str:
        seats = self.k.seats
        shared = [s for s in seats if len(s.people) > 1]
        people = sum(len(s.people) for s in seats)
        municipal = sum(1 for s in seats if s.municipality)
        if lang == "da":
            text = (
                f"Styregruppen har {len(seats)} medlemmer: {municipal} kommuner samt {self._organisation_names(lang)}."
            )
            if shared:
                names = " og ".join(p.name for p in shared[0].people)
                text += (
                    f" {shared[0].organisation}s plads nævner to personer ({names}), så i alt {people} "
                    "personer står på listen."
                )
            return text
        text = (
            f"The steering group has {len(seats)} members: {municipal} municipalities plus "
            f"{self._organisation_names(lang)}."
        )
        if shared:
            names = " and ".join(p.name for p in shared[0].people)
            text += (
                f" {shared[0].organisation}'s seat names two people ({names}), so {people} people are listed in all."
            )
        return text

    def _organisation_names(self, lang: Lang) -> str:
        joiner = " og " if lang == "da" else " and "
        return joiner.join(s.organisation for s in self.k.seats if s.organisation_id)

    def _short_municipality_names(self) -> list[str]:
        return [s.municipality for s in self.k.seats if s.municipality]

    def _municipality_names(self) -> list[str]:
        return [s.organisation for s in self.k.seats if s.municipality]

    def municipalities(self, lang: Lang) -> str:
        names = self._municipality_names()
        listed = "\n".join(f"• {name}" for name in names)
        if lang == "da":
            return (
                f"{len(names)} kommuner er med i styregruppen:\n{listed}\n"
                f"Derudover sidder {self._organisation_names(lang)} i gruppen."
            )
        return (
            f"{len(names)} municipalities (kommuner) are in the steering group:\n{listed}\n"
            f"{self._organisation_names(lang)} also have a seat each."
        )

    def municipality_count(self, lang: Lang) -> str:
        names = ", ".join(self._short_municipality_names())
        count = len(self._municipality_names())
        if lang == "da":
            return (
                f"{count} kommuner er med i styregruppen: {names}. "
                f"Derudover sidder {self._organisation_names(lang)} i gruppen."
            )
        return (
            f"{count} municipalities are in the steering group: {names}. "
            f"{self._organisation_names(lang)} also have a seat each."
        )

    def municipality(self, name: str, lang: Lang) -> tuple[str, bool]:
        """The answer for a named municipality, and whether it is in the group."""
        seat = self._seat_by_municipality.get(fold(name))
        if seat is not None:
            if lang == "da":
                people = self._represented_by(seat, lang)
                return f"{seat.organisation} er repræsenteret i styregruppen ved {people}.", True
            return (
                f"{seat.organisation} is represented in the steering group by {self._represented_by(seat, lang)}."
            ), True
        members = ", ".join(self._short_municipality_names())
        if lang == "da":
            return (
                f"Nej, {name} Kommune er ikke med i styregruppen. "
                f"De {len(self._municipality_names())} kommuner i gruppen er {members}."
            ), False
        return (
            f"No, {name} Kommune is not represented in the steering group. "
            f"The {len(self._municipality_names())} municipalities in it are {members}."
        ), False

    # -- organisations ----------------------------------------------------------------

    def organisations_in_group(self, lang: Lang) -> str:
        seats = [s for s in self.k.seats if s.organisation_id]
        lines = "\n".join(self.seat_line(seat, lang) for seat in seats)
        municipal = sum(1 for s in self.k.seats if s.municipality)
        if lang == "da":
            return f"Ud over de {municipal} kommuner sidder {len(seats)} organisationer i styregruppen:\n{lines}"
        return f"Besides the {municipal} municipalities, {len(seats)} organisations sit in the steering group:\n{lines}"

    def organisation(self, organisation_id: str) -> Organisation:
        return next(o for o in self.k.organisations if o.id == organisation_id)

    def has_seat(self, organisation_id: str) -> bool:
        return organisation_id in self._seat_by_organisation

    def organisation_seat(self, organisation_id: str, lang: Lang) -> str:
        seat = self._seat_by_organisation.get(organisation_id)
        if seat is None:
            # An organisation the facts describe without a seat (it set the group up, say).
            short = self.organisation(organisation_id).short
            if lang == "da":
                return f"{short} har ingen plads i styregruppen."
            return f"{short} has no seat in the steering group."
        chair = ""
        if seat.chair:
            chair = " og er formand for gruppen" if lang == "da" else ", who chairs the group"
        if lang == "da":
            return f"{seat.organisation} er repræsenteret i styregruppen ved {self._represented_by(seat, lang)}{chair}."
        return f"{seat.organisation} is represented in the steering group by {self._represented_by(seat, lang)}{chair}."

    def head_of(self, organisation_id: str) -> Person | None:
        """Who heads the organisation, when the article says: its member in the group holds
        its top title (adm. direktør)."""
        seat = self._seat_by_organisation.get(organisation_id)
        if seat is None or not seat.people[0].title.da.startswith("adm"):
            return None
        return seat.people[0]

    def organisation_head(self, organisation_id: str, lang: Lang) -> tuple[str, bool]:
        """Who leads the organisation, if the article says; else what it does say."""
        seat = self._seat_by_organisation.get(organisation_id)
        if seat is None:
            short = self.organisation(organisation_id).short
            if lang == "da":
                return f"Artiklen siger ikke, hvem der leder {short}.", False
            return f"The article does not say who heads {short}.", False
        person = self.head_of(organisation_id)
        if person is not None:
            if lang == "da":
                return f"{person.name} er {person.title.da} i {seat.organisation} og sidder også i styregruppen.", True
            return (
                f"{person.name} is {self.title_label(person, lang)} of {seat.organisation} and also "
                "sits in the steering group."
            ), True
        if lang == "da":
            return (
                f"Artiklen siger ikke, hvem der leder {seat.organisation}. Den nævner kun, at "
                f"{self.organisation_seat(organisation_id, lang)}"
            ), False
        return (
            f"The article does not say who heads {seat.organisation}. It only says that "
            f"{self.organisation_seat(organisation_id, lang)}"
        ), False

    # -- placeholders -----------------------------------------------------------------

    def fill(self, text: str, lang: Lang) -> str:
        """Put the facts into a hand-written answer's ``{placeholders}`` (see PLACEHOLDERS)."""
        if "{" not in text:
            return text
        values = self._placeholder_values(lang)
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)

    def _placeholder_values(self, lang: Lang) -> dict[str, str]:
        chair_seat = self.k.chair_seat
        chair = chair_seat.people[0]
        a, s = self.k.agreements, self.k.strategy
        in_group = sum(1 for seat in self.k.seats if seat.municipality)
        return {
            "agreements.established": a.established,
            "agreements.savings": a.savings.get(lang),
            "agreements.participation": a.participation.get(lang),
            "strategy.period": s.period,
            "strategy.adopted": s.adopted.get(lang),
            "article.date": self.k.article.date,
            "chair.name": chair.name,
            "chair.title": self.title_label(chair, lang),
            "chair.organisation": chair_seat.organisation,
            "count.strategy_years": _years_spanned(s.period),
            "count.members": str(len(self.k.seats)),
            "count.people": str(len(self.k.people)),
            "count.municipalities": str(in_group),
            # municipalities.yaml lists every municipality of the country (background), not only the group's.
            "count.municipalities_in_country": str(len(self.k.municipalities)),
            "count.municipalities_outside": str(len(self.k.municipalities) - in_group),
            "count.themes": str(len(s.themes)),
        }

    # -- strategy ---------------------------------------------------------------------

    def strategy_purpose(self, lang: Lang) -> str:
        return self.k.strategy.purpose.get(lang)

    def theme_title(self, theme: Theme, lang: Lang) -> str:
        if lang == "da":
            return f"«{theme.title.da}»"
        return f"«{theme.title.da}» ({theme.title.en.lower()})"

    def theme(self, number: int, lang: Lang) -> tuple[str, bool]:
        """One theme by number, or a clear no when there is no such theme."""
        themes = self.k.strategy.themes
        if not 1 <= number <= len(themes):
            if lang == "da":
                return (
                    f"Nej, der er ikke noget tema {number}: strategien har {len(themes)} temaer, "
                    f"nummereret 1-{len(themes)}."
                ), False
            return (
                f"No, there is no theme {number}: the strategy has {len(themes)} themes, numbered 1-{len(themes)}."
            ), False
        theme = themes[number - 1]
        if lang == "da":
            text = f"Tema {number} i {self.k.strategy.name.da} er {self.theme_title(theme, lang)}."
        else:
            text = f"Theme {number} of {self.k.strategy.name.en} is {self.theme_title(theme, lang)}."
        if theme.note is not None:
            text += " " + theme.note.get(lang)
        return text, True

    def themes(self, lang: Lang) -> str:
        lines = "\n".join(f"{t.number}. {self.theme_title(t, lang)}" for t in self.k.strategy.themes)
        count = len(self.k.strategy.themes)
        period = self.k.strategy.period
        name = self.k.strategy.name.get(lang)
        name = name[:1].upper() + name[1:]
        if lang == "da":
            return f"{name} ({period}) har fokus på {count} temaer:\n{lines}"
        return f"{name} ({period}) focuses on {count} themes:\n{lines}"

    def theme_count(self, lang: Lang) -> str:
        count = len(self.k.strategy.themes)
        listed = self.themes(lang).split("\n", 1)[1]
        if lang == "da":
            return f"Strategien har {count} ({number_word(count, 'da')}) temaer:\n{listed}"
        return f"The strategy has {count} ({number_word(count, 'en')}) themes:\n{listed}"

    def article(self, lang: Lang) -> str:
        a = self.k.article
        spelled = spelled_date(a.date, lang)
        date = f"{a.date} ({spelled})" if spelled else a.date
        if lang == "da":
            return f"Artiklen hedder «{a.title}» og er fra {date}. {a.summary.da}"
        return f"The article is titled «{a.title}» and dated {date}. {a.summary.en}"


def _years_spanned(period: str) -> str:
    """The calendar years a period such as "2017-2020" spans, both ends counted ("4")."""
    years = [int(y) for y in re.findall(r"\d{4}", period)]
    return str(years[-1] - years[0] + 1) if len(years) >= 2 else str(len(years))


_PLACEHOLDER = lazy(r"\{(" + "|".join(re.escape(name) for name in PLACEHOLDERS) + r")\}")


def _curator_notes(knowledge: Knowledge) -> list[tuple[str, Provenance]]:
    """(folded text an answer would state, its provenance) for every fact with an ``as_of``."""
    stated: list[tuple[str, Provenance]] = []
    for person in knowledge.people:
        stated.append((fold(person.name), person.provenance))
    for theme in knowledge.strategy.themes:
        stated.extend((fold(title), theme.provenance) for title in (theme.title.da, theme.title.en))
    agreements = knowledge.agreements
    for figure in (agreements.savings, agreements.participation):
        stated.extend((fold(text), agreements.provenance) for text in (figure.da, figure.en))
    stated.append((fold(agreements.established), agreements.provenance))
    return [(needle, provenance) for needle, provenance in stated if provenance.as_of and needle]
