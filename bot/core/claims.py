"""Claims about a topic rather than a member: "besparelsen er 18 mia kr?", "the strategy
has five themes, right?", "var det SKI der nedsatte styregruppen?".

The values a claim states (numbers with their unit and the noun they count, months,
organisations, names the knowledge does not hold) are compared with the first sentence
of the answer the engine would give anyway. Each value is borne out, contradicted, or
cannot be checked; "yes" needs every value borne out, "no" needs one contradicted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from bot.core.entities import Mention
from bot.core.knowledge import Lang, Organisation
from bot.core.lexicon import (
    AGENT_MARKERS,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    EXCLUDING_PAIRS,
    FROM_WORDS,
    MONTH_NUMBERS,
    MONTH_PARTS,
    MONTHS,
    ORGANS,
    OWNED_ORGANS,
    PUBLIC_BODIES,
    RATE_PHRASES,
    RATE_WORDS,
    REALISED_WORDS,
    SEASONS,
    SPAN_WORDS,
    STOPWORDS,
    TAG_PRONOUNS,
    THEME_WORDS,
    number_words,
    ordinal_words,
)
from bot.core.matcher import meaning
from bot.core.normalize import fold
from bot.core.patterns import lazy
from bot.core.turn_words import CURRENCIES, currencies_named

_UNITS = {
    **dict.fromkeys(("mio", "millioner", "million", "millions"), "M"),
    **dict.fromkeys(("mia", "milliard", "milliarder", "billion", "billions", "bn"), "G"),
}
_SCALE = {"M": 1e6, "G": 1e9}
AMOUNT_UNITS = frozenset(_SCALE)
"""Units that make a number a sum ("1,8 mia."), never a count or a date."""
_STRESSED_ONE = frozenset({"én", "ét"})
_CURRENCY = frozenset({"kr", "kroner", "dkk", "crowns"}) | CURRENCIES.keys()
SUM_WORDS = frozenset(_UNITS) | _CURRENCY
"""The words of a sum beside its number ("1,8 mia. kr.")."""
_NUMBERING = THEME_WORDS | frozenset({"nummer", "number", "nr", "no"})
_TOKEN = lazy(r"\d+(?:[.,]\d+)?|[^\W\d_]+")
_DATE = lazy(r"\b\d{1,2}[-./](\d{1,2})[-./]\d{4}\b")
_NOT = frozenset({"ikke", "not", "never", "aldrig"})
_BEFORE_PRONOUN_ONE = frozenset(
    {"the", "this", "that", "new", "old", "other", "another", "former", "previous", "current", "same", "which"}
    | {"earlier", "later", "older", "newer", "original", "first", "last", "next"}
)
"""Words after which English "one" stands for a noun said before ("the old one"), not a count."""
_CLEFT_SUBJECTS = frozenset({"it", "det", "this", "that"})
_BODY_ARTICLES = frozenset({"the", "den", "det", "danish", "danske", "dansk"})
"""What may stand before a public body opening a claim ("the Danish parliament adopted …")."""
_CLEFT_VERBS = frozenset({"was", "is", "var", "er"})
"""A cleft names the doer too: "it was the Folketing that adopted it", "det var regeringen der …"."""
_AGENT_REACH = 3
"""Words before a body that may hold its "af"/"by": "by the Danish government"."""
_DAY = "day"
_DAY_OF_DATE = lazy(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")
_MONTH_OF = {name: str(number) for number, names in MONTH_NUMBERS.items() for name in names}
_NOUN_REACH = 2
"""Words after a number that may be what it counts: the noun, or an adjective and the noun."""
_NO_NOUNS = STOPWORDS | CLAIM_TAGS | _CURRENCY | RATE_WORDS
_COPULAS = frozenset({"er", "var", "is", "are", "was", "were"})
"""Between a subject and the number it is said to be ("kommunerne er 12")."""
_CLAUSE_LEAD = frozenset({"og", "and", "men", "but", "sa", "so", "na", "well", "ok"})
"""Words that may open a clause before its subject."""
"""Words after a number that end what it counts rather than name it."""
_FIRST_SENTENCE = lazy(r"(?<=[.!?:])\s+(?=[A-ZÆØÅ«\"•\d])|\n")


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None
    """M (millions) or G (billions) when the number carries one."""
    nouns: frozenset[str]
    """The meanings of the words that may be what the number counts: the next one, and the one
    after it, since an adjective may come between ("fem overordnede temaer")."""
    bound: str | None = None
    """">" or "<" when the number is a bound ("over 1 mia.", "less than 2 billion"), "=" when it
    is said to be exact ("exactly 80"), "~" when
    it is rough ("omkring 2 mia."), "+" when just over ("godt 1,8 mia."); None for the number itself."""


@dataclass(frozen=True)
class Claimed:
    quantities: tuple[Quantity, ...]
    months: frozenset[str]
    organisations: tuple[Organisation, ...]
    denied: tuple[Organisation, ...]
    """Organisations the claim rules out ("KL, ikke SKI, nedsatte den")."""
    strangers: tuple[str, ...]
    """Capitalised names the knowledge does not know ("Folketinget")."""
    rates: frozenset[str] = frozenset()
    """How often the claimed figure recurs ("om året", "per year"): the evidence must say so too."""
    actual: bool = False
    """Whether the claim calls a sum realised ("actual savings", "er beløbet realiseret?"), which
    a sum the evidence calls a potential is not."""
    bodies: tuple[str, ...] = ()
    """Public bodies named as the doer ("vedtaget af folketinget")."""
    organs: frozenset[str] = frozenset()
    """Bodies within an organisation ("KL's repræsentantskab", "KL's board"), by their kind."""
    month_parts: frozenset[str] = frozenset()
    """Which part of the month ("beginning", "udgangen af"), by its kind: start, middle or end."""
    currencies: frozenset[str] = frozenset()
    """The currencies a claimed amount is in ("1,8 mia. euro"): the evidence's must be the same."""
    seasons: frozenset[str] = frozenset()
    """Seasons claimed ("in autumn 2017"), as the words said: a month the evidence gives must fall in them."""

    def checkable(self) -> bool:
        return bool(
            self.quantities
            or self.actual
            or self.months
            or self.organisations
            or self.denied
            or self.strangers
            or self.bodies
            or self.organs
            or self.currencies
            or self.seasons
        )


