"""Who shares a seat with a member ("who shares the seat with him?", "hvem deler plads med
hende?"): the other member the seat names, not the member asked about.

``SeatPartners`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.lexicon import TITLE_WORDS, word_set
from bot.core.moves import CANONICAL
from bot.core.phrases import say
from bot.core.turn_words import OBJECT_FORMS, WHO

if TYPE_CHECKING:
    from bot.core.knowledge import Lang

SHARE_WORDS = word_set("share shares shared sharing deler deles delte sammen together alongside")
SEAT_WORDS = word_set("seat seats plads pladsen sæde sædet with med alongside")
"""Besides a share word, what makes it the seat that is shared ("deler plads med", "shares … with")."""


_SAME = word_set("same samme")
_LINE = word_set("bullet bullets punkt punktet linje linjen line seat plads pladsen")
"""What on the list a seat is ("the same bullet", "samme linje")."""


class SeatPartners:
    """The seat-sharing questions of ``Dialogue``."""

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

        def _seat_partners(self, name: str) -> set[str]: ...

    def _seat_partner(self, turn: Turn, state: Conversation) -> Reading | None:
        words = set(turn.folded[turn.lead() :])
        # "Who else is listed in the same bullet?": the same line of the list is the same seat.
        same_line = bool(words & _SAME and words & _LINE)
        if not words & WHO or not (same_line or (words & SHARE_WORDS and words & SEAT_WORDS)):
            return None
        if words & TITLE_WORDS:
            return None  # "hvem deler titel med ham?" shares his title, not his seat
        named = [m.ids[0] for m in turn.mentions if m.kind == "person" and len(m.ids) == 1]
        others = [m for m in turn.mentions if m.kind not in ("person", "municipality", "organisation")]
        if len(named) > 1 or others:
            return None
        # Without a name, "with him" is the member talked about.
        person = named[0] if named else (state.person if words & OBJECT_FORMS or same_line else None)
        partners = self._seat_partners(person) if person else set()
        if len(partners) != 1:
            return None
        return self._ask(say(CANONICAL["person"], turn.lang, name=next(iter(partners))), turn.lang)
