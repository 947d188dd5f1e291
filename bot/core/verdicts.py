"""Whether a message puts a claim up, and the "Ja"/"Nej" an answer gives it.

The engine finds the answer a claim would get as a question (an entry, a fact, a quoted
paragraph); this module decides the verdict from what that answer states: the values it names
(``bot.core.claims``) or, for a claim naming none, its meanings in one sentence
(``bot.core.statements``). No verdict is the answer's own text, unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from bot.core import claims, statements
from bot.core.answer import Answer
from bot.core.claim_shape import CLAIM_BEFORE_TAG, is_claim
from bot.core.contrasts import contrast, second_half_denied
from bot.core.entities import Mention
from bot.core.facts import FactRenderer
from bot.core.filters import negated_prefix
from bot.core.framing import REPORTING_WORDS, asks
from bot.core.knowledge import LANGUAGES, Knowledge, Lang, Passage
from bot.core.lexicon import (
    AUTHORED,
    CHAIR_TITLE,
    CLAIM_HEDGES,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    COMPARATIVES,
    HEAD_NOUNS,
    KINDS_OF_SUM,
    OR_WORDS,
    PERSONAL_PRONOUNS,
    PLAIN_NEGATIONS,
    QUOTE_CUES,
    RATE_PHRASES,
    RATE_WORDS,
    REALISED_WORDS,
    REVERSED_ACTS,
    STOPWORDS,
    TAG_PRONOUNS,
    PhraseIndex,
    tag_start,
    turned_around,
    word_set,
)
from bot.core.normalize import fold, tokens
from bot.core.number_names import CARDINALS
from bot.core.passages import PassageIndex
from bot.core.patterns import lazy
from bot.core.speakers import SAYING_WORDS, reports_speech
from bot.core.turn_words import LEAD_WORDS
from bot.core.verdict_text import verdict_prefix, without_verdict

_WORD = lazy(r"\w+")
_STATED = lazy(r"[.!]\W*$")
"""A message ending with a full stop or an exclamation mark states; one without a mark may ask."""


def is_topic_claim(text: str, words: list[str], mentions: list[Mention]) -> bool:
    """Whether ``text`` puts up a claim about a topic (not about a person) to be checked."""
    # A claim about "han" or "she" is about a person, never a topic to check.
    # "sagde hun at …", "did she say that …": the pronoun beside the saying is who speaks.
    speaker_at = {j for i, w in enumerate(words) if w in SAYING_WORDS | _CALLING for j in (i - 1, i + 1)}
    # "The chair comes from SKI, doesn't he?": the tag's pronoun is the claim's subject again.
    tag = tag_start(words)
    if tag >= CLAIM_BEFORE_TAG:
        speaker_at |= set(range(tag, len(words)))
    about_someone = any(
        m.kind == "person" and m.start not in speaker_at and m.end - 1 not in speaker_at for m in mentions
    ) or any(w in PERSONAL_PRONOUNS and i not in speaker_at for i, w in enumerate(words))
    # Chat drops the question mark: "strategien har 4 temaer" is put up like "…?"; a full
    # stop makes it a statement.
    asked = asks(text) or not _STATED.search(text)
    return is_claim(words, asked=asked) and not about_someone and not _either_or(words, mentions)


def _either_or(words: list[str], mentions: list[Mention]) -> bool:
    """ "is the chair from KL or SKI?" asks which of two places, not whether both: no yes or no
    ("is theme 2 or theme 4 the one about services?" is read by its themes' own check)."""
    kinds = [m.kind for m in mentions if m.kind in ("organisation", "municipality")]
    return bool(OR_WORDS & set(words)) and any(kinds.count(kind) > 1 for kind in set(kinds))


_FOR = frozenset({"for", "fra", "from"})
"""Between the strategy's noun and its years ("strategien for 2017-2020")."""
_CALLING = frozenset({"kalder", "kaldte", "calls", "called", "takker", "takkede", "thanks", "thanked"})
"""'… at Signe kalder det spændende …': who calls it so speaks; the claim is what she calls it.
'Signe takker den gamle styregruppe': who thanks speaks too; the claim is whom."""
_NEGATING = PLAIN_NEGATIONS | frozenset({"no", "ingen", "never", "aldrig"})
_NUMBER = lazy(r"\d+(?:[.,]\d+)?")


_SUM_FILLER = (
    STOPWORDS
    | CLAIM_TAGS
    | TAG_PRONOUNS
    | CLAIM_OPENERS
    | LEAD_WORDS
    | RATE_WORDS
    | frozenset(w for pair in RATE_PHRASES for w in pair)
    | claims.SUM_WORDS
    | REALISED_WORDS
)
"""What a claim naming only a sum says beside it: the sum's words, how often, tags and filler."""


_JUST = word_set("only kun bare just alene solely")
"""Words that claim a value is all there is ("bare for 2017", "only in 2017")."""
_PERIOD = lazy(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def _part_of_a_period(stated: claims.Claimed, evidence: str) -> bool:
    """Whether the claimed years are some, not all, of a period the evidence gives ("2017" of "2017-2020")."""
    years = {int(q.value) for q in stated.quantities if claims.is_year(q.value)}
    for found in _PERIOD.finditer(evidence):
        first, last = int(found.group(1)), int(found.group(2))
        inside = {y for y in years if first <= y <= last}
        if inside and not {first, last} <= years:
            return True
    return False


_ENDING = word_set("ends end ender slutter udløber expires finishes")
_STARTING = word_set("starts start starter begynder begins")


def _edge_of_period(stated: claims.Claimed, words: Sequence[str], evidence: str) -> bool | None:
    """ "strategien slutter i 2017?": a year said to end (or start) a period the evidence gives
    holds only as its last (or first) year, though any year of "2017-2020" is in the answer.
    None when the claim says neither, or names more than one year."""
    ending, starting = not _ENDING.isdisjoint(words), not _STARTING.isdisjoint(words)
    years = {int(q.value) for q in stated.quantities if claims.is_year(q.value)}
    if ending == starting or len(years) != 1:
        return None
    year = next(iter(years))
    for found in _PERIOD.finditer(evidence):
        first, last = int(found.group(1)), int(found.group(2))
        if first <= year <= last:
            return year == (last if ending else first)
    return None


def _figure(value: float) -> str:
    """How a claimed figure is written in the article's sentences ("80", "1,8" or "1.8")."""
    return str(int(value)) if value == int(value) else str(value)


def _comparatives_offered(words: list[str]) -> tuple[str, str] | None:
    """ "er besparelsen større eller mindre end 1 mia.?": the two comparatives offered, the
    second being the one the figure's bound was read from."""
    for first, joint, second in zip(words, words[1:], words[2:], strict=False):
        if first in COMPARATIVES and joint in OR_WORDS and second in COMPARATIVES:
            return first, second
    return None


class ClaimChecker:
    def __init__(
        self,
        knowledge: Knowledge,
        renderer: FactRenderer,
        passages: PassageIndex,
        meaning: Callable[[str], str],
        phrases: PhraseIndex,
        knows: Callable[[str], bool] = lambda word: True,
    ) -> None:
        """``knows``: whether the engine knows a word (a word it does not may be a detail no
        answer holds)."""
        self._knowledge = knowledge
        self._renderer = renderer
        self._passages = passages
        self._meaning = meaning
        self._phrases = phrases
        self._knows = knows
        self._entries = {entry.id: entry for entry in knowledge.entries}
        self._strategy_names = tuple(knowledge.strategy_name_words - STOPWORDS)
        self._organisation_names = {
            o.id: frozenset({fold(o.short), o.id, *(fold(a) for a in o.aliases)}) for o in knowledge.organisations
        }
        """How each organisation is written, folded: where the evidence names it as an origin."""
        self._strategy_fields = frozenset(meaning(w) for w in self._strategy_names) - {"strategy"}
        """What the strategy's name says it is about ("procurement"), as concepts."""
        first, _, last = knowledge.strategy.period.partition("-")
        self._strategy_last_year = last
        self._strategy_period = (
            re.compile(rf"\b{first}\s*(?:[-–—/]|til|to)\s*(?:{last}|{last[2:]})\b") if last else None
        )
        """The strategy's own years as people write them ("2017-2020", "2017/20"), built once."""
        self.amount_entry = self._the_amount_entry()
        """The entry that states the knowledge's one sum of money, when it has one sum only:
        "så det er 1,8 mia om året?" names nothing but the sum, which says what it is about."""
        asked = self._entries[self.amount_entry].questions if self.amount_entry else {}
        self._amount_topic = frozenset(
            meaning(w) for variants in asked.values() for v in variants for w in fold(v).split()
        )
        """What the sum's entry is asked about in its own words ("besparelsen", "saved")."""

    def _the_amount_entry(self) -> str | None:
        stating: dict[str, set[tuple[float, str | None]]] = {}
        for entry in self._knowledge.entries:
            if entry.kind != "answer" or entry.answer is None:
                continue
            for lang in LANGUAGES:
                first = claims.first_sentence(self._renderer.fill(entry.answer.get(lang), lang))
                amounts = {(q.value, q.unit) for q in claims.quantities(first, lang) if q.unit in claims.AMOUNT_UNITS}
                if amounts:
                    stating.setdefault(entry.id, set()).update(amounts)
        sums = {amount for amounts in stating.values() for amount in amounts}
        return next(iter(stating)) if len(sums) == 1 else None

    def sum_alone(self, text: str, words: list[str], lang: Lang) -> bool:
        """Whether a claim names nothing but a sum and how it is counted ("så det er 1,8 mia om
        året?", "that's 1.8 billion per year, right?"), so the one entry stating a sum decides."""
        if self.amount_entry is None or not any(q.unit in claims.AMOUNT_UNITS for q in claims.quantities(text, lang)):
            return False
        return all(w.isdigit() or w in _SUM_FILLER or self._meaning(w) in self._amount_topic for w in words)

    def checked(self, answer: Answer, claim: bool, words: list[str], mentions: list[Mention]) -> Answer:
        """A claim answered from an entry, a fact or a passage: "Ja"/"Nej" only where the
        values it states can be checked against the answer (``bot.core.claims``): its first
        sentence, or a quoted paragraph as a whole."""
        if not claim or answer.outcome != "answer":
            return answer
        body = without_verdict(answer.text)
        source = answer.source or ""
        passage = self._passages.by_id(source.removeprefix("passage:")) if source.startswith("passage:") else None
        # A quoted paragraph is evidence as a whole, with its gloss naming who speaks.
        evidence = f"{passage.text.da} {passage.text.en}" if passage is not None else body
        organisations = self._knowledge.organisations
        asked = self._strategy_period_apart(answer.question, evidence)
        stated = claims.claimed(asked, words, mentions, answer.language, organisations)
        truth = claims.judge(
            stated,
            evidence,
            answer.language,
            organisations,
            whole=passage is not None,
            organisations_in=_doers_in(passage, words) if passage is not None else None,
        )
        if truth and set(words) & _JUST and _part_of_a_period(stated, evidence):
            # "strategien gælder vel bare for 2017?": one year of "2017-2020" is in the
            # answer, but "only" claims the period is that year alone.
            truth = False
        edge = _edge_of_period(stated, words, evidence) if truth else None
        if edge is not None:
            truth = edge
        reversed_act = next((m for w in words if (m := self._meaning(w)) in REVERSED_ACTS), None) if truth else None
        if reversed_act is not None:
            # "did KL's board reject the strategy in April?": the board and the month hold, but
            # the act claimed undoes the one reported: "No" where the evidence says the act it
            # undoes, no verdict where it says neither.
            held = self._meanings_in(evidence)
            truth = True if reversed_act in held else (False if REVERSED_ACTS[reversed_act] in held else None)
        if truth and not CHAIR_TITLE.isdisjoint(words) and CHAIR_TITLE.isdisjoint(fold(evidence).split()):
            # "er SKI's direktør formand?" against a paragraph where SKI's director speaks: that
            # bears out who she is, not that she chairs, which the evidence never mentions.
            truth = None
        if truth and _one_of_counted(words):
            # "grøn omstilling er et af de 5 temaer, ik?": the count holds, but what is claimed
            # is that something is one of them, which the count does not bear out.
            truth = None
        if truth and self._figure_denied_beside(stated, words, evidence if passage is not None else answer):
            # "er tilslutninger på mere end 80 kommuner et særsyn?": the figure is the article's,
            # but said of something that is "ikke længere et særsyn": the figure settles nothing.
            truth = None
        sum_kinds = {self._meaning(w) for w in words if w in KINDS_OF_SUM}
        if truth and sum_kinds and not sum_kinds & self._meanings_in(evidence):
            # "so the 1.8 billion is the strategy's budget?": the figure is the article's, but
            # what the claim calls it is not what the evidence says it is.
            truth = None
        # Of the strategy only: "sidder der nogen fra KL i gruppen?" says whom a member is from.
        if (
            truth
            and any(self.names_the_strategy(w) for w in words)
            and _origin_unheld(words, mentions, self._organisation_names, evidence)
        ):
            # "is the strategy from SKI?" against SKI looking forward to helping deliver it: SKI
            # is named, but not as where the strategy comes from.
            truth = None
        if truth and _place_unheld(mentions, evidence):
            # "KL's bestyrelse vedtog strategien på et møde i Vejle?": the board and the act hold,
            # but where it happened is a detail the evidence does not give.
            truth = None
        related = len(stated.organisations) > 1
        acting = statements.does_to_another(words, self._meaning) or not AUTHORED.isdisjoint(words)
        if truth and _speaker_alone(stated) and (passage is not None or reports_speech(words) or related or acting):
            # "SKI's director thanked the new group, right?": that SKI speaks in the paragraph
            # (or is named in the answer) bears out who, not what; "SKI ejer KL?": both named
            # bears out neither which owns which; "den nye overtager KL's opgaver?": KL named
            # as the strategy's owner bears out no takeover. What is said must hold in one
            # sentence too.
            said = [passage.text.da, passage.text.en] if passage is not None else self._evidence(answer)
            # Who speaks is checked; what relates two organisations, or one to what is done to
            # it, is said with the organisation.
            inside = set() if related or acting else {i for m in mentions for i in range(m.start, m.end)}
            what = [w for i, w in enumerate(words) if i not in inside and w not in HEAD_NOUNS]
            truth = statements.verdict(what, statements.sentences(said), self._meaning, self._phrases) or None
        elif truth and _who_alone(stated) and passage is None and self._says_more_than_known(words, mentions):
            # "KL's bestyrelse vedtog strategien til julefrokosten?": the board holds, but a word
            # the engine does not know may be a detail (an occasion) the answer never gives: what
            # is claimed must then hold in one sentence of the answer, occasion and all.
            inside = {i for m in mentions for i in range(m.start, m.end)}
            what = [w for i, w in enumerate(words) if i not in inside and w not in HEAD_NOUNS]
            truth = statements.verdict(what, statements.sentences(self._evidence(answer)), self._meaning, self._phrases)
            truth = truth or None
        if truth is False and _organisations_apart(words, mentions) and self._names_one_claimed(stated, evidence):
            # "is SKI in a group set up by KL?" against "KL set up …": the answer bears out KL's
            # part and says nothing of SKI's, which is no "No" ("set up by KL and SKI?" still is).
            truth = None
        if _asks_own_options(words):
            # "kan vi komme med i styregruppen?": what the asker may do is nothing the article
            # holds; the facts answered about are no "Ja" to it.
            truth = None
        elif _without_subject(words):
            # "are actually on this group?" (what came before a dash): whom or what it claims
            # to be on it is not said, so nothing can bear it out.
            truth = None
        elif _names_what_it_is(words, mentions):
            # "er det SKI?", "was it by SKI?": what "it" is comes from the turns before; asked
            # alone, the name answered about is no evidence that "it" is that.
            truth = None
        elif _about_nothing(words):
            # "theme 4 is about that?": what it is about is left unsaid, so nothing bears it out.
            truth = None
        elif truth is None and not stated.checkable():
            # "den gamle styregruppe er nedlagt?": no value to check, so the claim's meanings
            # are looked for in one sentence of the answer (``bot.core.statements``).
            said = [passage.text.da, passage.text.en] if passage is not None else self._evidence(answer)
            # "… at Signe kalder det spændende …": the paragraph's own speaker is who, not what.
            speaking = passage.speaker.da if passage is not None and passage.speaker is not None else ""
            who = {i for m in mentions if m.kind == "person" and m.ids[0] in speaking for i in range(m.start, m.end)}
            what = [w for i, w in enumerate(words) if i not in who]
            truth = statements.verdict(what, statements.sentences(said), self._meaning, self._phrases)
        if truth and set(words) & _EVERY:
            # "are they all kommunaldirektører?": a sentence naming the title bears out that some
            # hold it, not that all of them do (``bot.core.reasoning`` checks "alle medlemmer").
            truth = None
        offered = _comparatives_offered(words)
        if truth is not None and offered is not None and any(q.bound for q in stated.quantities):
            # Asked which, not whether: the comparative that holds, never a "No".
            chosen = offered[1] if truth else offered[0]
            typed = next((t for t in _WORD.findall(answer.question) if fold(t) == chosen), chosen)
            return replace(answer, text=f"{typed.capitalize()}. {body}")
        spans = [(m.start, m.end) for m in mentions]
        split = contrast(words, spans)
        if truth is not None and split is not None and min(split.denied) < max(split.affirmed):
            # "The chair isn't from KL, it's from SKI?": one half denied, then one affirmed (the
            # mentions are in order); the values judged together and turned would call a false
            # second half right. "A, not B" is read by ``second_half_denied`` below.
            truth = None
        halves = second_half_denied(answer.question, words, spans)
        if truth and halves and not stated.denied:
            # "formanden kommer fra KL selv, ikke fra en kommune?": the values checked are the
            # first half's; what the second half denies is left unchecked, so no verdict. (A
            # first half that fails makes the claim false whatever the second says.)
            truth = None
        if truth is not None and turned_around(words) and not stated.denied and not halves:
            # "formanden er ikke fra KL, vel?": the values hold, so the claim, turned, does not;
            # said in words, as a bare Ja/Nej to a negated question is read both ways.
            return replace(answer, text=negated_prefix(not truth, answer.language) + body)
        if truth is not None:
            body = verdict_prefix(truth, answer.language) + body
        return replace(answer, text=body)

    def _names_one_claimed(self, stated: claims.Claimed, evidence: str) -> bool:
        folded = f" {fold(evidence)} "
        return any(claims.names_organisation(o, folded) for o in stated.organisations)

    def _says_more_than_known(self, words: list[str], mentions: list[Mention]) -> bool:
        """Whether the claim has a content word, outside its names, that the engine does not know."""
        inside = {i for m in mentions for i in range(m.start, m.end)}
        return any(
            i not in inside and w not in STOPWORDS and not w.isdigit() and not self._knows(w)
            for i, w in enumerate(words)
        )

    def _strategy_period_apart(self, question: str, evidence: str) -> str:
        """ "strategi 2017-2020 vedtaget i april 2017?": the strategy's own years beside its noun
        name it; no date is claimed by them, so an answer that does not give them (the
        adoption's) must not make the claim false. Years other than its own stay claimed."""
        period = self._strategy_period
        if period is None or self._strategy_last_year in evidence:
            return question
        kept = question
        for found in reversed(list(period.finditer(question))):
            before = [fold(w) for w in _WORD.findall(question[: found.start()])[-2:]]
            after = [fold(w) for w in _WORD.findall(question[found.end() :])[:1]]
            before = before[:-1] if before and before[-1] in _FOR else before
            if any(self.names_the_strategy(w) for w in before[-1:] + after):
                kept = kept[: found.start()] + kept[found.end() :]
        return kept

    def _meanings_in(self, text: str) -> set[str]:
        """What ``text`` says, as meanings: an act or a kind of sum claimed is looked for in it."""
        return {self._meaning(w) for w in tokens(text)}

    def names_the_strategy_field(self, word: str) -> bool:
        """ "indkøb", "purchasing": the field the strategy's name says it is about."""
        return self._meaning(word) in self._strategy_fields

    def names_the_strategy(self, word: str) -> bool:
        """ "strategien", "indkøbsstrategi", "vandplanen": a word of the strategy's name."""
        return self._meaning(word) == "strategy" or word.startswith(self._strategy_names)

    def _figure_denied_beside(self, stated: claims.Claimed, words: list[str], evidence: str | Answer) -> bool:
        """Whether a sentence stating the claim's figure is negated where the claim is not."""
        if not stated.quantities or any(w in _NEGATING for w in words):
            return False
        said = [evidence] if isinstance(evidence, str) else self._evidence(evidence)
        figures = {_figure(q.value) for q in stated.quantities}
        holding = [s for s in statements.sentences(said) if figures & {n.replace(",", ".") for n in _NUMBER.findall(s)}]
        claimed = {self._meaning(w) for w in words if w not in STOPWORDS}
        for sentence in holding:
            folded = fold(sentence).split()
            at = next((i for i, w in enumerate(folded) if w in _NEGATING), None)
            # Only what the negation governs: "… er ikke længere et særsyn" denies "særsyn".
            if at is not None and claimed & {self._meaning(w) for w in folded[at + 1 :] if w not in STOPWORDS}:
                return True
        return False

    def _evidence(self, answer: Answer) -> list[str]:
        """What an answer states, in both languages where a curated entry gave it."""
        entry = self._entries.get(answer.source or "")
        if entry is None:
            return [without_verdict(answer.text)]
        texts = [self._renderer.fill(entry.answer.get(lang), lang) for lang in LANGUAGES if entry.answer]
        texts += [self._renderer.named[entry.fact](lang) for lang in LANGUAGES if entry.fact]
        return [without_verdict(t) for t in texts]


_ABOUT = frozenset({"about", "om"})
_STATING_ABOUT = frozenset({"handler", "omhandler", "is", "er", "are", "was", "var"})
"""Before "om"/"about", what makes it say what something is about ("handler om", "is about")."""


_EVERY = word_set("all alle every everyone everybody samtlige allesammen hver each")
"""Words that claim something of every one of a set, which no one sentence bears out."""
_PLACING = word_set("on in i på pa med at from fra of af")
"""What follows a claim's verb at once when the claim has no subject ("are on this group?")."""


_MODALS = word_set("kan kunne må maa skal bør can could may might should must")
_ASKERS = word_set("vi jeg man we i one anyone nogen")


def _asks_own_options(words: Sequence[str]) -> bool:
    """Whether a yes/no question asks what the asker may or can do ("kan vi komme med?",
    "can we join?"), not what the article says is so."""
    return len(words) > 2 and words[0] in _MODALS and words[1] in _ASKERS


def _without_subject(words: Sequence[str]) -> bool:
    """Whether a claim opens with its verb and goes on with where, naming no subject."""
    rest = [w for w in words[1:] if w not in CLAIM_HEDGES]
    return len(words) > 1 and words[0] in CLAIM_OPENERS and bool(rest) and rest[0] in _PLACING


def _about_nothing(words: Sequence[str]) -> bool:
    """Whether a claim says what something is about and leaves it at a pronoun or nothing:
    "tema 4 handler om det?", "theme 4 is about that, right?"."""
    at = next((i for i in range(1, len(words)) if words[i] in _ABOUT and words[i - 1] in _STATING_ABOUT), None)
    return at is not None and all(w in STOPWORDS | TAG_PRONOUNS | CLAIM_TAGS for w in words[at + 1 :])


_ONE = frozenset({"en", "et", "one", "1"})
_COUNT_WORDS = frozenset(fold(w) for names in CARDINALS.values() for w in names[2:21])
"""Number words a count is said in ("de fem temaer"), from two: "en"/"one" are articles too."""
_OF = frozenset({"af", "of"})


def _one_of_counted(words: Sequence[str]) -> bool:
    """Whether a claim says something is one of a counted many ("et af de 5 temaer", "one of
    the five themes"), which claims membership, not the count."""
    return any(
        words[i] in _ONE and words[i + 1] in _OF and any(w.isdigit() or w in _COUNT_WORDS for w in words[i + 2 : i + 4])
        for i in range(len(words) - 2)
    )


_BY = frozenset({"af", "by", "fra", "from"})
_IT = frozenset({"det", "it", "that", "this", "dette"})
_ONE_OF_ITS = word_set("""
    dame damen mand manden fyr fyren kvinde kvinden chef chefen repræsentant repræsentanten person personen
    lady guy woman man boss head rep representative person one
""")
"""'det er SKI-damen', 'it's the SKI guy': someone of the organisation named, not who "it" is."""


def _names_what_it_is(words: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """Whether a claim only says that "it" is (or was done by) the organisation or theme it
    names: "er det SKI?", "was it by KL?", "ok så det er tema 2?"."""
    if not mentions or any(m.kind not in ("organisation", "theme") for m in mentions):
        return False
    named = {i for m in mentions for i in range(m.start, m.end)}
    rest = [w for i, w in enumerate(words) if i not in named]
    # "Jonas påstår det var SKI, passer det?": who says it names no more of what "it" is.
    said = STOPWORDS | TAG_PRONOUNS | CLAIM_TAGS | CLAIM_OPENERS | LEAD_WORDS | _BY | REPORTING_WORDS | _ONE_OF_ITS
    return any(w in _IT for w in rest) and all(w in said for w in rest)


_JOINING = word_set("og and samt & eller or")


def _organisations_apart(words: list[str], mentions: list[Mention]) -> bool:
    """Whether a claim names organisations in different places of the sentence (each with a part
    of its own: "SKI er med i en gruppe nedsat af KL"), not side by side ("af KL og SKI")."""
    named = [m for m in mentions if m.kind == "organisation"]
    return any(
        first.ids[0] != second.ids[0] and not all(w in _JOINING for w in words[first.end : second.start])
        for first, second in pairwise(named)
    )


def _speaker_alone(stated: claims.Claimed) -> bool:
    """Whether the only values a claim states are organisations (who speaks or acts)."""
    return bool(stated.organisations) and not (
        stated.quantities or stated.months or stated.denied or stated.strangers or stated.bodies or stated.organs
    )


def _who_alone(stated: claims.Claimed) -> bool:
    """Whether a claim's only values say who (organisations, their organs): no figure, date or
    place that the answer is checked against beside them."""
    return bool(stated.organisations or stated.organs) and not (
        stated.quantities or stated.months or stated.denied or stated.strangers or stated.month_parts
    )


def _doers_in(passage: Passage, words: list[str]) -> str:
    """Where a quoted paragraph says who did something: the article's own words, and its
    speaker when the claim is about what was said ("SKI siger at …, ikk?")."""
    said = any(w in QUOTE_CUES for w in words)
    speaker = f" {passage.speaker.da} {passage.speaker.en}" if said and passage.speaker else ""
    return passage.text.da + speaker


_ORIGIN_MARKERS = word_set("fra from af by")
_ORIGIN_IN_EVIDENCE = word_set("fra from af by i of")
"""Before an organisation, what makes it the origin in the evidence ("bestyrelsen i KL", "by KL")."""
_ORIGIN_ACTS = word_set("vedtog vedtaget adopted nedsat nedsatte set established etableret har has")
"""After an organisation, the acts that make it the origin ("KL har nedsat …", "KL adopted …")."""
_ACT_REACH = 8
"""How far after the organisation its act may stand: "KL (Kommunernes Landsforening, Local
Government Denmark) set up …" puts its full names between."""


def origins_claimed(words: Sequence[str], mentions: Sequence[Mention]) -> list[Mention]:
    """The organisations a claim names as where something comes from ("fra SKI", "by KL")."""
    # "vedtaget af LWB og ikke af ARI": the one denied is no origin claimed.
    return [
        m
        for m in mentions
        if m.kind == "organisation"
        and m.start > 0
        and words[m.start - 1] in _ORIGIN_MARKERS
        and (m.start < 2 or words[m.start - 2] not in _NEGATING)
    ]


def _origin_unheld(
    words: list[str], mentions: list[Mention], names: Mapping[str, frozenset[str]], evidence: str
) -> bool:
    """ "is the strategy from SKI?": an organisation claimed as where the strategy comes from must
    be that in the evidence ("fra KL", "bestyrelsen i KL", "KL har nedsat"), not merely named
    in it (SKI "looks forward to helping deliver the strategy")."""
    claimed = origins_claimed(words, mentions)
    if not claimed:
        return False
    said = re.findall(r"\w+", fold(evidence))
    for mention in claimed:
        known = names.get(mention.ids[0], frozenset({mention.ids[0]}))
        at = [i for i, w in enumerate(said) if w.rstrip("s") in known or w in known]
        if not any(
            (i > 0 and said[i - 1] in _ORIGIN_IN_EVIDENCE) or not _ORIGIN_ACTS.isdisjoint(said[i + 1 : i + _ACT_REACH])
            for i in at
        ):
            return True
    return False


def _place_unheld(mentions: list[Mention], evidence: str) -> bool:
    """Whether the claim names a municipality the evidence does not (spelt with or without
    its hyphen or genitive: "Høje-Taastrup" is in "Høje Taastrup Kommune")."""
    joined = re.sub(r"\W", "", fold(evidence))
    return any(
        m.kind == "municipality" and not any(re.sub(r"\W", "", fold(place)) in joined for place in m.ids)
        for m in mentions
    )
