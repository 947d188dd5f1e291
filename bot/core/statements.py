"""Claims that state an event or a relation rather than a value: "den gamle styregruppe er
nedlagt?", "the new group replaces the old one, right?", "findes den gamle styregruppe stadig?".

``bot.core.claims`` checks the values a claim names (numbers, months, organisations); a claim
naming none is checked here, by meaning, against the sentences of the answer the engine would
give anyway, one sentence at a time and in either language:

- **yes** when one sentence holds every meaning the claim states;
- **no** when one sentence holds all of them but one, and the opposite of that one
  (``CONTRARIES``: "continues" against "dissolved");
- otherwise no verdict: a word no sentence bears out, a negation, or meanings spread over
  several sentences ("the new group was dissolved?" against "The old group was dissolved.
  The new group replaces it.") never make a "yes".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from bot.core.lexicon import (
    CLAIM_HEDGES,
    CLAIM_OPENERS,
    CLAIM_TAGS,
    CONTRARIES,
    STATE_CONTRARIES,
    STATE_VERBS,
    STATEMENT_FRAMING,
    STOPWORDS,
    UNIVERSAL_WORDS,
    PhraseIndex,
    negated,
    rephrase,
)
from bot.core.normalize import held_in, tokens
from bot.core.patterns import lazy

_REFERRING = frozenset(tokens("it its den dens det dets they them their de dem deres"))
"""Pronouns that stand for the subject of the sentence before."""
_PRO_FORMS = frozenset(tokens("one ones"))
"""'The old one', 'the new ones': a word standing for the noun before it, which the answer names."""
_AUXILIARIES = frozenset(
    tokens("er var har havde blev bliver skal vil kan is was were are has have had will shall can")
)
"""Where a sentence's subject ends ("The former group … | has been dissolved")."""
_TIES = frozenset(tokens("fra hos"))
"""Small words that tie a thing to its holder ("opgaverne fra styregruppen", "opgaver … hos
styregruppen"): which one a claim uses says nothing a sentence must bear out."""
_PURPOSE_FRAMING = frozenset(
    tokens(
        "about aim aims aimed meant intended supposed purpose point up making make formål formålet går ud på"
        " kalder kaldte calls called siger sagde says said"
    )
)
"""How a claim about what something is for, or what someone calls it, is put ("is about", "aims
to", "freeing up", "kalder det"): no meaning a sentence must hold besides the ones it frames."""
_CLAIM_SYNONYMS = {word: "task" for word in tokens("opgave opgaver opgaverne opgavers opgavernes")}
"""Words a claim shares in meaning with the other language's sentence, kept out of the
matcher's concepts (``bot.core.lexicon``: "opgaver" there weighs too little) but needed here,
where every meaning must be borne out: "overtager den nye den gamles opgaver?" is checked
against "It also takes over the tasks of the former group", the Danish sentence not calling
that group old."""
_SENTENCE = lazy(r"(?<=[.!?:])\s+|\n+")
_CLAUSE = lazy(r";\s*")
_OPENERS_ONLY = CLAIM_OPENERS - frozenset({"vedtog"})
"""Verbs that open a claim and say nothing of it ("er", "passer", "blev"); "vedtog" opens
"vedtog KL den i 2017?" but is also what is claimed ("SKI vedtog strategien?")."""


def sentences(texts: Iterable[str]) -> list[str]:
    """The sentences of ``texts`` (an answer in one or both languages)."""
    return [s for text in texts for s in _SENTENCE.split(text.strip()) if s.strip()]


