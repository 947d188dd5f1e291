"""What a conversation remembers between turns (``Conversation``), and a turn as the
follow-up rules of ``bot.core.conversation`` read it (``Turn``) and answer it (``Reading``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from bot.core.answer import Answer
from bot.core.entities import Mention
from bot.core.knowledge import Lang
from bot.core.turn_words import ABOUT_OPENERS, LEAD_WORDS

RESOLVED = ("answer", "negative", "not_in_article")
"""The outcomes after which the subject moves on; small talk and what was not understood leave it."""

Focus = Literal["person", "municipality", "organisation", "theme", "list"]
"""What the last turn was about: where "the next one", "tell me more" and "since when?" go on."""


@dataclass(frozen=True)
class Conversation:
    """What one conversation remembers between turns. Immutable: each turn returns a new one.

    Only names, numbers and one short question are kept (no answers, no user data), so it
    pickles small for a chat's persistence."""

    person: str | None = None
    """The member last talked about (full name): what "han", "hendes", "he", "her" mean."""
    municipality: str | None = None
    """The municipality last named (any Danish one, member or not)."""
    organisation: str | None = None
    """The id of the organisation last named (``kl``, ``ski``)."""
    theme: int | None = None
    """The number of the theme last talked about."""
    frame: str | None = None
    """The last question answered, as a stand-alone question ("hvem repræsenterer Aalborg?"):
    "og Hjørring?" is this question with Hjørring in the place of Aalborg."""
    focus: Focus | None = None
    listed: tuple[str, ...] = ()
    """The people the last list named, in its order: "de", "they", "which of them", "the third one"."""
    source: str | None = None
    """What the last answer rests on (an entry id, ``fact:…``, ``passage:…``): "tell me more"."""
    citation: str | None = None
    """The part of the article the last answer rests on (a key of ``Knowledge.sources``)."""
    language: Lang | None = None
    """The language of the last turn: the default for a turn without language cues ("Nyborg?")."""
    at: float | None = None
    """When the last turn was answered (seconds since the epoch); None before the first."""
    earlier: str | None = None
    """The member talked about before ``person``: "same title?" after Vordingborg, then Høje
    Taastrup, compares the two."""
    answered_organisations: tuple[str, ...] = ()
    """The ids of the organisations the last answer named, in its order: "hvad står det for?"
    after an answer saying "… cheføkonom i KL" is KL."""
    topic: str | None = None
    """The stand-alone question a run of follow-ups about a topic leans on ("hvad er de forpligtende
    aftaler?" under "hvor meget har de sparet?" - "siden hvornår?"): the frame of a follow-up read
    with the topic's words appended has lost the phrase that named it."""
    moved: tuple[str, str] | None = None
    """The member or seat the last turn moved from relative to him or her, and which way ("next",
    "previous"): "hvem står lige før ham?" - "og lige efter?" is after him, not after the one
    before him; "den næste?" - "den forrige?" steps back as before."""
    besides: tuple[str, ...] = ()
    """Who a "who else …" answer left out because they were named before it: "how many in
    total?" counts them with ``listed``."""
    drawn_from: tuple[str, ...] = ()
    """The list ``listed`` was narrowed from by "which of them …" (empty when it was not):
    "which of them is the chair?" after the kommunaldirektører narrowed to one still means
    the kommunaldirektører."""
    recent: tuple[str, ...] = ()
    """The members talked about one at a time, the latest last (at most five): "which of those 3
    is a kommunaldirektør?" after Aarhus, Aalborg and Hjørring asked in turn are their three."""
    instead: str | None = None
    """The member a "No." named in place of the one the claim was about ("is he the chair?" -
    "No. … chaired by Morten Mandøe"): "who is, then?" asks about him."""
    wanted: Lang | None = None
    """The language asked for from now on ("Kan du svare på engelsk fremover?"): every turn is
    answered in it until another language is asked for."""
    claim: bool = False
    """Whether the last answer opened with a verdict ("Ja."/"No."): its question was a claim
    checked ("så hun er indkøbschef?"), which a move along a list does not carry over."""
    figure: str | None = None
    """The figure with a scale ("1.8 billion") the latest answer giving one gave, as written; an
    answer with none ("since when?" - "2012") leaves it: "is that figure actual savings?"."""
    shown: tuple[str, ...] = ()
    """The members the last answer named, in its order, when they are not ``listed`` ("None of
    the 7 … Among all the members: • Signe Lynggaard Madsen • Morten Mandøe"): "de to" next
    counts them, not the list the question drew from."""
    places: tuple[str, ...] = ()
    """The municipalities the last list of them named, in its order ("which municipalities are
    represented?"): "which of them is the tenth?", "and the last one?" walk it. Kept while the
    talk stays on one of them ("who represents it?")."""
    pending: str | None = None
    """A question that got "who do you mean?" ("hvad er hans titel?"): the name that comes
    next ("I mean Anette Juhl Winther") answers it."""
    unanswered: str | None = None
    """The last turn's question when the article could not answer it ("what's the group's
    budget?"): "it's 1.8 billion, right?" next guesses at it, which the article cannot confirm."""

    def expired(self, now: float, after: float) -> bool:
        """Whether more than ``after`` seconds passed since the last turn."""
        return self.at is not None and now - self.at > after


