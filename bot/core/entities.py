"""Finds the members, municipalities, organisations and themes a question names.

Names are matched token by token against the parts of each member's name, so partial
names ("Juhl Winther", "Svendsen Tune") and genitives ("Grønvalls") work. A name that is
*almost* a member's ("Peter Hansen", "Anders Andersen") must not become that member:
adjacent name tokens have to fit one member in order, or the span is an unknown person.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from bot.core.knowledge import Knowledge
from bot.core.lexicon import (
    CLAIM_OPENERS,
    DIFFERENCE_WORDS,
    HEARSAY_ADVERBS,
    LAST_WORDS,
    LIST_WORDS,
    QUESTION_WORDS,
    STOPWORDS,
    THEME_WORDS,
    TITLE_ABBREVIATIONS,
    cardinal_words,
    ordinal_words,
    owned_names,
    word_set,
)
from bot.core.normalize import fold, stem, strip_possessive
from bot.core.patterns import lazy
from bot.core.tuning import DEFAULT_TUNING, Tuning
from bot.core.turn_memo import remembered

MentionKind = Literal["person", "municipality", "organisation", "unknown_person", "theme", "title", "former_person"]


@dataclass(frozen=True)
class Mention:
    kind: MentionKind
    ids: tuple[str, ...]
    """Candidates: person names, municipality names, organisation ids or theme numbers."""
    start: int
    end: int
    score: float
    surface: str
    """The words as the user typed them."""


@dataclass(frozen=True)
class _NamePart:
    person: str
    index: int


class Recognizer:
    """Entity recognition over folded tokens; indexes are built once per knowledge."""

    def __init__(self, knowledge: Knowledge, vocabulary: frozenset[str], tuning: Tuning = DEFAULT_TUNING) -> None:
        self.tuning = tuning
        self._vocabulary = vocabulary
        self._found: dict[tuple[tuple[str, str], ...], tuple[Mention, ...]] = {}
        """Mentions already found: a turn reads the same words several times (the whole
        question, its core, its clauses, a conversation's rewrites), and popular questions recur."""
        self._parts: dict[str, list[_NamePart]] = defaultdict(list)
        for person in knowledge.people:
            for index, part in enumerate(fold(person.name).split()):
                self._parts[part].append(_NamePart(person.name, index))
        self._part_keys = [key for key in self._parts if len(key) >= tuning.min_fuzzy_name_length]
        self._sounds: dict[str, list[_NamePart]] = defaultdict(list)
        for part, holders in self._parts.items():
            self._sounds[_sound_of(part)].extend(holders)
        self._last_part = {p.name: len(fold(p.name).split()) - 1 for p in knowledge.people}
        self.first_names = {fold(p.name).split()[0] for p in knowledge.people}
        self._title_words = knowledge.title_words
        self._quoted = knowledge.quoted_people
        """Members the article quotes: "Signe siger …" may well mean the one quoted."""
        # A former member is named by first name and surname (or the whole name): "Kim Herlev"
        # must not become the municipality Herlev once Kim has left the group.
        self._former: dict[tuple[str, ...], str] = {}
        for former in knowledge.former_members:
            parts = tuple(fold(former.name).split())
            self._former[parts] = former.name
            self._former[(parts[0], parts[-1])] = former.name
        self._former_lengths = sorted({len(key) for key in self._former}, reverse=True)

        self._municipalities: dict[str, str] = {}
        for municipality in knowledge.municipalities:
            for alias in (municipality.name, *municipality.aliases):
                self._municipalities[fold(alias)] = municipality.name
        self._municipality_keys = [k for k in self._municipalities if len(k) >= tuning.min_fuzzy_name_length]
        self._looked_up: dict[tuple[str, ...], tuple[str | None, float]] = {}
        """Word runs already looked up as a municipality: every free one- and two-word run of
        every reading is tried (about 14 a question), and the same runs recur."""

        self._organisations: dict[str, str] = {}
        for organisation in knowledge.organisations:
            for alias in (organisation.short, *organisation.aliases):
                self._organisations[fold(alias)] = organisation.id
            # "KLs bestyrelse", "SKIs direktør": the short name's genitive typed without "'".
            self._organisations.setdefault(fold(organisation.short) + "s", organisation.id)
        self._organisation_starts = frozenset(key.split()[0] for key in self._organisations)
        """First words of organisation names: a run of words opening with any other names none."""
        self._theme_count = len(knowledge.strategy.themes)
        self._owned = owned_names(knowledge.own_name_words, knowledge.vocabulary.synonyms)

        # Job titles, as word stems without filler, so "direktøren for økonomi- og
        # personalestaben" meets "direktør for økonomi- & personalestaben".
        self._titles: dict[tuple[str, ...], set[str]] = defaultdict(set)
        # The holders of a title in the article's order: "the second of them" is the second of the list.
        self._list_order = {person.name: i for i, person in enumerate(knowledge.people)}
        other_names = {fold(title): names for title, names in knowledge.vocabulary.title_names.items()}
        for person in knowledge.people:
            named = other_names.get(fold(person.title.da), ())
            for title in (person.title.da, person.title.en, *named):
                # A curator's "kom dir" is read as a question's is, abbreviations spelt out.
                spelt = [TITLE_ABBREVIATIONS.get(word, word) for word in fold(title).split()]
                self._titles[_title_key(spelt)].add(person.name)
        # A long word of a longer title names it alone ("arbejdsmarkedsdirektør" for
        # "økonomi- og arbejdsmarkedsdirektør") when no other title has it.
        # Danish compounds only: an English title's words ("environment") are everyday words.
        spread: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for key in {_title_key(fold(person.title.da).split()) for person in knowledge.people}:
            for word in key if len(key) > 1 else ():
                spread[word].add(key)
        for word, keys in spread.items():
            if len(keys) == 1 and len(word) >= tuning.title_word_alone_min and (word,) not in self._titles:
                self._titles[(word,)] = set(self._titles[next(iter(keys))])
        self._title_lengths = sorted({len(key) for key in self._titles}, reverse=True)
        self._title_starts = frozenset(key[0] for key in self._titles)
        """First stems of titles: a run of words opening with any other names none."""
        self._title_keys: dict[tuple[str, bool], str] = {}
        """Each word's title stem, as ``_titles_in`` reads it: every reading of a turn reads the
        same words, and stemming until nothing comes off is most of the work."""
        self._name_parts: dict[tuple[str, bool], tuple[list[_NamePart], float] | None] = {}
        """``_match_name_part``'s answer per word: words recur across a turn's readings and
        questions, and a miss costs a fuzzy search and a sound-alike spelling."""
        title_words = knowledge.title_words
        by_start: dict[str, set[str]] = defaultdict(set)
        for word in title_words:
            shortest = max(tuning.min_truncated_title, int(len(word) * tuning.truncated_title_share) + 1)
            for end in range(shortest, len(word)):
                by_start[word[:end]].add(word)
        self._completed_titles = {
            start: next(iter(s)) for start, s in by_start.items() if len(s) == 1 and start not in title_words
        }
        """A title word cut short ("kommunaldir", "arbejdsmarkedsdir"), to the one title word
        it begins: chat shortens the long Danish titles."""

    # -- public -----------------------------------------------------------------------

    def find(self, words: list[tuple[str, str]]) -> list[Mention]:
        """Return the mentions in ``words`` ((as typed, folded) pairs), left to right."""
        key = tuple(words)
        found = self._found.get(key)
        if found is None:
            found = remembered((self, key), lambda: tuple(self._find(words)))
            if len(self._found) < self.tuning.mention_cache_size:
                self._found[key] = found
        return list(found)

    def inflects_a_name_part(self, typed: str, word: str) -> bool:
        """Whether ``typed`` is the name part ``word`` with a verb's ending ("signed" of
        "signe"): an everyday word, which no spelling correction should cut down to the name."""
        return word in self._parts and typed.startswith(word) and typed[len(word) :] in _VERB_ENDINGS

    def names_a_seat(self, word: str) -> bool:
        """Whether the folded ``word`` is, exactly, the name of an organisation or municipality."""
        return word in self._organisations or word in self._municipalities

    def _find(self, words: list[tuple[str, str]]) -> list[Mention]:
        folded = [w for _, w in words]
        taken = [False] * len(folded)
        mentions: list[Mention] = []
        capitalised = [i > 0 and raw[:1].isupper() for i, (raw, _) in enumerate(words)]
        finders = (
            self._former_in,
            self._titles_in,
            self._organisations_in,
            self._municipalities_in,
            functools.partial(self._people_in, capitalised=capitalised),
        )
        for finder in finders:
            for mention in finder(folded, taken):
                for i in range(mention.start, mention.end):
                    taken[i] = True
                mentions.append(_with_surface(mention, words))
        surname_second = any(m.kind == "person" and (m.start, m.end) == (1, 2) for m in mentions)
        mentions.extend(self._capitalised_strangers(words, taken, surname_second=surname_second))
        mentions.extend(self._themes_in(folded, words))
        return _strangers_absorb_namesakes(sorted(mentions, key=lambda m: m.start), words)

    # -- finders ----------------------------------------------------------------------

    def _capitalised_strangers(
        self, words: list[tuple[str, str]], taken: list[bool], *, surname_second: bool = False
    ) -> list[Mention]:
        """ "Er Jens Hansen medlem?": capitalised words the knowledge does not know are a
        name; a lone one only after the first word, where capitals are not just grammar.
        ALL-CAPS words ("GDPR", "DROP TABLE") are acronyms or shouting, not names."""

        def stranger(i: int) -> bool:
            raw, folded = words[i]
            return (
                not taken[i]
                and len(raw) > 1
                and raw[0].isupper()
                and raw[1:].islower()
                and raw.isalpha()
                and folded not in self._vocabulary
                and folded not in STOPWORDS
                and folded not in HONORIFICS
            )

        found = []
        i = 0
        while i < len(words):
            end = i
            while end < len(words) and stranger(end):
                end += 1
            # "Henrik Kvistgaard er fra ARI?": a lone capital opening the message is grammar,
            # unless a member's surname alone, capitalised, follows it.
            before_name = (
                end == 1 and surname_second and words[1][0][:1].isupper() and words[0][1] not in _NO_FIRST_NAMES
            )
            if end - i >= (2 if i == 0 else 1) or (i == 0 and before_name):
                found.append(_with_surface(Mention("unknown_person", (), i, end, 100, ""), words))
                taken[i:end] = [True] * (end - i)
            i = max(end, i + 1)
        return found

    def _former_in(self, folded: list[str], taken: list[bool]) -> list[Mention]:
        found = []
        for size in self._former_lengths:
            for start in range(len(folded) - size + 1):
                if any(taken[start : start + size]):
                    continue
                words = folded[start : start + size]
                name = self._former.get(tuple(words))
                if name is None and strip_possessive(words[-1]):  # "Kim Herlevs titel"
                    name = self._former.get((*words[:-1], strip_possessive(words[-1]) or ""))
                if name is not None:
                    found.append(Mention("former_person", (name,), start, start + size, 100, ""))
                    taken[start : start + size] = [True] * size
        return found

    def _titles_in(self, folded: list[str], taken: list[bool]) -> list[Mention]:
        """Job titles ("finance director", "kommunaldirektører") name the members holding them."""
        kept = [i for i, word in enumerate(folded) if word not in STOPWORDS]
        words = [TITLE_ABBREVIATIONS.get(folded[i], folded[i]) for i in kept]
        keys = [self._title_key_of(word) for word in words]
        # Only where a title's first stem stands may one start.
        opening = [start for start, key in enumerate(keys) if key in self._title_starts]
        found = []
        for size in self._title_lengths:
            for start in opening:
                if start > len(kept) - size:
                    break
                first, last = kept[start], kept[start + size - 1]
                if any(taken[first : last + 1]):
                    continue
                people = self._titles.get(tuple(keys[start : start + size]))
                if people:
                    found.append(self._title_mention(people, first, last + 1))
                    taken[first : last + 1] = [True] * (last + 1 - first)
        for start in range(len(kept) - 1):
            # "økonomi direktør", "kommunal dir": a Danish compound title typed in two words.
            first, last = kept[start], kept[start + 1]
            if last != first + 1 or taken[first] or taken[last]:
                continue
            joined = words[start] + words[start + 1]
            people = self._titles.get((self._title_key_of(joined, joined=True),))
            if people:
                found.append(self._title_mention(people, first, last + 1))
                taken[first : last + 1] = [True, True]
        return found

    def _title_key_of(self, word: str, *, joined: bool = False) -> str:
        """``word``'s title stem; a word ``joined`` of two typed apart is completed even when
        known ("økonomi direktør" as one title word)."""
        key = self._title_keys.get((word, joined))
        if key is None:
            known = not joined and word in self._vocabulary
            key = _title_stem(word if known else self._completed_titles.get(word, word))
            if len(self._title_keys) < self.tuning.word_cache_size:
                self._title_keys[word, joined] = key
        return key

    def _title_mention(self, people: set[str], start: int, end: int) -> Mention:
        """The title standing at ``start:end``, naming its holders in the article's order."""
        return Mention("title", tuple(sorted(people, key=self._list_order.__getitem__)), start, end, 100, "")

    def _organisations_in(self, folded: list[str], taken: list[bool]) -> list[Mention]:
        found = []
        for start, end in _ngrams(folded, taken, 4):
            if folded[start] not in self._organisation_starts:
                continue
            if end < len(folded) and folded[end] in self._owned:
                continue  # "KL's styregruppe", "KL's strategy" name the group or strategy, not KL
            key = " ".join(folded[start:end])
            if key in self._organisations and not any(taken[start:end]):
                found.append(Mention("organisation", (self._organisations[key],), start, end, 100, ""))
                taken[start:end] = [True] * (end - start)
        return found

    def _municipalities_in(self, folded: list[str], taken: list[bool]) -> list[Mention]:
        found = []
        looked_up = self._looked_up
        for start, end in _ngrams(folded, taken, 2):
            if any(taken[start:end]):
                continue
            run = folded[start:end]
            name, score = looked_up.get(tuple(run)) or self._lookup_municipality(run)
            if name is None:
                continue
            if end - start == 1 and self._is_member_surname_here(folded, start, score):
                continue
            found.append(Mention("municipality", (name,), start, end, score, ""))
            taken[start:end] = [True] * (end - start)
        return found

    def _lookup_municipality(self, parts: list[str]) -> tuple[str | None, float]:
        run = tuple(parts)
        found = self._looked_up.get(run)
        if found is None:
            found = self._lookup_municipality_once(" ".join(parts), parts)
            if len(self._looked_up) < self.tuning.municipality_lookup_cache_size:
                self._looked_up[run] = found
        return found

    def _lookup_municipality_once(self, key: str, parts: list[str]) -> tuple[str | None, float]:
        if key in self._municipalities:
            return self._municipalities[key], 100
        stripped = strip_possessive(key)
        if stripped and stripped in self._municipalities:
            return self._municipalities[stripped], 100
        if len(key) < self.tuning.min_fuzzy_name_length or any(p in self._vocabulary or p in STOPWORDS for p in parts):
            return None, 0
        match = process.extractOne(
            key,
            self._municipality_keys,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=self.tuning.municipality_cutoff,
        )
        if match is None or not _same_initial(match[0], key):
            return None, 0
        return self._municipalities[match[0]], match[1]

    def _is_member_surname_here(self, folded: list[str], index: int, town_score: float) -> bool:
        """'Kim Herlev' is a person even though Herlev is also a municipality."""
        word = folded[index]
        match = self._match_name_part(word)
        if match is None or match[1] < town_score:
            return False  # "Haderslev" is only near "Herlev" and is a town's very name: the town
        before = folded[index - 1] if index > 0 else ""
        after = folded[index + 1] if index + 1 < len(folded) else ""
        titled = index > 1 and folded[index - 2] in self._title_words
        if before in _PLACE_PREPOSITIONS or (before in _OF and titled):
            return False  # "fra Herlev", "kommunaldirektør of Herlev": the town, not Kim Herlev
        return before in self.first_names or after not in {"kommune", "kommunen", "municipality"}

    def _people_in(self, folded: list[str], taken: list[bool], capitalised: list[bool] | None = None) -> list[Mention]:
        """``capitalised``: which words were typed with a capital where capitals are not just
        grammar (after the first word); a near miss needs that, or an exact name part beside
        it, or a closer match (``Tuning.bare_name_cutoff``): "hotel" is not Holte."""
        matches: list[tuple[list[_NamePart], float] | None] = [
            None if taken[i] else self._match_name_part(word) for i, word in enumerate(folded)
        ]
        for i, match in enumerate(matches):
            if match is not None and self._chat_first_name(folded, matches, i, match[0]):
                matches[i] = None
        exact = [m is not None and m[1] >= 100 for m in matches]
        continued = self._split_names_joined(folded, taken, matches, exact)
        for i, match in enumerate(matches):
            if match is None or match[1] >= self.tuning.bare_name_cutoff:
                continue
            # "anette jul vinter": a near miss right after a name part that stands is one too.
            supported = (
                (capitalised is not None and capitalised[i])
                or any(0 <= j < len(exact) and exact[j] for j in (i - 1, i + 1))
                or (i > 0 and matches[i - 1] is not None)
            )
            if not supported:
                matches[i] = None
        found = []
        i = 0
        while i < len(folded):
            if matches[i] is None:
                i += 1
                continue
            end = i
            while end < len(folded) and (matches[end] is not None or end in continued):
                end += 1
            found.extend(self._resolve_span(folded, matches, i, end))
            i = end
        return found

    def _chat_first_name(
        self, folded: list[str], matches: list[tuple[list[_NamePart], float] | None], at: int, parts: list[_NamePart]
    ) -> bool:
        """ "haha Peter siger kun én", "Tom says …": a first name alone right before a saying verb
        is someone in the chat, not the member who shares it. Not a member the article quotes,
        who may well be the one meant ("Signe siger …")."""
        if at + 1 >= len(folded) or folded[at + 1] not in _CHAT_SAYING or (at and matches[at - 1] is not None):
            return False
        return all(part.index == 0 and part.person not in self._quoted for part in parts)

    def _split_names_joined(
        self,
        folded: list[str],
        taken: list[bool],
        matches: list[tuple[list[_NamePart], float] | None],
        exact: list[bool],
    ) -> set[int]:
        """ "anders brøn dum", "kim her lev": dictation and hasty typing cut a surname in two.
        Two free words beside an exact name part that together spell a name part (within
        ``Tuning.bare_name_cutoff``) are that part: the first word takes the match and the
        second continues it. Returns the continuing words' places."""
        continued: set[int] = set()
        for i in range(len(folded) - 1):
            if taken[i] or taken[i + 1] or exact[i] or exact[i + 1] or i in continued:
                continue
            beside_name = (i > 0 and exact[i - 1]) or (i + 2 < len(folded) and exact[i + 2])
            if not beside_name:
                continue
            match = self._match_name_part(folded[i] + folded[i + 1], joined=True)
            if match is None or match[1] < self.tuning.bare_name_cutoff:
                continue
            matches[i], matches[i + 1] = match, None
            exact[i] = match[1] >= 100
            continued.add(i + 1)
        return continued

    def _match_name_part(self, word: str, *, joined: bool = False) -> tuple[list[_NamePart], float] | None:
        key = (word, joined)
        if key in self._name_parts:
            return self._name_parts[key]
        match = self._match_name_part_once(word, joined=joined)
        if len(self._name_parts) < self.tuning.word_cache_size:
            self._name_parts[key] = match
        return match

    def _match_name_part_once(self, word: str, *, joined: bool) -> tuple[list[_NamePart], float] | None:
        if word in STOPWORDS:
            return None
        if word in self._parts:
            return self._parts[word], 100
        stripped = strip_possessive(word)
        if stripped and stripped in self._parts:
            return self._parts[stripped], 100
        if len(word) >= self.tuning.min_fuzzy_name_length and (word not in self._vocabulary or joined):
            match = process.extractOne(
                word, self._part_keys, scorer=fuzz.ratio, processor=None, score_cutoff=self.tuning.name_cutoff
            )
            if match is not None and _same_initial(match[0], word):
                if self.inflects_a_name_part(word, match[0]):
                    # "signed off" is not Signe: a name part with a verb's ending is an
                    # everyday word unless something else says it is a name.
                    return self._parts[match[0]], min(match[1], self.tuning.bare_name_cutoff - 1)
                return self._parts[match[0]], match[1]
        sounded = self._sounds.get(_sound_of(word)) if len(word) >= _SHORTEST_SOUNDED else None
        if sounded:
            # "peter kam", "anette jul vinter": a name as dictation heard it, so a name only when
            # something else says so (``Tuning.bare_name_cutoff``), even where it is a word.
            return sounded, min(self.tuning.name_cutoff, self.tuning.bare_name_cutoff - 1)
        return None

    def _resolve_span(
        self,
        folded: list[str],
        matches: list[tuple[list[_NamePart], float] | None],
        start: int,
        end: int,
    ) -> list[Mention]:
        span = [m for m in matches[start:end] if m is not None]
        score = min(s for _, s in span)
        consistent = _people_fitting(span)
        if consistent:
            mention = Mention("person", tuple(consistent), start, end, score, "")
            return [self._maybe_unknown_surname(folded, mention)]
        # "titles of Mads Grønvall, Brøndum and Winther": names in a row (the commas are gone
        # from the words) are that many members, each ending with its surname; "Lars Jensen" and
        # "Anders Karm" are still strangers.
        members = self._members_in_a_row(span, start)
        return members or [Mention("unknown_person", (), start, end, score, "")]

    def _members_in_a_row(self, span: list[tuple[list[_NamePart], float]], start: int) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(span):
            for j in range(len(span), i, -1):
                fitting = _people_fitting(span[i:j])
                last = span[j - 1][0]
                # A surname alone or the whole name: "Anette Winter Jensen" is nobody's two names.
                whole = len(fitting) == 1 and j - i in (1, self._last_part[fitting[0]] + 1)
                if whole and any(p.person == fitting[0] and p.index == self._last_part[p.person] for p in last):
                    score = min(s for _, s in span[i:j])
                    found.append(Mention("person", (fitting[0],), start + i, start + j, score, ""))
                    i = j
                    break
            else:
                return []
        return found if len(found) > 1 and len({m.ids for m in found}) == len(found) else []

    def _maybe_unknown_surname(self, folded: list[str], mention: Mention) -> Mention:
        """'Peter Hansen': a lone first name followed by an unknown word is someone else."""
        after = mention.end
        is_lone_first_name = mention.end - mention.start == 1 and folded[mention.start] in self.first_names
        if is_lone_first_name and after < len(folded):
            word = folded[after]
            # An initial ("Signe L. Madsen") is no surname.
            if word not in self._vocabulary and word not in STOPWORDS and not word.isdigit() and len(word) > 1:
                return Mention("unknown_person", (), mention.start, after + 1, mention.score, "")
        return mention

    def _themes_in(self, folded: list[str], words: list[tuple[str, str]]) -> list[Mention]:
        found: list[Mention] = []
        for i, word in enumerate(folded):
            if word not in THEME_WORDS:
                continue
            # "the last of the five themes", "det sidste af de fem temaer": the place before "of".
            partitive = [
                j
                for j in (i - 3, i - 4)
                if j >= 0 and all(w in _OF_THE or w.isdigit() or w in cardinal_words() for w in folded[j + 1 : i])
            ]
            # "which theme is number three", "hvilket tema i strategien er nummer 1": the number
            # after a copula and "number", with what the theme is of between them.
            after = _past_of_phrase(folded, i + 1)
            numbered = (
                [after + 2]
                if after + 2 < len(folded) and all(w in _IS_NUMBER for w in folded[after : after + 2])
                else []
            )
            for j in (i + 1, i - 1, i + 2, i - 2, *partitive, *numbered):
                if not 0 <= j < len(folded):
                    continue
                number = _theme_number(folded[j], self._theme_count, before=j < i)
                if number is not None:
                    lo, hi = min(i, j), max(i, j) + 1
                    run = self._run_of_themes(folded, j, number)
                    found.extend(_with_surface(Mention("theme", (str(n),), lo, hi, 100, ""), words) for n in run)
                    found.extend(self._more_themes(folded, words, hi))
                    break
        return found

    def _run_of_themes(self, folded: list[str], at: int, number: int) -> list[int]:
        """ "the first two themes", "de tre sidste temaer": a count beside "first"/"last" takes
        that many themes from that end of the list; else just the one theme."""
        if folded[at] not in _FIRST_WORDS | LAST_WORDS:
            return [number]
        beside = [folded[k] for k in (at - 1, at + 1) if 0 <= k < len(folded)]
        count = next((c for w in beside if (c := cardinal_words().get(w)) is not None), None)
        if count is None or not 1 < count <= self._theme_count:
            return [number]
        if folded[at] in LAST_WORDS:
            return list(range(self._theme_count - count + 1, self._theme_count + 1))
        return list(range(1, count + 1))

    def _more_themes(self, folded: list[str], words: list[tuple[str, str]], end: int) -> list[Mention]:
        """ "tema 4 og 5", "themes 2, 3 and 5": the numbers listed after a theme's are themes too."""
        found = []
        while end + 1 < len(folded) and folded[end] in _LIST_JOINERS:
            number = _theme_number(folded[end + 1], self._theme_count, before=False)
            # "themes three and five": a number word too, where nothing it could count follows.
            last = end + 2 >= len(folded) or folded[end + 2] in _LIST_JOINERS
            if number is None or not (folded[end + 1].isdigit() or last):
                break
            found.append(_with_surface(Mention("theme", (str(number),), end + 1, end + 2, 100, ""), words))
            end += 2
        return found


_THEME_OF = frozenset({"i", "in", "of", "af", "from", "fra"})
_THE = frozenset({"the", "den", "det"})


def _past_of_phrase(folded: list[str], at: int) -> int:
    """Where the words after "theme" go on, past "of the strategy"/"i strategien" when they hold one."""
    if at >= len(folded) or folded[at] not in _THEME_OF:
        return at
    at += 1
    if at < len(folded) and folded[at] in _THE:
        at += 1
    return at + 1


_IS_NUMBER = frozenset({"is", "er", "was", "var", "number", "nummer", "nr", "no"})
"""Between "theme" and its number in "which theme is number three"."""


def _strangers_absorb_namesakes(mentions: list[Mention], words: list[tuple[str, str]]) -> list[Mention]:
    """ "Anne Christensen", "Henrik Madsen", "Jens Kristian Holm": a member's name part right
    beside a capitalised name the knowledge does not know is someone else's name, not the member."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.end == mention.start
            and {previous.kind, mention.kind}
            == {
                "person",
                "unknown_person",
            }
        ):
            merged[-1] = _with_surface(
                Mention("unknown_person", (), previous.start, mention.end, min(previous.score, mention.score), ""),
                words,
            )
            continue
        if (
            previous is not None
            and previous.kind == "unknown_person"
            and mention.kind == "unknown_person"
            and (previous.end == mention.start)
        ):
            merged[-1] = _with_surface(Mention("unknown_person", (), previous.start, mention.end, 100, ""), words)
            continue
        merged.append(mention)
    return merged


_LIST_JOINERS = frozenset({"og", "and", "samt", "plus", "eller", "or"})
HONORIFICS = frozenset({"ms", "mr", "mrs", "miss", "dr", "fru", "hr", "herr", "frk", "frau", "mister"})
"""A title before a name ("Ms Lynggaard Madsen"): not part of a stranger's name."""
_NO_FIRST_NAMES = LIST_WORDS | DIFFERENCE_WORDS | QUESTION_WORDS | CLAIM_OPENERS | HEARSAY_ADVERBS
"""Words that open a message before a surname without being its first name ("Compare Winther …")."""


_PLACE_PREPOSITIONS = word_set("i in fra from")
"""Before a name that is both a member's surname and a town, what makes it the town; "of"
and "for" do so only after a title ("which of Herlev and Holte" chooses between members)."""
_OF = word_set("of for")
_CHAT_SAYING = word_set("siger sagde mener tror påstår påstod says said thinks reckons claims")
"""What someone in a chat is reported to say or think, after their first name."""
_SAME_SOUNDING_INITIALS = ({"c", "k"}, {"v", "w"})
_SOUND_SPELLINGS = (("ch", "k"), ("c", "k"), ("w", "v"), ("th", "t"), ("ph", "f"))
_SILENT_H = lazy(r"(?<=[aeiouyæøå])h")
_SOFT_R = lazy(r"(?<=[aeiouyæøå])r(?=[^aeiouyæøå])")
_DOUBLED = lazy(r"(.)\1+")
_SHORTEST_SOUNDED = 3
"""Shorter words ("la", "ki") sound like too many things to be a name heard."""


def _sound_of(word: str) -> str:
    """How a folded name part sounds, as speech-to-text may spell it: "juhl" and "jul", "winther"
    and "vinter", "karm" and "kam" (the Danish r between a vowel and a consonant is barely said)
    sound alike; a last "r" is kept ("Lars'er" is no Lasse)."""
    for spelt, said in _SOUND_SPELLINGS:
        word = word.replace(spelt, said)
    return _DOUBLED.sub(r"\1", _SOFT_R.sub("", _SILENT_H.sub("", word)))


def _same_initial(a: str, b: str) -> bool:
    """Typos keep the first letter, but Danish names swap C and K (Christiansen, Kristiansen)
    and V and W (Winther, Vinther)."""
    return a[0] == b[0] or {a[0], b[0]} in _SAME_SOUNDING_INITIALS


def _title_key(words: list[str]) -> tuple[str, ...]:
    return tuple(_title_stem(w) for w in words if w not in STOPWORDS)


def _title_stem(word: str) -> str:
    """Stemmed until nothing more comes off, so a plural meets its singular however one cut
    falls: "afdelingsledere" and "afdelingsleder" both end as "afdelingsl"."""
    while (shorter := stem(word)) != word:
        word = shorter
    return word


def _people_fitting(span: list[tuple[list[_NamePart], float]]) -> list[str]:
    """Members whose name parts the span's words follow in order, each part once."""
    candidates = {part.person for part in span[0][0]}
    result = []
    for person in sorted(candidates):
        last = -1
        for parts, _ in span:
            indexes = [p.index for p in parts if p.person == person and p.index > last]
            if not indexes:
                break
            last = min(indexes)
        else:
            result.append(person)
    return result


_VERB_ENDINGS = frozenset({"d", "ed", "ing", "s", "er", "ede", "et"})
"""Endings that make a name part a verb form ("signed", "signing", "signs")."""
_FIRST_WORDS = frozenset({"first", "forste"})
_OF_THE = frozenset({"of", "af", "the", "de", "these", "disse", "its", "their", "dens", "deres", "sine"})
"""Between a place and "themes" in "the last of the five themes" or "the first of its five
themes", beside the list's own count."""


def _theme_number(word: str, theme_count: int, *, before: bool) -> int | None:
    """Read "theme 3", "third theme", "tema tre", "sidste tema"; not "the 5 themes"."""
    if word in LAST_WORDS:
        return theme_count
    ordinal = ordinal_words().get(word)
    if ordinal is not None:
        return ordinal
    if before:
        return None
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return cardinal_words().get(word)


def _ngrams(folded: list[str], taken: list[bool], longest: int) -> list[tuple[int, int]]:
    """Where all free n-grams stand, longest first, so "høje taastrup" wins over "taastrup"."""
    # Taken words before each position, so a run is free when none was taken inside it.
    before = [0]
    for is_taken in taken:
        before.append(before[-1] + is_taken)
    grams = []
    for size in range(longest, 0, -1):
        for start in range(len(folded) - size + 1):
            if before[start + size] == before[start]:
                grams.append((start, start + size))
    return grams


def _with_surface(mention: Mention, words: list[tuple[str, str]]) -> Mention:
    surface = " ".join(raw for raw, _ in words[mention.start : mention.end])
    return Mention(mention.kind, mention.ids, mention.start, mention.end, mention.score, surface)