def verdict(
    claim_words: Sequence[str],
    evidence: Sequence[str],
    meaning: Callable[[str], str],
    phrases: PhraseIndex,
) -> bool | None:
    """True, False or None (no verdict) for a claim's folded words against ``evidence``
    sentences; see the module's docstring."""
    meaning = _with_claim_synonyms(meaning)
    if negated(list(claim_words)):
        return None  # "er den ikke nedlagt?": a negated claim is never read as its opposite
    if _of_everyone(claim_words) and not any(w in UNIVERSAL_WORDS for sentence in evidence for w in tokens(sentence)):
        return None  # "er alle medlemmer kommunaldirektører?" against "7 af medlemmerne …"
    ignored = STOPWORDS | CLAIM_TAGS | _OPENERS_ONLY | CLAIM_HEDGES | STATEMENT_FRAMING | _PURPOSE_FRAMING | _TIES
    claim = _active(_without_pro_forms(rephrase(list(claim_words), phrases=phrases)), meaning)
    said = [meaning(w) for w in claim if w not in ignored]
    stated = set(said)
    if not stated:
        return None
    # The subject ends at the first verb, an auxiliary or one that does something to another
    # thing ("the old group | takes over …"): without one, the whole claim would be order-free.
    claim_verb = next((i for i, w in enumerate(claim) if _is_verb(w, meaning) and i > 0), len(claim))
    said_subject = {meaning(w) for w in claim[:claim_verb] if w not in ignored}
    said_rest = [meaning(w) for w in claim[claim_verb:] if w not in ignored]
    held: list[set[str]] = []
    raw: list[list[str]] = []
    ordered: list[list[str]] = []
    subjects: list[list[str]] = []
    predicates: list[list[str]] = []
    subject: list[str] = []
    # "KL set up the group …; it also takes over the tasks of the former group": each clause
    # of a semicolon has a subject of its own.
    clauses = [clause for sentence in evidence for clause in _CLAUSE.split(sentence) if clause.strip()]
    for clause in clauses:
        words = rephrase(tokens(clause), phrases=phrases)
        raw.append(words)
        # "The new group replaces it": "it" stands for the subject of the sentence before.
        sequence = [m for w in words for m in (subject if w in _REFERRING else [meaning(w)])]
        ordered.append(sequence)
        held.append(set(sequence))
        verb = next((i for i, w in enumerate(words) if w in _AUXILIARIES), len(words))
        subject = [meaning(w) for w in words[:verb] if w not in STOPWORDS]
        subjects.append(subject)
        predicates.append([meaning(w) for w in words[verb:]])
    # Every meaning, in the claim's order: "the old group takes over the new group's tasks"
    # holds the same words as "the new group takes over the old group's tasks". Within the
    # subject the order is free: "the old binding agreements group | was dissolved" is "the
    # former group for the binding agreements | has been dissolved".
    for i in range(len(held)):
        if not all(held_in(m, held[i]) for m in stated):
            continue
        if _only_a_modifier(said[0], raw[i], stated, meaning):
            continue  # "er aftalerne nedlagt?" against "styregruppen for … aftaler er opløst"
        # "the strategy was scrapped?" against "… the strategy; it takes over the tasks of the
        # former group, which has been dissolved": what is dissolved or goes on is a sentence's
        # subject, never a word that merely comes before the verb.
        in_order = _in_order(said, ordered[i]) or _in_phrase_order(_phrases(claim, ignored, meaning), ordered[i])
        if in_order and not (said_subject and STATE_CONTRARIES.keys() & set(said_rest)):
            return True
        subject_held = bool(said_subject) and all(held_in(m, set(subjects[i])) for m in said_subject)
        if subject_held and _in_order(said_rest, predicates[i]):
            return True
    for meanings in held:
        missing = {m for m in stated if not held_in(m, meanings)}
        contrary = CONTRARIES.get(next(iter(missing))) if len(missing) == 1 else None
        # "the new group replaces the old one" names both: "new" in a sentence without "old"
        # contradicts nothing.
        if contrary is not None and contrary in meanings and contrary not in stated:
            return False
    beside = next((i for i, w in enumerate(claim) if w in _ALONGSIDE), None)
    if beside is not None:
        # "the new group works alongside the old one": whatever it works beside goes on too, so
        # a sentence whose subject that is, dissolved, says no.
        other = {meaning(w) for w in claim[beside + 1 :] if w not in ignored}
        dissolved = [i for i, meanings in enumerate(held) if STATE_CONTRARIES["continue"] in meanings]
        if other and any(all(held_in(m, set(subjects[i])) for m in other) for i in dissolved):
            return False
    return _state_denied(said, held, subjects)


def _with_claim_synonyms(meaning: Callable[[str], str]) -> Callable[[str], str]:
    return lambda word: _CLAIM_SYNONYMS.get(word) or meaning(word)


_ALONGSIDE = frozenset(tokens("alongside parallel parallelt beside"))
"""Words that set one thing going on beside another ("side om side" is read as "parallelt")."""


def _only_a_modifier(first: str, words: Sequence[str], stated: set[str], meaning: Callable[[str], str]) -> bool:
    """Whether the claim's first word stands in the sentence only after "for"/"of" a noun the
    claim does not name: "the steering group for the binding agreements has been dissolved"
    says nothing of the agreements being dissolved."""
    at = next((j for j, w in enumerate(words) if meaning(w) == first), None)
    if at is None:
        return False
    start = max(0, at - _MODIFIER_REACH)
    for j in range(at - 1, start - 1, -1):
        if words[j] in _AUXILIARIES:
            return False
        if words[j] in _OF and j > 0:
            head = words[j - 1]
            return head not in STOPWORDS and meaning(head) not in stated and head not in _ORGANS
    return False


_OF = frozenset(tokens("for of af om about"))
_MODIFIER_REACH = 4
"""How far back from the claim's word "for"/"of" may stand ("for de fælleskommunale forpligtende aftaler")."""


def _without_pro_forms(words: list[str]) -> list[str]:
    """ "so the old one was dissolved?" claims what "so the old group was dissolved?" does, and
    "replaces the one for the agreements" what "replaces the group for …" does; "one" after a
    determiner or a verb ("has one chair") is otherwise a number and stays."""
    return [w for i, w in enumerate(words) if not (w in _PRO_FORMS and i > 0 and _stands_for_a_noun(words, i))]


_PRO_FORM_AFTER = frozenset(tokens("for of from that which who about med om fra"))
"""What follows "the one" when it stands for a noun ("the one for the agreements")."""


