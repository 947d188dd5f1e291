"""Two dated things set against each other: which came first ("which came first, the
agreements or the strategy?", "hvad kom først, aftalerne eller strategien?"), and how many years
lie between them ("hvor mange år gik der fra aftalerne blev etableret, til artiklen blev skrevet?").

Each thing is asked about on its own ("when …?", through the same engine), and the first
year each answer states decides. Nothing is answered unless both answers state a year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.answer import Answer
from bot.core.knowledge import Bilingual, Lang
from bot.core.patterns import lazy
from bot.core.phrases import say

_WHICH_FIRST = lazy(
    r"\b(?:which|what|hvad|hvilken|hvilket|hvem)\b(?:\s+\w+){0,3}?\s+"
    r"(?:first|earliest|earlier|older|oldest|før|foer|først|foerst|forst|tidligst|ældre|aeldre|ældst|aeldst)\b[\s,:;-]*"
    r"(?:of\s+|af\s+)?(?P<first>.+?)\s+(?:or|eller)\s+(?P<second>[^,;?!]+?)"
    r"(?:\s*[,;]\s*(?P<rest>[^?!]*?))?[\s?!.]*$",
    re.IGNORECASE,
)
_ON_A_LIST = lazy(
    r"\b(?:list|lists|listed|liste|listen|lista|medlemsliste\w*|themes?|tema|temaer\w*|order|rækkefølge\w*)\b",
    re.IGNORECASE,
)
"""'Which comes earlier in the list of themes: …?' asks for a place on a list, not a date."""
_HOW_MANY_YEARS = lazy(r"\b(?:how\s+many\s+years|hvor\s+mange\s+(?:år|aar|ar))\b", re.IGNORECASE)
"""After the two things, ", and by how many years?" asks the distance too."""
_YEARS_BETWEEN = lazy(
    r"\b(?:hvor\s+mange\s+år|hvor\s+mange\s+aar|how\s+many\s+years)\b(?:\s+\w+){0,3}?\s+"
    r"(?:fra|mellem|siden|from|between|since)\s+(?P<first>.+?),?\s+"
    r"(?:til|og|indtil|to|and|until|till)\s+(?P<second>.+?)[\s?!.]*$",
    re.IGNORECASE,
)
_YEARS_RUNNING = lazy(
    r"\b(?:hvor\s+mange\s+år|hvor\s+mange\s+aar|hvor\s+mange\s+ar|how\s+many\s+years)\s+"
    r"(?:har|havde|have|had|has)\s+(?P<first>.+?)\s+(?:been\s+)?"
    r"(?:kørt|koert|kort|eksisteret|været|vaeret|varet|running|existed|run|in\s+place|around)\b"
    r"(?:\s+(?:when|da|før|foer|for|til|until|by\s+the\s+time)\s+(?P<second>.+?))?[\s?!.]*$",
    re.IGNORECASE,
)
"""'How many years had the agreements been running when the article was published?', 'hvor mange
år har aftalerne kørt': from the thing's year to the article's, unless another is named."""
_BEFORE_OR_AFTER = lazy(
    r"^\W*(?:(?:was|were|did|is|are|has|had|kom|blev|var|er)\s+)(?P<first>.+?)\s+"
    r"(?:(?:come|happen|take\s+place|komme)\s+)?(?:before|after|før|foer|efter|tidligere)\s+(?:or|eller)\s+"
    r"(?:before|after|før|foer|efter|tidligere)\s+(?P<second>[^?!]+?)[\s?!.]*$",
    re.IGNORECASE,
)
"""'Was the strategy adopted before or after the article was published?': which came first, said
with "before"."""
_THE_ARTICLE = Bilingual(da="artiklen", en="the article")
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_DAY_MONTH_YEAR = lazy(r"\b\d{1,2}-(?P<month>\d{1,2})-(?P<year>(?:19|20)\d\d)\b")
_MONTH_YEAR = lazy(
    r"\b(?P<month>januar|january|februar|february|marts|march|april|maj|may|juni|june|juli|july|august"
    r"|september|oktober|october|november|december)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "january"),
            ("februar", "february"),
            ("marts", "march"),
            ("april",),
            ("maj", "may"),
            ("juni", "june"),
            ("juli", "july"),
            ("august",),
            ("september",),
            ("oktober", "october"),
            ("november",),
            ("december",),
        ),
        start=1,
    )
    for name in names
}
_ASK_WHEN = (
    Bilingual(da="hvornår {thing}", en="when {thing}"),
    Bilingual(da="hvornår kom {thing}", en="when did {thing} come"),
    Bilingual(da="hvornår blev {thing} etableret", en="when was {thing} established"),
    Bilingual(da="hvornår blev {thing} vedtaget", en="when was {thing} adopted"),
)
"""Ways to ask for a thing's date, tried in turn until one is answered."""
FIRST = Bilingual(
    da="{first} kom først ({first_year}); {second} kom senere ({second_year}).",
    en="{first} came first ({first_year}); {second} came later ({second_year}).",
)
BEFORE = Bilingual(
    da="{first} ({first_year}) kom før {second} ({second_year}).",
    en="{first} ({first_year}) came before {second} ({second_year}).",
)
EARLIER = Bilingual(da="Før: ", en="Before: ")
LATER = Bilingual(da="Efter: ", en="After: ")
YEARS_BETWEEN = Bilingual(
    da="{n} år: {first} i {first_year}, {second} i {second_year}.",
    en="{n} years: {first} in {first_year}, {second} in {second_year}.",
)
APART = Bilingual(da="Der er {n} år imellem.", en="They are {n} years apart.")
SAME_YEAR = Bilingual(
    da="Begge er fra {year}: {first} og {second}.",
    en="Both date from {year}: {first} and {second}.",
)


