"""The curated knowledge as small typed, frozen records (loaded by ``bot.core.loader``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from bot.core.normalize import fold

Lang = Literal["da", "en"]
LANGUAGES: tuple[Lang, ...] = ("da", "en")

EntryKind = Literal["answer", "smalltalk", "not_in_article", "definition"]
ENTRY_KINDS: tuple[EntryKind, ...] = ("answer", "smalltalk", "not_in_article", "definition")
"""answer: a fact or explanation; smalltalk: greetings and help; not_in_article: a
question people ask that the article cannot answer, with a polite explanation. definition: what a term
(a job title, "formand") means; asked only by questions about a term, never matched
against other questions."""

Pronoun = Literal["he", "she"]
PRONOUN_CHOICES: tuple[Pronoun, ...] = ("he", "she")
"""How a person may be referred to ("he"/"han", "she"/"hun"); curated, and left out when unsure."""

FACT_RENDERERS = (
    "chair",
    "members",
    "member_count",
    "municipalities",
    "municipality_count",
    "themes",
    "theme_count",
    "article",
    "organisations_in_group",
    "strategy_purpose",
)
"""Answers an entry may take from the fact base instead of hand-written text (methods of
``bot.core.facts.FactRenderer`` of the same names)."""

PLACEHOLDERS = (
    "agreements.established",
    "agreements.savings",
    "agreements.participation",
    "strategy.period",
    "strategy.adopted",
    "article.date",
    "chair.name",
    "chair.title",
    "chair.organisation",
    "count.members",
    "count.people",
    "count.municipalities",
    "count.municipalities_in_country",
    "count.municipalities_outside",
    "count.themes",
    "count.strategy_years",
)
"""Facts a hand-written answer may name as ``{agreements.savings}``, so a figure lives in one
place (``facts.yaml``) and the answer follows it (``bot.core.facts.FactRenderer.fill``)."""

Citation = Literal["members", "facts_box", "background", "curator"]
"""Parts of the source the engine's own fact answers cite; `facts.yaml`'s `sources` must
define each of them (checked at load)."""
CITATIONS: tuple[Citation, ...] = ("members", "facts_box", "background", "curator")
MEMBERS: Citation = "members"
FACTS_BOX: Citation = "facts_box"
BACKGROUND: Citation = "background"
CURATOR: Citation = "curator"


class KnowledgeError(Exception):
    """The knowledge files are invalid; ``problems`` lists every one found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid knowledge:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class Bilingual:
    da: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.da if lang == "da" else self.en


@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from: a key of ``Knowledge.sources`` (an article paragraph,
    background, or ``curator``) and, for a curator's note, the date it was true (``as_of``)."""

    source: str
    as_of: str | None = None


@dataclass(frozen=True)
class Person:
    name: str
    title: Bilingual
    seat_id: str
    provenance: Provenance = Provenance("members")
    pronoun: Pronoun | None = None
    """None: any pronoun may mean them, so a gendered one never rules them out."""


@dataclass(frozen=True)
class FormerMember:
    """Someone who held a seat and left it; answers "is X still in the group?" and "who
    represented Fredensborg before?"."""

    name: str
    title: Bilingual
    seat_id: str
    organisation: str
    """Where they came from (their seat's, unless the seat changed hands to another place)."""
    municipality: str | None
    left: str | None
    """When they left (YYYY, YYYY-MM or YYYY-MM-DD), if known."""
    replaced_by: str | None
    provenance: Provenance = Provenance("curator")
    pronoun: Pronoun | None = None


@dataclass(frozen=True)
class Seat:
    id: str
    organisation: str
    municipality: str | None
    organisation_id: str | None
    chair: bool
    people: tuple[Person, ...]
    former: tuple[FormerMember, ...] = ()


@dataclass(frozen=True)
class Organisation:
    id: str
    short: str
    name: Bilingual
    aliases: tuple[str, ...]
    about: Bilingual
    provenance: Provenance = Provenance("background")


@dataclass(frozen=True)
class Theme:
    number: int
    title: Bilingual
    keywords: tuple[str, ...]
    note: Bilingual | None
    provenance: Provenance = Provenance("facts_box")
    unlike: tuple[str, ...] = ()
    """Words for what the theme is set apart from (services, not goods): a claim that the
    theme is about one of them is denied, where a topic no theme names gets no verdict."""


@dataclass(frozen=True)
class Strategy:
    name: Bilingual
    period: str
    adopted: Bilingual
    purpose: Bilingual
    themes: tuple[Theme, ...]
    provenance: Provenance = Provenance("facts_box")


