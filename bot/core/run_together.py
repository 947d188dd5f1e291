"""Two words typed without the space between them: "hvormange kommuner", "hvem sidder
igruppen", "hvem er peterkarm".

A phone's keyboard drops spaces, and a word the engine does not know gets a spelling
correction that guesses ("dengamle" is no word near any other). A word is put apart only when
it is unknown whole and its two parts are known: a small word that opens or closes a phrase
("i", "den", "hvor", "er") beside a word the engine reads, or a member's first name and
surname. Danish writes its compounds as one word ("styregruppen"), so two everyday words
joined are left alone: "kommunal" and "direktør" are one title.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.lexicon import word_set
from bot.core.normalize import fold
from bot.core.patterns import lazy

GLUE_BEFORE = word_set("hvor hvem hvad hvilke hvilken hvilket den det og er i who how what")
"""Small words a question opens a phrase with that a dropped space runs into the next word
("igruppen", "hvormange"). Danish prefixes ("for-", "af-", "til-", "om-", "der-") and English
ones ("in-") are left out: "forstå", "afsat", "derfor", "inden" are words of their own."""
WORDS_OF_THEIR_OWN = word_set("igennem ideal ideel idet iphone ipad")
"""Words that open with a small word and are no two words joined."""
MIN_REST = 4
"""Letters the part after a small word needs: "ingen" is no "i" and "ngen", "Themen" no "the" and "men"."""
MIN_JOINED = 5
"""Shorter unknown words are typos of one word, not two words joined."""

_WORD = lazy(r"[^\W\d_]+")


class RunTogether:
    """Puts apart the run-together words of a message; the known words are read once."""

    def __init__(self, known: Iterable[str], people: Iterable[str], cache_size: int) -> None:
        """``known``: every folded word the engine reads; ``people``: the members' names;
        ``cache_size``: words remembered as put apart or not."""
        self._known = frozenset(known)
        self._cache_size = cache_size
        self._names: dict[str, str] = {}
        """A member's folded first name and surname written as one, with the first name."""
        for name in people:
            parts = fold(name).split()
            if len(parts) > 1:
                self._names[parts[0] + parts[-1]] = parts[0]
                self._names["".join(parts)] = parts[0]
        self._seen: dict[str, str] = {}

    def apart(self, text: str) -> str:
        """``text`` with each run-together word written as its two words."""
        return _WORD.sub(lambda found: self._word(found.group(0)), text)

    def _word(self, typed: str) -> str:
        seen = self._seen.get(typed)
        if seen is None:
            seen = self._split(typed)
            if len(self._seen) < self._cache_size:
                self._seen[typed] = seen
        return seen

    def _split(self, typed: str) -> str:
        folded = fold(typed)
        if len(folded) < MIN_JOINED or folded in self._known or folded in WORDS_OF_THEIR_OWN:
            return typed
        first_name = self._names.get(folded)
        # Each part folded on its own: a folded "æ" is two letters, so cuts of the folded word
        # would not fall between the letters typed.
        for at in range(1, len(typed)):
            before, after = fold(typed[:at]), fold(typed[at:])
            if before == first_name:
                return f"{typed[:at]} {typed[at:]}"
            if before in GLUE_BEFORE and len(after) >= MIN_REST and after in self._known:
                return f"{typed[:at]} {typed[at:]}"
        return typed
