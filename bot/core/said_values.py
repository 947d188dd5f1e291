"""A value put up as the last answer's: "du sagde lige digitalisering" after theme 1, "du sagde
vel 2016-2020?" or "2016-2020, ikke?" after the years the strategy covers. The claim is about
what the last answer gave, so it is checked against that answer's words (in both languages, so
an English word for a Danish one counts): a value the answer does not hold gets "Nej"/"No" and
the answer again. Only what the bot was said to have said, and found in its answer, gets a "yes";
a value it holds among others ("12" in "14 members: 12 municipalities …") gets no verdict.

After an answer about a member, a place or title put up ("Aalborg, ikke?") is claimed of that
member; after any answer, a member or theme put up ("Karm, ikke?" after the chair) is claimed to be
that answer's. Either gets the verdict the plain claim gets, never a yes to something else."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Outcome
from bot.core.claims import is_year
from bot.core.corrections import figures_in
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.entities import Mention
from bot.core.knowledge import Lang
from bot.core.lexicon import OR_WORDS, PLAIN_NEGATIONS, QUESTION_WORDS, STOPWORDS, word_set
from bot.core.normalize import fold, tokens, word_pairs
from bot.core.patterns import lazy
from bot.core.turn_words import AND, CLAIM_MARKERS, FIGURE_CLAIM_FILLER, SCALES, TIME_CLAIM_FILLER
from bot.core.verdict_text import has_verdict, verdict_prefix

_FILLER = FIGURE_CLAIM_FILLER | TIME_CLAIM_FILLER | CLAIM_MARKERS | word_set("lige just said sagde")
"""Beside the value: "det var …, ikke?", "so it was …, right?"."""
_NO_VALUES = word_set("""
    nr nummer number no tema temaet theme næste next forrige previous sidste last første first
    anden second tredje third fjerde fourth femte fifth også also too andre other others flere more
    hvad what hvem who
""")
"""Words that move along a list or add to the last answer ("nr 3, ikke?", "også Nyborg, ikke?"),
which are no value the last answer could have given."""
_SHORTEST_VALUE = 4
"""Shorter words ("var", "jo", "KL") are filler or too loose to tell an answer's word by."""
_SHARED_STEM = 6
"""A word and an answer's word with this many first letters in common are one word
("digitalisering", "digital"); fewer letters do not tell two words apart."""
_PEOPLE_KINDS = frozenset({"person", "unknown_person", "former_person", "municipality"})
"""Claims about who or where have readings of their own (``place_claims``, ``claims``)."""


def _other(lang: Lang) -> Lang:
    return "en" if lang == "da" else "da"


def _said(word: str, answer_words: set[str]) -> bool:
    stem = min(len(word), _SHARED_STEM)
    return any(w[:stem] == word[:stem] and len(w) >= stem for w in answer_words)


def _about_people(mentions: tuple[Mention, ...]) -> bool:
    return any(m.kind in _PEOPLE_KINDS for m in mentions)


_PLACE_FILLER = _FILLER | word_set("fra from i in at hos kommune municipality")
"""Beside a place put up as the member's: "Aalborg, ikke?", "you said Aalborg, right?", "fra Aalborg?"."""
_PLACE_KINDS = frozenset({"municipality", "organisation"})
_KIND_CLAIMED = lazy(r"\b(?:en|et|a|an)\s+(?:kommune|municipality|organisation|organization)\b")
"""A kind of place said of the place named ("SKI … en kommune?"): a claim about the place."""
_TITLE_FILLER = _FILLER | word_set("en a an som as")


_GUESSED = word_set("tror troede think thought guess gætter believe believed sikker sure")
"""Words by which the asker gives a guess of their own to be checked ("I think it's Karm"), or
doubts the answer's ("er du sikker på, at det er Mandøe?")."""
_IT_IS = (word_set("det it its"), word_set("er var is was its"))
""""er det Karm?", "det var Karm", "is it Karm?": the one asked about named outright."""
_GUESS_FILLER = word_set("i jeg mig me that at du you are på about da jo")
_FROM = word_set("fra from i in at hos of")


