"""Filters over the members: by a part of their title ("who has 'økonomi' in their
title?"), by not holding a title or a part of one, by title less some places, and whether
named places are represented by a title."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.core.counts import COUNT_OPENERS, NOT_HOLDING, municipalities_without
from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import MEMBERS, Bilingual, Lang, Person
from bot.core.lexicon import (
    CHAIR_WORDS,
    CLAIM_OPENERS,
    FROM_WORDS,
    INDEFINITE_ARTICLES,
    LIST_REQUESTS,
    MEMBERSHIP_WORDS,
    MUNICIPALITIES_AT_LARGE,
    MUNICIPALITY_WORDS,
    NEGATION_WORDS,
    ONLY_WORDS,
    ORGANISATION_WORDS,
    PEOPLE_WORDS,
    QUESTION_WORDS,
    STOPWORDS,
    THEME_WORDS,
    TITLE_WORDS,
    exclusion_ends,
    negated,
    touches,
    word_set,
)
from bot.core.normalize import fold, stem
from bot.core.patterns import lazy
from bot.core.phrases import NEGATED_FAILS, NEGATED_HOLDS, NO, YES, say

TITLE_PART = Bilingual(
    da="{count} af medlemmerne har «{part}» i titlen:",
    en='{count} of the members have "{part}" in their title:',
)
ONE_TITLE_PART = Bilingual(
    da="1 af medlemmerne har «{part}» i titlen:",
    en='One of the members has "{part}" in their title:',
)
TITLE_PART_BESIDES = Bilingual(
    da="{count} af medlemmerne ud over {names} har «{part}» i titlen:",
    en='{count} of the members besides {names} have "{part}" in their title:',
)
NOT_TITLE_PART = Bilingual(
    da="{count} af medlemmerne har ikke «{part}» i titlen:",
    en='{count} of the members do not have "{part}" in their title:',
)
TITLE_PART_THERE = Bilingual(
    da="{count} af medlemmerne fra {places} har «{part}» i titlen:",
    en='{count} of the members from {places} have "{part}" in their title:',
)
ONE_TITLE_PART_THERE = Bilingual(
    da="1 af medlemmerne fra {places} har «{part}» i titlen:",
    en='One of the members from {places} has "{part}" in their title:',
)
NO_TITLE_PART_THERE = Bilingual(
    da="Ingen af medlemmerne fra {places} har «{part}» i titlen. Fra {places} sidder:",
    en='None of the members from {places} has "{part}" in their title. From {places}:',
)
NO_TITLE_PART = Bilingual(
    da="Ingen af medlemmerne har «{part}» i titlen.",
    en='None of the members has "{part}" in their title.',
)
HOLDERS_EXCEPT = Bilingual(
    da="{count} af medlemmerne uden for {places} har titlen «{title}»:",
    en='{count} of the members outside {places} hold the title "{title}":',
)
PLACE_NOT_HOLDING = Bilingual(
    da="{count} af medlemmerne fra {places} er ikke {title}:",
    en='{count} of the members from {places} are not "{title}":',
)
NEITHER = Bilingual(
    da="{count} af medlemmerne er hverken {first} eller {second}:",
    en="{count} of the members are neither {first} nor {second}:",
)
_FROM = Bilingual(da="fra {places}", en="from {places}")
PART_LABEL = Bilingual(da="med «{part}» i titlen", en='with "{part}" in their title')
_MUNICIPAL = Bilingual(da="fra en kommune", en="from a municipality")
_ORGANISATIONAL = Bilingual(da="fra en organisation", en="from an organisation")
_NEITHER = frozenset({"neither", "hverken"})
_WHO = frozenset({"who", "hvem"})
_WHICH = word_set("which hvilke")
_IN_THE_GROUP = word_set("in i on på are er is of af our vores")
_THE = frozenset({"the", "den", "det"})
_FILLER = STOPWORDS | INDEFINITE_ARTICLES | _THE
"""What "who is X?" may hold beside the title, built once."""
_BARE_BEFORE = word_set("er is a an en et")
"""What stands right before a kind of job asked of no one in particular ("hvem er direktør?",
not "who is its director?")."""
_HEAD_IN_SINGULAR = word_set("chef boss")
"""Kinds of job that, asked of one ("hvem er chef?"), may mean whoever heads the group."""
_NOR = frozenset({"nor", "eller"})
_NO_TITLE_PART = STOPWORDS | TITLE_WORDS | QUESTION_WORDS | CLAIM_OPENERS
"""Words that never name a part of a title; built once, as every question is read for one."""
TITLE_PHRASE = lazy(
    r"\b(?:i|in)\s+(?:(?:sin|sine|deres|hans|hendes|their|his|her|the|its)\s+)?"
    r"(?:(?:exact|precise|full|official|eksakte|præcise|praecise|fulde|officielle)\s+)?"
    r"(?:(?:danish|english|danske|engelske|dansk|engelsk)\s+)?"
    r"(?:job\s*)?(?:titel|titlen|titler|title|titles|jobtitel|stillingsbetegnelse)\b"
)
"""'who has "økonomi" in their title': a word before "in the title" is a part of titles."""
TITLE_CONTAINS = lazy(
    r"\b(?:title|titles|titel|titlen|titler|jobtitel)\s+(?:that\s+|which\s+|der\s+|som\s+)?"
    r"(?:(?:dosnt|dos\s+not|dont|do\s+not|ikke)\s+)?"  # "doesn't" as folded
    r"(?:include|includes|including|contain|contains|containing|with|med|indeholder|rummer|mention|mentions"
    r"|mentioning|nævner|involve|involves|involving|concern|concerns|omfatter|vedrører|vedrorer)\s+"
    r"(?:the\s+word\s+|ordet\s+)?(\w+)"
)
"""'whose title includes "økonomi"', 'titles with "økonomi" in them': the part comes after."""
TITLE_WHERE = lazy(
    r"\b(?:title|titles|titel|titlen|titler|jobtitel)\s+(?:hvor|hvori|where|in\s+which)\s+(?:the\s+word\s+|ordet\s+)?(\w+)"
    r"\s+(?:indgår|indgar|optræder|optraeder|forekommer|står|star|appears|occurs|is\s+used)\b"
)
"""'en titel hvor ordet "chef" indgår', 'a title where the word chef appears': the part comes between."""
TITLE_ABOUT = lazy(
    r"\b(?:title|titles|titel|titlen|titler|jobtitel)\s+(?:that\s+|which\s+|der\s+|som\s+)?(?:\w+\s+)?"
    r"(?:(?:refers|refer|referring|relates|relate|mentions|mention|nævner|naevner|handler)\s+"
    r"(?:\w+\s+)?(?:to|om|til)"
    r"|har\s+(?:\w+\s+)?med|(?:has|have)\s+(?:\w+\s+)?to\s+do\s+with)"
    r"\s+(?:the\s+word\s+|ordet\s+)?(\w+)"
)
"""'whose title refers (specifically) to procurement', 'titlen handler om indkøb', 'en titel, der
(direkte) har med indkøb at gøre', 'a title that has to do with procurement'."""
TITLE_KIND = lazy(
    r"\b(?:has|have|holds|hold|with|har|med)\s+(?:a|an|en|et)\s+(\w+)\s+"
    r"(?:(?:specific|specifically|related|oriented|specifik|specifikt|relateret|rettet)\s+)?(?:title|titel|job|stilling)\b"
)
"""'who has a finance title?', 'hvem har en økonomi titel?', 'a procurement-specific title': the
kind of job before "title"."""
WORKS_WITH = lazy(
    r"\b(?:works?|working|arbejder|beskaeftiger\s+sig|deals?|dealing|handles?|responsible|ansvarlig|ansvaret|star)"
    r"\s+(?:\w+\s+)?(?:with|med|in|i|on|for|inden\s+for)\s+(?:the\s+)?(\w+)"
)
"""'who works with procurement?', 'hvem arbejder med udbud og indkøb til daglig?', 'who is
responsible for tendering?': the field of a job, as the titles name it (folded text)."""
FIELD_PEOPLE = lazy(
    r"\b(?:are|is|er)\s+(?:the\s+|de\s+)?(\w+)\s+(?:people|persons|folks|folk|guys|ppl|personer|typer)\b"
)
"""'who are the finance people?', 'hvem er de økonomi folk?': the field of a job before a word
for people, asked as 'who works with finance?' is."""
TITLE_BOTH = lazy(
    r"\b(?:title|titles|titel|titlen|titler|jobtitel)\s+(?:that\s+|which\s+|der\s+|som\s+)?"
    r"(?:combining|combines|combine|joining|joins|kombinerer|forener|(?:with|containing|med|rummer)\s+both)\s+"
    r"(?:both\s+|både\s+)?((?:\w+\s+){0,2}?)(?:and|og)\s+((?:\w+\s*){1,3})$"
)
"""'a title combining finance and the labour market': both parts, each a member must have."""
TITLE_BOTH_PARTS = Bilingual(
    da="{count} af medlemmerne har både «{first}» og «{second}» i titlen:",
    en='{count} of the members have both "{first}" and "{second}" in their title:',
)
ALTERNATIVE = lazy(r"\s*(?:or|eller)\s+(?:the\s+word\s+|ordet\s+)?(\w+)")
"""'… procurement *or tendering*': a second part either of which selects a member."""


