"""A guess put after a who-question: "Who adopted it, the government?", "hvem er formand, Karm?",
or after a count: "hvor mange temaer har den - tre?".

The question is read without the guess, which then gets "Ja."/"Nej." before the answer, by
whether the answer names it: the asker put it up to be confirmed, and a wrong guess left
unanswered reads as agreed to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer
from bot.core.entities import Recognizer
from bot.core.lexicon import (
    ATTRIBUTION_WORDS,
    CLAIM_TAGS,
    OR_WORDS,
    QUESTION_WORDS,
    STOPWORDS,
    cardinal_words,
    word_set,
)
from bot.core.normalize import fold, word_pairs
from bot.core.patterns import lazy
from bot.core.verdict_text import has_verdict, verdict_prefix

GUESS = lazy(r"^(?P<question>.*\b(?:who|hvem)\b[^,?]*?)(?:,|\s[-–]\s)\s*(?P<guess>[^,?]+)\?\s*$", re.IGNORECASE)
"""A who-question, then after a comma or a dash a few words and the question mark."""
ASKED_GUESS = lazy(r"^(?:(?:var|er)\s+det|det\s+(?:var|er))\b", re.IGNORECASE)
"""A guess put as a question of its own ("af hvem - var det KL's repræsentantskab?"): a
claim about what the who-question asked, to be checked like one asked next. Danish only: the
English cleft ("was it KL's council?") gets a "Yes" on the organisation alone, so it stays a
guess that an answer leaves open."""
_WHO = word_set("who hvem")
NO_GUESS = word_set("thanks thx tak bot mate then så da nu now again igen")
"""Words after the comma that guess nothing ("who is the chair, then?")."""
CLAUSE_OPENERS = word_set("han hun de vi jeg du he she they we you som der that which")
"""Words opening a relative clause after the comma ("hvem er formand for den gruppe, hun
sidder i?"): the clause says which thing is meant, it guesses no answer."""
ATTRIBUTING_OPENERS = word_set("according ifølge iflg per")
"""Words opening a source after the comma ("hvem er cheføkonom, ifølge artiklen?", "who said it,
according to SKI?"): where the answer is to come from, no guess at it (it got "No.")."""
ADVERBIAL_OPENERS = word_set("""
    efter after når when fordi because since siden hvis if mens while før before nu now lidt længere
""")
"""Words opening an adverbial clause after the comma ("hvem har ansvaret nu, efter at den gamle
gruppe er nedlagt?"): when or why, around a question asked before it; no guess either."""


def split_guess(question: str, most: int) -> tuple[str, str | None]:
    """The who-question without the guess of at most ``most`` words after it, and the guess
    (None when there is none)."""
    found = GUESS.match(question)
    if found is None:
        return question, None
    words = [w for _, w in word_pairs(found.group("guess"))]
    content = [w for w in words if w not in STOPWORDS | CLAIM_TAGS | NO_GUESS]
    if (words and words[0] in CLAUSE_OPENERS | ATTRIBUTING_OPENERS) or set(content) <= ATTRIBUTION_WORDS:
        return question, None
    if words and words[0] in ADVERBIAL_OPENERS:
        return f"{found.group('question')}?", None
    if not content or len(content) > most or set(words) & (QUESTION_WORDS | OR_WORDS):
        # "who is from Aarhus, and what is her title?" asks twice; "…, Lasse or Klaus?" asks which.
        return question, None
    asked_before = {w for _, w in word_pairs(found.group("question"))} & QUESTION_WORDS - _WHO
    if asked_before:
        # "strategi: vedtaget hvornår, af hvem, periode?": a list of things asked, the last one
        # too, not a guess at who (it got "Nej", as the answer does not name "periode").
        return question, None
    return f"{found.group('question')}?", found.group("guess")


def with_guess(guess: str | None, answer: Answer, recognizer: Recognizer) -> Answer:
    """``answer`` with the verdict on ``guess`` before it."""
    if guess is None or answer.outcome != "answer" or has_verdict(answer.text):
        return answer
    pairs = word_pairs(guess)
    said = word_pairs(answer.text)
    named = recognizer.find(said)
    found = recognizer.find(pairs)
    guessed = {m.ids[0] for m in found if len(m.ids) == 1}
    if guessed:
        # "KL's repræsentantskab" names a body of KL, which an answer naming KL's board does
        # not bear out: a word of the guess beside the name that the answer lacks leaves it open.
        beside = {i for m in found for i in range(m.start, m.end)}
        loose = {w for i, (_, w) in enumerate(pairs) if i not in beside and w not in STOPWORDS | CLAIM_TAGS}
        if loose - {w for _, w in said}:
            return answer
        right = bool(guessed & {m.ids[0] for m in named if len(m.ids) == 1})
    else:
        # "the government" is not the "Government" of "Local Government Denmark": the words
        # of a name the answer gives are that name's.
        covered = {i for m in named for i in range(m.start, m.end)}
        loose = {w for i, (_, w) in enumerate(said) if i not in covered}
        right = any(w in loose for _, w in pairs if w not in STOPWORDS)
    return replace(answer, text=verdict_prefix(right, answer.language) + answer.text)


_SUM_UNITS = r"(?:mia|mio|milliarder?|millioner?|billions?|millions?|bn)"
"""The words a sum is said in, after its figure ("1,5 mia", "2 billion")."""
_COUNT_GUESS = lazy(
    r"^(?P<question>.*\b(?:hvor\s+(?:mange|meget)|how\s+(?:many|much))\b[^,?]*?)\s*(?:,|\s[-–—]\s?)\s*"
    r"(?:(?:maybe|måske|vel|like|(?:var|er)\s+det|(?:was|is)\s+it)\s+)?(?:omkring\s+|around\s+|about\s+)?"
    rf"(?P<guess>\d+(?:[,.]\d+)?|[^\W\d_]+)(?:\s*(?P<unit>{_SUM_UNITS})\.?)?"
    r"(?:\s*(?:kr|kroner|dkk)\.?)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""A count or sum asked for, then a guess at it after a comma or a dash ("hvor mange temaer har
den - tre?", "hvor mange mia. havde aftalerne sparet, var det 1,5?")."""
_COUNT_IN_ANSWER = lazy(r"^\D{0,40}?\b(\d{1,3})\b(?![,.]\d)")
"""The count a count's answer opens with ("Strategien har 5 (fem) temaer", "12 kommuner er med");
an answer opening with a year or a sum ("gælder for 2017-2020, altså 4 år") gets no verdict."""
_PEOPLE = r"(?:personer|people|persons|medlemmer|members)\b"
_SUM_IN_ANSWER = lazy(rf"\b(\d+(?:[,.]\d+)?)\s*{_SUM_UNITS}\b")
"""A sum in the answer ("godt 1,8 mia. kr.", "DKK 1.8 billion"): the figure a guessed sum is held to."""


def split_count_guess(question: str) -> tuple[str, float, bool] | None:
    """The count question without the number guessed after it, that number, and whether it is
    a sum ("1,5 mia", or any number with decimals); None when the message guesses no number."""
    found = _COUNT_GUESS.match(question.strip())
    if found is None:
        return None
    guess = found.group("guess")
    if guess[:1].isdigit():
        number: float | None = float(guess.replace(",", "."))
    else:
        number = cardinal_words().get(fold(guess))
    if number is None:
        return None
    a_sum = bool(found.group("unit")) or not float(number).is_integer()
    return f"{found.group('question').strip()}?", float(number), a_sum


def with_count_guess(guessed: float, a_sum: bool, answer: Answer) -> Answer:
    """``answer`` with the verdict on the number guessed before it, when it opens with the count
    or, for a sum, states one sum."""
    if answer.outcome != "answer" or has_verdict(answer.text):
        return answer
    if a_sum:
        sums = {float(found.replace(",", ".")) for found in _SUM_IN_ANSWER.findall(answer.text)}
        if len(sums) != 1:
            return answer
        return replace(answer, text=verdict_prefix(guessed in sums, answer.language) + answer.text)
    found = _COUNT_IN_ANSWER.match(answer.text)
    if found is None:
        return answer
    right = int(found.group(1)) == guessed
    if not right and guessed.is_integer() and re.search(rf"(?<![\d,.]){int(guessed)} {_PEOPLE}", answer.text):
        # "how many in total, 15?" against "14 members … so 15 people are listed": a count of
        # people the answer itself gives is no wrong guess ("12 kommuner" still counts places).
        return answer
    return replace(answer, text=verdict_prefix(right, answer.language) + answer.text)


def answered_with_count_guess(text: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The count ``text`` asks for, answered by ``ask`` without the number guessed after it and
    with the verdict on that number; None when ``text`` guesses no number or the count is not
    answered."""
    counted = split_count_guess(text)
    if counted is None:
        return None
    plain = ask(counted[0])
    return with_count_guess(counted[1], counted[2], plain) if plain.answered else None
