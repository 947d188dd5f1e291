"""Swedish, Norwegian and German words read as the Danish ones they stand for.

A Scandinavian colleague writes "vem är ordförande?" or "hva er innkjøpssjefens titel?": the
question words, the small words and a few words of the subject differ from Danish only in
spelling. A German consultant's English borrows nouns ("who is Vorsitzender of the Gremium?").
They are put in Danish before anything else reads the message, so every later step (compound
parts, claims, spelling correction) meets Danish. Words are matched as written, with their own
letters (ä, ö), because folding would merge "är" with the Danish "år".
"""

from __future__ import annotations

import re
from functools import lru_cache

_NEIGHBOUR_WORDS: dict[str, str] = {
    # phrases first: the longest match wins
    "hur många": "hvor mange",
    "hur mange": "hvor mange",
    "vem": "hvem",
    "vad": "hvad",
    "hva": "hvad",
    "vilken": "hvilken",
    "vilket": "hvilket",
    "vilka": "hvilke",
    "hur": "hvordan",
    "när": "hvornår",
    "varför": "hvorfor",
    "många": "mange",
    "är": "er",
    "och": "og",
    "från": "fra",
    "ifrån": "fra",
    "för": "for",
    "samma": "samme",
    "två": "to",
    "inte": "ikke",
    "ikkje": "ikke",
    "sant": "sandt",
    "nei": "nej",
    "noen": "nogen",
    "noe": "noget",
    "också": "også",
    "finns": "findes",
    "hon": "hun",
    "honom": "ham",
    "hennes": "hendes",
    "deras": "deres",
    "heter": "hedder",
    "sitter": "sidder",
    "gick": "gik",
    "säger": "siger",
    "sade": "sagde",
    "kallas": "kaldes",
    "förklara": "forklar",
    "tack": "tak",
    "takk": "tak",
    "mycket": "meget",
    "mye": "meget",
    "fel": "forkert",
    "feil": "forkert",
    "riktig": "rigtig",
    "riktigt": "rigtigt",
    "stämmer": "stemmer",
    "första": "første",
    "förste": "første",
    "sista": "sidste",
    "siste": "sidste",
    "gammal": "gammel",
    "ålder": "alder",
    "lön": "løn",
    "kommun": "kommune",
    "medlemmar": "medlemmer",
    "medlemmarna": "medlemmerne",
    "titeln": "titlen",
    "temat": "temaet",
    "styrgrupp": "styregruppe",
    "styrgruppen": "styregruppen",
    "styrgruppens": "styregruppens",
    "styringsgruppe": "styregruppe",
    "styringsgruppen": "styregruppen",
    "representerar": "repræsenterer",
    "representerade": "repræsenteret",
    "representanter": "repræsentanter",
    "representant": "repræsentant",
    "ordförande": "formand",
    "ordföranden": "formanden",
    "vd": "adm. direktør",
    "sjef": "chef",
    "kommundirektör": "kommunaldirektør",
    "kommunedirektør": "kommunaldirektør",
    "rådmann": "kommunaldirektør",
    "rådman": "kommunaldirektør",
    "ekonomidirektör": "økonomidirektør",
    "inköp": "indkøb",
    "inköpschef": "indkøbschef",
    "innkjøp": "indkøb",
    "innkjøpssjef": "indkøbschef",
    "upphandling": "udbud",
    "besparingar": "besparelser",
    "besparingarna": "besparelserne",
    "besparingen": "besparelsen",
    "miljoner": "millioner",
    "miljard": "milliard",
    "miljarder": "milliarder",
    "avtal": "aftale",
    "avtalet": "aftalen",
    "avtalen": "aftalerne",
    "avtalene": "aftalerne",
    "avtaler": "aftaler",
    "strategin": "strategien",
    "etablerades": "blev etableret",
    "antogs": "blev vedtaget",
    "antog": "vedtog",
    "nedlagda": "nedlagte",
    "jobbar": "arbejder",
    "ingår": "indgår",
    # German nouns in an English or Danish sentence
    "vorsitzender": "formand",
    "vorsitzende": "formand",
    "vorsitz": "formandskab",
    "gremium": "styregruppe",
    "gremiums": "styregruppens",
    "mitglied": "medlem",
    "mitglieder": "medlemmer",
    "gemeinde": "kommune",
    "gemeinden": "kommuner",
    "einkauf": "indkøb",
    "beschaffung": "indkøb",
    "themen": "temaer",
    "stimmt": "stemmer",
}

_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(_NEIGHBOUR_WORDS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)


def _danish(match: re.Match[str]) -> str:
    written = match.group(1)
    danish = _NEIGHBOUR_WORDS[written.casefold()]
    return danish[:1].upper() + danish[1:] if written[:1].isupper() else danish


@lru_cache(maxsize=4096)
def in_danish(text: str) -> str:
    """``text`` with its Swedish and Norwegian words put in Danish; Danish and English texts
    come back unchanged."""
    return _PATTERN.sub(_danish, text)