class Filters:
    def __init__(self, renderer: FactRenderer) -> None:
        self.render = renderer
        self.people = renderer.k.people
        self.title_parts = renderer.k.vocabulary.title_parts
        """The words naming kinds of job in both languages (``knowledge/vocabulary.yaml``)."""
        self._joined_titles = tuple(_joined_title(p) for p in self.people)
        """Each member's titles folded once: every question is looked through for a title part."""
        self._job_kinds = _job_kinds(self.title_parts, [p.title.da for p in self.people])
        """The title parts that are kinds of job ("direktør", "chef"), not fields ("udbud")."""

    def title_word(self, before: Sequence[str], *, strict: bool = False) -> str | None:
        """The word naming a part of a title: the nearest one that is in some member's
        title ("hvem har med indkøb at gøre i titlen" -> "indkøb"), else the nearest word."""
        candidates = [w for w in reversed(before) if w not in _NO_TITLE_PART]
        for word in candidates:
            stemmed = stem(word)
            if stemmed in STOPWORDS and word not in self.title_parts:
                continue  # "en anden titel": "anden" cut to "and" is no part of "finance and labour"
            if any(stemmed in joined for joined in self._joined_titles):
                return word
        return candidates[0] if candidates and not strict else None

    def part_holders(self, part: str, *, whole: bool = False) -> list[Person]:
        """The members with ``part`` in their title: "chef", "direktør" in the Danish titles;
        "director" in the English ones, and its Danish words in the Danish ones (a
        kommunaldirektør is "a director of some kind").

        ``whole``: only as a part of a compound that stands on its own, as a claim needs it
        ("er Karm økonom?"): the word itself, the head of a compound ("cheføkonom"), or its
        first part before another kind of job ("økonomidirektør"), never a word that merely
        starts the same ("økonomi-" is no "økonom")."""
        if whole:
            return self._whole_part_holders(part)
        key = stem(part)
        if any(key in _joined(p.title.da) for p in self.people):
            return [p for p in self.people if key in _joined(p.title.da)]
        concept = self.title_parts.get(part)
        danish = {stem(w) for w, c in self.title_parts.items() if concept and c == concept}
        return [p for p in self.people if key in _joined(p.title.en) or any(k in _joined(p.title.da) for k in danish)]

    def _whole_part_holders(self, part: str) -> list[Person]:
        concept = self.title_parts.get(part)
        forms = {part, stem(part)} | {w for w, c in self.title_parts.items() if concept and c == concept}
        heads = set(self.title_parts) | {stem(w) for w in self.title_parts}

        def has_part(title: str) -> bool:
            return any(
                word == form or word.endswith(form) or (word.startswith(form) and word[len(form) :] in heads)
                for word in fold(title).split()
                for form in forms
            )

        return [p for p in self.people if has_part(p.title.da) or has_part(p.title.en)]

    def title_part(
        self,
        part: str,
        mentions: Sequence[Mention],
        words: Sequence[str],
        lang: Lang,
        *,
        negated: bool = False,
        alternatives: Sequence[str] = (),
        whole: bool = False,
        within: Sequence[Mention] = (),
    ) -> FactReply:
        """``alternatives``: other parts, any of which selects a member ("procurement or
        tendering"); ``whole``: as in ``part_holders``; ``within``: the places whose members
        alone are asked about ("which directors are from Viborg?")."""
        parts = (part, *alternatives)
        places = {m.ids[0] for m in within}
        named_places = ", ".join(dict.fromkeys(m.surface for m in within))
        people = [p for p in self.people if not places or self.render.places_of(p) & places]
        holding = [p for p in people if any(p in self.part_holders(w, whole=whole) for w in parts)]
        part = " / ".join(self._as_written(w) for w in parts)
        holders = [p for p in people if (p in holding) != negated]
        # "… bortset fra Mads Grønvall": a member named just after "except" is set apart.
        ends = exclusion_ends(words)
        persons = [m for m in mentions if m.kind == "person" and len(m.ids) == 1]
        left_out = {m.ids[0] for m in persons if any(0 <= m.start - end <= 1 for end in ends)}
        named = {m.ids[0] for m in persons} - left_out
        holders = [p for p in holders if p.name not in left_out]
        if len(named) == 1 and words and words[0] in CLAIM_OPENERS and set(words) & ONLY_WORDS and not negated:
            # "er Winther den eneste med indkøbschef i titlen?": whether she alone holds it, of all.
            sole = [p.name for p in holders] == list(named)
            phrase = ONE_TITLE_PART if len(holders) == 1 else TITLE_PART
            head = (YES if sole else NO).get(lang) + say(phrase, lang, count=len(holders), part=part)
            listed = self.render.bullets(holders, lang)
            return FactReply(f"{head}\n{listed}", "answer", 100, "fact:title-part", MEMBERS)
        if named:
            # "hvem af Brøndum og Winther har indkøb i titlen?": only those named.
            holders = [p for p in holders if p.name in named]
        excluded = [m for m in mentions if m.kind == "title"]
        if excluded and ends:
            # "… 'direktør' in their title but is not a kommunaldirektør"
            holders = [p for p in holders if p.name not in excluded[0].ids]
        if not holders and within:
            # "which economists are from Viborg?": none there; who does sit for the place.
            there = self.render.bullets(people, lang)
            head = say(NO_TITLE_PART_THERE, lang, part=part, places=named_places)
            return FactReply(f"{head}\n{there}", "negative", 100, "fact:title-part", MEMBERS)
        if not holders:
            return FactReply(say(NO_TITLE_PART, lang, part=part), "negative", 100, "fact:title-part", MEMBERS)
        listed = self.render.bullets(holders, lang)
        if within and not negated:
            phrase = ONE_TITLE_PART_THERE if len(holders) == 1 else TITLE_PART_THERE
            head = say(phrase, lang, count=len(holders), part=part, places=named_places)
        elif left_out and not negated:
            # The count is of those left, so the head says who was set apart.
            names = ", ".join(sorted(left_out))
            head = say(TITLE_PART_BESIDES, lang, count=len(holders), part=part, names=names)
        else:
            phrase = NOT_TITLE_PART if negated else ONE_TITLE_PART if len(holders) == 1 else TITLE_PART
            head = say(phrase, lang, count=len(holders), part=part)
        return FactReply(f"{head}\n{listed}", "answer", 100, "fact:title-part", MEMBERS)

    def both_parts(self, text: str, lang: Lang) -> FactReply | None:
        """ "which members have a title combining finance and the labour market?": those whose
        title has both; a side naming no part of any title leaves it to other readings."""
        found = TITLE_BOTH.search(text)
        if found is None:
            return None
        sides = [self.title_word(list(reversed(found.group(i).split())), strict=True) for i in (1, 2)]
        if None in sides or sides[0] == sides[1]:
            return None
        first, second = (self._as_written(w) for w in sides if w is not None)
        holders = [p for p in self.people if all(p in self.part_holders(w) for w in sides if w is not None)]
        if not holders:
            both = f"{first} + {second}"
            return FactReply(say(NO_TITLE_PART, lang, part=both), "negative", 100, "fact:title-part", MEMBERS)
        head = say(TITLE_BOTH_PARTS, lang, count=len(holders), first=first, second=second)
        listed = self.render.bullets(holders, lang)
        return FactReply(f"{head}\n{listed}", "answer", 100, "fact:title-part", MEMBERS)

    def _as_written(self, part: str) -> str:
        """A folded title part as the titles spell it ("okonomi" -> "økonomi"), else as given."""
        for person in self.people:
            for word in person.title.da.split():
                # At the start of a word ("økonomi-"), else inside it ("forsyningsdirektør").
                for start in range(len(word)):
                    for end in range(start + len(part), len(word) + 1):
                        if fold(word[start:end]) == part:
                            return word[start:end]
        return part

    def elided_title(self, mentions: Sequence[Mention], words: Sequence[str]) -> str | None:
        """ "hvem er arbejdsmarkedsdirektør?": a title written whole only inside a shortened pair
        ("økonomi- og arbejdsmarkedsdirektør"), asked as "who is X" and nothing more."""
        content = [w for w in words if w not in _FILLER]
        if mentions or len(content) != 2 or content[0] not in _WHO:
            return None
        word = content[1]
        # A kind of job of its own ("chef", "leder") is asked about by other questions; a
        # word must be a whole word of a title ("kommunal" is no "kommunaldirektør").
        title_words = {w for p in self.people for w in fold(p.title.da).split()}
        if word in self.title_parts or word not in title_words:
            return None
        return word

    def kind_of_job(self, mentions: Sequence[Mention], words: Sequence[str]) -> str | None:
        """ "which members are directors?", "hvem er direktører?", "who are the economists in the
        group?": a kind of job alone, asked of the members, is asked of everyone whose title has
        it. One person asked for ("hvem er chef?") may mean the chair, and is left to the rest."""
        # "which directors are from Viborg?": a municipality named says where, the kind is still
        # asked; an organisation's "chef" ("hvem er ARI-chefen?") is its head, asked elsewhere.
        if any(m.kind != "municipality" for m in mentions):
            return None
        in_place = {i for m in mentions for i in range(m.start, m.end)}
        asked = [
            w
            for i, w in enumerate(words)
            if i not in in_place and w not in _FILLER and w not in MEMBERSHIP_WORDS and w not in _IN_THE_GROUP
        ]
        if mentions:
            asked = [w for w in asked if w not in FROM_WORDS]
        if len(asked) != 2 or asked[0] not in _WHO | _WHICH | LIST_REQUESTS:
            return None
        word = asked[1]
        if word in CHAIR_WORDS:
            return None  # "hvem er leder?", "who heads it?": the chair
        # The kind as its shortest name ("directors" -> "director"), as the answer says it;
        # a field ("who are they tendered through?") is no kind of job.
        kinds = (k for k in self.title_parts if stem(k) == stem(word) and self.title_parts[k] in self._job_kinds)
        kind = min(kinds, key=len, default=None)
        if kind is None:
            return None
        # Asked of many: a plural, or "are" ("who are the economists?" is read with "economist");
        # "hvem er direktør?", "who is a director?" ask who holds such a job; "who is its
        # director?" asks for one.
        plural = word != kind or "are" in words
        at = list(words).index(word)
        bare = at > 0 and words[at - 1] in _BARE_BEFORE and word not in _HEAD_IN_SINGULAR and not negated(words)
        return kind if plural or asked[0] in _WHICH | LIST_REQUESTS or bare else None

    def is_field(self, part: str) -> bool:
        """Whether a title part names a field of work ("indkøb", "finance"), not a kind of job."""
        return part in self.title_parts and self.title_parts[part] not in self._job_kinds

    def neither_nor(self, words: Sequence[str], lang: Lang) -> FactReply | None:
        """ "Who is neither a director of any kind nor from a municipality?": the members who
        meet none of the conditions; None when a condition is not one a filter reads."""
        opener = next((i for i, w in enumerate(words) if w in _NEITHER), None)
        if opener is None:
            return None
        closer = next((j for j in range(opener + 1, len(words)) if words[j] in _NOR), None)
        if closer is None:
            return None
        conditions = [self._condition(words[opener + 1 : closer], lang), self._condition(words[closer + 1 :], lang)]
        if any(c is None for c in conditions):
            return None
        labels = [c[0] for c in conditions if c is not None]
        meeting = set().union(*(c[1] for c in conditions if c is not None))
        left = [p for p in self.people if p.name not in meeting]
        head = say(NEITHER, lang, count=len(left), first=labels[0], second=labels[1])
        listed = self.render.bullets(left, lang)
        return FactReply(f"{head}\n{listed}" if left else head, "answer", 100, "fact:neither", MEMBERS)

    def _condition(self, words: Sequence[str], lang: Lang) -> tuple[str, set[str]] | None:
        """One condition of "neither … nor …": a kind of job, or sitting for a municipality or
        an organisation, with how it is said back; None for anything else."""
        part = self.title_word([w for w in words if w in self.title_parts], strict=True)
        if part is not None:
            return say(PART_LABEL, lang, part=part), {p.name for p in self.part_holders(part)}
        kinds = set(words) - FROM_WORDS
        if touches(kinds, MUNICIPALITY_WORDS):
            return _MUNICIPAL.get(lang), {p.name for p in self.people if self.render.seat_of(p).municipality}
        if touches(kinds, ORGANISATION_WORDS):
            return _ORGANISATIONAL.get(lang), {p.name for p in self.people if self.render.seat_of(p).organisation_id}
        return None

    def not_holding(
        self,
        title: Mention,
        places: Sequence[Mention],
        words: Sequence[str],
        lang: Lang,
        *,
        title_apart: bool = False,
    ) -> FactReply:
        """ "Who is not a kommunaldirektør?": the complement; "kommunaldirektører uden for
        Viborg": the holders, less those of the places named; "den anden fra Viborg, udover
        kommunaldirektøren" (``title_apart``): the places' people, less the title's holders;
        "not kommunaldirektør and not from KL": neither; "which municipalities are not
        represented by a kommunaldirektør?": the municipalities."""
        label = self.render.title_label(self.render.person_by_name[title.ids[0]], lang)
        if places and title_apart and _denied(words, places[0].start):
            excluded = {m.ids[0] for m in places}
            kept = [p for p in self.people if p.name not in title.ids and not self.render.places_of(p) & excluded]
            where = say(_FROM, lang, places=", ".join(m.surface for m in places))
            head = say(NEITHER, lang, count=len(kept), first=label, second=where)
            listed = self.render.bullets(kept, lang)
            return FactReply(f"{head}\n{listed}" if kept else head, "answer", 100, "fact:neither", MEMBERS)
        if not places and _asks_for_municipalities(words):
            return municipalities_without(self.render, title, lang)
        if places and title_apart:
            wanted = {m.ids[0] for m in places}
            kept = [p for p in self.people if self.render.places_of(p) & wanted and p.name not in title.ids]
            listed = self.render.bullets(kept, lang)
            where = ", ".join(m.surface for m in places)
            head = say(PLACE_NOT_HOLDING, lang, count=len(kept), title=label, places=where)
            return FactReply(f"{head}\n{listed}", "answer", 100, "fact:place-not-title", MEMBERS)
        if places:
            excluded = {m.ids[0] for m in places}
            holders = [self.render.person_by_name[name] for name in title.ids]
            kept = [p for p in holders if not self.render.places_of(p) & excluded]
            listed = self.render.bullets(kept, lang)
            head = say(HOLDERS_EXCEPT, lang, count=len(kept), title=label, places=", ".join(m.surface for m in places))
            return FactReply(f"{head}\n{listed}", "answer", 100, "fact:title-except", MEMBERS)
        holding = set(title.ids)
        others = [p for p in self.people if p.name not in holding]
        head = say(NOT_HOLDING, lang, count=len(others), total=len(self.people), title=label)
        listed = self.render.bullets(others, lang)
        return FactReply(f"{head}\n{listed}", "answer", 100, "fact:title-complement", MEMBERS)

    def places_hold_title(
        self, places: list[Mention], title: Mention, lang: Lang, *, everyone: bool = False, turned: bool = False
    ) -> FactReply:
        """Whether each place named sends a holder of the title; ``everyone``: whether all its
        people hold it ("are both Viborg members kommunaldirektører?")."""
        wanted = {fold(m.ids[0]) for m in places}
        seats = [s for s in self.render.k.seats if fold(s.municipality or s.organisation_id or "") in wanted]
        if len(seats) < len(places):
            return FactReply(
                " ".join(self.render.municipality(m.ids[0], lang)[0] for m in places),
                "negative",
                100,
                "fact:members",
                MEMBERS,
            )
        holds = all if everyone else any
        true = all(holds(p.name in title.ids for p in seat.people) for seat in seats)
        lines = self.render.bullets((p for seat in seats for p in seat.people), lang)
        if turned:
            # "det er vel ikke Aarhus der har en indkøbschef med?": the claim turned round.
            return negated_verdict(not true, lines, lang, "fact:title-places")
        return verdict(true, lines, lang, "fact:title-places")