def is_year(value: float) -> bool:
    """Whether a figure reads as a year."""
    return value.is_integer() and 1900 <= value <= 2100


_DICTATED_DECIMAL = lazy(r"\b(\d)\s+(\d)(?=\s*(?:mia|mio|mrd|bn|milliard\w*|million\w*|billion\w*)\b)", re.IGNORECASE)
"""A decimal dictated without its comma ("godt 1 8 mia"): one digit, then one more, then a scale."""


def quantities(text: str, lang: Lang | None) -> tuple[Quantity, ...]:
    """Every number in ``text``, in digits or words ("fem", "fourteen"), with its unit and noun."""
    text = _DICTATED_DECIMAL.sub(r"\1,\2", text)
    # A date in digits is its day (below) and its year; its month is checked as a month.
    tokens = [t.casefold() for t in _TOKEN.findall(_DAY_OF_DATE.sub(lambda d: d.group(0)[-4:], text))]
    words = number_words(lang)
    found = [
        # "05-07-2017": the day of a date, counted in its month.
        Quantity(float(date.group(1)), _DAY, frozenset({date.group(2).lstrip("0")}))
        for date in _DAY_OF_DATE.finditer(text)
    ]
    for i, token in enumerate(tokens):
        month = _MONTH_OF.get(fold(tokens[i + 1])) if i + 1 < len(tokens) and token.isdigit() else None
        if month is not None:
            # "5 July 2017", "5. juli": a day of that month, not five of something.
            found.append(Quantity(float(token), _DAY, frozenset({month})))
            continue
        if i and fold(tokens[i - 1]) in _NUMBERING:
            continue  # "theme 5", "tema nummer 2": which one, not how many
        if token == "one" and i and tokens[i - 1] in _BEFORE_PRONOUN_ONE:
            continue  # "alongside the new one": a pronoun for a thing named before, no count
        if fold(token) in ordinal_words() and i + 1 < len(tokens) and fold(tokens[i + 1]) not in STOPWORDS:
            continue  # "strategiens første tema": which theme, not how many
        if token[0].isdecimal():
            # "¹" is a digit to str.isdigit, but no number to float.
            value = float(token.replace(",", "."))
        elif token in _STRESSED_ONE:
            value = 1.0  # "kun én repræsentant": the accent makes the article a number
        elif fold(token) in words:
            value = float(words[fold(token)])
        else:
            continue
        rest = tokens[i + 1 : i + 4]
        unit = _UNITS.get(rest[0]) if rest else None
        rest = rest[1:] if unit else rest[:2]
        nouns = set()
        for token_after in rest[:_NOUN_REACH]:
            word = fold(token_after)
            if token_after[0].isdigit() or not word or word in _NO_NOUNS:
                break
            nouns.add(meaning(word))
        if not nouns and not unit and i >= 2 and fold(tokens[i - 1]) in _COPULAS:
            # "Kommunerne i styregruppen er 14 i alt?": the subject opening the clause is counted.
            subject = next((fold(t) for t in tokens[: i - 1] if fold(t) not in _CLAUSE_LEAD | STOPWORDS), "")
            if subject and subject not in _NO_NOUNS and not subject[0].isdigit():
                nouns.add(meaning(subject))
        # "just over DKK 1.8 billion": the currency stands between the bound and the number.
        before = [t for t in tokens[max(0, i - 3) : i] if fold(t) not in _CURRENCY][-2:]
        found.append(Quantity(value, unit, frozenset(nouns), _bound(before)))
    return tuple(found)


