"""Where an answer comes from, said in one line: the part of the article, background, or a
curator's note with the date it was true. Every adapter shows it the same way."""

from __future__ import annotations

from bot.core.knowledge import BACKGROUND, Bilingual, Knowledge, Lang
from bot.core.phrases import say

FROM_ARTICLE = Bilingual(da="Kilde: {source}, artiklen fra {date}", en="Source: {source}, article of {date}")
FROM_BACKGROUND = Bilingual(da="Kilde: {source}", en="Source: {source}")
NOTED = Bilingual(da="Kilde: {source}, pr. {as_of}", en="Source: {source}, as of {as_of}")


def source_line(citation: str | None, lang: Lang, knowledge: Knowledge, as_of: str | None = None) -> str:
    """ "Source: the list of the group's members, article of 05-07-2017", or "" for none."""
    if citation is None:
        return ""
    label = knowledge.sources.get(citation)
    source = label.get(lang) if label is not None else citation
    if as_of:
        return say(NOTED, lang, source=source, as_of=as_of)
    if citation == BACKGROUND:
        return say(FROM_BACKGROUND, lang, source=source)
    return say(FROM_ARTICLE, lang, source=source, date=knowledge.article.date)