_DENIAL_REACH = 2
"""How far before a place a negation denies it: "not from KL", "ikke fra SKI"."""


def _denied(words: Sequence[str], start: int) -> bool:
    """Whether a negation stands just before the words at ``start`` ("… and not from KL"), or
    the words set apart begin there ("bortset fra folkene fra SKI og KL")."""
    if any(w in NEGATION_WORDS for w in words[max(0, start - _DENIAL_REACH) : start]):
        return True
    return any(end <= start and set(words[end:start]) <= _PEOPLE_FROM for end in exclusion_ends(words))


_PEOPLE_FROM = word_set("""
    fra from de dem den those the people folk folkene personerne medlemmerne members member ones
    repræsentanterne representatives repræsentanten
""")
"""What may stand between "bortset fra" and the places whose people it sets apart."""


_WHICH_PLACES = word_set("which hvilke what hvad list name nævn")
"""Opening a question whose answer is the municipalities ("which municipalities …")."""


def _asks_for_municipalities(words: Sequence[str]) -> bool:
    """ "which municipalities are not …", "hvilke kommuner …": the municipalities are what is
    asked for, not where members sit ("hvem fra kommunerne …", "the municipal representatives")."""
    if tuple(words[:2]) in COUNT_OPENERS:
        return len(words) > 2 and words[2] in MUNICIPALITIES_AT_LARGE
    return len(words) > 1 and words[0] in _WHICH_PLACES and words[1] in MUNICIPALITIES_AT_LARGE