_BOUNDS = {
    fold(word): bound
    for word, bound in {
        **{w: ">" for w in ("over", "above", "exceeding", "mindst", "least")},
        "godt": "+",  # "godt 1,8 mia.": just over, a figure rather than a bound
        **{w: "<" for w in ("under", "below", "højst", "most")},
        **{w: "~" for w in ("omkring", "cirka", "ca", "around", "about", "approximately", "roughly", "circa")},
        **{
            w: "="
            for w in ("exactly", "precisely", "præcis", "præcist", "nøjagtig", "nøjagtigt", "eksakt", "only", "kun")
        },
    }.items()
}
"""Words before a number that bound it, folded as the words they are looked up with ("højst")."""
_BOUND_PAIRS = {
    ("just", "over"): "+",
    ("lige", "over"): "+",
    ("a", "little"): "+",
    ("more", "than"): ">",
    ("mere", "end"): ">",
    ("flere", "end"): ">",
    ("greater", "than"): ">",
    ("bigger", "than"): ">",
    ("større", "end"): ">",
    ("larger", "than"): ">",
    ("higher", "than"): ">",
    ("højere", "end"): ">",
    ("less", "than"): "<",
    ("fewer", "than"): "<",
    ("mindre", "end"): "<",
    ("færre", "end"): "<",
    ("smaller", "than"): "<",
    ("lower", "than"): "<",
    ("lavere", "end"): "<",
}


_ROUGHLY = 0.1
"""How far a rough figure ("omkring", "ca.") may be from the stated one and still hold."""


_FOLDED_BOUND_PAIRS = {(fold(a), fold(b)): bound for (a, b), bound in _BOUND_PAIRS.items()}


def _bound(before: Sequence[str]) -> str | None:
    """The bound the words just before a number put on it ("over", "mere end", "at most")."""
    folded = [fold(w) for w in before]
    if len(folded) == 2 and (pair := (folded[0], folded[1])) in _FOLDED_BOUND_PAIRS:
        return _FOLDED_BOUND_PAIRS[pair]
    return _BOUNDS.get(folded[-1]) if folded else None


