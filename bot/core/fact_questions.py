"""Answers questions about named members, municipalities, organisations and themes.

A name alone is not enough to answer: "where can I park in Vejle?" names a member
municipality but asks something the article does not hold. So every word beside the
names must be one a fact question uses (``bot.core.lexicon``); any other word means the
question goes to the Q&A entries, and if none fits, to "the article does not say".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.core.answer import Outcome, Suggestion, person_key
from bot.core.entities import Mention
from bot.core.facts import FactRenderer
from bot.core.history import History
from bot.core.knowledge import BACKGROUND, FACTS_BOX, MEMBERS, Lang, Person, Seat
from bot.core.lexicon import (
    AGENT_MARKERS,
    ATTRIBUTION_WORDS,
    CHAIR_TITLE,
    CHAIR_WORDS,
    CLAIM_TAGS,
    CONTACT_WORDS,
    COUNT_WORDS,
    DIFFERENT_WORDS,
    EARLIER_WORDS,
    GROUP_WORDS,
    HEAD_MODIFIERS,
    HEAD_NOUNS,
    HISTORY_WORDS,
    INDEFINITE_ARTICLES,
    LEAVING_WORDS,
    MEMBERSHIP_WORDS,
    MUNICIPALITY_CONTEXT,
    MUNICIPALITY_WORDS,
    NEGATION_WORDS,
    NUMBER_MARKERS,
    ONLY_WORDS,
    OR_WORDS,
    ORGANISATION_DEFINITION,
    ORGANISATION_HEAD,
    ORGANISATION_SEAT,
    ORGANISATION_WORDS,
    PERSON_CONTEXT,
    QUESTION_WORDS,
    QUESTION_WORDS_WITH_IS,
    STOPWORDS,
    STRATEGY_WORDS,
    THEME_CONTEXT,
    THEME_WORDING,
    THEME_WORDS,
    TITLE_WORDS,
    TOPIC_FILLER,
    WHICH_WORDS,
    cardinal_words,
    fits,
    tagged,
    touches,
    word_set,
)
from bot.core.matcher import Meanings
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.phrases import (
    AMBIGUOUS_NAME,
    HOLDERS,
    HOLDERS_OF_EITHER,
    NAMED_BESIDE,
    NAMED_EITHER,
    NO,
    NO_HOLDER_THERE,
    NO_THEME_NAMED,
    NOT_MENTIONED,
    PERSON_QUESTION,
    UNKNOWN_MEMBER,
    UNKNOWN_PERSON,
    UNNAMED_HOLDER_THERE,
    YES,
    about,
    say,
)
from bot.core.turn_words import LEAD_WORDS

IN_ALL = word_set("i alt in all total altogether tilsammen sammenlagt så then")
"""Beside a count of a title's holders, words that ask for the same number ("… i alt?")."""
_MIN_PREDICATE_WORDS = 2
"""A statement about a member says at least a verb and what it states ("sidder i gruppen")."""
_JOINERS = frozenset({"og", "and"})
"""What joins more names to the first, and so is no part of a predicate."""
_UNNAMED_REFERENT = frozenset({"det", "dette", "den", "it", "that", "this"})
"""What "is it X?" says X is: someone the question does not name."""
_YES_NO_OPENERS = word_set("is er sidder does har handler omhandler findes indeholder contains")
_PAST_OPENERS = frozenset({"did", "has", "har", "was", "var", "is", "er"})


@dataclass(frozen=True)
class FactReply:
    text: str
    outcome: Outcome
    confidence: int
    source: str
    citation: str
    suggestions: tuple[Suggestion, ...] = ()
    as_of: str | None = None
    """The date of the curator's note the reply rests on, if it does."""
    settled: bool = False
    """The reply already says yes or no from the facts themselves; no claim check redoes it."""


_SEAT_KINDS = frozenset(
    fold(
        "organisation organization organisationen org employer outfit arbejdsgiver kommune kommunen municipality "
        "municipal council kommunal kommunale"
    ).split()
)
"""Words that claim what kind of body a member sits for."""


_CHAIR_ROLES = word_set("formanden formandens chairman chairmans chairwoman chairwomans chairperson chairpersons")
_CHAIRS_OWN = lazy(r"\bformandens\b|\bchair(?:man|woman|person)?['’]s\b", re.IGNORECASE)
"""The chair's own something, named by the role ("formandens e-mail", "the chairman's age")."""
_NAME_ASKED = word_set("name names navn navnet hedder called")
"""Asking for someone's name beside a role ("name of the SKI boss")."""
_OWN_UNSAID = CONTACT_WORDS | word_set("""
    salary salaries løn lønnen paid pay earn earns tjener tjene honorar age alder old gammel
""")
"""What a member has of his own that the article gives of no one: pay, age, how to reach him."""


@dataclass(frozen=True)
class OutsideFacts:
    """The question names something known but asks what the facts do not hold."""

    known: str
    """What the article does say about the named thing, for the "does not say" reply."""
    name: str
    unexplained: tuple[str, ...] = ()
    """The words a fact question does not use ("salary"): a Q&A entry may still answer,
    but only one whose question has them too."""


_ONE_OF_THE_MEMBERS = word_set("member members medlem medlemmer medlemmerne one person people personer of af them dem")


