"""Messages in the shapes chat gives them, put as the plain question before anything reads them:
a line quoted as chat apps quote it ("> …"), a cleft about who said a quotation ("«…» – var det
Signe der sagde det?"), a message in capitals ("NAME THE CHAIR AND HIS TITLE"), the words chat
uses for what questions say otherwise (``in_plain_words``: "hvis strategi er det?", "position 4",
"good name", "stillingsmæssigt") and an alternative a claim sets aside (``set_aside_dropped``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.lexicon import QUESTION_WORDS
from bot.core.normalize import fold
from bot.core.patterns import lazy

_QUOTED_LINE = lazy(r"^\s*>+\s*(?P<quoted>[^\n]+?)(?:\s+[–—-]+\s+|\s*\n\s*)(?P<asked>\S.*)$", re.DOTALL)
"""A line quoted as chat apps quote ("> Et samarbejde … – hvem siger det?"), then what is asked
of it: the quoted words are a quotation, not the asker's claim ("Ja" to the figure in it)."""
_QUOTE_MARK = lazy(r"^\s*>+\s*")


_QUOTATION = r"(?:«[^»]+»|\"[^\"]+\"|“[^”]+”)"
_CLEFT_SAYING = {
    "en": lazy(
        rf"^\s*(?:(?P<before>{_QUOTATION})\s*[–—,:-]*\s*)?(?:so\s+)?(?:was|is)\s+it\s+(?P<who>[^?«\"“]+?)\s+"
        rf"(?:who|that)\s+(?:said|says|wrote)(?:\s+(?:that|it|this))?(?:\s*[:,]?\s*(?P<after>{_QUOTATION}))?\s*\??\s*$",
        re.IGNORECASE,
    ),
    "da": lazy(
        rf"^\s*(?:(?P<before>{_QUOTATION})\s*[–—,:-]*\s*)?(?:så\s+)?(?:var|er)\s+det\s+(?:så\s+)?(?P<who>[^?«\"“]+?)\s+"
        rf"(?:der|som)\s+(?:sagde|siger|har\s+sagt|skrev)(?:\s+det)?(?:\s*[:,]?\s*(?P<after>{_QUOTATION}))?\s*\??\s*$",
        re.IGNORECASE,
    ),
}
_SAID_BY = {"en": "Did {who} say {quotation}?", "da": "Sagde {who} {quotation}?"}


_ASKED_CLEFT = lazy(
    r"\b(?P<asked>hvem|hvad|who|what)\s+(?:er|var|is|was)\s+(?:det|it)\s*,?\s+(?:der|som|that)\s+(?=\w)",
    re.IGNORECASE,
)
"""'hvem er det der siger det med de 80?', 'who is it that chairs?': the cleft only stresses
the question word; asked plainly ("hvem siger det med de 80?"), it meets what it asks."""


def cleft_unwound(text: str) -> str:
    """ "«…» – var det Signe der sagde det?", "was it Signe who said «…»?": who said the quotation,
    asked as "Sagde Signe «…»?", which the speaker check judges; as written, it got the passage
    and no verdict. A cleft question ("hvem er det der …") is asked plainly ("hvem …")."""
    for lang, cleft in _CLEFT_SAYING.items():
        found = cleft.match(text)
        quotation = found and (found.group("before") or found.group("after"))
        if found is not None and quotation:
            return _SAID_BY[lang].format(who=found.group("who").strip(), quotation=quotation)
    return _ASKED_CLEFT.sub(lambda found: found.group("asked") + " ", text)


_LETTER_RUNS = lazy(r"[^\W\d_]+")
_MIN_SHOUTED_WORDS = 3
"""Words in capitals it takes to be shouting rather than an acronym or two ("KL og SKI?")."""


def unshouted(text: str) -> str:
    """``text`` in lower case when every word of it is in capitals ("NAME THE CHAIR AND HIS
    TITLE"): shouting, in which a capitalised "HIS" is no acronym or name to look up."""
    words = [w for w in _LETTER_RUNS.findall(text) if len(w) > 1]
    if len(words) < _MIN_SHOUTED_WORDS or not all(w.isupper() for w in words):
        return text
    return text.lower()


def quotation_marked(text: str) -> str:
    """``text`` with a chat quote ("> …") put in quotation marks, or its mark dropped when
    nothing follows it: "> styrke samarbejdet … er tema 1, ikke?" is the asker's own words."""
    found = _QUOTED_LINE.match(text)
    if found is not None:
        return f"«{found.group('quoted').strip()}» {found.group('asked').strip()}"
    return _QUOTE_MARK.sub("", text)


_IN_FULL = lazy(
    r"\b(?:fulde|fuld|komplette|full|complete|entire)\s+(?=(?:titel|titlen|title|ordlyd|wording)\b)", re.IGNORECASE
)
"""'den fulde titel på tema 2', 'the full title of theme 5': every title is given in full; the
word only stresses it ("full name" stays: "what is its full name?" asks for a name in full)."""


def title_in_full(text: str) -> str:
    """``text`` without "full" before a title: "hvad er den fulde titel på tema 2?" asks what
    "hvad er den titel på tema 2?" asks."""
    return _IN_FULL.sub("", text)


_NUMBER_ONE = lazy(r"\b(?P<number>nummer|nr\.?|number|no\.)\s+(?:ét|én|et|en|one)\b", re.IGNORECASE)
"""'nummer ét', 'number one': the first, whose number word is also the article "et"/"en"."""


