"""Building an ``Answer``: from the Q&A entries, the fact base, small talk, or a gap.

``Replies`` is mixed into ``bot.core.engine.Engine``; what it needs of it is declared here.
"""

from __future__ import annotations

from itertools import pairwise

from bot.core.answer import Answer, Suggestion, entry_key
from bot.core.fact_questions import FactReply, OutsideFacts
from bot.core.facts import FactRenderer
from bot.core.knowledge import MEMBERS, Bilingual, Knowledge, Lang, QAEntry
from bot.core.lexicon import MANY, QUESTION_WORDS, STOPWORDS, word_set
from bot.core.matcher import Candidate, Meanings, QuestionIndex, SpellingCorrector, content_words
from bot.core.phrases import ABOUT_ENTITY, FALLBACK, NOT_IN_ARTICLE, SUGGEST, about, say
from bot.core.tuning import Tuning
from bot.core.verdict_text import without_verdict

_WHOLE_LISTS = frozenset({"members", "municipalities"})
"""Facts that list everyone: the answer to "who in the group is X?" only when X is known."""
_WHO_OR_WHICH = frozenset({"hvem", "who", "which", "hvilke", "hvilken"})
UNKNOWN_FILTER = Bilingual(
    da=(
        "Det står der ikke noget om i artiklen: den nævner ikke «{word}» om nogen af medlemmerne. "
        "Den giver kun deres navne, titler og hvor de kommer fra."
    ),
    en=(
        'The article does not say: it says nothing of "{word}" about any member. '
        "It only gives their names, titles and where they come from."
    ),
)

_SECOND_PERSON = frozenset({"du", "dig", "din", "dit", "dine", "you", "your", "yours", "yourself", "bot", "botten"})
_THIRD_PERSON = frozenset({"det", "den", "de", "dem", "it", "they", "them", "han", "hun", "ham", "hende", "he", "she"})
"""A question about "it" or "her" is about something said before, not about the bot ("you")."""
_OPENING_SOMETHING_ELSE = frozenset({"nej", "no", "ses"})
"""Words of small talk ("nej tak", "vi ses") that open other messages too: "nej, nr 8 mente
jeg" corrects a move and "ses vi til frokost?" asks a colleague; neither takes leave."""
_FRAGMENT_FILLER = word_set("sa saa then nu now igen again lige egentlig")
"""Words beside a bare question word that add nothing ("hvem er det så?")."""


