"""Claims about a member's own name: "Holte hedder Lars til fornavn, ikk?", "Holte's first name is
Peter, right?", "is Grønvall's surname Madsen?". The name claimed is checked against the name
the member list gives, and a wrong one gets "No", never the member's profile with a "Yes"."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.filters import verdict
from bot.core.knowledge import Bilingual, Lang
from bot.core.lexicon import QUESTION_WORDS, word_set
from bot.core.normalize import fold
from bot.core.phrases import say

FIRST_NAME = Bilingual(da="{name} hedder {part} til fornavn.", en="{name}'s first name is {part}.")
SURNAME = Bilingual(da="{name} hedder {part} til efternavn.", en="{name}'s surname is {part}.")
_FIRST = word_set("fornavn fornavnet forename")
_LAST = word_set("efternavn efternavnet surname")
_NAME_OF_KIND = {("first", "name"): _FIRST, ("given", "name"): _FIRST, ("last", "name"): _LAST}
_CALLED = word_set("hedder hed called named")
_SAYS_NAME = _CALLED | _FIRST | _LAST | word_set("name navn is er")
"""Between the member and the name claimed: what says it is their name ("first name is")."""
_JOINED = word_set("og and")


def _kind(words: Sequence[str]) -> frozenset[str]:
    """Which of a member's names the words speak of: ``_FIRST``, ``_LAST`` or neither (empty)."""
    for pair, kind in _NAME_OF_KIND.items():
        if any(tuple(words[i : i + 2]) == pair for i in range(len(words) - 1)):
            return kind
    said = set(words)
    return _LAST if said & _LAST else _FIRST if said & _FIRST else frozenset()


def name_claim(render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """None unless the question names one member and then claims a name of theirs, with a
    naming word ("hedder", "first name")."""
    if not words or words[0] in QUESTION_WORDS:
        return None  # "hvem hedder Jensen eller Pedersen?" asks who, it claims no name
    people = [m for m in mentions if m.kind in ("person", "unknown_person")]
    if len(people) != 2 or len(mentions) != 2 or len(people[0].ids) != 1:
        return None
    subject, claimed = people
    between = set(words[subject.end : claimed.start])
    if not between & _SAYS_NAME or between & _JOINED:
        return None  # "Karms og Jensens fornavne?" asks for two names, it claims none
    typed = " ".join(words[claimed.start : claimed.end])
    person = render.person_by_name[subject.ids[0]]
    parts = person.name.split()
    kind = _kind(words)
    called = any(w in _CALLED for w in words[subject.end : claimed.start])
    if kind is _LAST:
        # "Svendsen-Tune" is typed as two words; "Juhl Winther" or "Winther" are the family's.
        truth = typed in {_spaced(" ".join(parts[i:])) for i in range(1, len(parts))}
        facts = say(SURNAME, lang, name=person.name, part=" ".join(parts[1:]))
    elif kind is _FIRST or called:
        truth = typed == _spaced(parts[0])
        facts = say(FIRST_NAME, lang, name=person.name, part=parts[0])
    else:
        return None
    return verdict(truth, facts, lang, "fact:person:" + person.name)


def _spaced(name: str) -> str:
    """A name as a question's folded words give it: "Svendsen-Tune" as "svendsen tune"."""
    return fold(name).replace("-", " ")
