"""The Telegram bot's own sentences in Danish and English (not knowledge: they say what the bot is).

Plain text: ``bot.telegram.format`` escapes everything before it goes out as HTML.
"""

from __future__ import annotations

from bot.core.knowledge import Bilingual, Lang

HELP = Bilingual(
    da=(
        "Hej! Jeg svarer på spørgsmål om {group} og {strategy} {period}, ud fra artiklen fra {date}. "
        "Spørg på dansk eller engelsk, fx:\n"
        "• Hvem er formand for styregruppen?\n"
        "• Hvem repræsenterer {place}?\n"
        "• Hvad er tema 1?\n"
        "• Er det rigtigt, at styregruppen har 3 medlemmer?\n\n"
        "Kommandoer: /members (medlemmerne), /themes (strategiens temaer), /about (artiklen), "
        "/ask <spørgsmål>.\n"
        "I en gruppe svarer jeg, når du skriver /ask, nævner mig med @{username} eller svarer på "
        "en af mine beskeder.\n\n"
        "Du kan spørge videre («og hans titel?», «og Hjørring?»); svarer du på et af mine svar, "
        "fortsætter du den samtale. /related on|off: forslag til næste spørgsmål under svarene. "
        "/privacy on|off: om ubesvarede spørgsmål gemmes til forbedring af svarene."
    ),
    en=(
        "Hello! I answer questions about {group} and {strategy} {period}, based on the article of "
        "{date}. Ask in English or Danish, for example:\n"
        "• Who chairs the steering group?\n"
        "• Who represents {place}?\n"
        "• What is theme 1?\n"
        "• The group has 3 members, right?\n\n"
        "Commands: /members (the members), /themes (the strategy's themes), /about (the article), "
        "/ask <question>.\n"
        "In a group I answer when you use /ask, mention me as @{username} or reply to one of my messages.\n\n"
        'You can ask follow-ups ("and his title?", "and Hjørring?"); replying to one of my answers '
        "continues that conversation. /related on|off: suggested next questions under answers. "
        "/privacy on|off: whether unanswered questions are kept to improve the answers."
    ),
)
ASK_USAGE = Bilingual(
    da="Skriv dit spørgsmål efter kommandoen, fx: /ask Hvem er formand for styregruppen?",
    en="Put your question after the command, e.g. /ask Who chairs the steering group?",
)
TEXT_ONLY = Bilingual(
    da="Jeg forstår kun tekst: skriv dit spørgsmål med ord.",
    en="I only understand text: please type your question.",
)
NOT_ALLOWED = Bilingual(
    da="Beklager, denne bot er ikke åben for denne chat.",
    en="Sorry, this bot is not available in this chat.",
)
ADMINS_ONLY = Bilingual(
    da="Beklager, det kan kun bottens administratorer.",
    en="Sorry, only the bot's administrators can do that.",
)
SLOW_DOWN = Bilingual(
    da=(
        "Du spørger hurtigere, end jeg kan nå at svare alle: højst {limit} spørgsmål i minuttet. "
        "Vent et øjeblik; det, du sender inden da, springer jeg over."
    ),
    en=(
        "You are asking faster than I can answer everyone: at most {limit} questions a minute. "
        "Please wait a moment; I skip what you send before then."
    ),
)
VOTE_THANKS = Bilingual(da="Tak for din vurdering!", en="Thanks for your feedback!")
VOTE_CHANGED = Bilingual(da="Din stemme er ændret til {vote}. Tak!", en="Your vote is now {vote}. Thanks!")
VOTE_AGAIN = Bilingual(da="Du har allerede stemt {vote} på dette svar.", en="You already voted {vote} on this answer.")
EXPIRED = Bilingual(
    da="Denne knap er udløbet. Stil spørgsmålet igen.",
    en="This button has expired. Please ask again.",
)
ERROR = Bilingual(
    da="Beklager, noget gik galt. Prøv igen om lidt.",
    en="Sorry, something went wrong. Please try again in a moment.",
)
INLINE_HINT = Bilingual(da="Skriv et spørgsmål om styregruppen", en="Type a question about the steering group")
NO_ANSWER_TITLE = Bilingual(da="Intet svar i artiklen", en="No answer in the article")

