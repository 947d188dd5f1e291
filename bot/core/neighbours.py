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
    # phrases first: the longest match wins; "sa", "når" and "henne" are Danish words too
    # ("så" without its ring, "når", "derhenne"), so only their Norwegian phrases are read
    "hvem sa": "hvem sagde",
    "hva sa": "hvad sagde",
    "vad sa": "hvad sagde",
    "sa hon": "sagde hun",
    "når ble": "hvornår blev",
    "om henne": "om hende",
    "før henne": "før hende",
    "etter henne": "efter hende",
    "mener henne": "mener hende",
    "henne fra": "hende fra",
    "siden når": "siden hvornår",
    "fortell mer": "fortæl mere",
    "berätta mer": "fortæl mere",
    "mer än": "mere end",
    "list dem opp": "list dem op",
    "si det": "sig det",
    "hur många": "hvor mange",
    "unnskyld": "undskyld",
    "ursäkta": "undskyld",
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
    "svara": "svar",
    "danska": "dansk",
    "engelska": "engelsk",
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
    # Norwegian
    "tittel": "titel",
    "tittelen": "titlen",
    "stillingene": "stillingerne",
    "formann": "formand",
    "formannen": "formanden",
    "styringsgruppa": "styregruppen",
    "styringsgruppas": "styregruppens",
    "styringsgruppens": "styregruppens",
    "gruppa": "gruppen",
    "lista": "listen",
    "neste": "næste",
    "ble": "blev",
    "vedtatt": "vedtaget",
    "vedtok": "vedtog",
    "innkjøpsstrategi": "indkøbsstrategi",
    "innkjøpsstrategien": "indkøbsstrategien",
    "innkjøpsstrategiens": "indkøbsstrategiens",
    "kommunene": "kommunerne",
    "medlemmene": "medlemmerne",
    "representert": "repræsenteret",
    "representerer": "repræsenterer",
    "av": "af",
    "etter": "efter",
    "sjefen": "chefen",
    "avdelingsleder": "afdelingsleder",
    "arbeidsmarkedsdirektør": "arbejdsmarkedsdirektør",
    "samarbeid": "samarbejde",
    "samarbeidet": "samarbejdet",
    "utvikling": "udvikling",
    "opprettet": "oprettet",
    "etablert": "etableret",
    "oppløst": "opløst",
    "nevnt": "nævnt",
    "nevner": "nævner",
    "nevnes": "nævnes",
    "sier": "siger",
    "artikkelen": "artiklen",
    "artikkel": "artikel",
    "styret": "bestyrelsen",
    "spart": "sparet",
    "sparte": "sparede",
    "møte": "møde",
    "møter": "møder",
    "lønn": "løn",
    "epost": "email",
    "e-post": "e-mail",
    "kanskje": "måske",
    "gjerne": "gerne",
    "selskap": "selskab",
    "selskapet": "selskabet",
    "dekker": "dækker",
    "antall": "antal",
    "seg": "sig",
    "meg": "mig",
    "deg": "dig",
    "hjelpe": "hjælpe",
    "hjelp": "hjælp",
    "hjelpen": "hjælpen",
    "nest siste": "næstsidste",
    "nestsiste": "næstsidste",
    "nest sista": "næstsidste",
    "näst sista": "næstsidste",
    "spørsmål": "spørgsmål",
    # Swedish
    "befattning": "stilling",
    "befattningen": "stillingen",
    "ledamöter": "medlemmer",
    "ledamot": "medlem",
    "kommunerna": "kommunerne",
    "berätta": "fortæl",
    "alla": "alle",
    "bara": "bare",
    "någon": "nogen",
    "något": "noget",
    "några": "nogle",
    "rätt": "rigtigt",
    "nästa": "næste",
    "föregående": "forrige",
    "fjärde": "fjerde",
    "kronor": "kroner",
    "samarbete": "samarbejde",
    "samarbetet": "samarbejdet",
    "över": "over",
    "före": "før",
    "innan": "før",
    "direktör": "direktør",
    "avdelningschef": "afdelingsleder",
    "företräder": "repræsenterer",
    "ekonomi": "økonomi",
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
    "vorstand": "bestyrelse",
    "vorstands": "bestyrelsens",
    "zweck": "formål",
    "ziel": "mål",
    "ziele": "mål",
    "aufgabe": "opgave",
    "aufgaben": "opgaver",
    "einsparungen": "besparelser",
    "einsparung": "besparelse",
    "vereinbarungen": "aftaler",
    "rahmenvereinbarungen": "rammeaftaler",
    "bürgermeister": "borgmester",
}

_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(_NEIGHBOUR_WORDS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)


def _danish(match: re.Match[str]) -> str:
    written = match.group(1)
    danish = _NEIGHBOUR_WORDS.get(written.casefold())
    if danish is None:
        # "tİteln": the case-blind pattern matches a dotted capital İ that case folding turns
        # into two letters; such a word is left as typed.
        return match.group(0)
    return danish[:1].upper() + danish[1:] if written[:1].isupper() else danish


_NUMBER_SIGN = re.compile(r"\b[Nn][Oo]\.(?=\s*\d)")
"""The English "no. 1" (the stop would end a sentence, as "nr." does not)."""
_WORD = re.compile(r"\w+")


_FIRST_WORDS = frozenset(_WORD.findall(w)[0] for w in _NEIGHBOUR_WORDS)
"""The first word of each neighbour word or phrase ("hur" of "hur många"), as ``_PATTERN``
starts a match: a whole word of the text."""


@lru_cache(maxsize=4096)
def in_danish(text: str) -> str:
    """``text`` with its Swedish and Norwegian words put in Danish, and "no. 1" written "nr. 1";
    other Danish and English texts come back unchanged."""
    text = _NUMBER_SIGN.sub("nr.", text)
    # Most texts hold no neighbour word, and looking up their words is a tenth of trying the
    # whole pattern at every word. Lower case is the pattern's case-blind match only for letters
    # below U+0100 ("ſ", "ı" and the Kelvin sign match "s", "i", "k"): other words take the pattern.
    if not any(word.lower() in _FIRST_WORDS or max(word) >= "\u0100" for word in _WORD.findall(text)):
        return text
    return _PATTERN.sub(_danish, text)
