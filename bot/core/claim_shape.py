"""The shape of a question, read from its folded words before any fact is looked at.

"Karm er fra Vejle, ikk?" puts up a claim to confirm; "hvad er en kommunaldirektør?" asks
what a term means; "kan du give mig citatet?" asks a service that no "Ja" answers.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import speakers
from bot.core.entities import Mention
from bot.core.lexicon import (
    CHAIR_TITLE,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    DEFINITION_CUES,
    INDEFINITE_ARTICLES,
    MEANING_WORDS,
    PAST_OPENERS,
    QUESTION_TYPES,
    QUESTION_WORDS,
    STATE_VERBS,
    STOPWORDS,
    TAG_PRONOUNS,
    WHICH_WORDS,
    cardinal_words,
    word_set,
)
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.turn_words import HOW_MANY

CLAIM_BEFORE_TAG = 3
"""Words a claim needs before its tag for the tag's pronoun to point back into it ("er han?" has none)."""


def asks_definition(mentions: Sequence[Mention], words: Sequence[str]) -> bool:
    """ "Hvad er en kommunaldirektør?", "what does cheføkonom mean?": the term, not its holders."""
    titles = [m for m in mentions if m.kind == "title"]
    # "what does 'adm. direktør' mean in Signe's title?": the member only says where the term stands.
    whose = any(m.kind == "person" for m in mentions) and any(w in MEANING_WORDS for w in words)
    if any(m.kind != "title" and not (whose and m.kind == "person") for m in mentions):
        return False
    # "what does formand mean?": the chair's title is a term too.
    starts = [m.start for m in titles] or [i for i, w in enumerate(words) if w in CHAIR_TITLE]
    if not starts:
        return False
    if any(w in DEFINITION_CUES for w in words):
        return True
    # "which of them is a kommunaldirektør?" picks holders, like "who"; "how many … by a
    # kommunaldirektør?" counts them.
    if HOW_MANY.search(" ".join(words)):
        return False
    asks_what = any(w in QUESTION_WORDS and QUESTION_TYPES.get(w) != "who" and w not in WHICH_WORDS for w in words)
    return asks_what and starts[0] > 0 and words[starts[0] - 1] in INDEFINITE_ARTICLES


def is_claim(words: Sequence[str], *, asked: bool = False) -> bool:
    """A statement put up for confirmation: no question word, and a tag, a yes/no opener,
    or ("besparelsen er 18 mia?") a statement with a verb ending in a question mark."""
    if not words or any(w in QUESTION_WORDS for w in words):
        return False
    if _asks_a_service(words):
        return False
    if words[0] in CLAIM_OPENERS or words[0] in PAST_OPENERS or any(w in CLAIM_TAGS for w in words[-3:]):
        return True
    if any(w in _LEADING_TAGS for w in words[:3]):
        return True  # "Det står vel i artiklen, at …?"
    if len(words) > 2 and tuple(words[-2:]) in _ECHO_TAGS:
        return True  # "1,8 milliarder siger du": what was just said, put up again
    if len(words) > 3 and words[-2] in CLAIM_OPENERS and words[-1] in TAG_PRONOUNS:
        return True  # "theme 5 is about services, is it?"
    if asked and len(words) > 3 and words[0] in _CONCLUDING:
        return True  # "so the new group replaces the old one?": a conclusion put up to confirm
    if asked and len(words) >= 4 and _is_number(words[0]) and words[2] in _IN and words[3] in _HOLDERS_OF_COUNTS:
        return True  # "7 themes in the strategy??", "14 medlemmer i styregruppen?": a count put up
    if words[0] in speakers.SAYING_WORDS and any(w in _THAT for w in words[1:5]):
        return True  # "sagde hun at mere end 80 kommuner er med?": what was said, put up
    if len(words) > 4 and words[-1] in _THAT | TAG_PRONOUNS and any(w in speakers.SAYING_WORDS for w in words[-4:-1]):
        return True  # "mere end 80 kommuner er med i aftalerne, sagde hun det?"
    if len(words) > 3 and words[0] in _CONCLUDING and any(w in CLAIM_OPENERS | STATE_VERBS for w in words[1:4]):
        return True  # "så Hjørring er ikke med i styregruppen": a conclusion, "?" or not
    if asked and 3 <= len(words) <= _AMOUNT_FRAGMENT and words[1] in _AMOUNT_OF and _is_number(words[2]):
        return True  # "besparelse paa 18 mia??": a thing and its figure put up
    if (
        asked
        and 2 <= len(words) <= _AMOUNT_FRAGMENT
        and words[0] in _DATED_THINGS
        and any(_YEAR.fullmatch(w) for w in words)
    ):
        return True  # "artikel fra 2018?", "periode 2017-2021?": a dated thing and its year put up
    return asked and any(w in CLAIM_OPENERS | STATE_VERBS | _RESULT_VERBS for w in words[1:])


