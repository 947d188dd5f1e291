"""Fixed sentences of the bot in both languages (not knowledge: they say what the bot is)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.knowledge import Bilingual, Knowledge, Lang
from bot.core.patterns import lazy

EMPTY = Bilingual(
    da="Skriv et spørgsmål med ord, fx «Hvem er formand for styregruppen?». Skriv /help for flere eksempler.",
    en='Please type a question in words, e.g. "Who chairs the steering group?". Send /help for more examples.',
)
FALLBACK = Bilingual(
    da=(
        "Det kan jeg ikke svare på ud fra artiklen. Jeg kender kun artiklen fra {date} om {group}. "
        "Skriv /help for at se, hvad du kan spørge om."
    ),
    en=(
        "I can't answer that from the article. I only know the article of {date} about {group}. "
        "Send /help to see what you can ask."
    ),
)
NOT_IN_ARTICLE = Bilingual(
    da="Det står der ikke noget om i artiklen.",
    en="The article does not say.",
)
NOT_IN_ARTICLE_ITSELF = Bilingual(
    da="Det står ikke i selve artiklen; som baggrund: ",
    en="The article itself does not say so; as background: ",
)
ABOUT_ENTITY = Bilingual(da="Om {name} siger artiklen kun dette:", en="About {name}, the article only says this:")
SUGGEST = Bilingual(
    da="Jeg er ikke sikker på, hvad du mener. Mente du et af disse spørgsmål?",
    en="I'm not sure what you mean. Did you mean one of these?",
)
AMBIGUOUS_NAME = Bilingual(
    da="Flere medlemmer hedder «{name}»:",
    en='More than one member is called "{name}":',
)
NAMED_EITHER = Bilingual(da="Medlemmer, der hedder {names}:", en="Members called {names}:")
UNKNOWN_PERSON = Bilingual(
    da=(
        "Nej, {name} er ikke medlem af styregruppen og nævnes ikke i artiklen. "
        "Spørg fx «hvem er medlemmerne?» for at se alle {count}."
    ),
    en=(
        "No, {name} is not a member of the steering group and is not mentioned in the article. "
        'Ask "who are the members?" to see all {count}.'
    ),
)
UNKNOWN_MEMBER = Bilingual(
    da="Nej, {name} er ikke medlem af styregruppen og nævnes ikke i artiklen.",
    en="No, {name} is not a member of the steering group and is not mentioned in the article.",
)
NOT_MENTIONED = Bilingual(
    da=(
        "Artiklen nævner ikke «{name}». Den handler om {group} ({count} medlemmer), "
        "{strategy} {period} og {agreements}."
    ),
    en=(
        'The article does not mention "{name}". It is about {group} ({count} members), '
        "{strategy} {period} and {agreements}."
    ),
)
NAMED_BESIDE = Bilingual(da="Artiklen nævner ikke {name}. ", en="The article does not mention {name}. ")
"""Before a member's facts, when a name the knowledge does not know is said of them ("fra Hobro")."""
NO_SUCH_DOER = Bilingual(
    da="Artiklen nævner ingen {office}. {answer}",
    en="The article names no {office}. {answer}",
)
YEAR_NOT_IN_ARTICLE = Bilingual(
    da="Artiklen siger ikke noget om {year}. De årstal, den nævner, er {years}.",
    en="The article says nothing about {year}. The years it mentions are {years}.",
)
FORMER_MEMBER = Bilingual(
    da="{name} er ikke længere med i styregruppen. {name} var {title} i {where}",
    en="{name} is no longer in the steering group. {name} was {title} at {where}",
)
LEFT_ON = Bilingual(da=" og forlod gruppen {date}", en=" and left the group ({date})")
REPLACED_BY = Bilingual(da="Pladsen er overtaget af {name}.", en="The seat is now held by {name}.")
NO_EARLIER_HOLDER = Bilingual(
    da="Der står intet om, hvem der tidligere repræsenterede {place}.",
    en="Nothing says who represented {place} before.",
)
NO_THEME_NAMED = Bilingual(
    da="Ikke ved navn: ingen af temaerne i {name} er opkaldt efter det. De hedder:",
    en="Not by name: none of the themes of {name} is named for that. They are:",
)
"""Asked whether a topic no theme's title or keywords name is one of the themes: a plain "Nej"
would be a guess (a theme may cover it in other words), so what they are named is said."""
YES = Bilingual(da="Ja. ", en="Yes. ")
NO = Bilingual(da="Nej. ", en="No. ")
NEGATED_HOLDS = Bilingual(da="Det er rigtigt: ", en="That's right: ")
"""A negated claim that holds ("Mandøe er ikke fra Vejle?"): a bare Ja/Nej would be read both ways."""
NEGATED_FAILS = Bilingual(da="Forkert: ", en="Not so: ")
"""A negated claim that does not hold ("Så Hjørring er ikke med?")."""
HOLDERS = Bilingual(
    da="{count} af medlemmerne har titlen «{title}»:",
    en='{count} of the members hold the title "{title}":',
)
HOLDERS_OF_EITHER = Bilingual(
    da="{count} af medlemmerne har titlen {titles}:",
    en="{count} of the members hold the title {titles}:",
)
"""'which members are økonomidirektør or kommunaldirektør?': the holders of either title."""
PERSON_QUESTION = Bilingual(da="Hvem er {name}?", en="Who is {name}?")
WHY_NOT_SAID = Bilingual(da="Artiklen siger ikke hvorfor. ", en="The article does not say why. ")
UNNAMED_HOLDER_THERE = Bilingual(
    da="Artiklen siger ikke, hvem der er «{title}» i {place}: ingen fra {place} i styregruppen har den titel.",
    en=(
        'The article does not say who is "{title}" at {place}: '
        "no one from {place} in the steering group holds that title."
    ),
)
NO_HOLDER_THERE = Bilingual(
    da="Nej. Ingen fra {place} i styregruppen har titlen «{title}».",
    en='No. No one from {place} in the steering group holds the title "{title}".',
)


def about(knowledge: Knowledge, lang: Lang) -> dict[str, str]:
    """What the loaded knowledge is about, for the sentences that say so (never a fixed text)."""
    return {
        "date": knowledge.article.date,
        "group": knowledge.group_name.get(lang),
        "strategy": knowledge.strategy.name.get(lang),
        "period": knowledge.strategy.period,
        "agreements": knowledge.agreements.name.get(lang),
    }


def say(phrase: Bilingual, lang: Lang, **values: object) -> str:
    return phrase.get(lang).format(**values)


def joined(names: Sequence[str], lang: Lang) -> str:
    """ "A, B og C", "A and B": names listed as a sentence says them."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + (" og " if lang == "da" else " and ") + names[-1]


MONTH_NAMES: dict[Lang, list[str]] = {
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
"""The months by number, as a date is said in each language."""
_DATE = lazy(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")


def spelled_date(date: str, lang: Lang) -> str | None:
    """ "05-07-2017" as a sentence says it ("5. juli 2017", "5 July 2017"), which no reader
    takes for the 7th of May; None when ``date`` is no day-month-year date."""
    found = _DATE.fullmatch(date.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return None
    day, month, year = int(found.group(1)), MONTH_NAMES[lang][int(found.group(2)) - 1], found.group(3)
    return f"{day}. {month} {year}" if lang == "da" else f"{day} {month} {year}"