def _joined_title(person: Person) -> str:
    return _joined(f"{person.title.da} {person.title.en}")


def _joined(text: str) -> str:
    return fold(text).replace(" ", "")


def verdict(true: bool, facts: str, lang: Lang, source: str, citation: str = MEMBERS) -> FactReply:
    """The one place a Ja/Yes is written: only for a claim every value of which holds."""
    return FactReply((YES if true else NO).get(lang) + facts, "answer", 100, source, citation)


def negated_prefix(holds: bool, lang: Lang) -> str:
    """How a verdict on a negated claim opens: in words, never a bare Ja/Nej, which a negated
    question reads both ways."""
    return (NEGATED_HOLDS if holds else NEGATED_FAILS).get(lang)


def negated_verdict(holds: bool, facts: str, lang: Lang, source: str, citation: str = MEMBERS) -> FactReply:
    """The verdict on a negated claim ("Karm er ikke fra Vejle?"): ``holds`` is whether the
    claim *with* its negation is true."""
    return FactReply(negated_prefix(holds, lang) + facts, "answer", 100, source, citation)


_JOINING = frozenset({"og", "and", "or", "eller"})
_OR_AFFIX = lazy(r"\s+(?:or|eller)\s+(\w+)")
_HYPHEN_WORDS = word_set("hyphen hyphenated bindestreg bindestreger dobbeltnavn")
_NAME_WORDS = word_set("navn navne navnet name names efternavn efternavne surname surnames")


