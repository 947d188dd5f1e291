"""Leading questions: "er Karm ikke fra Vejle?", "isn't Karm from Kolding?", "var det ikke
Aarhus hun kom fra?", "det er vel ikke rigtigt at …?".

A yes/no question that opens with its verb and puts "ikke"/"not" right after its subject does
not deny anything: it asks to have what the asker believes confirmed. Read as a denial, a false
belief got "Det er rigtigt: …" ("isn't Karm from Kolding?" - "That's right"), which every user
reads as a yes. So the question is asked without its negation, and a Danish yes to it is "Jo",
the word that answers a negative question in the affirmative.

A negation inside a clause ("er der nogen, der ikke er direktør?"), after a quantifier ("is
anyone not a director?") or narrowed ("ikke længere", "not only") does deny, and stays. So does
a statement ("Karm er ikke fra Vejle, vel?"), which does not open with its verb.
"""

from __future__ import annotations

import re

from bot.core.lexicon import CLAIM_OPENERS, NEGATION_SCOPES, PAST_OPENERS, tag_start, word_set
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy
from bot.core.phrases import YES
from bot.core.rewriting import swapped

_CONTRACTED = {
    fold(contracted): fold(opener)
    for contracted, opener in {
        "isnt": "is",
        "arent": "are",
        "wasnt": "was",
        "werent": "were",
        "doesnt": "does",
        "dont": "do",
        "didnt": "did",
        "hasnt": "has",
        "havent": "have",
    }.items()
}
"""An English opener with its negation built in, and the opener without it."""
_NEGATIONS = word_set("ikke ik ikk not")
"""Chat writes "ikke" short ("er det ik rigtigt at …"); at the end they are tags, before it negations."""
_SUBJECT_REACH = 4
"""Words a subject takes at most between the opening verb and its "ikke" ("er Anette Juhl
Winther ikke …", "is the chair of the group not …"); further on, the negation is the claim's."""
_CLAUSE_WORDS = word_set("der som at hvis who which that whose")
"""Words that open a clause inside the subject: a negation after them is that clause's own.
The "der" of "er der ikke 12 kommuner?" is the subject itself, just after the verb."""
_QUANTIFIERS = word_set("""
    nogen nogle noget ingen alle hver enhver anyone anybody someone somebody any some all every everyone each none
""")
"""Subjects a negation filters ("is anyone not a director?") rather than turns into a question."""
_LEAD_WORDS = word_set("men så og nå jamen but so and well ok okay hmm hmmm wait vent hov oh ah sorry undskyld")
"""Words a question may open with before its verb ("men er Karm ikke fra Vejle?")."""
_DENIED_FRAME = lazy(
    r"^(?P<kept>(?:(?:men|så|og|but|so)\s+)?(?:det\s+er\s+(?:(?:vel|da|nu)\s+)?|it(?:['’]s|\s+is)\s+))"
    r"(?:ikke|not)\s+(?=(?:rigtigt|sandt|korrekt|true|correct)\s+(?:at|that)\b)"
    r"|^(?P<agrees>(?:(?:men|så|og)\s+)?det\s+(?:passer|stemmer)\s+)(?:(?:vel|da|nu)\s+)?ikke\s+(?=at\b)"
    r"|^(?P<cleft>(?:(?:men|så|og)\s+)?det\s+er\s+)(?:vel|da|nu)\s+ikke\s+(?=(?:\S+\s+){1,5}?(?:der|som)\s)"
    r"|^(?P<english>it\s+)isn['’]?t\s+(?=(?:true|correct)\s+that\b)"
    r"|^(?P<wonder>(?:(?:men|så|og)\s+)?(?:mon|st(?:å|aa)r\s+der)\s+)ikke\s+"
    r"|^(?:(?:men|så|og|but|so)\s+)?(?:tror|synes|mener)\s+du\s+ikke\s+(?:(?:at|,)\s*)?"
    r"|^(?:(?:but|so)\s+)?(?:don['’]?t\s+you\s+think|wouldn['’]?t\s+you\s+say"
    r"|am\s+i\s+not\s+(?:right|correct)(?:\s+in\s+thinking)?|aren['’]?t\s+i\s+(?:right|correct))\s+(?:(?:that|,)\s*)?"
    r"|^(?:(?:men|så|og)\s+)?har\s+jeg\s+ikke\s+ret\s+i\s*,?\s+(?:at\s+)?",
    re.IGNORECASE,
)
"""A claim framed as denied ("Det er vel ikke rigtigt at …?", "det passer vel ikke at …?", "det er vel
ikke 12 kommuner der er med?", "it's not true that …, is it?") or
presumed ("Mon ikke Karm er …?", "står der ikke at …?"): the frame leans on the claim it puts up, as
a leading question does."""
_SET_AGAINST = lazy(r"[,;–—]\s*(?:not|ikke)\b", re.IGNORECASE)
"""A negation after a comma sets a second value against the first ("Is Signe from SKI, not a
kommune?"): it denies that one, it does not lean on the whole claim."""
_PAST_OPENERS = word_set("kom sad stod sagde siger skrev skriver nævnte nævner") | PAST_OPENERS
"""Verbs that open a leading question as well as "var" does ("kom han ikke fra Odense?",
"sad hun ikke for Aarhus?", "sagde de ikke 18 mia?", "startede aftalerne ikke i 2010?"): read
as a denial, a wrong town got "Det er rigtigt", a wrong figure "Det er rigtigt", a right one
"Forkert"."""
CONTRADICTING_YES = "Jo. "
"""Danish answers a negative question in the affirmative with "jo", never "ja"."""


