"""Loads the knowledge files and validates them once, into frozen records.

Every problem is reported with the file, the entry and the field, so a curator can fix
it without reading Python; all problems are collected first, so one run of ``check``
shows everything that is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.core.knowledge import (
    BACKGROUND,
    CITATIONS,
    CURATOR,
    ENTRY_KINDS,
    FACT_RENDERERS,
    FACTS_BOX,
    LANGUAGES,
    MEMBERS,
    PLACEHOLDERS,
    PRONOUN_CHOICES,
    Agreements,
    Article,
    Bilingual,
    EntryKind,
    FormerMember,
    Knowledge,
    KnowledgeError,
    Lang,
    Municipality,
    Organisation,
    Passage,
    Person,
    Pronoun,
    Provenance,
    QAEntry,
    Seat,
    Strategy,
    Theme,
    Vocabulary,
)
from bot.core.normalize import fold
from bot.core.patterns import lazy

_BRACED = lazy(r"\{([^{}\s]*)\}")
"""``{agreements.savings}`` in an answer: a placeholder (``bot.core.knowledge.PLACEHOLDERS``)."""
_ID = lazy(r"^[a-z0-9][a-z0-9_-]*$")
# libyaml's loader parses the knowledge about ten times faster: it is most of `ask`'s start-up.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def default_knowledge_dir(configured: Path | str | None = None) -> Path:
    """``configured`` (the adapters pass ``BOT_KNOWLEDGE_DIR`` or ``--knowledge``), else the
    checkout's ``knowledge/``, else the copy installed with the package (``bot/_knowledge``),
    else ``./knowledge``. Reads no environment."""
    if configured:
        return Path(configured)
    beside_package = Path(__file__).resolve().parents[2] / "knowledge"
    if beside_package.is_dir():
        return beside_package  # a checkout: the curators' copy
    installed = Path(__file__).resolve().parents[1] / "_knowledge"
    return installed if installed.is_dir() else Path("knowledge")


class _Reader:
    """Reads typed fields from parsed YAML, recording a precise message for each problem."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[str] = []

    def problem(self, where: str, field: str, message: str) -> None:
        self.problems.append(f"{self.file}: {where}: field '{field}': {message}")

    def text(self, data: Any, key: str, where: str, prefix: str = "") -> str:
        value = data.get(key) if isinstance(data, dict) else None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # "date: 5" is a typo, not a date: numbers must be quoted to count as text.
            self.problem(where, prefix + key, f"must be a text in quotes, got the number {value}")
            return str(value)
        if not isinstance(value, str) or not value.strip():
            self.problem(where, prefix + key, "must be a non-empty text")
            return ""
        return value.strip()

    def only(self, data: Any, allowed: frozenset[str], where: str) -> None:
        """Unknown keys are errors ("anwser", "fakt"), with the nearest known key suggested."""
        if not isinstance(data, dict):
            return
        for key in sorted(set(map(str, data)) - allowed):
            self.problem(where, key, f"unknown field{did_you_mean(key, allowed)}; known: {', '.join(sorted(allowed))}")

    def optional_text(self, data: dict[str, Any], key: str, where: str) -> str | None:
        return self.text(data, key, where) if data.get(key) is not None else None

    def bilingual(self, data: Any, key: str, where: str) -> Bilingual:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, dict):
            self.problem(where, key, "must have a 'da' and an 'en' text")
            return Bilingual("", "")
        self.only(value, _BILINGUAL_KEYS, f"{where}, {key}")
        return Bilingual(self.text(value, "da", where, key + "."), self.text(value, "en", where, key + "."))

    def pair(self, data: Any, stem: str, where: str) -> Bilingual:
        """Read ``stem_da``/``stem_en`` sibling fields as one bilingual text."""
        return Bilingual(self.text(data, f"{stem}_da", where), self.text(data, f"{stem}_en", where))

    def text_list(self, data: Any, key: str, where: str, *, required: bool = True) -> tuple[str, ...]:
        value = data.get(key) if isinstance(data, dict) else None
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not value:
            self.problem(where, key, "must be a non-empty list of texts")
            return ()
        items = []
        for index, item in enumerate(value):
            if not isinstance(item, (str, int)) or not str(item).strip():
                self.problem(where, f"{key}[{index}]", "must be a non-empty text")
            else:
                items.append(str(item).strip())
        return tuple(items)

    def mapping(self, data: Any, key: str, where: str) -> dict[str, Any]:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, dict):
            self.problem(where, key, "must be a mapping")
            return {}
        return value

    def items(self, data: Any, key: str, where: str) -> list[dict[str, Any]]:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, list) or not value:
            self.problem(where, key, "must be a non-empty list")
            return []
        good = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                good.append(item)
            else:
                self.problem(where, f"{key}[{index}]", "must be a mapping")
        return good


