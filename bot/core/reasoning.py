"""Questions about the structure of the facts: claims to check, comparisons and filters.

The fact base is read as a small table (one row per person: title, seat, organisation,
chair). A question is parsed into one operation over it:

- **check** a claim: "Karm er fra Kolding, ikk?", "is Roslev a head of department?";
- **compare** people: "are Karm and Jensen from the same municipality?";
- **filter** or **count** members by a part of their title, or by not holding one:
  "who has 'økonomi' in their title", "how many are not kommunaldirektør?";
- **clarify** a pronoun that has nobody to refer to: "hvor kommer han fra?".

A "yes" is only ever built by ``filters.verdict`` from claimed values that were each found
true of the named person; every other path says no or gives the facts without a verdict.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.core import speakers
from bot.core.by_gender import by_gender
from bot.core.chair_claims import place_chairs
from bot.core.claim_shape import CLAIM_BEFORE_TAG, is_claim
from bot.core.claims import quantities
from bot.core.contrasts import contrast
from bot.core.counts import count
from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.filters import (
    ALTERNATIVE,
    FIELD_PEOPLE,
    TITLE_ABOUT,
    TITLE_CONTAINS,
    TITLE_KIND,
    TITLE_PHRASE,
    TITLE_WHERE,
    WORKS_WITH,
    Filters,
    by_spelling,
    negated_verdict,
    verdict,
)
from bot.core.knowledge import FACTS_BOX, MEMBERS, Bilingual, Lang, Person, Seat
from bot.core.lexicon import (
    AMONG_WORDS,
    CHAIR_TITLE,
    CHAIR_WORDS,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    DEPUTY_CHAIRS,
    DEPUTY_WORDS,
    DIFFERENT_WORDS,
    EARLIER_WORDS,
    EXPLICIT_SAME_WORDS,
    GROUP_CHAIR_WORDS,
    GROUP_WORDS,
    HEAD_NOUNS,
    HEAD_VERBS,
    MEMBERSHIP_WORDS,
    MONTHS,
    MUNICIPALITIES_AT_LARGE,
    MUNICIPALITY_WORDS,
    NEGATION_SCOPES,
    NEGATION_WORDS,
    ONLY_WORDS,
    ORGANISATION_WORDS,
    ORGANS,
    OUTSIDE_JOBS,
    PLAIN_NEGATIONS,
    QUESTION_TYPES,
    QUESTION_WORDS,
    REQUEST_VERBS,
    SAME_WORDS,
    STOPWORDS,
    TALLY_WORDS,
    THEME_WORDS,
    TITLE_WORDS,
    UNIVERSAL_WORDS,
    WHICH_WORDS,
    WITHOUT_WORDS,
    cardinal_words,
    excludes,
    exclusion_ends,
    negated,
    number_words,
    ordinal_words,
    personal_pronouns,
    same_before,
    sets_apart,
    tag_start,
    touches,
    turned_around,
    word_set,
)
from bot.core.list_claims import position_claim
from bot.core.list_order import EARLIER, LATER, earlier_of, earlier_theme, first_few
from bot.core.matcher import meaning
from bot.core.name_claims import name_claim
from bot.core.normalize import fold
from bot.core.other_themes import other_themes
from bot.core.patterns import lazy
from bot.core.peers import (
    SIDE_BY_SIDE,
    at_position,
    list_line,
    neighbours,
    not_for_a_municipality,
    place_and_chair,
    place_on_list,
    same_as,
    seat_apart,
    seats_besides,
    seats_side_by_side,
    side_by_side,
    themes_side_by_side,
)
from bot.core.people_besides import people_besides
from bot.core.phrases import HOLDERS, NO, say
from bot.core.tallies import compare_counts, compare_kinds, largest, seats_by_size
from bot.core.theme_beside import theme_named_beside
from bot.core.titles_held import titles_held
from bot.core.tuning import DEFAULT_TUNING
from bot.core.verdict_text import without_verdict

CLARIFY_SOURCE = "clarify"
"""The source of a "who do you mean?" reply, so a conversation can wait for the name."""
CLARIFY = Bilingual(
    da="Hvem mener du? Skriv gerne navnet på personen i dit spørgsmål.",
    en="Who do you mean? Please put the person's name in your question.",
)
SAME = Bilingual(da="Ja, samme {what}:", en="Yes, the same {what}:")
SEAT_HEADCOUNT = Bilingual(da="{place} har {count} i styregruppen.", en="{place} has {count} in the steering group.")
DIFFERENT = Bilingual(da="Nej, ikke samme {what}:", en="No, not the same {what}:")
YES_DIFFERENT = Bilingual(da="Ja, ikke samme {what}:", en="Yes, not the same {what}:")
NOT_DIFFERENT = Bilingual(da="Nej, samme {what}:", en="No, the same {what}:")
ATTRIBUTE_NAMES = {
    "municipality": Bilingual(da="kommune", en="municipality"),
    "organisation": Bilingual(da="organisation", en="organisation"),
    "title": Bilingual(da="titel", en="title"),
    "person": Bilingual(da="person", en="person"),
}
_WHY = frozenset({"why", "hvorfor"})
_WHO_OR_WHICH = word_set("who hvem which hvilke hvilken")
"""Openers of a question that asks for members by what they do."""
_AND_ALTERNATIVE = lazy(r"\s*(?:og|and|&)\s+(\w+)")
"""'udbud og indkøb': a field named twice, either word of which selects a member."""
_ONE_PERSON = frozenset(fold("person people personer individual guy fyr mand man woman kvinde").split())
"""What "the same …" asks of two members when it asks whether they are one ("samme person?")."""
_HEADCOUNT_NOUNS = frozenset(
    meaning(w)
    for w in fold(
        "repræsentant repræsentanter repræsentanterne representative representatives person personer personerne "
        "people folk "
        "medlem medlemmer member members navne names"
    ).split()
)
_REPRESENTATION = frozenset(
    fold("repræsentant repræsentanter representative representatives repræsenteret represented nogen anyone").split()
)
"""'SKI har ikke nogen repræsentant i gruppen?': whether a place sits in the group, in other words."""
_HEADCOUNT_AFTER = frozenset({"med", "fra", "from"})
"""'Viborg har 2 med', 'der sidder to fra Viborg': a count of people with no noun."""
_FEW = 100
"""Above this a number before "fra" is a year ("2012 fra …"), not a count of people."""
_MORE = frozenset(fold("more flere mere over").split())
"""A count claimed as a lower bound ("more than one member", "flere end én")."""
_FEWER = frozenset(fold("fewer less færre mindre under").split())
_SEVERAL = frozenset(fold("several multiple flere adskillige").split())
"""Many, with no number: "flere repræsentanter" claims more than one."""
RELATIVE_WORDS = frozenset({"som", "der", "who", "which", "that", "er", "is", "var", "was", "as", "the"})
"""What joins a claim to the name just before it ("Christiansen, som er direktør …")."""
_FIELD_PRONOUN = frozenset({"it"})
"""IT before a kind of job ("IT-chef", "it chef") is a field no member's title names."""
NO_THEME_ABOUT = Bilingual(
    da="Artiklen knytter ikke «{topic}» til nogen af temaerne.",
    en='The article does not tie any of the themes to "{topic}".',
)
NO_DEPUTY = Bilingual(da="Artiklen nævner ingen næstformand.", en="The article names no vice chair.")
BOARD_UNNAMED = Bilingual(
    da="Artiklen siger ikke, hvem der er formand for {name}.", en="The article does not say who chairs {name}."
)
ORGAN_UNNAMED = Bilingual(
    da="Artiklen siger ikke, hvem der sidder i {name}'s bestyrelse eller ledelse.",
    en="The article does not say who sits on {name}'s board or management.",
)
ALSO_HELD = Bilingual(da="Det gælder også:", en="The same goes for:")
"""Before the others who hold what "the only one" claimed for one member alone."""
_YEAR = lazy(r"(19|20)\d\d")
_THERE_ARE = frozenset({("er", "der"), ("are", "there"), ("is", "there"), ("there", "are"), ("der", "er")})
_MAX_HEADCOUNT = 100
"""A number this large is no count of members ("80 kommuner", a year)."""
_HOLDER_COUNT_WORDS = (
    CLAIM_TAGS
    | CLAIM_OPENERS
    | GROUP_WORDS
    | TALLY_WORDS
    | word_set("""
        der there er are is i in among blandt members medlemmerne medlemmer of af them dem
        exactly præcis præcist precisely total alt i alt count tæller counted jeg i think mener vel
    """)
)
"""What a claim about how many hold a title may say beside the title and the number."""
_A_MUNICIPALITY = frozenset({"kommune", "municipality", "council"})
_SOME = frozenset({"en", "a", "an", "nogen", "any", "some"})
_FROM_THE = frozenset({"fra", "from", "the", "of", "af"})
"""'fra *en* kommune', 'from *a* municipality': any municipality, none named."""
_KOMMUNE = _A_MUNICIPALITY | {"kommunen"}
"""What follows a municipality's name as part of it ("Krageby Kommune")."""


def _head_noun_before(at: int, words: Sequence[str]) -> bool:
    """Whether a head noun and "of" stand right before ``words[at]`` ("the boss of …", "chef for …")."""
    return at >= 2 and words[at - 1] in _OF_AN_ORGANISATION and words[at - 2] in HEAD_NOUNS


