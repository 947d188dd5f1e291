"""The article's own words as a last resort: "what did SKI's director say about the results?".

Each passage (``knowledge/passages.yaml``) is indexed by the meanings of its Danish words
and of its English gloss, so a question in either language finds the Danish quote. A
passage answers only when the question's rarer words are mostly found in it, and either
asks what the article *says* or matches even more closely: an off-topic question sharing
one or two of the article's words gets nothing.
"""

from __future__ import annotations

import math
from collections import Counter, OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot.core.knowledge import Bilingual, Lang, Passage
from bot.core.lexicon import (
    CLAIM_OPENERS,
    EXPLANATION_CUES,
    FRAMING_WORDS,
    LOCATOR_WORDS,
    MEANING_WORDS,
    OPINION_WORDS,
    QUESTION_WORDS,
    QUOTE_CUES,
    QUOTE_PAIRS,
    QUOTE_REQUEST_WORDS,
    STATE_WORDS,
    STOPWORDS,
    word_set,
)
from bot.core.matcher import Meanings
from bot.core.normalize import fold, held_in_frozen, tokens
from bot.core.patterns import lazy
from bot.core.tuning import DEFAULT_TUNING, Tuning

_THANKING = frozenset(fold("thank thanks thanked thanking takker takkede tak takke").split())
"""Cues that say what is said too: "whom does SKI thank?" asks for the paragraph with the thanks."""
_THANKS_GIVEN = frozenset(fold("thank thanks takker takke").split())
"""The active verb: someone thanks someone."""
_WHO = frozenset({"who", "whom", "hvem"})
_THE_ARTICLE = frozenset(fold("article artiklen artikel artiklens text teksten").split())
_SAYS = frozenset(fold("say says said siger sagde står skriver writes write mention mentions nævner").split())
_ABOUT = frozenset(fold("about om regarding angående vedrørende on").split())
"""What the article says about one thing: "hvad siger artiklen om samarbejdet?"."""
HEADING = lazy(r"«([^»]+)»")
"""A heading as ``Knowledge.sources`` quotes it."""
_HEADING_CONTENT_WORDS = 3
"""A heading quoted by fewer content words ("«her»", "«Om den nye styregruppe»") is too
common in questions to say that its part is meant."""
_TYPED_STEM = 6
"""A corrected word still begins like one typed ("besparelserne" read as "besparelsen"): the
same word inflected; "weather" read as "water" shares fewer letters and was not typed."""


_MEANT_BY = frozenset({("mean", "by"), ("means", "by"), ("meant", "by")})
"""'what does Signe mean by …?' asks what she said ("hvad mener hun med …" has "mener")."""


def _as_typed(word: str, typed: frozenset[str]) -> bool:
    stem = word[:_TYPED_STEM]
    return word in typed or (len(stem) == _TYPED_STEM and any(t.startswith(stem) for t in typed))