def number_one(text: str) -> str:
    """``text`` with "nummer ét", "number one" written "nummer 1", "number 1"."""
    return _NUMBER_ONE.sub(lambda found: f"{found.group('number')} 1", text)


_WHOSE = lazy(
    r"^\s*hvis\s+(?:(?P<noun>[^\W\d_]+)\s+)?(?:er|var)\s+"
    r"(?!(?:fra|i|med|på|til|en|et|ikke)\b)(?P<thing>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[?.!]*\s*$",
    re.IGNORECASE,
)
"""Its thing is a few words and no place or state ("hvis Karm er fra Vejle" is a condition)."""
_POINTING = frozenset({"det", "den", "dette", "denne"})
_BEHIND = "hvem står bag {}?"


def whose_asked(text: str) -> str:
    """ "hvis strategi er det?", "hvis er strategien?": the Danish "hvis" before the verb asks
    whose, not "if"; read as "if", the words left put up a claim that got a "Ja". Asked as who
    is behind the thing ("hvem står bag strategi?")."""
    found = _WHOSE.match(text)
    if found is None:
        return text
    thing, noun = found.group("thing"), found.group("noun")
    if thing.lower() in _POINTING:
        return _BEHIND.format(noun) if noun else text
    return _BEHIND.format(thing)


_PLACE_NUMBERED = lazy(
    r"\b(?:position|pos\.|plads|pladsnummer|placering|place|spot|slot)\s+(?:(?:nr|no|nummer|number)\.?\s+)?(?=\d)",
    re.IGNORECASE,
)
_ALLER = lazy(
    r"\baller(?=(?:nederst|øverst|oeverst|overst|først|foerst|forst|sidst|bagerst|forrest)e?\b)", re.IGNORECASE
)


def places_numbered(text: str) -> str:
    """ "position 4", "plads 12 i listen": a place on a list said with its number, read as "nr 4"
    as the article's lists are counted; "allernederst", "allerførst" as "nederst", "først"."""
    return _ALLER.sub("", _PLACE_NUMBERED.sub("nr ", text))


_GOOD_NAME = lazy(r"\bgood\s+(?=names?\b)", re.IGNORECASE)


def good_name_plain(text: str) -> str:
    """ "what is the good name of the person from Høje Taastrup?": Indian English for the name;
    read as written, "good" was a thing the article does not say of anyone."""
    return _GOOD_NAME.sub("", text)


_SET_APART = lazy(
    r"\b(?P<verb>set|setting|sets)\s+(?P<thing>(?:the|this|that|a)\s+(?:new\s+)?(?:steering\s+)?(?:group|committee))"
    r"\s+up\b",
    re.IGNORECASE,
)


def phrasal_joined(text: str) -> str:
    """ "who set the group up?": the phrasal verb put back together ("who set up the group?"),
    as the questions it means are written; apart, "set" alone matched nothing and "group"
    drew the member list. ("set it up" is how a pronoun is said, and read so already.)"""
    return _SET_APART.sub(lambda found: f"{found.group('verb')} up {found.group('thing')}", text)


_REGARDING = lazy(r"\b(?P<stem>[^\W\d_]{3,}?)s?(?:mæssigt|maessigt|masssigt)\b", re.IGNORECASE)


def regarding_plain(text: str) -> str:
    """ "hvad er han så for en, stillingsmæssigt?": the Danish "-mæssigt" (as regards) read as
    the noun it is made from ("stilling"), which is what the question asks about."""
    return _REGARDING.sub(lambda found: found.group("stem"), text)


_NOT_THIS = lazy(
    r",\s*(?:not|ikke)\s+"
    r"(?!(?:sandt|sant|rigtigt|rigtig|right|true|correct|korrekt|so|sådan|saadan|også|ogsaa)\b)"
    r"(?=\w)[^,;?!.]{2,40}?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""', not the start of it?', ', ikke i maj?': an alternative set aside at the end of a claim."""
_NOT_A_CLAIM = frozenset({"no", "nej", "nope", "kun", "only", "just", "bare"})
"""Words of a message whose ", not …" is no alternative set aside: "no, not her" corrects,
"kun kommunerne, ikke navne" asks for a kind of list."""


def set_aside_dropped(text: str, about_someone: Callable[[str], bool]) -> str:
    """ "so the end of april then, not the start of it?": the alternative a claim about a thing
    sets aside is no second claim; read with it, "not" denied the first. Only of a claim with
    no question word ("which members are from organisations, not from municipality?" filters)
    and, by ``about_someone``, about no one."""
    found = _NOT_THIS.search(text)
    if found is None:
        return text
    folded = fold(text).split()
    if not QUESTION_WORDS.isdisjoint(folded) or not _NOT_A_CLAIM.isdisjoint(folded) or about_someone(text):
        return text
    return text[: found.start()] + "?"


_PLAIN_WORDS: tuple[Callable[[str], str], ...] = (
    good_name_plain,
    title_in_full,
    number_one,
    whose_asked,
    places_numbered,
    phrasal_joined,
    regarding_plain,
)


def in_plain_words(text: str) -> str:
    """``text`` with the words chat uses for what the article's questions say otherwise read
    as those: "good name", "den fulde titel", "nummer ét", "hvis strategi", "plads 12", "set the
    group up", "stillingsmæssigt"."""
    for plain in _PLAIN_WORDS:
        text = plain(text)
    return text
