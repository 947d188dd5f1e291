"""Who the article quotes: "Is Morten Mandøe quoted in the article?", "Does X say anything in
the article?", "how many people are quoted?".

The answer comes from the speakers of the article's paragraphs (``knowledge/passages.yaml``),
never from the member list: being a member says nothing about having been quoted. What a
speaker says about a topic is the passages' business (``bot.core.passages``); this module only
answers whether, and who.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.knowledge import Bilingual, Knowledge, Lang, Person, Seat
from bot.core.lexicon import (
    CHAIR_TITLE,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    COUNT_WORDS,
    HEAD_NOUNS,
    ONLY_WORDS,
    STATEMENT_FRAMING,
    STOPWORDS,
    YOU_SAY,
    word_set,
)
from bot.core.matcher import meaning
from bot.core.passages import Found, PassageIndex
from bot.core.patterns import lazy
from bot.core.phrases import YES, joined, say

QUOTED_WORDS = word_set("""
    quoted quote quotes quoting citeret citeres citerer citat citater udtaler udtalelse udtalelser
    statement statements
""")
"""Words that ask whether someone is quoted at all."""
SAYING_WORDS = word_set("say says said saying siger sagde sagt speak speaks")
FIGURE_WORDS = word_set("figure figures number numbers tal tallene tallet amount amounts beløb beløbet")
YEAR_WORDS = word_set("year years år årstal årstallet")
"""A figure of one kind: "which year does she say …?" is answered by her paragraphs that give a year."""
_A_YEAR = lazy(r"\b(?:19|20)\d\d\b")
MENTION_WORDS = word_set(
    "mention mentions mentioned nævner nævnte nævnt give gives gave giver gav state states stated oplyser"
)
ANYTHING_WORDS = word_set("anything something noget nogetsomhelst")
"""With a saying word, "does X say anything?" asks whether X is quoted, not about what."""
_ALLOWED = (
    QUOTED_WORDS
    | SAYING_WORDS
    | ANYTHING_WORDS
    | COUNT_WORDS
    | word_set("""
        is are was were does do did er bliver blev har i in the article artiklen artikel anywhere
        nogen steder sted from him her ham hende fra any people persons personer folk who hvem
        actually faktisk overhovedet at all only kun how many directly direkte literally ordret verbatim
        sig vegne behalf get gets got getting being anyone anybody someone somebody kommune kommunen
        person eneste only sole one den different forskellige distinct unique separate
        municipality piece story text teksten
    """)
)
"""Words a whether-quoted question may hold beside the name; anything else is a topic."""
_ARTICLE = word_set("article artiklen artikel text teksten story")
_UNDERSTOOD = word_set("forstået forstaaet understood understand thinking think tror am jeg i")
"""'Er det korrekt forstået, at …', 'Am I right in thinking …': a claim's frame, no topic."""
_WHETHER_OPENERS = word_set("bliver citeres gets got")
"""Besides the yes/no openers, how "is anyone from X quoted?" may open ("bliver nogen …")."""
_WHO_WORDS = word_set("who which hvem hvilken hvilket")
_CHOICE_WORDS = word_set("or eller vs versus")
"""Beside "who is quoted", the candidates are set against each other ("X eller Y?"), and may
be named by what they head ("direktøren for SKI")."""
_ASKING_OPENERS = word_set("hvad what which hvilke hvilken hvilket how hvordan does did do har has have")
"""How a question about someone's words opens ("hvad siger …", "did X say …")."""
NOT_QUOTED = Bilingual(
    da="Nej, {name} bliver ikke citeret i artiklen. Den eneste, der citeres, er {speakers}.",
    en="No, {name} is not quoted in the article. The only person quoted is {speakers}.",
)
NOT_QUOTED_MANY = Bilingual(
    da="Nej, {name} bliver ikke citeret i artiklen. De, der citeres, er {speakers}.",
    en="No, {name} is not quoted in the article. The people quoted are {speakers}.",
)
QUOTED = Bilingual(da="Ja, {name} bliver citeret i artiklen.", en="Yes, {name} is quoted in the article.")
QUOTED_ALONE = Bilingual(
    da="Ja, {name} er den eneste, der bliver citeret i artiklen.",
    en="Yes, {name} is the only person quoted in the article.",
)
NOT_ALONE = Bilingual(
    da="Nej, {name} er ikke den eneste, der bliver citeret. De, der citeres, er {speakers}.",
    en="No, {name} is not the only one quoted. The people quoted are {speakers}.",
)
NOBODY_FOR = Bilingual(
    da="Nej, ingen fra {org} bliver citeret i artiklen. Den eneste, der citeres, er {speakers}.",
    en="No, nobody from {org} is quoted in the article. The only person quoted is {speakers}.",
)
NOBODY_FOR_MANY = Bilingual(
    da="Nej, ingen fra {org} bliver citeret i artiklen. De, der citeres, er {speakers}.",
    en="No, nobody from {org} is quoted in the article. The people quoted are {speakers}.",
)
FOR_ORGANISATION = Bilingual(
    da="Den, der udtaler sig for {org} i artiklen, er {speakers}.",
    en="The one quoted for {org} in the article is {speakers}.",
)
HOW_MANY = Bilingual(
    da="{count} person citeres i artiklen: {speakers}.",
    en="{count} person is quoted in the article: {speakers}.",
)
HOW_MANY_PLURAL = Bilingual(
    da="{count} personer citeres i artiklen: {speakers}.",
    en="{count} people are quoted in the article: {speakers}.",
)


