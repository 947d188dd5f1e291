"""The application's life: the command menu at start, reloading the knowledge (``/reload`` and
SIGHUP), and closing the recorder at the end."""

from __future__ import annotations

import asyncio
import logging
import signal

from telegram import BotCommand
from telegram.error import TelegramError

from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeError
from bot.telegram.contract import check_entries
from bot.telegram.state import App, BotData
from bot.telegram.texts import COMMANDS

log = logging.getLogger(__name__)


async def reload_knowledge(state: BotData) -> list[str]:
    """Load and validate the knowledge again; swap it in only if valid. Returns the problems."""
    async with state.reload_lock:
        try:
            engine = await asyncio.to_thread(Engine.from_directory, state.knowledge_dir)
            check_entries(engine.knowledge)
        except KnowledgeError as error:
            log.warning("reload refused, keeping the old knowledge: %s", error)
            return list(error.problems)
        except OSError as error:
            log.warning("reload refused, keeping the old knowledge: %s", error)
            return [str(error)]
        state.engine = engine
        log.info("knowledge reloaded: %d entries", len(engine.knowledge.entries))
        return []


async def post_init(app: App) -> None:
    try:
        for lang, commands in COMMANDS.items():
            menu = [BotCommand(name, description) for name, description in commands]
            await app.bot.set_my_commands(menu, language_code=lang if lang != "en" else None)
    except TelegramError as error:
        log.warning("could not set the command menu (%s); going on without it", error)
    _reload_on_sighup(app)
    log.info("bot @%s ready", app.bot.username)


def _reload_on_sighup(app: App) -> None:
    if not hasattr(signal, "SIGHUP"):
        return

    async def reload() -> None:
        problems = await reload_knowledge(app.bot_data)
        for problem in problems:
            log.error("reload: %s", problem)

    try:
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: app.create_task(reload()))
    except (NotImplementedError, RuntimeError) as error:  # not the main thread, or no signals here
        log.debug("no SIGHUP reload: %s", error)


async def post_shutdown(app: App) -> None:
    try:
        app.bot_data.recorder.close()
    except Exception:
        log.exception("closing the recorder failed")