@dataclass(frozen=True)
class Agreements:
    name: Bilingual
    established: str
    savings: Bilingual
    participation: Bilingual
    provenance: Provenance = Provenance("facts_box")


@dataclass(frozen=True)
class Article:
    title: str
    date: str
    summary: Bilingual


@dataclass(frozen=True)
class Municipality:
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class QAEntry:
    id: str
    kind: EntryKind
    questions: dict[Lang, tuple[str, ...]]
    answer: Bilingual | None
    fact: str | None
    source: str
    file: str
    as_of: str | None = None
    """For a curator's note: the date the answer was true."""

    def canonical_question(self, lang: Lang) -> str:
        return self.questions[lang][0]


@dataclass(frozen=True)
class Passage:
    """One paragraph of the article: its exact Danish words and a short English gloss."""

    id: str
    source: str
    text: Bilingual
    speaker: Bilingual | None = None
    """Who says it, when the paragraph is a quote."""


@dataclass(frozen=True)
class Vocabulary:
    """Words about the article's subject, curated in ``knowledge/vocabulary.yaml`` (the engine's
    own word lists, ``bot.core.lexicon``, hold only language)."""

    synonyms: Mapping[str, str] = field(default_factory=dict)
    """Word -> the concept it names in both languages ("indkøb" -> "procurement")."""
    title_parts: Mapping[str, str] = field(default_factory=dict)
    """Word -> the part of a job title it names ("director" -> "direktor")."""
    phrases: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    """Folded phrase -> what it is read as ("joint agreements" -> "agreements"; empty: dropped)."""
    title_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """A member's Danish title, as in the facts -> other names people give it ("kommunaldirektør"
    -> "municipal director", "CEO"): a question naming it so names its holders."""


@dataclass(frozen=True)
class Knowledge:
    article: Article
    sources: dict[str, Bilingual]
    organisations: tuple[Organisation, ...]
    seats: tuple[Seat, ...]
    strategy: Strategy
    agreements: Agreements
    municipalities: tuple[Municipality, ...]
    entries: tuple[QAEntry, ...]
    passages: tuple[Passage, ...] = ()
    group_name: Bilingual = Bilingual("styregruppen", "the steering group")
    """How answers name the group (\"… og medlem af <group_name>\")."""
    vocabulary: Vocabulary = field(default_factory=Vocabulary)

    @property
    def people(self) -> tuple[Person, ...]:
        return tuple(p for seat in self.seats for p in seat.people)

    @property
    def own_name_words(self) -> frozenset[str]:
        """The words of the group's and the strategy's names, folded ("indkøbsstrategi",
        "procurement"): what an organisation's name before them owns ("KL's strategy")."""
        names = (self.group_name, self.strategy.name)
        return frozenset(w for name in names for text in (name.da, name.en) for w in fold(text).split())

    @property
    def strategy_name_words(self) -> frozenset[str]:
        """The words only the strategy's name has, folded ("indkøbsstrategi", "procurement"):
        "tema 2 i indkøbsstrategien" names it; "fælleskommunale", in the agreements' name too, does not."""
        agreements = {w for text in (self.agreements.name.da, self.agreements.name.en) for w in fold(text).split()}
        strategy = {w for text in (self.strategy.name.da, self.strategy.name.en) for w in fold(text).split()}
        return frozenset(strategy - agreements)

    @property
    def quoted_people(self) -> frozenset[str]:
        """The names of the members the article quotes: those its paragraphs' speakers name."""
        speakers = " ".join(fold(f"{p.speaker.da} {p.speaker.en}") for p in self.passages if p.speaker)
        return frozenset(p.name for p in self.people if f"{fold(p.name)} " in f"{speakers} ")

    @property
    def title_words(self) -> frozenset[str]:
        """The words of the members' titles in both languages, folded ("kommunaldirektør",
        "finance", "director"): words about a person's job."""
        return frozenset(w for p in self.people for text in (p.title.da, p.title.en) for w in fold(text).split())

    @property
    def former_members(self) -> tuple[FormerMember, ...]:
        return tuple(f for seat in self.seats for f in seat.former)

    @property
    def chair_seat(self) -> Seat:
        return next(s for s in self.seats if s.chair)

    def entry(self, entry_id: str) -> QAEntry | None:
        return self._entries_by_id.get(entry_id)

    @cached_property
    def _entries_by_id(self) -> dict[str, QAEntry]:
        """The first entry of each id: follow-up rules look up the last answer's entry every turn,
        and scanning the entries for it cost about 1 % of a turn."""
        by_id: dict[str, QAEntry] = {}
        for entry in self.entries:
            by_id.setdefault(entry.id, entry)
        return by_id