def _which_member_chairs(words: Sequence[str]) -> bool:
    """Whether a question asks which member chairs the group and nothing more."""
    said = set(words)
    if not said & WHICH_WORDS or not said & _ONE_OF_THE_MEMBERS or not said & CHAIR_WORDS:
        return False
    return said <= WHICH_WORDS | _ONE_OF_THE_MEMBERS | CHAIR_WORDS | GROUP_WORDS | STOPWORDS


_NAMESAKE_PARTS = 2
"""Name parts a stranger's name shares with a member's for that member to be the one meant."""


class FactQuestions:
    def __init__(self, renderer: FactRenderer, meaning: Meanings | None = None) -> None:
        self.render = renderer
        self._meaning = meaning or Meanings()
        self.history = History(renderer.k)
        # "theme two of KL's strategy": an owner's short name beside a theme is no new question.
        self._owners = frozenset(n for o in renderer.k.organisations for n in (fold(o.short), fold(o.short) + "s"))
        # "tema 2 i indkøbsstrategien": the strategy's own name is no new question.
        self._own_names = frozenset(w for w in renderer.k.strategy_name_words if w not in STOPWORDS)
        themes = renderer.k.strategy.themes
        self._curated_keywords = {fold(k): t.number for t in themes for k in t.keywords}
        # A title word whose meaning only one theme's title has names it too ("support" ->
        # theme 2); "purchasing" means "procurement", which several titles share, so it names none.
        title_words: dict[str, set[int]] = {}
        by_meaning: dict[str, set[int]] = {}
        for theme in themes:
            for word in fold(f"{theme.title.da} {theme.title.en}").split():
                title_words.setdefault(word, set()).add(theme.number)
                by_meaning.setdefault(self._meaning(word), set()).add(theme.number)
        self._title_meanings = {
            m: min(numbers) for m, numbers in by_meaning.items() if len(numbers) == 1 and m not in STOPWORDS
        }
        self._theme_title_words = frozenset(title_words)
        self._theme_title_meanings = frozenset(self._meaning(w) for w in title_words)
        # "which municipality is Herlev the chief executive of?": the members' own titles
        # (and the kinds of job in them) are words about a person, not another question.
        self.job_words = frozenset(renderer.k.vocabulary.title_parts) | renderer.k.title_words - STOPWORDS
        """Words of a job: "is Mandøe a director?" is a claim about a title, not membership."""
        self._person_context = PERSON_CONTEXT | self.job_words

    def theme_named_by(self, word: str) -> int | None:
        """The number of the theme a topic word belongs to ("digital" -> 2), if one."""
        keyword = self._curated_keywords.get(word)
        return keyword if keyword is not None else self._title_meanings.get(self._meaning(word))

    def theme_keyword_of(self, word: str) -> int | None:
        """Like ``theme_named_by``, but only for the curators' ``keywords``, not a word that
        merely occurs in one theme's title ("purchasing" in theme 3's English title)."""
        return self._curated_keywords.get(word)

    def answer(
        self,
        mentions: list[Mention],
        residual: list[str],
        lang: Lang,
        first_word: str,
        words: Sequence[str] = (),
        text: str = "",
        said_of: frozenset[str] = frozenset(),
    ) -> FactReply | OutsideFacts | None:
        """``residual``: the question's content words outside the mentions, spelled right;
        ``words``: all of them, filler too; ``said_of``: words left out of ``residual`` as small
        talk that may still say something of a member ("is Karm nice?").

        Returns None when the question is not a fact question (the Q&A entries decide).
        """
        by_kind: dict[str, list[Mention]] = {}
        for mention in mentions:
            by_kind.setdefault(mention.kind, []).append(mention)
        extra = set(residual)
        if not by_kind:
            chair = self._chair_by_role(text, extra, lang)
            if chair is not None:
                return chair
            if _which_member_chairs(words):
                # "Which member is the chair?", "hvilket medlem er formand?": who chairs, asked
                # as a choice among the members.
                return FactReply(self.render.chair(lang), "answer", 100, "chair", MEMBERS)
        if "former_person" in by_kind:
            return self._former(by_kind["former_person"][0], extra, lang, first_word)
        if "person" in by_kind:
            boss = _boss_of(by_kind["person"], words, text)
            if boss is not None:
                # "hvem er Ravnkildes chef?" asks for someone else, whom the article never names:
                # the member's own profile, which says "chef" too, is no answer.
                person = self.render.person_by_name[boss.ids[0]]
                return OutsideFacts(known=self.render.person(person, lang), name=person.name)
            places = {m.ids[0] for m in by_kind.get("municipality", []) + by_kind.get("organisation", [])}
            if first_word not in QUESTION_WORDS:
                # "er lars fra nyborg?", "Helle er fra Mosevang, ikk?" may mean the other one: a
                # claim is no question of which one, and a "Ja" would confirm a guess.
                places = set()
            # "Signe er med i styregruppen ik?": a statement with a tag asks yes or no too.
            is_tagged = tagged(words)
            # "og hun sidder også i styregruppen?": a statement about the member put up with a
            # question mark asks yes or no as a tag does.
            subject = by_kind["person"][0]
            # "Karm and Jensen's municipalities?" names more people and a noun: no predicate.
            named = {i for m in mentions for i in range(m.start, m.end)}
            predicate = [w for i, w in enumerate(words) if i >= subject.end and i not in named and w not in _JOINERS]
            # "Morten Mandøe's actual job title?" names what is asked of him: no statement.
            owned = re.search(rf"{re.escape(subject.surface)}['’]s\b", text, re.IGNORECASE) is not None
            # "Morten Mandøe - what's his actual position?" asks after the name: no statement either.
            asked_after = any(w in QUESTION_WORDS or w in QUESTION_WORDS_WITH_IS for w in predicate)
            stated = (
                len(predicate) >= _MIN_PREDICATE_WORDS and text.rstrip().endswith("?") and not (owned or asked_after)
            )
            is_tagged = is_tagged or (stated and all(w in LEAD_WORDS for w in words[: subject.start]))
            people = self._placed(by_kind["person"], places)
            one_as_other = _one_named_as_another(people, words, text)
            identity = subject.start == 2 and words[0] in _YES_NO_OPENERS and words[1] in _UNNAMED_REFERENT
            # "is Karm from Hobro?", "is Karm nice?": a name the facts do not know, or a word
            # they hold nothing on, is said of the member; never a "Yes" on the name alone.
            # "Roslev is what exactly, job-wise?" asks; it says nothing of him.
            asks = any(w in QUESTION_WORDS for w in words)
            strangers = () if asks else tuple(m.surface for m in by_kind.get("unknown_person", ()))
            traits = () if asks else tuple(sorted(said_of))
            return self._people(
                people,
                residual,
                lang,
                first_word,
                tagged=is_tagged,
                one_as_other=one_as_other,
                identity=identity,
                strangers=strangers,
                traits=traits,
                places_named=bool(by_kind.get("municipality") or by_kind.get("organisation")),
                either=bool(OR_WORDS & set(words)),
            )
        if "title" in by_kind:
            places = {m.ids[0] for m in by_kind.get("municipality", []) + by_kind.get("organisation", [])}
            # "what is the difference between X and Y?" asks what the titles mean.
            either = [] if set(words) & (DIFFERENT_WORDS | _DIFFERENCE) else _titles_joined(by_kind["title"], words)
            if either and not places:
                return self._titles(either, extra, lang)
            asked_who = any(w in QUESTION_WORDS for w in words)
            return self._title(by_kind["title"][0], places, extra, lang, asked_who=asked_who)
        if "unknown_person" in by_kind and fits(extra, PERSON_CONTEXT | MUNICIPALITY_CONTEXT):
            places = {m.ids[0] for m in by_kind.get("municipality", []) + by_kind.get("organisation", [])}
            return self._unknown_person(by_kind["unknown_person"][0], extra, lang, places)
        if "municipality" in by_kind:
            return self._municipalities(by_kind["municipality"], extra, lang)
        if "organisation" in by_kind:
            # "who is from SKI?" asks for its seat, not what SKI is: "from" is filler elsewhere.
            return self._organisation(by_kind["organisation"], extra | (set(words) & ORGANISATION_SEAT), lang, words)
        if "theme" in by_kind:
            return self._theme(by_kind["theme"], extra, lang)
        # "one of the themes is better purchasing of services, is it not?": a statement put up
        # with a question mark asks whether, as "is one of the themes …?" does.
        stated = text.rstrip().endswith("?") and bool(set(words) & _STATING) and not set(words) & QUESTION_WORDS
        # "temaet med digitalt er nummer to ikke": a tag with no question mark puts it up too.
        return self._theme_by_topic(
            extra,
            lang,
            asks_whether=first_word in _YES_NO_OPENERS or stated or tagged(words),
            place=_claimed_theme_place(words),
            one_of=_one_of_the_themes(words),
        )

    # -- people -------------------------------------------------------------------------

    def _chair_by_role(self, text: str, extra: set[str], lang: Lang) -> OutsideFacts | None:
        """ "hvad er formandens e-mail?", "the chairman's salary?": something owned by the chair,
        named by the role, that the facts do not hold of that person, as "Mandøe's e-mail" asks;
        read as the chair's entry, the answer named him as if it told his e-mail."""
        # "what salary does the chairman get?": the chair named by the role, with something of
        # his own the article never gives of anyone.
        of_the_chair = bool(extra & _OWN_UNSAID) and not _CHAIR_ROLES.isdisjoint(fold(text).split())
        if _CHAIRS_OWN.search(text) is None and not of_the_chair:
            return None
        unexplained = (
            {w for w in extra if len(w) > 2 and w not in _CHAIR_ROLES and w not in STOPWORDS | QUESTION_WORDS}
            - self._person_context
            - CHAIR_WORDS
            - GROUP_WORDS
        )
        if not unexplained:
            return None
        person = self.render.k.chair_seat.people[0]
        unexplained_words = tuple(sorted(unexplained))
        return OutsideFacts(known=self.render.person(person, lang), name=person.name, unexplained=unexplained_words)

    def _placed(self, mentions: list[Mention], places: set[str]) -> list[Mention]:
        """ "hvem er lars fra nyborg": a first name two members share, with the place of one of
        them beside it, names that one; the list of both would leave "hans titel?" no one."""
        if not places:
            return mentions
        placed = []
        for mention in mentions:
            there = [n for n in mention.ids if places & self.render.places_of(self.render.person_by_name[n])]
            placed.append(replace(mention, ids=(there[0],)) if len(mention.ids) > 1 and len(there) == 1 else mention)
        return placed

    def _people(
        self,
        mentions: list[Mention],
        residual: list[str],
        lang: Lang,
        first_word: str,
        *,
        tagged: bool = False,
        identity: bool = False,
        one_as_other: bool = False,
        strangers: tuple[str, ...] = (),
        traits: tuple[str, ...] = (),
        places_named: bool = False,
        either: bool = False,
    ) -> FactReply | OutsideFacts:
        """``either``: the names are alternatives ("members called Lars or Lasse")."""
        extra = set(residual)
        if ("fuldt", "ud") in set(pairwise(residual)):
            extra -= {"fuldt", "ud"}  # "hvad hedder hun fuldt ud?": her full name, which the profile holds
        # "hvilken afdeling leder Brøndum?" asks which department, which no title says; "which
        # municipality is Herlev the chief executive of?" only uses his title to name him.
        which = next((i for i, w in enumerate(residual) if w in _WHICH_WORDS), None)
        framed = which is not None and which + 1 < len(residual) and residual[which + 1] in _FRAME_WORDS
        asked = set(residual[which + 1 :]) if which is not None and not framed else set()
        context = self._person_context - (asked & self.job_words)
        if extra & ATTRIBUTION_WORDS:
            # "what does the article say about Karm?" asks for what it holds on him: his profile.
            context |= _ARTICLE_SAYS
        ambiguous = next((m for m in mentions if len(m.ids) > 1), None)
        if ambiguous is not None and either and len(mentions) > 1:
            # "members whose first name is Lars or Lasse": everyone either name fits.
            either_named = list(dict.fromkeys(name for m in mentions for name in m.ids))
            brief = self.render.bullets((self.render.person_by_name[name] for name in either_named), lang)
            names = " / ".join(dict.fromkeys(m.surface for m in mentions))
            return FactReply(
                say(NAMED_EITHER, lang, names=names) + "\n" + brief, "answer", 100, "fact:members", MEMBERS
            )
        if ambiguous is not None:
            # Both are named, briefly, and offered as buttons: the user rarely has to ask again.
            brief = "\n".join(
                f"• {self.render.brief(self.render.person_by_name[name], lang)}" for name in ambiguous.ids
            )
            return FactReply(
                text=say(AMBIGUOUS_NAME, lang, name=ambiguous.surface) + "\n" + brief,
                outcome="answer",
                confidence=int(ambiguous.score) // 2,
                source="fact:members",
                citation=MEMBERS,
                suggestions=tuple(
                    Suggestion(say(PERSON_QUESTION, lang, name=name), person_key(name)) for name in ambiguous.ids
                ),
            )
        people = [self.render.person_by_name[m.ids[0]] for m in mentions]
        profiles = " ".join(self.render.person(p, lang) for p in dict.fromkeys(people))
        if not fits(extra, context):
            return OutsideFacts(
                known=profiles, name=", ".join(p.name for p in people), unexplained=_outside(extra, context)
            )
        job_words = extra & self.job_words
        yes_or_no = first_word in _YES_NO_OPENERS or tagged
        if yes_or_no and strangers and not one_as_other and fits(extra, PERSON_CONTEXT):
            # "Leif er fra Hobro, ikk?": where the member is from, and that the article never
            # names the place; no "Nej" either, since a region named may hold their municipality.
            named = ", ".join(strangers)
            return FactReply(
                text=say(NAMED_BESIDE, lang, name=named) + profiles,
                outcome="answer",
                confidence=int(min(m.score for m in mentions)),
                source="fact:person:" + people[0].name,
                citation=MEMBERS,
            )
        if yes_or_no and (strangers or traits) and not one_as_other:
            unexplained = (*strangers, *traits)
            return OutsideFacts(known=profiles, name=", ".join(p.name for p in people), unexplained=unexplained)
        if yes_or_no and fits(extra, PERSON_CONTEXT) and not job_words:
            # Only the words of a plain "is X a member / the chair?" make a verdict here; a
            # title the reasoner did not check ("… the director of personnel?") gets the facts.
            chairs = [p for p in people if self.render.seat_of(p).chair]
            if one_as_other:
                # "is Kim Herlev Bjarne Pedersen?" says one member is another: two people.
                profiles = NO.get(lang) + profiles
            elif touches(extra, CHAIR_WORDS) and not chairs:
                # "Is Signe Lynggaard Madsen the chair?" is a question about the chair.
                profiles = f"{NO.get(lang)}{self.render.chair(lang)} {profiles}"
            elif (
                not touches(extra, NEGATION_WORDS)
                and not extra & _SEAT_KINDS
                and not identity
                and not places_named
                and {w for w in extra if not (len(chairs) == len(people) and touches({w}, CHAIR_WORDS))}
                <= _MEMBERSHIP_ASKED
            ):
                # "Is Karm not from a municipality?": a negated question gets the facts, no yes;
                # "is Karm from an organisation?" claims a kind of seat no check here covers;
                # "er det Lars Svenningsen?" says who "det" is, which nothing here knows; "is Karm
                # from Kolding or what?" names a place, and "Grønvall and Pedersen, same title,
                # right?" says more than membership, which nothing here checks.
                profiles = YES.get(lang) + profiles
        return FactReply(
            text=profiles,
            outcome="answer",
            confidence=int(min(m.score for m in mentions)),
            source="fact:person:" + people[0].name,
            citation=MEMBERS,
        )

    def _former(self, mention: Mention, extra: set[str], lang: Lang, first_word: str) -> FactReply | OutsideFacts:
        """Someone who left: no to "still a member?", yes to "did they leave?", and who came after."""
        person = self.history.former_by_name[fold(mention.ids[0])]
        text = self.history.former(person, lang)
        allowed = PERSON_CONTEXT | HISTORY_WORDS | MEMBERSHIP_WORDS | GROUP_WORDS
        if not fits(extra, allowed):
            return OutsideFacts(known=text, name=person.name, unexplained=_outside(extra, allowed))
        if first_word in _PAST_OPENERS:
            text = (YES if touches(extra, LEAVING_WORDS) else NO).get(lang) + text
        provenance = person.provenance
        return FactReply(
            text, "answer", 100, "fact:former:" + person.name, provenance.source, as_of=provenance.as_of, settled=True
        )

    def _title(
        self, mention: Mention, places: set[str], extra: set[str], lang: Lang, *, asked_who: bool = False
    ) -> FactReply | OutsideFacts:
        """Members by job title, narrowed by a municipality or organisation named beside it."""
        people = [self.render.person_by_name[name] for name in mention.ids]
        # A place as the gazetteer names it ("Høje-Taastrup") is the seat the article spells
        # its own way ("Høje Taastrup"): seats are found by place, not names compared.
        seats = self._seats_at(places)
        narrowed = [p for p in people if any(self.render.seat_of(p) is seat for seat in seats)]
        # "afdelingsleder or chef?" names kinds of job; "leads"/"formand" ask about the chair.
        about_chair = touches(extra - self.job_words, CHAIR_WORDS)
        if places and not narrowed and not about_chair:
            return self._no_holder_there(mention, places, extra, lang, asked_who=asked_who)
        people = narrowed or people
        if about_chair:
            # "Is it a kommunaldirektør who chairs?": a yes or no about the chair.
            chair = self.render.k.chair_seat.people[0]
            verdict = YES if chair.name in mention.ids else NO
            return FactReply(verdict.get(lang) + self.render.chair(lang), "answer", 100, "chair", MEMBERS)
        allowed = PERSON_CONTEXT | MUNICIPALITY_CONTEXT | COUNT_WORDS | ONLY_WORDS
        if touches(extra, COUNT_WORDS):
            allowed |= IN_ALL  # "hvor mange kommunaldirektører er der i alt?"
        if len(people) == 1:
            text = self.render.person(people[0], lang)
        else:
            listed = self.render.bullets(people, lang)
            title = self.render.title_label(people[0], lang)
            text = say(HOLDERS, lang, count=len(people), title=title) + "\n" + listed
        if not fits(extra, allowed):
            return OutsideFacts(known=text, name=mention.surface, unexplained=_outside(extra, allowed))
        return FactReply(text, "answer", 100, "fact:title:" + fold(mention.surface), MEMBERS)

    def _titles(self, mentions: Sequence[Mention], extra: set[str], lang: Lang) -> FactReply | OutsideFacts:
        """ "which members are økonomidirektør or kommunaldirektør?": the holders of any of the
        titles, in the list's order."""
        named = {name for mention in mentions for name in mention.ids}
        people = [p for p in self.render.k.people if p.name in named]
        labels = [self.render.title_label(self.render.person_by_name[m.ids[0]], lang) for m in mentions]
        quoted = [f"«{label}»" if lang == "da" else f'"{label}"' for label in labels]
        titles = ", ".join(quoted[:-1]) + (" eller " if lang == "da" else " or ") + quoted[-1]
        listed = self.render.bullets(people, lang)
        text = say(HOLDERS_OF_EITHER, lang, count=len(people), titles=titles) + "\n" + listed
        allowed = PERSON_CONTEXT | MUNICIPALITY_CONTEXT | COUNT_WORDS | ONLY_WORDS
        if not fits(extra, allowed):
            names = " / ".join(m.surface for m in mentions)
            return OutsideFacts(known=text, name=names, unexplained=_outside(extra, allowed))
        return FactReply(text, "answer", 100, "fact:titles", MEMBERS)

    def _seats_at(self, places: AbstractSet[str]) -> list[Seat]:
        """The seats of the municipalities and organisations ``places`` names, in name order."""
        return [
            seat
            for place in sorted(places)
            for seat in (self.render.seat_for_municipality(place), self.render.seat_for_organisation(place))
            if seat is not None
        ]

    def _no_holder_there(
        self, mention: Mention, places: set[str], extra: set[str], lang: Lang, *, asked_who: bool
    ) -> FactReply | OutsideFacts:
        """ "er der en kommunaldirektør fra København?" where København's member has another
        title: no, and who does sit for the place; never every kommunaldirektør, as if the place
        were not asked about. "Hvem er kommunaldirektør i København?" gets no "Nej": the place
        has one, whom the article does not name."""
        seats = self._seats_at(places)
        title = self.render.title_label(self.render.person_by_name[mention.ids[0]], lang)
        named = " / ".join(dict.fromkeys(seat.organisation for seat in seats)) or ", ".join(sorted(places))
        people = dict.fromkeys(p for seat in seats for p in seat.people)
        text = " ".join(
            [
                say(UNNAMED_HOLDER_THERE if asked_who else NO_HOLDER_THERE, lang, place=named, title=title),
                *(self.render.person(p, lang) for p in people),
            ]
        )
        allowed = PERSON_CONTEXT | MUNICIPALITY_CONTEXT | COUNT_WORDS
        if not fits(extra, allowed):
            return OutsideFacts(known=text, name=mention.surface, unexplained=_outside(extra, allowed))
        return FactReply(text, "negative", 100, "fact:title:" + fold(mention.surface), MEMBERS)

    def person_by_key(self, name: str, lang: Lang) -> FactReply | None:
        person = self.render.person_by_name.get(name)
        if person is None:
            return None
        return FactReply(self.render.person(person, lang), "answer", 100, "fact:person:" + name, MEMBERS)

    def not_mentioned(self, mention: Mention, lang: Lang) -> FactReply:
        """ "What does Mette Frederiksen say …?": the article does not mention them."""
        return self._unknown_person(mention, set(), lang)

    def _unknown_person(
        self, mention: Mention, extra: set[str], lang: Lang, places: AbstractSet[str] = frozenset()
    ) -> FactReply:
        """Someone the article does not name: a clear no when asked about membership, with
        who sits for the place named beside them ("Søren Hansen sidder for Holbæk, vel?");
        otherwise ("who is Donald Trump?") only that the article does not mention them."""
        count = len(self.render.k.seats)
        seated = dict.fromkeys(p for seat in self._seats_at(places) for p in seat.people)
        if seated and touches(extra, MEMBERSHIP_WORDS | CHAIR_TITLE):
            text = " ".join(
                [say(UNKNOWN_MEMBER, lang, name=mention.surface), *(self.render.person(p, lang) for p in seated)]
            )
            return FactReply(text, "negative", int(mention.score), "fact:members", MEMBERS)
        if touches(extra, MEMBERSHIP_WORDS | CHAIR_TITLE):
            text = say(UNKNOWN_PERSON, lang, name=mention.surface, count=count)
            if touches(extra, CHAIR_TITLE | CHAIR_WORDS):
                text += " " + self.render.chair(lang)  # "So X chairs the group?": and who does
            return FactReply(text, "negative", int(mention.score), "fact:members", MEMBERS)
        namesake = self._namesake(mention.surface)
        if namesake is not None:
            # "Is the SKI director called Signe Lynggaard Nielsen?": the one member whose name
            # shares all but a part with it is who is likely meant; the name said is not hers.
            text = say(NAMED_BESIDE, lang, name=f"«{mention.surface}»") + self.render.person(namesake, lang)
            return FactReply(text, "negative", int(mention.score), "fact:person:" + namesake.name, MEMBERS)
        text = say(NOT_MENTIONED, lang, name=mention.surface, count=count, **about(self.render.k, lang))
        return FactReply(text, "not_in_article", 0, "fact:members", MEMBERS)

    def _namesake(self, said: str) -> Person | None:
        """The one member sharing two or more name parts with a name of three or more parts
        that is no member's ("Signe Lynggaard Nielsen": Signe Lynggaard Madsen)."""
        parts = set(fold(said).split())
        if len(parts) < _NAMESAKE_PARTS + 1:
            return None
        sharing = [p for p in self.render.k.people if len(parts & set(fold(p.name).split())) >= _NAMESAKE_PARTS]
        return sharing[0] if len(sharing) == 1 else None

    # -- municipalities -----------------------------------------------------------------

    def _municipalities(self, mentions: list[Mention], extra: set[str], lang: Lang) -> FactReply | OutsideFacts:
        names = list(dict.fromkeys(m.ids[0] for m in mentions))
        replies = [self.render.municipality(name, lang) for name in names]
        if touches(extra, EARLIER_WORDS) and fits(extra, MUNICIPALITY_CONTEXT | HISTORY_WORDS):
            return self._earlier(names[0], replies[0][0] if replies[0][1] else "", lang)
        # A municipality that left the group: who represented it, and who took the seat.
        replies = [
            (
                text
                if member
                else " ".join((text, *(self.history.former(f, lang) for f in self.history.before_in(name)))),
                member,
            )
            for name, (text, member) in zip(names, replies, strict=True)
        ]
        if not fits(extra, MUNICIPALITY_CONTEXT):
            known = " ".join(text for text, member in replies if member)
            return OutsideFacts(known=known, name=", ".join(names), unexplained=_outside(extra, MUNICIPALITY_CONTEXT))
        member = any(is_member for _, is_member in replies)
        return FactReply(
            text=" ".join(text for text, _ in replies),
            outcome="answer" if member else "negative",
            confidence=int(min(m.score for m in mentions)),
            source="fact:municipality:" + names[0],
            citation=MEMBERS,
        )

    def _former_of(self, municipality: str, lang: Lang) -> list[str]:
        return [self.history.former(f, lang) for f in self.history.before_in(municipality)]

    def _earlier(self, municipality: str, current: str, lang: Lang) -> FactReply:
        text, recorded = self.history.earlier_holders(municipality, lang, current)
        if not recorded:
            return FactReply(text, "not_in_article", 0, "fact:former:" + municipality, MEMBERS)
        former = self.history.before_in(municipality)[-1]
        return FactReply(
            text, "answer", 100, "fact:former:" + municipality, former.provenance.source, as_of=former.provenance.as_of
        )

    # -- organisations ------------------------------------------------------------------

    def _organisation(
        self, mentions: list[Mention], extra: set[str], lang: Lang, words: Sequence[str] = ()
    ) -> FactReply | OutsideFacts | None:
        organisation_ids = list(dict.fromkeys(m.ids[0] for m in mentions))
        organisation_id = organisation_ids[0]
        if touches(extra, CHAIR_TITLE) and fits(extra, CHAIR_TITLE | ORGANISATION_SEAT | ORGANISATION_DEFINITION):
            # "Is the chair from KL or SKI?" asks about the chair.
            return FactReply(self.render.chair(lang), "answer", 100, "chair", MEMBERS)
        allowed = ORGANISATION_DEFINITION | ORGANISATION_HEAD | ORGANISATION_SEAT | ATTRIBUTION_WORDS
        # "name and job title of the SKI boss": what the head's answer gives anyway.
        head_words = HEAD_MODIFIERS | TITLE_WORDS | _NAME_ASKED if touches(extra, ORGANISATION_HEAD) else frozenset()
        if not fits(extra, allowed | head_words):
            return None  # "who heads SKI according to the article?" may say where it is read
        if touches(extra, ORGANISATION_HEAD):
            # "the SKI boss in the group", "chefen for SKI" name the head beside the organisation.
            # "led by SKI" names SKI as the doer: it asks who leads the group, the chair.
            beside = {w for m in mentions for w in [*words[max(0, m.start - 2) : m.start], *words[m.end : m.end + 2]]}
            named_head = bool(beside & HEAD_NOUNS) and not beside & AGENT_MARKERS
            if touches(extra, GROUP_WORDS) and not named_head:
                return None  # "who leads KL's steering group" asks for the group's chair
            text, known = self.render.organisation_head(organisation_id, lang)
            # "Who runs KL?" must not fall through to "who runs the group?".
            outcome: Outcome = "answer" if known else "not_in_article"
            return FactReply(text, outcome, 100, f"fact:organisation:{organisation_id}:head", MEMBERS)
        if touches(extra, ORGANISATION_SEAT) and not _represented_by_it(mentions, words):
            text = " ".join(self.render.organisation_seat(o, lang) for o in organisation_ids)
            seated = all(self.render.has_seat(o) for o in organisation_ids)
            outcome = "answer" if seated else "negative"
            return FactReply(text, outcome, 100, f"fact:organisation:{organisation_id}:seat", MEMBERS)
        about = " ".join(self.render.organisation(o).about.get(lang) for o in organisation_ids)
        return FactReply(about, "answer", 100, f"fact:organisation:{organisation_id}", BACKGROUND)

    # -- themes -------------------------------------------------------------------------

    def _theme(self, mentions: list[Mention], extra: set[str], lang: Lang) -> FactReply | None:
        """One theme, or several named together ("tema 4 og 5"), each with its title."""
        if not fits(extra - self._owners, THEME_CONTEXT | THEME_WORDING | THEME_WORDS | self._own_names):
            return None
        numbers = list(dict.fromkeys(int(m.ids[0]) for m in mentions))
        rendered = [self.render.theme(number, lang) for number in numbers]
        text = " ".join(t for t, _ in rendered)
        outcome: Outcome = "answer" if any(exists for _, exists in rendered) else "negative"
        return FactReply(text, outcome, 100, f"fact:theme:{numbers[0]}", FACTS_BOX)

    def _theme_by_topic(
        self,
        extra: set[str],
        lang: Lang,
        *,
        asks_whether: bool = False,
        place: tuple[str, str, int] | None = None,
        one_of: bool = False,
    ) -> FactReply | None:
        """ "Which theme is about digital support?" names a theme by its subject; so does
        "is the strategy about purchasing behaviour?", which is answered yes when a theme is
        ("er der en digital del i strategien?"). ``place``: the words and number of a place
        claimed for it ("er temaet om adfærd nummer 5?"), which the verdict is on. ``one_of``: whether it asks if
        the topic is one of the themes ("et af temaerne"), which a topic no theme names is not."""
        if not touches(extra, THEME_WORDS | STRATEGY_WORDS | self._own_names):
            return None
        if place is not None:
            extra = extra - set(place[:2])
        # The strategy's own name ("the water plan") names no theme, whatever its words.
        numbers = sorted({n for w in extra - self._own_names if (n := self.theme_named_by(w)) is not None})
        rest = {
            w
            for w in extra
            if self.theme_named_by(w) is None
            and w not in self._theme_title_words
            and self._meaning(w) not in self._theme_title_meanings
            # "one of the five themes": their number said right is no topic of its own.
            and _number(w) != len(self.render.k.strategy.themes)
        }
        around = THEME_CONTEXT | TOPIC_FILLER | THEME_WORDS | STRATEGY_WORDS | self._own_names
        topic = {w for w in rest if w not in around | NEGATION_WORDS | STOPWORDS and _number(w) is None}
        if not numbers and asks_whether and topic and place is None and one_of:
            # "Is socially responsible procurement one of its themes?": no theme's title or
            # keywords name it; what they are named is said, and the user judges the rest.
            listed = self.render.themes(lang).split("\n", 1)[1]
            head = say(NO_THEME_NAMED, lang, name=self.render.k.strategy.name.get(lang))
            return FactReply(f"{head}\n{listed}", "answer", 100, "fact:themes", FACTS_BOX, settled=True)
        if not numbers or not fits(rest, around):
            return None
        text = " ".join(self.render.theme(n, lang)[0] for n in numbers)
        affirmed = asks_whether and not touches(extra, NEGATION_WORDS)
        if affirmed and place is not None:
            # The place is what is put up: the topic's theme found says nothing of it unless
            # it is the only theme the topic names.
            if place[2] in numbers and len(numbers) > 1:
                return FactReply(text, "answer", 100, f"fact:theme:{numbers[0]}", FACTS_BOX, settled=True)
            text = (YES if numbers == [place[2]] else NO).get(lang) + text
        elif affirmed:
            text = YES.get(lang) + text
        return FactReply(text, "answer", 100, f"fact:theme:{numbers[0]}", FACTS_BOX, settled=affirmed)