_WHEN = frozenset({"when", "hvornar"})
_TIME = lazy(r"\b(?:1[89]|20)\d\d\b")
"""A year: what a paragraph must hold to answer "when …?"."""
OPENING_WORDS = word_set("første first opening indledende starter begynder starts begins start begin")
"""A speaker's first paragraph ("hendes første citat", "her opening remark", "hvordan starter citatet?")."""
_QUOTE_NOUNS = word_set("citat citatet citater citaterne quote quotes quotation")
"""'hvordan starter citatet?': with one speaker in the article, the quote is theirs."""
_PLACES = {
    word: source
    for source, text in {
        "lead": "indledning indledningen intro introen ingress ingressen manchet manchetten lead leadet opening"
        " underrubrik underrubrikken firstlines forstelinjer forstelinier firstparagraph forsteafsnit",
        "facts_box": "faktaboks faktaboksen factbox",
    }.items()
    for word in word_set(text)
}
"""Where in the article a paragraph stands, by the source key it has in passages.yaml."""
PLACE_WORDS = frozenset(_PLACES)
"""The same words, which the spelling corrector must keep."""
_HEADING_WORDS = word_set("overskrift overskriften rubrik rubrikken title heading headline titel hedder called")
"""'hvad er overskriften på faktaboksen?': the part's heading, not a topic inside it."""
_PLACE_NOUNS = word_set("""
    paragraph afsnit afsnittet text teksten part delen box date datoen under right lige lines linjer linier
    kan du can could would will you vil gider kunne
""")
"""Words that only say where the place is ("the text right under the date")."""
_AROUND_A_NUMBER = word_set("over under mindst least omkring cirka antal antallet number count")
""""over 80 kommuner": numbers are not looked for in the text, nor the words that bound them
or ask for one ("hvad sagde hun om antallet af kommuner?": the text says "80 kommuner")."""
_SEQUENCE = word_set("derefter bagefter dernæst afterwards subsequently ellers else")
"""'hvilke resultater fremhæver hun derefter?', 'hvad sagde hun ellers?': where in their words,
which no paragraph spells."""
_GENERIC_PRONOUNS = frozenset({"man"})
"""'hvordan skriver man …?': anyone, which no paragraph is about (SKI's "ser man frem til")."""
_NOT_TOPIC = (
    (
        STOPWORDS
        | QUESTION_WORDS
        | QUOTE_CUES
        | CLAIM_OPENERS
        | QUOTE_REQUEST_WORDS
        | FRAMING_WORDS
        | EXPLANATION_CUES
        | MEANING_WORDS
        | STATE_WORDS
        | _AROUND_A_NUMBER
        | _SEQUENCE
        | _GENERIC_PRONOUNS
        | OPINION_WORDS
    )
    - _THANKING
    - LOCATOR_WORDS
)
"""Words that say how something is asked, not what about ("did", "says", "why", "means"): the
article's "Det betyder, at …" is no answer to "what does X mean?"."""


CLOSING_WORDS = word_set("""
    closing concluding conclusion final finally last afsluttende afslutning afslutningen slutningen sidst
    sidste slut slutter ender ends
""")
"""What asks for the last thing someone says ("her closing remarks", "hvad siger hun til sidst?")."""


@lru_cache(maxsize=1 << 12)
def _spoken_by(passage: Passage, name: str) -> bool:
    """Whether ``name`` speaks in the paragraph: its ``speaker``, or the gloss opening with them."""
    if passage.speaker is not None:
        return fold(name) in fold(f"{passage.speaker.da} {passage.speaker.en}")
    return fold(passage.text.en).startswith(fold(name))


@dataclass(frozen=True)
class Found:
    passage: Passage
    share: float
    """Share of the question's word weight (by rarity) that the passage contains."""
    placed: bool = False
    """Found by where it stands ("hvad står der i faktaboksen?"), not by its words: the whole
    part of the article is asked for."""
    heading: bool = False
    """Asked for that part's heading ("hvad er overskriften på faktaboksen?")."""
    also: Passage | None = None
    """A second paragraph that holds the question's words just as fully ("what does the article
    say about the results of the agreements?": SKI's "gode resultater" and its 1,8 mia. kr.):
    quoted after the first, since the words cannot tell which of the two is meant."""


def _place_named(words: Sequence[str]) -> str | None:
    """The part of the article (a ``source`` key) the words name by where it stands, if any."""
    pairs = [f"{a}{b}" for a, b in pairwise(words)]  # "fact box" as "factbox"
    return next((_PLACES[w] for w in [*words, *pairs] if w in _PLACES), None)


_WHERE_READ = frozenset({("according", "to", "the"), ("according", "to"), ("ifolge",)})
_READ_IN = frozenset({"article", "artiklen", "artikel", "text", "teksten"})
_WHO = frozenset({"who", "whom", "hvem"})


def _without_where_read(words: Sequence[str]) -> list[str]:
    """``words`` without "according to the article", "ifølge artiklen": where the answer is read,
    which asks for no words of the article's ("who set up the group, according to the article?")."""
    dropped: set[int] = set()
    for i, word in enumerate(words):
        lead = next((n for n in (3, 2, 1) if word in _READ_IN and tuple(words[max(0, i - n) : i]) in _WHERE_READ), 0)
        dropped.update(range(i - lead, i + 1) if lead else ())
    return [w for i, w in enumerate(words) if i not in dropped]