def _described_by_place(turn: Turn) -> Mention | None:
    """ "det er da Signe Lynggaard Madsen fra SKI": the place right after the member says which
    member is meant; it is not a second value put up."""
    if len(turn.mentions) != 2:
        return None
    person, place = turn.mentions
    between = turn.folded[person.end : place.start]
    if person.kind != "person" or place.kind not in _PLACE_KINDS or len(between) != 1 or between[0] not in _FROM:
        return None
    return place if place.end == len(turn.folded) or all(w in _FILLER for w in turn.folded[place.end :]) else None


def _put_up(turn: Turn, kinds: tuple[str, ...]) -> Mention | None:
    """The one name of ``kinds`` a turn puts up for confirmation and nothing else beside it but
    filler ("Aalborg, ikke?", "you said Karm?", "er det Karm?", "I think it's Karm"); None for
    "og Aalborg?", which asks again. A member's own place after them only says who is meant."""
    place = _described_by_place(turn)
    mentions = turn.mentions[:1] if place is not None else turn.mentions
    if len(mentions) != 1 or mentions[0].kind not in kinds:
        return None
    value = mentions[0]
    words = set(turn.folded[turn.lead() :])
    if words & QUESTION_WORDS:
        return None  # "hvad er så det sidste tema" asks which; it puts up no value
    named_outright = value.kind == "person" and (bool(words & _GUESSED) or all(words & cue for cue in _IT_IS))
    if not turn.recalled and not words & CLAIM_MARKERS and not named_outright:
        return None
    if value.kind in _PLACE_KINDS and _KIND_CLAIMED.search(" ".join(turn.folded[value.end :])):
        return None  # "er SKI så en kommune?" claims what SKI is, not that she is from it
    filler = _PLACE_FILLER if value.kind in _PLACE_KINDS else _TITLE_FILLER
    filler = filler | _GUESSED | _GUESS_FILLER if named_outright else filler
    end = place.end if place is not None else value.end
    rest = [w for i, w in enumerate(turn.folded) if i >= turn.lead() and not value.start <= i < end]
    return value if all(w in filler for w in rest) else None