_LABEL = lazy(r"^(?P<label>\s*(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+){0,4}[^\W\d_]+(?:-[^\W\d_]+)*\s*(?::|,|\s[-–—])\s*)(?=\S)")
"""A few words set before a question as its label ("For the record:", "NB:", "Quick question -",
"Just to confirm,"), or the person it asks about ("og Lau Svendsen-Tune, var han ikke …?"): the
question after it may still lean on its negation."""


def leading_question(text: str) -> str | None:
    """``text`` asked without the negation that makes it a leading question, or None when it is
    none ("er Karm ikke fra Kolding?" -> "er Karm fra Kolding?"), also behind a short label
    ("For the record: isn't Karm from Kolding?"); read as a denial there, a false belief was
    "That's right"."""
    unlabelled = _leading_question(text)
    if unlabelled is not None:
        return unlabelled
    labelled = _LABEL.match(text)
    if labelled is None:
        return None
    rest = _leading_question(text[labelled.end() :])
    return None if rest is None else labelled.group("label") + rest


def _leading_question(text: str) -> str | None:
    framed = _DENIED_FRAME.match(text.strip())
    if framed is not None:
        english = f"{framed.group('english')}is " if framed.group("english") else ""
        kept = (
            framed.group("kept") or framed.group("agrees") or framed.group("wonder") or framed.group("cleft") or english
        )
        return kept + text.strip()[framed.end() :]
    pairs = word_pairs(text)
    words = [folded for _, folded in pairs]
    opener = next((i for i, w in enumerate(words) if w not in _LEAD_WORDS), len(words))
    end = tag_start(words)
    if opener >= end - 1:
        return None
    first = words[opener]
    if first in _CONTRACTED:
        if words[opener + 1] in _QUANTIFIERS:
            return None
        raw = pairs[opener][0]
        positive = _CONTRACTED[first]
        return swapped(text, pairs, {(opener, opener + 1): positive.capitalize() if raw[:1].isupper() else positive})
    if first not in CLAIM_OPENERS and first not in _PAST_OPENERS:
        return None
    for at in range(opener + 2, min(opener + 2 + _SUBJECT_REACH, end - 1)):
        word = words[at]
        if word in _QUANTIFIERS or word in _CLAUSE_WORDS:
            return None
        if word in _NEGATIONS:
            if words[at + 1] in NEGATION_SCOPES or words[opener + 1] in _QUANTIFIERS or _SET_AGAINST.search(text):
                return None
            return swapped(text, pairs, {(at, at + 1): ""})
    return None