_ECHO_TAGS = frozenset({("siger", "du"), ("sagde", "du"), ("you", "say"), ("you", "said"), ("says", "you")})
_MODALS = frozenset({"kan", "kunne", "vil", "ville", "gider", "can", "could", "would", "will"})
_YOU = frozenset({"du", "de", "i", "you"})
_CHECKING = frozenset({"bekraefte", "bekraeft", "confirm", "verify", "verificere", "check", "tjekke"})
_WHETHER = frozenset({"om", "whether", "if"})
_CLAUSE_VERBS = frozenset({"er", "var", "har", "blev", "kommer", "sidder", "is", "was", "are", "has", "comes", "sits"})


_SMALL_WORDS = STOPWORDS | word_set("fra ifra")
"""Small words, "fra" among them (no stopword: "fra Vejle" says where someone is from)."""


def claim_slot_lost(typed: Sequence[str], corrected: Sequence[str]) -> bool:
    """Whether the spelling corrector read a word right after a claim's verb as a small word
    ("strategien har fyra temaer" as "har fra temaer"): what the claim says there (a count, a
    kind) is lost, and what is left would be borne out without it. The two lists align."""
    return any(
        0 < i < len(corrected) - 1
        and word in _SMALL_WORDS
        and typed[i] != word
        and corrected[i - 1] in CLAIM_OPENERS
        and corrected[i + 1] not in STOPWORDS
        for i, word in enumerate(corrected)
    )


def _asks_a_service(words: Sequence[str]) -> bool:
    """ "kan du give mig citatet om de 80 kommuner?", "can you read out the quote": a request
    to the bot, which no "Ja"/"Yes" answers; "kan du bekræfte at …", "can you say whether
    Karm is …", "kan du sige om Karm er …" still put a claim up."""
    if len(words) <= 2 or words[0] not in _MODALS or words[1] not in _YOU:
        return False
    whether = any(w in _WHETHER and set(words[i + 1 :]) & _CLAUSE_VERBS for i, w in enumerate(words))
    return not (whether or set(words) & _CHECKING or set(words[-2:]) & CLAIM_TAGS)


_AMOUNT_OF = word_set("pa paa of on")
_AMOUNT_FRAGMENT = 5
_DATED_THINGS = word_set("""
    artikel artiklen article periode perioden period strategi strategien strategy aftaler aftalerne agreements
""")
"""What a fragment may put up with a year and no verb: the article's date, the strategy's period."""
_YEAR = lazy(r"(?:19|20)\d\d")
"""At most this many words in "besparelse på 18 mia?", a thing and its figure with no verb."""
_RESULT_VERBS = (
    frozenset({"saved", "sparet", "sparede", "generated", "genereret", "joined", "tilsluttet"})
    | frozenset({"join", "joins", "tilslutter", "tilslutte", "tilsluttede", "saves", "sparer"})
    | frozenset({"startede", "started", "begyndte", "began", "etableret", "established", "etablerede", "oprettet"})
    | frozenset({"adopted", "vedtaget", "approved", "godkendte", "godkendt"})
)
"""'18 mia saved??', 'aftalerne startede i 2015', 'SKI adopted the strategy?': a figure, a date or a
doer put up with what it did, to be checked."""
_LEADING_TAGS = word_set("vel ikk korrekt rigtigt sandt right correct true troede thought mente")
"""Tags that ask for confirmation early in the sentence too ("det står vel i artiklen at …",
"jeg troede strategien var fra 2016")."""
_THAT = frozenset({"at", "that"})
_IN = frozenset({"in", "i", "pa", "on"})
_HOLDERS_OF_COUNTS = frozenset(
    fold("the strategy strategien plan planen styregruppen gruppen group steering listen list").split()
)
"""What a bare count is put up of ("7 themes in the strategy?"); "80 kommuner?" alone says not of what."""


def _is_number(word: str) -> bool:
    return word.isdigit() or word in cardinal_words()


_CONCLUDING = word_set("so sa saa")
"""Openers that draw a conclusion from what was read ("so …?", "så …?"); "så" folds to "sa"."""
