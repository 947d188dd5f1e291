"""Messages that only greet or thank: "thanks, that was useful!", "god morgen allesammen 👋",
"Hello from Oslo!", "Goddag, jeg arbejder med HR i en kommune".

Such a message says who is writing or how an answer landed; it asks nothing. Read word by
word it looks like a question about something else ("Oslo" is a place the article never
mentions, "morgen" is one letter from a member's first name), so it is recognised first,
by its courtesy words and by having no question in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.lexicon import CLAIM_OPENERS, CLAIM_TAGS, QUESTION_WORDS, word_set
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy

GREETING, THANKS, PRAISE, NOTED = "greeting", "thanks", "praise", "noted"

_DANISH = {
    GREETING: "hej hejsa hejhej halloj hallo goddag godmorgen godaften godnat dav davs morn",
    THANKS: "tak takk tusind takker",
    PRAISE: "super perfekt fedt flot nyttigt nyttig brugbart brugbar",
    NOTED: "forstaet modtaget okidoki interessant",
}
_ENGLISH = {
    GREETING: "hello hi hey hiya howdy",
    THANKS: "thanks thank thx ty tnx tks cheers obliged",
    PRAISE: "nice great perfect awesome excellent brilliant useful helpful cool sweet",
    NOTED: "understood noted alright interesting",
}
_SHARED = {NOTED: "ok okay okey k haha hahaha hehe lol lmao wow"}
"""Said in both languages: "ok", "haha ok", "lol ok", chat's "k" only show the last answer was read."""
_COURTESY = {
    word: kind for table in (_DANISH, _ENGLISH, _SHARED) for kind, words in table.items() for word in words.split()
}
_PAIRS = {
    ("god", "morgen"): GREETING,
    ("god", "eftermiddag"): GREETING,
    ("god", "aften"): GREETING,
    ("good", "morning"): GREETING,
    ("good", "afternoon"): GREETING,
    ("good", "evening"): GREETING,
    ("good", "day"): GREETING,
    ("much", "obliged"): THANKS,
    ("got", "it"): NOTED,
    ("pa", "forhand"): THANKS,
    ("in", "advance"): THANKS,
}
"""Greetings of two words, whose parts alone mean something else ("god" is Danish for good)."""
DANISH_WORDS = frozenset(" ".join(_DANISH.values()).split()) | {"god", "morgen", "eftermiddag", "aften"}
ENGLISH_WORDS = frozenset(" ".join(_ENGLISH.values()).split()) | {"good", "morning", "afternoon", "evening"}
"""Courtesy says which language the writer uses when nothing else in the message does."""
GREETINGS_AND_THANKS = frozenset(
    word for word, kind in _COURTESY.items() if kind in (GREETING, THANKS, NOTED)
) | frozenset(word for pair, kind in _PAIRS.items() if kind != NOTED for word in pair)
"""Courtesy that says nothing of anyone named beside it, as praise ("nice") may."""
_EMOJI = {"👋": GREETING, "🙋": GREETING, "🙏": THANKS}
GREETING_EMOJI = frozenset(emoji for emoji, kind in _EMOJI.items() if kind == GREETING)
"""A wave greets and folded hands thank; other emoji alone ("👍") are not read as courtesy:
a message of emoji only is answered as one without words."""
_QUOTED = lazy(r"(?<!\w)'[^']*'(?!\w)|\"[^\"]*\"|«[^»]*»|“[^”]*”|‘[^’]*’")
"""Words in quotes are mentioned, not said: "translate 'good morning' into German" greets nobody."""
_MARKUP = lazy(r"</?\w+[^>]*>")
"""Tags are pasted code or markup, not someone greeting ("<b>hi</b><script>…")."""
_RELATIVE_LEADS = frozenset(fold("lige netop præcis præcist just exactly precisely var was er is det thats").split())
"""Before a question word, these make it relative: "det var lige hvad jeg skulle bruge"."""
_EDGE = 2
"""Courtesy opens or closes a message ("tak, …", "… nice one tak"); a greeting word deeper
inside is part of what is said."""
CANONICAL = {
    GREETING: {"da": "hej", "en": "hello"},
    THANKS: {"da": "tak", "en": "thanks"},
    PRAISE: {"da": "super", "en": "great"},
    NOTED: {"da": "forstaet", "en": "understood"},
}
"""How each kind is put to the small-talk entries: one plain word of the kind."""