_ONE_OF = INDEFINITE_ARTICLES | word_set("one")
_OF = word_set("of af among blandt")


def _one_of_the_themes(words: Sequence[str]) -> bool:
    """ "one of its themes", "et af temaerne", "a theme", "et tema": membership among the
    themes asked, not their count ("seks temaer") or one of them by place ("det femte")."""
    for at, word in enumerate(words):
        if word not in THEME_WORDS or not at:
            continue
        if words[at - 1] in _ONE_OF:
            return True  # "et tema", "a theme"
        # "one of the themes", "et af strategiens temaer": "one of" a few words before
        if any(a in _ONE_OF and b in _OF for a, b in pairwise(words[max(0, at - 4) : at])):
            return True
    return False


def _claimed_theme_place(words: Sequence[str]) -> tuple[str, str, int] | None:
    """ "nummer 5", "number two", "tema 3" in a question about a theme's topic: the place put
    up for it, with the two words that say it. Only a number after such a word: a bare "5"
    may be the count of themes ("one of the 5 themes")."""
    for before, word in pairwise(words):
        number = _number(word)
        if number is not None and (before in NUMBER_MARKERS or before in THEME_WORDS):
            return before, word, number
    return None


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else cardinal_words().get(word)


_WHICH_WORDS = frozenset({"which", "what", "hvilken", "hvilket", "hvilke", "hvad"})
_FRAME_WORDS = MUNICIPALITY_WORDS | ORGANISATION_WORDS | TITLE_WORDS
"""After "which": what is asked for ("which municipality is X the chief executive of?")."""