def reports_speech(words: Sequence[str]) -> bool:
    """Whether a claim is about what someone said or whom they thanked ("SKI's director thanked
    …", "did Mandøe say …"): who speaks then bears out who, not what."""
    return any(w in SAYING_WORDS or w in QUOTED_WORDS or meaning(w) == "thank" for w in words)


_ASKER_SPEAKS = [[w] for w in word_set("jeg i vi we")]
"""Who says it, right before a saying word, when it is the asker ("jeg siger", "I say")."""


def speakers(knowledge: Knowledge) -> list[tuple[Person | None, Bilingual, str]]:
    """Each quoted speaker once, in the article's order: the member it is (if any), how the
    article names them, and the source of their first paragraph."""
    found: dict[str, tuple[Person | None, Bilingual, str]] = {}
    for passage in knowledge.passages:
        if passage.speaker is None or passage.speaker.da in found:
            continue
        person = next((p for p in knowledge.people if p.name in passage.speaker.da), None)
        found[passage.speaker.da] = (person, passage.speaker, passage.source)
    return list(found.values())


def answer(knowledge: Knowledge, mentions: Sequence[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
    """Whether the one member named is quoted, or how many are; None for any other question."""
    # "… jeg siger Fredensborg": what the asker says is their own claim, no one's quote.
    word_set = {w for i, w in enumerate(words) if not (w in SAYING_WORDS and words[i - 1 : i] in _ASKER_SPEAKS)}
    if word_set & (FIGURE_WORDS | YEAR_WORDS) and word_set & (QUOTED_WORDS | SAYING_WORDS | MENTION_WORDS):
        return _figures_said(knowledge, mentions, lang, years=bool(word_set & YEAR_WORDS))
    if not word_set & (QUOTED_WORDS | SAYING_WORDS) or tuple(words[-2:]) in YOU_SAY:
        # Every question here asks who is quoted or what someone says; "…, siger du?" asks the
        # bot to stand by its own words.
        return None
    inside = {i for m in mentions for i in range(m.start, m.end)}
    rest = {w for i, w in enumerate(words) if i not in inside and w not in STOPWORDS}
    quoted = speakers(knowledge)
    if not quoted:
        return None
    silent = _unquoted_member_meant(knowledge, quoted, mentions, words)
    if silent is not None and not rest <= _ALLOWED:
        # "hvad siger KL's cheføkonom om strategien?": whatever the topic, he is not quoted.
        names = joined([s.get(lang) for _, s, _ in quoted], lang)
        table = NOT_QUOTED if len(quoted) == 1 else NOT_QUOTED_MANY
        body = say(table, lang, name=silent.name, speakers=names)
        return FactReply(body, "negative", 100, "fact:speakers", quoted[0][2])
    asks_quoted = bool(word_set & QUOTED_WORDS) or bool(word_set & SAYING_WORDS and word_set & ANYTHING_WORDS)
    framing = CLAIM_TAGS | STATEMENT_FRAMING | _UNDERSTOOD
    if not asks_quoted or not rest - _CHOICE_WORDS - HEAD_NOUNS - CHAIR_TITLE - framing <= _ALLOWED:
        return None  # "what does X say about the savings?" asks about a topic
    names = joined([s.get(lang) for _, s, _ in quoted], lang)
    source = quoted[0][2]
    candidates = {m.ids for m in mentions if m.kind in ("person", "title", "organisation")}
    choosing = len(candidates) > 1 and bool(word_set & _WHO_WORDS)
    if (not mentions and word_set & COUNT_WORDS) or choosing:
        # "Hvem bliver citeret – cheføkonomen fra KL eller direktøren for SKI?": who is.
        table = HOW_MANY if len(quoted) == 1 else HOW_MANY_PLURAL
        return FactReply(say(table, lang, count=len(quoted), speakers=names), "answer", 100, "fact:speakers", source)
    if len(mentions) == 1 and mentions[0].kind == "organisation" and word_set & _WHO_WORDS:
        # "Hvem udtaler sig på vegne af SKI?": the quoted members who sit for it. Nobody quoted
        # from it is left to other answers: a member list would not say who speaks.
        return _speaking_for(knowledge, quoted, mentions[0], lang)
    yes_no = words[0] in CLAIM_OPENERS | _WHETHER_OPENERS or any(w in CLAIM_TAGS for w in words[-3:])
    if (
        yes_no
        and len(mentions) == 1
        and mentions[0].kind in ("organisation", "municipality")
        and len(mentions[0].ids) == 1
    ):
        # "Is anyone from KL quoted?": whether, answered by who speaks for it; an answer that
        # merely names the organisation would bear out nothing.
        return _whether_quoted_for(knowledge, quoted, mentions[0], lang)
    name = _one_member_meant(knowledge, mentions, words)
    if name is None:
        return None
    if any(person is not None and person.name == name for person, _, _ in quoted):
        if word_set & ONLY_WORDS and len(quoted) > 1:
            # "Is X the only one quoted?": quoted, but not alone.
            body = say(NOT_ALONE, lang, name=name, speakers=names)
            return FactReply(body, "answer", 100, "fact:speakers", source)
        table = QUOTED_ALONE if word_set & ONLY_WORDS else QUOTED
        return FactReply(say(table, lang, name=name), "answer", 100, "fact:speakers", source)
    table = NOT_QUOTED if len(quoted) == 1 else NOT_QUOTED_MANY
    return FactReply(say(table, lang, name=name, speakers=names), "negative", 100, "fact:speakers", source)


def _one_member_meant(knowledge: Knowledge, mentions: Sequence[Mention], words: Sequence[str]) -> str | None:
    """The one member a whether-quoted question names: by name, by a title only they hold
    ("KL's cheføkonom") or as the chair ("is the chair quoted?")."""
    meant = [m for m in mentions if m.kind in ("person", "title")]
    if len(meant) == 1 and len(meant[0].ids) == 1:
        # "KL's chief economist": the organisation only says whose title it is.
        if all(m.kind in ("organisation", "municipality") for m in mentions if m is not meant[0]):
            return meant[0].ids[0]
        return None
    if mentions or not set(words) & CHAIR_TITLE:
        return None
    chairs = [p.name for seat in knowledge.seats if seat.chair for p in seat.people]
    return chairs[0] if len(chairs) == 1 else None


def _unquoted_member_meant(
    knowledge: Knowledge,
    quoted: list[tuple[Person | None, Bilingual, str]],
    mentions: Sequence[Mention],
    words: Sequence[str],
) -> Person | None:
    """The one member a question about someone's words means, by name, by a title only they
    hold ("KL's cheføkonom") or as the chair ("formanden"), when the article never quotes
    them. Only as the one who speaks: asked about ("hvad siger …", "did X say …") or named
    before the saying ("It was Mandøe who said …"), not "The summary says Kim Herlev is …"."""
    said_at = next((i for i, w in enumerate(words) if w in SAYING_WORDS), None)
    if said_at is None or _ARTICLE & set(words[max(0, said_at - 2) : said_at]):
        return None  # "Does the article say when the group he chairs will meet?": the article says
    meant = [m for m in mentions if m.kind in ("person", "title")]
    named = {m.ids[0] for m in meant if len(m.ids) == 1}
    if any(len(m.ids) > 1 for m in meant) or len(named) > 1:
        return None
    named_at = min((m.start for m in meant), default=None)
    if not named:
        named_at = next((i for i, w in enumerate(words) if w in CHAIR_TITLE), None)
        named = {p.name for seat in knowledge.seats if seat.chair for p in seat.people}
    if named_at is None or not (words[0] in _ASKING_OPENERS or named_at < said_at):
        return None
    people = [p for p in knowledge.people if p.name in named]
    if len(people) != 1 or any(person == people[0] for person, _, _ in quoted):
        return None
    return people[0]


def _figures_said(
    knowledge: Knowledge, mentions: Sequence[Mention], lang: Lang, *, years: bool = False
) -> FactReply | None:
    """ "Which figures does the SKI director mention in her quote?": every paragraph of the one
    speaker named (or the one quoted for the organisation named) that holds a figure. Any
    other question about figures is left to the rest."""
    if len(mentions) != 1 or len(mentions[0].ids) != 1 or mentions[0].kind not in ("person", "organisation"):
        return None
    named = mentions[0].ids[0]
    if mentions[0].kind == "person":
        labels = {label for person, label, _ in speakers(knowledge) if person is not None and person.name == named}
    else:
        seated = {p.name for seat in knowledge.seats if seat.organisation_id == named for p in seat.people}
        labels = {label for person, label, _ in speakers(knowledge) if person is not None and person.name in seated}
    if len(labels) != 1:
        return None
    label = labels.pop()
    saying = [p for p in knowledge.passages if p.speaker == label and any(c.isdigit() for c in p.text.da)]
    if years:
        saying = [p for p in saying if _A_YEAR.search(p.text.da)]
    if not saying:
        return None
    body = "\n".join(PassageIndex.quote(Found(p, 1.0), lang) for p in saying)
    return FactReply(body, "answer", 100, f"passage:{saying[0].id}", saying[0].source)


def _whether_quoted_for(
    knowledge: Knowledge, quoted: list[tuple[Person | None, Bilingual, str]], body: Mention, lang: Lang
) -> FactReply | None:
    """ "Ja" and who speaks for the organisation or municipality, or "Nej" and who is quoted;
    None for one without a seat, which the article does not place in the group at all."""
    seats = _seats_of(knowledge, body)
    if not seats:
        return None
    found = _speaking_for(knowledge, quoted, body, lang)
    if found is not None:
        return replace(found, text=YES.get(lang) + found.text)
    names = joined([s.get(lang) for _, s, _ in quoted], lang)
    table = NOBODY_FOR if len(quoted) == 1 else NOBODY_FOR_MANY
    text = say(table, lang, org=seats[0].organisation, speakers=names)
    return FactReply(text, "negative", 100, "fact:speakers", quoted[0][2])


def _seats_of(knowledge: Knowledge, body: Mention) -> list[Seat]:
    if body.kind == "municipality":
        return [s for s in knowledge.seats if s.municipality == body.ids[0]]
    return [s for s in knowledge.seats if s.organisation_id == body.ids[0]]


def _speaking_for(
    knowledge: Knowledge, quoted: list[tuple[Person | None, Bilingual, str]], organisation: Mention, lang: Lang
) -> FactReply | None:
    if len(organisation.ids) != 1:
        return None
    seats = _seats_of(knowledge, organisation)
    theirs = [(label, source) for person, label, source in quoted if any(person in s.people for s in seats)]
    if not theirs:
        return None
    names = joined([label.get(lang) for label, _ in theirs], lang)
    body = say(FOR_ORGANISATION, lang, org=seats[0].organisation, speakers=names)
    return FactReply(body, "answer", 100, "fact:speakers", theirs[0][1])