class SaidValues:
    """The follow-up of ``Dialogue`` that checks a value against the last answer."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

        def _people_in(self, text: str) -> tuple[str, ...]: ...

    def _value_claim(self, turn: Turn, state: Conversation) -> Reading | None:
        if state.frame is None or turn.alone.answered or _about_people(turn.mentions):
            return None
        if turn.lead() and turn.folded[0] in AND:
            return None  # "og digitalisering, ikke?" adds a value to the last answer's
        words = turn.folded[turn.lead() :]
        if not turn.recalled and not set(words) & CLAIM_MARKERS:
            return None  # "digitalisering?" may ask about it; "…, ikke?" claims it
        if set(words) & OR_WORDS:
            return None  # "så 2016 eller 2017?" asks which
        claimed = [value for _, value, _ in figures_in(turn.text)]
        rest = [w for w in words if not w.isdigit() and w not in SCALES and w not in _FILLER]
        first_value = next((i for i, w in enumerate(words) if w.isdigit() or w in rest), len(words))
        if set(words[:first_value]) & PLAIN_NEGATIONS:
            return None  # "så ikke i 2016?" denies; the date claims (``_time_claim``) weigh that
        if not claimed and not 0 < len(rest) <= 2:
            return None
        if any(w in STOPWORDS or w in QUESTION_WORDS or w in _NO_VALUES for w in rest):
            return None
        last = self._ask(state.frame, turn.lang).answer
        if last.outcome != "answer" or has_verdict(last.text):
            return None  # after a claim checked, a value is put to that claim (``since_claims``)
        other = self._ask(state.frame, _other(turn.lang)).answer
        answer_words = set(tokens(last.text)) | set(tokens(other.text))
        given = [value for _, value, _ in figures_in(last.text)]
        if claimed and all(is_year(value) for value in claimed):
            given = [value for value in given if is_year(value)]  # "2017-2020, altså 4 år": the years
        if claimed:
            if any(not _said(w, answer_words) for w in rest):
                return None  # a figure of something else than the last answer counts
            holds = all(value in given for value in claimed)
            sure = holds and sorted(set(claimed)) == sorted(set(given))
        else:
            if any(len(w) < _SHORTEST_VALUE for w in rest):
                return None
            holds = all(_said(w, answer_words) for w in rest)
            sure = holds and turn.recalled
        if holds and not sure:
            return None  # held among other values: whether it is the one meant is unclear
        text = verdict_prefix(holds, turn.lang) + last.text
        outcome: Outcome = "answer" if holds else "negative"
        return Reading(last.question, replace(last, text=text, outcome=outcome))

    def _place_of_member(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvor kommer Bjarne Pedersen fra?" - "Aalborg, ikke?", "what is Kim Herlev's title?" -
        "økonomidirektør, right?": the place or title put up is claimed of the member talked
        about, not of the group ("Yes, Aalborg is in it", "Yes, Grønvall is one" would confirm a
        wrong value), and gets the verdict the claim "Bjarne Pedersen er fra Aalborg?" gets."""
        if state.person is None or state.focus != "person":
            return None
        value = _put_up(turn, (*_PLACE_KINDS, "title"))
        if value is None:
            return None
        named = " ".join(raw for raw, _ in word_pairs(turn.text)[value.start : value.end])
        person = state.person
        if value.kind == "title":
            claim = f"er {person} {named}?" if turn.lang == "da" else f"is {person} {named}?"
        else:
            claim = f"{person} er fra {named}, ikke?" if turn.lang == "da" else f"is {person} from {named}?"
        reading = self._ask(claim, turn.lang)
        return reading if has_verdict(reading.answer.text) else None

    def _named_as_answer(self, turn: Turn, state: Conversation) -> Reading | None:
        """ "hvem er formand?" - "Karm, ikke?", "who represents Vejle?" - "Roslev, right?": the
        member put up is claimed to be the last answer's, so "Yes" only when that answer named
        them ("Yes, Karm is a member" would confirm the wrong chair), "No" and the answer again
        otherwise. Likewise a theme put up after a theme ("tema 3, ikke?" after theme 2)."""
        if state.frame is None:
            return None
        named = _put_up(turn, ("person", "theme"))
        if named is None or len(named.ids) != 1:
            return None
        denied = bool(set(turn.folded[: named.start]) & PLAIN_NEGATIONS)
        last = self._ask(state.frame, turn.lang).answer
        if last.outcome != "answer" or has_verdict(last.text):
            return None
        if named.kind == "person":
            given = self._people_in(last.text)
            if not given:
                return None
            holds = named.ids[0] in given
            place = _described_by_place(turn)
            if holds and place is not None and fold(place.surface) not in fold(last.text):
                return None  # "it's Mandøe from Vejle?": the member holds, the place is not said
        else:
            if state.theme is None or not (last.source or "").startswith("fact:theme:"):
                return None
            holds = int(named.ids[0]) == state.theme
        if denied and holds:
            return None  # "er det ikke tema 1?" after theme 1: a "Ja" would answer neither way
        outcome: Outcome = "answer" if holds else "negative"
        checked = replace(last, text=verdict_prefix(holds, turn.lang) + last.text, outcome=outcome)
        if named.kind == "person" and not holds and len(given) == 1:
            # "nej, det er da Signe fra SKI" - "Nej. … Mandøe" - "hvad er hun så?": "han" is still
            # the one the answer gives, "hun" the one named, whom his gender rules out.
            return Reading(last.question, checked, listed=(given[0], named.ids[0]), found=given[0])
        return Reading(last.question, checked)