class PassageIndex:
    def __init__(
        self,
        passages: Sequence[Passage],
        tuning: Tuning = DEFAULT_TUNING,
        meaning: Meanings | None = None,
        sources: Mapping[str, Bilingual] | None = None,
    ) -> None:
        """``sources``: the parts of the article by key, as ``Knowledge.sources`` describes
        them; a heading quoted there («…») names its part."""
        self.tuning = tuning
        self._found: OrderedDict[
            tuple[tuple[str, ...], tuple[str, ...], str | None, frozenset[str] | None], Found | None
        ] = OrderedDict()
        self._headings = {
            frozenset(heading): key
            for key, described in (sources or {}).items()
            for quoted in HEADING.findall(described.da)
            if len(heading := [w for w in tokens(quoted) if w not in STOPWORDS]) >= _HEADING_CONTENT_WORDS
        }
        self._meaning = meaning or Meanings()
        self._passages = tuple(passages)
        self._meanings = [
            frozenset(self._meaning(w) for w in tokens(f"{p.text.da} {p.text.en}") if w not in STOPWORDS)
            for p in self._passages
        ]
        self._texts = [f" {fold(p.text.da)} {fold(p.text.en)} " for p in self._passages]
        self._speakers = frozenset(p.speaker.da for p in self._passages if p.speaker is not None)
        frequency = Counter(m for meanings in self._meanings for m in meanings)
        total = len(self._passages) + 1
        self._idf = {m: math.log(total / df) + 1 for m, df in frequency.items()}
        self._unseen = math.log(total) + 1

    def holding(self, phrase: str) -> Passage | None:
        """The first paragraph, in the article's order, whose words hold ``phrase`` as typed
        ("'særsyn'", "'shoulder to shoulder'"), in either language; None when none does."""
        wanted = f" {fold(phrase)} "
        if not wanted.strip():
            return None
        return next((p for p, text in zip(self._passages, self._texts, strict=True) if wanted in text), None)

    def by_id(self, passage_id: str) -> Passage | None:
        return next((p for p in self._passages if p.id == passage_id), None)

    @staticmethod
    def asks_for_words(words: Sequence[str]) -> bool:
        """Whether the question asks what the article or someone in it says ("hvad står der
        om …": "står" alone is no cue, "hvad står KL for?" asks what the name means)."""
        if _WHO & set(words):
            # "who set up the group, according to the article?" asks for someone, not for words.
            words = _without_where_read(words)
        if any(w in QUOTE_CUES for w in words) or any(pair in QUOTE_PAIRS for pair in pairwise(words)):
            return True
        # "hvad er overskriften på faktaboksen?": a part of the article's heading is its words.
        return bool(_HEADING_WORDS & set(words)) and _place_named(words) is not None

    @classmethod
    def asks_opinion_or_words(cls, words: Sequence[str]) -> bool:
        """Asks what the article says, or what someone thinks ("what does Signe find exciting?")
        or means by something ("what does she mean by …?"): the latter two only count where the
        question names whom (see ``OPINION_WORDS``)."""
        return (
            cls.asks_for_words(words)
            or bool(OPINION_WORDS & set(words))
            or any(pair in _MEANT_BY for pair in pairwise(words))
        )

    def find(
        self,
        words: Sequence[str],
        naming: Sequence[str] = (),
        prefer: str | None = None,
        typed: frozenset[str] | None = None,
    ) -> Found | None:
        """``_find``, remembered (least recently used going first): the paragraphs never change,
        and a turn's readings and repeated questions look for the same words again."""
        key = (tuple(words), tuple(naming), prefer, typed)
        found = self._found
        if key in found:
            found.move_to_end(key)
            return found[key]
        best = found[key] = self._find(words, naming, prefer, typed)
        if len(found) > self.tuning.passage_cache_size:
            found.popitem(last=False)
        return best

    def _find(
        self,
        words: Sequence[str],
        naming: Sequence[str] = (),
        prefer: str | None = None,
        typed: frozenset[str] | None = None,
    ) -> Found | None:
        """The passage that best holds the question ``words`` (folded, spelling-corrected,
        without names). ``naming``: people or organisations the question names ("what does
        SKI say …"); the passage must name one of them. ``prefer``: the part of the article
        (a ``source`` key) that wins among paragraphs holding the words alike. ``typed``: the
        question's words as typed (folded), when known: a topic word put right by the spelling
        corrector ("weather" as "water") is no topic the asker named."""
        # "at the end", not the Danish "end" (than) of "mere end 80".
        # "how does her quote end?": a last "end" is the English verb, never "than".
        closing = bool(CLOSING_WORDS & set(words)) or ("the", "end") in set(pairwise(words)) or words[-1:] == ["end"]
        lone = not naming and bool(_QUOTE_NOUNS & set(words)) and len(self._speakers) == 1
        if (naming or lone) and self.asks_for_words(words) and (closing or OPENING_WORDS & set(words)):
            # "what did she say at the end?", "hendes første citat": the paragraphs follow the
            # article's order, so the last one they speak is their closing remark, the first
            # their opening one.
            # "hvordan starter citatet fra SKI?": a quote is a paragraph with a speaker, not the
            # article's own words about what SKI thinks.
            quoted = bool(_QUOTE_NOUNS & set(words))
            spoken = [
                p
                for p in self._passages
                if (p.speaker is not None if lone else any(_spoken_by(p, name) for name in naming))
                and (p.speaker is not None or not quoted)
            ]
            if not spoken:
                return None
            return Found(spoken[-1] if closing else spoken[0], 1.0)
        paired = {i for i, pair in enumerate(pairwise(words)) if pair in QUOTE_PAIRS for i in (i, i + 1)}
        placed = self._placed(words, paired) if not naming else None
        if placed is not None:
            return placed
        headed = self._under_heading(words, typed)
        if headed is not None:
            return headed
        wanted = {self._meaning(w) for i, w in enumerate(words) if w not in _NOT_TOPIC and i not in paired}
        if not wanted and naming and self.asks_for_words(words):
            # "hvad sagde Signe Lynggaard Madsen?": what they say first; "tell me more" reads on.
            spoken = [p for p in self._passages if any(_spoken_by(p, name) for name in naming)]
            return Found(spoken[0], 1.0) if spoken else None
        # Asking what a named speaker said narrows the paragraphs enough for a one-word topic
        # ("hvad sagde SKI om projektgrupperne?"); a bare name beside one word does not.
        # "hvad siger artiklen om samarbejdet?" names the article as the one speaking: one topic
        # word is enough there too.
        topic = [w for i, w in enumerate(words) if w not in _NOT_TOPIC and i not in paired]
        # "citat om besparelsen?" asks for the article's words on one topic as that does.
        article_says = bool(_THE_ARTICLE & set(words)) and bool(_SAYS & set(words))
        said_of = (
            (article_says or bool(_QUOTE_NOUNS & set(words)))
            and bool(_ABOUT & set(words))
            and typed is not None
            and all(_as_typed(w, typed) for w in topic)
        )
        # "whom does the article thank?": the thanks are the topic and "whom" what is asked.
        # ("who is thanked?" is answered by the entry that says whom in so many words.)
        thanked = bool(_THANKS_GIVEN & set(words)) and bool(_WHO & set(words))
        said_by_one = (naming and self.asks_opinion_or_words(words)) or said_of or thanked
        if len(wanted) < (1 if said_by_one else self.tuning.passage_min_words):
            return None
        candidates = [
            (passage, meanings)
            for passage, meanings, text in zip(self._passages, self._meanings, self._texts, strict=True)
            # "hvad siger SKI om …": SKI speaks where its director is the speaker, too.
            if not naming or any(f" {fold(name)} " in text or _spoken_by(passage, name) for name in naming)
        ]
        if not candidates:
            return None
        weight = {m: self._idf.get(m, self._unseen) for m in wanted}
        total = math.fsum(weight.values())  # fsum: the same share whatever the set's order
        # "hvem takker den gamle styregruppe?": between paragraphs that hold the words alike, who
        # said it is answered by the one someone says, not the article's own narration.
        who = self.asks_for_words(words) and bool(_WHO & set(words))
        # Shares first, the one ``Found`` after: a frozen dataclass is slow to build, and every
        # paragraph is scored for every question that reaches here.
        shares = [(math.fsum(weight[m] for m in wanted if held_in_frozen(m, ms)) / total, p) for p, ms in candidates]
        share, passage = max(
            shares, key=lambda scored: (scored[0], who and scored[1].speaker is not None, scored[1].source == prefer)
        )
        if said_of and not article_says and len(wanted) == 1 and sum(1 for scored, _ in shares if scored == share) > 1:
            # "citat om de 80 kommuner?": a word several paragraphs hold alike chooses none of them.
            return None
        # "why …?", "explain …": the article's reasoning is asked for as its words are.
        cued = (
            self.asks_for_words(words)
            or any(w in EXPLANATION_CUES for w in words)
            or (bool(naming) and self.asks_opinion_or_words(words))
        )
        tied = [p for scored, p in shares if scored == share and p is not passage]
        # Two paragraphs alike are both quoted; more than two means the words are too common to
        # point anywhere, and "who …?" already chose the one someone says.
        also = tied[0] if cued and not who and len(tied) == 1 and passage.source != prefer else None
        best = Found(passage, share, also=also)
        needed = self.tuning.passage_share_cued if cued else self.tuning.passage_share
        if best.share < needed:
            return None
        # "hvornår udløber aftalerne?": a paragraph about them that names no time is no answer.
        # ("… flood when cloudbursts come" is no when-question: that "when" joins a clause.)
        if _WHEN & set(words[:2]) and not _TIME.search(best.passage.text.da):
            return None
        return best

    def _under_heading(self, words: Sequence[str], typed: frozenset[str] | None) -> Found | None:
        """ "Hvad står der i artiklen under 'Fakta om KL's indkøbsstrategi'?": the part of the
        article under a heading the question quotes, when it asks what is written."""
        if typed is None or not self.asks_for_words(words):
            return None
        source = next((s for heading, s in self._headings.items() if heading <= typed), None)
        if source is None:
            return None
        under = [p for p in self._passages if p.source == source]
        # "hvem udtaler sig under 'Nu skal …'?": who speaks there, so the first paragraph someone says.
        spoken = [p for p in under if p.speaker is not None] if _WHO & set(words) else []
        return Found((spoken or under)[0], 1.0, placed=True) if under else None

    def _placed(self, words: Sequence[str], paired: set[int]) -> Found | None:
        """ "hvad står der i indledningen?", "what does the lead paragraph say?": the paragraph
        found by where it stands, when the question names nothing else to look for."""
        if not self.asks_for_words(words):
            return None
        source = _place_named(words)
        if source is None:
            return None
        # "fact box", "first lines": both words of a place named in two.
        in_a_place = {j for i, (a, b) in enumerate(pairwise(words)) if f"{a}{b}" in _PLACES for j in (i, i + 1)}
        rest = {
            w
            for i, w in enumerate(words)
            if i not in paired | in_a_place and w not in _NOT_TOPIC | _PLACE_NOUNS and w not in _PLACES
        }
        heading = bool(rest) and rest <= _HEADING_WORDS
        if rest and not heading:
            return None  # "what does the fact box say about the themes?": a topic to look for
        return next((Found(p, 1.0, placed=True, heading=heading) for p in self._passages if p.source == source), None)

    @staticmethod
    def quote(found: Found, lang: Lang) -> str:
        quoted = PassageIndex._quote_one(found.passage, lang)
        if found.also is None:
            return quoted
        return f"{quoted}\n\n{PassageIndex._quote_one(found.also, lang)}"

    @staticmethod
    def _quote_one(passage: Passage, lang: Lang) -> str:
        said = f" — {passage.speaker.get(lang)}" if passage.speaker else ""
        if lang == "da":
            return f"Artiklen skriver: «{passage.text.da}»{said}"
        return f"The article says (in Danish): «{passage.text.da}»{said}\nIn short: {passage.text.en}"