_BEFORE_COURTESY = frozenset(
    fold("mange tusind tusen 1000 many ok okay oh ah nå well so og and hej hi hey jeg vi").split()
)
"""What may come before a courtesy word as the second word ("mange tak", "ok thanks"); a
verb there makes it an object ("translate thank you into German")."""


def _opens(i: int, pairs: list[tuple[str, str]]) -> bool:
    """Whether the courtesy word at ``i`` stands where courtesy is said, not mentioned."""
    if i != 1 or i >= len(pairs) - _EDGE:
        return True
    first = pairs[0][1]
    return first in _BEFORE_COURTESY or first in _COURTESY


@dataclass(frozen=True)
class Courtesy:
    kind: str
    """greeting, thanks or praise; thanks wins over the others ("hej og tak")."""
    rest: str
    """The message without its courtesy words, as typed: what else it says ("from Oslo")."""


_MIN_REQUEST_WORDS = 2
_MIN_ASKED_WORDS = 3
"""A yes/no question's opening verb and at least a subject and a predicate ("did anyone
bring …"): "ok, er det" is too short to ask anything."""
_REMARK_WORDS = word_set("det var er har jeg du vi mig dig hjalp hjælp hjælpen godt super fint perfekt dejligt")
"""Words of a remark ("det var en stor hjælp tak"), which a bare request ("opskrift … tak") lacks."""
_REQUEST_VERBS = word_set("fortæl fortael tell giv give vis show skriv write find forklar explain syng sing lav make")
"""A request's opening verb ("tell me a joke"): after a laugh or an "ok" it asks, it notes nothing."""
_ENDS_CLAUSE = lazy(r"[,.;:!–—-]\s*\S+$")
"""A mark before the last word: "…, tak" thanks; "… æbleskiver tak" is a request's "please"."""


def courtesy(text: str) -> Courtesy | None:
    """The message's courtesy, when it has one and asks no question; None otherwise."""
    text = _QUOTED.sub(" … ", text)
    if "?" in text or _MARKUP.search(text) or _asks(text):
        return None
    kinds = [kind for emoji, kind in _EMOJI.items() if emoji in text]
    pairs = word_pairs(text)
    edge = {*range(_EDGE), *range(len(pairs) - _EDGE, len(pairs))}
    kept: list[str] = []
    skip = False
    skip_more = 0
    greeted_at = -1
    for i, (raw, word) in enumerate(pairs):
        if skip_more:
            skip_more -= 1
            continue
        if skip:
            skip = False
            continue
        following = pairs[i + 1][1] if i + 1 < len(pairs) else ""
        if (word, following) in _PAIRS and i in edge:
            kinds.append(_PAIRS[word, following])
            skip = True
            greeted_at = i + 1
        elif word in _COURTESY and i in edge and _opens(i, pairs):
            kinds.append(_COURTESY[word])
            greeted_at = i
        elif word in _ADDRESSEES and 0 <= greeted_at == i - 1 and kinds[-1] in (GREETING, THANKS):
            greeted_at = i  # "hello everybody", "tak alle sammen": whom it is said to, not members asked about
        elif 0 <= greeted_at == i - 1 and kinds[-1] == THANKS and tuple(w for _, w in pairs[i : i + 3]) in _IN_FULL:
            greeted_at = i + 2  # "tak skal du have": the thanks said in full, no question of having
            skip_more = 2
        else:
            kept.append(raw)
    if not kinds:
        return None
    rest = [fold(w) for w in kept]
    # "haha nice, btw can you recommend …": what follows the aside is what is asked.
    while rest and rest[0] in _ASIDE_OPENERS:
        rest = rest[1:]
    if rest and rest[-1] in CLAIM_TAGS:
        return None  # "tak, så Vejle er med, ikk" puts a claim up for confirmation
    if len(rest) >= _MIN_ASKED_WORDS and rest[0] in CLAIM_OPENERS:
        return None  # "lol did anyone bring cake" asks, without a question mark
    if len(rest) >= _MIN_REQUEST_WORDS and rest[0] in _REQUEST_VERBS:
        return None  # "hahaha fortæl en vittighed" asks for something, the laugh is no nod
    closing_tak = bool(pairs) and fold(pairs[-1][1]) == "tak" and not _ENDS_CLAUSE.search(text.rstrip(" !."))
    if closing_tak and len(rest) >= _MIN_REQUEST_WORDS and not set(rest) & _REMARK_WORDS:
        return None  # "opskrift på æbleskiver tak": a closing "tak" after a bare request is "please"
    kind = THANKS if THANKS in kinds else next((k for k in kinds if k != NOTED), kinds[0])
    return Courtesy(kind, " ".join(kept))