def _boss_of(mentions: list[Mention], words: Sequence[str], text: str) -> Mention | None:
    """The one member named in the genitive before a head noun ("Ravnkildes chef", "Falkesen's boss")."""
    for mention in mentions:
        if len(mention.ids) != 1 or mention.end >= len(words) or words[mention.end] not in HEAD_NOUNS:
            continue
        typed = fold(mention.surface).split()[-1]
        genitive = typed == fold(mention.ids[0]).split()[-1] + "s" or re.search(
            re.escape(mention.surface) + r"['’]s\b", text
        )
        if genitive:
            return mention
    return None


_DOES = word_set("does dos do did")
_REPRESENT = frozenset({"represent", "represents", "speak", "speaks"})


def _represented_by_it(mentions: list[Mention], words: Sequence[str]) -> bool:
    """ "Who does KL represent?": whom the organisation stands for (what it is), not who sits
    for it in the group."""
    first = mentions[0]
    return bool(_DOES & set(words[: first.start])) and bool(_REPRESENT & set(words[first.end :]))


_ARTICLE_SAYS = frozenset(fold("say says said mention mentions mentioned tell tells write writes wrote").split())
"""What the article does with a member named beside it ("what does the article say about …")."""


_JOINING = word_set("or eller and og samt plus")
"""What joins two titles asked about together ("økonomidirektør eller kommunaldirektør")."""
_DIFFERENCE = word_set("difference forskel forskellen forskellene")
"""'the difference between X and Y' asks what two titles mean, not who holds them."""


