"""Corrections and the article behind an answer: "nej, jeg mente den anden Lars", "no, I meant
Hjørring" ask the last question about the one meant, and "jeg mener Peter Karm" after "who do
you mean?" asks the waiting question about him; "tell me more" / "fortæl mere" and "who said
that?" quote the article's paragraph behind the last answer.

``Corrections`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.claims import is_year
from bot.core.dialogue_state import Conversation, Reading, Turn, said
from bot.core.entities import Mention
from bot.core.filters import negated_prefix
from bot.core.genders import first_fitting, talked_about
from bot.core.knowledge import Bilingual, Lang, Passage, Pronoun
from bot.core.lexicon import MONTH_PARTS, MONTHS, PLAIN_NEGATIONS, QUESTION_WORDS, STOPWORDS, tag_start, word_set
from bot.core.moves import CANONICAL
from bot.core.normalize import fold, tokens, word_pairs
from bot.core.passages import Found, PassageIndex
from bot.core.patterns import lazy
from bot.core.phrases import say
from bot.core.rewriting import possessive_of, swapped
from bot.core.turn_words import (
    CLAIM_MARKERS,
    CORRECTION_FILLER,
    CURRENCIES,
    ELABORATE_MORE,
    EXACT_WORDS_ASKED,
    EXACTLY,
    FIGURE,
    FIGURE_CLAIM_FILLER,
    GAVE_FIGURE,
    JUST_OVER,
    LEAD_WORDS,
    LESS_THAN,
    MEANT,
    MEMBER_WORDS,
    MORE,
    MORE_THAN,
    NATIONAL_CROWNS,
    NEXT,
    ONE_TOO,
    OTHER_ASKED,
    OTHER_WORDS,
    PLURAL,
    PLURAL_POSSESSIVE,
    PREVIOUS,
    SAID,
    SCALES,
    SINCE_ASKED,
    SINCE_OF_LAST,
    SOURCE_ASKED,
    SPEAKER_CLAIM_FILLER,
    THEN,
    TIME_CLAIM_FILLER,
    TIME_CLAIM_POINTERS,
    TIME_CLAIM_TAGS,
    WHEN_ASKED,
    WHO,
    WHO_SAID_FILLER,
    WHO_THEN_FILLER,
    WHY_ASKED,
    WHY_OF_LAST,
    correction,
    currencies_named,
)
from bot.core.verdict_text import affirms, has_verdict, verdict_prefix, without_verdict

if TYPE_CHECKING:
    from bot.core.engine import Engine

MORE_ABOUT = Bilingual(da="Fortæl mere om {name}", en="Tell me more about {name}")
ORGANISATION_QUESTION = Bilingual(da="Hvad er {name}?", en="What is {name}?")
ORGANISATION_ROLE = Bilingual(da="Hvad er {name}s rolle?", en="What is {name}'s role?")
"""More about an organisation once what it is has been said: what it does in the article."""
NOT_THAT = lazy(r"[,;]?\s+(?:(?:and|og)\s+)?(?:not|ikke)\s+[^,;?]+[?.!]*$", re.IGNORECASE)
"""The tail of a correction that names what it takes back: ", not Vejle", "og ikke Vejle"."""
_GENDERED_NOUNS: tuple[tuple[Pronoun, str], ...] = (
    ("she", "woman kvinde kvinden lady dame damen"),
    ("he", "man manden guy fyr fyren"),
)
_GENDER_NOUNS: dict[str, Pronoun] = {fold(w): gender for gender, words in _GENDERED_NOUNS for w in words.split()}
_MENTIONED = word_set("""
    you du mentioned named nævnte nævnt talte talked about om spoke sagde said just lige to ask asking spørge
