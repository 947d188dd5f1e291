"""The answer engine: one question in, one ``Answer`` out. No Telegram, no I/O.

Order of work: recognise names (members, municipalities, organisations, themes), repair
typos in the other words, then let the fact base answer name questions and the curated
Q&A entries answer the rest. Precision beats recall: when the words of a question are
not all understood, the engine says the article cannot answer rather than guess.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from bot.core import claims
from bot.core.answer import Answer, parse_key
from bot.core.blanks import blank_asked
from bot.core.claim_shape import asks_definition, claim_slot_lost, is_claim
from bot.core.conversation import Conversation, Dialogue, TurnReading
from bot.core.counts import COUNT_OPENERS
from bot.core.courtesy import GREETINGS_AND_THANKS
from bot.core.dictation import undictated, without_fillers
from bot.core.entities import HONORIFICS, Mention, Recognizer
from bot.core.fact_questions import FactQuestions, FactReply, OutsideFacts
from bot.core.facts import FactRenderer
from bot.core.for_the_asker import ONLY_IN_GENERAL, in_general, without_the_asker
from bot.core.framing import (
    CONFIRM_WORDS,
    REFERENCES,
    REPORTING_WORDS,
    VALUE_NOUNS,
    asks,
    plain_framing,
    with_plain_tag,
)
from bot.core.genders import fits, gender_of
from bot.core.guesses import answered_with_count_guess
from bot.core.heard_of import readings_of_heard
from bot.core.joined_claims import judged_by_clauses
from bot.core.knowledge import MEMBERS, Bilingual, Knowledge, Lang, Passage
from bot.core.language import detect_language
from bot.core.lexicon import (
    ABBREVIATIONS,
    AGENT_MARKERS,
    AMOUNT_WORDS,
    CHAIR_TITLE,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    COMPARATIVES,
    COMPARISON_WORDS,
    CONCEPTS,
    CONTAINS_WORDS,
    DANISH_CUES,
    DEFINITION_CUES,
    DIFFERENCE_WORDS,
    DIFFERENT_WORDS,
    ENGLISH_CUES,
    FRAMING_WORDS,
    GROUP_WORDS,
    MEANING_WORDS,
    MEMBERSHIP_WORDS,
    MONTH_PARTS,
    MONTHS,
    MUNICIPALITY_CONTEXT,
    OR_WORDS,
    ORGANISATION_DEFINITION,
    ORGANISATION_HEAD,
    ORGANS,
    OUTSIDE_JOBS,
    PEOPLE_WORDS,
    PERSON_CONTEXT,
    PERSONAL_PRONOUNS,
    PHRASES,
    PLAIN_WORDS,
    POSSESSIVE_PRONOUNS,
    PUBLIC_BODIES,
    QUESTION_TYPES,
    QUESTION_WORDS,
    QUOTE_CUES,
    QUOTE_NOUNS,
    REFERRING,
    SEASONS,
    STATE_VERBS,
    STOPWORDS,
    STRUCTURE_WORDS,
    TALLY_WORDS,
    THEME_CONTEXT,
    THEME_WORDS,
    TIME_UNITS,
    TITLE_WORDS,
    how_worded,
    number_words,
    owned_names,
    personal_pronouns,
    phrase_index,
    spelled_out_negations,
    tag_start,
    which_company,
    word_set,
)
from bot.core.loader import load_knowledge
from bot.core.located import WHERE_IT_SAYS, located_asked
from bot.core.matcher import Candidate, Meanings, QuestionIndex, SpellingCorrector, content_words, question_type
from bot.core.message import MessageReading, without_closing_please
from bot.core.name_spelling import spelling_asked
from bot.core.neighbours import in_danish
from bot.core.normalize import clean_display, fold, tokens, word_pairs
from bot.core.number_names import spoken_decimals
from bot.core.passages import HEADING, PLACE_WORDS, Found, PassageIndex
from bot.core.patterns import lazy
from bot.core.peers import seat_named
from bot.core.phrases import (
    EMPTY,
    NO_SUCH_DOER,
    PERSON_QUESTION,
    YEAR_NOT_IN_ARTICLE,
    say,
)
from bot.core.place_ones import place_ones_named
from bot.core.polite_address import polite_address_plain
from bot.core.quoted_titles import wording_checked
from bot.core.quoting import Quoting
from bot.core.reasoning import Reasoner
from bot.core.rewriting import swapped
from bot.core.run_together import RunTogether
from bot.core.speakers import QUOTED_WORDS, SAYING_WORDS
from bot.core.tuning import DEFAULT_TUNING, Tuning
from bot.core.turn_memo import one_turn, remembered
from bot.core.turn_words import language_named
from bot.core.verdict_text import has_verdict
from bot.core.verdicts import ClaimChecker, is_topic_claim, origins_claimed
from bot.core.wishes import as_contact_question
from bot.core.written_shapes import cleft_unwound, in_plain_words, quotation_marked, set_aside_dropped, unshouted

_YEAR = lazy(r"(19|20)\d\d")
_MEANS_PHRASE = lazy(r"\bhvad (?:vil|skal) (?:det|man) sige\b|\bhvad menes (?:der )?med\b")
"""Danish ways to ask what a word means without "betyder" ("hvad vil det sige, at …")."""
_CONTRAST = lazy(r"\s*,?\s*\b(?:rather than|instead of|snarere end|i stedet for|frem for)\b[^,;?!.]*", re.I)
"""The alternative a yes/no question sets aside ("… rather than as a chief executive")."""
_EQUALS_WHAT = lazy(r"=\s*\?+\W*$")
"""A word set equal to a question mark ("tjenesteydelser = ?") asks what it means."""
_ABOUT = frozenset({"om", "about", "on"})
_QUOTED = lazy(r"""(?<!\w)['‘"“«]([^'’"”»]{2,}?)['’"”»](?!\w)""")
"""Words quoted in a question: 'fælleskommunale forpligtende aftaler', «nedsat»."""
_BOUND_WORDS = frozenset({"than", "end", "or", "eller"})
_BOUNDING = COMPARATIVES | _BOUND_WORDS
_CLAIMED_VALUE_WORDS = CLAIM_TAGS | AMOUNT_WORDS | MONTHS
_DEFINITION_FRAME_WORDS = STOPWORDS | DEFINITION_CUES | QUESTION_WORDS
_MEANING_ASKED = DEFINITION_CUES - REFERRING
"""A word's meaning asked beside a quote or paragraph; "what does 'sidstnævnte' refer to in the
paragraph …?" asks what it points at there, which the paragraph shows."""
"""What joins comparatives to a figure ("more or less than 2 billion")."""
_WHICH_WORDS = frozenset({"which", "what", "hvilken", "hvilket", "hvilke", "hvad"})
OFFICES = OUTSIDE_JOBS | PUBLIC_BODIES
"""Offices and bodies outside the article's administrations ("minister", "folketinget")."""
_LOCAL_COUNCILS = frozenset({"council", "councils"})
"""An office that is a member's own municipality when asked of the member ("which council is he from?")."""
_HOW_MANY_WORDS = frozenset(word for pair in COUNT_OPENERS for word in pair)
_BODY_NOUNS = frozenset({"body", "bodies", "organ", "organet", "agency", "institution", "department"})
"""What may follow an office in "which government body …"."""
_REPLY_LANGUAGE = lazy(
    r"\b(?:answer|reply|respond|write|svar|skriv)\w*\s+(?:me\s+|mig\s+)?(?:in|pa|on)\s+(english|engelsk|danish|dansk)\b"
)
"""An explicit request for the reply's language, over folded text."""
_REPLY_LANGUAGE_TAIL = lazy(
    r"[?.!,:;]\s*(?:(?:please|pls|gerne|venligst|kindly|answer|reply|svar|skriv|write|forklar|explain"
    r"|list|liste|en|a|kort|briefly|me|mig)\s+){0,4}(?:in|på|paa)\s+(english|engelsk|danish|dansk)"
    r"(?:[\s,]+(?:please|pls|thanks|tak|tack))?\s*[.!?]*\s*$",
    re.IGNORECASE,
)
"""The reply's language asked after the question, in a sentence of its own ("…? in English please",
"…? Forklar gerne på engelsk, tak", "…? Gerne en liste på engelsk")."""
_REPLY_LANGUAGE_AFTER_REQUEST = lazy(
    r"\b(?:summarise|summarize|explain|describe|translate|opsummer|forklar|beskriv|oversæt)\b[^?!]{0,60}?"
    r"(?P<tail>\s+)(?:in|på|paa)\s+(english|engelsk|danish|dansk)[\s.!?]*$",
    re.IGNORECASE,
)
"""'Then please summarise the first theme in Danish.': the language of a request to explain,
said at its end with no mark before it."""
_REPLY_LANGUAGE_RAW = lazy(
    r"\b(?:please\s+|venligst\s+|pls\s+)?(?:answer|reply|respond|write|svar|skriv)\w*\s+(?:me\s+|mig\s+)?"
    r"(?:in|på|pa|paa|on)\s+(?:english|engelsk|danish|dansk)\b",
    re.IGNORECASE,
)
_DOTTED_ORDINAL = lazy(r"\b(\d{1,2})\.\s+(tema|temaet|theme)\b", re.IGNORECASE)
"""'5. tema' (the fifth theme): read as 'tema 5'."""
_VAGUE_TOPICS = word_set("det dette that this it saa so then anything noget did do")
"""What "about that" points at: no topic of its own."""
_RECENTLY = frozenset({"newly", "recently", "just", "nyligt", "nylig", "netop", "nyt", "nye", "ny", "new"})
_ARTICLES = frozenset({"the", "a", "this", "den", "det", "en", "et", "denne"})
"""What stands before a participle that describes the group ("the established group")."""
_RELATIVE_WORDS = frozenset({"that", "which", "som", "der"})
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "har", "havde"})
"""'the group that KL has set up': the relative clause that names the group by how it came about."""
_MADE = frozenset({"lavet", "made", "created", "skabt"})
"""Plain verbs for how the group came about, said after it ("the group KL has made")."""
_FOR_WORDS = frozenset({"for", "of", "til", "bag", "behind"})
_SERVED_PRONOUNS = frozenset({"it", "den"})
_SERVING_PARTICIPLES = frozenset(fold("implementing following delivering carrying driving").split())
"""'the group implementing the strategy': the participle alone, without "that", says what it serves."""
_SERVING_VERBS = _SERVING_PARTICIPLES | frozenset(
    fold(
        "implement implements implementere implementerer følge follow følger follows deliver delivers indfri indfrie"
        " gennemføre gennemfører carry carries drive drives"
    ).split()
)
"""'the group that is to implement the strategy', 'gruppen der skal følge op på strategien'."""
_OWNED_BY = frozenset({"hos", "fra", "af", "ved", "from", "of", "at", "by"})
"""What stands between the strategy or a theme and its owner's name ("strategien hos KL")."""
_GROUP_OWNED_BY = frozenset({"hos", "of"})
"""What stands between the group and the organisation whose it is ("the steering group of KL")."""
_STRATEGY_REACH = 7
"""How far after the group's noun a relative clause may name the strategy it serves."""
_KOMMUNE = frozenset({"kommune"})
_TRANSLATING = word_set("translate translated translation oversæt oversaet oversat oversættelse")
_HONORIFIC = lazy(
    r"\b(?:" + "|".join(f"[{h[0].upper()}{h[0]}]{h[1:]}" for h in sorted(HONORIFICS, key=lambda h: (-len(h), h))) + r")"
    r"\.?\s+(?=[A-ZÆØÅ])"
)
"""'Mr. Morten Mandøe', 'fru Winther': a courtesy title before a name, whose full stop read as
the end of a sentence cut the question from its name."""
_SPEAKER_LABEL = lazy(r"(^|[.!?]\s+)\s*([A-ZÆØÅ][a-zæøåéü]+):\s+(?=\S)")
"""'Anna: og Hjørring?', '… Mads: nej kun én.': a chat transcript's name of who typed the line."""
_GLOSS = lazy(r"\s*\(([^()]{1,40})\)(?=\s*[?.!,;:]|\s*$)")
"""Words in brackets closing a clause: a gloss or aside of the asker's ("… on procurement
(Zusammenarbeit)?"); inside a clause they may say what is asked ("a double (hyphenated) surname")."""
_RESTATED = lazy(
    r"^(?P<asked>.*\b(?:who|what|which|how|hvem|hvad|hvilke[nt]?|hvor)\b[^,;]*?)\s*,\s*"
    r"(?:i\.\s?e\.?|ie|that\s+is|in\s+other\s+words|dvs\.?|det\s+vil\s+sige|med\s+andre\s+ord)\s+[^,;?.!]+(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)
"""A question, then the asker's restatement of it ("How many are from outside the municipalities,
i.e. from KL or SKI?"), which may blur what is asked or say it precisely. Never a claim's:
"…, i.e. from SKI, right?" may say what is false."""
_PLAINLY = lazy(
    r"[,;]?\s*\b(?:in\s+plain\s+(?:english|words|terms)|in\s+simple\s+(?:terms|words)|på\s+(?:almindeligt|jævnt)\s+dansk"
    r"|med\s+almindelige\s+ord"
    r"|in\s+(?:one|a|1|a\s+single)\s+(?:line|sentence|word)|in\s+a\s+few\s+words|in\s+a\s+nutshell|in\s+short(?=\s*(?:[,.!?]|$))"
    r"|i\s+(?:én|en|et|ét|1)\s+(?:linje|sætning|saetning|ord)|med\s+få\s+ord|kort\s+fortalt|i\s+korte\s+træk"
    r"|(?:a\s+(?:little\s+)?bit|a\s+little|briefly)(?=\s*(?:[,.!?]|$)))\b",
    re.IGNORECASE,
)
"""A request for plain or few words ("…, in plain English", "… in one line", "kort fortalt",
"explain the third one a bit"),
which asks for no language and no other fact: every answer is a few plain sentences anyway."""
_TITLE_MEANS = Bilingual(da="hvad betyder {title}?", en="what does {title} mean?")
_TITLE_NOUNS = ("titel", "titlen", "titler", "titlerne", "title", "titles")
"""The word for title, which a title part may be joined to ("direktørtitel")."""
ARTICLE_WORDS = frozenset({"artiklen", "artikel", "article", "nyheden", "news"})
_OK = frozenset({"ok", "okay", "okey", "oki", "okidoki"})
ABOUT_WORDS = frozenset({"om", "about", "on"})


_ATTRIBUTING = frozenset({("in",), ("i",), ("in", "the"), ("ifolge",), ("according", "to"), ("according", "to", "the")})
"""Before the article's name, where an answer is to be found ("… in the article", "ifølge artiklen")."""


def _article_attributed(words: list[str]) -> set[int]:
    """Where "in the article", "i artiklen", "according to the article" say where to look, which
    is always the article: those words ask nothing of an entry ("who is thanked in the article?")."""
    positions: set[int] = set()
    for i, word in enumerate(words):
        if word not in ARTICLE_WORDS or (i + 1 < len(words) and words[i + 1] in ABOUT_WORDS):
            continue
        for lead in _ATTRIBUTING:
            if tuple(words[max(0, i - len(lead)) : i]) == lead:
                positions.update(range(i - len(lead), i + 1))
    positions |= _article_clause(words)
    rest = {w for j, w in enumerate(words) if j not in positions and w not in STOPWORDS and w not in QUESTION_WORDS}
    if not rest or rest & _TELLING:
        return set()  # "what is in the article?", "hvem nævnes i artiklen?" ask about the article itself
    return positions


def _article_clause(words: list[str]) -> set[int]:
    """Where a closing clause ("… the agreements the article talks about", "… aftalerne som
    artiklen nævner") says only that the thing asked about is the article's."""
    for i, word in enumerate(words[:-1]):
        if word not in ARTICLE_WORDS or words[i + 1] not in _CLAUSE_TELLING:
            continue
        if not set(words[i + 2 :]) <= _CLAUSE_TAIL:
            continue
        start = i
        while start and words[start - 1] in _CLAUSE_OPENERS:
            start -= 1
        # After the thing it describes: not "the article mentions what?", nor "how many groups
        # does the article talk about?", whose subject is the article.
        if start and words[start - 1] not in _BEFORE_NO_SUBJECT:
            return set(range(start, len(words)))
    return set()


_CLAUSE_TELLING = frozenset(
    fold(
        "talk talks talked speak speaks refer refers mention mentions mentioned describe describes discusses covers "
        "taler talte omtaler omtalte "
        "nævner nævnte beskriver henviser refererer"
    ).split()
)
_CLAUSE_OPENERS = frozenset({"the", "that", "which", "som", "der", "den"})
_CLAUSE_TAIL = frozenset({"about", "om", "of", "to", "til"})
_AUXILIARIES = frozenset(fold("does do did har havde gør gjorde is are er").split())
_BEFORE_NO_SUBJECT = STOPWORDS | QUESTION_WORDS | _AUXILIARIES
"""Words before "the article mentions …" that leave it no subject of its own (joined once, not per call)."""
_TELLING = frozenset(
    fold(
        "står star says say siger skriver writes written nævnes nævner naevnes naevner mentioned mentions named "
        "quoted citeret"
    ).split()
)
"""What an article does with its contents: a question using them asks about the article itself."""
_AskKey = tuple[str, Lang | None, Lang | None]
_THIS_TURN: ContextVar[dict[_AskKey, Answer] | None] = ContextVar("_THIS_TURN", default=None)
"""The questions one public call (a turn, a message) has asked the engine so far: its readings,
reframings and parts ask the same words again ("n ham? titel" asks "n ham?" three times). Kept for
that call only, whatever ``Tuning.answer_cache_size`` says, so a turn never seen before repeats no
work; a context variable, so concurrent calls never share one."""


class Engine(MessageReading, Quoting):
    def __init__(self, knowledge: Knowledge, default_language: Lang = "en", tuning: Tuning = DEFAULT_TUNING) -> None:
        self.knowledge = knowledge
        self.tuning = tuning
        self.default_language = default_language
        # "KL's", and "KLs" typed without the apostrophe.
        owners = frozenset(name for o in knowledge.organisations for name in (fold(o.short), fold(o.short) + "s"))
        self._owners = owners
        subject = knowledge.vocabulary
        self.meaning = Meanings(subject.synonyms)
        """Words to concepts: the language's, and the subject's from ``knowledge/vocabulary.yaml``."""
        self._organisation_of_word = {
            name: self.meaning(fold(o.short))
            for o in knowledge.organisations
            for name in (fold(o.short), fold(o.short) + "s")
        }
        owned = owned_names(knowledge.own_name_words, subject.synonyms)
        self._owned = owned
        """The strategy's own name words ("vandplan"), which inflected forms begin with."""
        self.index = QuestionIndex(
            [e for e in knowledge.entries if e.kind != "definition"], tuning, owners, subject, owned
        )
        # Definitions are a separate index: their words ("mean", "English") must not weigh on others.
        definitions = [e for e in knowledge.entries if e.kind == "definition"]
        self.terms = QuestionIndex(definitions, tuning, owners, subject, owned)
        shared = Counter(m for e in definitions for m in self.terms.entry_meanings(e.id))
        self._definition_frame = frozenset(m for m, n in shared.items() if n * 2 > len(definitions))
        """Meanings most glossary questions share ("what", "does", "mean"): the frame, no word."""
        self.definition_ids = frozenset(e.id for e in definitions)
        theme_keywords = {fold(k) for t in knowledge.strategy.themes for k in t.keywords}
        # The themes' own titles are words the bot answers about: "shore" is no typo for "share".
        theme_keywords |= {w for t in knowledge.strategy.themes for w in fold(f"{t.title.da} {t.title.en}").split()}
        vocabulary = (
            self.index.vocabulary
            | self.terms.vocabulary
            | STOPWORDS
            | PERSON_CONTEXT
            | MUNICIPALITY_CONTEXT
            | ORGANISATION_DEFINITION
            | ORGANISATION_HEAD
            | THEME_CONTEXT
            | THEME_WORDS
            | CONTAINS_WORDS
            | COMPARISON_WORDS
            | COMPARATIVES
            | PLAIN_WORDS
            | PLACE_WORDS
            | DIFFERENCE_WORDS
            | DIFFERENT_WORDS
            | TALLY_WORDS
            # "there are seven kommunaldirektører": number words are words, not typos ("serve").
            | frozenset(number_words("da"))
            | frozenset(number_words("en"))
            | DANISH_CUES
            | ENGLISH_CUES
            | theme_keywords
            # The article's own words are no typos: "close cooperation" must not be read "closed".
            | frozenset(w for p in knowledge.passages for w in fold(f"{p.text.da} {p.text.en}").split())
            # …and so are its headings: "under 'Fakta om KL's indkøbsstrategi'" quotes a heading,
            # no stranger called Fakta.
            | frozenset(w for part in knowledge.sources.values() for h in HEADING.findall(part.da) for w in tokens(h))
            | frozenset(subject.synonyms)
            | frozenset(subject.title_parts)
            # Words the structure of a question rests on are words, not typos of others:
            # "citeres" must stay "citeres" for "hvor mange personer citeres?".
            | QUOTED_WORDS
            | SAYING_WORDS
            | _CLAUSE_TELLING
            | STATE_VERBS
            | OUTSIDE_JOBS
            | PUBLIC_BODIES
            | frozenset(ORGANS)
            | AMOUNT_WORDS
            | frozenset(MONTH_PARTS)
            # "efteråret" is no typo of "efter"; "winter" may well be one of "Winther", a member's name.
            | frozenset(w for w in SEASONS if SEASONS[w] != SEASONS["winter"])
            | TIME_UNITS
            | TITLE_WORDS
            # "længst nede på listen" is a place on a list, not "need".
            | word_set("nede oppe")
        )
        # "I heard Pedersen is from Rudersdal": a reporting verb is no typo ("heard" is no "head");
        # a word the language gives a meaning is put right only into a word of that meaning
        # ("relate" may become "related", "meningen" never "meaning", "cities" never "cite").
        self.spelling = SpellingCorrector(
            vocabulary,
            tuning,
            known_only=STRUCTURE_WORDS | REPORTING_WORDS,
            meaningful=frozenset(CONCEPTS),
            meaning=self.meaning,
        )
        self.recognizer = Recognizer(knowledge, self.spelling.vocabulary, tuning)
        named = [
            *(m.name for m in knowledge.municipalities),
            *(a for m in knowledge.municipalities for a in m.aliases),
            *(o.short for o in knowledge.organisations),
            *(a for o in knowledge.organisations for a in o.aliases),
            *(p.name for p in knowledge.people),
        ]
        self.run_together = RunTogether(
            self.spelling.vocabulary | knowledge.title_words | {w for n in named for w in fold(n).split()},
            (p.name for p in knowledge.people),
            tuning.spelling_cache_size,
        )
        self.renderer = FactRenderer(knowledge)
        self.facts = FactQuestions(self.renderer, self.meaning)
        self.passages = PassageIndex(knowledge.passages, tuning, self.meaning, knowledge.sources)
        self._phrases = phrase_index(PHRASES, subject.phrases)
        self.reasoner = Reasoner(
            self.renderer,
            self.facts.theme_named_by,
            self.facts.theme_keyword_of,
            knows=self._plain_word,
            memory=tuning.reasoning_cache_size,
            negation_reach=tuning.negation_reach,
        )
        self._entries = {entry.id: entry for entry in knowledge.entries}
        self.checker = ClaimChecker(
            knowledge,
            self.renderer,
            self.passages,
            self.meaning,
            self._phrases,
            knows=self._knows_word,
        )
        # "the only person from Viborg": a word for people is no stub of "personalestaben".
        self._title_stubs = (
            frozenset(job[:end] for job in self.facts.job_words for end in range(tuning.min_title_stub, len(job)))
            - PEOPLE_WORDS
        )
        titles = [fold(p.title.da) for p in knowledge.people]
        self._title_heads = frozenset(
            part for part in knowledge.vocabulary.title_parts if any(t.endswith(part) for t in titles)
        )
        """The kinds of job the members' titles end in ("chef", "direktør"): a word ending in one is a title."""
        self._title_head_tuple = tuple(self._title_heads)
        quoted = knowledge.quoted_people
        self._spokesperson = {
            person.name: organisation.short
            for person in knowledge.people
            if person.name in quoted
            for organisation in knowledge.organisations
            if organisation.id == self.renderer.seat_of(person).organisation_id
        }
        """Members the article quotes, to the short name of the organisation they speak for."""
        self._said_of_words = self.index.smalltalk_only - GREETINGS_AND_THANKS - PERSON_CONTEXT
        """Small talk's words that may say something of a member: not greetings or thanks."""
        self._danish_cues = (DANISH_CUES | self.index.only_in["da"]) - ENGLISH_CUES
        self._english_cues = (ENGLISH_CUES | self.index.only_in["en"]) - DANISH_CUES
        self._numbers = frozenset(re.findall(r"\d+", repr(knowledge)))
        """Numbers the knowledge states (2012, 80, 14...): a question may name them freely."""
        self._years = ", ".join(sorted(n for n in self._numbers if _YEAR.fullmatch(n)))
        self._asked: OrderedDict[tuple[str, Lang | None, Lang | None], Answer] = OrderedDict()
        self.dialogue = Dialogue(self)
        """Reads the turns of a conversation (``converse``) against this knowledge."""

    def _knows_word(self, word: str) -> bool:
        """Whether ``word`` (folded) is one the engine knows: its spelling vocabulary or a word of
        the curated questions."""
        return word in self.spelling.vocabulary or self.index.knows(word)

    def _without_foreign_gloss(self, found: re.Match[str]) -> str:
        """ "… stronger cooperation on procurement (Zusammenarbeit)?": a word in brackets the
        engine does not know is the asker's own gloss, no name to check the claim against."""
        words = [w for _, w in word_pairs(found.group(1))]
        unknown = words and not any(self._knows_word(w) for w in words)
        return "" if unknown and not self.recognizer.find(word_pairs(found.group(1))) else found.group(0)

    def without_speaker_labels(self, text: str) -> str:
        """``text`` without the names a group chat puts before its lines ("Anna: og Hjørring?"):
        a first name, or a word the engine does not know, then a colon. A surname, a place or a
        word of the subject before a colon says what is asked ("Karm: titel?", "Tema 3: …")."""

        def unlabelled(found: re.Match[str]) -> str:
            name = found.group(2)
            folded = fold(name)
            mentions = self.recognizer.find([(name, folded)])
            first_name = bool(mentions) and all(
                m.kind == "person" and all(fold(person).split()[0] == folded for person in m.ids) for m in mentions
            )
            unknown = not mentions and not self._knows_word(folded)
            return found.group(1) if first_name or unknown else found.group(0)

        return _SPEAKER_LABEL.sub(unlabelled, text).strip() or text

    def _plain_word(self, word: str) -> bool:
        """A word a member claim may carry unchecked: not a word of a member's title, nor the
        start of one ("vand" of "vandchef"), outside a recognised title: a typo or a stub the
        title recogniser missed, so no title check covered it."""
        if word in self.knowledge.vocabulary.title_parts:
            return True
        if word in self.facts.job_words or word in self._title_stubs:
            return False
        return not self._titled(word)

    def _spelled(self, corrected: str, typed: str) -> str:
        """ "komunaldirektør" is put right, but "forsyningschef" is a title made up, not a typo
        for "forsyninger": kept as typed, so no claim is confirmed on the words around it."""
        if self.recognizer.inflects_a_name_part(typed, corrected):
            return typed  # "signed off" is no "Signe off"
        return typed if corrected not in self.facts.job_words and self._titled(typed) else corrected

    def _titled(self, word: str) -> bool:
        """ "udbudschef", "økonomichef": a word made the way the members' titles are (ending in
        "chef", "direktør" …) but no title a member holds as typed."""
        # A head that ends the word after its first letter ends it and is shorter than it.
        return word not in self.facts.job_words and word[1:].endswith(self._title_head_tuple)

    @classmethod
    def from_directory(cls, directory: Path | str | None = None) -> Engine:
        return cls(load_knowledge(directory))

    # -- public -------------------------------------------------------------------------

    @contextmanager
    def _one_turn(self) -> Iterator[None]:
        """Scope of ``_THIS_TURN``: opened by the outermost public call, shared by nested ones."""
        if _THIS_TURN.get() is not None:
            yield
            return
        token = _THIS_TURN.set({})
        try:
            with one_turn(self.tuning.turn_work_memo_size):
                yield
        finally:
            _THIS_TURN.reset(token)

    def _read_plainly(self, text: str) -> str:
        """``text`` as every later step meets it: dictated filler dropped, neighbour languages'
        words in Danish, run-together words apart ("hvormange", "igruppen"), and the framing that
        only names the source or asks to check read off (``framing.plain_framing``); the asker's
        plan to reach a member asked as how to reach them (``wishes``), the polite "De" as "du"
        (``polite_address``) and "the Aalborg one" as its member's name (``place_ones``). A turn
        reads its text so several times over (the turn, then each question asked of it)."""
        return remembered((self, "plainly", text), lambda: self._plainly(text))

    def _plainly(self, text: str) -> str:
        # A member's "…, ikke kommunaldirektør?" is checked part by part elsewhere.
        text = set_aside_dropped(text, about_someone=lambda claim: "person" in self._named_in(claim))
        written = in_plain_words(without_fillers(text))
        plain = self.run_together.apart(in_danish(polite_address_plain(written)))
        return plain_framing(as_contact_question(place_ones_named(plain, self._one_member_at, self._named_in)))

    def _named_in(self, text: str) -> set[str]:
        return {kind for kind, _ in self._named_ids(text)}

    def _one_member_at(self, place: str) -> str | None:
        """The one member sitting for ``place`` (a municipality or organisation as written), or
        None when it names no seat or a seat of two."""
        seats = {
            seat.id: seat
            for m in self.recognizer.find(word_pairs(place))
            if m.kind in ("municipality", "organisation") and (seat := seat_named(self.renderer, m)) is not None
        }
        if len(seats) != 1:
            return None
        (seat,) = seats.values()
        return seat.people[0].name if len(seat.people) == 1 else None

    def ask(self, question: str, language_hint: Lang | None = None) -> Answer:
        with self._one_turn():
            return self._ask_message(question, language_hint)

    def _ask_message(self, question: str, language_hint: Lang | None) -> Answer:
        asked = clean_display(question)
        blank = blank_asked(asked)
        if blank is not None:
            # "Udfyld: Strategien har fokus på ___ temaer.": the blank is what is asked.
            return replace(self._ask_message(blank, language_hint), question=asked)
        located = located_asked(asked)
        if located is not None:
            # "Under hvilken mellemrubrik står listen over medlemmerne?": the thing named, then
            # where the answer to it stands.
            what, lang = located
            named = self.dialogue.read(what, Conversation(), lang)
            if named.answer.outcome == "answer":
                where = self.dialogue.read(WHERE_IT_SAYS.get(lang), named.state, lang)
                if where.answer.answered:
                    return replace(where.answer, question=asked)
        heard = readings_of_heard(self._read_plainly(asked))
        if heard is not None:
            # "jeg har hørt noget om 80 kommuner, hvad handler det om?": what it is, or what the
            # article says of it.
            for reading in heard:
                plainly = self._ask_message(reading, language_hint)
                if plainly.answered:
                    return replace(plainly, question=asked)
        general = without_the_asker(asked)
        if general is not None:
            # "hvad betyder strategien for en lille kommune som vores?": what the article says
            # of the strategy, said to be no more than that.
            answer = self._ask_message(general, language_hint)
            if in_general(answer):
                return replace(answer, question=asked, text=say(ONLY_IN_GENERAL, answer.language) + answer.text)
        # "what does SKI do, in plain English?" asks for plain words, not for a language.
        text = cleft_unwound(self.without_speaker_labels(self._read_plainly(quotation_marked(unshouted(asked)))))
        # "hvor mange temaer har den - tre?": the count, with "Nej" when the guess is off.
        guessed = answered_with_count_guess(text, lambda plain: self._ask_message(plain, language_hint))
        if guessed is not None:
            return replace(guessed, question=asked)
        text = _PLAINLY.sub("", text).strip() or text
        text = undictated(spoken_decimals(text), self.recognizer.names_a_seat)
        text = _GLOSS.sub(self._without_foreign_gloss, text)
        text = with_plain_tag(_HONORIFIC.sub("", text))
        # "tema 5, hva er det? in English please": a question, then the language wanted.
        tail = _REPLY_LANGUAGE_TAIL.search(text)
        cut = tail.start() + 1 if tail is not None else 0
        if tail is None and (after := _REPLY_LANGUAGE_AFTER_REQUEST.search(text)) is not None:
            tail, cut = after, after.start("tail")
        if tail is not None and content_words(fold(text[:cut]).split()):
            text = text[:cut]
        else:
            tail = None
        # Read before courtesy is set apart: "hvem er formand? svar på engelsk tak" would lose
        # its request with the polite last sentence.
        requested = _REPLY_LANGUAGE.search(fold(text))
        forced: Lang | None = None
        if requested:
            # "please answer in English: hvem repræsenterer Aalborg?"
            forced = language_named(requested.group(1))
            rest = _REPLY_LANGUAGE_RAW.sub(" ", text).strip(" :,.")
            # "kan du svare på dansk?" asks nothing else: the request itself is small talk.
            if any(w not in self.index.smalltalk_only for w in content_words(fold(rest).split())):
                text = rest
        elif tail is not None:
            forced = language_named(tail.group(tail.lastindex or 1))
        text, courtesy_said = self._courtesy_apart(text, language_hint)
        answer = self._answer(text, language_hint, forced)
        restated = _RESTATED.match(text)
        if restated is not None:
            # "…, i.e. from KL or SKI?" restates the question, or ("…, i.e. kommunaldirektør?")
            # says precisely what it meant: the surer of the two readings answers.
            plain = self._answer(restated.group("asked") + restated.group("end"), language_hint, forced)
            if plain.answered and (not answer.answered or plain.confidence > answer.confidence):
                answer = plain
        if has_verdict(answer.text) or not answer.answered or QUESTION_WORDS.isdisjoint(fold(text).split()):
            # "Strategien har fem temaer, og tema 4 er digitalisering": a yes to the first clause
            # is no yes to the second; each clause of a conjunction must hold on its own. Asking
            # nothing, "the agreements started in 2012 and have saved 18 billion?" is a claim too.
            judged = judged_by_clauses(
                text, answer, lambda clause: self._answer(clause, language_hint, forced or answer.language)
            )
            answer = judged or answer
        unpleased = without_closing_please(text)
        if unpleased != text and (not answer.answered or (answer.source or "").startswith("passage:")):
            # "ALLE KOMMUNER I STYREGRUPPEN TAK": the closing "tak" is "please"; read as a word
            # asked about, it found the paragraph where SKI thanks. Read without it, a fact or
            # an entry that answers is what was asked for.
            again = self._answer(unpleased, language_hint, forced)
            # A paragraph only where the "tak" found none ("citat om besparelsen tak" asks for one).
            if again.answered and (not answer.answered or not (again.source or "").startswith("passage:")):
                answer = again
        if answer.outcome not in ("answer", "negative"):
            # Only what the user typed tells a story: a conversation's rewritten turn is
            # earlier words put together, whose last clause is no question of its own.
            answer = self.last_question_told(text, answer.language, forced) or answer
        if courtesy_said and answer.outcome in ("fallback", "suggestions") and not asks(text):
            # "Goddag. Jeg skal bruge dig til en pressenote.": a greeting and a remark that
            # asks nothing is a greeting.
            answer = self._answer(courtesy_said[0], language_hint, forced)
        answer = wording_checked(asked, answer, self.knowledge.strategy.themes)
        if answer.outcome in ("fallback", "suggestions") and set(fold(text).split()) & _OK:
            # "ok 👍" with nothing before it still takes note, as it does after an answer ("lol",
            # "k" alone are left unanswered: they take note of nothing).
            noted = self._courtesy(text, forced or answer.language, None, acknowledging=True)
            answer = noted if noted is not None else answer
        return replace(answer, question=asked)

    def converse(
        self,
        question: str,
        state: Conversation | None = None,
        language_hint: Lang | None = None,
        now: float | None = None,
    ) -> tuple[Answer, Conversation]:
        """One turn of a conversation: the answer, and the state to pass with the next turn.

        A turn that stands alone is answered as ``ask`` answers it; "og Hjørring?", "hvad er
        hans titel?", "the next one" are first rewritten into a stand-alone question from
        ``state`` (``bot.core.conversation``). Pure: nothing is kept here; ``now`` (seconds
        since the epoch, default the clock) decides whether ``state`` has expired."""
        read = self.read_turn(question, state or Conversation(), language_hint, now)
        return read.answer, read.state

    def read_turn(
        self, question: str, state: Conversation, language_hint: Lang | None = None, now: float | None = None
    ) -> TurnReading:
        """``converse``, also saying which stand-alone question the turn was read as (for eval)."""
        with self._one_turn():
            # "ok and the purpose in one line": how long an answer to give says nothing of what
            # it is about, so a follow-up reads without it.
            general = without_the_asker(question)
            if general is not None:
                # "the fourth one, what it means for a supplier like me?": the fourth theme.
                read = self.read_turn(general, state, language_hint, now)
                if in_general(read.answer):
                    note = say(ONLY_IN_GENERAL, read.answer.language)
                    return replace(read, answer=replace(read.answer, question=question, text=note + read.answer.text))
            asked = self._read_plainly(question)
            return self.dialogue.read(_PLAINLY.sub("", asked).strip() or asked, state, language_hint, now)

    def ask_in(self, question: str, language: Lang) -> Answer:
        """``ask``, answered in ``language`` whatever the words suggest: a conversation's
        rewritten turn mixes words of earlier turns with the language of the last one."""
        with self._one_turn():
            asked = clean_display(question)
            text = self._courtesy_apart(with_plain_tag(self._read_plainly(asked)), language)[0]
            guessed = answered_with_count_guess(text, lambda plain: self._answer(plain, language, language))
            return replace(guessed or self._answer(text, language, language), question=asked)

    def acknowledge(self, text: str, language: Lang) -> Answer | None:
        """ "ok", "haha ok", "much obliged" said after an answer: the small-talk answer that
        takes note of it; None when ``text`` says more than that."""
        with self._one_turn():
            answer = self._courtesy(self._read_plainly(clean_display(text)), language, None, acknowledging=True)
        return replace(answer, question=clean_display(text)) if answer is not None else None

    def _ask(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer:
        """One question read as one: names, facts, entries and paragraphs. A long message asks
        it of the same parts several times (whole, core, clause, reframings, compound parts), a
        conversation's turn of its several readings, and users ask the same questions: the
        answer depends on these words alone, so the latest answers are kept."""
        key = (text, language_hint, forced)
        this_turn = _THIS_TURN.get()
        if this_turn is not None and (answer := this_turn.get(key)) is not None:
            return answer
        asked = self._asked
        answer = asked.get(key)
        if answer is None:
            answer = self._ask_once(text, language_hint, forced)
            if answer.outcome in ("fallback", "suggestions") and (plain := self._without_owner_before(text)) != text:
                # Only when the owner's word led nowhere, and only for an answer of its own: a
                # paragraph is a guess, and a turn read several ways has a better reading ("og
                # hvilken periode dækker den" after the adoption is the period, not its paragraph).
                retried = self._ask(plain, language_hint, forced)
                guessed = retried.outcome in ("fallback", "suggestions") or (retried.source or "").startswith(
                    "passage:"
                )
                answer = answer if guessed else replace(retried, question=text)
            asked[key] = answer
            if len(asked) > self.tuning.answer_cache_size:
                asked.popitem(last=False)
        else:
            asked.move_to_end(key)
        if this_turn is not None and len(this_turn) < self.tuning.turn_memo_size:
            this_turn[key] = answer
        return answer

    def _ask_once(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer:
        # "det 5. tema": a Danish ordinal written with a full stop, which the words lose.
        words = self._title_compounds_apart(self._compounds_joined(word_pairs(_DOTTED_ORDINAL.sub(r"\2 \1", text))))
        if words and words[0][1] in CLAIM_OPENERS and _CONTRAST.search(text):
            # "Is Brøndum a head of department rather than a chief executive?" claims the first;
            # the alternative it sets aside is no second claim to deny.
            words = word_pairs(_DOTTED_ORDINAL.sub(r"\2 \1", _CONTRAST.sub("", text)))
        default = language_hint or self.default_language
        if not words:
            return self._reply(text, default, EMPTY.get(default), outcome="fallback")
        mentions = self.recognizer.find(words)
        typos = self._capitalised_typos(words, mentions)
        if typos:
            words = [(typos[i], typos[i]) if i in typos else pair for i, pair in enumerate(words)]
            mentions = self.recognizer.find(words)
        owner_after = self._strategy_by_owner([w for _, w in words], mentions)
        if owner_after and words[0][1] not in CLAIM_OPENERS and not QUESTION_WORDS.isdisjoint(w for _, w in words):
            # "Hvad er tema 2 i strategien hos KL?" asks what "tema 2 i strategien" asks ("er
            # tema 2 fra KL?" claims it of KL, and is checked so).
            kept = " ".join(raw for i, (raw, _) in enumerate(words) if i not in owner_after)
            return replace(self._ask(kept + "?" * text.rstrip().endswith("?"), language_hint, forced), question=text)
        in_mention = {i for m in mentions for i in range(m.start, m.end)}
        in_name = {i for m in mentions if m.kind != "theme" for i in range(m.start, m.end)}
        # "What does 'nedsat' mean in 'KL har nedsat en styregruppe'?": quoted words are the
        # article's, not the asker's language.
        quoted_words = [w for m in _QUOTED.finditer(text) for _, w in word_pairs(m.group(1))]
        # "Hjørring Kommune" is a name in any language: its "Kommune" is no Danish cue (the
        # genitive "Nyborg Kommunes repræsentant" is Danish grammar, and still one).
        in_name |= {
            m.end for m in mentions if m.kind == "municipality" and m.end < len(words) and words[m.end][1] in _KOMMUNE
        }
        own = [pair for i, pair in enumerate(words) if i not in in_name and pair[1] not in quoted_words]
        voting = own if len(own) >= 2 else [pair for i, pair in enumerate(words) if i not in in_name]
        if not any(w in self._danish_cues or w in self._english_cues for _, w in voting):
            # "kd aalborg?", "Herlev kd Fredensborg?": nothing but names; a title in chat's own
            # Danish shorthand still says the asker's language.
            voting += [
                words[i]
                for m in mentions
                if m.kind == "title"
                for i in range(m.start, m.end)
                if (words[i][1] in DANISH_CUES or words[i][1] in ENGLISH_CUES) and words[i][1] not in STOPWORDS
            ]
        lang = forced or detect_language(voting, default, self._danish_cues, self._english_cues)
        spell = self.spelling.correct
        spelled = [
            w if i in in_mention else self._spelled(spell(ABBREVIATIONS.get(w, w)), w) for i, (_, w) in enumerate(words)
        ]
        corrected = how_worded(which_company(spelled_out_negations(spelled)))
        if any(
            c != w and (c in self.facts.job_words or c in self._owned)
            for c, (_, w) in zip(corrected, words, strict=True)
        ):
            # "hvem er kommunaldirektr i rudersdal": a title typed wrong is recognised as spelled right;
            # "KL's innkjøpsstrategi" names the strategy, as "KL's indkøbsstrategi" does, not KL.
            mentions = self.recognizer.find([(raw, c) for (raw, _), c in zip(words, corrected, strict=True)])
            in_mention = {i for m in mentions for i in range(m.start, m.end)}
        free = [w for i, w in enumerate(corrected) if i not in in_mention]
        typed = [w for _, w in words]
        # A paragraph names a theme by its title, not its number: "theme 1" is looked for in
        # the article's text by the words of the first theme's title.
        titled = [*free, *self._theme_title_words(mentions)]

        # "SKI is represented in the group, correct?": the tag asks to confirm, it asks no fact.
        tag = tag_start(corrected)
        tagged = any(w in CLAIM_TAGS for w in corrected[tag:])
        group_described = self._group_described(corrected)
        named_group = self._owner_names(corrected) | group_described
        # "who is in the steering group set up by KL?": the owner there names the group, no seat.
        mentions = [m for m in mentions if m.kind != "organisation" or m.start not in group_described]
        untagged = [
            w
            for i, w in enumerate(corrected)
            if i not in in_mention and i not in named_group and not (tagged and i >= tag)
        ]
        residual = [w for w in content_words(untagged) if w not in self.index.smalltalk_only]
        # Small talk's words that are no greeting or thanks may still say something of a member.
        said_of = frozenset(content_words(untagged)) & self._said_of_words
        if not mentions:
            smalltalk = self._smalltalk(text, lang, free, residual)
            if smalltalk is not None:
                return smalltalk
        if OFFICES & set(corrected) and (_WHICH_WORDS | _HOW_MANY_WORDS) & set(corrected):
            presupposed = self._presupposed_office(text, lang, forced)
            if presupposed is not None:
                return presupposed
        title_meant = self._title_meaning_of(mentions, corrected, lang)
        if title_meant is not None:
            return replace(self._ask(title_meant, lang, forced or lang), question=text)
        lone = self._lone_speaker_meant(text, words, mentions, corrected, lang)
        if lone is not None:
            return replace(self._ask(lone, language_hint, forced or lang), question=text)
        # As typed: the spelling corrector reads a word about names ("navne") as one it knows.
        spelt = spelling_asked(text, [w for _, w in words], mentions, lang, self.tuning.name_cutoff)
        if spelt is not None:
            # Who they are follows the spelling: "and her title in Danish?" is asked of this answer.
            profile = self.renderer.person(self.renderer.person_by_name[spelt.person], lang)
            body = f"{spelt.text} {profile}"
            reply = FactReply(body, "answer", 100, f"fact:person:{spelt.person}", MEMBERS, settled=True)
            return self._from_fact(text, lang, reply)
        reasoned = self.reasoner.answer(mentions, corrected, lang, asked=asks(text))
        if reasoned is not None:
            return self._from_fact(text, lang, reasoned)
        quoted_in = self._paragraph_quoted(text, corrected)
        if quoted_in is not None:
            return self._reply(
                text,
                lang,
                PassageIndex.quote(Found(quoted_in, 1.0), lang),
                outcome="answer",
                confidence=int(self.tuning.passage_confidence),
                source=f"passage:{quoted_in.id}",
                citation=quoted_in.source,
            )
        if quoted_words or all(m.kind == "theme" for m in mentions):
            # "Hvad betyder 'tjenesteydelser' i tema 4?": the theme says where the word stands;
            # "hvad vil det sige, at KL har 'nedsat' …?": the quoted word is the one asked about.
            named = quoted_words or [w for i, w in enumerate(corrected) if i not in in_mention]
            query = [*quoted_words, *(w for w in corrected if w in DEFINITION_CUES)] if quoted_words else corrected
            word = self._word_defined(text, lang, query, named)
            if word is not None:
                return word
        if mentions and all(m.kind == "theme" for m in mentions) and self.passages.asks_for_words(corrected):
            # "what is the exact wording of theme 1?": the theme's title is the article's words.
            themed = self.facts.answer(mentions, residual, lang, corrected[0], corrected, text)
            if isinstance(themed, FactReply) and themed.outcome == "answer":
                return self._from_fact(text, lang, themed)
        speakers = [self._spoken_name(m) for m in mentions if m.kind in ("person", "organisation")]
        strangers = [m for m in mentions if m.kind == "unknown_person" and (not speakers or m.end - m.start > 1)]
        if strangers and self.passages.asks_opinion_or_words(corrected):
            # "what does Mette Frederiksen say about …?", "hvad siger Henrik Madsen fra SKI?": no
            # paragraph is theirs (a full name the knowledge does not know, even beside SKI).
            return self._from_fact(text, lang, self.facts.not_mentioned(strangers[0], lang))
        if self.passages.asks_for_words(corrected) or (speakers and self.passages.asks_opinion_or_words(corrected)):
            # "what did SKI's director say about the results?": the paragraph about the
            # results, not the general summary of what SKI says.
            # "hvilken dato er artiklen om den nye styregruppe fra?": the words that say which
            # article is meant choose no paragraph.
            described = self._article_described(corrected)
            topic = [w for i, w in enumerate(corrected) if i not in in_mention and i not in described]
            quoted = self._quoted(text, lang, [*topic, *titled[len(free) :]], speakers)
            if quoted is not None:
                # A curated variant asked (almost) word for word still wins.
                curated = self._from_entries(text, lang, [w for i, w in enumerate(corrected) if i not in described])
                # "according to SKI's director, how many municipalities join?" asks for a figure,
                # which an entry answering it states plainly; a paragraph is a guess at it.
                # Who is quoted ("SKI's managing director") says whose figure, not which one.
                # Asked with "how many"/"hvor mange", not "give me the quote about the number".
                # Paragraphs that hold the words alike: the one the best entry rests on
                # ("hvordan beskrives målsætningerne?" is the adoption's "ambitiøse målsætninger"),
                # even when that entry is too far from the wording to answer by itself.
                leaning = curated.citation if curated.answered else self._closest_entry_source(corrected, described)
                if leaning not in (None, quoted.citation):
                    quoted = self._quoted(text, lang, [*topic, *titled[len(free) :]], speakers, leaning) or quoted
                if question_type(corrected) == "how-many" and QUESTION_WORDS & set(corrected):
                    figure = self._from_entries(text, lang, [w for w in free if w not in QUOTE_CUES])
                    if figure.answered:
                        return figure
                if not (curated.answered and curated.confidence >= self.tuning.variant_beats_passage):
                    claimed = is_topic_claim(text, corrected, mentions) and not claim_slot_lost(typed, corrected)
                    return self.checker.checked(quoted, claimed, corrected, mentions)
        claim = is_topic_claim(text, corrected, mentions) and not claim_slot_lost(typed, corrected)
        if asks_definition(mentions, corrected):
            terms = {m.ids: m for m in mentions if m.kind == "title"}
            if len(terms) == 2:
                # "the difference between an 'økonomidirektør' and a 'kommunaldirektør'?": both terms.
                asked = "hvad betyder {}?" if lang == "da" else "what does {} mean?"
                both = [self._ask(asked.format(m.surface), lang, lang) for m in terms.values()]
                if all(b.source in self.definition_ids for b in both):
                    return replace(both[0], question=text, text="\n\n".join(b.text for b in both))
            # The term alone, asked plainly, when the wording around it matches no variant
            # ("how would you translate 'afdelingsleder'?").
            term = [w for m in mentions if m.kind == "title" for w in corrected[m.start : m.end]]
            term = term or [w for w in corrected if w in CHAIR_TITLE]  # "what does '(formand)' mean?"
            plain = [*term, "betyder" if lang == "da" else "mean"]
            for query in (corrected, plain):
                defined = self.terms.search(query, smalltalk=False, limit=1)
                if defined and defined[0].score >= self.tuning.min_answer_score:
                    return self._from_entry(text, lang, defined[0])
        decision = self.facts.answer(mentions, residual, lang, corrected[0], corrected, text, said_of)
        if isinstance(decision, FactReply) and decision.settled:
            return self._from_fact(text, lang, decision)
        if isinstance(decision, FactReply):
            return self.checker.checked(self._from_fact(text, lang, decision), claim, corrected, mentions)
        described = (
            self._article_described(corrected)
            | group_described
            | self._group_by_owner(corrected)
            | _article_attributed(corrected)
        )
        # "is the saving more or less than 2 billion?": a figure's bound is the claim, not its topic.
        bounded = claim and any(w.isdigit() for w in corrected)
        question_words = [
            w
            for i, w in enumerate(corrected)
            if i not in described
            and w not in self.index.smalltalk_only
            and not (w in self._numbers and not self.index.knows(w))
            and not (claim and (w.isdigit() or w in _CLAIMED_VALUE_WORDS or w in number_words(lang)))
            and not (bounded and w in _BOUNDING)
            # "… word for word, if possible, for my thesis": how the request is framed, unless
            # an entry asks with that word itself.
            and not (w in FRAMING_WORDS and not self.index.knows(w))
        ]
        other_years = [w for w in corrected if _YEAR.fullmatch(w) and w not in self._numbers]
        if other_years and not claim:
            # "How much was saved in 2016?": the article gives no figures for that year.
            body = say(YEAR_NOT_IN_ARTICLE, lang, year=other_years[0], years=self._years)
            return self._reply(text, lang, body, outcome="not_in_article")
        required = decision.unexplained if isinstance(decision, OutsideFacts) else None
        answer = self._from_entries(text, lang, question_words, required=required)
        if claim and answer.outcome in ("fallback", "suggestions"):
            # "the steering group was set up by SKI?" is asked as "… set up by whom?" and
            # the claim then checked against that answer.
            asked_back = claims.as_question(corrected, mentions, lang)
            if asked_back is not None:
                rewritten = self._from_entries(text, lang, asked_back)
                if rewritten.answered and not self._article_unnamed(rewritten, corrected):
                    answer = rewritten
                elif rewritten.outcome == "suggestions" and origins_claimed(corrected, mentions):
                    # "strategien er fra SKI?" asked as "… fra hvem?": the entries that answer
                    # that decide, before those that merely name SKI beside the strategy. (A bare
                    # year asked back, "så det var i 2012?", may be of any dated thing: not so.)
                    decided = self._decided_by_claim(text, lang, rewritten, corrected, mentions)
                    if decided is not None:
                        return decided
        if claim and answer.outcome == "suggestions":
            # "the old group keeps working in parallel with the new one?": between entries that
            # match alike, the one whose answer bears the claim out or rules it out decides.
            decided = self._decided_by_claim(text, lang, answer, corrected, mentions)
            if decided is not None:
                return decided
        if answer.outcome in ("fallback", "suggestions"):
            # Names say who speaks, not what about: the paragraph must match the rest.
            quoted = self._quoted(text, lang, [w for w in question_words if w in free] + titled[len(free) :], speakers)
            towns = [m.ids[0] for m in mentions if m.kind == "municipality"]
            # "hvorfor er Odense ikke med?": a paragraph about "kommunerne" says nothing of Odense.
            if quoted is not None and not (towns and not any(t in quoted.text for t in towns)):
                return self.checker.checked(quoted, claim, corrected, mentions)
        if isinstance(decision, OutsideFacts) and answer.outcome in ("fallback", "suggestions"):
            spoken = self._for_organisation(text, lang, forced, mentions, corrected)
            if spoken is not None:
                return spoken
            if self._who_beside_filler(decision, mentions, corrected):
                source = f"fact:municipality:{mentions[0].ids[0]}"
                return self._reply(
                    text, lang, decision.known, outcome="answer", confidence=50, source=source, citation=MEMBERS
                )
            return self._outside_facts(text, lang, decision)
        checked = self.checker.checked(answer, claim, corrected, mentions)
        if claim and checked.answered and not has_verdict(checked.text):
            # "strategien går fra 2017 til 2020, ikk?" found the strategy's purpose, which
            # names no years: asked as "… fra hvornår …", the entry that names them decides.
            asked_back = claims.as_question(corrected, mentions, lang)
            if asked_back is not None:
                again = self.checker.checked(self._from_entries(text, lang, asked_back), claim, corrected, mentions)
                if again.answered and has_verdict(again.text):
                    return again
        if claim and not has_verdict(checked.text) and self.checker.sum_alone(text, corrected, lang):
            entry = self.checker.amount_entry or ""
            summed = self.checker.checked(
                self._from_entry(text, lang, Candidate(entry, 100.0, "")), claim, corrected, mentions
            )
            if has_verdict(summed.text):
                return summed
        return checked

    def _capitalised_typos(self, words: list[tuple[str, str]], mentions: list[Mention]) -> dict[int, str]:
        """ "who represents Nyborg Municiplaity?": a capitalised word the recognizer took for a
        stranger's name that is a typo of a word of the language the bot reads ("municipality"),
        by where it stands, with the word it stands for."""
        typos = {}
        for mention in mentions:
            # Two capitalised words ("Anne Christensen") are a name, however close to words.
            if mention.kind != "unknown_person" or mention.end - mention.start != 1:
                continue
            typed = words[mention.start][1]
            corrected = self.spelling.correct(typed)
            known = corrected in self._danish_cues or corrected in self._english_cues
            if corrected != typed and known and len(typed) >= self.tuning.min_capitalised_typo:
                typos[mention.start] = corrected
                continue
            seated = self._seated_surname_near(typed, mentions)
            if seated is not None:
                typos[mention.start] = seated
        return typos

    def _seated_surname_near(self, typed: str, mentions: list[Mention]) -> str | None:
        """ "who was that Karn guy from Vejle": a stranger's name one letter from the surname of
        the one member who sits for the place named beside it is that member, misspelt."""
        places = [m for m in mentions if m.kind in ("municipality", "organisation")]
        seats = [seat for place in places if (seat := seat_named(self.renderer, place)) is not None]
        if len(typed) < self.tuning.min_spelling_length or len(seats) != 1:
            return None
        near = [
            surname
            for person in seats[0].people
            if Levenshtein.distance(typed, surname := fold(person.name.split()[-1])) == 1
        ]
        return near[0] if len(near) == 1 else None

    def _title_meaning_of(self, mentions: list[Mention], words: list[str], lang: Lang) -> str | None:
        """ "what does Peter Karm's title mean in English?": what his title means, asked of the
        title itself (the glossary explains titles, not people)."""
        people = [m for m in mentions if m.kind == "person" and len(m.ids) == 1]
        asked = set(words)
        if len(people) != 1 or len(mentions) != 1:
            return None
        if not asked & TITLE_WORDS or not asked & (MEANING_WORDS | _TRANSLATING):
            return None
        title = self.renderer.person_by_name[people[0].ids[0]].title.da
        return say(_TITLE_MEANS, lang, title=title)

    def _paragraph_quoted(self, text: str, words: list[str]) -> Passage | None:
        """ "Giv mig det præcise citat, hvor ordet 'særsyn' indgår", "the quote with
        'fællesoffentlige' in it": a request for the article's words around words it quotes is
        the paragraph holding them."""
        if not QUOTE_NOUNS & set(words) or _MEANING_ASKED & set(words) or _MEANS_PHRASE.search(fold(text)):
            return None  # "hvad betyder 'særsyn' i citatet?", "hvad vil det sige, at …": what the word means
        if is_claim(words, asked=True) or OR_WORDS & set(words):
            # "the 'shoulder to shoulder' quote is from Mandøe, yes?", "'opløst' or another word?":
            # a claim or a choice about the words, which the paragraph alone settles neither of.
            return None
        found = next((p for m in _QUOTED.finditer(text) if (p := self.passages.holding(m.group(1))) is not None), None)
        if found is None:
            return None
        speaker = found.speaker.da if found.speaker is not None else ""
        people = [m.ids[0] for m in self.recognizer.find([(w, w) for w in words]) if m.kind == "person"]
        if (PERSONAL_PRONOUNS & set(words) and not speaker) or any(name not in speaker for name in people):
            return None  # "hendes citat med 'opløst'": the paragraph holding the word is not hers
        return found

    def _word_defined(self, text: str, lang: Lang, query: list[str], named: list[str]) -> Answer | None:
        """ "hvad betyder besparelsespotentiale?", "skulder-ved-skulder - meaning?",
        "tjenesteydelser = ?": a word of the article, asked about as a word, before any
        paragraph that merely uses it. The word itself must be asked: "in English please"
        names no word."""
        if not (DEFINITION_CUES & set(query) or _EQUALS_WHAT.search(text) or _MEANS_PHRASE.search(fold(text))):
            return None
        # "besparelsespotentialet på de 1,8 mia.": the figure is the example, not the word asked.
        defined = self.terms.search([w for w in query if not w.isdigit()], smalltalk=False, limit=1)
        if not defined or defined[0].score < self.tuning.min_answer_score:
            return None
        # Words every glossary question shares ("what does … mean") name no word.
        asked = {self.meaning(w) for w in named if w not in _DEFINITION_FRAME_WORDS}
        asked -= self._definition_frame
        held = asked & self.terms.entry_meanings(defined[0].entry_id)
        # The entry's term must be among them, not only a word of one variant's frame: "hvad er
        # meningen med livet" is no question about what a kommunaldirektør "laver".
        termed = held & self.terms.entry_core(defined[0].entry_id)
        if termed and len(held) >= self.tuning.min_defined_share * len(asked):
            return self._from_entry(text, lang, defined[0])
        return None

    def _who_beside_filler(self, decision: OutsideFacts, mentions: list[Mention], words: list[str]) -> bool:
        """ "hvem sidder med derude fra Vejle?": who represents a place, with a word or two the
        knowledge has never seen beside it, is still who represents it. Not when such a word
        could name an office or a job ("skolechef", "mayor"), which the place's member is not."""
        if not decision.known or not any(QUESTION_TYPES.get(w) == "who" for w in words):
            return False
        if not mentions or any(m.kind != "municipality" for m in mentions):
            return False
        if not set(words) & (MEMBERSHIP_WORDS | GROUP_WORDS):
            return False  # "who lives in Vejle?" asks nothing of the group
        odd = decision.unexplained
        if not odd or len(odd) > self.tuning.filler_words_beside_who:
            return False
        parts = self.knowledge.vocabulary.title_parts
        return all(not self.index.knows(w) and w not in OFFICES and not any(part in w for part in parts) for w in odd)

    def _lone_speaker_meant(
        self, text: str, words: list[tuple[str, str]], mentions: list[Mention], corrected: list[str], lang: Lang
    ) -> str | None:
        """ "What did she say about the results?" asked out of the blue: when the article quotes
        one person only, whose words are asked for is not in doubt. The question comes back
        with the pronoun replaced by that person's name; None when anything else applies."""
        if len(self._spokesperson) != 1 or not self.passages.asks_opinion_or_words(corrected):
            return None
        pronouns = personal_pronouns(lang)
        at = [i for i, w in enumerate(corrected) if w in pronouns]
        # "sagde hun at resultatet er noget SKI har skabt?": beside the saying, "hun" is whoever
        # speaks, whatever organisation the rest names.
        speaking = bool(at) and all(
            SAYING_WORDS & set(corrected[max(0, i - 1) : i]) or SAYING_WORDS & set(corrected[i + 1 : i + 2]) for i in at
        )
        named = ("person", "unknown_person") if speaking else ("person", "organisation", "unknown_person")
        if any(m.kind in named for m in mentions):
            return None
        # "hvad sagde hun om det?" names no topic either: nothing shows whom the pronoun means.
        vague = pronouns | QUOTE_CUES | QUESTION_WORDS | STOPWORDS | _VAGUE_TOPICS
        topic = [w for w in content_words(corrected) if w not in vague]
        if not at or not topic:
            return None
        name = next(iter(self._spokesperson))
        if not fits(name, gender_of(corrected[i] for i in at), self.renderer.person_by_name):
            return None  # "hvad er hans titel ifølge artiklen?" cannot mean the one woman quoted
        # The rest is kept as written: "1,8 mia" read from its words would be "1 8 mia".
        swaps = {(i, i + 1): f"{name}'s" if corrected[i] in POSSESSIVE_PRONOUNS else name for i in at}
        return swapped(text, words, swaps)

    def _article_described(self, words: list[str]) -> set[int]:
        """Where "artiklen om den nye styregruppe", "the article about KL's strategy" describe
        the article by its subject: those words say which article, not what is asked of it."""
        positions: set[int] = set()
        for i, word in enumerate(words[:-2]):
            if word not in ARTICLE_WORDS or words[i + 1] not in ABOUT_WORDS:
                continue
            end = i + 2
            while end < len(words) and (
                words[end] in self._owned or words[end] in self._owners or words[end] in STOPWORDS
            ):
                end += 1
            if end > i + 2:
                positions.update(range(i + 1, end))
        return positions

    def _compounds_joined(self, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """ "den der styre gruppe", "KL s indkøbs strategi": a Danish compound typed as two
        words is one word when joined it is a word the curated questions use; short parts and
        small words ("i alt") are left apart."""
        known = self.index.vocabulary
        shortest = self.tuning.compound_part_length
        joined: list[tuple[str, str]] = []
        for raw, word in words:
            if joined:
                last_raw, last = joined[-1]
                whole = last + word
                if (
                    min(len(last), len(word)) >= shortest
                    and whole in known
                    and last not in STOPWORDS
                    and word not in STOPWORDS
                ):
                    joined[-1] = (last_raw + raw, whole)
                    continue
            joined.append((raw, word))
        return joined

    def _title_compounds_apart(self, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """ "hvem har en direktørtitel?": a part of a title joined to the word for title is the
        part, then the word ("direktør titel"), as a filter on titles reads it."""
        parts = self.knowledge.vocabulary.title_parts

        def part_of(head: str) -> str | None:
            # "chefstitel": Danish joins the parts of a compound with an "s".
            return head if head in parts else head[:-1] if head.endswith("s") and head[:-1] in parts else None

        apart: list[tuple[str, str]] = []
        for raw, word in words:
            suffix = (
                next((s for s in _TITLE_NOUNS if word.endswith(s) and part_of(word[: -len(s)])), None)
                if word.endswith(_TITLE_NOUNS)
                else None
            )
            if suffix is None:
                apart.append((raw, word))
                continue
            part = part_of(word[: -len(suffix)]) or ""
            apart += [(raw[: len(part)], part), (raw[len(raw) - len(suffix) :], suffix)]
        return apart

    def names_the_group(self, words: list[str]) -> set[int]:
        """Where ``words`` name the group by its owner or how it came about ("KL's nye
        styregruppe", "styregruppe KL har lavet"): an organisation there is no subject."""
        return self._owner_names(words) | self._group_described(words)

    def _group_described(self, words: list[str]) -> set[int]:
        """Where "the newly established steering group", "den nyligt nedsatte styregruppe" name
        the group by how it came about: a participle right before the group's noun, after an
        article or "newly", describes the group and asks nothing ("who established the group?"
        and "hvem har nedsat styregruppen?" still ask who)."""
        positions: set[int] = set()
        for i, word in enumerate(words[:-1]):
            if words[i + 1] not in GROUP_WORDS or self.meaning(word) != "establish" or i == 0:
                continue
            before = i - 1
            while before >= 0 and words[before] in _RECENTLY:
                before -= 1
            if before < i - 1 or (before >= 0 and words[before] in _ARTICLES):
                positions.update(range(before + 1, i + 1))
        if words and words[0] in QUESTION_WORDS:
            # Only where a question word asks something else: "was the group set up by KL?"
            # claims how it came about.
            for i, word in enumerate(words):
                if word in GROUP_WORDS:
                    positions.update(self._made_by_owner(words, i + 1))
                    positions.update(self._serving_the_strategy(words, i + 1))
        return positions

    def _article_unnamed(self, answer: Answer, words: list[str]) -> bool:
        """Whether ``answer`` is the article's own facts (its date) though ``words`` never name
        the article: "er aftalerne fra 2012?" asked back as "… fra hvornår?" is no question
        about when the article is from."""
        entry = self._entries.get(answer.source or "")
        return entry is not None and entry.fact == "article" and not ARTICLE_WORDS & set(words)

    def curated_question(self, entry_id: str | None, lang: Lang) -> str | None:
        """The first question the curators wrote for an entry, in ``lang``: what the entry is
        about, put in words ("Hvilken periode dækker strategien?" for a bare "periode?")."""
        entry = self._entries.get(entry_id or "")
        asked = entry.questions.get(lang) if entry is not None else None
        return asked[0] if asked else None

    def _closest_entry_source(self, words: list[str], described: set[int]) -> str | None:
        """The part of the article the entry closest to ``words`` rests on, however close."""
        closest = self.index.search([w for i, w in enumerate(words) if i not in described], smalltalk=False, limit=1)
        entry = self._entries.get(closest[0].entry_id) if closest else None
        return entry.source if entry is not None else None

    def _serving_the_strategy(self, words: list[str], at: int) -> range:
        """ "styregruppen for indkøbsstrategien", "the group that is to implement KL's
        procurement strategy", "styregruppen for indkøb": what the group serves, said after it,
        names the group too (the strategy is the only one it serves, its field the only field),
        so it asks nothing of its own."""
        if at >= len(words) or words[at] not in _FOR_WORDS | _RELATIVE_WORDS | _SERVING_PARTICIPLES:
            return range(0)
        relative = words[at] in _RELATIVE_WORDS | _SERVING_PARTICIPLES
        for end in range(at + 1, min(len(words), at + 1 + _STRATEGY_REACH)):
            # "the group implementing it": what a group serves is the strategy, said or not.
            served = relative and words[end] in _SERVED_PRONOUNS
            if (
                served
                or self.checker.names_the_strategy(words[end])
                or (end == at + 1 and self.checker.names_the_strategy_field(words[end]))
            ):
                between = words[at + 1 : end]
                if relative and not _SERVING_VERBS & set(words[at:end]):
                    return range(0)
                if not relative and not all(w in STOPWORDS or w in self._owners or w in self._owned for w in between):
                    return range(0)
                while end + 1 < len(words) and self.checker.names_the_strategy(words[end + 1]):
                    end += 1  # "the water plan", "the procurement strategy"
                return range(at, end + 1)
            if words[end] in QUESTION_WORDS:
                break
        return range(0)

    def _strategy_by_owner(self, words: list[str], mentions: Sequence[Mention]) -> set[int]:
        """Where "strategien hos KL", "theme 2 of KL's strategy", "tema 2 fra KL" name the
        strategy or its theme by its owner, said after it: the owner there is no seat asked about, and
        the words saying so (where they stand) ask nothing."""
        named = {m.end for m in mentions if m.kind == "theme"}
        named |= {i + 1 for i, word in enumerate(words) if self.checker.names_the_strategy(word)}
        # "how many persons are in the steering group of KL?": KL's group, not its seat; "the
        # group from SKI" may mean SKI's member, so only "of"/"hos" name the group's owner.
        grouped = {i + 1 for i, word in enumerate(words) if word in GROUP_WORDS}
        return {
            owned
            for at in named | grouped
            if at + 1 < len(words)
            and words[at] in (_OWNED_BY if at in named else _GROUP_OWNED_BY)
            and words[at + 1] in self._owners
            for owned in (at, at + 1)
        }

    def _without_owner_before(self, text: str) -> str:
        """ "what does KL strategy say on the digital?", "KL's indkøbsstrategi": the question
        with the strategy's owner, said before it, left out; ``text`` itself when it has none.
        Not a heading or topic ("Fakta om KL's indkøbsstrategi"), the group it names ("KL's
        procurement steering group"), a claim, or quoted words, which keep their owner."""
        words = word_pairs(text)
        folded = [w for _, w in words]
        # A quote's own apostrophes can hide it from _QUOTED, so any pair of quote marks counts.
        quoting = any(mark in text for mark in '«“"') or sum(text.count(mark) for mark in "'’") >= 2
        if quoting or not folded or folded[0] in CLAIM_OPENERS or QUESTION_WORDS.isdisjoint(folded):
            return text
        before = {
            i - 1
            for i, word in enumerate(folded)
            if i > 0
            and self.checker.names_the_strategy(word)
            and folded[i - 1] in self._owners
            and (i < 2 or folded[i - 2] not in _ABOUT)
            and (i + 1 >= len(folded) or folded[i + 1] not in GROUP_WORDS)
        }
        if not before:
            return text
        kept = " ".join(raw for i, (raw, _) in enumerate(words) if i not in before)
        return kept + "?" * text.rstrip().endswith("?")

    def _made_by_owner(self, words: list[str], at: int) -> range:
        """ "… the steering group set up by KL", "… styregruppen, som KL har nedsat": how the
        group came about, said after it, names the group too ("who set up the group?" asks)."""
        end = self._participle_end(words, at)
        if end is not None and end + 1 < len(words) and words[end] in AGENT_MARKERS and words[end + 1] in self._owners:
            return range(at, end + 2)
        # Danish may leave the relative word out: "den nye styregruppe KL har lavet".
        owner = at + (at < len(words) and words[at] in _RELATIVE_WORDS)
        if owner < len(words) and words[owner] in self._owners:
            start = owner + 1 + (owner + 1 < len(words) and words[owner + 1] in _PERFECT_AUXILIARIES)
            end = self._participle_end(words, start)
            if end is not None:
                return range(at, end)
        return range(0)

    def _participle_end(self, words: list[str], at: int) -> int | None:
        """Where "nedsat", "established" or "set up" that starts at ``at`` ends; None if none does."""
        if at < len(words) and (self.meaning(words[at]) == "establish" or words[at] in _MADE):
            return at + 1
        if words[at : at + 2] == ["set", "up"]:
            return at + 2
        return None

    def _owner_names(self, words: list[str]) -> set[int]:
        """Where "KL's nye styregruppe", "KL's procurement steering group" stand: an owner and
        the words of the group's or the strategy's name after it only name the group, so they
        ask nothing beside a seat or a person."""
        positions: set[int] = set()
        for i, word in enumerate(words):
            if word not in self._owners:
                continue
            end = i + 1
            while end < len(words) and words[end] in self._owned:
                end += 1
                # "KL's nye styregruppe for indkøb", "… for the water plan": small words between
                # words of the name.
                gap = end
                while gap < len(words) and words[gap] in STOPWORDS:
                    gap += 1
                if gap > end and gap < len(words) and words[gap] in self._owned:
                    end = gap
            if end > i + 1:
                positions.update(range(i, end))
        return positions

    def _group_by_owner(self, words: list[str]) -> set[int]:
        """Where "KL's new procurement steering group" names the group by its owner and its
        name's words: all but the group's own noun, which is what an entry is asked about."""
        named = self._owner_names(words)
        return {i for i in named if words[i] not in GROUP_WORDS and i + 1 in named and words[max(named)] in GROUP_WORDS}

    def _presupposed_office(self, text: str, lang: Lang, forced: Lang | None) -> Answer | None:
        """ "Which minister approved the strategy?", "hvilken borgmester sidder i gruppen?": the
        question takes for granted an office or body the article never names. Asked with "who",
        an answer naming someone else gets "the article names no minister" before it."""
        pairs = word_pairs(text)
        folded = [w for _, w in pairs]
        for i, word in enumerate(folded[:-1]):
            if (word, folded[i + 1]) in COUNT_OPENERS:
                # "how many mayors are on it?" takes as much for granted as "which mayors": the
                # members are asked for with "who", and none of them holds the office.
                asked_end = i + 2
            elif word in _WHICH_WORDS:
                asked_end = i + 1
            else:
                continue
            office = next((j for j in (asked_end, asked_end + 1) if j < len(folded) and folded[j] in OFFICES), None)
            if office is None:
                return None
            if folded[office] in _LOCAL_COUNCILS and any(m.kind == "person" for m in self.recognizer.find(pairs)):
                return None  # "Which council does Peter Karm hail from?": his municipality, in British English
            who = "hvem" if lang == "da" else "who"
            after = office + 1 + (office + 1 < len(folded) and folded[office + 1] in _BODY_NOUNS)
            rest = [raw for raw, _ in pairs[after:]]
            plain = self._ask(" ".join([raw for raw, _ in pairs[:i]] + [who, *rest]), lang, forced)
            said = claims.without_organisation_names(f" {fold(plain.text)} ", self.knowledge.organisations)
            if plain.outcome != "answer" or f" {folded[office]} " in said:
                return None
            body = say(NO_SUCH_DOER, lang, office=pairs[office][0], answer=plain.text)
            return replace(plain, text=body, outcome="negative", answered=True, question=text)
        return None

    def _decided_by_claim(
        self, text: str, lang: Lang, suggested: Answer, words: list[str], mentions: list[Mention]
    ) -> Answer | None:
        """The first suggested entry whose answer gives the claim a verdict, when every one
        that gives a verdict gives the same; None when none does or they disagree, or when the
        claim states nothing ("Is that figure correct?" points back at a claim it does not hold)."""
        pointing = STOPWORDS | CLAIM_TAGS | CONFIRM_WORDS | REFERENCES | VALUE_NOUNS
        if all(w in pointing for w in words):
            return None
        decided = []
        for suggestion in suggested.suggestions:
            key = parse_key(suggestion.key)
            if key is None or key.kind != "e" or key.value not in self._entries:
                continue
            answer = self._from_entry(text, lang, Candidate(key.value, suggested.confidence, ""))
            checked = self.checker.checked(answer, True, words, mentions)
            if has_verdict(checked.text):
                decided.append(checked)
        if not decided or len({fold(a.text).split()[0] for a in decided}) > 1:
            return None
        return decided[0]

    def _theme_title_words(self, mentions: list[Mention]) -> list[str]:
        numbers = {m.ids[0] for m in mentions if m.kind == "theme" and len(m.ids) == 1}
        titles = [t.title for t in self.knowledge.strategy.themes if str(t.number) in numbers]
        return [w for title in titles for w in fold(f"{title.da} {title.en}").split()]

    def answer_key(self, key: str, lang: Lang) -> Answer | None:
        """Answer a suggestion's key (``e:<entry id>`` or ``p:<person name>``) directly."""
        parsed = parse_key(key)
        if parsed is None:
            return None
        if parsed.kind == "e" and parsed.value in self._entries:
            entry = self._entries[parsed.value]
            return self._from_entry(entry.canonical_question(lang), lang, Candidate(parsed.value, 100, ""))
        if parsed.kind == "p":
            reply = self.facts.person_by_key(parsed.value, lang)
            if reply is not None:
                return self._from_fact(say(PERSON_QUESTION, lang, name=parsed.value), lang, reply)
        return None