def _from_the(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` says where from: "fra", "from", or "the" right after one of them."""
    return words[at] != "the" or (at >= 1 and words[at - 1] in _FROM_THE - {"the"})


_MERELY = word_set("bare blot kun just only simply egentlig actually")
"""What may stand beside "kommune" in "SKI er bare en kommune?" and claim nothing else."""
_ALTERNATIVES = frozenset({"or", "eller", "vs", "versus"})
_VERSUS = frozenset({"vs", "versus"})
"""What sets places up as alternatives: "is the chair from Vejle or Nyborg?"."""
ALL_HOLD = Bilingual(da="Alle medlemmer har den slags titel:", en="All members hold that kind of title:")
NOT_ALL_HOLD = Bilingual(
    da="{count} af medlemmerne har en anden slags titel:", en="{count} of the members hold another kind of title:"
)
ALL_BUT_HOLD = Bilingual(da="Det gælder alle {total} andre:", en="It holds for all {total} others:")
NOT_ALL_BUT_HOLD = Bilingual(
    da="Det gælder ikke {count} af de {total} andre:", en="It does not hold for {count} of the {total} others:"
)
NEITHER_CHAIRS = Bilingual(da="Ingen af dem. ", en="Neither of them. ")
NEITHER_OF_THEM = NEITHER_CHAIRS
BOTH_OF_THEM = Bilingual(da="Begge to. ", en="Both of them. ")
EVERY_ONE_OF_THEM = Bilingual(da="Dem alle. ", en="All of them. ")
_CHOOSING_AMONG = frozenset({"of", "af", "between", "mellem", "imellem"})
"""Before the names, what makes them the ones to choose among: "which of Holte and Grønvall",
"between Christiansen and Jacobsen, who …"."""
_OF_AN_ORGANISATION = word_set("of for at in i hos af på")
_THE_WHOLE = word_set("hele selve whole entire all the")
"""Between "formand for" and an organisation's name, stressing it is the organisation itself
("formand for hele KL", "chair of the whole KL"), not the group it set up."""
_SELF = word_set("selv himself herself itself")
_CHAIR_PLACED = word_set(
    "fra from har has have holds holder kommer comes come sidder sits hos with at in i municipality kommune kommunen"
)
"""What may stand beside the chair and a place in a claim that the place holds the chair."""
_EACH_OF = frozenset({"both", "begge", "all", "alle", "each", "hver", "either"})


def _first_negation(words: Sequence[str]) -> int:
    """Where the first plain negation stands; past the end when there is none."""
    return next((i for i, w in enumerate(words) if w in PLAIN_NEGATIONS), len(words))


_IS_A = word_set("er is var was også ogsaa also en et a an vel jo nu da really")
"""What stands between a member and a title said of them ("Jacobsen er også økonomidirektør", "er
vel også"): the particles of a claim leaning on its answer."""


@dataclass(frozen=True)
class _Claim:
    kind: str
    """municipality, organisation, title, chair, deputy (a vice chair, whom the article never
    names), office (an elected office such as mayor, which no member's title is), head (of the
    organisation named by ``value``), board (the chair of that organisation, whom the facts never
    name), organ (a seat on that organisation's board, whose members the facts never name),
    town_head (the boss of the municipality named by ``value``, whom the facts never name) or
    municipal (some municipality's seat, none named)."""
    value: str
    start: int
    end: int


class Reasoner:
    """Checks, compares and filters over the people in the fact base."""

    def __init__(
        self,
        renderer: FactRenderer,
        topic_theme: Callable[[str], int | None],
        keyword_theme: Callable[[str], int | None] | None = None,
        knows: Callable[[str], bool] | None = None,
        memory: int = 0,
        negation_reach: int = DEFAULT_TUNING.negation_reach,
    ) -> None:
        """``memory``: how many readings' replies are remembered (``Tuning.reasoning_cache_size``);
        ``negation_reach``: ``Tuning.negation_reach``."""
        self._negation_reach = negation_reach
        self.render = renderer
        self.knows = knows or (lambda word: True)
        """Whether a word is one the engine understands: a claim with a word it does not
        ("er Winther kommunaldir i Aarhus?") is not confirmed on the words it does."""
        self._title_words = renderer.k.title_words
        self._outside_jobs = OUTSIDE_JOBS - self._title_words
        parts = renderer.k.vocabulary.title_parts
        self._title_heads = frozenset(fold(w) for w in parts) | {fold(w) for names in parts.values() for w in names}
        """The kinds of job titles are made of ("head", "direktør"): what a field ("of IT") may follow."""
        """Offices no member's title holds ("mayor"): a claim of one is a claim of an outside job."""
        self.topic_theme = topic_theme
        self.keyword_theme = keyword_theme or topic_theme
        self.filters = Filters(renderer)
        self._people = renderer.k.people
        self._theme_unlike: dict[str, frozenset[int]] = {}
        for theme in renderer.k.strategy.themes:
            for word in theme.unlike:
                self._theme_unlike[fold(word)] = self._theme_unlike.get(fold(word), frozenset()) | {theme.number}
        self._memory = memory
        self._replied: OrderedDict[tuple[tuple[Mention, ...], tuple[str, ...], Lang, bool], FactReply | None] = (
            OrderedDict()
        )

    def _denied_near(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether a "not" stands close enough to ``words[start:end]`` to deny it ("who is not a
        director of some kind?", "økonomidirektør (not the longer ones)"): one further off
        belongs to another clause ("jeg ved ikke rigtig hvad det er, og hvem er cheføkonom?")."""
        reach = self._negation_reach
        # "det tredje er bedre indkøb af tjenesteydelser, ikke?": the tag's "ikke" asks for a
        # nod; it denies nothing before it.
        tag = tag_start(words)
        before = words[max(0, start - reach) : min(start, tag)]
        near = [*before, *words[end : min(end + reach, tag)]]
        # "represented without a kommunaldirektør": "without" before the title denies it too.
        return any(w in NEGATION_WORDS for w in near) or any(w in WITHOUT_WORDS for w in before)

    def answer(
        self, mentions: Sequence[Mention], words: Sequence[str], lang: Lang, *, asked: bool = False
    ) -> FactReply | None:
        """``_answer``, remembered: the reply depends on these arguments alone, and different
        texts read alike ("og er Karm fra Vejle?" and "er Karm fra Vejle" corrected and named the
        same way), so the latest replies are kept, least recently used going first."""
        if not self._memory:
            return self._answer(mentions, words, lang, asked=asked)
        key = (tuple(mentions), tuple(words), lang, asked)
        replied = self._replied
        if key in replied:
            replied.move_to_end(key)
            return replied[key]
        reply = replied[key] = self._answer(mentions, words, lang, asked=asked)
        if len(replied) > self._memory:
            replied.popitem(last=False)
        return reply

    def _answer(
        self, mentions: Sequence[Mention], words: Sequence[str], lang: Lang, *, asked: bool = False
    ) -> FactReply | None:
        """``words``: the question's folded, spelling-corrected words (names kept as typed);
        ``asked``: the message ends in a question mark, so a statement is put up to confirm."""
        text = " ".join(words)
        if words and words[0] in _WHY:
            # "hvorfor sidder Holbæk med en afdelingsleder og ikke kommunaldirektøren?" asks a
            # reason; a list or a count over the same words answers something else.
            return None
        quoted = speakers.answer(self.render.k, mentions, words, lang) or name_claim(self.render, mentions, words, lang)
        if quoted is not None:
            return quoted
        tallied = (
            compare_counts(self.render, mentions, words, lang)
            or seats_by_size(self.render, mentions, words, lang)
            or largest(self.render, mentions, words, lang)
            or compare_kinds(self.render, mentions, words, lang)
        )
        if tallied is not None:
            return tallied
        counted = (
            by_gender(self.render, mentions, words, lang)
            or count(self.render, mentions, words, lang)
            or by_spelling(self.render, words, lang, [m for m in mentions if m.kind == "title"])
            or self.filters.neither_nor(words, lang)
        )
        if counted is not None:
            return counted
        people = [m for m in mentions if m.kind == "person"]
        if any(len(m.ids) > 1 for m in people):
            return None  # "is Lars from Nyborg?": which Lars is asked first, elsewhere
        phrase = TITLE_PHRASE.search(text)
        if phrase:
            before = words[: len(text[: phrase.start()].split())]
            part = self.filters.title_word(before)
            if part is not None:
                # "hvem har IKKE ordet 'direktør' i titlen?"
                negated = any(w in ("ikke", "not", "no", "without", "uden") for w in before)
                # "hvem har chef eller leder i titlen?": either part selects a member.
                other = (
                    self.filters.title_word([before[-3]], strict=True)
                    if len(before) >= 3 and before[-2] in ("eller", "or")
                    else None
                )
                alternatives = [other] if other is not None and other != part else []
                return self.filters.title_part(part, mentions, words, lang, negated=negated, alternatives=alternatives)
        both = self.filters.both_parts(text, lang)
        if both is not None:
            return both
        contained = TITLE_CONTAINS.search(text) or TITLE_WHERE.search(text)
        part = self.filters.title_word([contained.group(1)], strict=True) if contained else None
        if contained and part is not None:
            before = words[: len(text[: contained.start(1)].split())]
            negated = any(w in ("ikke", "not", "no", "without", "uden", "dont", "dosnt") for w in before)
            # "whose titles mention arbejdsmarked or personale?": either part selects a member.
            more = ALTERNATIVE.match(text, contained.end(1))
            alternative = self.filters.title_word([more.group(1)], strict=True) if more else None
            alternatives = [alternative] if alternative is not None and alternative != part else []
            return self.filters.title_part(part, mentions, words, lang, negated=negated, alternatives=alternatives)
        part = self.filters.elided_title(mentions, words)
        if part is not None:
            # "hvem er arbejdsmarkedsdirektør?": one of "økonomi- og arbejdsmarkedsdirektør".
            return self.filters.title_part(part, mentions, words, lang, whole=True)
        kind = self.filters.kind_of_job(mentions, words)
        if kind is not None:
            # As a kind of job of its own: a "økonomidirektør" is a director, no economist.
            return self.filters.title_part(kind, mentions, words, lang, whole=True, within=mentions)
        about = TITLE_ABOUT.search(text) or TITLE_KIND.search(text)
        part = self.filters.title_word([about.group(1)], strict=True) if about else None
        if about and part is not None:
            # "whose title refers to procurement or tendering?", "who has a finance title?"
            more = ALTERNATIVE.match(text, about.end(1))
            alternative = self.filters.title_word([more.group(1)], strict=True) if more else None
            alternatives = [alternative] if alternative is not None else []
            return self.filters.title_part(part, mentions, words, lang, alternatives=alternatives)
        # "which themes deal with procurement?" asks for themes, not members.
        about_members = bool(words) and words[0] in _WHO_OR_WHICH and not people and not set(words) & THEME_WORDS
        field = (WORKS_WITH.search(text) or FIELD_PEOPLE.search(text)) if about_members else None
        part = self.filters.title_word([field.group(1)], strict=True) if field else None
        if field and part is not None and self.filters.is_field(part):
            # "hvem arbejder med udbud og indkøb?": the titles name each member's field of work;
            # "udbud og indkøb" is one field named twice, either part selects a member.
            more = ALTERNATIVE.match(text, field.end(1)) or _AND_ALTERNATIVE.match(text, field.end(1))
            alternative = self.filters.title_word([more.group(1)], strict=True) if more else None
            alternatives = [alternative] if alternative is not None and alternative != part else []
            return self.filters.title_part(part, mentions, words, lang, alternatives=alternatives)
        held = titles_held(self.render, self.filters, mentions, words, lang)
        if held is not None:
            return held
        asks = any(w in QUESTION_WORDS for w in words)
        peers = (
            earlier_of(self.render, mentions, words, lang)
            or first_few(self.render, mentions, words, lang)
            # "apart from Pedersen, who else is a municipal chief executive?" names the title
            # asked about (``people_besides``), not a sameness to find.
            or (same_as(self.render, people, words, lang) if not any(m.kind == "title" for m in mentions) else None)
            or not_for_a_municipality(self.render, mentions, words, lang)
            or at_position(self.render, mentions, words, lang)
            or place_on_list(self.render, mentions, words, lang)
            or position_claim(self.render, mentions, words, lang)
            or list_line(self.render, mentions, words, lang)
            or neighbours(self.render, mentions, words, lang)
            or seat_apart(self.render, mentions, words, lang)
            or seats_besides(self.render, mentions, words, lang)
            or people_besides(self.render, mentions, words, lang)
            or place_and_chair(self.render, mentions, words, lang)
            or place_chairs(self.render, mentions, words, lang)
            or other_themes(self.render, mentions, words, lang)
        )
        if peers is not None:
            return peers
        claims = self._claims(mentions, words)
        word_set = set(words)
        titles_claimed = [c for c in claims if c.kind == "title"]
        people_named = list(dict.fromkeys(m.ids[0] for m in people if len(m.ids) == 1))
        if (
            len(people_named) >= 2
            and len(people) == len(people_named)
            and len(titles_claimed) == len(claims) == 1
            and not any(m.kind in ("municipality", "organisation") for m in mentions)
            # "Grønvall or Holte": the names themselves set against each other ("are both …,
            # or is there a difference?" claims a title of both).
            and (
                any(w in _ALTERNATIVES for w in words[people[0].end : people[-1].start])
                or _named_to_choose_among(people, words)
            )
            and (touches(word_set, WHICH_WORDS | _WHO_ASKS) or words[0] in CLAIM_OPENERS)
        ):
            # "which one is kommunaldirektør: Grønvall or Holte?", "is Grønvall or Holte the
            # kommunaldirektør?": who of them holds it, never a "Yes" because one of them does.
            return self._which_of_them_holds(people_named, titles_claimed[0], lang)
        if len(people) >= 2 and touches(word_set, DIFFERENT_WORDS) and not touches(word_set, SAME_WORDS):
            # "are Karm and Jensen from different municipalities?": "same" asked the other way.
            return self._compare(people, words, lang, different=True)
        if len(people) >= 2 and not claims and self._all_members_claimed(people, mentions, words):
            # "are Brøndum and Karm both in the group?": each of them is, not "the same" anything.
            profiles = " ".join(self.render.person(self.render.person_by_name[m.ids[0]], lang) for m in people)
            return verdict(True, profiles, lang, "fact:person:" + people[0].ids[0])
        if len(people) >= 2 and (
            touches(word_set, EXPLICIT_SAME_WORDS) or (not claims and touches(word_set, SAME_WORDS))
        ):
            # "Og Jacobsen er økonomidirektør samme sted?": the same place holds, the title claimed
            # of the one named just before it does not; "samme" alone got "Ja, samme kommune".
            title = next((m for m in mentions if m.kind == "title"), None)
            named_first = [m for m in people if title is not None and m.end <= title.start]
            subject = named_first[-1] if named_first and len(named_first[-1].ids) == 1 else None
            # "X er økonomidirektør": the title said of X, not one X is compared with.
            if (
                title is not None
                and subject is not None
                and set(words[subject.end : title.start]) <= _IS_A
                and subject.ids[0] not in title.ids
            ):
                profile = self.render.person(self.render.person_by_name[subject.ids[0]], lang)
                return verdict(False, profile, lang, "fact:person:" + subject.ids[0])
            return self._compare(people, words, lang)
        # "are both økonomidirektører, or is there a difference?" claims a title: checked below.
        contrasted = None if claims else side_by_side(self.render, people, words, lang)
        if contrasted is None and not people and not is_claim(words):
            # Municipalities are claims of a seat too; compared, they ask for their people.
            contrasted = seats_side_by_side(self.render, mentions, words, lang)
        if contrasted is not None:
            return contrasted
        if len(people) == 1 and not claims and not asks and touches(word_set, ONLY_WORDS | TITLE_WORDS):
            claims = self._own_title_claim(people[0], word_set, len(words))
        # "Does Signe say it will be exciting to help strengthen purchasing cooperation?" claims
        # what she said, for the quotes: "purchasing" is no title claimed of her.
        offered = [m for m in mentions if m.kind in ("municipality", "organisation")]
        if (
            len(people) == 1
            and len(people[0].ids) == 1
            and len({m.ids for m in offered}) >= 2
            and touches(word_set, _ALTERNATIVES)
            and len(people) + len(offered) == len(mentions)
        ):
            # "is Kim Herlev from Høje Taastrup or Fredensborg?" asks which, not whether: no "No".
            return self._which_seat_holds(people[0].ids[0], offered, lang)
        if (
            len(people_named) >= 2
            and len(people) == len(people_named)
            and len({m.ids for m in offered}) == 1
            and len(people) + len(offered) == len(mentions)
            and (
                (
                    (touches(word_set, _ALTERNATIVES) or _named_to_choose_among(people, words))
                    and (touches(word_set, WHICH_WORDS | _WHO_ASKS) or words[0] in CLAIM_OPENERS)
                )
                or (touches(word_set, WHICH_WORDS | _WHO_ASKS) and touches(word_set, _PART_OF))
            )
        ):
            # "Lars Holte or Lars Svenningsen, which one is from Nyborg?", "is Karm or Jensen from
            # Vejle?": the one of them that seat names, or neither and whom it does name; never a
            # "No" because one of them is not.
            return self._which_of_them_sits(people_named, offered[0], lang)
        if people and not asks and set(words) & _ALL_OF_THEM and excludes(words):
            # "er alle andre end Mandøe og Signe fra kommuner?": the claim is about everyone
            # else, never a verdict on the ones set apart.
            return self._all_but(people, words, lang)
        if (
            people
            and not asks
            and claims
            # "tell me more about the group he leads" asks; "fortæl om Karm, er han fra Vejle?" still claims.
            and not (words[0] in REQUEST_VERBS and CLAIM_OPENERS.isdisjoint(words[1:]))
            and not speakers.reports_speech(words)
            and not _attribute_asked(people, words)
        ):
            only = touches(word_set, ONLY_WORDS)
            contrasted = None if only else self._contrasted(people, claims, words, mentions, lang)
            if contrasted is not None:
                return contrasted
            denied = None if only else self._denial(words, mentions)
            affirmed = [c for c in claims if c.end <= _first_negation(words)]
            if denied is not None and self._any_fails(people, affirmed):
                # "so Mandøe works for Aarhus, not for a municipality?": what is affirmed before
                # the negation is false, so the whole claim is, whatever the denial says.
                return self._check(people, affirmed, words, lang)
            if denied is not None:
                # "Karm er ikke fra Vejle?": the claim without its "ikke" is checked, then turned.
                plain_mentions, plain = denied
                plain_people = [m for m in plain_mentions if m.kind == "person"]
                return self._check(plain_people, self._claims(plain_mentions, plain), plain, lang, negated=True)
            # "er Karm borgmester eller direktør?" asks which of the two, not whether both.
            either = len(claims) > 1 and any(
                w in _ALTERNATIVES for w in words[min(c.start for c in claims) : max(c.end for c in claims)]
            )
            unchecked = either or self._unchecked(words, mentions) or self._head_unknown(claims, mentions)
            return self._check(people, claims, words, lang, unchecked, only=only)
        if len(people) >= 2 and asks and any(w in CHAIR_TITLE for w in words):
            # "hvem er formand, Kim Herlev eller Bjarne Pedersen?"
            return self._which_chairs(people, lang)
        seats_named = [m for m in mentions if m.kind in ("municipality", "organisation")]
        set_against = asks or touches(word_set, _ALTERNATIVES)
        distinct_seats = {m.ids for m in seats_named}
        if len(distinct_seats) >= 2 and not people and set_against and word_set & GROUP_CHAIR_WORDS:
            # "KL vs SKI – which one has the chair?", "Aarhus eller Aalborg, hvem har formanden?"
            return self._which_seat_chairs(seats_named, lang)
        if len(distinct_seats) == 1 and len(mentions) == 1 and self._chair_placed(mentions[0], words, asked=asked):
            # "det er vel Vejle der har formanden?", "is the chair from Vejle?": the seat named holds
            # the chair, or does not.
            holds_chair = any(seat.chair for seat in self._seats_of(seats_named))
            return verdict(holds_chair, self.render.chair(lang), lang, "chair", citation=MEMBERS)
        if (
            len(distinct_seats) == 1
            and len(mentions) == 1
            and self._chair_placed(mentions[0], words, asked=asked, more=self._outside_jobs | _SOME)
            and not any(seat.chair for seat in self._seats_of(seats_named))
        ):
            # "so the chair is some mayor from aarhus": more is claimed of the chair than the
            # place, so only a chair from elsewhere settles it: "No" and who chairs.
            return verdict(False, self.render.chair(lang), lang, "chair", citation=MEMBERS)
        titles_named = [m for m in mentions if m.kind == "title"]
        # "Did SKI's director say that … no longer …?" is about what was said, for the quotes:
        # its title and its "no" filter nobody.
        reports = speakers.reports_speech(words)
        if len(titles_named) == 1 and not people and not seats_named and is_claim(words):
            chaired = self._chair_claim(titles_named[0], words, mentions, lang)
            if chaired is not None:
                return chaired
        if len({m.ids for m in titles_named}) == 1 and not people and not seats_named:
            counted = self._holder_count_claim(titles_named[0], words, mentions, lang)
            if counted is not None:
                return counted
            all_hold = self._all_hold_claim(titles_named[0], words, mentions, lang)
            if all_hold is not None:
                return all_hold
        if len({m.ids for m in seats_named}) == 1 and not people and not titles_named:
            only_theirs = self._only_one_seat_claim(words, mentions, lang)
            if only_theirs is not None:
                return only_theirs
        if (
            len({m.ids for m in seats_named}) == 1
            and not people
            and not titles_named
            and word_set & _LED_VERBS
            and word_set & GROUP_WORDS
            and (is_claim(words, asked=asked) or words[0] in CLAIM_OPENERS)
            and not word_set & NEGATION_WORDS
        ):
            # "is the group led by SKI?": whether that seat holds the chair, whatever else the
            # answer that names SKI says.
            led = all(seat.chair for seat in self._seats_of(seats_named)) and bool(self._seats_of(seats_named))
            if led and self._kind_not_the_chairs(words):
                # "chaired by KL's CEO?": KL holds the chair, but not through a CEO.
                return FactReply(self.render.chair(lang), "answer", 100, "chair", MEMBERS, settled=True)
            return verdict(led, self.render.chair(lang), lang, "chair")
        stated = not any(w in QUESTION_WORDS for w in words)
        if not mentions and (stated or is_claim(words, asked=asked)):
            # "the group has 10 people, right?": the group's size, in seats or in people listed.
            size = self._group_size_claim(words, lang)
            if size is not None:
                return size
        if seats_named and not people and not titles_named and (stated or is_claim(words, asked=asked)):
            # "der er 3 fra viborg i gruppen": a number of people stated is put up to be checked,
            # "?" or not; a question would ask "how many".
            headcount = self._headcount_claim(seats_named, words, lang)
            if headcount is not None:
                return headcount
        if (
            seats_named
            and not people
            and not titles_named
            and (is_claim(words, asked=asked) or _both_in(words, mentions))
        ):
            seats = self._seats_of(seats_named)
            inside = {i for m in mentions for i in range(m.start, m.end)}
            # "ikke" is a tag only at the end ("…, ikke?"); before it, it turns the claim around.
            tag = tag_start(words)
            rest = {
                w
                for i, w in enumerate(words)
                if i not in inside and w not in STOPWORDS | CLAIM_OPENERS and not (w in CLAIM_TAGS and i >= tag)
            }
            # "Krageby Kommune er med": "kommune" right after a town's name is part of the name;
            # anywhere else it claims that what is named is a municipality ("SKI er en kommune?").
            towns_end = {m.end for m in seats_named if m.kind == "municipality"}
            rest -= {w for i, w in enumerate(words) if w in _KOMMUNE and i in towns_end}
            if (
                rest & (_KOMMUNE | MUNICIPALITIES_AT_LARGE)
                and rest <= _KOMMUNE | _MERELY | AMONG_WORDS | MUNICIPALITIES_AT_LARGE
                and all(m.kind == "organisation" for m in seats_named)
                and len(seats) == len(seats_named)
            ):
                return verdict(False, " ".join(self._seat_text(s, lang) for s in seats), lang, "fact:seat")
            outside_jobs = {w for w in rest if w in OUTSIDE_JOBS} - self._title_words
            if len(seats) == len(seats_named) and outside_jobs and not self._unchecked(words, mentions):
                # "Fredensborg er repræsenteret ved sin borgmester?": no member holds that job.
                return verdict(False, " ".join(self._seat_text(s, lang) for s in seats), lang, "fact:seat")
            if not rest and 0 < tag <= len(words) and words[tag - 1] in _IN_THE_GROUP and tag - 1 not in inside:
                # "Aalborg og Aarhus er med, ikk?", "… are in, right?": the small word that ends
                # the claim is the claim ("is Aalborg in Jutland?" puts it somewhere else).
                rest = {words[tag - 1]}
            stranger = any(m.kind == "unknown_person" for m in mentions)
            facts = " ".join(self._seat_text(s, lang) for s in seats)
            # "SKI is part of KL": a relation between the places, not both in the group.
            listed = _only_joined(words, seats_named)
            # "is Vejle among the municipalities?": a municipality among them is in the group.
            towns_only = all(m.kind == "municipality" for m in seats_named)
            among_towns = MUNICIPALITIES_AT_LARGE if rest & AMONG_WORDS and towns_only else frozenset()
            if len(seats) == len(seats_named) and rest and rest <= _MEMBERSHIP | among_towns and listed:
                # "stemmer det at SKI er med i gruppen?" - a place outside it is the facts' "Nej";
                # "Jakob Bundsgaard sits for Aarhus, right?" - someone the facts do not know does not.
                return verdict(not stranger, facts, lang, "fact:seat")
            if len(seats_named) >= 2 and rest and rest <= _MEMBERSHIP | _BOTH and listed and not stranger:
                # "er både SKI og KL repræsenteret?", "er både Odense og Vejle med?": every one of
                # them is in the group, or the claim fails on the ones that are not.
                return self._all_represented(seats_named, seats, lang)
            # "Så Hjørring er ikke med i styregruppen?"
            turned = bool(rest & PLAIN_NEGATIONS) and rest - PLAIN_NEGATIONS <= _MEMBERSHIP
            if len(seats) == len(seats_named) and turned and listed and self._denial(words, mentions) is not None:
                return negated_verdict(stranger, facts, lang, "fact:seat")
        towns = [m for m in seats_named if m.kind == "municipality"]
        # "er Viborg og Aalborg repræsenteret af samme person?"; a town outside the group
        # ("Aalborg vs Brøndby") has no one to compare.
        compared = touches(word_set, _SAMENESS) and not people and not titles_named
        if len(towns) >= 2 and compared and len(self._seats_of(towns)) == len(towns):
            return self._compare_places(towns, words, lang)
        if (
            seats_named
            and titles_named
            and not people
            # "aalborgs kommunaldirektør sidder med?": a statement with a "?" is put up too.
            and (is_claim(words, asked=asked) or touches(word_set, SAME_WORDS))
            # "Did SKI's managing director say that 90 municipalities …?" claims what was said,
            # and a figure, beside the title: more than a title check can confirm.
            and not (self._unchecked(words, mentions) or reports)
            and self._only_seat_and_title_said(words, mentions)
        ):
            # "are both Aalborg and Hjørring represented by a kommunaldirektør?"
            everyone = touches(word_set, UNIVERSAL_WORDS)
            return self.filters.places_hold_title(seats_named, titles_named[0], lang, everyone=everyone)
        if (
            seats_named
            and titles_named
            and not people
            and not reports
            and is_claim(words)
            # not "Isn't it true that …?", which puts the claim up as it stands
            and any(w in NEGATION_WORDS for w in words[1:])
            and words[0] not in NEGATION_WORDS
            and not any(m.kind == "unknown_person" for m in mentions)
            and not any(w.isdigit() or w in MONTHS or w in EARLIER_WORDS or w in ORGANS for w in words)
        ):
            # "det er vel ikke Aarhus der har en indkøbschef med?" is a claim about Aarhus turned
            # round ("er det ikke Aarhus der …?" one put up), not the title's holders outside Aarhus.
            denial = min(i for i, w in enumerate(words) if w in NEGATION_WORDS and i)
            if denial > titles_named[0].start:
                # "Holbæk sender en afdelingsleder og ikke en direktør": the "ikke" after the title
                # denies another title; the claim holds only if no one there holds that one either.
                return self._sends_not_another(seats_named, titles_named[0], words[denial + 1 :], lang)
            turned = turned_around(words)
            return self.filters.places_hold_title(seats_named, titles_named[0], lang, turned=turned)
        titles = [m for m in mentions if m.kind == "title"]
        places = [m for m in mentions if m.kind in ("municipality", "organisation")]
        # "Why did Holbæk send an afdelingsleder rather than its kommunaldirektør?" asks for a
        # reason, which no filter gives; "someone other than a kommunaldirektør" filters.
        why = any(QUESTION_TYPES.get(w) == "why" for w in words)
        if (
            titles
            and not people
            and not reports
            and (self._denied_near(words, titles[0].start, titles[0].end) or (sets_apart(words) and not why))
        ):
            inside = {i for m in titles for i in range(m.start, m.end)}
            kinds = [w for i, w in enumerate(words) if i not in inside and w in self.filters.title_parts]
            part = self.filters.title_word(kinds, strict=True)
            if part is not None:
                # "hvem er direktør men ikke kommunaldirektør?"
                return self.filters.title_part(part, mentions, words, lang)
            # "den anden fra Viborg, udover kommunaldirektøren": the title is what is set apart.
            title_apart = any(0 <= titles[0].start - end <= 1 for end in exclusion_ends(words))
            return self.filters.not_holding(titles[0], places, words, lang, title_apart=title_apart)
        themes = [m for m in mentions if m.kind == "theme"]
        contrasted = (
            self._themes_in_order(themes, mentions, words, lang)
            or themes_side_by_side(self.render, mentions, words, lang)
            or self._theme_beside(themes, mentions, words, lang)
        )
        if contrasted is not None:
            return contrasted
        chosen = self._theme_about(themes, mentions, words, lang) or self._themes_claim(themes, mentions, words, lang)
        if chosen is not None:
            return chosen
        if len(themes) == 1 and not asks and len(mentions) == 1:
            return self._theme_claim(int(themes[0].ids[0]), words, lang, asked=asked)
        if not mentions and set(words) & _ALL_OF_THEM and (is_claim(words, asked=asked) or words[0] in CLAIM_OPENERS):
            # "er alle i gruppen direktører?": every member's title, against the kind of job claimed.
            of_a_kind = self._all_of_a_kind(words, lang)
            if of_a_kind is not None:
                return of_a_kind
        if len(mentions) == 1 and titles and (is_claim(words, asked=asked) or words[0] in CLAIM_OPENERS):
            one_title = self._only_one_title(titles[0], words, lang)
            if one_title is not None:
                return one_title
        if not mentions and any(w in NEGATION_WORDS for w in words):
            # Only a word that names a kind of job ("director", "chef") makes this a title filter,
            # and only a "not" near it, or "except" anywhere, denies it.
            apart = sets_apart(words)
            parts = self.filters.title_parts
            kinds = [w for i, w in enumerate(words) if w in parts and (apart or self._denied_near(words, i, i + 1))]
            part = self.filters.title_word(kinds, strict=True)
            if part is not None:
                # "who in the group is not a director of some kind?"
                return self.filters.title_part(part, mentions, words, lang, negated=True)
        named = [m for m in mentions if m.kind in ("person", "municipality", "organisation")]
        if not mentions and _whose_title_unsaid(words):
            # "what exactly is the job title there?": a member's title, the member not named.
            return FactReply(CLARIFY.get(lang), "fallback", 0, CLARIFY_SOURCE, MEMBERS)
        if self._dangling_pronoun(words, lang) and (not named or (not people and is_claim(words))):
            # "hvor kommer han fra?", "er hun fra Krageby?": whom the pronoun means is unknown.
            return FactReply(CLARIFY.get(lang), "fallback", 0, CLARIFY_SOURCE, MEMBERS)
        return None

    # -- claims -------------------------------------------------------------------------

    def _claims(self, mentions: Sequence[Mention], words: Sequence[str]) -> list[_Claim]:
        headed = {m.start: self._head_span(m, words) for m in mentions if m.kind == "organisation"}
        headed |= {
            m.start: span for m in mentions if m.kind == "municipality" and (span := self._town_head_span(m, words))
        }
        claims = [
            _Claim("head" if m.kind == "organisation" else "town_head", m.ids[0], *span)
            if (span := headed.get(m.start))
            else _Claim(m.kind, m.ids[0] if m.kind != "title" else "|".join(m.ids), m.start, m.end)
            for m in mentions
            if m.kind in ("municipality", "organisation", "title")
        ]
        # "formand" claims the chair; "leads"/"leder" only about the group ("X leder styregruppen").
        about_group = any(w in GROUP_WORDS for w in words)
        chair_words = CHAIR_WORDS if about_group else CHAIR_TITLE
        # "the only department head in the group": "head" inside a title is no chair.
        in_titles = {i for m in mentions if m.kind == "title" for i in range(m.start, m.end)}
        # "er Mandøe formand for KL?": the chair of an organisation (its board), not of the group.
        boards = {
            of - 1: m
            for m in mentions
            if m.kind == "organisation"
            and (of := _before_the_whole(words, m.start)) >= 1
            and words[of] in _OF_AN_ORGANISATION
            and words[of - 1] in chair_words
        }
        chaired = {m.start for m in boards.values()}
        claims = [c for c in claims if not (c.kind == "organisation" and c.start in chaired)]
        claims += [_Claim("board", m.ids[0], i, m.end) for i, m in boards.items()]
        # "sidder hun i KL's bestyrelse?", "is he on the board of SKI?": a body within the
        # organisation, whose members the article never names; sitting for it is no seat on it.
        organs = {m.start for m in mentions if m.kind == "organisation" and _organ_of(m, words)}
        claims = [replace(c, kind="organ") if c.kind == "organisation" and c.start in organs else c for c in claims]
        claims += [
            _Claim("deputy" if i and words[i - 1] in DEPUTY_WORDS else "chair", "", i, i + 1)
            for i, w in enumerate(words)
            if w in chair_words and i not in in_titles and i not in boards
        ]
        # "er Mandøe næstformand?": the article names a chair and no deputy, so no one holds it.
        claims += [_Claim("deputy", "", i, i + 1) for i, w in enumerate(words) if w in DEPUTY_CHAIRS]
        # "is Kim Herlev the mayor there?": an elected office, which no member's title is. Only
        # after the person: "borgmesteren vil skrive, at Mandøe er formand" claims no office;
        # right before the name it is the person's title ("repræsenteret ved borgmester Lau …").
        named_at = min((m.start for m in mentions if m.kind == "person"), default=0)
        titled = {m.start - 1 for m in mentions if m.kind == "person" and m.start}
        claims += [
            _Claim("office", w, i, i + 1)
            for i, w in enumerate(words)
            if (i > named_at or i in titled) and w in self._outside_jobs
        ]
        if not any(m.kind == "municipality" for m in mentions):
            # "er Mandøe fra en kommune?": some municipality, as against KL or SKI.
            claims += [
                _Claim("municipal", "", i, i + 1)
                for i, w in enumerate(words)
                if (w in _A_MUNICIPALITY and i and words[i - 1] in _SOME)
                # "er Mandøe fra kommunerne?": one of the municipalities, as against KL or SKI.
                # "the" only after "from": "credits the municipalities" places no one.
                or (w in MUNICIPALITIES_AT_LARGE and i and words[i - 1] in _FROM_THE and _from_the(words, i - 1))
            ]
        if not about_group:
            # "er Karm leder i Vejle?", "is Roslev an economist?": a kind of job claims a part of
            # the title, held by those whose title has it ("head of the group" is the chair).
            inside = {i for m in mentions for i in range(m.start, m.end)}
            inside |= {i for span in headed.values() if span for i in range(*span)}
            claims += [
                _Claim("title", self._part_holders(w, words[i - 1] if i else ""), i, i + 1)
                for i, w in enumerate(words)
                if i not in inside and w in self.filters.title_parts and w not in chair_words
            ]
        return claims

    def _part_holders(self, part: str, before: str) -> str:
        """Who holds a kind of job, as a claim's value. "IT-chef", "an IT manager": the field
        before it is part of the job claimed, and "it" is otherwise dropped as a pronoun, which
        left a bare "chef" that every "-chef" holds."""
        if before in _FIELD_PRONOUN:
            return ""
        return "|".join(p.name for p in self.filters.part_holders(part, whole=True))

    @staticmethod
    def _head_span(organisation: Mention, words: Sequence[str]) -> tuple[int, int] | None:
        """Where "the head of SKI", "SKI's boss", "SKI-chefen" claim the head of an organisation
        (not only a seat for it): the words from the head noun to the name, or back."""
        at, end = organisation.start, organisation.end
        if _head_noun_before(at, words):
            return at - 2, end
        # "hun leder (selv) SKI", "she runs SKI": the verb claims the head as much as the noun.
        verb_at = at - 2 if at >= 2 and words[at - 1] in _SELF else at - 1
        if verb_at >= 0 and words[verb_at] in HEAD_VERBS:
            return verb_at, end
        if end < len(words) and words[end] in HEAD_NOUNS:
            return at, end + 1
        return None

    def _town_head_span(self, place: Mention, words: Sequence[str]) -> tuple[int, int] | None:
        """Where "the boss of København" claims the head of a municipality: a head noun that is
        no part of any title ("chef for Vejle" is checked as the title part it is)."""
        at = place.start
        if not _head_noun_before(at, words) or words[at - 2] in self.filters.title_parts:
            return None
        return at - 2, place.end

    @staticmethod
    def _chair_placed(place: Mention, words: Sequence[str], *, asked: bool, more: frozenset[str] = frozenset()) -> bool:
        """ "formanden er fra Vejle, ikk?", "har Vejle formanden?": the chair claimed for one
        place and nothing else (nothing but ``more``)."""
        if not touches(set(words), CHAIR_TITLE) or not is_claim(words, asked=asked):
            return False
        if negated(list(words[: tag_start(words)])):
            return False
        return _claimed_beside([place], words) <= CHAIR_TITLE | _CHAIR_PLACED | more

    @staticmethod
    def _all_members_claimed(people: Sequence[Mention], mentions: Sequence[Mention], words: Sequence[str]) -> bool:
        """ "er X og Y begge med i styregruppen?": membership claimed of each member named,
        and nothing else; a negation ("not in the group") is left to the other checks."""
        if len(people) != len(mentions) or not is_claim(words) or negated(list(words[: tag_start(words)])):
            return False
        rest = _claimed_beside(mentions, words) - _JOINERS
        return bool(rest & (MEMBERSHIP_WORDS | GROUP_WORDS)) and rest <= MEMBERSHIP_WORDS | GROUP_WORDS | _BOTH

    def _head_unknown(self, claims: Sequence[_Claim], mentions: Sequence[Mention]) -> bool:
        """ "is Mandøe the head of KL?": the article does not say who heads KL, and Mandøe sits
        for it, so neither yes nor no; someone sitting for another organisation is not its head."""
        people = [self.render.person_by_name[m.ids[0]] for m in mentions if m.kind == "person" and len(m.ids) == 1]
        # Who chairs an organisation's board the facts never say: for those who sit for it, no verdict.
        return any(
            (c.kind == "board" or (c.kind == "head" and self.render.head_of(c.value) is None))
            and any(self.render.seat_of(p).organisation_id == c.value for p in people)
            for c in claims
        ) or any(
            # "is Grønvall the boss of København?": he sits for it, but who heads it is unsaid.
            c.kind == "town_head" and any(self._holds(p, replace(c, kind="municipality")) for p in people)
            for c in claims
        )

    def _holds(self, person: Person, claim: _Claim, *, only: bool = False) -> bool:
        """Whether ``person`` holds ``claim``; ``only``: and no one else does ("the only one
        from Viborg" is false where Viborg's seat names two)."""
        seat = self.render.seat_of(person)
        if claim.kind == "municipality":
            alone = len(seat.people) == 1 or not only
            return seat.municipality is not None and fold(seat.municipality) == fold(claim.value) and alone
        if claim.kind == "organisation":
            return seat.organisation_id == claim.value and (len(seat.people) == 1 or not only)
        if claim.kind == "title":
            holders = claim.value.split("|")
            return person.name in holders and (len(holders) == 1 or not only)
        if claim.kind == "municipal":
            return seat.municipality is not None
        if claim.kind == "head":
            return self.render.head_of(claim.value) == person
        # "office" (mayor, minister) and "deputy" are held by no member.
        return claim.kind == "chair" and seat.chair

    def _only_seat_and_title_said(self, words: Sequence[str], mentions: Sequence[Mention]) -> bool:
        """Whether a claim about the title a place sends says nothing else: "SKI's managing
        director was critical of the dissolved group" says more than that SKI sends one."""
        inside = {i for m in mentions for i in range(m.start, m.end)}
        tag = tag_start(words)
        rest = {
            w
            for i, w in enumerate(words)
            if i not in inside and w not in STOPWORDS | CLAIM_OPENERS and not (w in CLAIM_TAGS and i >= tag)
        }
        said = (
            MEMBERSHIP_WORDS
            | GROUP_WORDS
            | _KOMMUNE
            | _REPRESENTATION
            | _IN_THE_GROUP
            | _NEW
            | SAME_WORDS
            | UNIVERSAL_WORDS
            | _BOTH
            | _CONFIRMING
            | _SENDING
            | TITLE_WORDS  # "does the Holbæk representative have the title afdelingsleder?"
        )
        return all(w in said or meaning(w) in ("represent", "member", "group", "municipality") for w in rest)

    def _unchecked(self, words: Sequence[str], mentions: Sequence[Mention]) -> bool:
        """Whether the claim states a value no member check covers: a date or number ("chaired
        by … since 2015"), an earlier time ("var tidligere fra Vejle"), someone the facts do not
        know, or a negation ("ikke fra Vejle"). It gets the facts without a verdict, never a
        yes on half the claim."""
        if any(m.kind == "unknown_person" for m in mentions):
            return True
        inside = {i for m in mentions for i in range(m.start, m.end)}
        if negated([w for i, w in enumerate(words) if i not in inside]):
            return True
        for i, word in enumerate(words):
            if i in inside:
                continue
            if word.isdigit() or word in MONTHS or word in EARLIER_WORDS or word in ORGANS:
                return True  # "sidder Mandøe i KL's bestyrelse?": KL's board is not KL
            if word in _CHOSEN and set(words) & _CHOOSER:
                return True  # "Mandøe har udpeget sig selv som formand?": who chose is never said
            if meaning(word) == "old":
                return True  # "the old group was chaired by Mandøe?": the facts are the new group's
            if not self.knows(word):
                return True  # "kommunaldir": a claim half understood gets the facts, no verdict
        return False

    def _claimed_of(
        self, claim: _Claim, claims: list[_Claim], mentions: list[Mention], words: Sequence[str]
    ) -> list[Person]:
        """Whom one of several claims about several people is about: the one it stands right
        before ("kommunaldirektøren Lasse Jacobsen") or after in a relative clause ("…
        Christiansen, som er direktør for …"); the last one named before it when claims stand
        between the people ("Holte is from Nyborg and Svenningsen from Høje Taastrup"); else
        all of them ("Viborg er repræsenteret af både X og Y", "are X and Y both …")."""
        apposed = [m for m in mentions if m.start == claim.end]
        before = [m for m in mentions if m.end <= claim.start]
        # "Kim Herlev, Fredensborg, og Bjarne Pedersen, Rudersdal - begge kommunaldirektører?": a
        # place right after a name is that one's, even where the title is said of both.
        placed = claim.kind in ("municipality", "organisation") and bool(before)
        placed = placed and all(w in _PLACE_LINKS for w in words[before[-1].end : claim.start])
        if set(words) & _EACH_OF and not placed:
            # "are both of them from Vejle, Karm and Grønvall?": said of each one named.
            return [self.render.person_by_name[m.ids[0]] for m in mentions]
        if placed:
            return [self.render.person_by_name[before[-1].ids[0]]]
        related = bool(before) and all(w in RELATIVE_WORDS for w in words[before[-1].end : claim.start])
        # "are Grønvall and Pedersen municipal directors?": a claim right after names joined by
        # "and" is said of them all, not of the last alone.
        joined = len(before) > 1 and all(
            all(w in _JOINERS for w in words[a.end : b.start]) for a, b in pairwise(before)
        )
        if joined and before[-1].end == claim.start and not apposed:
            return [self.render.person_by_name[m.ids[0]] for m in before]
        between = any(mentions[0].end <= c.start and c.end <= mentions[-1].start for c in claims)
        chosen = apposed[:1] or (before[-1:] if between or related else []) or mentions
        return [self.render.person_by_name[m.ids[0]] for m in chosen]

    def _own_title_claim(self, person: Mention, word_set: set[str], at: int) -> list[_Claim]:
        """ "is he the only one with that title?": the claim is the member's own title, which
        "only" says no one else holds."""
        if not (touches(word_set, ONLY_WORDS) and touches(word_set, TITLE_WORDS)):
            return []
        title = self.render.person_by_name[person.ids[0]].title.da
        holders = [p.name for p in self.render.k.people if p.title.da == title]
        return [_Claim("title", "|".join(holders), at, at)]

    def _check(
        self,
        mentions: list[Mention],
        claims: list[_Claim],
        words: Sequence[str],
        lang: Lang,
        unchecked: bool = False,
        *,
        only: bool = False,
        negated: bool = False,
    ) -> FactReply:
        people = [self.render.person_by_name[m.ids[0]] for m in mentions]
        if len(people) == len(claims) > 1 and all(c.start >= mentions[-1].end for c in claims):
            # "Holte and Svenningsen are from Nyborg and Høje Taastrup": pairs, in order.
            pairs = list(zip(people, claims, strict=True))
        elif len(people) > 1:
            pairs = [(p, c) for c in claims for p in self._claimed_of(c, claims, mentions, words)]
        else:
            pairs = [(p, c) for p in people for c in claims]
        true = all(self._holds(p, c, only=only) for p, c in pairs)
        # "Mandøe is chief digital officer at KL?": "chief" is in his title, "officer" in no name
        # of it, so a title of another kind is claimed, which no check here covers.
        unchecked = unchecked or (
            true and (self._head_not_theirs(people, words) or self._field_not_theirs(people, words, claims))
        )
        profiles = " ".join(self.render.person(p, lang) for p in dict.fromkeys(people))
        if not true:
            # "Is Høje Taastrup represented by Kim Herlev?" - No, and who does represent it.
            # Only the seats the claim got wrong: "is Herlev the mayor of Fredensborg?" needs no
            # "Fredensborg is represented by Herlev" after his profile.
            seats = dict.fromkeys(
                c
                for p, c in pairs
                if c.kind in ("municipality", "organisation", "head", "town_head") and not self._holds(p, c, only=only)
            )
            profiles += "".join(" " + self._who_holds(c, lang) for c in seats)
        if only and not true:
            # "er han den eneste økonomi- og arbejdsmarkedsdirektør?" - No, and who else is one.
            named = {p.name for p in people}
            others = dict.fromkeys(
                n for _, c in pairs if c.kind == "title" for n in c.value.split("|") if n not in named
            )
            lines = "".join(f"\n• {self.render.brief(self.render.person_by_name[n], lang)}" for n in others)
            profiles += f"\n{ALSO_HELD.get(lang)}{lines}" if lines else ""
        if any(c.kind in ("chair", "deputy") for _, c in pairs) and not true:
            profiles = f"{self.render.chair(lang)} {profiles}"
        if any(c.kind == "deputy" for _, c in pairs):
            profiles = f"{NO_DEPUTY.get(lang)} {profiles}"
        for board in dict.fromkeys(c.value for _, c in pairs if c.kind == "board"):
            profiles += " " + say(BOARD_UNNAMED, lang, name=self.render.organisation(board).short)
        for organ in dict.fromkeys(c.value for _, c in pairs if c.kind == "organ"):
            profiles = say(ORGAN_UNNAMED, lang, name=self.render.organisation(organ).short) + " " + profiles
        if unchecked:
            return FactReply(profiles, "answer", 100, "fact:person:" + people[0].name, MEMBERS, settled=True)
        if negated:
            return negated_verdict(not true, profiles, lang, "fact:person:" + people[0].name)
        return verdict(true, profiles, lang, "fact:person:" + people[0].name)

    def _kind_not_the_chairs(self, words: Sequence[str]) -> bool:
        """Whether a claim about who chairs names a kind of job ("CEO", "director", "mayor")
        that the chair's title is not of."""
        chair = [p for seat in self.render.k.seats if seat.chair for p in seat.people]
        kinds = {fold(word): fold(kind) for word, kind in self.render.k.vocabulary.title_parts.items()}
        claimed = [w for w in words if w in kinds or w in _JOB_HEADS or w in self._outside_jobs]
        for person in chair:
            held = fold(f"{person.title.da} {person.title.en}")
            if any(w not in held.split() and kinds.get(w, w) not in held for w in claimed):
                return True
        return False

    def _field_not_theirs(self, people: Sequence[Person], words: Sequence[str], claims: Sequence[_Claim]) -> bool:
        """Whether the claim gives a title's head a field ("head of IT", "chef for jura") that no
        name of a named member's title has: "head" alone is in "head of tendering and
        procurement", but a head of something else is another job, which no check here covers."""
        names = self.render.k.vocabulary.title_names
        for i, word in enumerate(words[:-2]):
            if word not in self._title_heads or words[i + 1] not in _FIELD_OF:
                continue
            at = i + 3 if words[i + 2] in _ARTICLES and i + 3 < len(words) else i + 2
            if any(c.start <= at < max(c.end, c.start + 1) for c in claims):
                continue  # "the head of SKI", "finance director of Copenhagen": a seat, checked as one
            field = words[at]
            if field in _SEAT_NOUNS:
                # "the head of the group" is its chair, which the chair's check covers; "finance
                # director of the City of Copenhagen" names a seat.
                continue
            held = (set(fold(" ".join([p.title.da, p.title.en, *names.get(p.title.da, ())])).split()) for p in people)
            if any(field not in these for these in held):
                return True
        return False

    def _head_not_theirs(self, people: Sequence[Person], words: Sequence[str]) -> bool:
        """Whether the claim names a kind of job ("officer", "manager") that no name of a named
        member's title has."""
        heads = set(words) & _JOB_HEADS
        names = self.render.k.vocabulary.title_names
        return bool(heads) and any(
            heads - set(fold(" ".join([p.title.da, p.title.en, *names.get(p.title.da, ())])).split()) for p in people
        )

    def _contrasted(
        self,
        people: Sequence[Mention],
        claims: Sequence[_Claim],
        words: Sequence[str],
        mentions: Sequence[Mention],
        lang: Lang,
    ) -> FactReply | None:
        """ "Pedersen er økonomidirektør og ikke kommunaldirektør?": what one member's claim
        affirms must hold and what it denies must not (``bot.core.contrasts``)."""
        split = contrast(words, [(c.start, c.end) for c in claims])
        if split is None or len({m.ids[0] for m in people}) != 1:
            return None
        if self._checked_without(_first_negation(words), words, mentions) is None:
            return None
        person = self.render.person_by_name[people[0].ids[0]]
        missed = [claims[i] for i in split.affirmed if not self._holds(person, claims[i])]
        held = [claims[i] for i in split.denied if self._holds(person, claims[i])]
        profile = self.render.person(person, lang)
        # A seat affirmed wrongly is said with who does hold it, as in ``_check``; a seat
        # denied wrongly is the member's own, which the profile already says.
        seats = dict.fromkeys(c for c in missed if c.kind in ("municipality", "organisation", "head", "town_head"))
        profile += "".join(" " + self._who_holds(c, lang) for c in seats)
        return verdict(not (missed or held), profile, lang, "fact:person:" + person.name)

    def _any_fails(self, people: Sequence[Mention], claims: Sequence[_Claim]) -> bool:
        """Whether one of ``claims`` does not hold of a member named (each named by one name)."""
        named = [self.render.person_by_name[m.ids[0]] for m in people if len(m.ids) == 1]
        return bool(claims and named) and not all(self._holds(p, c) for p in named for c in claims)

    def _denial(self, words: Sequence[str], mentions: Sequence[Mention]) -> tuple[list[Mention], Sequence[str]] | None:
        """A claim negated by one plain "ikke"/"not" before any tag, that every check covers
        once the negation is taken out: the mentions and words of that plain claim; None
        when anything else in it is unchecked ("ikke længere", a year, a stranger)."""
        inside = {i for m in mentions for i in range(m.start, m.end)}
        at = [i for i, w in enumerate(words[: tag_start(words)]) if i not in inside and w in PLAIN_NEGATIONS]
        if len(at) != 1 or negated([w for i, w in enumerate(words) if i not in inside and i != at[0]]):
            return None
        if any(w in NEGATION_SCOPES for w in words):
            return None  # "ikke længere", "not only": the negation claims more than the opposite
        return self._checked_without(at[0], words, mentions)

    def _checked_without(
        self, cut: int, words: Sequence[str], mentions: Sequence[Mention]
    ) -> tuple[list[Mention], Sequence[str]] | None:
        """The mentions and words of a claim with its word at ``cut`` (a negation) taken out,
        when every check covers what is left; None when anything else in it is unchecked."""
        plain = [w for i, w in enumerate(words) if i != cut]
        moved = [replace(m, start=m.start - (m.start > cut), end=m.end - (m.end > cut)) for m in mentions]
        return None if self._unchecked(plain, moved) else (moved, plain)

    def _chair_claim(
        self, title: Mention, words: Sequence[str], mentions: Sequence[Mention], lang: Lang
    ) -> FactReply | None:
        """ "the group is chaired by one of the kommunaldirektører, right?": whether the chair
        holds the title named; no verdict when the claim says more than that."""
        if not any(w in CHAIR_WORDS | CHAIR_TITLE for w in words) or self._unchecked(words, mentions):
            return None
        chairs = [p.name for p in self.render.k.people if self.render.seat_of(p).chair]
        if not chairs:
            return None
        return verdict(all(name in title.ids for name in chairs), self.render.chair(lang), lang, "chair")

    def _holder_count_claim(
        self, title: Mention, words: Sequence[str], mentions: Sequence[Mention], lang: Lang
    ) -> FactReply | None:
        """ "er der 7 kommunaldirektører?", "there are six of them, right?": how many hold the
        title, against the one number claimed; no verdict when anything else is claimed."""
        there_are = len(words) > 2 and (words[0], words[1]) in _THERE_ARE
        if not (is_claim(words) or there_are):
            return None
        numbers = [q for q in quantities(" ".join(words), lang) if q.unit is None and q.value < _MAX_HEADCOUNT]
        if len(numbers) != 1 or any(_YEAR.fullmatch(w) for w in words):
            return None
        inside = {i for m in mentions for i in range(m.start, m.end)}
        numbered = {i for i, w in enumerate(words) if w.isdigit() or w in number_words(lang)}
        rest = [w for i, w in enumerate(words) if i not in inside | numbered]
        if negated(words) or not all(w in _HOLDER_COUNT_WORDS or w in STOPWORDS for w in rest):
            return None
        holders, facts = self._title_holders(title, lang)
        return verdict(len(holders) == numbers[0].value, facts, lang, "fact:count:title")

    def _title_holders(self, title: Mention, lang: Lang) -> tuple[list[Person], str]:
        """The members holding ``title``, and the facts that list them under their count."""
        holders = [self.render.person_by_name[name] for name in title.ids]
        label = self.render.title_label(holders[0], lang)
        lines = self.render.bullets(holders, lang)
        return holders, say(HOLDERS, lang, count=len(holders), title=label) + "\n" + lines

    def _all_hold_claim(
        self, title: Mention, words: Sequence[str], mentions: Sequence[Mention], lang: Lang
    ) -> FactReply | None:
        """ "Er det rigtigt, at alle medlemmerne er kommunaldirektører?": every member holding the
        title, against how many do; nothing else may be claimed beside it."""
        if not (set(words) & _ALL_OF_THEM and (is_claim(words) or words[0] in CLAIM_OPENERS)):
            return None
        if set(words) & _THEY:
            return None  # "er de alle kommunaldirektører?": "they" are some listed before, not the group
        inside = {i for m in mentions for i in range(m.start, m.end)}
        if negated(words) or any(w not in _EVERYONE_FRAME for i, w in enumerate(words) if i not in inside):
            return None
        holders, facts = self._title_holders(title, lang)
        return verdict(len(holders) == len(self.render.k.people), facts, lang, "fact:count:title")

    def _only_one_seat_claim(self, words: Sequence[str], mentions: Sequence[Mention], lang: Lang) -> FactReply | None:
        """ "Styregruppen består kun af folk fra KL, ikke?", "are all the members from SKI?": the
        whole group from one seat, against how the group is made up; nothing else may be claimed."""
        quantified = {
            w for i, w in enumerate(words) if w in _ALL_OF_THEM | _ONLY_OF and not (i and words[i - 1] == "at")
        }
        if not quantified or not (is_claim(words) or words[0] in CLAIM_OPENERS):
            return None  # "why is SKI on the group at all?": "at all" stresses, it quantifies nothing
        if set(words) & _THEY or negated(words):
            return None  # "er de alle fra Viborg?": "they" are some listed before, not the group
        inside = {i for m in mentions for i in range(m.start, m.end)}
        if any(w not in _EVERYONE_FRAME | _ONLY_OF | _MADE_OF for i, w in enumerate(words) if i not in inside):
            return None
        return verdict(len(self.render.k.seats) == 1, self.render.member_count(lang), lang, "fact:member-count")

    def _group_size_claim(self, words: Sequence[str], lang: Lang) -> FactReply | None:
        if not set(words) & GROUP_WORDS or negated(words) or any(meaning(w) == "old" for w in words):
            return None  # "the old group had 10 members?" is no claim about this group's size
        if any(a.isdigit() and b in _PART_OF for a, b in pairwise(words)) or set(words) & MUNICIPALITIES_AT_LARGE:
            return None  # "12 af medlemmerne er fra kommuner": a part of the group, not its size
        counted = [q for q in quantities(" ".join(words), lang) if q.unit is None and q.nouns & _HEADCOUNT_NOUNS]
        if len(counted) != 1 or counted[0].bound is not None or counted[0].value >= _MAX_HEADCOUNT:
            return None
        seats = len(self.render.k.seats)
        people = sum(len(seat.people) for seat in self.render.k.seats)
        true = counted[0].value in (seats, people)
        return verdict(true, self.render.member_count(lang), lang, "fact:member-count")

    def _all_but(self, people: list[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
        """Whether every member but those named holds the kind of seat ("fra kommuner") or the
        kind of title claimed; no verdict when the claim is anything else."""
        start = min(exclusion_ends(words))
        if any(m.start < start - 2 or len(m.ids) != 1 for m in people):
            return None  # a name before "other than" is what the claim is about, not set apart
        apart = {m.ids[0] for m in people}
        others = [p for p in self.render.k.people if p.name not in apart]
        inside = {i for m in people for i in range(m.start, m.end)}
        rest = [w for i, w in enumerate(words) if i not in inside]
        parts = [w for w in rest if w in self.filters.title_parts]
        if touches(set(rest), MUNICIPALITIES_AT_LARGE) and not parts:
            failing = [p for p in others if not self.render.seat_of(p).municipality]
        elif len(parts) == 1:
            holders = self.filters.part_holders(parts[0])
            failing = [p for p in others if p not in holders]
        else:
            return None
        shown = failing or others
        lines = self.render.bullets(shown, lang)
        head = say(ALL_BUT_HOLD if not failing else NOT_ALL_BUT_HOLD, lang, count=len(failing), total=len(others))
        return verdict(not failing, f"{head}\n{lines}", lang, "fact:peers")

    def _only_one_title(self, title: Mention, words: Sequence[str], lang: Lang) -> FactReply | None:
        """ "Styregruppen består jo kun af kommunaldirektører, ikke?": whether every member holds
        the title, with those who hold another; None unless the rest says only that."""
        rest = [w for i, w in enumerate(words) if not title.start <= i < title.end]
        if not touches(set(rest), ONLY_WORDS) or any(w not in _ONLY_FRAME for w in rest):
            return None
        return self._every_member_holds([p for p in self.render.k.people if p.name in title.ids], lang)

    def _all_of_a_kind(self, words: Sequence[str], lang: Lang) -> FactReply | None:
        parts = [w for w in words if w in self.filters.title_parts]
        if set(words) & _THEY:
            return None
        if len(parts) != 1 or negated(words) or any(w not in _EVERYONE_FRAME for w in words if w not in parts):
            return None
        return self._every_member_holds(self.filters.part_holders(parts[0]), lang)

    def _every_member_holds(self, holders: Sequence[Person], lang: Lang) -> FactReply:
        """Whether every member is among ``holders``: "Nej" with those who are not, or "Ja"
        with all of them."""
        others = [p for p in self.render.k.people if p not in holders]
        lines = self.render.bullets(others or holders, lang)
        head = say(ALL_HOLD if not others else NOT_ALL_HOLD, lang, count=len(others))
        return verdict(not others, f"{head}\n{lines}", lang, "fact:title-part")

    def _theme_beside(
        self, themes: list[Mention], mentions: Sequence[Mention], words: Sequence[str], lang: Lang
    ) -> FactReply | None:
        """ "hvilket tema kommer efter tema 3?", "what comes after professional purchasing
        behaviour?": a theme named by number, or by two words of one theme's subject."""
        return theme_named_beside(self.render, self.topic_theme, themes, mentions, words, lang)

    def _themes_in_order(
        self, themes: list[Mention], mentions: Sequence[Mention], words: Sequence[str], lang: Lang
    ) -> FactReply | None:
        """Themes named by number or, on a question about the themes, by a topic word ("which
        comes earlier in the list of themes: digital support or services?"), in the fact box's order."""
        if len(themes) != len(mentions):
            return None
        # "which theme comes first, theme 2 or theme 4?": "theme … first" names no third theme.
        ordered = [m for m in themes if not touches(set(words[m.start : m.end]), EARLIER | LATER)]
        themes = ordered if len(ordered) >= 2 else themes
        found = [(m.start, m.end, int(m.ids[0])) for m in themes]
        if touches(set(words), THEME_WORDS):
            inside = {i for m in mentions for i in range(m.start, m.end)}
            found += [(i, i + 1, n) for i, w in enumerate(words) if i not in inside and (n := self.topic_theme(w))]
        found.sort()
        numbers = list(dict.fromkeys(n for _, _, n in found))
        spans = [next((a, b) for a, b, m in found if m == n) for n in numbers]
        return earlier_theme(self.render, numbers, spans, words, lang)

    def _theme_about(
        self, themes: list[Mention], mentions: Sequence[Mention], words: Sequence[str], lang: Lang
    ) -> FactReply | None:
        """ "Between theme 2 and theme 3, which one is about behaviour?": of the themes named,
        the one a topic word names; "neither" and the theme that is, when none of them is."""
        if not touches(set(words), WHICH_WORDS):
            return None
        named, about = self._themes_and_topic(themes, mentions, words)
        if len(named) < 2 or len(about) != 1:
            return None
        number = next(iter(about))
        text = self.render.theme(number, lang)[0]
        head = "" if number in named else NEITHER_CHAIRS.get(lang)
        return FactReply(head + text, "answer", 100, f"fact:theme:{number}", FACTS_BOX)

    def _themes_claim(
        self, themes: list[Mention], mentions: Sequence[Mention], words: Sequence[str], lang: Lang
    ) -> FactReply | None:
        """ "Tema 1 og tema 2 handler begge om samarbejde?": one verdict on all the themes named,
        yes only when the topic names every one of them."""
        if not (is_claim(words) or any(w in _ABOUT_VERBS for w in words)) or touches(set(words), WHICH_WORDS):
            return None
        named, about = self._themes_and_topic(themes, mentions, words)
        if len(named) < 2 or not about:
            return None
        text = " ".join(self.render.theme(n, lang)[0] for n in named)
        if turned_around(words):
            return negated_verdict(not set(named) <= about, text, lang, "fact:themes", citation=FACTS_BOX)
        return verdict(set(named) <= about, text, lang, "fact:themes", citation=FACTS_BOX)

    def _which_chairs(self, mentions: list[Mention], lang: Lang) -> FactReply:
        people = list(dict.fromkeys(self.render.person_by_name[m.ids[0]] for m in mentions))
        chairs = [p for p in people if self.render.seat_of(p).chair]
        head = "" if chairs else NEITHER_CHAIRS.get(lang)
        lines = self.render.bullets(people, lang)
        return FactReply(f"{head}{self.render.chair(lang)}\n{lines}", "answer", 100, "chair", MEMBERS)

    def _themes_and_topic(
        self, themes: list[Mention], mentions: Sequence[Mention], words: Sequence[str]
    ) -> tuple[list[int], set[int]]:
        """The themes a question names (none when it names anything else too), and the themes
        its other words are about."""
        if len(themes) != len(mentions):
            return [], set()
        named = list(dict.fromkeys(int(m.ids[0]) for m in themes))
        inside = {i for m in mentions for i in range(m.start, m.end)}
        about = {n for i, w in enumerate(words) if i not in inside and (n := self.topic_theme(w)) is not None}
        return named, about

    def _which_seat_holds(self, name: str, places: list[Mention], lang: Lang) -> FactReply:
        seats = self._seats_of(places)
        person = self.render.person_by_name[name]
        seat = self.render.seat_of(person)
        head = "" if seat in seats else NEITHER_OF_THEM.get(lang)
        return FactReply(f"{head}{self._seat_text(seat, lang)}", "answer", 100, "fact:seat", MEMBERS)

    def _which_of_them_sits(self, names: list[str], place: Mention, lang: Lang) -> FactReply | None:
        seats = self._seats_of([place])
        if not seats:
            return None
        holders = [name for name in names if self.render.person_by_name[name] in seats[0].people]
        head = "" if holders else NEITHER_OF_THEM.get(lang)
        return FactReply(f"{head}{self._seat_text(seats[0], lang)}", "answer", 100, "fact:seat", MEMBERS)

    def _which_of_them_holds(self, names: list[str], title: _Claim, lang: Lang) -> FactReply:
        holders = [name for name in names if name in title.value.split("|")]
        ordered = [*holders, *(name for name in names if name not in holders)]
        if len(holders) == len(names):
            head = (BOTH_OF_THEM if len(names) == 2 else EVERY_ONE_OF_THEM).get(lang)
        else:
            head = "" if holders else NEITHER_OF_THEM.get(lang)
        profiles = " ".join(self.render.person(self.render.person_by_name[name], lang) for name in ordered)
        return FactReply(f"{head}{profiles}", "answer", 100, "fact:person:" + ordered[0], MEMBERS)

    def _which_seat_chairs(self, places: list[Mention], lang: Lang) -> FactReply:
        chaired = any(seat.chair for seat in self._seats_of(places))
        head = "" if chaired else NEITHER_CHAIRS.get(lang)
        return FactReply(f"{head}{self.render.chair(lang)}", "answer", 100, "chair", MEMBERS)

    def _who_holds(self, claim: _Claim, lang: Lang) -> str:
        if claim.kind == "head":
            return self.render.organisation_head(claim.value, lang)[0]
        if claim.kind == "organisation":
            return self.render.organisation_seat(claim.value, lang)
        return self.render.municipality(claim.value, lang)[0]

    def _headcount_claim(self, places: list[Mention], words: Sequence[str], lang: Lang) -> FactReply | None:
        """ "Viborg har to repræsentanter, ikk?": the people a seat names, counted."""
        counted = [q.value for q in quantities(" ".join(words), lang) if q.nouns & _HEADCOUNT_NOUNS]
        # "Viborg har 2 med": a count of the people a place has along, with no noun.
        cardinals = cardinal_words()
        counted += [
            float(w) if w.isdigit() else float(cardinals[w])
            for w, after in pairwise(words)
            if after in _HEADCOUNT_AFTER and (w.isdigit() or w in cardinals) and float(cardinals.get(w, w)) < _FEW
        ]
        seats = self._seats_of(places)
        several = bool(set(words) & _SEVERAL) and any(meaning(w) in _HEADCOUNT_NOUNS for w in words)
        if not (counted or several) or len(seats) < len(places):
            return None
        # "more than one member", "flere repræsentanter": a bound, not a number of people.
        more = several or bool(set(words) & _MORE)
        fewer = bool(set(words) & _FEWER)
        value = counted[0] if counted else 1

        def holds(size: int) -> bool:
            return size > value if more else size < value if fewer else size == value

        true = all(holds(len(seat.people)) for seat in seats)
        # "der sidder tre fra Viborg, ikk?" - "Nej. Viborg Kommune har 2 i styregruppen. …": the number first.
        counts = " ".join(say(SEAT_HEADCOUNT, lang, place=s.organisation, count=len(s.people)) for s in seats)
        facts = " ".join(self._seat_text(s, lang) for s in seats)
        return verdict(true, f"{counts} {facts}", lang, "fact:seat-headcount")

    def _seat_text(self, seat: Seat, lang: Lang) -> str:
        if seat.municipality:
            return self.render.municipality(seat.municipality, lang)[0]
        return self.render.organisation_seat(seat.organisation_id or "", lang)

    def _all_represented(self, places: Sequence[Mention], seats: list[Seat], lang: Lang) -> FactReply:
        inside = {fold(s.municipality or s.organisation_id or "") for s in seats}
        outside = [m for m in places if fold(m.ids[0]) not in inside]
        texts = [self._seat_text(s, lang) for s in seats]
        for place in outside:
            text, _ = self.render.municipality(place.ids[0], lang)
            # Its own "Nej, …" is the verdict's, said once at the start.
            texts.append(_NO_OPENING.sub("", text)[:1].upper() + _NO_OPENING.sub("", text)[1:])
        return verdict(not outside, " ".join(texts), lang, "fact:seat")

    def _seats_of(self, places: Sequence[Mention]) -> list[Seat]:
        # Folded: the gazetteer spells "Høje-Taastrup", the member list "Høje Taastrup".
        wanted = {fold(m.ids[0]) for m in places}
        return [s for s in self.render.k.seats if fold(s.municipality or s.organisation_id or "") in wanted]

    def _compare_places(self, places: list[Mention], words: Sequence[str], lang: Lang) -> FactReply:
        seats = self._seats_of(places)
        people = [p for seat in seats for p in seat.people]
        if touches(set(words), TITLE_WORDS):
            what, values = ATTRIBUTE_NAMES["title"], {fold(p.title.da) for p in people}
        else:
            what, values = ATTRIBUTE_NAMES["person"], {p.name for p in people}
        same = len(seats) == len(places) and len(values) == 1
        lines = self.render.bullets(people, lang)
        head = say(SAME if same else DIFFERENT, lang, what=what.get(lang))
        return FactReply(f"{head}\n{lines}", "answer", 100, "fact:compare", MEMBERS)

    # -- comparisons --------------------------------------------------------------------

    def _compare(self, mentions: list[Mention], words: Sequence[str], lang: Lang, different: bool = False) -> FactReply:
        people = list(dict.fromkeys(self.render.person_by_name[m.ids[0]] for m in mentions))
        word_set = set(words)
        if same_before(words, SAME_WORDS, _ONE_PERSON):
            # "er Jacobsen og Christiansen samme person?": two members are two people ("to
            # personer på samme punkt" says what is the same of the two: their line).
            attribute = "person"
        elif touches(word_set, TITLE_WORDS):
            attribute = "title"
        elif touches(word_set, ORGANISATION_WORDS) and not touches(word_set, MUNICIPALITY_WORDS):
            attribute = "organisation"
        else:
            attribute = "municipality"
        values = {self._attribute(p, attribute) for p in people}
        what = ATTRIBUTE_NAMES[attribute].get(lang)
        lines = self.render.bullets(people, lang)
        if different:
            head = say(NOT_DIFFERENT if len(values) == 1 else YES_DIFFERENT, lang, what=what)
        elif (
            not touches(word_set, SAME_WORDS - _VERSUS)
            and attribute == "municipality"
            and not touches(word_set, MUNICIPALITY_WORDS)
        ):
            # "Mandøe vs Roslev": set side by side, asking no same-or-not for a "No" to answer
            # ("strandgaard vs vinterberg titler" names what to compare, and gets its verdict).
            head = SIDE_BY_SIDE.get(lang)
        else:
            head = say(SAME if len(values) == 1 else DIFFERENT, lang, what=what)
        return FactReply(f"{head}\n{lines}", "answer", 100, "fact:compare", MEMBERS)

    def _attribute(self, person: Person, attribute: str) -> str:
        seat = self.render.seat_of(person)
        if attribute == "person":
            return person.name
        if attribute == "title":
            return fold(person.title.da)
        return seat.organisation

    def _sends_not_another(self, places: list[Mention], title: Mention, denied: Sequence[str], lang: Lang) -> FactReply:
        """The title claimed of the places, and the title denied after it checked too: "Ja" only
        when both hold; the facts alone when the denied title names no part of any title."""
        sends = self.filters.places_hold_title(places, title, lang)
        part = self.filters.title_word(list(denied), strict=True)
        if part is None:
            return replace(sends, text=without_verdict(sends.text))
        wanted = {fold(m.ids[0]) for m in places}
        there = {p.name for p in self.render.k.people if {fold(x) for x in self.render.places_of(p) if x} & wanted}
        holding = {p.name for p in self.filters.part_holders(part)} & there
        if holding:
            # "… og ikke en direktør" where the one sent is a kommunaldirektør: the denial fails.
            return replace(sends, text=NO.get(lang) + without_verdict(sends.text))
        return sends

    # -- filters and counts -------------------------------------------------------------

    def _theme_claim(self, number: int, words: Sequence[str], lang: Lang, *, asked: bool) -> FactReply | None:
        """ "tema 1 handler om digitalisering, right?": the topic's theme against the number."""
        # The tag is no topic: the "it" of "…, isn't it" is not IT, theme 2's keyword; the "it"
        # of "handler om it?" is, as "om" needs its object.
        end = tag_start(words)
        if 0 < end < len(words) and words[end - 1] in _ABOUT_WORDS:
            end += 1
        # "So it's linked to theme 4?": a pronoun "it" is no IT; only after "om"/"about" is it one.
        claimed = [w for i, w in enumerate(words[:end]) if w not in _PRONOUN_IT or (i and words[i - 1] in _ABOUT_WORDS)]
        named = {n for w in claimed if (n := self.topic_theme(w)) is not None}
        # "tema 1 handler om digitalisering" states what a theme is about, "?" or not; "the
        # agreements are linked to theme 3?" puts it up with its question mark.
        # "aftalerne hører under tema 2?", "theme 4 = services?": a theme and a topic put up
        # with a question mark and no question word pair them for confirmation, whatever the verb.
        paired = asked and bool(named) and not any(w in QUESTION_WORDS for w in words)
        if not (is_claim(words, asked=asked) or paired or any(w in _ABOUT_VERBS for w in words)):
            return None
        # "theme 4 is about buying goods?": goods are what theme 4's services are set apart from.
        unlike = any(number in self._theme_unlike.get(w, ()) for w in claimed)
        if not named and not unlike:
            return self._no_theme_about(number, words, lang)
        text, exists = self.render.theme(number, lang)
        if not exists:
            return FactReply(text, "negative", 100, f"fact:theme:{number}", FACTS_BOX)
        # True when the claimed theme's subject is named and no curators' keyword points to
        # another; a word only of another theme's title leaves it open (the facts, no verdict).
        strong = {n for w in claimed if (n := self.keyword_theme(w)) is not None}
        if number in named and not strong - {number} and named - {number}:
            return FactReply(text, "answer", 100, f"fact:theme:{number}", FACTS_BOX)
        truth = number in named and not strong - {number}
        tie = next((i for i, w in enumerate(words[:end]) if w in _TIED), None)
        # "tema 1 hænger sammen med aftalerne": the theme itself stands before the tie, no topic.
        tied = [
            w
            for w in (words[:tie] if tie else [])
            if w not in STOPWORDS | CLAIM_OPENERS | THEME_WORDS | _DEGREE
            and not w.isdigit()
            and w not in ordinal_words()
        ]
        if truth and tied and all(self.topic_theme(w) != number for w in tied):
            # "the new group is mainly connected to theme 5 about development, is it so?": theme
            # 5 is about development, but what the claim ties to it is no topic of theme 5's.
            return FactReply(text, "answer", 100, f"fact:theme:{number}", FACTS_BOX)
        if not truth and named - {number}:
            text += " " + " ".join(self.render.theme(n, lang)[0] for n in sorted(named - {number}))
        if turned_around(words):
            # "tema 2 handler ikke om digitalisering, vel?"
            return negated_verdict(not truth, text, lang, f"fact:theme:{number}", citation=FACTS_BOX)
        return verdict(truth, text, lang, f"fact:theme:{number}", citation=FACTS_BOX)

    def _no_theme_about(self, number: int, words: Sequence[str], lang: Lang) -> FactReply | None:
        """ "tema 2 handler om bæredygtighed, ikk?": a topic no theme is about gets the theme
        and that the article ties no theme to it; no verdict, as the topic may be put loosely."""
        about = next((i for i, w in enumerate(words) if w in _ABOUT_VERBS), None)
        if about is None:
            return None
        topic = [w for w in words[about + 1 : tag_start(words)] if w not in STOPWORDS and w not in _ABOUT_WORDS]
        if not topic:
            return None
        text, exists = self.render.theme(number, lang)
        if not exists:
            return None
        body = f"{text} {say(NO_THEME_ABOUT, lang, topic=' '.join(topic))}"
        return FactReply(body, "answer", 100, f"fact:theme:{number}", FACTS_BOX, settled=True)

    # -- pronouns -----------------------------------------------------------------------

    @staticmethod
    def _dangling_pronoun(words: Sequence[str], lang: Lang) -> bool:
        pronouns = personal_pronouns(lang)
        # "who chairs, and where is he from?" names its own referent; "er han formand?" asks
        # whether someone unnamed is the chair.
        asks = any(w in QUESTION_WORDS for w in words)
        # "who does she work for?" asks whom she works for: a "who" right before the pronoun
        # is no one the question names.
        whose = [
            i
            for i, w in enumerate(words)
            if QUESTION_TYPES.get(w) == "who" and not any(p in pronouns for p in words[i + 1 : i + 3])
        ]
        names_someone = bool(whose) or any(w in CHAIR_WORDS and asks for w in words)
        # "The chair comes from SKI, doesn't he?": the tag's pronoun is the claim's own subject.
        tag = tag_start(words)
        said = words[:tag] if tag >= CLAIM_BEFORE_TAG else words
        return not names_someone and any(w in pronouns for w in said)


_ATTRIBUTE_NOUNS = TITLE_WORDS | word_set("town kommune kommunen municipality council")
_LISTED = tuple([w] for w in word_set("and og samt plus"))
_ONE_TITLE = word_set("jobtitel jobtitlen stilling stillingen stillingsbetegnelse position")
_TITLE = word_set("title titel titlen")
_A_JOBS = word_set("job there der")
"""'the job title', 'the title there': a member's; 'the title' alone may be the article's."""
_TITLE_ASKED = word_set("what whats hvad hvilken which")
_NOT_A_MEMBERS = word_set("""
    article artiklen artikel artiklens faktaboks faktaboksen fact box tema theme chair formand formanden
    heading overskrift list listen liste strategy strategien all alle every titles titler
""")
"""Words that say whose or which title is meant: the article's, a theme's, the chair's, all of them."""


def _claimed_beside(mentions: Sequence[Mention], words: Sequence[str]) -> set[str]:
    """What a claim says beside the names it mentions, its openers, tags and small words aside."""
    inside = {i for m in mentions for i in range(m.start, m.end)}
    return {w for i, w in enumerate(words) if i not in inside and w not in STOPWORDS | CLAIM_OPENERS | CLAIM_TAGS}


def _named_to_choose_among(people: Sequence[Mention], words: Sequence[str]) -> bool:
    """ "which of Holte and Grønvall …", "between Karm and Grønvall, who …": the names are set
    up to choose among; "are both of them directors?" claims it of each one."""
    at = people[0].start
    return at > 0 and words[at - 1] in _CHOOSING_AMONG and not set(words) & _EACH_OF


def _attribute_asked(people: Sequence[Mention], words: Sequence[str]) -> bool:
    """ "Karm's title and the chair?", "brøndum kommune?": a member's title or town asked for by
    name, the rest of the message a list of things, not a claim to check."""
    return any(
        m.end < len(words) and words[m.end] in _ATTRIBUTE_NOUNS and words[m.end + 1 : m.end + 2] in ([], *_LISTED)
        for m in people
    )


def _before_the_whole(words: Sequence[str], at: int) -> int:
    """Where the word before ``at`` stands, past words stressing the whole of it ("hele")."""
    before = at - 1
    while before >= 0 and words[before] in _THE_WHOLE:
        before -= 1
    return before


def _organ_of(mention: Mention, words: Sequence[str]) -> bool:
    """Whether an organ word ("bestyrelse", "board") stands right after the organisation named
    ("KL's bestyrelse") or before it with "of"/"i" between ("the board of KL")."""
    after = mention.end < len(words) and words[mention.end] in ORGANS
    before = (
        mention.start >= 2 and words[mention.start - 2] in ORGANS and words[mention.start - 1] in _OF_AN_ORGANISATION
    )
    return after or before


def _whose_title_unsaid(words: Sequence[str]) -> bool:
    """ "what is the job title?", "hvad er stillingen der?": one title asked for, of no one."""
    said = set(words)
    one_title = bool(said & _ONE_TITLE) or (bool(said & _TITLE) and bool(said & _A_JOBS))
    # "the chairman's job title": the chair is named, possessive and all.
    chair = any(w in CHAIR_WORDS or w.removesuffix("s") in CHAIR_WORDS for w in said)
    return one_title and bool(said & _TITLE_ASKED) and not said & _NOT_A_MEMBERS and not chair


_JOINERS = frozenset({"og", "and", "samt", "plus", "eller", "or"})
_PLACE_LINKS = word_set("fra from i in at af of på")
"""What may stand between a name and the place said to be theirs ("Herlev fra Fredensborg")."""
_IN_THE_GROUP = word_set("med in")
"""Small words that, all a claim says of the places it names, claim they are in the group."""
_BOTH = word_set("både bade both begge all alle")
"""'er både SKI og KL med?': each of the places named is claimed to be in the group."""
_NO_OPENING = lazy(r"^(?:Nej|No),\s*")


def _only_joined(words: Sequence[str], places: Sequence[Mention]) -> bool:
    """Whether the places named stand as a list ("SKI og KL", "Vejle, Aarhus and Aalborg"),
    nothing but joiners between them."""
    ordered = sorted(places, key=lambda m: m.start)
    return all(all(w in _JOINERS for w in words[a.end : b.start]) for a, b in pairwise(ordered))


_WHO_ASKS = frozenset({"who", "hvem", "whom"})
_ABOUT_VERBS = word_set("handler omhandler about concerns dækker covers")
"""Verbs that state what a theme is about."""
_ABOUT_WORDS = frozenset({"om", "about", "on", "with", "med"})
_PRONOUN_IT = frozenset({"it", "its"})
"""The pronoun that spells like IT: the topic only as the object of "om"/"about"."""
_ALL_OF_THEM = frozenset({"all", "alle", "every", "everyone", "samtlige", "allesammen"})
"""'are all the members kommunaldirektører?': every member, not "both" of two named."""
_CHOSEN = word_set("""
    udpeget udpegede udpege udpeger valgt valgte vælge vælger appointed appoint appoints elected elect chosen chose
    picked selected nominated nomineret indstillet
""")
_CHOOSER = word_set("af by sig selv himself herself themselves members medlemmerne")
"""Who is said to have chosen: "udpeget til styregruppen" is membership, which the article
states; "udpeget af/sig selv", "elected by the members" say who chose, which it never tells."""
_ONLY_OF = word_set("kun only udelukkende solely exclusively just bare")
_MADE_OF = word_set("består bestå consists consist made up composed sammensat fra from")
"""How a group is said to be made of one seat's people ("består kun af folk fra KL")."""
_PART_OF = frozenset({"af", "of", "ud"})
_LED_VERBS = frozenset(fold("led leads lead ledet ledes leder chaired chairs headed heads").split())
"""'is the group led by SKI?': a verb of leading; "the head of SKI" names SKI's head, no claim."""
_THEY = frozenset({"de", "dem", "they", "them", "disse", "those", "these"})
_EVERYONE_NOUNS = frozenset(fold("medlemmerne members personerne people folk deltagerne i in of af").split())
_EVERYONE_FRAME = (
    _ALL_OF_THEM | _EVERYONE_NOUNS | MEMBERSHIP_WORDS | GROUP_WORDS | CLAIM_OPENERS | CLAIM_TAGS | STOPWORDS
)
"""What a claim about every member may say besides the title or kind of job it claims."""
_ONLY_FRAME = _EVERYONE_FRAME | ONLY_WORDS | word_set("består bestaar consists consist composed made up jo")
"""What a claim that the group holds one title only may say besides that title."""
_SEAT_NOUNS = GROUP_WORDS | MUNICIPALITY_WORDS
"""After "head of", what names a seat or the group, not a field ("the City of Copenhagen")."""
_FIELD_OF = word_set("of for")
"""Between a title's head and its field ("head of IT", "chef for jura")."""
_ARTICLES = word_set("the a an")
_JOB_HEADS = word_set("""
    officer officers manager managers consultant coordinator advisor adviser specialist analyst secretary controller
""")
"""English words for a kind of job that the members' titles may or may not be called by."""
_TIED = word_set("connected linked tied relates related associated knytter knyttet koblet hænger hang hangs")
"""Words that tie a subject to a theme ("the agreements are tied to theme 1")."""
_DEGREE = word_set("mainly mostly especially particularly primarily most særligt især primært mest hovedsageligt")
_NEW = word_set("ny nye new")
_SAMENESS = SAME_WORDS | EXPLICIT_SAME_WORDS
"""'med i den nye styregruppe': the group the article is about is the new one (the old one's
members it never names, so "den gamle" stays outside what a seat bears out)."""
_CONFIRMING = word_set("correct korrekt right rigtigt true sandt")
"""The words of a request to confirm ("…, is that correct?"), which claim nothing of the seat."""
_SENDING = word_set("""
    send sends sent sending sendt sender sendte their deres sin sine sit its respektive respective like ligesom
    does do did har has have repræsentanterne representatives representative repræsentant repræsentanten one
    ved by af of fra from
""")
"""How a place is said to send its member ("do they send their kommunaldirektør like Aalborg does?")."""


_MEMBERSHIP = MEMBERSHIP_WORDS | GROUP_WORDS | _REPRESENTATION | _IN_THE_GROUP | _NEW
"""Words saying a place is in the group ("Krageby Kommune er med i gruppen", "represented"); the
"Kommune" after a town's name is part of the name, taken off before these are compared."""


def _both_in(words: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """ "Aarhus og Aalborg begge med?": places said to be in the group, each of them, with no
    verb to make it a claim; "begge" asks whether each is, not whether they are the same."""
    inside = {i for m in mentions for i in range(m.start, m.end)}
    rest = {w for i, w in enumerate(words) if i not in inside and (w not in STOPWORDS or w in _MEMBERSHIP)}
    return bool(rest & _BOTH) and bool(rest & _MEMBERSHIP) and rest <= _MEMBERSHIP | _BOTH