def claimed(
    text: str, words: Sequence[str], mentions: Iterable[Mention], lang: Lang, knowledge_orgs: Sequence[Organisation]
) -> Claimed:
    by_id = {o.id: o for o in knowledge_orgs}
    mentions = list(mentions)
    named = [m for m in mentions if m.kind == "organisation" and m.ids[0] in by_id]

    def ruled_out(mention: Mention) -> bool:
        # "KL, ikke SKI, nedsatte den" rules SKI out; "er det ikke SKI der …?" asks about SKI;
        # "by KL rather than by SKI", "af KL og ikke af SKI": the doer marker may come between.
        # "fra KL, ikke fra SKI": where from is marked as the doer is, once another is named
        # before it ("formanden er ikke fra KL?" turns the whole claim around).
        contrasted = any(other.end < mention.start for other in named)
        markers = AGENT_MARKERS | FROM_WORDS if contrasted else AGENT_MARKERS
        start = mention.start - (mention.start > 0 and words[mention.start - 1] in markers)
        if start >= 2 and (words[start - 2], words[start - 1]) in EXCLUDING_PAIRS:
            return True
        if start == 0 or words[start - 1] not in _NOT:
            return False
        before = words[: start - 1]
        return not (before and before[-1] in TAG_PRONOUNS and len(before) <= 2 and before[0] in CLAIM_OPENERS)

    return Claimed(
        quantities=quantities(text, lang),
        months=frozenset(w for w in words if w in MONTHS),
        organisations=tuple(by_id[m.ids[0]] for m in named if not ruled_out(m)),
        denied=tuple(by_id[m.ids[0]] for m in named if ruled_out(m)),
        strangers=tuple(m.surface for m in mentions if m.kind == "unknown_person"),
        bodies=_bodies_as_doers(words),
        organs=frozenset(ORGANS[w] for w in words if w in ORGANS)
        | frozenset(OWNED_ORGANS[w] for i, w in enumerate(words) if w in OWNED_ORGANS and _owned_by_named(i, named)),
        month_parts=_month_parts(words),
        currencies=currencies_named(words),
        seasons=frozenset(w for w in words if w in SEASONS),
        actual=_called_realised(words),
        rates=frozenset(w for w in words if w in RATE_WORDS)
        | frozenset(" ".join(pair) for pair in pairwise(words) if pair in RATE_PHRASES),
    )


def _called_realised(words: Sequence[str]) -> bool:
    """ "actual, realised savings", "faktisk sparet", not "ikke realiseret"."""
    for i, word in enumerate(words):
        realised = word in REALISED_WORDS or (word in _ACTUALLY and i + 1 < len(words) and words[i + 1] in _SAVED)
        if realised and not (i > 0 and words[i - 1] in _NOT):
            return True
    return False


_ACTUALLY = frozenset({"actually", "faktisk", "really", "virkelig"})
_SAVED = frozenset({"saved", "sparet", "sparede", "spared"})


_MONTH_PART_REACH = 3
"""How far before a month its part may stand ("i udgangen af april", "at the end of April")."""


def _month_parts(words: Sequence[str]) -> frozenset[str]:
    """The parts of a month the words name right before a month ("early April", "i starten af maj")."""
    return frozenset(
        MONTH_PARTS[w]
        for i, w in enumerate(words)
        if w in MONTH_PARTS and any(m in MONTHS for m in words[i + 1 : i + 1 + _MONTH_PART_REACH])
    )


def without_organisation_names(folded: str, organisations: Sequence[Organisation]) -> str:
    """``folded`` (padded with spaces) without the organisations' names: "Local Government
    Denmark" is KL, and its "Government" is no government."""
    for organisation in organisations:
        for alias in (organisation.short, organisation.name.da, organisation.name.en, *organisation.aliases):
            folded = folded.replace(f" {fold(alias)} ", " ")
    return folded


def _bodies_as_doers(words: Sequence[str]) -> tuple[str, ...]:
    """ "vedtaget af folketinget", "set up by the Danish government", "folketinget vedtog": a
    public body named as the doer, as a stranger is when capitalised."""
    found = []
    for i, word in enumerate(words):
        before = words[max(0, i - _AGENT_REACH) : i]
        # "det var regeringen der …", asked too: "var det Folketinget, der vedtog …?"
        cleft = any({a, b} & _CLEFT_SUBJECTS and {a, b} & _CLEFT_VERBS for a, b in pairwise(before))
        # "folketinget vedtog …", "vedtog folketinget …?", "the Danish parliament adopted …": the
        # body opens the claim as its subject.
        opening = [w for w in words[:i] if w not in _BODY_ARTICLES]
        subject = not opening or (len(opening) == 1 and opening[0] in CLAIM_OPENERS)
        if word in PUBLIC_BODIES and (cleft or subject or any(w in AGENT_MARKERS for w in before)):
            found.append(word)
    return tuple(found)


