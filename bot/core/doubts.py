"""A doubt about the last answer: "er du sikker?", "are you sure about that?", "det passer ikke",
"that's wrong". The bot knows one article and says what it says again, with its date, rather
than give way to pressure or read the doubt as a question of its own. A doubt that names
something ("er du sikker på at det er Karm?") is a claim, checked by the claim rules.

``Doubts`` is mixed into ``bot.core.conversation.Dialogue``; what it needs of it is declared here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.dialogue_state import Conversation, Reading, Turn
from bot.core.knowledge import Bilingual, Lang
from bot.core.patterns import lazy
from bot.core.phrases import say
from bot.core.verdict_text import affirms, has_verdict, verdict_prefix, without_verdict

if TYPE_CHECKING:
    from bot.core.engine import Engine

_OPENING = r"(?:(?:hmm+|hm+|uhm*|ehm*|men|but|ok|okay|og|and|nej|no|nah|wait|vent|altsa|so|sa)\s+)*"
_SURE = (
    r"(?:er\s+du\s+(?:nu\s+|helt\s+|100\s+|hundrede\s+procent\s+)?sikker(?:\s+pa\s+det)?"
    r"|are\s+you\s+(?:really\s+|quite\s+|completely\s+|100\s+)?sure(?:\s+about\s+(?:that|this|it))?"
    r"|(?:(?:r|are)\s+)?(?:u|you)\s+sure|sure|really|virkelig|seriost|seriously|for\s+real|passer\s+det|stemmer\s+det|is\s+that\s+(?:so|right|true|correct)"
    r"|er\s+det\s+(?:rigtigt|korrekt|sandt)|tjek\s+(?:lige\s+)?(?:igen|efter)|(?:double\s+)?check\s+(?:again|that))"
)
_DISPUTE = (
    r"(?:det\s+(?:passer|stemmer)\s+(?:altsa\s+)?ikke|det\s+er\s+(?:altsa\s+|da\s+)?(?:forkert|ikke\s+rigtigt|ikke\s+korrekt|ikke\s+sandt)"
    r"|forkert|wrong|(?:that|thats|this|it|its)\s+(?:is\s+)?(?:wrong|not\s+right|not\s+true|not\s+correct|incorrect)"
    r"|du\s+tager\s+fejl|you\s+are\s+wrong|your\s+wrong|youre\s+wrong|you\s+wrong"
    r"|det\s+tror\s+jeg\s+ikke(?:\s+pa)?|i\s+dont\s+think\s+so|i\s+doubt\s+(?:it|that)|det\s+tvivler\s+jeg\s+pa|no\s+way)"
)
_BELIEF = r"(?:jeg\s+trode|i\s+thought|trode)(?:\s+at|\s+that)?\s+(?:det|it)\s+(?:var|was|er|is|were)\b.*"
"""'jeg troede, det var SKI's direktør', 'I thought it was Karm': what the writer believed the
answer was instead; the doubt is in the belief, whatever it names. (Folded: "troede" is "trode".)"""
_DOUBTED = lazy(
    rf"^{_OPENING}(?:(?P<sure>{_SURE})|(?P<dispute>{_DISPUTE}))(?:\s+(?:du|you|da|nu|lige))?"
    rf"(?P<belief>\s+{_BELIEF})?$"
)
"""The whole of a turn that doubts the last answer (folded): a question whether it is sure, or a
flat "that's wrong", either perhaps followed by what the writer believed instead. (The belief
alone, "jeg troede det var Signe", is a claim the claim rules check.)"""

SURE = Bilingual(
    da="Ja. Sådan står det i artiklen fra {date}: {answer}",
    en="Yes. That is what the article of {date} says: {answer}",
)
AS_SAID = Bilingual(
    da="Ja, det er jeg sikker på. Sådan står det i artiklen fra {date}: {answer}",
    en="Yes, I am sure. That is what the article of {date} says: {answer}",
)
"""After a "Nej"/"No" a bare "Ja"/"Yes" would read both ways ("Nej, Karm er fra Vejle" - "er du
sikker?" - "Ja"): the yes says what it is to, the bot's being sure."""
AS_OF_THE_ARTICLE = Bilingual(
    da="Sådan står det i artiklen fra {date}: {answer} Er der sket ændringer siden, kender jeg dem ikke.",
    en="That is what the article of {date} says: {answer} If anything has changed since, I don't know of it.",
)


_NOW = lazy(
    r"\b(?:today|currently|right\s+now|at\s+present|i\s+dag|idag"
    r"|for\s+tiden|lige\s+nu|i\s+(?:ø|oe|o)jeblikket|p\.\s?t\.)(?=\W|$)",
    re.IGNORECASE,
)
"""'Is Holte still kommunaldirektør today?': the present, which an article of one day cannot vouch for.
"These days" and "nowadays" are left out: the article speaks of its own days so ("no longer rare")."""


def now_asked(text: str) -> str | None:
    """The question asked of the present ("… today?", "… i dag?") without the words for it, or None."""
    plain = " ".join(_NOW.sub(" ", text).split())
    return plain if plain != " ".join(text.split()) and plain.strip(" ?.!") else None


def as_of_the_article(answer: Answer, date: str) -> Answer:
    """The article's answer given as of its date, with no "Yes" for the present; a claim that
    did not hold even then keeps its "No"."""
    body = without_verdict(answer.text).strip()
    denied = verdict_prefix(False, answer.language) if has_verdict(answer.text) and not affirms(answer.text) else ""
    return replace(answer, text=denied + say(AS_OF_THE_ARTICLE, answer.language, date=date, answer=body))


class Doubts:
    """The doubt follow-up of ``Dialogue``."""

    engine: Engine

    if TYPE_CHECKING:

        def _ask(self, question: str, lang: Lang) -> Reading: ...

    def _doubted(self, turn: Turn, state: Conversation) -> Reading | None:
        doubted = _DOUBTED.match(" ".join(turn.folded))
        if doubted is None or state.frame is None:
            return None
        believed = doubted.group("belief")
        if turn.mentions and not believed:
            return None
        last = self._ask(state.frame, turn.lang)
        if last.answer.outcome != "answer":
            return None
        if doubted.group("dispute"):
            template = AS_OF_THE_ARTICLE
        else:
            # "Er du sikker? Jeg troede, det var SKI's direktør": sure, said as being sure.
            template = AS_SAID if has_verdict(last.answer.text) or believed else SURE
        body = without_verdict(last.answer.text).strip()
        text = say(template, turn.lang, date=self.engine.knowledge.article.date, answer=body)
        answer = Answer(turn.text, True, text, turn.lang, 100, "answer", last.answer.source, last.answer.citation)
        # The last question stays the one talked about: "og hans titel?" after "er du sikker?".
        return Reading(state.frame, answer, about_last=True)