def contradicting(answer_text: str) -> str:
    """A Danish yes to a leading question said as "Jo" ("Er Karm ikke fra Vejle?" - "Jo. …")."""
    return CONTRADICTING_YES + answer_text[len(YES.da) :] if answer_text.startswith(YES.da) else answer_text


_HEDGE = (
    r"(?:hvis\s+jeg\s+ikke\s+(?:helt\s+)?tager\s+(?:helt\s+)?fejl|medmindre\s+jeg\s+tager\s+fejl"
    r"|(?:hvis|s(?:å|aa)fremt)\s+jeg\s+husker\s+(?:ret|rigtigt)|s(?:å|aa)\s+vidt\s+jeg\s+(?:ved|husker|har\s+(?:forstået|forstaaet|læst|hørt)|forstår)"
    r"|hvis\s+jeg\s+har\s+forst(?:å|aa)et\s+det\s+(?:ret|rigtigt)|as\s+far\s+as\s+i\s+(?:understand|can\s+tell)"
    r"|if\s+i\s+understand(?:\s+it)?\s+(?:correctly|rightly|right)"
    r"|if\s+i\s+(?:read|remember)\s+(?:it|that|this)\s+(?:correctly|rightly|right)"
    r"|hvis\s+jeg\s+(?:har\s+læst|læste|har\s+laest|laeste)\s+(?:det\s+)?(?:ret|rigtigt)"
    r"|jeg\s+er\s+(?:ret|helt|temmelig|ganske|rimelig)\s+sikker\s+p(?:å|aa)\s+at"
    r"|i(?:['’]m|\s+am)\s+(?:quite|pretty|fairly)\s+sure(?:\s+that)?"
    r"|if\s+i(?:['’]m|\s+am)\s+not\s+(?:mistaken|wrong)|unless\s+i(?:['’]m|\s+am)\s+(?:mistaken|wrong)"
    r"|if\s+i\s+remember\s+(?:correctly|rightly|right)|if\s+memory\s+serves|as\s+far\s+as\s+i\s+(?:know|remember)"
    r"|jeg\s+er\s+ikke\s+(?:helt\s+|100\s*%\s+)?sikker(?:\s+på\s+det)?|jeg\s+ved\s+det\s+ikke"
    r"|(?:i(?:['’]m|\s+am)\s+)?not\s+(?:quite\s+|entirely\s+|100\s*%\s+)?sure|i\s+don['’]?t\s+know"
    r"|(?:jeg\s+er\s+)?ikke\s+(?:helt\s+)?sikker"
    r"|correct\s+me\s+if\s+i(?:['’]m|\s+am)\s+wrong|ret\s+mig\s+hvis\s+jeg\s+tager\s+fejl"
    r"|(?:tror|mener)\s+jeg|i\s+(?:think|believe|guess|assume|suppose|presume|reckon)|i\s+take\s+it"
    r"|g(?:å|aa)r\s+jeg\s+ud\s+fra|formoder\s+jeg"
    # "…, men det kan jeg jo have husket forkert, man bliver ikke yngre": doubt in one's memory.
    r"|(?:men\s+|but\s+)?(?:det\s+)?kan\s+jeg\s+(?:jo\s+|godt\s+|også\s+|ogsaa\s+)*(?:have|ha)\s+husket\s+(?:forkert|galt)"
    r"(?:\s*,\s*man\s+bliver\s+ikke\s+yngre)?"
    r"|(?:but\s+)?i\s+(?:may|might|could)\s+(?:have\s+|be\s+)?(?:misremember(?:ed|ing)?|remember(?:ed)?\s+(?:it\s+)?wrong(?:ly)?)"
    r"|man\s+bliver\s+ikke\s+yngre|i(?:['’]m|\s+am)\s+not\s+getting\s+any\s+younger"
    # "Hvilken kommune kommer Svendsen-Tune fra, jeg ikke kan huske": the reason for asking.
    r"|(?:for\s+|fordi\s+|da\s+)?jeg\s+(?:kan\s+ikke|ikke\s+kan)\s+huske(?:\s+det)?|jeg\s+husker\s+(?:det\s+)?ikke"
    r"|jeg\s+har\s+glemt(?:\s+det)?|(?:because\s+|as\s+)?i\s+(?:can['’]?t|cannot|don['’]?t)\s+remember(?:\s+it)?"
    r"|i\s+forg[eo]t(?:\s+it)?"
    # "Frankly this bot is rubbish", "ærligt talt, hvem er formand?": how candidly it is said.
    r"|frankly|honestly|to\s+be\s+honest|tbh|(?:helt\s+)?(?:ærligt|aerligt)(?:\s+talt)?"
    # "Jeg mente nu bestemt, at …", "I was sure that …": what the asker believed, put up to check.
    r"|jeg\s+(?:mente|troede|syntes)(?:\s+(?:nu|ellers|faktisk|egentlig|bestemt|altså))*\s*,?\s+at"
    r"|i\s+(?:thought|was\s+sure|was\s+certain)(?:\s+that)?(?=\s+\w)"
    # "der stod 2,8 milliarder, var det ikke det?", "the article says 2.8 billion, right?": a
    # figure the asker recalls reading, checked as the figure claimed.
    r"|(?:i\s+artiklen\s+)?der\s+st(?:år|aar|ar|od)(?:\s+(?:der|i\s+artiklen))?(?:\s+at)?(?=\s+(?:godt\s+|over\s+|omkring\s+)?\d)"
    r"|(?:the\s+)?article\s+(?:says|said|states|stated)(?:\s+that)?(?=\s+(?:about\s+|around\s+|over\s+)?(?:dkk\s+)?\d)"
    r"|artiklen\s+(?:siger|sagde|skriver|skrev)(?:\s+at)?(?=\s+(?:godt\s+|over\s+|omkring\s+)?\d))"
)
_HEDGED = lazy(
    rf"^\s*{_HEDGE}\s*[,:;.–—-]?\s*(?:(?:but|men)\s+)?(?=\S)|\s*[,;–—-]?\s*{_HEDGE}\s*(?=[?.!]*\s*$)",
    re.IGNORECASE,
)
"""A hedge around a claim ("hvis jeg ikke tager fejl, …", "…, if I'm not mistaken?"): the asker's
doubt, not part of the claim. Its "ikke"/"not" read as the claim's made a false claim a denial
that was "right" ("hvis jeg ikke tager fejl er Karm fra Kolding?" - "Det er rigtigt")."""
_HEDGE_MARKS = "'’%10"
"""The characters besides letters and spaces that ``_HEDGE`` holds, but for one comma (see
``_COMMA_INSIDE_HEDGE``)."""
_HEDGE_OPENERS = ",;–—-"
"""The marks ``_HEDGED`` allows before a hedge at the end."""
_COMMA_INSIDE_HEDGE = lazy(r"yngre", re.IGNORECASE)
"""Where a hedge may hold a comma: "…, man bliver ikke yngre"."""