def _owned_by_named(at: int, named: Sequence[Mention]) -> bool:
    """Whether the word at ``at`` follows an organisation's name ("KL's council")."""
    return any(m.end == at for m in named)


def first_sentence(text: str) -> str:
    return _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]


def judge(
    claim: Claimed,
    facts: str,
    lang: Lang,
    organisations: Sequence[Organisation],
    *,
    whole: bool = False,
    organisations_in: str | None = None,
) -> bool | None:
    """True when the answer's first sentence (``whole``: all of it) bears out every claimed
    value, False when it contradicts one, None when the claim states nothing it could be
    checked by."""
    if not claim.checkable():
        return None
    first = facts if whole else first_sentence(facts)
    folded = f" {fold(first)} "
    stated = quantities(first, lang)
    verdicts: list[bool | None] = [_quantity_verdict(q, stated) for q in claim.quantities]
    stated_months = (set(folded.split()) & MONTHS) | _dated_months(first)
    for season in claim.seasons:
        # "adopted in autumn 2017" against "i udgangen af april 2017": April is spring.
        verdicts.append(bool(stated_months & SEASONS[season]) if stated_months else None)
    if claim.months:
        # "so the end of April then?" against the strategy's years: evidence naming no month
        # neither bears a month out nor rules it out.
        # By number: a neighbour's "mars" is the article's "marts".
        verdicts.append(_numbered(claim.months) <= _numbered(stated_months) if stated_months else None)
        # "at the beginning of April" against "at the end of April": the month is not enough.
        stated_parts = _month_parts(folded.split())
        if claim.month_parts and stated_parts:
            verdicts.append(claim.month_parts <= stated_parts)
        elif claim.month_parts:
            verdicts.append(None)
    # In a quoted paragraph only the article's own words say who did what: its gloss names
    # the speaker ("SKI's managing director"), which is no evidence that SKI set up the group.
    scope = folded if organisations_in is None else f" {fold(organisations_in)} "
    named = {o.id for o in organisations if names_organisation(o, scope)}
    verdicts.extend(organisation.id not in named for organisation in claim.denied)
    for organisation in claim.organisations:
        if organisation.id in named:
            verdicts.append(True)
        elif named:
            verdicts.append(False)  # "set up by SKI?" against "KL set up …"
        else:
            verdicts.append(None)
    # "set up by the government?": the answer's own doer rules a body out; the organisations'
    # names are no evidence for it ("Local Government Denmark" is KL).
    unnamed = without_organisation_names(folded, organisations)
    for stranger in claim.strangers:
        # "vedtaget af Folketinget?": a body the answer does not name did not do it when it
        # names another; otherwise the claim cannot be borne out.
        if f" {fold(stranger)} " in unnamed:
            verdicts.append(True)
        else:
            verdicts.append(False if named or len(verdicts) == 0 else None)
    for body in claim.bodies:
        verdicts.append(True if f" {body} " in unnamed else (False if named else None))
    # "vedtaget af KL's repræsentantskab" against "KL's board adopted …": another body of KL did it.
    stated_organs = {ORGANS[w] for w in folded.split() if w in ORGANS}
    for organ in claim.organs:
        verdicts.append(True if organ in stated_organs else (False if stated_organs else None))
    stated_currencies = {CURRENCIES[w] for w in folded.split() if w in CURRENCIES}
    if claim.currencies and stated_currencies:
        # "1,8 mia. euro" against "1,8 mia. kr."; "is that in euros?" against the same, with the
        # amount left to the answer.
        verdicts.append(claim.currencies <= stated_currencies)
    if claim.actual:
        # "actual, realised savings?" against "a savings potential of …": not the same thing.
        said = set(folded.split())
        verdicts.append(True if said & REALISED_WORDS else False if "potential" in folded else None)
    if any(v is False for v in verdicts):
        return False
    if claim.rates and not any(f" {rate} " in folded for rate in claim.rates):
        # "1,8 mia. om året" against "fra 2012 og frem til nu … 1,8 mia.": the figure is a
        # total over the years, so not a yearly one; against a figure with no span, unsaid.
        borne_out = bool(verdicts) and all(v is True for v in verdicts)
        return False if borne_out and _over_years(first) else None
    if verdicts and all(v is True for v in verdicts):
        return True
    return None


