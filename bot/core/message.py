"""Reading a whole message: which questions it holds, before each is answered alone.

A message is more than one question as often as not: courtesy around it ("… tak 🙏"), a
preamble before it ("Til notatet: hvornår …"), filler before its question word, remarks after
it, a claim framed as a report ("Jeg har noteret, at …"), or several questions in one
("hvem er fra Vejle og hvem er fra Nyborg", "1) … 2) …", "tema 2 + tema 5?"). Here the
message is read as written first, then as its plainer readings, and each question found is
answered by ``Engine._ask``.

``MessageReading`` is mixed into ``bot.core.engine.Engine``; what it needs of it is declared here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core import chronology
from bot.core.absence import absence_claim
from bot.core.answer import Answer
from bot.core.claim_and_why import answered_with_why, why_premise
from bot.core.claim_shape import is_claim
from bot.core.courtesy import CANONICAL, DANISH_WORDS, ENGLISH_WORDS, NOTED, PRAISE, courtesy
from bot.core.dialogue_state import Conversation
from bot.core.doubts import as_of_the_article, now_asked
from bot.core.entities import Recognizer
from bot.core.framing import (
    ASIDE_BREAK,
    CLAUSE_END,
    NOT_AN_ABBREVIATION,
    QUESTION_START,
    SENTENCE_BREAK,
    Reframing,
    claim_confirmed_after,
    emoji_as_commas,
    reframings,
    said_to_me,
    sentences,
    stated_claim,
    without_source_request,
    without_trailing_emoji,
)
from bot.core.knowledge import BACKGROUND, Bilingual, Knowledge, Lang
from bot.core.language import detect_language
from bot.core.leading import contradicting, leading_question, without_hedge
from bot.core.lexicon import (
    ADDING_UP_WORDS,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    COUNT_WORDS,
    DIFFERENT_WORDS,
    PERSONAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    QUESTION_WORDS,
    REQUEST_VERBS,
    SAME_WORDS,
    STATE_VERBS,
    STOPWORDS,
    WHICH_WORDS,
    word_set,
)
from bot.core.list_neighbours import beside_named
from bot.core.matcher import Candidate, QuestionIndex, content_words
from bot.core.normalize import fold, word_pairs
from bot.core.one_of_many import one_of_many
from bot.core.passages import CLOSING_WORDS
from bot.core.patterns import lazy
from bot.core.phrases import NOT_IN_ARTICLE_ITSELF, WHY_NOT_SAID, say
from bot.core.rewriting import possessive_of, swapped
from bot.core.self_corrected import corrected_claim
from bot.core.told import LABEL_WORDS, PLACE_HOLDER_BESIDE, Told, claimed_after_rejection
from bot.core.topics import POINTERS, SAID_POINTERS, noun_phrases
from bot.core.tuning import Tuning
from bot.core.verdict_text import affirms, has_verdict, verdict_prefix, without_verdict

if TYPE_CHECKING:
    from bot.core.conversation import Dialogue

_COMPOUND_BREAK = lazy(
    r"\s*\+\s*|\?\s+(?=\w)"
    r"|\s+\(?(?:\d[).]|[a-eA-E]\))\s+"  # "1) hvor mange temaer 2) hvem fra Vejle", "(a) … (b) …"
    r"|\s+(?:vs\.?|versus)\s+(?=\w+['’]s\s)"  # "SKI's role vs KL's role?": the same asked of each
    r"|[,;]?\s+(?:og|and|samt|plus|&|compared\s+(?:with|to)|sammenlignet\s+med)\s+(?=(?:(?:siden|since|until|till|indtil|til|to|in|i|på|paa|on|at|from|fra|for|with|med|af|of|by)\s+)?(?:hvem|hvad|hvor|hvilke[nt]?|hvornår|hvornaa?r|hvorfor"
    r"|hvordan|who|what|whats|which|when|where|why|how|is|er|har|does|do|tell|give|name|list|fortæl|nævn|giv"
    r"|tema|theme)\b)",
    re.IGNORECASE,
)
"""Where one message holds two questions: "… og hvem …", "tema 2 + tema 5", "…? …"."""
_ASKED_AGAIN = lazy(
    r"(?<=\w)\s+(?=(?:hvem|hvad|hvilke[nt]?|hvornår|hvornaar|who|what|which|when)\s+(?:er|is|are|var|was|har|has)\s)",
    re.IGNORECASE,
)
"""Where a question that opened with a question word asks a second one without a mark between."""
_FRAGMENT_PAIR = lazy(r"^\s*(?P<first>[^\W\d][\w ]*?)(?<!-)\s+(?:og|and|&)\s+(?P<second>[^\W\d][\w ]*?)\s*\??\s*$")
"""Two fragments asked at once ("Formand og antal medlemmer?"); "økonomi- og …" is one title."""

_NOT_FRAGMENTS = CLAIM_OPENERS | SAME_WORDS | DIFFERENT_WORDS | frozenset({"between", "mellem", "imellem"})
"""Words that make "A og B" one question about both: a claim, a comparison, a span between them."""


def _fragment_pair(text: str, max_words: int) -> list[str]:
    """ "Formand og antal medlemmer?": two things asked by their names alone, no question word."""
    match = _FRAGMENT_PAIR.match(text)
    words = fold(text).split()
    if match is None or len(words) > max_words or set(words) & (QUESTION_WORDS | _NOT_FRAGMENTS):
        return []  # "har Grønvall og Karm samme titel?" compares the two; it asks one thing
    return [match.group("first") + "?", match.group("second") + "?"]


_FIGURE = lazy(r"\d+(?:[.,]\d+)*")
"""A figure as written, decimals and thousands included ("2,8", "1.800")."""
_LIST_NUMBER = lazy(r"^\s*\(?(?:\d[).]|[a-eA-E]\))\s+")
"""The number or letter opening a listed question ("1) hvor mange temaer", "a) who chairs")."""
_COMMA_BREAK = lazy(
    # After a bare comma, "which was set up in 2017" is a relative clause, not a question.
    r"[,;]\s+(?!(?:which|who|that)\s+(?:was|is|were|are|has|have|had)\b)"
    r"(?=(?:hvem|hvad|hvor|hvilke[nt]?|hvornår|hvornar|hvorfor|hvordan|who|what|whats|which|when|where|why|how)\b)",
    re.IGNORECASE,
)
"""Where a question that starts with its question word goes on with another after a comma
("hvem er formand, hvem har nedsat gruppen?"); "according to her, how many …" is one question."""
_LIST_TAIL = lazy(
    r"\b(?:på|paa|on|in|i)\s+(?:the\s+)?(?:(?:member|members|group's)\s+)?\w*(?:list|liste|listen)\b[^?,]*",
    re.IGNORECASE,
)
"""The list a question's part names ("… på medlemslisten?", "on the member list")."""
_THING_PRONOUNS = frozenset({"it", "its", "den", "dens", "dets"})
_ONE = lazy(r"\b(the|a|an)\s+(\w+)\s+one\b", re.IGNORECASE)
"""'the new one': an adjective and the pro-form "one" for a noun the earlier part named."""


def _one_filled(part: str, earlier: str) -> str | None:
    """``part`` with "the new one" spelt out as the earlier part's noun ("the new steering
    group" after "the old steering group"); None when it has no such "one" or there is no noun."""
    one = _ONE.search(part)
    phrases = noun_phrases(earlier) if one is not None else []
    if one is None or not phrases:
        return None
    words = phrases[0].split()[1:]  # without its determiner
    noun = " ".join(words[1:] if len(words) > 1 else words)  # and its own adjective
    return f"{part[: one.start()]}{one.group(1)} {one.group(2)} {noun}{part[one.end() :]}"