def without_hedge(text: str) -> str:
    """``text`` without a hedge at its start or end; ``text`` itself when it has none."""
    # Position 0 is tried first, as one search would; a hedge at the end is looked for only
    # where it could start (``_closing_hedge_from``), not at every position of a long message.
    found = _HEDGED.match(text) or _HEDGED.search(text, max(1, _closing_hedge_from(text)))
    if found is None:
        return text.strip() or text
    return (text[: found.start()] + text[found.end() :]).strip() or text


def _closing_hedge_from(text: str) -> int:
    """The first place a hedge closing ``text`` may start. Only "?", "." or "!" and spaces follow
    a closing hedge, and it holds letters, spaces and ``_HEDGE_MARKS`` alone, after one of
    ``_HEDGE_OPENERS`` and spaces at most: it starts after the last other character before
    the closing marks. A comma inside one ("…husket forkert, man bliver ikke yngre") is rare
    enough to search the whole message for."""
    if _COMMA_INSIDE_HEDGE.search(text):
        return 0
    at = len(text.rstrip().rstrip("?.!")) - 1
    while at >= 0 and (text[at].isalpha() or text[at].isspace() or text[at] in _HEDGE_MARKS):
        at -= 1
    if at < 0 or text[at] not in _HEDGE_OPENERS:
        return at + 1
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at