_YEAR = lazy(r"\b(?:19|20)\d\d\b")


def _over_years(sentence: str) -> bool:
    """Whether ``sentence`` counts from a year on ("since 2012", "fra 2012 og frem til nu")."""
    return bool(_YEAR.search(sentence)) and bool(set(fold(sentence).split()) & SPAN_WORDS)


def _quantity_verdict(claim: Quantity, stated: Sequence[Quantity]) -> bool | None:
    """Borne out by a stated number of the same value (and unit and noun, where the claim
    gives them); contradicted only by a stated number of the same kind with another value
    (same noun, same unit, or both years); otherwise the answer does not speak to it."""
    # A year is a year whatever word follows it ("2017 until 2020" against "2017-2020").
    nouns = frozenset() if claim.unit is None and _is_year(claim.value) else claim.nouns
    if claim.bound is not None:
        return _bound_verdict(claim, stated, nouns)
    if any(
        (
            (q.value == claim.value and (claim.unit is None or q.unit == claim.unit))
            # "1800 mio." is "1,8 mia."
            or (q.unit is not None and claim.unit is not None and _amount(q) == _amount(claim))
        )
        # "1,8 mia sparet" against "1,8 mia. kr.": an amount with its unit needs no noun.
        and (not nouns or bool(q.nouns & nouns) or (not q.nouns and claim.unit is not None))
        for q in stated
    ):
        return True
    if any(_same_kind(q, claim) for q in stated):
        return False
    return None


def _bound_verdict(claim: Quantity, stated: Sequence[Quantity], nouns: frozenset[str]) -> bool | None:
    """ "er besparelsen over 1 mia?": the stated figure of the same kind against the bound;
    none for a rough figure ("omkring 2 mia."), which no stated value settles."""
    year = claim.unit is None and _is_year(claim.value)
    same = [
        q
        for q in stated
        if (q.unit is not None) == (claim.unit is not None)
        and (q.unit is not None or _is_year(q.value) == year)
        and (not nouns or bool(q.nouns & nouns) or (q.unit is not None and not q.nouns))
    ]
    # The Danish words and the English gloss state the same figure twice.
    if len({(_amount(q), q.bound) for q in same}) != 1:
        return None
    value, bound = _amount(same[0]), _amount(claim)
    if claim.bound == "=":
        # "exactly 80" against "mere end 80": more than it is not it; against "godt 1,8 mia."
        # (just over) no exact figure is stated to bear it out or not.
        if same[0].bound in (">", "<"):
            return False if value == bound else None
        return None if same[0].bound is not None else value == bound
    if same[0].bound in (">", "<"):
        # "mere end 80" as said: "more than 50" is not what was said, "fewer than 100" is open.
        return value == bound if same[0].bound == claim.bound else None
    if claim.bound == "+":
        return value == bound  # "godt 1,8 mia." as the figure itself
    if claim.bound == "~":
        # "ca. 1,8 mia." against "godt 1,8 mia.": close enough; "omkring 3 mia." is not.
        off = abs(value - bound) / bound if bound else 1.0
        return True if off <= _ROUGHLY else (False if off > 2 * _ROUGHLY else None)
    if value == bound:
        # "godt 1,8 mia." (just over) is over 1,8 mia., and not under it.
        return claim.bound == ">" and same[0].bound == "+"
    return value > bound if claim.bound == ">" else value < bound


def _amount(quantity: Quantity) -> float:
    return quantity.value * _SCALE.get(quantity.unit or "", 1)