def _stands_for_a_noun(words: list[str], at: int) -> bool:
    if words[at - 1] not in STOPWORDS:
        return True  # "the old one"
    following = words[at + 1] if at + 1 < len(words) else ""
    return words[at - 1] in ("the", "den", "det") and following in _PRO_FORM_AFTER


_COLLECTIVES = frozenset(
    tokens("members medlemmer medlemmerne kommuner kommunerne municipalities themes temaer temaerne people personer")
)
"""What a claim about all of a group names ("alle medlemmer", "all the municipalities")."""


def _of_everyone(words: Sequence[str]) -> bool:
    """Whether a claim is said of a whole group ("alle medlemmer …"), not of people it names
    ("er de alle kommunaldirektører?")."""
    return any(
        w in UNIVERSAL_WORDS and any(later in _COLLECTIVES for later in words[i + 1 : i + 3])
        for i, w in enumerate(words)
    )


def _state_denied(said: Sequence[str], held: Sequence[set[str]], subjects: Sequence[list[str]]) -> bool | None:
    """False when a sentence's subject is the claim's subject and the sentence states the
    contrary of what the claim says of it: "the old group keeps working alongside the new
    one" against "The former group … has been dissolved". How it is said to go on does not
    matter once it has not gone on at all; None otherwise."""
    state = next((i for i, m in enumerate(said) if m in STATE_CONTRARIES), None)
    if state is None or state == 0:
        return None
    contrary = STATE_CONTRARIES[said[state]]
    if contrary in said:
        return None  # "dissolved and continued": the claim holds both sides itself
    named = set(said[:state])
    for meanings, subject in zip(held, subjects, strict=True):
        if contrary in meanings and all(held_in(m, set(subject)) for m in named):
            return False
    return None


def _phrases(claim: Sequence[str], ignored: frozenset[str], meaning: Callable[[str], str]) -> list[frozenset[str]]:
    """The claim's meanings in runs between small words, each verb a run of its own."""
    runs: list[frozenset[str]] = []
    current: set[str] = set()
    for word in claim:
        said = meaning(word)
        verb = _is_verb(word, meaning)
        if (word in ignored or verb) and current:
            runs.append(frozenset(current))
            current = set()
        if verb:
            runs.append(frozenset({said}))
        elif word not in ignored:
            current.add(said)
    return [*runs, frozenset(current)] if current else runs


_VERB_MEANINGS = frozenset({"takeover", "replace", "establish", "dissolve", "continue"})
"""Meanings that are done by one thing to another: their order in a claim is never free."""


_DONE_TO_ANOTHER = _VERB_MEANINGS - {"establish"} | {"adopt"}
"""What one thing does to another; "KL nedsatte den nye styregruppe?" is left to the values it
names, as the answer says who set the group up in words of its own ("nedsat styregruppen").
"SKI vedtog strategien?" names SKI, which an answer about SKI's part in the strategy names too:
the adoption must be said of it."""


_AGENT = frozenset({"by", "af"})
_ORGANS = frozenset({"board", "bestyrelse", "bestyrelsen"})
"""What an organisation acts through: what "the board of LWB" adopted, LWB adopted."""


def _active(claim: list[str], meaning: Callable[[str], str]) -> list[str]:
    """A passive claim in the active's order, doer first: "the plan was adopted by LWB" is
    checked as "LWB adopted the plan", the order in which the answer says it."""
    done = next(
        (i for i, w in enumerate(claim[:-2]) if meaning(w) in _DONE_TO_ANOTHER and claim[i + 1] in _AGENT), None
    )
    if done is None or done == 0:
        return claim
    return [*claim[done + 2 :], claim[done], *claim[:done]]


def does_to_another(words: Sequence[str], meaning: Callable[[str], str]) -> bool:
    """Whether a claim says one thing does something to another ("takes over KL's tasks",
    "replaces SKI"): an organisation it names may stand in the answer in another role."""
    return any(meaning(w) in _DONE_TO_ANOTHER for w in words)


def _is_verb(word: str, meaning: Callable[[str], str]) -> bool:
    return word in _AUXILIARIES or word in STATE_VERBS or meaning(word) in _VERB_MEANINGS


def _in_phrase_order(phrases: Sequence[frozenset[str]], sequence: Sequence[str]) -> bool:
    """Whether each phrase's meanings occur in ``sequence`` after the phrase before, in any
    order within the phrase: "the tasks of the old binding agreements group" is "the tasks of
    the former steering group for the binding agreements". A verb is a phrase of its own, so
    who does what to whom keeps its order."""
    start = 0
    for phrase in phrases:
        found = []
        for m in phrase:
            at = next((j for j in range(start, len(sequence)) if held_in(m, {sequence[j]})), None)
            if at is None:
                return False
            found.append(at)
        start = max(found) + 1
    return True


def _in_order(said: Sequence[str], sequence: Sequence[str]) -> bool:
    """Whether ``said`` occurs in ``sequence`` in the same order (other meanings between)."""
    rest = iter(sequence)
    return all(any(held_in(m, {found}) for found in rest) for m in said)
