"""A question-answering bot for one article, from the curated knowledge in ``knowledge/``.

The public API is the core's: load the knowledge, build an ``Engine``, ask it questions::

    from bot import Engine
    answer = Engine.from_directory().ask("Hvem er formand?")
    print(answer.text, [s.question for s in answer.suggestions])

Importing ``bot`` loads neither Telegram nor SQLite: the adapters (``bot.telegram``,
``bot.curation``, ``bot.cli``) are imported only where they are used.
"""

from bot.config import Config, ConfigError, load_config
from bot.core.answer import Answer, KeyKind, Outcome, Suggestion, SuggestionKey, entry_key, parse_key, person_key
from bot.core.engine import Engine
from bot.core.knowledge import Knowledge, KnowledgeError, Lang
from bot.core.loader import default_knowledge_dir, load_knowledge

__all__ = [
    "Answer",
    "Config",
    "ConfigError",
    "Engine",
    "KeyKind",
    "Knowledge",
    "KnowledgeError",
    "Lang",
    "Outcome",
    "Suggestion",
    "SuggestionKey",
    "default_knowledge_dir",
    "entry_key",
    "load_config",
    "load_knowledge",
    "parse_key",
    "person_key",
]