SUGGEST_CUTOFF = 60
"""``fuzz.ratio`` at which a misspelt key or kind is probably the known one ("anwser")."""


def did_you_mean(word: str, known: Iterable[str]) -> str:
    match = process.extractOne(word, list(known), scorer=fuzz.ratio, processor=None, score_cutoff=SUGGEST_CUTOFF)
    return f" (did you mean '{match[0]}'?)" if match else ""


def _parse_yaml(path: Path, problems: list[str]) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except FileNotFoundError:
        problems.append(f"{path}: file is missing")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot be read: {exc}")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problems.append(f"{path}: is not valid YAML{where}: {getattr(exc, 'problem', exc)}")
    return None


def load_knowledge(directory: Path | str | None = None) -> Knowledge:
    """Load and validate ``facts.yaml``, ``municipalities.yaml`` and ``qa/*.yaml``."""
    root = Path(directory) if directory is not None else default_knowledge_dir()
    problems: list[str] = []
    if not root.is_dir():
        raise KnowledgeError([f"{root}: knowledge directory not found (set BOT_KNOWLEDGE_DIR)"])
    facts_path = root / "facts.yaml"
    facts = _parse_yaml(facts_path, problems)
    municipalities_path = root / "municipalities.yaml"
    municipality_data = _parse_yaml(municipalities_path, problems)
    qa_files = sorted((root / "qa").glob("*.yaml"))
    if not qa_files:
        problems.append(f"{root / 'qa'}: no Q&A files (*.yaml) found")
    qa_data = [(path, _parse_yaml(path, problems)) for path in qa_files]
    passages_path = root / "passages.yaml"
    # Optional: a knowledge base can answer without quoting its article.
    passage_data = _parse_yaml(passages_path, problems) if passages_path.exists() else None
    vocabulary_path = root / "vocabulary.yaml"
    # Optional: without it, questions are matched by the language's words alone.
    vocabulary_data = _parse_yaml(vocabulary_path, problems) if vocabulary_path.exists() else None
    if problems:
        raise KnowledgeError(problems)

    reader = _Reader(str(facts_path))
    parts = read_facts(reader, facts)
    municipality_reader = _Reader(str(municipalities_path))
    municipalities = read_municipalities(municipality_reader, municipality_data)
    entries: list[QAEntry] = []
    entry_problems: list[str] = []
    for path, data in qa_data:
        qa_reader = _Reader(str(path))
        entries.extend(read_entries(qa_reader, data, set(parts.sources)))
        entry_problems.extend(qa_reader.problems)
    seen: dict[str, str] = {}
    for entry in entries:
        if entry.id in seen:
            entry_problems.append(
                f"{entry.file}: entry '{entry.id}': field 'id': duplicate id, also in {seen[entry.id]}"
            )
        seen.setdefault(entry.id, entry.file)
    passage_reader = _Reader(str(passages_path))
    passages = read_passages(passage_reader, passage_data, set(parts.sources)) if passage_data is not None else ()
    vocabulary_reader = _Reader(str(vocabulary_path))
    vocabulary = read_vocabulary(vocabulary_reader, vocabulary_data) if vocabulary_data is not None else Vocabulary()
    titles = {fold(person.title.da) for seat in parts.seats for person in seat.people}
    for title in vocabulary.title_names:
        if fold(title) not in titles:
            vocabulary_reader.problem(f"title_names '{title}'", "-", "no member holds this title in facts.yaml")
    gazetteer = {fold(alias) for m in municipalities for alias in (m.name, *m.aliases)}
    known = [m.name for m in municipalities]
    for seat in parts.seats:
        _in_gazetteer(reader, f"seat '{seat.id}'", seat.municipality, gazetteer, known)
        for former in seat.former:
            _in_gazetteer(
                reader, f"seat '{seat.id}', former member '{former.name}'", former.municipality, gazetteer, known
            )
    problems = (
        reader.problems
        + municipality_reader.problems
        + entry_problems
        + passage_reader.problems
        + vocabulary_reader.problems
    )
    if problems:
        raise KnowledgeError(problems)
    return Knowledge(
        article=parts.article,
        sources=parts.sources,
        organisations=parts.organisations,
        seats=parts.seats,
        strategy=parts.strategy,
        agreements=parts.agreements,
        municipalities=municipalities,
        entries=tuple(entries),
        passages=passages,
        vocabulary=vocabulary,
        group_name=parts.group_name,
    )