@dataclass(frozen=True)
class Turn:
    text: str
    """The turn as asked (tidied, without @handles)."""
    folded: tuple[str, ...]
    mentions: tuple[Mention, ...]
    alone: Answer
    """The turn answered on its own (``Engine.ask``)."""
    recalled: bool = False
    """The turn put up what the bot said ("du sagde lige …", "you said …"), a frame already taken off."""

    @property
    def lang(self) -> Lang:
        return self.alone.language

    def covered(self) -> set[int]:
        return {i for m in self.mentions for i in range(m.start, m.end)}

    def lead(self) -> int:
        """Where the turn proper starts, after "og", "what about", "ok, and" …"""
        return self._lead

    @cached_property
    def _lead(self) -> int:
        # Kept: the readings ask for it once per word of the turn, and the turn never changes.
        i = 0
        while i < len(self.folded):
            if self.folded[i] in LEAD_WORDS:
                i += 1
                continue
            for opener in ABOUT_OPENERS:
                if tuple(self.folded[i : i + len(opener)]) == opener:
                    i += len(opener)
                    break
            else:
                return i
        return i


@dataclass(frozen=True)
class TurnReading:
    """One turn, answered: the answer, the next state, and the stand-alone question it answers
    (the turn itself when it stood alone)."""

    answer: Answer
    state: Conversation
    asked: str


@dataclass(frozen=True)
class Reading:
    """A turn read against the conversation: the stand-alone question answered, the answer,
    and the people it leaves listed (None: as the answer names them)."""

    asked: str
    answer: Answer
    listed: tuple[str, ...] | None = None
    topic: str | None = None
    """The question whose topic the turn was read as being about, when it leaned on one."""
    besides: tuple[str, ...] = ()
    """Who a "who else …" answer left out (``Conversation.besides``)."""
    drawn_from: tuple[str, ...] = ()
    """The list the turn narrowed (``Conversation.drawn_from``)."""
    moved: tuple[str, str] | None = None
    """Where a move went from, and which way (``Conversation.moved``)."""
    found: str | None = None
    """The one member the answer found, when ``listed`` keeps a wider list as "them"."""
    about_last: bool = False
    """A turn about the last answer itself ("source?", "are you sure?"): the subject stays as it was."""


def said(question: str, text: str, lang: Lang, outcome: Literal["negative", "not_in_article"]) -> Answer:
    return Answer(
        question=question,
        answered=outcome == "negative",
        text=text,
        language=lang,
        confidence=100 if outcome == "negative" else 0,
        outcome=outcome,
    )
