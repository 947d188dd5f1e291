"""Every theme but those named: "themes of the strategy besides samarbejde?", "which themes
are there besides theme 1?", "de andre temaer end det digitale?".

A theme is named by its number ("theme 1"), by a word of it ("samarbejde", "digital") or by
its place ("apart from the first one", "udover det sidste"), after the word that sets it apart
("besides", "udover", "other … than").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.entities import Mention
from bot.core.fact_questions import FactReply
from bot.core.facts import FactRenderer
from bot.core.knowledge import FACTS_BOX, Bilingual, Lang
from bot.core.lexicon import LAST_WORDS, OTHERS_WORDS, ordinal_words, word_set
from bot.core.normalize import fold
from bot.core.phrases import say
from bot.core.turn_words import BESIDES_WORDS

THEME_PLURALS = word_set("themes temaer temaerne")
OTHER_THEMES = Bilingual(da="De {count} andre temaer:", en="The {count} other themes:")


def other_themes(
    render: FactRenderer, mentions: Sequence[Mention], words: Sequence[str], lang: Lang
) -> FactReply | None:
    asked = set(words)
    if not asked & THEME_PLURALS or any(m.kind != "theme" for m in mentions):
        return None
    apart = next((i for i, w in enumerate(words) if w in BESIDES_WORDS | OTHERS_WORDS), None)
    if apart is None:
        return None
    themes = render.k.strategy.themes
    named = {int(m.ids[0]) for m in mentions if m.start > apart}
    later = set(words[apart + 1 :])
    named |= {t.number for t in themes if later & {fold(k) for k in t.keywords}}
    ordinals = ordinal_words()
    named |= {n for n in (ordinals.get(w, 0) for w in later) if 0 < n <= len(themes)}
    if later & LAST_WORDS:
        named.add(themes[-1].number)
    if not named or len(named) >= len(themes):
        return None
    kept = [t for t in themes if t.number not in named]
    lines = [f"{t.number}. {render.theme_title(t, lang)}" for t in kept]
    return FactReply(
        "\n".join([say(OTHER_THEMES, lang, count=len(kept)), *lines]), "answer", 100, "fact:themes", FACTS_BOX
    )
