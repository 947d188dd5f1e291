"""Something the asker has heard of, and what it is about: "jeg har hørt noget om 80 kommuner,
hvad handler det om?", "I read something about the binding agreements - what's that about?".

The asker names a thing they met somewhere and asks what the article says of it; the words
around it ("heard", "what is it about") name no fact, and read with the thing they drowned it
(nothing was answered). Read as "hvad er de forpligtende aftaler?" or, when that finds nothing,
"hvad siger artiklen om 80 kommuner?", the question goes to the entries and the article's
paragraphs the way such questions always do.
"""

from __future__ import annotations

import re

from bot.core.patterns import lazy

_DANISH = lazy(
    r"^(?:\w+[,!.]?\s+)?(?:jeg\s+)?(?:har\s+)?(?:også\s+)?(?:hørt|hoert|hort|læst|laest|set|fået\s+at\s+vide)\s+"
    r"(?:lidt\s+|noget\s+|et\s+eller\s+andet\s+)*(?:om|omkring)\s+(?P<topic>(?:[^,.;:?!–—]|(?<=\d)[,.](?=\d))+?)\s*[,.;:–—-]?\s+"
    r"(?:og\s+|så\s+|men\s+)?(?:hvad\s+(?:handler|går|gaar|drejer)\s+(?:det|den|de)\s+(?:om|ud\s+på|ud\s+paa|sig\s+om)"
    r"|hvad\s+er\s+det(?:\s+for\s+noget)?|hvad\s+betyder\s+det|hvad\s+går\s+det\s+ud\s+på)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ENGLISH = lazy(
    r"^(?:\w+[,!.]?\s+)?(?:I(?:'ve|\s+have)?\s+)?(?:also\s+)?(?:heard|read|seen)\s+"
    r"(?:something|a\s+bit|a\s+little|a\s+lot)?\s*(?:about|of|regarding)\s+(?P<topic>(?:[^,.;:?!–—]|(?<=\d)[,.](?=\d))+?)\s*[,.;:–—-]?\s+"
    r"(?:and\s+|so\s+|but\s+)?(?:what(?:'s|\s+is)\s+(?:that|it|this)(?:\s+all)?(?:\s+about)?"
    r"|what\s+does\s+(?:that|it)\s+mean|what\s+is\s+meant)\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def readings_of_heard(text: str) -> tuple[str, str] | None:
    """What the asker has heard of asked plainly, best first: what it is, then what the article
    says of it ("hvad er de forpligtende aftaler?", "hvad siger artiklen om 80 kommuner?"); None
    when ``text`` is no such question."""
    found = _DANISH.match(text.strip())
    if found is not None:
        topic = found.group("topic")
        return f"hvad er {topic}?", f"hvad siger artiklen om {topic}?"
    found = _ENGLISH.match(text.strip())
    if found is not None:
        topic = found.group("topic")
        return f"what is {topic}?", f"what does the article say about {topic}?"
    return None