_THEIR = frozenset({"deres", "their", "dens", "its", "they", "them", "dem"})
"""Words by which a later part of a question points to the place the first part named ("de" is
mostly the article: "de forpligtende aftaler")."""
_THEM = frozenset({"dem", "them", "they", "deres", "their"})
"""Words by which a later part points to the several things the first part found."""
_THERE = frozenset({"der", "there", "det", "it"})
"""Last in a later part, the place the first part named: "hvad er SKI og hvem er chefen der?",
"what is SKI and who runs it?" (inside a part, "der" and "det" are mostly other words)."""
_ENGLISH_I = lazy(r"\bI\b")
_ASKER = frozenset(fold("jeg mig min mit mine vi os vores i me my we us our im ive").split())
"""The asker speaking of themselves: a later part that does so, and asks and names nothing, is
a remark ("Det har jeg altid undret mig over.")."""
_ASKER_NOT_I = _ASKER - {"i"}
_COUNTED_DIFFERENT = lazy(r"\b(how\s+many|hvor\s+mange)\s+(?:different|distinct|forskellige)\b", re.IGNORECASE)
"""'how many different municipalities …?' counts what 'how many municipalities …?' does."""
_INTRODUCTION = lazy(
    r"^\W*(?i:(?:i\s+am|i['’]?m|jeg\s+er)\s+(?:a|an|en|et)\s+\w+|my\s+name\s+is|mit\s+navn\s+er|jeg\s+hedder)"
    r"(?:\s+(?i:from|fra|at|in|i|hos|på|ved|and|og|er|am|a|an|en|et)|\s+[A-ZÆØÅ][\w-]*)*[.!]?\s*$"
)
"""A sentence in which the asker says only who they are ("I am a researcher from Germany.",
"Jeg hedder Hans og er fra Odense."), nothing they doubt, do or want to know."""
_OWN = frozenset(fold("min mit mine my our ours vores").split())
"""What in a question leans on who the asker said they are ("min kommune")."""
_PLACE_KINDS = frozenset({"municipality", "organisation"})
_NAMED_KINDS = _PLACE_KINDS | {"person"}
_SUBJECTLESS_VERBS = frozenset(
    fold("er is var was har has sidder sits kommer comes står stands repræsenterer represents leder leads").split()
)
"""First in a later part, a verb whose subject is the one the first part opened with: "Bjarne
Pedersen er fra Rudersdal og er økonomidirektør der?" claims both of him."""
_RESOLVED = ("answer", "negative", "not_in_article")
_HANDLE = lazy(r"(?<![\w@])@\w+")
_CLOSING_PLEASE = lazy(r",\s*(?:tak|tack|takk|please|pls|plz|venligst)\s*(\?+)\s*$", re.IGNORECASE)
"""A "please" after a comma, closing a question ("hvem er formand for den nye styregruppe, tak?"):
said, never asked about; read as a thanks word, it found the paragraph where SKI thanks."""
"""'@kl_bot': how groups address the bot, never part of the question."""
_WHY = word_set("why hvorfor how come")
"""A why-question: a fact its clause names is no reason, so it is never answered alone."""
_BARE_CLOSING_PLEASE = lazy(
    r"^(?P<asked>(?:\S+\s+){2,}?(?P<before>\S+))\s+(?:tak|please|pls|plz|venligst)\s*(?P<end>[?!.]*)\s*$",
    re.IGNORECASE,
)
"""A "please" closing a request without a comma ("alle kommuner i styregruppen tak")."""
_THANKING_BEFORE = word_set("mange tusind nej ja for super fint ok okay skal have ha")
"""Words that make the closing "tak" a thanks of its own ("mange tak", "nej tak")."""


def without_closing_please(text: str) -> str:
    """``text`` without a "tak"/"please" closing a request ("alle kommuner i styregruppen tak");
    ``text`` itself when the "tak" thanks ("det var alt tak", "mange tak") or there is none."""
    found = _BARE_CLOSING_PLEASE.match(text.strip())
    if found is None or fold(found.group("before")) in _THANKING_BEFORE or courtesy(text) is not None:
        return text
    return found.group("asked") + found.group("end")


