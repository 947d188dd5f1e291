"""The asker's own plans, said in passing: "I would like to contact her about a tender."

A sentence saying what the asker means to do with a member (write to them, call them, meet
them) claims nothing about the member: read as a claim, "contact Winther about a tender" met
her tendering title and got a "Yes". What such a sentence asks for is a way to reach the member,
so it is read as that question ("How can I contact her?"), which the article cannot answer and
says so, with what it does say of the member.
"""

from __future__ import annotations

import re

from bot.core.patterns import lazy

_ENGLISH_WISH = lazy(
    r"(?<![\w'])(?:I|we)(?:'d|'m|'ll| would| am| will| shall| also)?\s+"
    r"(?:like|want|wish|need|plan|hope|intend|going|have|mean|try|trying|would like)\s+to\s+"
    r"(?:(?:get|be) in touch with|contact|e-?mail|mail|write to|write|call|phone|ring|reach(?: out to)?|meet(?: with)?"
    r"|invite|talk to|talk with|speak to|speak with|interview|visit)\s+"
    r"(?P<who>[^.!?,;:\-–—]+?)"
    r"(?:\s+(?:about|regarding|re|concerning|on|for|in connection with|next week|tomorrow|soon)\b[^.!?,;:]*)?"
    r"\s*(?:[.!]+|$)",
    re.IGNORECASE,
)
_DANISH_WISH = lazy(
    r"(?<!\w)(?:jeg|vi)\s+(?:(?:vil|skal|ville|må|gerne|lige|også|bare|godt|nok|snart|have)\s+){1,3}"
    r"(?:kontakte|skrive til|skrive med|ringe til|ringe|maile til|maile|mødes med|møde|invitere"
    r"|tale med|snakke med|række ud til|fange|interviewe|besøge|høre fra)\s+"
    r"(?P<who>[^.!?,;:\-–—]+?)"
    r"(?:\s+(?:om|angående|vedrørende|vedr|ang|omkring|i forbindelse med|i næste uge|i morgen|snart)\b[^.!?,;:]*)?"
    r"\s*(?:[.!]+|$)",
    re.IGNORECASE,
)


def as_contact_question(text: str) -> str:
    """``text`` with each sentence of the asker's plan to reach someone asked as how to reach
    them ("Jeg vil gerne kontakte Karm om udbud." is "Hvordan kontakter jeg Karm?"); other
    texts come back unchanged."""
    text = _ENGLISH_WISH.sub(lambda found: f"How can I contact {found.group('who').strip()}?", text)
    return _DANISH_WISH.sub(lambda found: f"Hvordan kontakter jeg {found.group('who').strip()}?", text)