def _hyphenated(render: FactRenderer, words: Sequence[str], lang: Lang) -> FactReply | None:
    """ "Which member has a hyphenated surname?": the names written with a hyphen."""
    if not set(words) & _HYPHEN_WORDS or not touches(set(words), PEOPLE_WORDS | _NAME_WORDS):
        return None
    people = [p for p in render.k.people if "-" in p.name]
    if not people:
        return FactReply(say(NONE_NAMED_LIKE, lang, affix="-"), "negative", 100, "fact:spelling", MEMBERS)
    lines = [f"• {render.brief(p, lang)}" for p in people]
    return FactReply(
        "\n".join([say(NAMED_LIKE, lang, count=len(lines), affix="-"), *lines]), "answer", 100, "fact:spelling", MEMBERS
    )


_STARTS = lazy(
    r"\b(?:start|starts|starting|starter|begynder|begynde|begin|begins|beginning)\s+(?:with|med)\s+"
    r"(?:the word\s+|ordet\s+|(?:the\s+)?letter\s+|(?:the\s+)?letters\s+|bogstavet\s+|bogstav\s+)?(\w+)"
)
_FIRST_NAME_WORDS = frozenset({"fornavn", "fornavne", "first", "firstname", "given"})
_SURNAME_WORDS = frozenset({"efternavn", "efternavne", "surname", "surnames", "lastname", "last", "family"})
_ENDS = lazy(
    r"\b(?:end|ends|ending|ender|slutter)\s+(?:with|in|pa|med)\s+(?:(?:the\s+)?letter\s+|bogstavet\s+|bogstav\s+)?"
    r"(?!\d)(\w+)"  # "the strategy ends in 2021?" is a year, no spelling
)
_NAME = r"(?:navnet|navn|navne|navnene|name|names)"
_CONTAINS = lazy(
    rf"\b(?:med|with|having|have|has|har)\s+(?:ordet\s+|the word\s+|bogstaverne\s+|the letters\s+)?(\w+)\s+"
    rf"(?:i|in)\s+(?:(?:sit|sine|deres|their|its|the|his|her)\s+)?{_NAME}\b"
    rf"|\b{_NAME}\s+(?:that\s+|der\s+|som\s+)?(?:contains|contain|containing|includes|include|including|indeholder|rummer)\s+"
    rf"(?:ordet\s+|the word\s+)?(\w+)"
)
"""'en kommune med "borg" i navnet', 'whose name contains "sen"': a part anywhere in a name."""
_WORD_NAMED = lazy(r"\b(?:ordet|the\s+word)\s+(\w+)")
"""A word named as such ("ordet indkøb"): of the themes, one their titles may hold."""
NAMED_LIKE = Bilingual(da="{count} passer på «{affix}»:", en='{count} match "{affix}":')
NONE_NAMED_LIKE = Bilingual(da="Ingen passer på «{affix}».", en='None match "{affix}".')