@dataclass(frozen=True)
class _FactParts:
    article: Article
    sources: dict[str, Bilingual]
    organisations: tuple[Organisation, ...]
    seats: tuple[Seat, ...]
    strategy: Strategy
    agreements: Agreements
    group_name: Bilingual


_FACTS_KEYS = frozenset({"article", "sources", "organisations", "steering_group", "strategy", "agreements"})
_PROVENANCE_KEYS = frozenset({"source", "as_of"})
_ORGANISATION_KEYS = frozenset({"id", "short", "name_da", "name_en", "aliases", "about"}) | _PROVENANCE_KEYS
_SEAT_KEYS = frozenset({"id", "organisation", "municipality", "organisation_id", "chair", "people", "former"})
_PERSON_KEYS = frozenset({"name", "title_da", "title_en", "pronoun"}) | _PROVENANCE_KEYS
_FORMER_KEYS = _PERSON_KEYS | {"left", "replaced_by", "organisation", "municipality"}
_STRATEGY_KEYS = (
    frozenset({"name_da", "name_en", "period", "adopted_da", "adopted_en", "purpose_da", "purpose_en", "themes"})
    | _PROVENANCE_KEYS
)
_THEME_KEYS = (
    frozenset({"number", "title_da", "title_en", "keywords", "unlike", "note_da", "note_en"}) | _PROVENANCE_KEYS
)
_AGREEMENTS_KEYS = (
    frozenset({"name_da", "name_en", "established", "savings_da", "savings_en", "participation_da", "participation_en"})
    | _PROVENANCE_KEYS
)
_ENTRY_KEYS = frozenset({"id", "kind", "source", "questions", "answer", "fact", "as_of"})
_ARTICLE_KEYS = frozenset({"title", "date", "summary"})
_GROUP_KEYS = frozenset({"set_up_by", "seats", "name_da", "name_en"})
_MUNICIPALITY_KEYS = frozenset({"name", "aliases"})
_PASSAGE_KEYS = frozenset({"id", "source", "da", "en", "speaker"})
_BILINGUAL_KEYS = frozenset(LANGUAGES)
_QUESTIONS_KEYS = frozenset(LANGUAGES)
# The top level of the other files: one list each.
_MUNICIPALITIES_FILE_KEYS = frozenset({"municipalities"})
_PASSAGES_FILE_KEYS = frozenset({"passages"})
_QA_FILE_KEYS = frozenset({"entries"})