""")


def _described_gender(head: Sequence[str]) -> Pronoun | None:
    """ "the woman you mentioned", "manden du nævnte": the gender of the one a correction
    describes, when the words say nothing else."""
    genders = {_GENDER_NOUNS[w] for w in head if w in _GENDER_NOUNS}
    if len(genders) != 1 or any(w not in CORRECTION_FILLER | _MENTIONED and w not in _GENDER_NOUNS for w in head):
        return None
    return genders.pop()


THEN_ASKED = lazy(r"^(?P<head>.+?)(?:[.!?,;:]+|\s[-–—]+)\s+(?P<tail>\S.*)$")
"""'the other one. What is his position?', 'den anden – hvad hedder han?': who is meant, then a question."""
WHO_IS = Bilingual(da="Hvem er {name}?", en="Who is {name}?")
ONLY_THIS = Bilingual(
    da="Artiklen siger ikke mere om {name} end dette:", en="The article says no more about {name} than this:"
)
SOURCE = Bilingual(da="Kilden er artiklen «{title}» fra {date}.", en="The source is the article «{title}» of {date}.")
CITED = Bilingual(da="Det seneste svar bygger på {part}", en="The last answer rests on {part}")
YEAR = lazy(r"\b(?:19|20)\d\d\b")
_WITHIN = frozenset({"i", "in", "during"})
"""A year as an answer writes it."""
NO_OTHER_REASON = Bilingual(
    da="Artiklen giver ingen anden begrundelse end det, afsnittet selv siger:",
    en="The article gives no reason beyond what that paragraph itself says:",
)
NO_MORE = Bilingual(da="Artiklen siger ikke mere om det.", en="The article says no more about it.")


_BESIDE_ON_LIST = NEXT | PREVIOUS | word_set("for")
"""Where on the list from the one named ("før" folds to "for"): the one meant is beside that one."""


class Corrections:
    """The corrections and "tell me more" of ``Dialogue``."""

    engine: Engine
    people: tuple[str, ...]
    passages: tuple[Passage, ...]
    _passages_by_id: dict[str, Passage]
    _folded_passages: list[str]
    _organisation_short: dict[str, str]

    if TYPE_CHECKING:

        def _read(self, alone: Answer) -> Turn: ...

        def _ask(self, question: str, lang: Lang) -> Reading: ...

        def _about(self, kind: str, name: str, state: Conversation, lang: Lang, *, claim: bool = True) -> Reading: ...

        def _put(self, mention: Mention, state: Conversation, lang: Lang) -> Reading | None: ...

        def _pronoun(self, turn: Turn, state: Conversation) -> Reading | None: ...

        def _follow_up(self, turn: Turn, state: Conversation) -> Reading | None: ...

        def _people_in(self, text: str) -> tuple[str, ...]: ...

    def _pending(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvad er hans titel?" - "who do you mean?" - "jeg mener Peter Karm": the question
        asked about the person the turn names."""
        if state.pending is None:
            return None
        marker, rest = correction(turn.text) or ("", turn.text)
        pairs = word_pairs(rest)
        mentions = self.engine.recognizer.find(pairs)
        people = [m for m in mentions if m.kind == "person"]
        if not people:
            return self._pending_phrase(rest, state.pending, turn.lang) or self._pending_described(
                rest, state, turn.lang
            )
        if len(people) != 1 or len(people[0].ids) != 1:
            return None
        # "sorry, mente Signe fra SKI": her own seat's place describes her, it asks nothing.
        own = self._seat_names(people[0].ids[0])
        covered = {i for m in mentions if m is people[0] or (m.ids and m.ids[0] in own) for i in range(m.start, m.end)}
        if any(w not in CORRECTION_FILLER | LEAD_WORDS for i, (_, w) in enumerate(pairs) if i not in covered):
            # "I meant Lars Svenningsen, what's his municipality?": a question of its own about him.
            meant = MEANT & set(fold(marker).split())
            return self._ask(rest, turn.lang) if meant else None
        asked = self._read(self.engine.ask_in(state.pending, turn.lang))
        named = replace(state, person=people[0].ids[0], focus="person")
        return self._pronoun(asked, named) or self._ask(rest, turn.lang)

    def _pending_described(self, phrase: str, state: Conversation, lang: Lang) -> Reading | None:
        """ "what's his title?" - "who do you mean?" - "i mean the chair": the one member the
        description names (asked as "who is …?") is the one the waiting question is about."""
        words = [w for _, w in word_pairs(phrase)]
        if not words or state.pending is None or any(w in QUESTION_WORDS for w in words) or "?" in phrase:
            return None
        who = self.engine.ask_in(say(WHO_IS, lang, name=phrase.strip(" .!")), lang)
        named = self._people_in(who.text) if who.answered else ()
        if len(named) != 1:
            return None
        asked = self._read(self.engine.ask_in(state.pending, lang))
        return self._pronoun(asked, replace(state, person=named[0], focus="person"))

    def _seat_names(self, person: str) -> set[str]:
        """The ids of the municipality and organisation ``person``'s seat is for."""
        member = self.engine.renderer.person_by_name.get(person)
        seat = self.engine.renderer.seat_of(member) if member is not None else None
        return {n for n in (seat.municipality, seat.organisation_id) if n} if seat is not None else set()

    def _pending_phrase(self, phrase: str, pending: str, lang: Lang) -> Reading | None:
        """ "hvad tjener de?" - "medlemmerne af den nye styregruppe": the waiting question about
        what the phrase names, its "de" replaced by it; never the phrase asked alone (the members'
        list is no answer to what they earn). None when the turn asks a question of its own."""
        words = [w for _, w in word_pairs(phrase)]
        if not words or any(w in QUESTION_WORDS for w in words) or phrase.rstrip().endswith("?"):
            return None
        waiting = word_pairs(pending)
        swaps: dict[tuple[int, int], str] = {}
        for i, (_, word) in enumerate(waiting):
            if word in PLURAL or word == "de":
                swaps[(i, i + 1)] = phrase
            elif word in PLURAL_POSSESSIVE:
                swaps[(i, i + 1)] = possessive_of(phrase, lang)
        if len(swaps) != 1:
            return None
        return self._ask(swapped(pending, waiting, swaps), lang)

    def _correction(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "nej, jeg mente den anden Lars", "no, I meant Hjørring": the last question about another."""
        corrected = correction(turn.text)
        if corrected is None or state.frame is None:
            return None
        marker, rest = corrected
        # "no, Viborg, not Vejle": what the correction takes back is the last question's; the
        # turn is about what it puts in its place.
        rest = NOT_THAT.sub("", rest).strip() or rest
        pairs = word_pairs(rest)
        folded = [w for _, w in pairs]
        mentions = [m for m in self.engine.recognizer.find(pairs) if m.kind != "unknown_person"]
        covered = {i for m in mentions for i in range(m.start, m.end)}
        if not mentions and (other_asked := self._other_asked(rest, state, turn.lang)) is not None:
            return other_asked
        if any(w not in CORRECTION_FILLER for i, w in enumerate(folded) if i not in covered):
            # "no, I meant: who represents Aarhus?" asks anew; "nej, er Karm fra Vejle?" is no correction.
            if not MEANT & set(fold(marker).split()):
                return None
            anew = self._ask(rest, turn.lang)
            if anew.answer.outcome in ("answer", "negative") or not rest:
                return anew
            # "nej jeg mente nr 2" after theme 5: what is meant leans on the turns before as the
            # same words would without the correction ("nr 2" moves along the themes).
            return self._follow_up(self._read(self.engine.ask_in(rest, turn.lang)), state) or anew
        other = any(w in OTHER_WORDS for w in folded)
        if not mentions:
            named = self._other(state) if other else None
            return self._about("person", named, state, turn.lang) if named else None
        mention = mentions[0]
        if set(folded) & _BESIDE_ON_LIST and mention.kind in ("person", "municipality"):
            # "nej jeg mente den før Lau Svendsen-Tune": the one beside the one named, not him.
            beside = self._ask(rest, turn.lang)
            if beside.answer.answered and beside.answer.source != f"fact:person:{mention.ids[0]}":
                return beside
        if other and mention.kind in ("municipality", "organisation"):
            # "no, the other one from Viborg": the seat partner of the one talked about.
            named = self._other(state)
            render = self.engine.renderer
            if named and mention.ids[0] in render.places_of(render.person_by_name[named]):
                return self._about("person", named, state, turn.lang)
        if mention.kind in ("person", "title") and len(mention.ids) > 1 and other:
            # "den anden Lars": of the Lars, the one not talked about; "nej den anden
            # økonomi- og arbejdsmarkedsdirektør": of the title's holders, likewise.
            others = [name for name in mention.ids if name != state.person]
            if len(others) == 1:
                return self._about("person", others[0], state, turn.lang)
        if len(mentions) == 2 and mentions[0].kind != mentions[1].kind:
            # "sorry, I meant the økonomidirektør from København": both put in the last question.
            first = self._put(mention, state, turn.lang)
            second = self._put(mentions[1], replace(state, frame=first.asked), turn.lang) if first else None
            if second is not None:
                return second
        return self._put(mention, state, turn.lang) or self._ask(rest, turn.lang)

    def _other_asked(self, rest: str, state: Conversation, lang: Lang) -> Reading | None:
        """ "Not him, the other one. What is his position?": the question after the pointer is
        asked with its pronoun standing for the other one, not for the one taken back."""
        split = THEN_ASKED.match(rest)
        if split is None:
            return None
        head = fold(split.group("head")).split()
        described = _described_gender(head)
        if described is not None:
            # "Sorry, I meant the woman you mentioned: which organisation does she lead?": the
            # nearest one talked about of that gender, and the question asked of her.
            people = self.engine.renderer.person_by_name
            meant = first_fitting(talked_about(state), described, people)
            if meant is None:
                return None
            asked = self._read(self.engine.ask_in(split.group("tail"), lang))
            return self._pronoun(asked, replace(state, person=meant, focus="person"))
        if not set(head) & OTHER_WORDS or any(w not in CORRECTION_FILLER for w in head):
            return None
        named = self._other(state)
        if named is None:
            return None
        if state.claim and ONE_TOO.match(split.group("tail").strip()):
            # "Not him, the other one. Is he one too?" after "Is he a forsyningsdirektør?": that claim,
            # of the other one ("one" alone names no title to check).
            return self._about("person", named, state, lang)
        asked = self._read(self.engine.ask_in(split.group("tail"), lang))
        return self._pronoun(asked, replace(state, person=named, focus="person"))

    def _other_there(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "and the other Viborg person?", "og den anden fra Viborg?": the seat partner of the
        member talked about, when he or she sits for the place named."""
        lead = turn.lead()
        places = [m for m in turn.mentions if m.kind in ("municipality", "organisation")]
        if len(places) != 1 or len(turn.mentions) != 1 or not set(turn.folded[lead:]) & OTHER_WORDS:
            return None
        covered = turn.covered()
        rest = [w for i, w in enumerate(turn.folded) if i >= lead and i not in covered]
        if any(w not in CORRECTION_FILLER | MEMBER_WORDS | OTHER_ASKED for w in rest):
            return None
        render = self.engine.renderer
        person = render.person_by_name.get(state.person or "")
        partners = [p.name for p in render.seat_of(person).people if p is not person] if person else []
        there = [
            name
            for name in dict.fromkeys([self._other(state), *partners])
            if name and places[0].ids[0] in render.places_of(render.person_by_name[name])
        ]
        return self._about("person", there[0], state, turn.lang) if len(there) == 1 else None

    def _who_then(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "is he the chair?" - "No. … chaired by Morten Mandøe" - "who is, then?": the one the
        "No." named instead."""
        words = set(turn.folded[turn.lead() :])
        if state.instead is None or turn.mentions or not words & WHO or not words & THEN:
            return None
        if words - WHO_THEN_FILLER:
            return None
        return self._ask(say(CANONICAL["person"], turn.lang, name=state.instead), turn.lang)

    def _other(self, state: Conversation) -> str | None:
        """The other one: of a two-person list, or of two members sharing a first name."""
        if state.person is None:
            return None
        for pair in (state.listed, state.drawn_from):
            # "which of them is the chair?" narrowed two to one: the other is the one left out.
            if len(pair) == 2 and state.person in pair:
                return next(name for name in pair if name != state.person)
        titled = [m.ids for m in self.engine.recognizer.find(word_pairs(state.frame or "")) if m.kind == "title"]
        if len(titled) == 1 and len(titled[0]) == 2 and state.person in titled[0]:
            # "who is the director of finance and labour market in Vejle?" - "no, the other one":
            # the other holder of the title asked about.
            return next(name for name in titled[0] if name != state.person)
        first = state.person.split()[0]
        namesakes = [name for name in self.people if name.split()[0] == first and name != state.person]
        if len(namesakes) == 1:
            return namesakes[0]
        # "den anden" after one of the two who share Viborg's seat: the other of them.
        render = self.engine.renderer
        person = render.person_by_name.get(state.person)
        partners = [p.name for p in render.seat_of(person).people if p is not person] if person else []
        return partners[0] if len(partners) == 1 else None

    # -- the article behind the last answer ----------------------------------------------

    def _who_said(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "who said that?", "hvem sagde det?": the paragraph behind the last answer, with its speaker."""
        # A number ("who said that about 80?") is the last answer's figure, not a question of its own.
        words = {w for w in turn.folded[turn.lead() :] if not w.isdigit()}
        said = words & SAID or (words & GAVE_FIGURE[0] and words & GAVE_FIGURE[1])
        if turn.mentions or not words & WHO or not said or len(words - WHO_SAID_FILLER) > 0:
            return None
        figures = [w for w in turn.folded if w.isdigit()]
        if figures:
            # "who said that about 80?" after a claim about 98: the paragraph that states 80.
            stating = [
                p
                for p, text in zip(self.passages, self._folded_passages, strict=True)
                if p.speaker is not None and all(f in text.split() for f in figures)
            ]
            return self._quote(turn, stating[0]) if len(stating) == 1 else None
        source = state.source or ""
        shown = self._passages_by_id.get(source.removeprefix("passage:")) if source.startswith("passage:") else None
        passage = shown or self._passage_behind(state)
        if passage is None or passage.speaker is None:
            return None
        return self._quote(turn, passage)

    def _speaker_claim(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "så det er KL, der siger det?", "so Kvistgaard said that?" after an answer from a
        quoted paragraph: "Ja" only when the one named is its speaker (or the organisation the
        speaker is of), "Nej" when someone else is, with the paragraph and its speaker."""
        words = turn.folded[turn.lead() :]
        if not words or words[0] in WHO or words[0] in QUESTION_WORDS:
            return None  # "hvem siger det?", "what does KL say?" ask; they claim nothing
        if not set(words) & SAID:
            return None
        named = [m for m in turn.mentions if m.kind in ("person", "organisation") and len(m.ids) == 1]
        if len(named) != 1 or len(turn.mentions) != 1:
            return None
        covered = turn.covered()
        if any(
            w not in SPEAKER_CLAIM_FILLER for i, w in enumerate(turn.folded) if i >= turn.lead() and i not in covered
        ):
            return None
        passage = self._shown_or_behind(state)
        if passage is None or passage.speaker is None:
            return None
        mention = named[0]
        if mention.kind == "person":
            names = [mention.ids[0]]
        else:
            organisation = next((o for o in self.engine.knowledge.organisations if o.id == mention.ids[0]), None)
            names = (
                [mention.ids[0]]
                if organisation is None
                else [organisation.short, organisation.name.da, organisation.name.en]
            )
        speaker = f" {' '.join(tokens(f'{passage.speaker.da} {passage.speaker.en}'))} "
        true = any(f" {' '.join(tokens(name))} " in speaker for name in names if tokens(name))
        reading = self._quote(turn, passage)
        text = verdict_prefix(true, turn.lang) + reading.answer.text
        return replace(reading, answer=replace(reading.answer, text=text, outcome="answer" if true else "negative"))

    def _source_asked(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "Må jeg også bede om kilden, så jeg kan henvise korrekt?", "where does it say that?":
        the article, and the part of it the last answer rests on, quoted."""
        if state.citation is None or turn.mentions or not SOURCE_ASKED.search(" ".join(turn.folded)):
            return None
        lang = turn.lang
        article = self.engine.knowledge.article
        own = turn.alone.answered and turn.alone.outcome != "smalltalk"  # "where do you come from?" is no source
        if own and article.title not in turn.alone.text:
            return None  # a question of its own about a source ("what are SKI's sources?")
        part = self.engine.knowledge.sources.get(state.citation)
        passage = self._shown_or_behind(state)
        lines = [say(SOURCE, lang, title=article.title, date=article.date)]
        if part is not None:
            cited = say(CITED, lang, part=part.get(lang))
            quoted = passage is not None and passage.source == state.citation
            lines.append(f"{cited}:" if quoted else f"{cited}.")
            if passage is not None and quoted:
                lines.append(PassageIndex.quote(Found(passage, 1.0), lang))
        text = "\n\n".join(lines)
        answer = Answer(turn.text, True, text, lang, 100, "answer", state.source, state.citation)
        return Reading(turn.text, answer, about_last=True)

    def _figure_claim(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "More than 2 billion kroner, then?", "so it was 1.8 million kroner, right?", "So
        exactly 80 municipalities, correct?": the figure claimed checked against the one the last
        answer gives ("Nej"/"No" with that answer when it does not hold)."""
        words = turn.folded[turn.lead() :]
        if state.frame is None or not words or words[0] in QUESTION_WORDS or turn.mentions:
            return None
        claimed = figures_in(turn.text)
        if len(claimed) != 1:
            return None
        last = self.engine.ask_in(state.frame, turn.lang)
        if not last.answered:
            return None
        # Beside the figure, only its unit as the last answer names it ("80 municipalities"):
        # "savings potential ~1.8 bn kr, correct?" names its own subject and stands alone.
        digits = [i for i, w in enumerate(words) if w.replace(",", "").isdigit()]
        figure = {i for i in digits} | {i for i, w in enumerate(words) if w in SCALES or w.rstrip(".") in SCALES}
        after = [i for i in range(digits[-1] + 1, len(words)) if i not in figure][:1] if digits else []
        unit = {words[i] for i in after} & set(tokens(last.text))
        allowed = FIGURE_CLAIM_FILLER | unit | CURRENCIES.keys() | NATIONAL_CROWNS.keys()
        if any(w not in allowed for i, w in enumerate(words) if i not in figure):
            return None
        # "so 1.8 billion euros?" after "1,8 mia. kr.": a currency the answer does not give.
        currencies = currencies_named(words)
        given_currencies = {CURRENCIES[w] for w in tokens(last.text) if w in CURRENCIES}
        wrong_currency = bool(currencies and given_currencies and not currencies <= given_currencies)
        way, value, scaled = claimed[0]
        if not way and not scaled and not set(turn.folded) & CLAIM_MARKERS:
            return None  # "og 4?" moves along a list; "so 4, right?" claims
        given = {(w, v) for w, v, s in figures_in(last.text) if s == scaled and not (not s and is_year(v))}
        if len({v for _, v in given}) != 1:
            return None
        gway, gvalue = sorted(given)[0]
        holds = _holds(way, value, gway, gvalue) and not wrong_currency
        # After "that's since 2012, right?" the last answer opens with its own "Yes.": one verdict.
        text = verdict_prefix(holds, turn.lang) + without_verdict(last.text)
        return Reading(last.question, replace(last, text=text, outcome="answer" if holds else "negative"))

    def _time_claim(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvornår blev strategien vedtaget?" - "i maj, ikk?", "så ikke i 2016?", "in early April,
        right?": a month or a year on its own after a question asking when is a claim about the
        time asked for, checked as that question asked yes or no ("blev strategien vedtaget i
        maj, ikk?"), so the engine's verdict on dates (and on "ikke") applies."""
        if state.frame is None or any(m.kind != "unknown_person" for m in turn.mentions):
            return None
        lead = turn.lead()
        words = turn.folded[lead:]
        dates = {w for w in words if w in MONTHS or (w.isdigit() and is_year(float(w)))}
        if not dates or any(w not in dates | TIME_CLAIM_FILLER | MONTH_PARTS.keys() for w in words):
            return None
        # After "i maj?" has been checked, "i april, så?" is still a claim about the time first
        # asked for: the question asking when is kept as the topic.
        for frame in dict.fromkeys(f for f in (state.topic, state.frame) if f is not None):
            pairs = word_pairs(frame)
            folded = [w for _, w in pairs]
            start = next((i for i, w in enumerate(folded) if w not in LEAD_WORDS), len(folded))
            asked = next((len(p) for p in WHEN_ASKED if tuple(folded[start : start + len(p)]) == p), 0)
            if asked and start + asked < len(folded) - 1:
                break
        else:
            # "i maj, ikk?" after a count: a date claimed of nothing asked about a time is not
            # put to the last question's words, which would make a claim of them (a wrong yes).
            claimed = set(words) & (CLAIM_MARKERS | TIME_CLAIM_TAGS)
            return Reading(turn.alone.question, turn.alone) if claimed else None
        rest = swapped(frame, pairs, {(0, start + asked): ""}).rstrip(" ?!.")
        said_pairs = [(raw, word) for raw, word in word_pairs(turn.text)[lead:] if word not in TIME_CLAIM_POINTERS]
        # "så ikke i 2016?" denies a time: the time is checked, and the verdict turned around
        # (put after the question's verb, "ikke" would read as a leading "wasn't it …?").
        tag_at = tag_start([word for _, word in said_pairs])
        denied = any(word in PLAIN_NEGATIONS for _, word in said_pairs[:tag_at])
        said = " ".join(
            raw for i, (raw, word) in enumerate(said_pairs) if not (denied and i < tag_at and word in PLAIN_NEGATIONS)
        )
        reading = self._ask(f"{rest} {said}?", turn.lang)
        if reading.answer.outcome not in ("answer", "negative") or not has_verdict(reading.answer.text):
            return None  # a wrong "yes" is worse than none: only the engine's verdict on the claim
        if denied:
            answer = reading.answer
            text = negated_prefix(not affirms(answer.text), answer.language) + without_verdict(answer.text)
            reading = replace(reading, answer=replace(answer, text=text))
        return replace(reading, topic=frame)

    def _shown_or_behind(self, state: Conversation) -> Passage | None:
        """The paragraph the last answer quoted, or else the one behind its entry."""
        source = state.source or ""
        shown = self._passages_by_id.get(source.removeprefix("passage:")) if source.startswith("passage:") else None
        return shown or self._passage_behind(state)

    def _since_of_last(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "siden hvornår?", "and that's counted from which year?" right after an answer that
        gave a figure from a year ("Fra aftalerne blev etableret i 2012 … 1,8 mia. kr."): the
        sentence of that answer naming its one year. Not when the answer names no year or more."""
        rest = list(turn.folded[turn.lead() :])
        # "hvornår i 2017?": when within the year the last answer gave.
        within = [rest[i + 1] for i in range(len(rest) - 1) if rest[i] in _WITHIN and YEAR.fullmatch(rest[i + 1])]
        if len(within) == 1:
            at = rest.index(within[0])
            del rest[at - 1 : at + 1]
        if not set(rest) & SINCE_ASKED or any(w not in SINCE_OF_LAST for w in rest) or turn.mentions:
            return None
        if state.frame is None or (state.source or "fact:").startswith("fact:"):
            return None  # a member's or a list's facts run from no year
        last = self._ask(state.frame, turn.lang).answer
        if last.outcome != "answer":
            return None
        years = set(YEAR.findall(last.text))
        if len(years) != 1 or not years >= set(within):
            return None
        sentences = [s for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÆØÅ«])", last.text) if years <= set(YEAR.findall(s))]
        answer = replace(last, question=turn.text, text=" ".join(sentences[:1]) or last.text)
        return Reading(state.frame, answer)

    def _why_of_last(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "Why?", "hvorfor det?", "why was that done?" right after an answer from the article's
        words asks the reason of what the answer said: the paragraph that answer came from is
        where the article gives it, if anywhere. Not after a fact about a member or a list (a
        name or a seat has no paragraph of its reasons)."""
        rest = turn.folded[turn.lead() :]
        if not set(rest) & WHY_ASKED or any(w not in WHY_OF_LAST for w in rest) or turn.mentions:
            return None
        source = state.source or ""
        if source.startswith("passage:"):
            shown = source.removeprefix("passage:")
            passage = next((p for p in self.passages if p.id == shown), None)
        elif source and not source.startswith("fact:") and self.engine.knowledge.entry(source) is not None:
            passage = self._passage_behind(state)
        else:
            return None
        if passage is None:
            return None
        reading = self._quote(turn, passage)
        if source == f"passage:{passage.id}":
            # The paragraph was the answer itself: said plainly to be all the reason there is.
            text = f"{say(NO_OTHER_REASON, turn.lang)}\n\n{reading.answer.text}"
            reading = replace(reading, answer=replace(reading.answer, text=text))
        return replace(reading, asked=state.frame) if state.frame else reading

    def _exact_words(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "exact quote please", "give me the original Danish wording": the paragraph of the
        article behind the last answer, quoted."""
        if state.frame is None or not EXACT_WORDS_ASKED.match(" ".join(turn.folded)):
            return None
        in_danish = any(pair in _IN_DANISH for pair in pairwise(turn.folded))
        lang: Lang = "da" if in_danish else turn.lang
        if state.focus == "theme" and state.theme:
            # A theme's own words are its title, which every answer about it gives as written.
            reading = self._ask(say(CANONICAL["theme"], lang, name=state.theme), lang)
            return replace(reading, asked=state.frame) if reading.answer.answered else None
        source = state.source or ""
        shown = next((p for p in self.passages if f"passage:{p.id}" == source), None)
        passage = shown or self._passage_behind(state)
        if passage is None:
            return None
        return replace(self._quote(turn, passage, lang), asked=state.frame)

    def _more(self, turn: Turn, state: Conversation) -> Reading | None:
        reading = self._more_of(turn, state)
        if reading is not None and reading.asked == turn.text and state.frame:
            # "uddyb" asks nothing of its own: what was elaborated stays what "den" refers to.
            return replace(reading, asked=state.frame)
        return reading

    def _more_of(self, turn: Turn, state: Conversation) -> Reading | None:
        if not MORE.match(" ".join(turn.folded)) and not ELABORATE_MORE.match(" ".join(turn.folded)):
            return None
        lang = turn.lang
        source = state.source or ""
        if source.startswith("passage:"):
            reading = self._read_on(turn, source.removeprefix("passage:"), state.citation)
            if reading.answer.outcome != "not_in_article" or not state.frame:
                return reading
            # "No more" adds nothing to lean on: "who used to oversee them?" after it is about
            # what the question before it asked, and another "tell me more" still has no more.
            kept = replace(reading.answer, source=state.source, citation=state.citation)
            return replace(reading, asked=state.frame, answer=kept)
        behind = self._passage_behind(state)
        asked_said = bool(set(fold(state.frame or "").split()) & SAID)
        if behind is not None and behind.speaker is not None and asked_said:
            # "hvad siger SKI om …?" answered with what the director said: more is what she goes
            # on to say, not what SKI is, nor the paragraph the answer already gave. (After
            # "hvad er besparelsen?" the paragraph behind the figure is itself more.)
            return self._read_on(turn, behind.id, behind.source)
        if state.focus == "person" and state.person:
            return self._more_about(turn, state.person, state.citation)
        if state.focus == "theme" and state.theme:
            return self._ask(say(CANONICAL["theme"], lang, name=state.theme), lang)
        if state.focus == "organisation" and state.organisation:
            if source.endswith(":seat") and state.person:
                # "who from KL sits on it?" - "tell me more": more about the one who sits there.
                return self._more_about(turn, state.person, state.citation)
            passage = self._passage_behind(state) if not source.startswith("fact:organisation:") else None
            if passage is not None:
                # "when did KL adopt its strategy?" - "tell me more": about what the answer told
                # (its paragraph), not what KL is.
                return self._quote(turn, passage)
            name = self._organisation_short.get(state.organisation, state.organisation)
            for question in (ORGANISATION_QUESTION, ORGANISATION_ROLE):
                reading = self._ask(say(question, lang, name=name), lang)
                if reading.answer.answered and reading.answer.source != state.source:
                    return reading
            return Reading(turn.text, said(turn.text, NO_MORE.get(turn.lang), turn.lang, "not_in_article"))
        if state.focus == "municipality" and state.municipality:
            return self._ask(say(MORE_ABOUT, lang, name=state.municipality), lang)
        passage = self._passage_behind(state)
        if passage is not None:
            return self._quote(turn, passage)
        return None

    def _more_about(self, turn: Turn, name: str, citation: str | None) -> Reading:
        """More about a member: the article's paragraph naming him or her, or else what the
        member list says, said plainly to be all there is."""
        lang = turn.lang
        folded = fold(name)
        naming = [p for p, text in zip(self.passages, self._folded_passages, strict=True) if folded in text]
        if naming:
            return self._quote(turn, naming[0])
        person = self.engine.renderer.person_by_name.get(name)
        if person is None:
            return self._ask(say(MORE_ABOUT, lang, name=name), lang)
        text = say(ONLY_THIS, lang, name=name) + " " + self.engine.renderer.person(person, lang)
        asked = say(MORE_ABOUT, lang, name=name)
        answer = Answer(asked, True, text, lang, 100, "answer", f"fact:person:{name}", citation)
        return Reading(asked, answer)

    def _read_on(self, turn: Turn, shown: str, citation: str | None) -> Reading:
        """The article's next paragraph on the same part of it as the one ``shown``."""
        ids = [p.id for p in self.passages]
        following = self.passages[ids.index(shown) + 1 :] if shown in ids else ()
        same = [p for p in following if p.source == citation]
        if same:
            return self._quote(turn, same[0])
        return Reading(turn.text, said(turn.text, NO_MORE.get(turn.lang), turn.lang, "not_in_article"))

    def _passage_behind(self, state: Conversation) -> Passage | None:
        """The paragraph of the article the last answer comes from: of those the answer's
        citation names, the one sharing most words with the entry's answer."""
        cited = [p for p in self.passages if p.source == state.citation]
        if not cited:
            return None
        entry = self.engine.knowledge.entry(state.source) if state.source else None
        if entry is None or entry.answer is None:
            return cited[0]
        fill = self.engine.renderer.fill  # "{agreements.savings}" is matched as the figure it stands for
        answer = f"{fill(entry.answer.da, 'da')} {fill(entry.answer.en, 'en')}"
        meaning = self.engine.meaning
        said = {meaning(w) for w in tokens(answer) if w not in STOPWORDS}

        def shared(passage: Passage) -> int:
            return len(said & {meaning(w) for w in tokens(f"{passage.text.da} {passage.text.en}")})

        return max(cited, key=shared)

    def _quote(self, turn: Turn, passage: Passage, lang: Lang | None = None) -> Reading:
        lang = lang or turn.lang
        answer = Answer(
            question=turn.text,
            answered=True,
            text=PassageIndex.quote(Found(passage, 1.0), lang),
            language=lang,
            confidence=int(self.engine.tuning.passage_confidence),
            outcome="answer",
            source=f"passage:{passage.id}",
            citation=passage.source,
        )
        return Reading(turn.text, answer)


_IN_DANISH = frozenset({("in", "danish"), ("pa", "dansk"), ("paa", "dansk")})
"""'the exact wording in Danish' asks for the reply in Danish; 'the original Danish wording'
only for the article's words, which the reply quotes whatever its language."""


def figures_in(text: str) -> list[tuple[str, float, bool]]:
    """The figures ``text`` gives: how each is said ("more", "less", "over" for "godt", "exactly",
    "" plain), its value, and whether it has a scale word ("mia.", "billion")."""
    found = []
    for match in FIGURE.finditer(text):
        number = match.group("number").replace(",", ".")
        scale = match.group("scale")
        value = float(number) * (SCALES.get(fold(scale).rstrip("."), 1.0) if scale else 1.0)
        before = fold(text[max(0, match.start() - 20) : match.start()])
        before = before.removesuffix("dkk").strip()
        # "just over" before "over": "a good 1.8 billion" is not "more than 1.8 billion".
        way = (
            "over"
            if JUST_OVER.search(before)
            else "more"
            if MORE_THAN.search(before)
            else "less"
            if LESS_THAN.search(before)
            else "exactly"
            if EXACTLY.search(before)
            else ""
        )
        found.append((way, value, scale is not None))
    return found


def _holds(way: str, value: float, given_way: str, given: float) -> bool:
    """Whether a claim ("more" than ``value``, "less", "exactly", or plain) holds of a figure the
    article gives as ``given`` ("more" than it, "over" for just over it, or plain)."""
    if way == "more":
        return given > value or (given == value and given_way in ("more", "over"))
    if way == "less":
        return given < value and given_way not in ("more", "over")
    if way == "exactly":
        return given == value and given_way == ""
    return given == value and given_way in ("", "over")
