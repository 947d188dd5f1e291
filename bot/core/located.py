"""Where in the article something stands: "Under hvilken mellemrubrik står listen over
medlemmerne?", "In which section of the article are the five themes listed?".

Such a question names a thing and asks for its place, not the thing: read as one, its words
about sections and headings met the entry on the article's structure or nothing. The thing is
what an answer rests on, so it is asked as a question of its own, and "where does it say so?"
is then asked of that answer, which names the part of the article it rests on.
"""

from __future__ import annotations

import re

from bot.core.knowledge import Bilingual, Lang
from bot.core.patterns import lazy

_DANISH = lazy(
    r"^\s*(?:hvor\s+i\s+artiklen|under\s+hvilken\s+(?:mellem)?(?:rubrik|overskrift)|i\s+hvilket\s+(?:afsnit|del)"
    r"|i\s+hvilken\s+del\s+af\s+artiklen)\s+(?:står|staar|nævnes|naevnes|kommer|finder\s+jeg|er|findes)\s+"
    r"(?:der\s+)?(?P<what>[^?]+?)\s*(?:\?.*)?$",
    re.IGNORECASE | re.DOTALL,
)
_ENGLISH = lazy(
    r"^\s*(?:where\s+in\s+the\s+article|(?:in|under)\s+which\s+(?:section|heading|subheading|part)"
    r"(?:\s+of\s+the\s+article)?)\s+(?:is|are|do\s+i\s+find|can\s+i\s+find)\s+"
    r"(?P<what>[^?]+?)(?:\s+(?:listed|mentioned|named|given|found|stated|set\s+out))?\s*(?:\?.*)?$",
    re.IGNORECASE | re.DOTALL,
)
WHERE_IT_SAYS = Bilingual(da="hvor står det?", en="where does it say that?")
"""Asked of the answer to the thing named: the part of the article that answer rests on."""


def located_asked(text: str) -> tuple[str, Lang] | None:
    """The thing a where-in-the-article question names, asked as a question of its own, and the
    question's language; None for other texts."""
    found = _DANISH.match(text)
    if found is not None:
        return found.group("what") + "?", "da"
    found = _ENGLISH.match(text)
    if found is not None:
        return found.group("what") + "?", "en"
    return None