def _same_kind(a: Quantity, b: Quantity) -> bool:
    if a.unit and b.unit:
        return True  # amounts, in millions or billions: "800 mio." is not "1,8 mia."
    if a.nouns & b.nouns:
        return True
    if a.unit is not None and a.unit == b.unit:
        return True
    return _is_year(a.value) and _is_year(b.value)


def _numbered(months: Iterable[str]) -> set[str]:
    return {_MONTH_OF[month] for month in months}


def _dated_months(text: str) -> set[str]:
    """The names of the months of the dates written in digits ("05-07-2017" -> juli, july)."""
    months: set[str] = set()
    for found in _DATE.finditer(text):
        months |= MONTH_NUMBERS.get(int(found.group(1)), frozenset())
    return months


def _is_year(value: float) -> bool:
    return value.is_integer() and 1900 <= value <= 2100


def names_organisation(organisation: Organisation, folded_text: str) -> bool:
    """Whether ``folded_text`` (folded, padded with spaces) names ``organisation`` by a name of its own."""
    return any(f" {fold(alias)} " in folded_text for alias in (organisation.short, *organisation.aliases))


_ASKING = {
    "who": {"da": ["hvem"], "en": ["who"]},
    "when": {"da": ["hvornar"], "en": ["when"]},
    "how-many": {"da": ["hvor", "mange"], "en": ["how", "many"]},
    "period": {"da": ["hvilke", "ar"], "en": ["which", "years"]},
}


def _is_year_word(word: str) -> bool:
    return word.isdigit() and _is_year(float(word))


def as_question(words: Sequence[str], mentions: Iterable[Mention], lang: Lang) -> list[str] | None:
    """The claim's words with its first claimed value turned into the question word that
    asks for it (a body -> who, a year or month -> when, a number -> how many), and without
    its tags; None when it states no such value."""
    asking: dict[int, str] = {}
    for mention in mentions:
        if mention.kind in ("organisation", "unknown_person", "municipality"):
            asking[mention.start] = "who"
            asking.update({i: "" for i in range(mention.start + 1, mention.end)})
    for i, word in enumerate(words):
        markers = [j for j in range(max(0, i - _AGENT_REACH), i) if words[j] in AGENT_MARKERS]
        if word in PUBLIC_BODIES and markers:
            # "set up by the Danish government" is asked "set up by who".
            asking[i] = "who"
            asking.update({j: "" for j in range(markers[-1] + 1, i)})
    numbers = number_words(lang)
    for i, word in enumerate(words):
        if i in asking:
            continue
        if word.isdigit() and i + 1 < len(words) and words[i + 1] in MONTHS:
            asking[i] = ""  # "5 July": the day goes with its month, asked "when"
        elif (
            _is_year_word(word)
            and words[i + 1 : i + 2] in (["to"], ["til"], ["until"])
            and _is_year_word((words[i + 2 : i + 3] or [""])[0])
        ):
            # "covers 2017 to 2020": a period, asked "which years", whoever else is named
            asking.update({i: "period", i + 1: "", i + 2: ""})
        elif _is_year_word(word) and _is_year_word((words[i + 1 : i + 2] or [""])[0]):
            # "covers 2017-2020", its dash folded away: a period too
            asking.update({i: "period", i + 1: ""})
        elif word in MONTHS or (word.isdigit() and _is_year(float(word))):
            asking[i] = "when"
        elif word.isdigit() or word in numbers:
            asking[i] = "how-many"
    if not any(asking.values()):
        return None
    periods = [i for i, kind in asking.items() if kind == "period"]
    # "the strategy 2017-2020 was adopted in March?": a month claims the date; the years beside
    # it name the strategy.
    months = [i for i, kind in asking.items() if kind == "when" and words[i] in MONTHS]
    chosen = months if months and periods else periods
    first = chosen[0] if chosen else min(i for i, kind in asking.items() if kind)
    question: list[str] = []
    for i, word in enumerate(words):
        if word in CLAIM_TAGS or (i in asking and i != first):
            continue
        question.extend(_ASKING[asking[i]][lang] if i == first else [word])
    return question