_VOCABULARY_FILE_KEYS = frozenset({"synonyms", "title_parts", "phrases", "title_names"})
FIELDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        # Named as knowledge/schema/*.schema.json name them: a file's top level by the file
        # ("qa" for qa/*.yaml), a record by its `$defs` entry. tests/test_schema.py asserts the
        # schemas accept exactly these keys, so an editor never approves what check refuses.
        "facts": _FACTS_KEYS,
        "article": _ARTICLE_KEYS,
        "bilingual": _BILINGUAL_KEYS,
        "organisation": _ORGANISATION_KEYS,
        "steering_group": _GROUP_KEYS,
        "seat": _SEAT_KEYS,
        "person": _PERSON_KEYS,
        "former": _FORMER_KEYS,
        "strategy": _STRATEGY_KEYS,
        "theme": _THEME_KEYS,
        "agreements": _AGREEMENTS_KEYS,
        "municipalities": _MUNICIPALITIES_FILE_KEYS,
        "municipality": _MUNICIPALITY_KEYS,
        "passages": _PASSAGES_FILE_KEYS,
        "passage": _PASSAGE_KEYS,
        "qa": _QA_FILE_KEYS,
        "entry": _ENTRY_KEYS,
        "vocabulary": _VOCABULARY_FILE_KEYS,
        "questions": _QUESTIONS_KEYS,
    }
)
"""The keys each kind of knowledge record accepts; any other key is an error."""
_DATE = lazy(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL_DATE = lazy(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _as_of(reader: _Reader, item: dict[str, Any], where: str) -> str | None:
    if item.get("as_of") is None:
        return None
    as_of = reader.text(item, "as_of", where)
    if as_of and not _DATE.match(as_of):
        reader.problem(where, "as_of", f"must be a date written YYYY-MM-DD, got '{as_of}'")
    return as_of or None


def _provenance(reader: _Reader, item: dict[str, Any], where: str, default: str, sources: set[str]) -> Provenance:
    """A fact's ``source`` (default: the part of the article such facts come from) and its
    ``as_of`` date; a curator's note must say when it was true."""
    as_of = _as_of(reader, item, where)
    source = reader.text(item, "source", where) if "source" in item else (CURATOR if as_of else default)
    if source and source not in sources:
        reader.problem(where, "source", f"unknown source '{source}'{did_you_mean(source, sources)}")
    if source == CURATOR and as_of is None:
        reader.problem(where, "as_of", "a curator's note needs the date it was true, as YYYY-MM-DD")
    return Provenance(source, as_of)


def read_facts(reader: _Reader, data: Any) -> _FactParts:
    if not isinstance(data, dict):
        reader.problem("top level", "-", "must be a mapping with article, sources, organisations, ...")
        data = {}
    reader.only(data, _FACTS_KEYS, "top level")
    article_data = reader.mapping(data, "article", "article")
    reader.only(article_data, _ARTICLE_KEYS, "article")
    article = Article(
        title=reader.text(article_data, "title", "article"),
        date=reader.text(article_data, "date", "article"),
        summary=reader.bilingual(article_data, "summary", "article"),
    )
    sources = {
        str(key): reader.bilingual(data["sources"], key, f"source '{key}'")
        for key in reader.mapping(data, "sources", "sources")
    }
    for citation in CITATIONS:
        if citation not in sources:
            reader.problem("sources", citation, "is required: the bot's fact answers cite it")

    organisations = []
    for item in reader.items(data, "organisations", "organisations"):
        where = f"organisation '{item.get('id', '?')}'"
        reader.only(item, _ORGANISATION_KEYS, where)
        organisations.append(
            Organisation(
                id=reader.text(item, "id", where),
                short=reader.text(item, "short", where),
                name=reader.pair(item, "name", where),
                aliases=reader.text_list(item, "aliases", where),
                about=reader.bilingual(item, "about", where),
                provenance=_provenance(reader, item, where, BACKGROUND, set(sources)),
            )
        )
    organisation_ids = {o.id for o in organisations}

    group = reader.mapping(data, "steering_group", "steering_group")
    reader.only(group, _GROUP_KEYS, "steering_group")
    group_name = reader.pair(group, "name", "steering_group")
    seats = []
    seen_seats: set[str] = set()
    seen_people: set[str] = set()
    for item in reader.items(group, "seats", "steering_group"):
        seat_id = reader.text(item, "id", "seat '?'")
        where = f"seat '{seat_id}'"
        reader.only(item, _SEAT_KEYS, where)
        if seat_id in seen_seats:
            reader.problem(where, "id", "duplicate seat id")
        seen_seats.add(seat_id)
        for person in item.get("people") or []:
            reader.only(
                person,
                _PERSON_KEYS,
                f"{where}, person '{person.get('name', '?') if isinstance(person, dict) else '?'}'",
            )
            name = person.get("name") if isinstance(person, dict) else None
            if isinstance(name, str) and name.strip() in seen_people:
                reader.problem(where, "people.name", f"'{name.strip()}' is already in another seat")
            if isinstance(name, str):
                seen_people.add(name.strip())
        municipality = reader.optional_text(item, "municipality", where)
        organisation_id = reader.optional_text(item, "organisation_id", where)
        if municipality is None and organisation_id is None:
            reader.problem(where, "municipality", "a seat needs a municipality or an organisation_id")
        if organisation_id is not None and organisation_id not in organisation_ids:
            reader.problem(where, "organisation_id", f"unknown organisation '{organisation_id}'")
        people = tuple(
            Person(
                name=reader.text(person, "name", where, "people."),
                title=reader.pair(person, "title", where),
                seat_id=seat_id,
                provenance=_provenance(reader, person, where, MEMBERS, set(sources)),
                pronoun=_pronoun(reader, person, f"{where}, person '{person.get('name', '?')}'"),
            )
            for person in reader.items(item, "people", where)
        )
        former = _former_members(reader, item, where, seat_id, set(sources))
        for gone in former:
            if gone.name in seen_people:
                reader.problem(where, "former.name", f"'{gone.name}' is also a current member")
        seats.append(
            Seat(
                id=seat_id,
                organisation=reader.text(item, "organisation", where),
                municipality=municipality,
                organisation_id=organisation_id,
                chair=bool(item.get("chair", False)),
                people=people,
                former=former,
            )
        )
    if sum(seat.chair for seat in seats) != 1:
        reader.problem("steering_group", "chair", "exactly one seat must have 'chair: true'")

    strategy_data = reader.mapping(data, "strategy", "strategy")
    reader.only(strategy_data, _STRATEGY_KEYS, "strategy")
    themes = []
    for item in reader.items(strategy_data, "themes", "strategy"):
        number = item.get("number")
        where = f"theme {number!r}"
        reader.only(item, _THEME_KEYS, where)
        if not isinstance(number, int) or isinstance(number, bool):
            reader.problem(where, "number", "must be a whole number")
            number = 0
        themes.append(
            Theme(
                number=number,
                title=reader.pair(item, "title", where),
                keywords=reader.text_list(item, "keywords", where),
                unlike=reader.text_list(item, "unlike", where, required=False),
                note=reader.pair(item, "note", where) if "note_da" in item or "note_en" in item else None,
                provenance=_provenance(reader, item, where, FACTS_BOX, set(sources)),
            )
        )
    numbers = sorted(t.number for t in themes)
    if numbers != list(range(1, len(themes) + 1)):
        reader.problem("strategy", "themes", f"numbers must run 1..{len(themes)}, got {numbers}")
    strategy = Strategy(
        name=reader.pair(strategy_data, "name", "strategy"),
        period=reader.text(strategy_data, "period", "strategy"),
        adopted=reader.pair(strategy_data, "adopted", "strategy"),
        purpose=reader.pair(strategy_data, "purpose", "strategy"),
        themes=tuple(sorted(themes, key=lambda t: t.number)),
        provenance=_provenance(reader, strategy_data, "strategy", FACTS_BOX, set(sources)),
    )
    agreements_data = reader.mapping(data, "agreements", "agreements")
    reader.only(agreements_data, _AGREEMENTS_KEYS, "agreements")
    agreements = Agreements(
        name=reader.pair(agreements_data, "name", "agreements"),
        established=reader.text(agreements_data, "established", "agreements"),
        savings=reader.pair(agreements_data, "savings", "agreements"),
        participation=reader.pair(agreements_data, "participation", "agreements"),
        provenance=_provenance(reader, agreements_data, "agreements", FACTS_BOX, set(sources)),
    )
    return _FactParts(article, sources, tuple(organisations), tuple(seats), strategy, agreements, group_name)


def _in_gazetteer(reader: _Reader, where: str, municipality: str | None, gazetteer: set[str], known: list[str]) -> None:
    """A seat's (or a former member's) municipality must be a Danish one (municipalities.yaml)."""
    if municipality and fold(municipality) not in gazetteer:
        reader.problem(
            where, "municipality", f"'{municipality}' is not in municipalities.yaml" + did_you_mean(municipality, known)
        )


def _former_members(
    reader: _Reader, seat: dict[str, Any], where: str, seat_id: str, sources: set[str]
) -> tuple[FormerMember, ...]:
    """A seat's ``former:`` list: who held it before, when they left and who came after."""
    if seat.get("former") is None:
        return ()
    result = []
    for person in reader.items(seat, "former", where):
        here = f"{where}, former member '{person.get('name', '?')}'"
        reader.only(person, _FORMER_KEYS, here)
        left = reader.optional_text(person, "left", here)
        if left is not None and not _PARTIAL_DATE.match(left):
            reader.problem(here, "left", f"must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got '{left}'")
        result.append(
            FormerMember(
                name=reader.text(person, "name", here),
                title=reader.pair(person, "title", here),
                seat_id=seat_id,
                organisation=reader.optional_text(person, "organisation", here) or str(seat.get("organisation", "")),
                municipality=reader.optional_text(person, "municipality", here)
                or (str(seat["municipality"]) if seat.get("municipality") else None),
                left=left,
                replaced_by=reader.optional_text(person, "replaced_by", here),
                provenance=_provenance(reader, person, here, CURATOR, sources),
                pronoun=_pronoun(reader, person, here),
            )
        )
    return tuple(result)


def _pronoun(reader: _Reader, person: dict[str, Any], where: str) -> Pronoun | None:
    """The closed set of pronouns is parsed here and nowhere else; a slip would silently
    make "he" skip a man, so it is an error, not a person without a pronoun."""
    given = person.get("pronoun")
    if given is None:
        return None
    for pronoun in PRONOUN_CHOICES:
        if given == pronoun:
            return pronoun
    reader.problem(
        where, "pronoun", f"must be one of {', '.join(PRONOUN_CHOICES)}{did_you_mean(str(given), PRONOUN_CHOICES)}"
    )
    return None


def read_municipalities(reader: _Reader, data: Any) -> tuple[Municipality, ...]:
    result = []
    reader.only(data, _MUNICIPALITIES_FILE_KEYS, "top level")
    for item in reader.items(data, "municipalities", "municipalities"):
        reader.only(item, _MUNICIPALITY_KEYS, f"municipality '{item.get('name', '?')}'")
        name = reader.text(item, "name", f"municipality '{item.get('name', '?')}'")
        aliases = reader.text_list(item, "aliases", f"municipality '{name}'", required=False)
        result.append(Municipality(name=name, aliases=aliases))
    return tuple(result)


def read_passages(reader: _Reader, data: Any, source_ids: set[str]) -> tuple[Passage, ...]:
    result = []
    seen: set[str] = set()
    reader.only(data, _PASSAGES_FILE_KEYS, "top level")
    for index, item in enumerate(reader.items(data, "passages", "top level")):
        passage_id = str(item.get("id", "")).strip()
        where = f"passage '{passage_id or '#' + str(index + 1)}'"
        reader.only(item, _PASSAGE_KEYS, where)
        if not _ID.match(passage_id):
            reader.problem(where, "id", "must be lower-case letters, digits, '-' or '_'")
        elif passage_id in seen:
            reader.problem(where, "id", "duplicate id")
        seen.add(passage_id)
        source = reader.text(item, "source", where)
        if source and source not in source_ids:
            reader.problem(where, "source", f"unknown source '{source}'; known: {', '.join(sorted(source_ids))}")
        text = Bilingual(da=reader.text(item, "da", where), en=reader.text(item, "en", where))
        speaker = reader.bilingual(item, "speaker", where) if "speaker" in item else None
        result.append(Passage(id=passage_id, source=source, text=text, speaker=speaker))
    return tuple(result)


def read_vocabulary(reader: _Reader, data: Any) -> Vocabulary:
    """``vocabulary.yaml``: the subject's words. ``synonyms`` and ``title_parts`` map a concept
    to its words in both languages; ``phrases`` map a phrase to what it is read as ("" drops it)."""
    if not isinstance(data, dict):
        reader.problem("top level", "-", "must be a mapping with synonyms, title_parts and phrases")
        return Vocabulary()
    reader.only(data, _VOCABULARY_FILE_KEYS, "top level")
    groups: dict[str, dict[str, str]] = {"synonyms": {}, "title_parts": {}}
    for key, words_of in groups.items():
        table = reader.mapping(data, key, key) if key in data else {}
        for concept, _ in table.items():
            for word in reader.text_list(table, concept, f"{key} '{concept}'"):
                words_of[fold(word)] = fold(str(concept))
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for phrase, reading in (reader.mapping(data, "phrases", "phrases") if "phrases" in data else {}).items():
        if not isinstance(reading, str):
            reader.problem("phrases", str(phrase), 'must be a text in quotes ("" drops the phrase)')
            continue
        phrases[tuple(fold(str(phrase)).split())] = tuple(fold(reading).split())
    names = reader.mapping(data, "title_names", "title_names") if "title_names" in data else {}
    title_names = {str(title): tuple(reader.text_list(names, title, f"title_names '{title}'")) for title in names}
    return Vocabulary(
        synonyms=groups["synonyms"], title_parts=groups["title_parts"], phrases=phrases, title_names=title_names
    )


def _entry_kind(reader: _Reader, item: dict[str, Any], where: str) -> EntryKind:
    """The closed set of entry kinds is parsed here and nowhere else."""
    given = str(item.get("kind", "answer"))
    for kind in ENTRY_KINDS:
        if given == kind:
            return kind
    reader.problem(where, "kind", f"must be one of {', '.join(ENTRY_KINDS)}{did_you_mean(given, ENTRY_KINDS)}")
    return "answer"


def read_entries(reader: _Reader, data: Any, source_ids: set[str]) -> list[QAEntry]:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        reader.problem("top level", "entries", "the file must hold 'entries:' with a list of entries")
        return []
    reader.only(data, _QA_FILE_KEYS, "top level")
    entries = []
    for index, item in enumerate(data["entries"]):
        if not isinstance(item, dict):
            reader.problem(f"entry #{index + 1}", "-", "must be a mapping")
            continue
        entry_id = str(item.get("id", "")).strip()
        where = f"entry '{entry_id or '#' + str(index + 1)}'"
        if not _ID.match(entry_id):
            reader.problem(where, "id", "must be lower-case letters, digits, '-' or '_'")
        kind = _entry_kind(reader, item, where)
        reader.only(item, _ENTRY_KEYS, where)
        question_data = reader.mapping(item, "questions", where)
        reader.only(question_data, _QUESTIONS_KEYS, f"{where}, questions")
        questions: dict[Lang, tuple[str, ...]] = {
            lang: reader.text_list(question_data, lang, where) for lang in LANGUAGES
        }
        fact = item.get("fact")
        if fact is not None and fact not in FACT_RENDERERS:
            reader.problem(where, "fact", f"unknown fact '{fact}'; known: {', '.join(FACT_RENDERERS)}")
        answer = reader.bilingual(item, "answer", where) if fact is None or "answer" in item else None
        for lang_text in (answer.da, answer.en) if answer else ():
            for name in _BRACED.findall(lang_text):
                if name not in PLACEHOLDERS:
                    reader.problem(
                        where,
                        "answer",
                        f"placeholder '{{{name}}}' names no fact{did_you_mean(name, PLACEHOLDERS)}; "
                        f"known: {', '.join(PLACEHOLDERS)}",
                    )
        source = reader.text(item, "source", where)
        if source and source not in source_ids:
            reader.problem(where, "source", f"unknown source '{source}'; known: {', '.join(sorted(source_ids))}")
        as_of = _as_of(reader, item, where)
        if source == CURATOR and as_of is None:
            reader.problem(where, "as_of", "a curator's note needs the date it was true, as YYYY-MM-DD")
        entries.append(
            QAEntry(
                id=entry_id,
                kind=kind,
                questions=questions,
                answer=answer,
                fact=str(fact) if fact is not None else None,
                source=source,
                file=reader.file,
                as_of=as_of,
            )
        )
    return entries
