"""Questions about the structure of the facts: claims to check, comparisons and filters.

The fact base is read as a small table (one row per person: title, seat, organisation,
chair). A question is parsed into one operation over it:

- **check** a claim: "Karm er fra Kolding, ikk?", "is Roslev a head of department?";
- **compare** people: "are Karm and Jensen from the same municipality?";
- **filter** or **count** members by a part of their title, or by not holding one:
  "who has 'økonomi' in their title", "how many are not kommunaldirektør?";
- **clarify** a pronoun that has nobody to refer to: "hvor kommer han fra?".

A "yes" is only ever built by ``_verdict`` from claimed values that were each found
true of the named person; every other path says no or gives the facts without a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import Bilingual, Lang, Person
from bot.core.lexicon import (
    CHAIR_TITLE,
    CHAIR_WORDS,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    ENGLISH_ONLY_PRONOUNS,
    MUNICIPALITY_WORDS,
    NEGATION_WORDS,
    ORGANISATION_WORDS,
    PERSONAL_PRONOUNS,
    QUESTION_TYPES,
    QUESTION_WORDS,
    SAME_WORDS,
    STOPWORDS,
    TITLE_WORDS,
    touches,
)
from bot.core.normalize import fold, stem
from bot.core.phrases import NO, YES, say

CLARIFY = Bilingual(
    da="Hvem mener du? Skriv navnet, fx «hvor kommer Peter Karm fra?».",
    en='Who do you mean? Please give the name, e.g. "where is Peter Karm from?".',
)
SAME = Bilingual(da="Ja, samme {what}:", en="Yes, the same {what}:")
DIFFERENT = Bilingual(da="Nej, ikke samme {what}:", en="No, not the same {what}:")
ATTRIBUTE_NAMES = {
    "municipality": Bilingual(da="kommune", en="municipality"),
    "organisation": Bilingual(da="organisation", en="organisation"),
    "title": Bilingual(da="titel", en="title"),
}
TITLE_PART = Bilingual(
    da="{count} af medlemmerne har «{part}» i titlen:",
    en='{count} of the members have "{part}" in their title:',
)
NO_TITLE_PART = Bilingual(
    da="Ingen af medlemmerne har «{part}» i titlen.",
    en='None of the members has "{part}" in their title.',
)
NOT_HOLDERS = Bilingual(
    da="{count} af de {total} personer på listen er ikke {title}:",
    en='{count} of the {total} people listed are not "{title}":',
)
_TITLE_PHRASE = re.compile(
    r"([a-z0-9]+)\s+(?:i|in)\s+(?:(?:sin|sine|deres|hans|hendes|their|his|her|the|its)\s+)?"
    r"(?:job\s*)?(?:titel|titlen|titler|title|titles|jobtitel|stillingsbetegnelse)\b"
)
"""'who has "økonomi" in their title': the word before "in the title" is a part of titles."""


@dataclass(frozen=True)
class _Claim:
    kind: str
    """municipality, organisation, title or chair."""
    value: str
    start: int


class Reasoner:
    """Checks, compares and filters over the people in the fact base."""

    def __init__(self, renderer: FactRenderer) -> None:
        self.render = renderer
        self._people = renderer.k.people

    def answer(self, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
        """``words``: the question's folded, spelling-corrected words (names kept as typed)."""
        text = " ".join(words)
        people = [m for m in mentions if m.kind == "person"]
        if any(len(m.ids) > 1 for m in people):
            return None  # "is Lars from Nyborg?": which Lars is asked first, elsewhere
        part = _TITLE_PHRASE.search(text)
        if part and part.group(1) not in STOPWORDS | TITLE_WORDS:
            return self._title_part(part.group(1), lang)
        asks = any(w in QUESTION_WORDS for w in words)
        if people and len(people) >= 2 and touches(set(words), SAME_WORDS):
            return self._compare(people, words, lang)
        if people and not asks:
            claims = self._claims(mentions, words)
            if claims:
                return self._check(people, claims, lang)
        titles = [m for m in mentions if m.kind == "title"]
        if titles and not people and any(w in NEGATION_WORDS for w in words):
            return self._not_holding(titles[0], lang)
        if not mentions and self._dangling_pronoun(words, lang):
            return FactReply(CLARIFY.get(lang), "fallback", 0, "clarify", "members")
        return None

    # -- claims -------------------------------------------------------------------------

    def _claims(self, mentions: Sequence[Mention], words: Sequence[str]) -> list[_Claim]:
        claims = [
            _Claim(m.kind, m.ids[0] if m.kind != "title" else "|".join(m.ids), m.start)
            for m in mentions
            if m.kind in ("municipality", "organisation", "title")
        ]
        claims += [_Claim("chair", "", i) for i, w in enumerate(words) if w in CHAIR_TITLE]
        return claims

    def _holds(self, person: Person, claim: _Claim) -> bool:
        seat = self.render.seat_of(person)
        if claim.kind == "municipality":
            return seat.municipality is not None and fold(seat.municipality) == fold(claim.value)
        if claim.kind == "organisation":
            return seat.organisation_id == claim.value
        if claim.kind == "title":
            return person.name in claim.value.split("|")
        return seat.chair

    def _check(self, mentions: list[Mention], claims: list[_Claim], lang: Lang) -> FactReply:
        people = [self.render.person_by_name[m.ids[0]] for m in mentions]
        if len(people) == len(claims) > 1:
            # "Holte is from Nyborg and Svenningsen from Høje Taastrup": pairs, in order.
            pairs = list(zip(people, claims, strict=True))
        else:
            pairs = [(p, c) for p in people for c in claims]
        true = all(self._holds(p, c) for p, c in pairs)
        profiles = " ".join(self.render.person(p, lang) for p in dict.fromkeys(people))
        if any(c.kind == "chair" for _, c in pairs) and not true:
            profiles = f"{self.render.chair(lang)} {profiles}"
        return _verdict(true, profiles, lang, "fact:person:" + people[0].name)

    # -- comparisons --------------------------------------------------------------------

    def _compare(self, mentions: list[Mention], words: Sequence[str], lang: Lang) -> FactReply:
        people = list(dict.fromkeys(self.render.person_by_name[m.ids[0]] for m in mentions))
        word_set = set(words)
        if touches(word_set, TITLE_WORDS):
            attribute = "title"
        elif touches(word_set, ORGANISATION_WORDS) and not touches(word_set, MUNICIPALITY_WORDS):
            attribute = "organisation"
        else:
            attribute = "municipality"
        values = {self._attribute(p, attribute) for p in people}
        what = ATTRIBUTE_NAMES[attribute].get(lang)
        lines = "\n".join(f"• {self.render.brief(p, lang)}" for p in people)
        head = say(SAME if len(values) == 1 else DIFFERENT, lang, what=what)
        return FactReply(f"{head}\n{lines}", "answer", 100, "fact:compare", "members")

    def _attribute(self, person: Person, attribute: str) -> str:
        seat = self.render.seat_of(person)
        if attribute == "title":
            return fold(person.title.da)
        return seat.organisation

    # -- filters and counts -------------------------------------------------------------

    def _title_part(self, part: str, lang: Lang) -> FactReply:
        key = stem(part)
        holders = [p for p in self._people if key in fold(f"{p.title.da} {p.title.en}").replace(" ", "")]
        if not holders:
            return FactReply(say(NO_TITLE_PART, lang, part=part), "negative", 100, "fact:title-part", "members")
        listed = "\n".join(f"• {self.render.brief(p, lang)}" for p in holders)
        head = say(TITLE_PART, lang, count=len(holders), part=part)
        return FactReply(f"{head}\n{listed}", "answer", 100, "fact:title-part", "members")

    def _not_holding(self, title: Mention, lang: Lang) -> FactReply:
        """ "Who is not a kommunaldirektør?", "how many are not ...?": the complement."""
        holders = set(title.ids)
        others = [p for p in self._people if p.name not in holders]
        label = self.render.title_label(self.render.person_by_name[title.ids[0]], lang)
        head = say(NOT_HOLDERS, lang, count=len(others), total=len(self._people), title=label)
        listed = "\n".join(f"• {self.render.brief(p, lang)}" for p in others)
        return FactReply(f"{head}\n{listed}", "answer", 100, "fact:title-complement", "members")

    # -- pronouns -----------------------------------------------------------------------

    @staticmethod
    def _dangling_pronoun(words: Sequence[str], lang: Lang) -> bool:
        pronouns = PERSONAL_PRONOUNS | (ENGLISH_ONLY_PRONOUNS if lang == "en" else frozenset())
        # "who chairs, and where is he from?" names its own referent.
        names_someone = any(w in CHAIR_WORDS or QUESTION_TYPES.get(w) == "who" for w in words)
        return not names_someone and any(w in pronouns for w in words)


def is_claim(words: Sequence[str]) -> bool:
    """A statement put up for confirmation: no question word, and a tag or a yes/no opener."""
    if not words or any(w in QUESTION_WORDS for w in words):
        return False
    return words[0] in CLAIM_OPENERS or any(w in CLAIM_TAGS for w in words[-3:])


def _verdict(true: bool, facts: str, lang: Lang, source: str) -> FactReply:
    return FactReply((YES if true else NO).get(lang) + facts, "answer", 100, source, "members")
