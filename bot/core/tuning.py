"""Every knob that decides answer quality, in one record, each with the reason for its value.

Moving one of these by a single step changes answers on the labelled sets: run
``tests/shipped/test_shipped_tuning.py -s`` to see how many, per knob, before you change one.
A knob marked ``_knob(…, reach)`` is scored there on the sets it can move: conversation knobs on
the conversation sets; memory bounds and time limits, which no labelled answer shows, not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Reach = Literal["questions", "conversations", "unmeasured"]
"""What moving a knob can change: single answers, answers that lean on earlier turns, or nothing
a labelled set can show (memory bounds, and time, which never passes between labelled turns)."""


def _knob(default: Any, reach: Reach) -> Any:
    # The tuning test reads ``reach`` to score each knob on the sets it can move (and skip the rest).
    return field(default=default, metadata={"reach": reach})


def reach(knob: str) -> Reach:
    """What moving the ``Tuning`` field named ``knob`` can change (questions unless marked)."""
    found: Reach = Tuning.__dataclass_fields__[knob].metadata.get("reach", "questions")
    return found


@dataclass(frozen=True)
class Tuning:
    # -- deciding between entries (bot.core.engine) --------------------------------------
    courtesy_subject_words: int = 3
    """Words of the subject after praise ("great, so …") that make the message a remark, not small talk."""
    answer_cutoff: float = 80
    """Combined score (0-100) at which an entry is answered with the plain margin."""
    margin: float = 6
    """An answer must beat the next entry by this much; closer calls become suggestions."""
    low_score_margin_factor: float = 0.5
    """Each point below the cut-off asks for this much more lead over the runner-up."""
    min_answer_score: float = 60
    """No entry scoring below this is given as the answer, however far ahead it is."""
    suggest_cutoff: float = 55
    """Below the answer cut-off but above this, the closest entries are offered instead."""
    suggest_band_margins: float = 2
    """Entries within this many margins of the best are offered as suggestions."""
    max_suggestions: int = 3
    """More buttons than this crowd a phone screen; the fourth is rarely the one meant."""
    ranked_entries: int = 6
    """Entries ranked per question before the entry-word filter and the cut to suggestions."""
    lone_word_coverage: float = 0.6
    """A one-topic-word question must cover this share of the variant's topic words."""
    unasked_topic_penalty: float = 10
    """Lead credited per missing share of the runner-up's topic words."""
    story_words: int = 16
    """Words from which a message may be a story around its question ("Goddag, jeg læste …, så
    hvem er det fra Nyborg?"); a shorter one's every clause is part of what is asked."""
    story_question_confidence: int = 80
    """A story's last question, cut from the words around it, is answered only this surely: a
    paragraph or a loose match for half a sentence is a guess the whole message did not make."""
    negation_reach: int = 6
    """Words a "not" may stand from the kind of job it denies ("who does not hold any kind of
    director title?"); one further off ("jeg ved ikke rigtig …, og hvem er cheføkonom?") is
    another clause's."""
    max_compound_parts: int = 4
    """'A og B og C og D': more parts than this are a list, not several questions."""
    max_fragment_pair_words: int = 6
    """'Formand og antal medlemmer?' asks two things; in a longer message "og" joins one question."""
    min_unknown_qualifier_length: int = 6
    """An unknown word this long in "who in the group is X?" is a filter no fact holds; shorter
    ones are mostly chat ("pls", "yo", "info")."""
    min_defined_share: float = 0.5
    """Of the words around "what does … mean?", the share a glossary entry must name: "does
    'godt' mean good here?" names "godt" beside the guess "good"."""

    # -- scoring variants (bot.core.matcher) ---------------------------------------------
    spelling_cutoff: float = 80
    """``fuzz.ratio`` a typed word needs to be read as a known word."""
    min_spelling_length: int = 4
    """Shorter words are not corrected: one typo in three letters is another word."""
    short_word_length: int = 6
    """Below this many letters a typo drops at most one run of letters ("betyr"), or it is another word."""
    min_truncated_title: int = 7
    """A title word cut short is read as the one title word it begins from this many letters
    on ("kommunaldir"); shorter starts ("direk") begin too many words to be sure."""
    min_title_stub: int = 4
    """A member claim holding this many first letters of a title word ("vand" of "vandchef")
    names a title the engine could not read: no "ja" or "nej" on it."""
    min_capitalised_typo: int = 7
    """A lone capitalised word the knowledge does not know is read as a typo of a common word
    ("Municiplaity") from this many letters on; shorter ones ("Anne") are first names."""
    title_word_alone_min: int = 10
    """A word of a longer title this long, in no other title, names that title alone
    ("arbejdsmarkedsdirektør"); shorter words ("økonomi") are shared or everyday words."""
    truncated_title_share: float = 0.6
    """…and only when more of the word is typed than left out: "kommunal" is a word of its
    own, not "kommunaldirektør" cut short."""
    mention_cache_size: int = _knob(20_000, "unmeasured")
    """Questions whose names are remembered; each is a few hundred bytes, and a full cache
    stops growing rather than evicting."""
    spelling_cache_size: int = _knob(50_000, "unmeasured")
    """Typos repeat; remembering corrections bounds the work a long message can cause."""
    word_cache_size: int = _knob(20_000, "unmeasured")
    """Words remembered as read as a name part or a title stem (or not); a full cache stops growing
    rather than evicting."""
    municipality_lookup_cache_size: int = _knob(20_000, "unmeasured")
    """One- and two-word runs remembered as looked up as a municipality (or not); a run is a
    few words, and a full cache stops growing rather than evicting."""
    answer_cache_size: int = _knob(4096, "unmeasured")
    """Questions whose answers the engine remembers (least recently used go first): a turn's
    readings and repeated questions ask the same words; each is well under a kilobyte."""
    turn_memo_size: int = _knob(256, "unmeasured")
    """Answers one turn or message remembers while it is read (none kept after it): a turn asks
    up to about 20 questions, a few of them twice; the bound only stops a pathological message."""
    turn_work_memo_size: int = _knob(2048, "unmeasured")
    """Names found and searches made that one turn or message remembers while it is read (none
    kept after it): a long message reads its words some 30 times; the bound only stops a
    pathological message."""
    search_cache_size: int = _knob(8192, "unmeasured")
    """Searches remembered per index (least recently used go first): a turn's readings and
    repeated questions search the same words; each takes about half a kilobyte."""
    reasoning_cache_size: int = _knob(16_384, "unmeasured")
    """Readings (names, corrected words, language) whose reply from the fact reasoner is remembered
    (least recently used go first): most are no fact question and remember None; under half a kilobyte each."""
    passage_cache_size: int = _knob(4096, "unmeasured")
    """Paragraph searches remembered (least recently used go first): a turn's readings and repeated
    questions look for the same words; each holds a few dozen words and a reference to a paragraph."""
    preselect_limit: int = 30
    """At most this many candidate variants are ranked for one question."""
    min_posting_cap: int = 200
    """A word in more variants than this (or 2 % of them) is too common to preselect by."""
    overlap_weight: float = 0.75
    """Share of the weighted word overlap in the final score; the rest is token_sort_ratio."""
    entry_recall_weight: float = 0.5
    """Share, within the overlap, of how much of the question all an entry's variants explain."""
    unknown_word_weight: float = 0.5
    """Weight of a question word no variant uses, relative to the rarest known word."""
    question_type_penalty: float = 25
    """A "when" variant answering a "who" question loses this much."""
    opposite_penalty: float = 15
    """A variant saying the opposite of a question word ("old" against "new") loses this much."""
    question_type_bonus: float = 5
    """A variant of the question's own type (who/when/how many) gains this much."""

    # -- the article's own words (bot.core.passages) ------------------------------------
    passage_min_words: int = 2
    """A question needs this many content words to be looked up in the article's text."""
    passage_share_cued: float = 0.6
    """Share of a "what does the article say about …" question's word weight a passage must hold."""
    passage_share: float = 0.8
    """The same share for a question that does not ask what the article says."""
    variant_beats_passage: float = 95
    """An entry matched this closely answers a "what does X say about …" question itself."""
    passage_confidence: float = 70
    """A quoted passage is a last resort: below any fact or entry answer (see Engine.ask's clauses)."""

    # -- names (bot.core.entities) -------------------------------------------------------
    name_cutoff: float = 80
    """``fuzz.ratio`` needed for a typed word to count as a member's name part."""
    bare_name_cutoff: float = 85
    """``fuzz.ratio`` needed when nothing else says the word is a name: typed in lower case
    (or capitalised only as the message's first word) and beside no exact name part. At 80,
    common words one or two letters from a surname passed ("hotel" for Holte, "siges" for
    Signe, "maned" for Mandøe); a real typo of a surname ("gronvald", "jakobsen") scores 87+."""
    municipality_cutoff: float = 85
    """Stricter than names: 98 municipalities hold many near neighbours ("Vejle", "Vejen")."""
    min_fuzzy_name_length: int = 5
    """Shorter names must match exactly: one typo in four letters is another name."""
    compound_part_length: int = 4
    """Letters each part of a compound typed as two words needs to be joined ("styre gruppe"):
    shorter parts are small words whose run-together may happen to be a word ("i alt")."""

    # -- conversations (bot.core.conversation) -------------------------------------------
    filler_words_beside_who: int = 2
    """Unseen words a "who … <place>?" may hold and still ask who represents the place."""
    subject_phrases_tried: int = _knob(4, "conversations")
    """Noun phrases of the last question a pronoun may stand for, longest first, tried in turn:
    each is a question asked of the engine, and no labelled follow-up needs a fourth (speed)."""
    conversation_expiry: float = _knob(15 * 60, "unmeasured")
    """Seconds of quiet after which "han" or "og Hjørring?" no longer lean on earlier turns:
    a chat picked up again later starts a new subject, and an old referent would mislead."""
    guess_words: int = _knob(4, "conversations")
    """Words after the comma of a who-question that may be a guess ("…, the government?");
    more are a clause of the question's own, which gets no "Ja"/"Nej"."""
    short_turn: int = _knob(6, "conversations")
    """Words a turn may have and still lean on the last topic although it points back with a
    pronoun: "hvornår startede de?" is short; a longer sentence with "det" in it stands alone."""


DEFAULT_TUNING = Tuning()