RELOAD_OK = Bilingual(
    da="Viden genindlæst: {entries} spørgsmål, {seats} pladser, {themes} temaer.",
    en="Knowledge reloaded: {entries} entries, {seats} seats, {themes} themes.",
)
RELOAD_FAILED = Bilingual(
    da="Genindlæsning afvist, jeg bruger stadig den gamle viden. Problemer:",
    en="Reload refused, I keep using the old knowledge. Problems:",
)
STATS = Bilingual(
    da=("De sidste {days} dage: {answered} besvaret, {unanswered} ubesvaret, {up} 👍 og {down} 👎."),
    en="Last {days} days: {answered} answered, {unanswered} unanswered, {up} 👍 and {down} 👎.",
)

PRIVACY = Bilingual(
    da="Spørgsmål, jeg ikke kan svare på, og 👍/👎 gemmes uden navne og id'er, så svarene kan forbedres.",
    en=(
        "Questions I cannot answer, and 👍/👎 votes, are recorded without names or ids so the answers can be improved."
    ),
)
PRIVACY_ON = Bilingual(da="Det gemmes nu for denne chat.", en="Recording is on for this chat.")
PRIVACY_OFF = Bilingual(da="Det gemmes ikke længere for denne chat.", en="Recording is off for this chat.")
PRIVACY_OFF_CONFIGURED = Bilingual(
    da="Det gemmes ikke for denne chat: bottens operatør har slået det fra her, og /privacy on kan ikke slå det til.",
    en=(
        "Recording is off for this chat: the bot's operator has turned it off here, and /privacy on "
        "cannot turn it back on."
    ),
)
PRIVACY_OFF_EVERYWHERE = Bilingual(
    da="Intet gemmes: bottens operatør har slået det fra for alle chats.",
    en="Nothing is recorded: the bot's operator has turned recording off for every chat.",
)
PRIVACY_HOW = Bilingual(
    da="/privacy off slår det fra, /privacy on til igen.",
    en="/privacy off turns it off, /privacy on back on.",
)
PRIVACY_HOW_GROUP = Bilingual(
    da="Gruppens administratorer kan slå det fra med /privacy off og til igen med /privacy on.",
    en="The group's administrators can turn it off with /privacy off, and back on with /privacy on.",
)
PRIVACY_ADMINS_ONLY = Bilingual(
    da="Kun gruppens administratorer kan ændre det, så intet er ændret.",
    en="Only this group's administrators can change that, so nothing was changed.",
)
RELATED_ON = Bilingual(
    da="Under svarene foreslår jeg relaterede spørgsmål, som du kan trykke på. /related off slår dem fra.",
    en="Under answers I offer related questions you can tap. /related off turns them off.",
)
RELATED_OFF = Bilingual(
    da="Jeg foreslår ikke relaterede spørgsmål under svarene her. /related on slår dem til.",
    en="I do not offer related questions under answers here. /related on turns them on.",
)
RELATED_ADMINS_ONLY = PRIVACY_ADMINS_ONLY

COMMANDS: dict[Lang, list[tuple[str, str]]] = {
    "da": [
        ("help", "Hvad kan jeg spørge om?"),
        ("ask", "Stil et spørgsmål"),
        ("members", "Styregruppens medlemmer"),
        ("themes", "Strategiens temaer"),
        ("about", "Om artiklen"),
        ("privacy", "Hvad gemmes der?"),
        ("related", "Relaterede spørgsmål til eller fra"),
    ],
    "en": [
        ("help", "What can I ask?"),
        ("ask", "Ask a question"),
        ("members", "The steering group's members"),
        ("themes", "The strategy's themes"),
        ("about", "About the article"),
        ("privacy", "What is recorded?"),
        ("related", "Related questions on or off"),
    ],
}
"""The command menu set with ``set_my_commands`` (admin commands stay out of it)."""


def language_of(code: str | None) -> Lang:
    """Telegram's ``language_code`` as a reply language: Danish for ``da``, else English."""
    return "da" if code and code.lower().startswith("da") else "en"
