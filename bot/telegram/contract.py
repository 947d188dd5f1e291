"""The knowledge the Telegram bot names in its code: the entry ids of its commands and of
the empty inline query, declared once in ``ENTRIES``.

``check_entries`` compares them with a loaded knowledge directory. ``build_application`` runs it
before the bot starts (a directory lacking one stops ``run`` with exit status 3), and so does
every ``/reload`` or SIGHUP reload (the old knowledge stays).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from bot.core.knowledge import Knowledge, KnowledgeError


@dataclass(frozen=True)
class EntriesUsed:
    """Each field is one use of the knowledge by entry id; ``metadata["use"]`` says where."""

    members: str = field(default="members", metadata={"use": "/members"})
    """``/members`` answers this entry."""
    themes: str = field(default="themes", metadata={"use": "/themes"})
    """``/themes`` answers this entry."""
    about: str = field(default="article", metadata={"use": "/about"})
    """``/about`` answers this entry."""
    inline_start: tuple[str, ...] = field(default=("chair", "members", "themes"), metadata={"use": "inline mode"})
    """What an empty inline query offers: the most asked-for entries."""

    def uses(self) -> dict[str, list[str]]:
        """Every entry id used -> where it is used, in declaration order."""
        found: dict[str, list[str]] = {}
        for spec in fields(self):
            value = getattr(self, spec.name)
            for entry_id in (value,) if isinstance(value, str) else value:
                found.setdefault(entry_id, []).append(spec.metadata["use"])
        return found


ENTRIES = EntriesUsed()


def missing_entries(knowledge: Knowledge, entries: EntriesUsed = ENTRIES) -> dict[str, list[str]]:
    """The entry ids ``entries`` uses that ``knowledge`` lacks -> where they are used."""
    present = {entry.id for entry in knowledge.entries}
    return {entry_id: uses for entry_id, uses in entries.uses().items() if entry_id not in present}


def check_entries(knowledge: Knowledge, entries: EntriesUsed = ENTRIES) -> None:
    """Raise ``KnowledgeError`` with one line naming every missing entry id and its use."""
    missing = missing_entries(knowledge, entries)
    if missing:
        named = "; ".join(f"'{entry_id}' (used by {', '.join(uses)})" for entry_id, uses in missing.items())
        raise KnowledgeError([f"the Telegram bot needs entries the knowledge lacks: {named}"])