_ADDRESSEES = word_set(
    "everyone everybody all folks guys people team alle allesammen sammen folkens mate buddy pal makker"
    " min my ven friend venner friends kammerat"
)
"""Whom a greeting or thanks is said to, right after it ("good morning everyone", "tak alle sammen",
"tak skal du have, min ven")."""
_IN_FULL = {("skal", you, have) for you in ("du", "i") for have in ("have", "ha")}
"""The rest of "tak skal du have", "tak skal I have": the thanks said in full."""
_JOINING = word_set("and og")
_ASIDE_OPENERS = word_set("btw forresten anyway anyways iøvrigt")
"""Words that open an aside after a nod ("nice, btw …"): the words after them may ask something."""
_CHAT_QUESTION_WORDS = word_set("wat wut wot whats wats hows whos wheres whens hva")
"""How chat spells "what" (and "what is"): "wat does that mean lol", "whats the capital of ireland lol"
ask, the "lol" does not make them a nod."""


def _asks(text: str) -> bool:
    words = fold(text).split()
    return any(
        w in QUESTION_WORDS | _CHAT_QUESTION_WORDS and (i == 0 or words[i - 1] not in _RELATIVE_LEADS)
        for i, w in enumerate(words)
    )


_NOD_WORDS = sorted(
    (w for w, kind in _COURTESY.items() if kind in (THANKS, PRAISE, NOTED) and w != "tusind"), key=len, reverse=True
)
_LEADING_NOD = lazy(
    r"^[\W_]*(?:(?:" + "|".join(_NOD_WORDS) + r")(?:\s+(?:for|til)\s+(?:det|that|it|this|svaret|the\s+answer))?"
    r"(?![\w'’])[\W_]*)+",
    re.IGNORECASE,
)
"""A nod before the question it leads into ("nice 😎 who said that", "cool, and her title?")."""


def after_nod(text: str) -> str | None:
    """The question a message asks after the nod that opens it, as typed; None unless it opens
    with a nod and then a question word. After an answer, "nice 😎 who said that" asks who said
    that: read with its nod, the praise word hides the question from the follow-up rules.
    Whatever else follows a nod ("tak, det var alt", "tak, og formanden?") is read whole, as
    the courtesy and follow-up rules already read it."""
    found = _LEADING_NOD.match(text)
    if found is None or not found.group(0).strip():
        return None
    rest = text[found.end() :].strip()
    # "cool, and who said that?": the "and" joins the question on to the nod.
    first = [w for w in fold(rest).split()[:2] if w not in _JOINING][:1]
    return rest if first and first[0] in QUESTION_WORDS | _CHAT_QUESTION_WORDS else None