@dataclass(frozen=True)
class Dated:
    thing: str
    year: int
    answer: Answer
    month: int | None = None
    """The month, when the answer gives one ("i udgangen af april 2017", "05-07-2017")."""
    shown: str = ""
    """The date as the answer writes it."""

    def before(self, other: Dated) -> bool | None:
        """Whether this came first; None when the dates the article gives cannot tell."""
        if self.year != other.year:
            return self.year < other.year
        if self.month is None or other.month is None or self.month == other.month:
            return None
        return self.month < other.month


def which_first(text: str, lang: Lang, ask: Callable[[str], Answer]) -> tuple[str, Answer, Answer] | None:
    """The reply and the two answers it rests on, or None when ``text`` is no such question
    or either thing has no year in the article."""
    found = _WHICH_FIRST.search(text)
    phrase = FIRST
    if found is None:
        found, phrase = _BEFORE_OR_AFTER.search(text), BEFORE
    if found is None or _ON_A_LIST.search(text[: found.end("first")]):
        return None
    dated = [_dated(found.group(part).strip(" ,.:;"), lang, ask) for part in ("first", "second")]
    a, b = dated
    if a is None or b is None or a.answer.source == b.answer.source:
        return None
    a_first = a.before(b)
    if a_first is None:
        return say(SAME_YEAR, lang, year=a.year, first=a.thing, second=b.thing), a.answer, b.answer
    early, late = (a, b) if a_first else (b, a)
    reply = say(phrase, lang, first=early.thing, first_year=early.shown, second=late.thing, second_year=late.shown)
    if phrase is BEFORE:
        # "Was the strategy adopted before or after the agreements started?" picks one of the
        # two words for the thing named first: that word first, then the dates.
        reply = (EARLIER if a_first else LATER).get(lang) + reply
    rest = found.groupdict().get("rest") or ""
    if _HOW_MANY_YEARS.search(rest):
        reply += " " + say(APART, lang, n=late.year - early.year)
    return reply[:1].upper() + reply[1:], early.answer, late.answer


def years_between(text: str, lang: Lang, ask: Callable[[str], Answer]) -> tuple[str, Answer, Answer] | None:
    """ "How many years from X to Y?": the difference of the years the two answers state, or
    None when ``text`` is no such question or either thing has no year in the article."""
    found = _YEARS_BETWEEN.search(text) or _YEARS_RUNNING.search(text)
    if found is None:
        return None
    things = [found.group("first"), found.group("second") or _THE_ARTICLE.get(lang)]
    a, b = (_dated(thing.strip(" ,.:;"), lang, ask) for thing in things)
    if a is None or b is None or a.answer.source == b.answer.source:
        return None
    early, late = (a, b) if a.year <= b.year else (b, a)
    reply = say(
        YEARS_BETWEEN,
        lang,
        n=late.year - early.year,
        first=early.thing,
        first_year=early.year,
        second=late.thing,
        second_year=late.year,
    )
    return reply, early.answer, late.answer


def _dated(thing: str, lang: Lang, ask: Callable[[str], Answer]) -> Dated | None:
    if not thing:
        return None
    for asking in _ASK_WHEN:
        answer = ask(say(asking, lang, thing=thing))
        year = _YEAR.search(answer.text) if answer.outcome == "answer" else None
        if year:
            dated = _DAY_MONTH_YEAR.search(answer.text)
            if dated is not None and dated.group("year") == year.group():
                return Dated(thing, int(year.group()), answer, int(dated.group("month")), dated.group())
            named = _MONTH_YEAR.search(answer.text)
            if named is not None and named.group("year") == year.group():
                month = _MONTH_NUMBERS[named.group("month").lower()]
                return Dated(thing, int(year.group()), answer, month, named.group())
            return Dated(thing, int(year.group()), answer, shown=year.group())
    return None