class Replies:
    """How ``Engine`` turns what it found into an ``Answer``."""

    knowledge: Knowledge
    tuning: Tuning
    index: QuestionIndex
    spelling: SpellingCorrector
    renderer: FactRenderer
    meaning: Meanings
    _entries: dict[str, QAEntry]
    _organisation_of_word: dict[str, str]
    """An organisation's short name, and its genitive ("KLs"), to its meaning."""

    def _smalltalk(self, text: str, lang: Lang, words: list[str], residual: list[str]) -> Answer | None:
        """Greetings, thanks and help, unless the message also asks a real question."""
        if all(w in QUESTION_WORDS or w in _FRAGMENT_FILLER for w in words if w not in STOPWORDS):
            # "hvem er de?", "af hvem?": a question word and nothing else is a fragment that
            # leans on something said before, never "who are you?". (Checked before searching:
            # whatever the search finds, this is no small talk.)
            return None
        found = self.index.search(words, smalltalk=True)
        if len(words) > 1 and words[0] in self.index.smalltalk_only:
            # "hej, hvad kan du?": the greeting opens a message whose rest is small talk of
            # its own; read together, "hej" dilutes "hvad kan du" below the cut-off.
            after = self.index.search(words[1:], smalltalk=True)
            if after and (not found or after[0].score > found[0].score):
                found = after
        if not found:
            return None
        if (
            set(words) & _THIRD_PERSON
            and not set(words) & _SECOND_PERSON
            and set(found[0].variant.split()) & _SECOND_PERSON
        ):
            # "hvem ejer det?" asks who owns something said before, not "hvem ejer dig?".
            return None
        # "hi bot", "god weekend", "cheers, that's all": opening with a greeting word, and
        # nothing the knowledge could answer beside it, is small talk however loosely it matches.
        only_greeting = (
            words[0] in self.index.smalltalk_only
            and words[0] not in _OPENING_SOMETHING_ELSE
            and not any(self.index.knows(w) for w in residual)
        )
        if found[0].score < self.tuning.answer_cutoff and not only_greeting:
            return None
        if residual and all(self.index.knows(w) for w in residual):
            rival = self.index.search(residual, smalltalk=False, limit=1)
            if rival and rival[0].score >= found[0].score:
                return None
        return self._from_entry(text, lang, found[0])

    def _from_entries(
        self, text: str, lang: Lang, words: list[str], *, required: tuple[str, ...] | None = None
    ) -> Answer:
        """Answer from the Q&A entries.

        ``required``: the question names a member or place and asks something the facts do
        not hold ("what does Signe earn?"); every word must then be known, and only entries
        whose questions use one of those words ("earn") may answer.
        """
        content = content_words(words)
        unknown = [w for w in content if not self.index.knows(w)]
        # Unknown words still count against every entry (they weigh as rare words), but a
        # question that is mostly unknown words is about something else altogether.
        if not content or 2 * len(unknown) > len(content) or (required is not None and unknown):
            return self._reply(text, lang, say(FALLBACK, lang, **about(self.knowledge, lang)), outcome="fallback")
        t = self.tuning
        found = self.index.search(words, smalltalk=False, limit=t.ranked_entries)
        if required:
            needed = {self.meaning(w) for w in required}
            found = [c for c in found if needed & self.index.entry_meanings(c.entry_id)]
        named = {self._organisation_of_word[w] for w in words if w in self._organisation_of_word}
        if named and found and self._about_another_organisation(found[0].entry_id, named):
            # What the knowledge says of one organisation is no answer about another; an entry
            # that names neither ("how many municipalities are in it?") is no answer either.
            found = [c for c in found if named & self.index.entry_meanings(c.entry_id)]
        found = found[: t.max_suggestions]
        if not found or found[0].score < t.suggest_cutoff:
            return self._reply(text, lang, say(FALLBACK, lang, **about(self.knowledge, lang)), outcome="fallback")
        best = found[0]
        runner_up = found[1].score if len(found) > 1 else 0.0
        if len(found) > 1 and best.coverage >= 1.0 > found[1].coverage:
            # The best variant is asked in full; the runner-up's has topic words the question
            # lacks ("the *old* group's chair"): its score overstates how close it is.
            runner_up -= t.unasked_topic_penalty * (1.0 - found[1].coverage)
        # Below the cut-off an entry may still answer, if it is far ahead of all others.
        needed_margin = t.margin + t.low_score_margin_factor * max(0.0, t.answer_cutoff - best.score)
        # One topic word alone ("procurement") must match most of a variant, or it is only
        # a word the topic shares with an entry, not a question about it.
        lone_word_stretch = len(set(content) - QUESTION_WORDS) <= 1 and best.coverage < t.lone_word_coverage
        confident = best.score >= t.min_answer_score and best.score - runner_up >= needed_margin
        if confident and not lone_word_stretch and not self._counts_something_else(best, words):
            qualifier = self._unknown_qualifier(best, content, unknown)
            if qualifier is not None:
                return self._reply(text, lang, say(UNKNOWN_FILTER, lang, word=qualifier), outcome="not_in_article")
            return self._from_entry(text, lang, best)
        band = t.suggest_band_margins * t.margin
        close = [c for c in found if c.score >= t.suggest_cutoff and best.score - c.score < band]
        suggestions = tuple(
            Suggestion(self._entries[c.entry_id].canonical_question(lang), entry_key(c.entry_id)) for c in close
        )
        return self._reply(
            text,
            lang,
            SUGGEST.get(lang),
            outcome="suggestions",
            confidence=int(best.score),
            suggestions=suggestions,
        )

    def _about_another_organisation(self, entry_id: str, named: set[str]) -> bool:
        """ "hvem takker KL?" is not "hvem takker SKI?": an entry whose questions name other
        organisations, and none of those the question names, is about someone else."""
        meanings = self.index.entry_meanings(entry_id)
        organisations = set(self._organisation_of_word.values())
        return bool(meanings & organisations) and not meanings & named

    def _counts_something_else(self, best: Candidate, words: list[str]) -> bool:
        """ "hvor mange ansatte er der i KL?": the count of what the entry counts (municipalities)
        is no count of what is asked (employees)."""
        if best.coverage >= 1.0:
            return False  # the variant's own topic is all asked
        phrased = self.index.phrased(words)  # "focus areas" are themes
        counted = next((b for a, b in pairwise(phrased) if a in MANY), None)
        if counted is None or counted in STOPWORDS or counted not in self.spelling.vocabulary:
            return False  # "how many typically join": no word the knowledge could count by
        return self.meaning(counted) not in self.index.entry_meanings(best.entry_id)

    def _unknown_qualifier(self, best: Candidate, content: list[str], unknown: list[str]) -> str | None:
        """ "hvem i styregruppen er socialdemokrat?": a list of everyone would say they all are;
        a word the knowledge has never seen narrows a who-question in a way no fact can."""
        if self._entries[best.entry_id].fact not in _WHOLE_LISTS or not _WHO_OR_WHICH & set(content):
            return None
        never_seen = (w for w in unknown if w not in self.spelling.vocabulary)
        return next((w for w in never_seen if len(w) >= self.tuning.min_unknown_qualifier_length), None)

    def _from_entry(self, text: str, lang: Lang, candidate: Candidate) -> Answer:
        entry: QAEntry = self._entries[candidate.entry_id]
        # Hand-written text leads; facts rendered from facts.yaml follow it.
        parts = [
            self.renderer.fill(entry.answer.get(lang), lang) if entry.answer else "",
            self.renderer.named[entry.fact](lang) if entry.fact else "",
        ]
        body = "\n\n".join(part for part in parts if part)
        outcome = {"smalltalk": "smalltalk", "not_in_article": "not_in_article"}.get(entry.kind, "answer")
        return self._reply(
            text,
            lang,
            body,
            outcome=outcome,
            confidence=int(candidate.score),
            source=entry.id,
            citation=entry.source,
            as_of=entry.as_of,
        )

    def _from_fact(self, text: str, lang: Lang, reply: FactReply) -> Answer:
        noted = self.renderer.noted_in(reply.text) if reply.as_of is None else None
        return self._reply(
            text,
            lang,
            reply.text,
            outcome=reply.outcome,
            confidence=reply.confidence,
            source=reply.source,
            citation=noted.source if noted else reply.citation,
            as_of=noted.as_of if noted else reply.as_of,
            suggestions=reply.suggestions,
        )

    def _outside_facts(self, text: str, lang: Lang, decision: OutsideFacts) -> Answer:
        body = NOT_IN_ARTICLE.get(lang)
        if decision.known:
            # What is known is told as fact: a verdict it opened with was on another claim.
            known = without_verdict(decision.known)
            body += " " + say(ABOUT_ENTITY, lang, name=decision.name) + " " + known
        return self._reply(text, lang, body, outcome="not_in_article", citation=MEMBERS)

    def _reply(
        self,
        text: str,
        lang: Lang,
        body: str,
        *,
        outcome: str,
        confidence: int = 0,
        source: str | None = None,
        citation: str | None = None,
        as_of: str | None = None,
        suggestions: tuple[Suggestion, ...] = (),
    ) -> Answer:
        answered = outcome in ("answer", "negative", "smalltalk")
        return Answer(
            question=text,
            answered=answered,
            text=body,
            language=lang,
            confidence=max(0, min(100, confidence)) if answered or outcome == "suggestions" else 0,
            outcome=outcome,  # type: ignore[arg-type]
            source=source,
            citation=citation,
            as_of=as_of,
            suggestions=suggestions,
        )
