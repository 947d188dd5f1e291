"""The article's own words: which paragraph a question asks for, and who speaks in it.

``Quoting`` is mixed into ``bot.core.engine.Engine``; what it needs of it is declared here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.answer import Answer
from bot.core.entities import Mention
from bot.core.knowledge import FACTS_BOX, Bilingual, Knowledge, Lang, QAEntry
from bot.core.lexicon import OPINION_WORDS, PhraseIndex, rephrase, word_set
from bot.core.normalize import fold, tokens, word_pairs
from bot.core.passages import Found, PassageIndex
from bot.core.phrases import say
from bot.core.replies import Replies
from bot.core.tuning import Tuning

BOX_HEADING = Bilingual(da="Artiklen slutter med {box}.", en="The article ends with {box}.")
_HEAD_NICKNAMES = frozenset({"chef", "chefen", "boss", "bossen", "topchef", "topchefen", "head"})
"""What people call an organisation's head ("SKI-chefen", "the SKI boss", "the head of SKI"),
beside the organisation named: who speaks, no topic a paragraph must hold."""


_VIEW_FRAME = OPINION_WORDS | word_set("does do did mener mente tror troede believe believes that at")
"""The frame around what someone thinks ("does … think that"), left out to ask it plainly."""


class Quoting(Replies):
    """How ``Engine`` finds the paragraph a question asks for and who speaks in it (answered
    through ``Replies``)."""

    knowledge: Knowledge
    tuning: Tuning
    passages: PassageIndex
    _entries: dict[str, QAEntry]
    _spokesperson: dict[str, str]
    _phrases: PhraseIndex

    if TYPE_CHECKING:
        # Declared for mypy only: the engine's own methods (see ``bot.core.moves``).
        def _ask(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer: ...

    def _for_organisation(
        self, text: str, lang: Lang, forced: Lang | None, mentions: list[Mention], words: list[str]
    ) -> Answer | None:
        """ "according to Signe Lynggaard Madsen, how much was saved?": someone the article quotes
        speaks for their organisation, and the knowledge answers what that organisation says
        ("ifølge SKI"); the question is asked with the organisation named instead. Only for
        one quoted member, asked what they say: anyone else's name, or a question about the
        member ("since when Signe?"), beside words the knowledge cannot place is a gap."""
        people = [m for m in mentions if m.kind == "person"]
        if not self.passages.asks_opinion_or_words(words) or len(mentions) != 1:
            return None
        if len(people) != 1 or len(people[0].ids) != 1:
            return None
        organisation = self._spokesperson.get(people[0].ids[0])
        if organisation is None:
            return None
        typed = [raw for raw, _ in word_pairs(text)]
        for_organisation = [*typed[: people[0].start], organisation, *typed[people[0].end :]]
        answer = self._ask(" ".join(for_organisation), lang, forced)
        if answer.outcome in ("answer", "negative"):
            return replace(answer, question=text)
        # "Why does Signe think the results were that strong?": what she thinks is what the
        # question asks ("why were the results that strong?"), if she is who says it.
        speaker = people[0].ids[0]
        view = [
            raw
            for i, (raw, word) in enumerate(zip(typed, words, strict=True))
            if not people[0].start <= i < people[0].end and word not in _VIEW_FRAME
        ]
        answer = self._ask(" ".join(view), lang, forced)
        if answer.outcome == "answer" and any(fold(speaker) in said for said in self._speakers_folded(answer)):
            return replace(answer, question=text)
        return None

    def _speakers_behind(self, answer: Answer) -> list[Bilingual]:
        """Who speaks in what an answer rests on: its paragraph's speaker, or the speakers of
        the paragraphs of the part of the article its entry was drawn from."""
        source = answer.source or ""
        if source.startswith("passage:"):
            passages = [p for p in self.knowledge.passages if p.id == source.removeprefix("passage:")]
        else:
            entry = self._entries.get(source)
            passages = [p for p in self.knowledge.passages if entry is not None and p.source == entry.source]
        return list(dict.fromkeys(p.speaker for p in passages if p.speaker is not None))

    def _speakers_folded(self, answer: Answer) -> list[str]:
        """``_speakers_behind``, each in both languages and folded, for a name to be looked for in."""
        return [fold(f"{s.da} {s.en}") for s in self._speakers_behind(answer)]

    def _speaker_name(self, kind: str, ids: tuple[str, ...]) -> str:
        if kind == "organisation":
            return next((o.short for o in self.knowledge.organisations if o.id == ids[0]), ids[0])
        return ids[0]

    def _spoken_name(self, mention: Mention) -> str:
        """How the article names a speaker the question names: "Signe Lyngaard Madsen" (a
        typo) is looked for as "Signe Lynggaard Madsen", "SKI's" as "SKI"."""
        if len(mention.ids) != 1:
            return mention.surface
        if mention.kind == "organisation":
            return next((o.short for o in self.knowledge.organisations if o.id == mention.ids[0]), mention.surface)
        return mention.ids[0]

    def _quoted(
        self, text: str, lang: Lang, words: list[str], naming: list[str], prefer: str | None = None
    ) -> Answer | None:
        if naming:
            # "hvad sagde SKI-chefen om …?", "SKI's boss": the head is who speaks, not the topic.
            words = [w for w in words if w not in _HEAD_NICKNAMES]
        # "sign-ups" is "signups", as the vocabulary's phrases read it everywhere else.
        words = rephrase(words, phrases=self._phrases)
        found = self.passages.find(words, naming, prefer, typed=frozenset(tokens(text)))
        if found is None:
            return None
        if found.placed and found.passage.source == FACTS_BOX:
            return self._fact_box(text, lang, found)
        return self._reply(
            text,
            lang,
            self.passages.quote(found, lang),
            outcome="answer",
            confidence=int(self.tuning.passage_confidence * found.share),
            source=f"passage:{found.passage.id}",
            citation=found.passage.source,
        )

    def _fact_box(self, text: str, lang: Lang, found: Found) -> Answer:
        """ "hvad står der i faktaboksen?": the box as a whole, its heading first (the heading
        alone when that is asked), its paragraphs quoted and its themes from the facts."""
        box = self.knowledge.sources[FACTS_BOX].get(lang)
        parts = [say(BOX_HEADING, lang, box=box)]
        if not found.heading:
            box_paragraphs = [p for p in self.knowledge.passages if p.source == FACTS_BOX]
            parts += [self.passages.quote(Found(p, 1.0), lang) for p in box_paragraphs]
            parts.append(self.renderer.themes(lang))
        return self._reply(
            text,
            lang,
            "\n\n".join(parts),
            outcome="answer",
            confidence=int(self.tuning.passage_confidence),
            source=f"passage:{found.passage.id}",
            citation=FACTS_BOX,
        )