def _titles_joined(titles: Sequence[Mention], words: Sequence[str]) -> list[Mention]:
    """Two or more different titles with a joining word between each and the next (empty
    when the question names one title, or names titles side by side without one)."""
    distinct = list({m.ids: m for m in sorted(titles, key=lambda m: m.start)}.values())
    if len(distinct) < 2:
        return []
    joined_up = all(set(words[a.end : b.start]) & _JOINING for a, b in pairwise(distinct))
    return distinct if joined_up else []


def _outside(words: set[str], lexicon: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(w for w in words if not fits({w}, lexicon)))


_IDENTITY_WORDS = frozenset(fold("er is was var really virkelig egentlig actually").split())
"""What may stand between two names that says one is the other ("Falkesen er Ravnkilde?")."""
_LISTED = lazy(r"[,&+/]")
"""Marks that list names ("Karm, Grønvall og Pedersen"), which names side by side never do."""


_STATING = word_set("is er are handler about om")
"""The verb of a statement about what a theme is or is about."""
_MEMBERSHIP_ASKED = (
    MEMBERSHIP_WORDS
    | GROUP_WORDS
    | STOPWORDS
    | CLAIM_TAGS
    | word_set("in i of af on new ny nye also også still stadig yes ja does do did")
    # "er hun også selv medlem?", "er det korrekt forstået, at …": stress and framing.
    | word_set("selv himself herself forstået understood")
)
"""The words of "is X a member?", "Karm er med i styregruppen, ik?": all a "Ja" here bears out."""


def _one_named_as_another(people: list[Mention], words: Sequence[str], text: str) -> bool:
    """ "is Kim Herlev Bjarne Pedersen?", "Falkesen er Ravnkilde?": two different members with
    nothing between them but "is", and no mark that lists them, claims one is the other."""
    if len(people) != 2 or len({p.ids for p in people}) != 2 or any(len(p.ids) > 1 for p in people):
        return False
    first, second = sorted(people, key=lambda m: m.start)
    if not words or any(w not in _IDENTITY_WORDS for w in words[first.end : second.start]):
        return False
    # Surfaces are words joined by spaces ("Svendsen Tune"); a name not found as typed has
    # only the words already checked between.
    start = text.find(first.surface)
    end = text.find(second.surface, start + len(first.surface)) if start >= 0 else -1
    return end < 0 or not _LISTED.search(text[start + len(first.surface) : end])