def by_spelling(
    render: FactRenderer, words: Sequence[str], lang: Lang, titles: Sequence[Mention] = ()
) -> FactReply | None:
    """ "Which members come from municipalities starting with H?", "temaer der starter med
    Bedre", "kommuner der ender på -borg": names filtered by how they are spelt; a title named
    beside them ("kommunaldirektører fra kommuner der starter med V") keeps its holders only."""
    text = " ".join(words)
    starts, ends, inside = _STARTS.search(text), _ENDS.search(text), _CONTAINS.search(text)
    if not (starts or ends or inside) and touches(set(words), THEME_WORDS):
        # "hvilke temaer har ordet indkøb i sig?", "which themes have the word digital in them?"
        inside = _WORD_NAMED.search(text)
    if not starts and not ends and not inside:
        return _hyphenated(render, words, lang)
    affix = starts.group(1) if starts else ends.group(1) if ends else inside.group(1) or inside.group(2)  # type: ignore[union-attr]
    if affix in _HYPHEN_WORDS:
        return _hyphenated(render, words, lang)  # "hvem har bindestreg i navnet?"
    found = starts or ends or inside
    following = text[found.end() :].split()[:1] if found else []
    if affix in STOPWORDS and following and following[0] not in _JOINING | QUESTION_WORDS:
        return None  # "the article ends with a fact box": an article before a noun, no letter

    # "start with 'Stærkere' or 'Styrket'": either spelling selects.
    other = _OR_AFFIX.match(text, found.end()) if found else None
    affixes = (affix, other.group(1)) if other else (affix,)

    def fits(name: str) -> bool:
        folded = fold(name).replace(" ", "")
        if starts:
            return folded.startswith(affixes)
        return folded.endswith(affixes) if ends else any(a in folded for a in affixes)

    word_set = set(words)
    if inside and not touches(word_set, MUNICIPALITY_WORDS | THEME_WORDS) and touches(word_set, PEOPLE_WORDS):
        # "which members have 'sen' in their name?": the members' own names.
        lines = [f"• {render.brief(p, lang)}" for p in render.k.people if fits(p.name)]
    elif word_set & (_FIRST_NAME_WORDS | _SURNAME_WORDS):
        # "hvilke medlemmer har et fornavn, der begynder med L?", "whose surnames start with S?"
        part = 0 if word_set & _FIRST_NAME_WORDS else -1
        people = [p for p in render.k.people if fits(p.name.split()[part])]
        lines = [f"• {render.brief(p, lang)}" for p in people]
    elif touches(word_set, THEME_WORDS):
        lines = [
            render.theme(t.number, lang)[0]
            for t in render.k.strategy.themes
            if fits(t.title.get(lang)) or fits(t.title.da)
        ]
    else:
        seats = [s for s in render.k.seats if s.municipality and fits(s.municipality)]
        holders = {name for m in titles for name in m.ids}
        if holders:
            lines = [f"• {render.brief(p, lang)}" for s in seats for p in s.people if p.name in holders]
        elif touches(set(words), PEOPLE_WORDS):
            lines = [f"• {render.brief(p, lang)}" for s in seats for p in s.people]
        else:
            lines = [f"• {s.organisation}" for s in seats]
    affix = " / ".join(affixes)
    if not lines:
        return FactReply(say(NONE_NAMED_LIKE, lang, affix=affix), "negative", 100, "fact:spelling", MEMBERS)
    head = say(NAMED_LIKE, lang, count=len(lines), affix=affix)
    return FactReply("\n".join([head, *lines]), "answer", 100, "fact:spelling", MEMBERS)


def _job_kinds(title_parts: Mapping[str, str], titles: Sequence[str]) -> frozenset[str]:
    """The concepts of ``title_parts`` that end a word of some Danish title ("kommunaldirektør",
    "indkøbschef", "cheføkonom", "afdelingsleder"), or are a whole word of one ("adm. direktør"):
    kinds of job. A field starts its title word ("udbuds- og indkøbschef") or stands cut short
    before "og" ("økonomi-")."""
    words = [w for title in titles for w in title.split() if not w.endswith("-")]
    endings = {fold(w) for w in words}
    return frozenset(
        concept for form, concept in title_parts.items() if any(ending.endswith(form) for ending in endings)
    )