_GREETING_FIRST = lazy(
    r"^\W*(?:(?:hej|hejsa|hi|hello|hey|hallo|goddag|godmorgen|morn)(?:\s+(?:bot|botten|everyone|all|alle))?"
    r"|men|but|jamen|og|and)\b[\s,!.:;-]+(?=\w)",
    re.IGNORECASE,
)
"""A greeting, a "but" or an "and" run into the question ("hej er der 7 …?", "hey bot, is Nyborg in
the group?", "men Aalborg og Aarhus er med, ikk?"), which sits where a yes/no question's verb or a
claim's subject would."""
_JOINERS = frozenset({"og", "and", "samt", "plus", "&"})
_TAG_THEN_ASIDE = lazy(
    r",\s*(?:ikke\s+sandt|ikke\s+rigtigt|ikke\s+også|ikke|ikk|vel|right|correct|true|isn'?t\s+it|no)\s*,"
    r"\s*(?P<aside>[^,?]+(?:,[^,?]+)*)[?!.]*\s*$",
    re.IGNORECASE,
)
"""A tag in the middle ("…, ikke sandt, jeg har mødt ham ved et landsmøde?") with words after it."""
_CONFIRM_TAIL = lazy(
    r",\s*(?:passer\s+det|stemmer\s+det|er\s+det\s+(?:rigtigt|korrekt|sandt)|har\s+(?:han|hun|de)\s+ret"
    r"|kan\s+du\s+bekr(?:æ|ae)fte\s+det|(?:is\s+)?(?:that|it)\s+(?:right|true|correct)|right|correct|true"
    r"|(?:is\s+)?(?:he|she|they)\s+right)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""A tag that asks to have the claim before it confirmed (", passer det?", ", is that right?")."""
_MIN_SAID_WORDS = 1
"""Words after "who said" that make a statement to find ("who said it?" finds none: it asks of the last answer)."""
_WHO_SAID = lazy(
    r"^\W*(?:who|hvem)\s+(?:(?:has|har)\s+)?(?:siger|sagde|sagt|says|said|udtaler|udtalte|states|stated)"
    r"(?:\s+(?:at|that))?[\s,:]+(?P<said>\S.*?)[\s?!.]*$",
    re.IGNORECASE,
)
"""'hvem siger at tilslutninger på over 80 kommuner ikke er et særsyn?': what is said, and by whom."""
_MIN_TOLD_PARTS = 2
"""A sentence that names a subject, then the question that points back at it."""
_MIN_GREETED_WORDS = 3
"""What follows the greeting is a question of its own only when it has a few words ("hej med dig" does not)."""
_REMARK_WORDS = 3
"""Words the knowledge never heard of, after a laugh or an "ok", that make a remark of its own
("lol min kat har væltet min kaffe"), rather than a nod with a word beside it ("lol nice")."""
_BEFORE = lazy(r"\bf(?:ø|oe)r\b", re.IGNORECASE)
"""Danish "før" (before) folds to "for"; it is read as its synonym "tidligere" instead."""
_RELATIVE_DER = lazy(r"\b(hvem|hvad)\s+der\b(?=\s+\w)", re.IGNORECASE)
"""An embedded question's "hvem der ejer SKI": the relative "der", no "there" to point at."""
_RATHER_THAN = lazy(
    r"\s*,?\s+(?:rather\s+than|instead\s+of|i\s+stedet\s+for|frem\s+for|snarere\s+end)\s+[^,?.!]+(?=[?.!]*\s*$)",
    re.IGNORECASE,
)
"""A closing "rather than a director": what is asked for set against what it is not, which
names nothing more to look up ("which municipality sent a head of department rather than …")."""
_KINDS_OF_SEAT = word_set("""
    municipality municipalities municipal kommune kommuner kommunerne kommunen council councils organisation
    organisations organization organizations organisationer organisation
""")
"""What "rather than a municipality" sets against: a filter of its own ("organisations rather
than municipalities"), which is kept."""


def _noun_borrowed(part: str, first: str) -> str:
    """ "Which theme is number three and which is number five?": the later "which is" borrows
    the first part's noun ("which theme is number five"); any other part is left as it is."""
    said, opened = part.split(), first.split()
    if len(said) < 2 or len(opened) < 3 or fold(said[0]) not in WHICH_WORDS:
        return part
    if fold(said[0]) != fold(opened[0]) or fold(said[1]) != fold(opened[2]):
        return part
    return " ".join([said[0], opened[1], *said[1:]])


def _rather_than(found: re.Match[str]) -> str:
    return found.group() if set(fold(found.group()).split()) & _KINDS_OF_SEAT else ""


_MAX_BARE_TAIL = 2
"""A part this short after bare names ("member?", "titel?") is asked of them, not alone."""
_ASKS_WHAT_IS_SAID = lazy(
    r"(?:^|[.!?:]\s+)(?:står\s+der(?=\s*,|\s+(?:i\s+artiklen|noget|hvor|hvad|hvem|hvorn))|siger\s+artiklen"
    r"|nævner\s+artiklen|skriver\s+artiklen"
    r"|does\s+(?:the\s+article|it)(?:\s+itself)?\s+(?:say|state|mention|tell|explain)"
    r"|is\s+it\s+(?:said|stated|mentioned))\b",
    re.IGNORECASE,
)
"""A frame asking whether the article says what the question after it asks ("Står der, hvor …?")."""
_SAYS_BACKGROUND = lazy(r"\b(?:baggrund|background)\b", re.IGNORECASE)
_BACKGROUND_NOTE_REACH = 80
"""How far into an answer a curated note "Som baggrund (ikke fra artiklen)" stands, if it has one."""
_JOINED_AT_END = lazy(r"(?:\+|[,&]|\b(?:og|and|samt|plus))\s*$", re.IGNORECASE)
"""Words before a question that end by joining another to it ("artiklens dato og …")."""
_CLAUSE_BREAK = lazy(
    r"[:;–—]|\s-\s|,\s+(?=(?:men|but)\s)|(?=[.!?]\s)" + NOT_AN_ABBREVIATION + r"[.!?]\s"
    r"|,\s+(?=(?i:(?:is|er)\s+(?:it|det|den)\s+(?:like|ligesom|similar|lig|the\s+same\s+as|det\s+samme\s+som))\b)"
)
"""Where a preamble ends and a question may begin ("jeg ved hvor svært det er, men hvem …?"), or
a second question does ("What is SKI, is it like our PIANOo?": a likeness the article never draws)."""


_GOING_ON = word_set("and og also også")
"""A word after "ok" that goes on to ask more ("ok and the purpose"), no plain nod."""


def _folded_words(text: str) -> list[str]:
    return [folded for _, folded in word_pairs(text)]


_CHOOSING = lazy(r"\b(?:which\s+of|hvilke[nt]?\s+af|between|mellem)\b", re.IGNORECASE)
"""A question that chooses among the things it lists ("which of X and Y …")."""
_ALL_OF = lazy(r"\b(?:begge|both|alle|all)\b", re.IGNORECASE)
_CHOICE = lazy(r"\b(?:eller|or|vs\.?|versus)\b", re.IGNORECASE)
_POINTING_BACK = PERSONAL_PRONOUNS | frozenset({"de", "dem", "deres", "they", "them", "their", "begge", "both"})
"""Words by which a clause leans on people or places named before it."""
_HOW_MUCH = frozenset(fold("mange meget længe lang langt stor store ofte tit gammel gamle").split())
"""What follows "hvor" when it asks ("hvor mange", "hvor længe"), not when it relates ("…, hvor X …")."""


def _relative(text: str, found: re.Match[str]) -> bool:
    """ "en pressemeddelelse, hvor borgmesteren takker …": "hvor"/"where" after a comma that
    opens a relative clause, which asks nothing."""
    if fold(found.group(0)) not in ("hvor", "where") or not text[: found.start()].rstrip().endswith(","):
        return False
    after = fold(text[found.end() :]).split()[:1]
    return bool(after) and after[0] not in _HOW_MUCH


_OWN_PLACE = lazy(
    r"\b(?:vores|min|mit|our|my)\s+(?:egen\s+|eget\s+|own\s+)?"
    r"(?:(kommune|kommunes|municipality|municipality's|council|council's)"
    r"|(repræsentant|repraesentant|representative|rep|medlem|member))\b",
    re.IGNORECASE,
)
"""The asker's own municipality ("vores kommune", "my council") or its member ("vores
repræsentant"), which a preamble may have named."""


_REQUEST = lazy(
    r"^\s*(?:please\s+|venligst\s+)?(?:give\s+me|tell\s+me|i\s+need|giv\s+mig|fortæl\s+mig|fortael\s+mig|"
    r"jeg\s+mangler|jeg\s+skal\s+bruge)\s+",
    re.IGNORECASE,
)
"""A request for things by name ("Give me the date of the article and the period …")."""
_THING_BREAK = lazy(r",?\s+(?:and|og|samt|plus|&)\s+", re.IGNORECASE)


_LIST_BREAK = lazy(r",\s*(?:(?:and|og|samt|plus|&)\s+)?|\s+(?:and|og|samt|plus|&)\s+", re.IGNORECASE)


def _requested_things(text: str) -> list[str]:
    """ "Give me the date of the article and the period the strategy covers": each thing
    requested on its own ("Give me the date of the article", "Give me the period …"); "Three
    checks: the year the agreements started, the savings figure, and …": each thing listed."""
    request = _REQUEST.match(text)
    if request is None:
        head, colon, listed = text.partition(":")
        if not colon or len(head.split()) > LABEL_WORDS:
            return [text]
        things = [t.strip(" .?!") for t in _LIST_BREAK.split(listed) if t.strip(" .?!")]
        if things and set(fold(things[-1]).split()[-1:]) & CLAIM_TAGS:
            # "answer 14: Svendsen-Tune, kommunaldirektør, Vejle. right?": the tag asks to confirm
            # the line as a whole, not each of its parts alone.
            return [text]
        return things if len(things) > 1 else [text]
    things = [t.strip() for t in _THING_BREAK.split(text[request.end() :]) if t.strip()]
    return [f"{request.group(0).strip()} {thing}" for thing in things] if len(things) > 1 else [text]


SAID_BY = Bilingual(da="Det siger {speaker}.", en="That is said by {speaker}.")


class MessageReading(Told):
    """How ``Engine`` reads a message before answering its questions."""

    tuning: Tuning
    index: QuestionIndex
    definition_ids: frozenset[str]
    recognizer: Recognizer
    knowledge: Knowledge
    dialogue: Dialogue
    default_language: Lang
    _danish_cues: frozenset[str]
    _english_cues: frozenset[str]
    _spokesperson: dict[str, str]
    _numbers: frozenset[str]

    if TYPE_CHECKING:
        # Declared for mypy only, as in ``bot.core.moves``: the engine's own methods.
        def _speakers_behind(self, answer: Answer) -> list[Bilingual]: ...

        def _speakers_folded(self, answer: Answer) -> list[str]: ...

        def _speaker_name(self, kind: str, ids: tuple[str, ...]) -> str: ...

        def _ask(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer: ...

        def _from_entry(self, text: str, lang: Lang, candidate: Candidate) -> Answer: ...

    def _courtesy_apart(self, text: str, language_hint: Lang | None) -> tuple[str, list[str]]:
        """The question without @handles and without sentences that are only courtesy
        ("… hvem er formand? tak 🙏", "Godmorgen! …"), which never decide the answer; and
        those courtesy sentences."""
        text = _HANDLE.sub(" ", text).strip() or text
        text = _CLOSING_PLEASE.sub(r"\1", text) or text
        said = [s for s in SENTENCE_BREAK.split(text) if s.strip()]
        if len(said) < 2:
            return text, []
        polite = [s for s in said if self._ask(s, language_hint).outcome == "smalltalk"]
        kept = [s for s in said if s not in polite]
        introductions = [s for s in kept if _INTRODUCTION.match(s) and not s.rstrip().endswith("?")]
        if introductions and len(introductions) < len(said) and not any(set(fold(s).split()) & _OWN for s in kept):
            # "I am a researcher from Germany. Who chairs the group?": who the asker is decides
            # nothing ("Germany" is no member to deny), unless a sentence leans on it ("… my
            # municipality?", which ``_own_place_named`` reads).
            kept = [s for s in kept if s not in introductions]
            if not kept:
                return " ".join(polite), []  # "… I am a researcher. What can you do for me?"
            polite += introductions
        return (" ".join(kept), polite) if kept else (text, [])

    def _answer(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer:
        unhedged = emoji_as_commas(
            without_trailing_emoji(
                without_source_request(
                    _COUNTED_DIFFERENT.sub(
                        r"\1", without_hedge(self._without_asides_before_tag(self._without_aside_after_tag(text)))
                    )
                )
            )
        )
        if unhedged != text:
            return replace(self._answer(unhedged, language_hint, forced), question=text)
        colleague = self._colleague_says(text)
        if colleague is not None:
            # "Peter says SKI's director gets quoted, right?": a colleague's claim put up to be
            # checked; "Peter" is whoever in the chat said it, not a member who speaks.
            return replace(self._answer(colleague, language_hint, forced), question=text)
        taken_back = corrected_claim(text, self.recognizer)
        if taken_back is not None:
            # "Holte – kommunaldirektør, Høje Taastrup? Nej vent, Rudersdal. …, korrekt?"
            return replace(self._answer(taken_back, language_hint, forced), question=text)
        labelled = self._claim_after_label(text)
        if labelled is not None:
            return replace(self._answer(labelled, language_hint, forced), question=text)
        present = now_asked(text)
        if present is not None:
            # "Is Holte still kommunaldirektør today?": what the article said, never a "Yes" for today.
            then = self._answer(present, language_hint, forced)
            if then.outcome == "answer":
                return replace(as_of_the_article(then, self.knowledge.article.date), question=text)
        rejected = claimed_after_rejection(text)
        if rejected is not None:
            return replace(self._answer(rejected, language_hint, forced), question=text)
        leading = leading_question(text)
        if leading is not None:
            # "er Karm ikke fra Kolding?" asks to confirm Kolding; it denies nothing.
            answer = self._answer(leading, language_hint, forced)
            return replace(answer, text=contradicting(answer.text), question=text)
        recalled = said_to_me(text)
        if recalled is not None:
            # "du sagde vel at det var Karm der var fra Nyborg?": the claim is checked, no speaker.
            return replace(self._answer(recalled, language_hint, forced), question=text)
        said_by = self._who_said(text, language_hint, forced)
        if said_by is not None:
            return said_by
        both = self._one_of_many(text, language_hint, forced)
        if both is not None:
            return both
        greeted = _GREETING_FIRST.match(text)
        if greeted is not None and len(text[greeted.end() :].split()) >= _MIN_GREETED_WORDS:
            # "hej er der 7 kommunaldirektører i gruppen?": the greeting hides the claim's opener.
            plain = self._answer(text[greeted.end() :], language_hint, forced)
            if plain.answered:
                return replace(plain, question=text)
        with_why = answered_with_why(
            text, lambda claim: self._answer(claim, language_hint, forced), self._why_after_claim
        )
        if with_why is not None:
            return with_why
        absent = absence_claim(text)
        if absent is not None:
            # "Copenhagen was left out, right?", "Why did KL drop SKI?": a member said to be
            # missing gets the "No" and the seat; a real absence keeps the reading as written.
            checked = self._answer(absent, language_hint, forced)
            if checked.answered and has_verdict(checked.text) and not affirms(checked.text):
                return replace(checked, question=text)
        premise = why_premise(text)
        figures = _FIGURE.findall(premise or "")
        if figures and all(f.isdigit() and f in self._numbers for f in figures):
            # "hvorfor er 80 kommuner vigtigt?": a figure the article states is no false premise,
            # whatever else it could be compared with.
            premise = None
        if premise is not None:
            # "Why was the group set up by the Ministry of Finance?": a why resting on something
            # false gets the "No" and the fact, not a reason for what never happened.
            checked = self._answer(premise, language_hint, forced)
            if checked.answered and has_verdict(checked.text) and not affirms(checked.text):
                return replace(checked, question=text)
            answer = self._answer_unframed(text, language_hint, forced)
            if checked.answered and affirms(checked.text) and affirms(answer.text):
                # "Why is a chief economist chairing?" read as "is one chairing?": the premise
                # holds, but a "Yes" answers no why; the reason is what the article leaves out.
                return replace(answer, text=say(WHY_NOT_SAID, answer.language) + without_verdict(answer.text))
            return answer
        return self._answer_unframed(text, language_hint, forced)

    def _answer_unframed(self, text: str, language_hint: Lang | None, forced: Lang | None) -> Answer:
        """``_answer`` of a message whose framing (hedges, asides, a colleague's claim, a why
        resting on a claim) has been read."""
        text = beside_named(self._own_place_named(text), self._one_person_named, self.knowledge.seats)
        text = PLACE_HOLDER_BESIDE.sub(self._place_holder_named, text)
        answer = self._answer_as_written(text, language_hint, forced)
        if answer.outcome == "smalltalk":
            return answer
        if (
            answer.citation == BACKGROUND
            and answer.answered
            and _ASKS_WHAT_IS_SAID.search(text)
            and not _SAYS_BACKGROUND.search(answer.text[:_BACKGROUND_NOTE_REACH])
        ):
            # "Does the article itself state who owns SKI?": the answer is general knowledge
            # the article takes for granted, so it does not, which is said first.
            return replace(answer, text=say(NOT_IN_ARTICLE_ITSELF, answer.language) + answer.text)
        stated = stated_claim(text)
        if stated is not None and not has_verdict(answer.text):
            # A fact stated with no question is put up to be checked; read as a claim, it is
            # kept only when it gets a verdict ("Vi er en lille kommune." gets none).
            checked = self._answer_as_written(stated, answer.language, forced)
            if checked.outcome in ("answer", "negative") and has_verdict(checked.text):
                return replace(checked, question=text)
        plainer = reframings(text)
        confirmed = claim_confirmed_after(text)
        if confirmed is not None:
            # The claim the last sentence asks to confirm is the claim to check first.
            plainer = [Reframing(confirmed, claim=True), *(p for p in plainer if p.text != confirmed)]
        if confirmed is not None and has_verdict(answer.text):
            # "I have read that more than 90 municipalities join. Is that the figure?": the verdict
            # is on the claim the last sentence points back to, not on that sentence read alone
            # ("Is that the figure?" got "Yes. The figure comes from SKI").
            again = self._answer_as_written(confirmed, answer.language, forced or answer.language)
            if again.outcome in ("answer", "negative"):
                return replace(again, question=text)
            # The claim cannot be checked: the whole message's answer, with no verdict on it.
            return replace(answer, text=without_verdict(answer.text))
        if has_verdict(answer.text):
            last = self._last_sentence_checked(text, answer.language, forced)
            if last is not None:
                return replace(last, question=text)
        if answer.outcome in ("answer", "negative"):
            if has_verdict(answer.text) or answer.source in self.definition_ids:
                # "Hvad vil det sige, at KL har 'nedsat' …?" asks what a word means, no claim.
                return answer
            # "Jeg har noteret, at X. Er det korrekt?" answered with facts but no verdict:
            # the claim inside it, put plainly, may be checked.
            plainer = [p for p in plainer if p.claim]
        unchecked: Answer | None = None
        for reframed in plainer:
            again = self._answer_as_written(reframed.text, answer.language, forced)
            if reframed.said_as_question:
                # Only an answer that bears the clause out or denies it is what was asked about.
                if not has_verdict(again.text):
                    continue
                again = replace(again, text=without_verdict(again.text))
            if reframed.claim and affirms(again.text):
                said = self._said_by_whom_the_frame_says(text, reframed, again)
                if said is None:
                    continue  # who said it cannot be checked: no verdict on the frame
                if not said:
                    # "did Mandøe say that X?": X holds, but someone else said it.
                    speaker = self._speakers_behind(again)[0].get(again.language)
                    body = verdict_prefix(False, again.language) + without_verdict(again.text)
                    body += " " + say(SAID_BY, again.language, speaker=speaker)
                    return replace(again, text=body, question=text)
            if again.outcome in ("answer", "negative") and (
                has_verdict(again.text) or not reframed.claim or reframed.said_as_question
            ):
                return replace(again, question=text)
            if again.outcome in ("answer", "negative") and unchecked is None:
                unchecked = again
        if unchecked is not None and answer.outcome not in ("answer", "negative"):
            # "Indrøm det nu: Viborg har slet ingen repræsentant": the claim put plainly gets
            # the facts without a verdict, which says more than "the article does not say".
            return replace(unchecked, question=text)
        if answer.outcome not in ("answer", "negative"):
            continued = self._as_turns(text, answer.language) or self._topic_told(text, answer.language, forced)
            if continued is not None:
                return continued
        return answer

    def _topic_told(self, text: str, lang: Lang, forced: Lang | None) -> Answer | None:
        """ "Vi har læst om de forpligtende aftaler. Hvad er det egentlig for nogle?": the last
        sentence's one pronoun stands for what the sentence before it named, as a follow-up's
        does for the last question's subject; answered so only when that gives an answer."""
        parts = sentences(text)
        if len(parts) < _MIN_TOLD_PARTS or not parts[-1].endswith("?"):
            return None  # "… første møde? Det vil udvalget gerne vide.": a remark, no question
        typed = parts[-1].split()
        at = [i for i, word in enumerate(typed) if fold(word.strip(",.!?")) in POINTERS - SAID_POINTERS]
        if len(at) != 1:
            return None
        known = [
            phrase
            for phrase in noun_phrases(parts[-2])
            if any(self.index.knows(w) for w in fold(phrase).split() if w not in STOPWORDS)
        ]
        if not known:
            return None
        word = typed[at[0]]
        typed[at[0]] = known[0] + word[len(word.rstrip(",.!?")) :]
        answer = self._answer_as_written(" ".join(typed), lang, forced)
        # "… fortsætter som arbejdsgruppe. Kan det passe?": "det" is the claim before, which the
        # noun put in its place would check as another ("kan den gamle styregruppe passe?").
        if answer.outcome != "answer" or has_verdict(answer.text):
            return None
        return replace(answer, question=text)

    def _who_said(self, text: str, language_hint: Lang | None, forced: Lang | None) -> Answer | None:
        """ "who said that more than 80 municipalities joining is no longer rare?": what is said,
        found in the article, with the one who says it; None when the article does not bear it
        out or no one in particular says it (a "Ja" would answer no one's question)."""
        asked = _WHO_SAID.match(text)
        if asked is None or len(asked.group("said").split()) < _MIN_SAID_WORDS:
            return None
        # "Who said 'Tilslutninger på mere end 80 kommuner …'?": the frame's language, not the quote's.
        asker: Lang = "en" if fold(text).split()[0] == "who" else "da"
        answer = self._answer(f"{asked.group('said')}?", language_hint, forced or asker)
        if answer.outcome != "answer" or answer.text.startswith(verdict_prefix(False, answer.language)):
            return None
        speakers = self._speakers_behind(answer)
        if len(speakers) != 1:
            return None
        said_by = say(SAID_BY, answer.language, speaker=speakers[0].get(answer.language))
        return replace(answer, question=text, text=f"{said_by} {without_verdict(answer.text)}")

    def _one_of_many(self, text: str, language_hint: Lang | None, forced: Lang | None) -> Answer | None:
        """ "Is Karm one of 8 kommunaldirektører?": "Yes" only when he is one and 8 are."""
        claims = one_of_many(text)
        if claims is None:
            return None
        member = self._answer(claims.member, language_hint, forced)
        if claims.count is None:
            return replace(member, question=text) if has_verdict(member.text) else None
        count = self._answer(claims.count, member.language, forced)
        if not (has_verdict(member.text) and has_verdict(count.text)):
            return None
        holds = affirms(member.text) and affirms(count.text)
        body = (
            f"{verdict_prefix(holds, member.language)}{without_verdict(member.text)}\n\n{without_verdict(count.text)}"
        )
        return replace(member, question=text, text=body, outcome="answer" if holds else "negative")

    def _why_after_claim(self, claim: str, why: str, lang: Lang) -> Answer:
        """The "why" after a claim, read as the turn that follows it."""
        state = self.dialogue.turn(claim, Conversation(), lang)[1]
        return self.dialogue.turn(why, state, lang)[0]

    def _one_person_named(self, phrase: str) -> str | None:
        """The member ``phrase`` names and nothing but, or None."""
        pairs = word_pairs(phrase)
        found = [m for m in self.recognizer.find(pairs) if m.kind == "person" and len(m.ids) == 1]
        whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(pairs)
        return found[0].ids[0] if whole else None

    def _own_place_named(self, text: str) -> str:
        """ "Jeg er nyvalgt i byrådet i Holbæk … Hvem repræsenterer vores kommune?": the asker's
        own municipality is the one the message named before it, when it named only one."""
        found = _OWN_PLACE.search(text)
        if found is None:
            return text
        places = {ids for kind, ids in self._named_ids(text[: found.start()]) if kind == "municipality"}
        if len(places) != 1:
            return text
        name = next(iter(places))[0]
        # "vores repræsentant" -> "Holbæks repræsentant"; "vores kommunes" -> "Holbæks".
        possessive = "s" if found.group(1) and found.group(1).endswith("s") else ""
        named = f"{name}s {found.group(2)}" if found.group(2) else name + possessive
        return text[: found.start()] + named + text[found.end() :]

    def _said_by_whom_the_frame_says(self, text: str, reframed: Reframing, answer: Answer) -> bool | None:
        """A claim reported in a frame that names who said it ("did Mandøe say that …?", "KL
        says that …") is borne out only when the answer rests on that one's words: their
        paragraph, or an entry drawn from it. A frame naming no one ("Is it true that …") asks
        nothing about a speaker."""
        said_by = {
            (kind, ids)
            for kind, ids in self._named_ids(text) - self._named_ids(reframed.text)
            if kind in ("person", "organisation")
        }
        if not said_by:
            return True
        speakers = self._speakers_folded(answer)
        if not speakers:
            return None
        names = {fold(self._speaker_name(kind, ids)) for kind, ids in said_by}
        return any(name in speaker for name in names for speaker in speakers)

    def _as_turns(self, text: str, lang: Lang) -> Answer | None:
        """ "I came across the name Anders Brøndum. Who is he?": the last sentence leans on the
        ones before it as a follow-up leans on earlier turns; answered so when it needed them."""
        # "Min gamle kollega Lars Svenningsen – jeg mener han er på Fyn – hvor sidder han?": a
        # remark between dashes is a sentence of its own.
        said = [s.strip() for s in ASIDE_BREAK.split(text) if s.strip()]
        if not 2 <= len(said) <= self.tuning.max_compound_parts:
            return None
        # Only names the message itself gives: in "Min chef er fra Vejle. Hvad er hans titel?"
        # "hans" is the asker's boss, not whoever an answer about Vejle would name. Sentences
        # that name no one ("over 80?? wow. siden hvornår") lend the last one nothing, so its
        # turns are not read at all.
        named_before = self._named_ids(" ".join(said[:-1]))
        if not named_before:
            return None
        state = Conversation()
        for sentence in said[:-1]:
            state = self.dialogue.turn(sentence, state, lang)[1]
        last = self.dialogue.read(said[-1], state, lang)
        if last.asked == said[-1] or last.answer.outcome not in ("answer", "negative"):
            return None
        brought_in = self._named_ids(last.asked) - self._named_ids(said[-1])
        if not brought_in or not brought_in <= named_before:
            return None
        return replace(last.answer, question=text)

    def _named_ids(self, text: str) -> set[tuple[str, tuple[str, ...]]]:
        return {(m.kind, m.ids) for m in self.recognizer.find(word_pairs(text)) if m.kind != "unknown_person"}

    def _answer_as_written(self, text: str, language_hint: Lang | None, forced: Lang | None = None) -> Answer:
        polite = self._courtesy(text, language_hint, forced)
        if polite is not None:
            return polite
        text = _RATHER_THAN.sub(_rather_than, _RELATIVE_DER.sub(r"\1", text))
        answer = self._ask(_BEFORE.sub("tidligere", text), language_hint, forced)

        def asked_alone(question: str) -> Answer:
            return self._ask(question, answer.language, forced)

        ordered = chronology.which_first(text, answer.language, asked_alone) or chronology.years_between(
            text, answer.language, asked_alone
        )
        if ordered is not None:
            body, first, second = ordered
            return replace(
                first, question=text, text=body, confidence=min(first.confidence, second.confidence), suggestions=()
            )
        text = _BEFORE.sub("tidligere", text)
        core = self._question_core(text)
        # A fact read from the whole question's structure ("list the members from
        # municipalities whose names start with H") is not cut down to its last clause.
        structural = answer.answered and (answer.source or "").startswith("fact:") and answer.confidence >= 100
        # "Står der i artiklen, hvad LWB står for?": the frame says nothing of what is asked,
        # so the fact its words happen to find ("LWB står" as its seat) is no reading of it.
        framed = core is not None and bool(_ASKS_WHAT_IS_SAID.match(text))
        if core is not None and answer.outcome != "smalltalk" and (not structural or framed):
            # "sorry to bother, quick one: which municipality is Kim Herlev from?" - the
            # question proper starts at its question word; what comes before is filler.
            cored = self._ask(core, answer.language, forced)
            if cored.outcome == "smalltalk" and not answer.answered:
                # "Før jeg spørger, vil jeg gerne vide, hvad du kan svare på?" asks about the bot.
                return replace(cored, question=text)
            # "In her closing remarks, what did …?": the words before the question chose the
            # paragraph, which the question alone would not; a quote from the whole stands.
            prefix = set(fold(text[: text.index(core)]).split())
            chosen = bool(prefix & CLOSING_WORDS) and answer.source != cored.source
            if cored.outcome == "not_in_article" and _ASKS_WHAT_IS_SAID.search(text[: text.index(core)]):
                # "Står der, hvor gammel hun er?" asks whether the article says it: a paragraph
                # sharing a word with it ("gammel": the old group) does not.
                return replace(cored, question=text)
            if cored.outcome in ("answer", "negative") and not (chosen and answer.confidence >= cored.confidence):
                # "Til notatet: hvornår blev strategien vedtaget, og hvilken periode dækker den?"
                # holds more questions after the first: all of them are answered; "artiklens
                # dato og hvornår …?" joins a question before it, which is no preamble.
                joined = (
                    self._compound(text, cored, forced) if _JOINED_AT_END.search(text[: text.index(core)]) else None
                )
                asked = text[text.index(core) :]
                return joined or self._compound(asked, cored, forced) or cored
        # "Jeg skriver et notat: hvem er formand?" - context first, the question last. The
        # last clause wins when it alone is answered at least as confidently.
        clause = _CLAUSE_BREAK.split(text)[-1].strip()
        # "Which municipalities have joined? I need the full list for my thesis.": a last
        # clause without a question word after one that has it says how to answer, not what.
        trailing_request = clause != text and not QUESTION_START.search(clause)
        before = text[: len(text) - len(clause)].rstrip()
        trailing_request = trailing_request and before.endswith("?") and bool(QUESTION_START.search(before))
        # "Hvem bliver citeret – cheføkonomen fra KL eller direktøren for SKI?": the choices
        # after the break belong to the question before it.
        choices = bool(QUESTION_START.match(before.strip())) and not QUESTION_START.search(clause)
        trailing_request = trailing_request or (choices and answer.answered and bool(_CHOICE.search(clause)))
        # "Lau Svendsen-Tune og Lars Svenningsen: er de begge kommunaldirektører?": a clause
        # whose pronoun means the people named before it is no question of its own.
        # "Københavns Kommune - do they send their kommunaldirektør …?": a place's "they" too.
        leans = bool(set(fold(clause).split()) & _POINTING_BACK) and any(
            kind in ("person", "municipality", "organisation") for kind, _ in self._named_ids(before)
        )
        if clause and clause != text and answer.outcome not in ("smalltalk", "not_in_article") and not trailing_request:
            if leans and answer.answered:
                return self._compound(text, answer, forced) or answer
            whole_verdict = has_verdict(answer.text) and bool(self._named_ids(before))
            # "same title: Pedersen vs Herlev?": what is compared is said before the break.
            compared_before = bool(set(fold(before).split()) & (SAME_WORDS | DIFFERENT_WORDS))
            if structural and (
                whole_verdict or compared_before or (not self._named_ids(clause) and self._named_ids(before))
            ):
                # "roslev eller herlev – hvem står først på listen?", "christian roslev - aarhus,
                # ikk?": the names before the break are what the clause asks about or claims of;
                # read whole, the facts answered them (the clause alone: a false "Ja" for Aarhus).
                return self._compound(text, answer, forced) or answer
            # "Er det korrekt, at den nye supplerer – og ikke erstatter – styregruppen for …?":
            # a claim whose verb comes before the break runs on across it; its last piece,
            # without a verb of its own, claims nothing alone ("svar: Viborg - rigtigt?" has
            # no verb before the break either: there the last piece is the tag).
            verbs = CLAIM_OPENERS | STATE_VERBS
            claim_goes_on = (
                is_claim(_folded_words(text))
                and not QUESTION_START.search(clause)
                and not set(_folded_words(clause)) & verbs
                and bool(set(_folded_words(before)) & verbs)
            )
            last = answer if claim_goes_on else self._ask(clause, answer.language, forced)
            if last is not answer and last.answered and (not answer.answered or last.confidence >= answer.confidence):
                # "formand? + antal temaer": a question before it is no preamble; both are asked.
                joined = self._compound(text, answer, forced) if before.endswith("?") else None
                return joined or replace(last, question=text)
        compounded = self._compound(text, answer, forced)
        if compounded is None and before and answer.outcome in ("fallback", "suggestions"):
            asked_first = self._sentence_first(before, answer.language, forced)
            if asked_first is not None:
                return replace(asked_first, question=text)
            # "Hvem vedtog strategien? I gamle dage var det jo kommunen selv, men her står der
            # vel noget om KL?": the question opens the message, the sentences after it remark.
            opening = sentences(text)[0]
            if opening != before and opening.endswith("?") and QUESTION_START.match(opening):
                asked_first = self._sentence_first(opening, answer.language, forced)
                if asked_first is not None:
                    return replace(asked_first, question=text)
        head, _, remark = text.partition(",")
        if compounded is None and (
            answer.outcome in ("fallback", "suggestions") or self._told_of_self(answer, remark, forced)
        ):
            # "what is SKI exactly, someone asked in the EU call": a remark after the comma.
            head = head.strip()
            if (
                remark
                and head != before
                and QUESTION_START.match(head)
                and not set(fold(remark).split()) & QUESTION_WORDS
                and fold(head).split()[0] not in _WHY
            ):
                asked_first = self._sentence_first(head, answer.language, forced)
                if asked_first is not None:
                    return replace(asked_first, question=text)
        return compounded or answer

    def _told_of_self(self, answer: Answer, remark: str, forced: Lang | None) -> bool:
        """ "hvem er fra Hjørring, jeg har møde med dem": what the asker tells of themselves after
        the comma is why they ask; its unknown words ("møde") are nothing the article lacks.
        "…, jeg skal vide hans løn" still asks something of another, which the article may lack."""
        said = set(fold(remark).split())
        if answer.outcome != "not_in_article" or not said & _ASKER or said & POSSESSIVE_PRONOUNS:
            return False
        return self._ask(remark.strip(), answer.language, forced).outcome != "not_in_article"

    def _sentence_first(self, before: str, lang: Lang, forced: Lang | None) -> Answer | None:
        """What the sentence before the last says, when the message read whole is not answered:
        "Forklar forskellen på KL og SKI. Jeg har aldrig forstået det." asks first and then
        remarks. A claim it holds must get its verdict; a bare name ("Leif Johannes Jensen –
        udbudschef?"), a statement the facts say yes or no to or only a paragraph shares words
        with, and what the asker tells of themselves are not the question."""
        words = fold(before).split()
        asked = (
            before.endswith("?") or bool(QUESTION_START.search(before)) or (bool(words) and words[0] in REQUEST_VERBS)
        )
        pairs = word_pairs(before)
        covered = sum(m.end - m.start for m in self.recognizer.find(pairs))
        if not words or (not asked and (covered >= len(pairs) or set(words) & _ASKER)):
            return None
        first = self._ask(before, lang, forced)
        verdict, claimed = has_verdict(first.text), bool(set(words) & CLAIM_TAGS)
        if first.outcome != "answer" or (claimed and not verdict):
            return None
        if not asked and (verdict or (first.source or "").startswith("passage:")):
            return None  # a paragraph that shares a statement's words is no answer to what follows
        return first

    def _courtesy(
        self, text: str, language_hint: Lang | None, forced: Lang | None, *, acknowledging: bool = False
    ) -> Answer | None:
        """ "thanks, that was useful!", "Hello from Oslo!": a greeting or thanks with nothing
        beside it that the knowledge answers is small talk, whatever the other words are."""
        found = courtesy(text)
        if found is None or (found.kind == NOTED and not acknowledging):
            return None  # a bare "ok" that follows no answer acknowledges nothing
        if (
            found.kind == NOTED
            and sum(not self.index.knows(w) for w in content_words(fold(found.rest).split())) >= _REMARK_WORDS
        ):
            return None  # "lol min kat har lige væltet min kaffe" tells of something else; it nods to no answer
        subject = sum(self.index.knows(w) for w in content_words(fold(found.rest).split()))
        if found.kind == NOTED and subject and fold(found.rest).split()[0] in _GOING_ON:
            return None  # "ok and the purpose in one line": the nod opens the next question
        if found.kind == PRAISE and subject >= self.tuning.courtesy_subject_words:
            # "great, so the new group only deals with the agreements and not the strategy 🙄":
            # the praise opens a remark on the subject, which no "Thank you!" answers (thanks
            # "for the answer about the group and its themes", a greeting before who one is,
            # are still small talk).
            return None
        whole = self.index.search([w for _, w in word_pairs(text)], smalltalk=True, limit=1)
        if whole and whole[0].score >= self.tuning.answer_cutoff:
            return None  # a curated greeting, thanks or farewell as written ("hej hej", "tak for hjælpen")
        rest = self._answer(found.rest, language_hint, forced) if word_pairs(found.rest) else None
        if rest is not None and rest.outcome in ("answer", "negative"):
            return None  # "Hello from Vejle!" has an answer of its own
        default = language_hint or self.default_language
        danish, english = self._danish_cues | DANISH_WORDS, self._english_cues | ENGLISH_WORDS
        lang = forced or detect_language(word_pairs(text), default, danish, english)
        found_entry = self.index.search([CANONICAL[found.kind][lang]], smalltalk=True, limit=1)
        if not found_entry:
            return None
        return self._from_entry(text, lang, found_entry[0])

    def _question_core(self, text: str) -> str | None:
        """From the first question word to the end of its clause, when only filler (no name,
        no other question) comes before it; None when the question starts with it anyway."""
        start = next((m for m in QUESTION_START.finditer(text) if not _relative(text, m)), None)
        if start is None or start.start() == 0:
            return None
        prefix = text[: start.start()]
        # A stranger's name in the filler ("a client in Brussels") is no part of the question.
        if any(m.kind != "unknown_person" for m in self.recognizer.find(word_pairs(prefix))):
            return None
        core = CLAUSE_END.split(text[start.start() :], maxsplit=1)[0].strip()
        return core or None

    def _compound(self, text: str, whole: Answer, forced: Lang | None = None) -> Answer | None:
        """ "hvem er fra Vejle og hvem er fra Nyborg", "tema 2 + tema 5?": each part answered
        on its own, in one reply, when every part gets an answer or a clear "not in the
        article" and the parts say more than the question read as one."""
        if whole.answered and _CHOOSING.search(text):
            return None  # "which of theme 1 and theme 4 is about …?" chooses; it asks one thing
        if whole.answered and has_verdict(whole.text) and _ALL_OF.search(text):
            return None  # "tema 1 og tema 2 handler begge om …?": one claim about both
        folded = set(fold(text).split())
        if whole.answered and folded & COUNT_WORDS and folded & ADDING_UP_WORDS:
            return None  # "hvor mange fra SKI + KL tilsammen": one count over both
        parts = [_LIST_NUMBER.sub("", p).strip() for p in _COMPOUND_BREAK.split(text) if p and p.strip()]
        parts = [p for p in parts if p]
        parts = [q.strip() for p in parts for q in (_COMMA_BREAK.split(p) if QUESTION_START.match(p) else [p])]
        things = _requested_things(text)
        # "samme kommune: Herlev & Pedersen?" lists what is compared, not things to ask in turn.
        compared = whole.answered and bool(folded & (SAME_WORDS | DIFFERENT_WORDS))
        if len(things) > len(parts) and not compared:
            parts = things  # "Three checks: A, B, and how many …?": the list, not its last "and"
        if len(parts) < 2 and QUESTION_START.match(text):
            # "hvem er formand hvem er fra ski": the second question opens with no mark before it.
            parts = [p.strip() for p in _ASKED_AGAIN.split(text) if p.strip()]
        fragments = _fragment_pair(text, self.tuning.max_fragment_pair_words) if len(parts) < 2 else []
        parts = fragments or parts
        if len(parts) < 2 or len(parts) > self.tuning.max_compound_parts:
            return None
        parts = self._shared_tail(parts)
        answers: list[Answer] = []
        place = self._first_name(parts[0], _PLACE_KINDS)
        list_named = _LIST_TAIL.search(parts[-1])
        subject = self._opening_name(parts[0])
        remarked = False
        for at, part in enumerate(parts):
            part = _noun_borrowed(part, parts[0]) if at else part
            part_words = fold(part).split()
            if answers and self._remark(part, part_words):
                remarked = True
                continue
            if (
                at
                and subject
                and part_words
                and part_words[0] in _SUBJECTLESS_VERBS
                and not set(part_words[1:2]) & _POINTING_BACK
            ):
                part = f"{subject} {part}"
            elif answers and set(part_words) & PERSONAL_PRONOUNS:
                # "hvad er Karms titel? han er fra Vejle": "han" is the one member named before,
                # even where the part alone would find someone else ("han er fra Vejle").
                one = self._first_person(parts[0]) or self._first_person(answers[0].text)
                part = _with_name(part, one, whole.language) if one else part
            answer = self._ask(part, whole.language, forced)
            if answers and not place and set(part_words) & _THEM:
                # "hvilke kommuner har 'borg' i navnet, og hvem sidder for dem?": "dem" are what
                # the first part found, read as a follow-up; alone it found the whole group.
                followed = self._as_follow_up(parts[: len(answers)], part, whole.language)
                answer = followed if followed.outcome in _RESOLVED else answer
            if answers and place and set(part_words) & _THEIR:
                # "hvad er SKI og hvem er deres chef?": "their" is the place the first part named,
                # whatever the part alone would have guessed.
                theirs = self._ask(f"{part} {place}", whole.language, forced)
                answer = theirs if theirs.outcome in _RESOLVED else answer
            elif answers and place and part_words[-1:] in ([w] for w in _THERE):
                # "hvad er SKI og hvem er chefen der?"; only an answer: "hvad laver han der?" is
                # about the man the first part gave, which the steps below read.
                there = self._ask(f"{part} {place}", whole.language, forced)
                answer = there if there.answered else answer
            where = list_named if part != parts[-1] and not _LIST_TAIL.search(part) else None
            if where is None and at and answer.outcome not in ("answer", "negative") and not _LIST_TAIL.search(part):
                # "Who is first on the member list, and who is last?": the list the first part
                # names is where a later part that finds nothing alone looks too.
                where = _LIST_TAIL.search(parts[0])
            if where:
                # "Hvem står først, og hvem står sidst på medlemslisten?": the list the last part
                # names is where the first part looks too.
                placed = self._ask(f"{part.rstrip(' ?')} {where.group(0)}", whole.language, forced)
                answer = placed if placed.outcome in _RESOLVED else answer
            filled = _one_filled(part, parts[0]) if answers and answer.outcome not in _RESOLVED else None
            if filled is not None:
                # "What happened to the old steering group, and what is the new one supposed to
                # do?": "the new one" is the new steering group.
                answer = self._ask(filled, whole.language, forced)
            # "which organisation set it up" is about a thing the earlier part named, not its person.
            if answer.outcome not in _RESOLVED and answers and not _THING_PRONOUNS & set(fold(part).split()):
                # "hvem er Roslev og hvad tjener han?": the second part is about the first's
                # name; "hvem repræsenterer SKI og hvad er hendes titel?" about its answer's.
                named = self._first_person(answers[0].text) or self._first_name(parts[0])
                if named:
                    answer = self._ask(_with_name(part, named, whole.language), whole.language, forced)
            if answer.outcome not in _RESOLVED and answers:
                # "hvornår blev aftalerne etableret og hvor meget har de sparet?": the later part
                # is read as a follow-up of the earlier ones, as in a conversation.
                answer = self._as_follow_up(parts[: len(answers)], part, whole.language)
            if answer.outcome == "fallback" and self._aside(part):
                continue  # "KL - what is it? like KS in Norway?": an aside the knowledge never heard of
            if answer.outcome not in _RESOLVED or (fragments and not answer.answered):
                return None  # "Staten og Kommunernes Indkøbsservice?" is one name, not two things
            answers.append(answer)
        if not answers:
            return None
        if remarked and len(answers) == 1:
            # "Passer det virkelig at Mandøe er cheføkonom? Det tror jeg ikke på": the question
            # is answered alone; the remark's "ikke" read with it would turn its verdict round.
            return replace(answers[0], question=text)
        sources = {a.source for a in answers if a.answered}
        # "which municipality does Lau Svendsen-Tune represent, what's his title, and is he the
        # chair?": one source, but the last part's "No" says what the whole question's answer does not.
        said_more = not has_verdict(whole.text) and any(has_verdict(a.text) for a in answers)
        if whole.answered and len(sources) < 2 and all(a.answered for a in answers) and not said_more:
            return None
        return replace(
            answers[0],
            question=text,
            text="\n\n".join(dict.fromkeys(a.text for a in answers)),  # one profile answers two parts once
            answered=any(a.answered for a in answers),
            outcome="answer" if any(a.answered for a in answers) else "not_in_article",
            confidence=min(a.confidence for a in answers),
            suggestions=(),
        )

    def _as_follow_up(self, earlier: Sequence[str], part: str, lang: Lang) -> Answer:
        """``part`` answered as the turn after the ``earlier`` parts of the same message."""
        state = Conversation()
        for asked in earlier:
            state = self.dialogue.turn(asked, state, lang)[1]
        return self.dialogue.turn(part, state, lang)[0]

    def _without_aside_after_tag(self, text: str) -> str:
        """ "Peter Karm, det er jo ham, der var borgmester, ikke sandt, jeg har mødt ham ved et
        landsmøde?": a tag ends the claim; what comes after it tells of the asker and names
        nothing, and read into the claim it made the tag's "ikke" a negation."""
        found = _TAG_THEN_ASIDE.search(text)
        if found is None:
            return text
        aside = found.group("aside")
        if any(ch.isdigit() for ch in aside) or self.recognizer.find(word_pairs(aside)) or QUESTION_START.search(aside):
            return text
        return f"{text[: found.start('aside')].rstrip(' ,')}?"

    def _without_asides_before_tag(self, text: str) -> str:
        """ "min nabo siger at Holte er kommunaldirektør i Vordingborg, han var ellers ret sikker i
        sin sag, passer det?": between a claim and the tag asking to confirm it, a clause that
        names nothing (no name, no title, no figure) tells of the claim's source, not of the
        claim; read into it, it hid the verdict. ``text`` itself when there is none."""
        tag = _CONFIRM_TAIL.search(text)
        if tag is None:
            return text
        clauses = [c for c in re.split(r"\s*,\s*", text[: tag.start()]) if c.strip()]
        if clauses and not self._says_something_of_its_names(clauses[0]):
            return text  # "Grønvall and Pedersen, same title, right?": what is claimed comes after the names
        kept = clauses[:1] + [
            c for c in clauses[1:] if any(ch.isdigit() for ch in c) or self.recognizer.find(word_pairs(c))
        ]
        if len(clauses) < 2 or len(kept) == len(clauses):
            return text
        return f"{', '.join(kept)}{text[tag.start() :]}"

    def _says_something_of_its_names(self, clause: str) -> bool:
        """Whether a clause has words beside the names in it, as a claim's predicate."""
        pairs = word_pairs(clause)
        named = {i for m in self.recognizer.find(pairs) for i in range(m.start, m.end)}
        return bool(content_words([w for i, (_, w) in enumerate(pairs) if i not in named and w not in _JOINERS]))

    def _remark(self, part: str, words: list[str]) -> bool:
        """A part that tells of the asker and neither asks nor names anything."""
        return (
            not part.rstrip().endswith("?")
            and not QUESTION_START.search(part)
            and not (words and words[0] in REQUEST_VERBS)  # "Give me the period …" asks
            # The English "I" only as typed: folded, it is the Danish "i" ("antal kommuner i gruppen").
            and bool(set(words) & _ASKER_NOT_I or _ENGLISH_I.search(part))
            and not self.recognizer.find(word_pairs(part))
        )

    def _aside(self, part: str) -> bool:
        """A part whose every content word is one the knowledge has never seen."""
        content = content_words([w for _, w in word_pairs(part)])
        return bool(content) and not any(self.index.knows(w) for w in content)

    def _shared_tail(self, parts: list[str]) -> list[str]:
        """ "SKI + KL representatives?", "Vejle og Nyborg, hvem?": what the last part asks of
        its name is asked of each bare name before it; "Anne Madsen? member?": a last part of
        a word or two, naming nothing, is asked of the names before it."""
        last = word_pairs(parts[-1])
        named = self.recognizer.find(last)
        bare_tail = not named and len(last) <= _MAX_BARE_TAIL and not QUESTION_START.search(parts[-1])
        if not bare_tail and (not named or named[0].start != 0 or named[0].end >= len(last)):
            return parts
        tail = parts[-1] if bare_tail else " ".join(raw for raw, _ in last[named[0].end :])
        bare = []
        for part in parts[:-1]:
            words = word_pairs(part)
            mentions = self.recognizer.find(words)
            if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(words)):
                return parts
            bare.append(f"{part.rstrip(' ?')} {tail}")
        return bare if bare_tail else [*bare, parts[-1]]

    def _opening_name(self, text: str) -> str | None:
        """The name a part opens with, as written: the subject of what it states."""
        named = self.recognizer.find(word_pairs(text))
        return named[0].surface if named and named[0].start == 0 and named[0].kind in _NAMED_KINDS else None

    def _first_person(self, text: str) -> str | None:
        """The one member an answer names; an answer listing several names nobody in particular."""
        people = {m.ids[0] for m in self.recognizer.find(word_pairs(text)) if m.kind == "person" and len(m.ids) == 1}
        return next(iter(people)) if len(people) == 1 else None

    def _first_name(self, text: str, kinds: frozenset[str] = _NAMED_KINDS) -> str | None:
        """The first name of ``kinds`` the text gives, as written."""
        named = [m for m in self.recognizer.find(word_pairs(text)) if m.kind in kinds]
        return named[0].surface if named else None


def _with_name(part: str, name: str, lang: Lang) -> str:
    """ "which savings figure does she give?" asked of the one the earlier part named: the name
    in the pronoun's place ("… does Signe give?"); after the part when it has no pronoun."""
    pairs = word_pairs(part)
    at = next((i for i, (_, w) in enumerate(pairs) if w in PERSONAL_PRONOUNS), None)
    if at is None:
        return f"{part} {name}"
    said = possessive_of(name, lang) if pairs[at][1] in POSSESSIVE_PRONOUNS else name
    return swapped(part, pairs, {(at, at + 1): said})
