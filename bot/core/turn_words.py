"""The words and patterns follow-up turns are read by (``bot.core.conversation``).

Folded like the turns they are matched against (``normalize.fold``): a word list here is what a
follow-up may say around a name, a pronoun or a move, and a pattern a whole kind of turn
("tell me more", "answer in English", "and about the results?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.knowledge import Lang
from bot.core.lexicon import phrase_tuples, word_set
from bot.core.normalize import fold
from bot.core.patterns import lazy

LEAD_WORDS = word_set("og n and men but så so then nå well ok okay nej no tak thanks lol haha ah aha oh hmm")
"""Words a follow-up opens with ("og Hjørring?", "ok, and Roslev?", "lol ok og SKI?")."""
AND = word_set("og n and")
"""Of those, the ones that go on with the subject before ("og hvem var formand?"); chat writes "og" as "n"."""
ABOUT_OPENERS = frozenset(phrase_tuples("hvad med", "hvad så med", "what about", "how about", "and for"))
"""'What about …' before the new name."""
ABOUT_WORDS = frozenset(w for opener in ABOUT_OPENERS for w in opener)
FRAGMENT_FILLER = word_set("""
    the a an den det de en et i in of om about for fra from på on then så da too også also
    please pls venligst tak thanks mon fuldt fulde full complete hele
""")
"""Words a turn that is only a name may have around it ("what about the third theme?"), and that
an attribute asked alone may carry ("fuldt navn", "full title")."""
ECHO_VERBS = word_set("er is are har has have does do gør var was")
"""'Men Hjørring er?', 'but Karm does?': the last question's verb echoed after the name."""
TRAILING = word_set("then så da too også")
"""'Hjørring then?': a name with these after it continues the last question too."""
COLLEAGUES = word_set("kollega kollegaen kollegaer colleague colleagues")
"""A fellow member: "og hans kollega fra Hjørring?" asks for the member from Hjørring."""
ONE_OF_PLACE = (
    word_set("one ones person member medlem medlemmet repræsentant representative guy fyr is er") | COLLEAGUES
)
""" "who's the SKI one then?": words that, beside "who" and a place, ask for its member."""
ONE_WORDS = (
    word_set("one person member medlem medlemmet repræsentant repræsentanten representative guy fyr") | COLLEAGUES
)
MORE_OF_ONE_FILLER = (
    FRAGMENT_FILLER
    | ONE_WORDS
    | word_set("""
    more mere uddyb uddybe elaborate tell fortæl fortael mig me sig say give giv info information details detaljer
    lidt bit some noget kan can could du you
""")
)
""" "tell me more about the one from Søholt": all such a turn says beside the place."""
BARE_QUESTION = word_set("since siden exactly præcis then så da nu now again igen fra from hvorfra")
"""Words a bare question may have beside its question word ("since when?", "hvorfor så?", "fra hvor?")."""
SINGULAR = word_set("han hun ham hende vedkommende he she him")
SINGULAR_POSSESSIVE = word_set("hans hendes dennes vedkommendes his hers")
OBJECT_FORMS = word_set("ham hende him her")
PLACE_PREPOSITIONS = word_set("fra from i in hos at")
PLURAL = word_set("dem they them")
BOTH = word_set("both begge")
PLURAL_POSSESSIVE = word_set("deres their theirs")
THING = word_set("den det it")
THING_POSSESSIVE = word_set("dens dets its")
PRONOUNS = SINGULAR | SINGULAR_POSSESSIVE | PLURAL | PLURAL_POSSESSIVE | THING | THING_POSSESSIVE
PRONOUN_DE_BEFORE = word_set("""
    fra med i til på om for af hos også alle begge ikke så nu egentlig er var har havde kommer
    hedder laver sidder arbejder repræsenterer
""")
"""Danish "de" is "they" only before these (or at the end, or before a title): "hvor kommer de fra?",
"er de kommunaldirektører?"; elsewhere it is the article ("de 14 medlemmer", "de forpligtende aftaler")."""
VERBS = word_set("""
    kommer come comes laver do does did doing hedder called arbejder work works sidder sit sits
    repræsenterer represent represents er is are was were har has have handler betyder mean means
    siger say says gør løber gælder udløber dækker
""")
"""Words before "they"/"de" that name nothing "they" could refer to ("where do they come from?")."""
CORRECTION = lazy(
    r"^(?:(?:nej|no|nope|nah|næ|sorry|sry|soz|undskyld|apologies|beklager|wait|vent|hov|oops|ups|lol|haha|hehe|actually|faktisk|ok|åh|aah|ah|oh"
    r"|okay|(?:not|ikke)\s+(?:him|her|ham|hende|that\s+one|den))\W+)*(?:jeg\s+mente|jeg\s+mener|i\s+meant|i\s+mean"
    r"|mente|mener|meant"
    r"|jeg\s+t(?:æ|ae)nk(?:te|er)\s+p(?:å|aa)|i\s+was\s+thinking\s+of)\b\W*"
    r"|^(?:(?:nej|no|nah|not\s+(?:him|her)|ikke\s+(?:ham|hende)|sorry|sry|soz|undskyld|oops|ups|hov)\W+)+(?:(?:wait|vent)\W+)?(?=\S)",
    re.IGNORECASE,
)
"""'nej, jeg mente …', 'no, I meant …', 'jeg tænkte på …', 'nej, Hjørring', 'ups, Søholt': the last
question, about another (what follows an apology alone is a correction only when it is a name)."""
MEANT = word_set("mente mener meant mean")
MEANT_AFTER = lazy(
    r"[\s,;:-]+(?:mener\s+jeg|mente\s+jeg|jeg\s+mener|jeg\s+mente|i\s+mean|i\s+meant)\W*$", re.IGNORECASE
)
"""'Anette Juhl Winther mener jeg', 'Anette I mean': the correction said after the name."""


def correction(text: str) -> tuple[str, str] | None:
    """The marker of a correction and the rest of the turn, the marker before or after what is
    meant ("nej, jeg mente Anette", "Anette I mean"); None for a turn that corrects nothing."""
    before = CORRECTION.match(text)
    if before is not None:
        rest = text[before.end() :]
        after = MEANT_AFTER.search(rest)  # "nej, Leif Johannes Jensen mente jeg"
        if after is not None and after.start() > 0:
            # "nej nr 8 mente jeg": both are the marker, which says what is meant.
            return before.group() + after.group(), rest[: after.start()].strip()
        return before.group(), rest.strip()
    after = MEANT_AFTER.search(text)
    if after is not None and after.start() > 0:
        return after.group(), text[: after.start()].strip()
    return None


OTHERS = lazy(r"\b(?:the\s+)?other(?:\s+one)?['’]s\b|\b(?:den|det)\s+andens\b", re.IGNORECASE)
"""'the other one's title', 'den andens titel': a possessive pointing at the other one."""
OTHER_ONE = lazy(
    r"\bthe\s+other\s+one\b(?!['’]s)|\bden\s+anden\b(?=\s*(?:[?.!,]|$|\s(?:fra|er|har|hedder|kommer|sidder|står)\b))",
    re.IGNORECASE,
)
"""'where's the other one from?', 'hvor er den anden fra?': the other one, not as a possessive."""
OTHER_WORDS = word_set("anden andet other another")
ONE_TOO = lazy(
    r"^(?:is|er|was|var)\s+(?:he|she|han|hun)\s+(?:(?:also|også|ogsa)\s+)?(?:one|en|et)"
    r"(?:\s+(?:too|also|as\s+well|også|ogsa))?\W*$",
    re.IGNORECASE,
)
""" "Is he one too?", "er han også en?": the last claim's predicate ("a forsyningsdirektør"), said
of another member (raw text)."""
CORRECTION_FILLER = FRAGMENT_FILLER | OTHER_WORDS | word_set("one ones person")
OTHER_ASKED = word_set("who hvem whom er is whos hvad what whats")
""" "og hvem er den anden fra Mosevang?" asks for the other one as "og den anden fra Mosevang?" does;
"og hvad er den anden fra Mosevang?" asks what that one is, which the same answer says."""
NEXT = word_set(
    "næste nästa next nxt following follows follow følgende efterfølgende after efter under below bagved behind"
    " ned down"
)
PREVIOUS = word_set(
    "forrige previous prev preceding precedes precede foregående before back tilbage inden over above foran op"
)
""""go back one", "et tilbage" step back like "the previous one"; on a list read from the top,
"står over hende", "above him", "foran ham" (in front of him), "en op" is the one before."""
UP_DOWN = word_set("op ned down")
"""Steps along a list read from the top, said with a count only ("en ned", "to op"): alone,
"op" is a particle ("list dem op")."""
MAX_HOPS = 5
"""'to op fra hende', 'two after him': a move of a few lines at once; more is counting, not stepping."""
BEFORE_RAW = frozenset({"før", "foer", "inden", "forud"})
"""'og det før?': "før" folds to "for", so it is read as typed."""
LAST = word_set("sidste sidst last final")
""" "hvem står sidst?" as well as "den sidste"."""
MOVE_WORDS = word_set("""
    one ones what whats hvad who hvem er is med about how person member medlem list it that guy gal fyr lady dame denne
""")
NUMBER_WORDS = word_set("number nummer nummeret nr")
"""'og nummer to?', 'and number 2?': after these a cardinal is a place in the list."""
MOVE_FILLER = (
    FRAGMENT_FILLER
    | LEAD_WORDS
    | MOVE_WORDS
    | NUMBER_WORDS
    | word_set("igen again go gå right lige står stands comes listen liste listed navn name")
    | word_set("skip jump ahead forward frem videre straight direkte")
    | word_set("kommer kom come comes came immediately umiddelbart just står stod stands stood placed placeret")
    | word_set("exactly precisely actually præcis præcist egentlig directly")
    | word_set("is there any findes er der")  # "is there a sixth?" asks for that one, or says there is none
    | word_set("tell me more fortæl mig mere")
    | word_set("uddyb uddybe elaborate on kunne kan could can du you lidt bit")
    | word_set("rækken rækkefølgen order sequence")  # "det næste tema i rækken": where it stands, no step
    | word_set("giv give show vis også ogsaa also too")  # "kan du give mig den forrige også?": the one asked for
)
"""Words around "næste", "the last", "the third" in a move ("hvem er den næste?", "the second
one, tell me more": the item moved to is what more is asked about)."""
JUMP = word_set("skip jump ahead forward frem videre straight direkte go gå hop")
"""'skip ahead to the last one', 'gå videre til det næste': "to"/"til" after these is no step."""
THEME_CLAIM_WORDS = word_set("""
    is er that it this det dette den the one theme tema temaet number nummer nr so så then
    ik ikk right correct korrekt rigtigt vel eh
""")
""" "is that the first theme?", "er det tema 1?" after one theme: all a claim about which one it is
may say beside the number (no negation: "er det ikke tema 1?" is left alone)."""
ELABORATE = word_set("more mere uddyb uddybe elaborate")
""" "Kunne du uddybe det andet tema lidt?", "tell me more about the third theme": the theme named, asked."""
MEMBER_WORDS = word_set("person member medlem medlemmet repræsentant representative navn name")
MORE = lazy(
    r"^(?:(?:og|and|so|sa|ok|okay)\s+)?(?:(?:kan|can|could|would|vil)\s+(?:du|you|de|i)\s+)?"
    r"(?:(?:fortael|fortaelle|tell|sig|say|giv|give|vis|show)\s+(?:mig\s+|me\s+|us\s+|os\s+)?)?"
    r"(?:lidt\s+|a\s+bit\s+|some\s+|noget\s+)?(?:mere|more)(?:\s+(?:info|information|details|detaljer))?"
    r"(?:\s+(?:om\s+det|om\s+ham|om\s+hende|om\s+dem|about\s+(?:it|that|this|him|her|them)))?"
    r"(?:\s+(?:please|pls|tak|venligst))?$"
    r"|^(?:uddyb|elaborate|go\s+on|fortsaet|continue|flere\s+detaljer|more\s+details)(?:\s+(?:please|tak))?$"
)
"""'Tell me more', 'fortæl mere', 'mere?', 'go on', 'Kan De fortælle mere?' (the polite "De" is
"you", never "they"), over the folded turn."""
_SMALL_COUNTS = r"to|tre|fire|fem|seks|syv|two|three|four|five|six|seven|\d+"
OF_THEM_PATTERN = lazy(
    rf"\b(?:(?:af|of|blandt|among) (?:de|the|those|these|disse) (?P<count>{_SMALL_COUNTS})"
    r"|af de (?:naevnte|listede|opremsede)|of (?:those|the ones) (?:mentioned|listed|named)"
    r"|af dem|af disse|blandt dem|of them|of those|of these|among them|among those)\b"
    r"|^(?:(?:and|og|so|sa) )?which one\b"
)
THOSE_ORGANISATIONS = lazy(
    r"\b(?:(?:each|both|hver|begge)\s+(?:of\s+|af\s+)?)?(?:those|these|the|de|disse)\s+(?:(?P<count>two|to|\d)\s+)?"
    r"(?:organisations|organizations|organisationer|organisationerne)\b",
    re.IGNORECASE,
)
"""'each of those two organisations', 'de to organisationer': the organisations just named."""
EACH_OF_THEM = lazy(r"\b(?:each|both|hver|begge)\s+(?:of\s+|af\s+)?(?:them|dem)\b", re.IGNORECASE)
"""'each of them' after organisations were named: they, when what is asked is who represents them."""
SAME_ASKED = lazy(r"\b(?:the\s+)?(?:same|samme)\b.*$", re.IGNORECASE)
"""'samme titel?' at the end of "hvad med ham fra Søholt, samme titel?": what is compared (raw text)."""
REPRESENT_WORDS = word_set("represents represent represented repræsenterer repræsenteret repraesenterer")
POLAR_VERBS = word_set("er is are har has have sidder sits does do")
"""A turn opening with one of these asks yes or no: "er en af dem formand?", "is any of them from KL?"."""
OF_THEM_RAW = lazy(
    r"\s*\b(?:(?:one|ones)\s+)?(?:af|of|blandt|among)\s+(?:(?:de|the|those|these|disse)\s+(?:"
    + _SMALL_COUNTS
    + r")|de\s+(?:nævnte|naevnte|listede|opremsede)|(?:those|the\s+ones)\s+(?:mentioned|listed|named)"
    r"|dem|disse|them|those|these)\b|(?<=\bwhich)\s+one\b",
    re.IGNORECASE,
)
""" "which one of them is the chair?" asks "which is the chair?" of the list: "one" goes with "of them"."""
WHICH_DOES = lazy(
    r"\b(?:which|hvilke[nt]?)(?=\s+(?:is|are|was|were|holds?|has|have|had|comes?|came|sits?|represents?|chairs?|leads?"
    r"|er|var|har|havde|sidder|står|kommer|repræsenterer|leder)\b)",
    re.IGNORECASE,
)
""" "which holds the chair?" left when "of them" is taken out of "which of them holds the chair?":
"which" before a verb asks who."""
EITHER = lazy(r"\beither\b", re.IGNORECASE)
""" "is either from ARI?" left of "is either of them from ARI?" asks whether any is."""
LIST_SIZES = {
    "to": 2,
    "two": 2,
    "tre": 3,
    "three": 3,
    "fire": 4,
    "four": 4,
    "fem": 5,
    "five": 5,
    "seks": 6,
    "six": 6,
    "syv": 7,
    "seven": 7,
}
""" "af de to", "of those 3": the list of that size ("which one is …?" after a list: of it)."""
AMONG_THEM = lazy(r"\b(?:among them|one of them|among those|blandt dem|iblandt dem|en af dem|et af dem|with them)\b")
""" "is Odense among them?" after the municipalities: is it in the group (folded)."""
AMONG_FILLER = word_set(
    "is er are among them those one of blandt iblandt dem en et af with med også also too so så then"
)
ELSE = word_set("else ellers andre others øvrige")
ATTRIBUTE_WORDS = word_set("""
    title titel titlen titles titler titlerne job jobs stilling municipality kommune kommunen organisation organization
""")
BESIDES_WORDS = word_set("besides apart except excluding udover ud over bortset end than")
""" "who else besides Kim Herlev and Lars Holte?", "hvem ellers ud over …?": those named left out."""
NAME_WORDS = word_set("name navn navnet names navne full fulde fornavn fornavnet efternavn efternavnet surname")
""" "name?", "og det fulde navn?" right after a member's seat: that member, asked about by name."""
ELSE_RAW = lazy(r"\s*\b(?:else|ellers|andre|others|øvrige)\b", re.IGNORECASE)
IN_TITLE = lazy(r"\b(?:i|in)\s+(?:their|deres)\s+(?:job\s*)?(?:titel|titlen|titler|title|titles)\b")
"""'who has "økonomi" in their title?' asks about every member, not about "them"."""
SEAT_SOURCES = ("fact:municipality:", "fact:organisation:", "fact:seat")
"""Answers about a seat: every member they name sits in it."""
ABOUT_ELSE = lazy(
    r"^(?:(?:and|og|but|men|so|så|then)\s+)?(?:what\s+about|how\s+about|hvad\s+med|about|om)\s+"
    r"(?P<topic>\w.*?)[\s?!.]*$",
    re.IGNORECASE,
)
""" "and about the results?", "og om besparelserne?": the same question about something else."""
STANDS_FOR_PATTERN = lazy(
    r"\b(?:stand|stands|står|staar|star)\s+(?:\w+\s+)?for\b|\b(?:abbreviation|forkortelse|forkortelsen)\b",
    re.IGNORECASE,
)
"""Read on the words as typed: folded, "står lige før ham" would stand for something too."""
ABBREVIATION_POINTERS = word_set("that it this det dette den abbreviation forkortelsen")
"""What points at the abbreviation: "what does that stand for?", "hvad står forkortelsen for?"."""
HANDLE = lazy(r"(?<![\w@])@\w+|^\s*\+1(?!\d)")
"""'@kl_bot' and a leading '+1': whom the turn is to, and agreement with the one before; neither
is asked."""
CHAT_FOR = lazy(r"\b4(?=\s+(?:him|her|them|ham|hende|dem|hans|hendes|deres|his)\b)", re.IGNORECASE)
"""Chat writes "for" as "4" ("which kommune 4 him"); before a pronoun it counts nothing, so it is
no theme or seat number."""
PLACE_POINTERS = phrase_tuples(
    "den kommune",
    "denne kommune",
    "that municipality",
    "this municipality",
    "that kommune",
    "from there",
    "in there",
    "derfra",
)
"""Words pointing at the place talked about ("fra den kommune", "who else is from there?")."""
ORGANISATION_POINTERS = phrase_tuples(
    "that organisation",
    "that organization",
    "this organisation",
    "this organization",
    "den organisation",
    "denne organisation",
)
""" "what does that organisation do?" after SKI's member: the organisation talked about."""
THEME_POINTERS = phrase_tuples("that theme", "this theme", "det tema", "dette tema")
""" "what is that theme called?", "hvad hedder det tema præcist?": the theme talked about."""
PERSON_POINTERS = phrase_tuples(
    "den person",
    "denne person",
    "that person",
    "this person",
    "det medlem",
    "dette medlem",
    "that member",
    "that one",
    "this one",
    "that guy",
    "this guy",
)
""" "og hvilken kommune er den person fra?": the member talked about."""
POINTER_CLAUSE = word_set("der som that which who om about med with")
"""After a pointer these open a clause saying which one ("det tema, der handler om …"): no pointer."""
WHICH = word_set("hvilke hvilken hvilket which what")
"""Question words that take a noun: "hvilke *kommuner*" is what is asked."""
WHO = word_set("who hvem whom")
SAID = word_set("""
    said say says saying sagde siger sagt mener mente udtaler udtalte nævner nævnte mentions mentioned tells told
    fortæller fortalte taler talte talks talked speaks spoke omtaler omtalte
    quoted citeret citeres statement statements udsagn udsagnet udtalelse udtalelsen citat citatet quote remark
    påstår påstod hævder hævdede claims claimed
""")
""" "hvem står bag det udsagn?", "who made that statement?": a statement asks who said it, as "said" does."""
SAID_AFTER = word_set("next then derefter bagefter after afterwards efter videre")
SAID_ON = SAID_AFTER | word_set("else ellers mere more")
"""With a saying word, what a speaker goes on to say ("what did she say right after that?"): their
next paragraph; "hvad ellers sagde hun?" may also be one of theirs before it."""
SAID_ON_FILLER = word_set("""
    what hvad did does do har have has she he hun han her him ham hende that det this dette right lige just
    så sa in i the article artiklen also også og and then
""")
WHETHER_SAID = word_set("did does do has have had har havde nævnte nævner sagde siger talte")
"""How "Did she mention 2012?", "nævnte hun 2012?" opens: whether, not what."""
MENTIONED = word_set("mention nævne talk tale refer referred nævnt")
MENTIONED_FILLER = SAID_ON_FILLER | word_set("""
    about om year året aar aaret figure figures tal tallet tallene number numbers anything noget
    quote citat citatet also også
""")
GAVE_FIGURE = (word_set("gave gav giver gives states stated oplyser oplyste"), word_set("figure tal tallet number"))
""" "who gave that figure?", "hvem gav det tal?": who said it, when what was given is a figure."""
WHO_SAID_FILLER = (
    WHO
    | SAID
    | word_set("""
    that det this dette it der er is was var the den so så and og then then
    tal tallet number figure about om on sig gave gav giver gives states stated oplyser oplyste
    made make makes står stands bag behind i in artiklen article har havde has have had did
    thing things stuff bit all al alt ting tingen hele med
""")
)
""" "hvem nævner det tal?", "who said that about 80?": the number is the last answer's."""
SPEAKER_CLAIM_FILLER = WHO_SAID_FILLER | word_set("""
    did does do it its s thus altså virkelig really right correct rigtigt korrekt ikke not vel
    hun han she he de they
""")
"""Beside the one named, the words of "så det er KL, der siger det?", "so Mandøe said that, right?"."""
THEN = word_set("then så da")
WHO_THEN_FILLER = WHO | THEN | word_set("is er it det that so")
WHO_THEN_FILLER |= word_set("holds hold has har position post stilling stillingen title titel titlen job the den")
""" "who is, then?", "hvem er det så?", "who holds that position, then?" after a "No.": who holds
what was claimed (the position pointed at is the one the claim named)."""
HOW_MANY = lazy(r"\b(?:how many|hvor mange)\b")
WHICH_FILLER = word_set("""
    ones one er det de dem are is it they them those these that there der så then præcist exactly
    egentlig actually af of
""")
"""Words "which ones?", "hvilke er det præcist?" may have beside the question word."""
HOW_MANY_FILLER = word_set("""
    how many hvor mange are is er var was were there der in total i alt altogether så sa of them af dem det that those
    de they people personer including counting inklusive inklusiv medregnet him her ham hende selv
""")
INCLUDING = word_set("including counting inklusive inklusiv medregnet medtalt incl")
"""'Jacobsen medregnet': a name counted in."""
TOTAL = lazy(
    r"\b(?:in total|in all|i alt|altogether|all together|all in all|alt i alt|total|totalt|samlet"
    r"|(?:including|counting|inklusive|inklusiv|medregnet|med|with) (?:him|her|ham|hende)"
    r"|(?:him|her|ham|hende)(?: selv)? (?:medregnet|included|medtalt))\b"
)
"""'how many in total?', 'hvor mange er det med ham?' after 'who else …' counts those named before
it too (folded)."""
LANGUAGE_ONLY = lazy(
    r"^(?:(?:sorry|undskyld|ok|okay|og|and|but|men|nej|no|wait|vent|sa|saa|so|now|nu|please|pls)\s+)*"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+|(?:kan|vil|kunne|ville)\s+(?:du|de)\s+)?(?:please\s+|kindly\s+|venligst\s+)?"
    # "vil jeg gerne have svar på dansk", "I'd like answers in English": a wish for the replies.
    r"(?:(?:jeg\s+)?(?:vil|ville)\s+(?:jeg\s+)?(?:gerne|helst)\s+(?:have\s+|faa\s+)?"
    r"|i\s*(?:d|\s+would|\s+want)\s+(?:like\s+)?(?:to\s+(?:have|get)\s+)?"
    # "kan jeg få det på engelsk?", "can I have that in Danish?": the last answer, asked for.
    r"|(?:kan|ma|maa|kunne)\s+(?:jeg|vi)\s+(?:fa|faa|se)\s+|(?:can|could|may)\s+(?:i|we)\s+(?:have|get|see)\s+)?"
    r"(?:(?:answers|replies|responses|svarene|answer|reply|respond|say|put|write|repeat|translate|explain|give|svar|svare|svara|skriv"
    r"|skrive|sig|sige|gentag|gentage|oversaet|oversaette"
    r"|forklar|forklare|summarise|summarize|opsummer|opsummere|resumer|resumere)\s+)?(?:(?:please|pls|venligst|gerne)\s+)?"
    r"(?:(?:that|it|this|one|det|dette|me|mig|svaret|the\s+answer|samme\s+svar|same\s+answer|the\s+same|det\s+samme"
    r"|same|samme|svar|answer)\s+)*"
    # "ok now same in danish", "again but in English": the last answer, once more, in that language.
    r"(?:(?:again|igen|lige|just|quickly)\s+)?(?:(?:but|men)\s+)?"
    r"(?:(?:hvad\s+hedder|hvad\s+kaldes|hvad\s+betyder|what(?:\s+is|s|\s+s)?|what\s+does?|what\s+dos)\s+"
    r"(?:det|den|it|that|this)(?:\s+(?:title|titel|titlen|word|ord|ordet))?(?:\s+(?:called|mean|means))?\s+)?"
    # "back to Danish", "skift til engelsk": the language the replies go over to.
    r"(?:(?:back|switch|switching|change|changing|go|going|skift|tilbage|ga|gaa)\s+)*"
    # "kort på engelsk tak", "briefly in English": the last answer, which is short already.
    r"(?:(?:kort|kortfattet|briefly|short|shortly)\s+)?"
    # "answer only in Danish", "in English only": only the language, said twice over.
    r"(?:(?:only|kun|udelukkende)\s+)?(?:in|into|pa|paa|to|til)?\s*(?:(?:the\s+)?original\s+)?"
    r"(english|engelsk|danish|dansk)a?(?:\s+(?:only|kun|udelukkende))?"
    # "kan du svara på engelska istället?": a Swede's "instead" asks nothing more.
    r"(?:\s+(?:instead|istedet|istallet|i\s+stedet))?"
    # "sig det lige på engelsk til min engelske kollega": for whom is no question of its own.
    r"(?:\s+(?:til|for)\s+(?:min|mine|my|vores|our)\s+(?:\w+\s+)?(?:kollega|kollegaer|colleague|colleagues|chef|boss))?"
    # "put that in Danish for me, would you?": for whom, and the tag asking it, ask nothing more.
    r"(?:\s+(?:for\s+(?:me|us)|til\s+(?:mig|os)))?(?:\s+(?:would|could|will|can)\s+(?:you|u)|\s+(?:ikke|ik|ikk))?"
    r"(?:\s+(?:please|pls|plz|tak|venligst|thanks|thx))*$"
)
"""'sorry, can you answer in English?', 'på dansk tak', 'hvad hedder det på dansk?', "what's that
in English?" ("what's" folds to "what"), 'what does that title mean in English?': the last answer
again, in that language (folded)."""
ORIGINAL_ASKED = lazy(
    r"^(?:(?:and|og|ok|okay|please|pls|venligst|so|sa)\s+)*(?:(?:can|could)\s+you\s+|kan\s+du\s+)?"
    r"(?:(?:give|tell|show|say|write|giv|fortael|vis|sig|skriv)\s+(?:me\s+|mig\s+)?)?"
    r"(?:(?:(?:his|her|their|the|hans|hendes|deres)\s+(?:title|titel|titlen|name|navn)|it|that|this|det)\s+)?"
    r"(?:in\s+|pa\s+|paa\s+)?(?:the\s+)?(?:danish|dansk|original)"
    r"(?:\s+(?:original|word|words|wording|term|version|text|title|ord|ordet|originalen|udgave))?"
    r"(?:\s+(?:for|of|af|pa|paa)\s+(?:this|it|that|them|det|den|dem|dette"
    r"|(?:his|her|their|the|hans|hendes|deres)\s+(?:title|titel|titlen|name|navn)))?"
    r"(?:\s+(?:please|pls|tak|venligst|thanks))*$"
)
_WORDING = word_set("""
    original word words wording term version text title titel titlen name navn ord ordet originalen udgave
""")


def original_asked(folded: str) -> bool:
    """ "and the Danish word for this?", "please give me her title in the Danish original", "his
    title in Danish?" (folded): the last answer again in the turn's own language, which gives the
    article's Danish words beside their English ones. Not "på dansk tak", which switches."""
    return ORIGINAL_ASKED.match(folded) is not None and bool(set(folded.split()) & _WORDING)


DISLOCATED = lazy(r"^(?:(?:og|and|men|but)\s+)?(?P<topic>[^,?]+?)\s*,\s*(?P<rest>[^,]+)$", re.IGNORECASE)
""" "og aftalerne, hvornår startede de?": a topic put first, then the question with a pronoun for it."""
LANGUAGE_PREFIX = lazy(
    r"^\W*(?:(?:ok|okay|og|and|so|så|sorry|undskyld)\W+)*(?:(?:please|pls|venligst)\W+)?"
    r"(?:(?:from\s+now\s+on|fra\s+nu\s+af|fremover|going\s+forward)\W+)?"
    r"(?:(?:answer|reply|svar|skriv)\W+)?(?:in|på|pa|paa)\W+(?P<lang>english|engelsk|danish|dansk)"
    r"(?:\W+(?:please|pls|tak|venligst|now|nu|thanks))*\s*[:,.;!–—-]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""'ok, på dansk nu: hvad er deres titler', 'in english please, what did she say …?', 'from now on
in English please — what's Grønvall's title?': the turn after the request, read as a follow-up in
that language (raw text)."""
WHICH_ONE = lazy(
    r"\b(?:which\s+(?:one\s+|number\s+)?of\s+(?:them|those|these)|which\s+one"
    r"|hvilke[nt]?\s+(?:nummer\s+)?af\s+(?:dem|disse)|hvilke[nt]\s+e[nt])\b",
    re.IGNORECASE,
)
""" "which one is about behaviour?", "hvilket nummer af dem handler om digitalisering?" after the
themes: which theme."""
ONE_ABOUT = lazy(
    r"^(?:(?:and|og|what\s+about|how\s+about|hvad\s+med|so|så)\s+)*(?P<one>(?:the\s+)?one|(?:den|det|dem)(?:\s+der\s+handler)?)"
    r"\s+(?:about|on|om)\s+(?P<topic>\w.*?)[\s?!.]*$",
    re.IGNORECASE,
)
""" "and the one about services?", "og det om adfærd?" after the themes: the theme about it."""
REACTIONS = frozenset("👍👌👏🙌✅💯🤯😮😂🤣😄😃😀😁😊🙂😅😆💪🔥❤♥🎉🙏😍")
"""Emoji that react to an answer (approval, surprise, laughter, thanks): alone after one they take
note of it like "ok". Not every face or a question mark: "?", "🤔", "🤖❓" ask something, and alone a
message of emoji is still asked for words."""


def reaction(text: str) -> bool:
    """Whether ``text`` is only reaction emoji (skin tones and variation selectors aside)."""
    marks = [c for c in text if not c.isspace() and c != "\ufe0f" and not "\U0001f3fb" <= c <= "\U0001f3ff"]
    return bool(marks) and all(c in REACTIONS for c in marks)


PLACE_WORDS = NUMBER_WORDS | word_set("place plads position placering placeret placed rank")
"""What asks for a member's place on the member list ("what number is he on the list?")."""
LIST_WORDS = word_set("list listen liste lista medlemslisten medlemsliste memberlist")
PLACE_FILLER = (
    MOVE_FILLER
    | PLACE_WORDS
    | LIST_WORDS
    | word_set("""
    which hvilken hvilket hvilke number nummer står stand stands at på on of af the members medlemmerne
    does do han he she hun have has har
""")
)
_DANISH_NAMES = frozenset({"dansk", "danish"})


def language_named(name: str) -> Lang:
    """The language a request names ("på dansk", "in English"): Danish or else English."""
    return "da" if fold(name) in _DANISH_NAMES else "en"


LANGUAGE_INSIDE = lazy(
    r"^(?P<before>(?:\S+\s+){0,3}?(?:skriv|skrive|sig|sige|giv|give|fortæl|fortælle|nævn|nævne|write|say|tell|name)\b.*?)"
    r"\s+(?:in|på|pa|paa)\s+(?P<lang>english|engelsk|danish|dansk)"
    r"(?P<after>\s*[?.!]*\s*|\s+(?:hvad|hvem|hvor|hvilke[nt]?|hvornår|what|who|where|which|when|how)\b[^:]*)$",
    re.IGNORECASE,
)
"""'kan du skrive det sidste tema på engelsk', 'sig lige paa engelsk hvad hendes titel er': a
request to write or say something in a language, inside a follow-up, around what it asks (not
"hvad er hans titel på engelsk?", which asks for the title's English name, nor "in Danish kroner")."""
LANGUAGE_REQUEST = lazy(
    r"^\W*(?P<request>(?:(?:ok|okay|og|and|so|så|sorry|undskyld|hej|hi)\W+)*(?:please\s+|pls\s+|venligst\s+)?"
    r"(?:(?:can|could|would|will)\s+you\s+|kan\s+du\s+|vil\s+du\s+|gider\s+du\s+)?(?:please\s+|kindly\s+|venligst\s+)?"
    r"(?:answer|reply|respond|write|svar|svare|skriv|skrive)\s+(?:me\s+|mig\s+)?(?:venligst\s+|gerne\s+|please\s+)?"
    r"(?:in|på|pa|paa|on)\s+"
    r"(?P<lang>english|engelsk|danish|dansk)(?P<tail>[^?.!:;]*))(?:[?.!:;]+|\s[-–—])\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""'Kan du svare på engelsk fremover? Hvad er hans titel?': a request for the reply's language
put before the question (raw text); ``tail`` says whether it is to last ("fremover")."""
LANGUAGE_SWITCH = lazy(
    r"^\W*(?:(?:ok|okay|and|og|now|nu|so|så|sa|but|men)\W+)*(?:(?:please|pls|venligst)\W+)?"
    r"(?:(?:(?:go|switch|change|skift|gå|ga)\s+(?:back\s+|tilbage\s+)?(?:to|til)|(?:back|tilbage)\s+(?:to|til))\s+"
    r"(?P<lang>english|engelsk|danish|dansk))(?:\s+(?:please|pls|tak|venligst|thanks|again|igen|now|nu))*"
    r"(?:\s*[:,.;!?–-]+\s*(?P<rest>\S.*))?\s*$",
    re.IGNORECASE,
)
"""'back to Danish please: hvem af dem er fra Nyborg?', 'skift til engelsk': the replies' language
changed for the rest of the talk, maybe with the next question after it (raw text)."""
FROM_NOW_ON = lazy(
    r"\b(?:fremover|fremadrettet|herefter|altid|always|from\s+now\s+on|fra\s+nu\s+af|going\s+forward"
    r"|henceforth|i\s+fremtiden|in\s+(?:the\s+)?future|resten\s+af\s+samtalen|for\s+the\s+rest)\b"
)
"""Words (folded) that make a language asked for last: the later turns are answered in it too."""
REQUEST_HEAD = lazy(
    r"^\W*(?:(?:ok|okay|og|and|so|så|sorry|undskyld|hej|hi)\W+)*(?:please\s+|pls\s+|venligst\s+)?"
    r"(?:(?:can|could|would|will)\s+you\s+|kan\s+du\s+|vil\s+du\s+|gider\s+du\s+)?(?:please\s+|kindly\s+|venligst\s+)?"
    r"(?:answer|reply|respond|write|svar|svare|skriv|skrive)\s+(?:me\s+|mig\s+)?(?:venligst\s+|gerne\s+|please\s+)?"
    r"(?:in|på|pa|paa|on)\s+"
    r"(?:english|engelsk|danish|dansk)\b",
    re.IGNORECASE,
)
"""The start of a request for the replies' language (raw text), whatever follows it."""
KEEP_ANSWERING = lazy(
    r"\b(?:keep|continue|carry\s+on|stick\s+to|bliv\s+ved\s+med\s+at|fortsaet\s+med\s+at|fortsaet\s+at)\s+"
    r"(?:(?:to\s+)?(?:answer|reply|respond|write)(?:ing)?|(?:at\s+)?(?:svare|skrive))\b"
)
"""'keep answering in Danish', 'bliv ved med at svare på dansk' (folded): a request for the
replies' language that says it is to last, like "from now on"; read as "answer"."""
REQUEST_TAIL = word_set("please pls tak venligst thanks thank you now nu")
"""Courtesy after a language request ("from now on, please?"): still the request, not an aside."""
SOURCE_ASKED = lazy(
    r"\b(?:kilde\w*|sources?|references?|henvis\w*|cite|citere|citation|where\s+do(?:es|s)?\s+(?:it|the\s+article)\s+say"
    r"|where(?:s|\s+(?:is|was))?\s+(?:that|this)\s+from"
    r"|where\s+do(?:es|s)?\s+(?:that|this|it)(?:\s+(?:information|info|figure|number|answer))?\s+come\s+from|where\s+did\s+you\s+(?:get|find)|hvor\s+star\s+det|hvor\s+skriver\s+(?:artiklen|de)\s+det|hvor\s+i\s+artiklen"
    r"|hvor\s+har\s+du\s+det\s+fra|hvor\s+kommer\s+det\s+fra)\b"
)
"""A turn asking where the last answer comes from ("Må jeg bede om kilden?", "where does it say that?"; folded)."""
EXACT_WORDS_ASKED = lazy(
    r"^(?:(?:ok|okay|og|and|so|sa|but|men)\s+)*(?:(?:can|could|would)\s+(?:you|i)\s+(?:give|have|get|see|show)(?:\s+me)?\s+"
    r"|(?:kan|ma|maa|kunne)\s+(?:jeg|du)\s+(?:fa|faa|se|give|vise)(?:\s+mig)?\s+|(?:give|show|vis|giv)\s+(?:me|mig)\s+)?"
    r"(?:(?:the|an|a|den|det|et)\s+)?(?:(?:exact|direct|original|precise|actual|verbatim|full|ordrette|ordret|praecise|praecis"
    r"|noejagtige|originale|fulde|danish|danske|danske)\s+)*"
    r"(?:quote|quotation|wording|words|citat|citatet|ordlyd|ordlyden|formulering|formuleringen|ordene)"
    r"(?:\s+(?:in\s+danish|pa\s+dansk|paa\s+dansk|from\s+the\s+article|fra\s+artiklen))?"
    r"(?:\s+(?:please|pls|tak|venligst|thanks))*$"
)
"""'exact quote please', 'give me the original Danish wording', 'ordret citat tak' (folded): the
article's own words behind the last answer."""
ELABORATE_MORE = lazy(
    r"^(?:(?:og|and|so|sa|ok|okay)\s+)?(?:(?:kan|kunne|vil|gider|can|could|would|will)\s+(?:du|you)\s+)?(?:please\s+)?"
    r"(?:uddyb|uddybe|elaborate|expand|(?:explain|forklar|forklare)\s+(?:more|mere|that|this|it|det|dette)|sig\s+mere)"
    r"(?:\s+(?:det|dette|that|this|it|on|upon|lidt|a|bit|little|mere|more|gerne|please|pls|venligst|tak|naermere|further"
    r"|in|i|detail|details|detaljer|depth|dybden))*$"
)
"""'uddyb gerne', 'kan du uddybe det lidt?', 'could you elaborate on that?', 'could you explain that in
a little more detail?' (folded): "tell me more"; "explain" pointing at that or asking for more
asks nothing of its own, so it is the last answer explained (a bare "explain" after a term, as in
"borgernære velfærd?? explain", asks what the term means)."""
DESCRIBED = word_set("""
    ham hende him her the one guy man woman person lady fyr fyren manden kvinden personen damen
    den repræsentanten representative
""")
"""Words of "ham fra Vejle", "the guy from Vejle": one member described by the place of the seat."""
FIGURE = lazy(
    r"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<scale>mia\b\.?|milliard(?:er)?\b|billions?\b|bn\b|mio\b\.?|million(?:er|s)?\b)?",
    re.IGNORECASE,
)
"""A figure as typed: "1,8 mia.", "DKK 1.8 billion", "80", "2 billion"."""
CURRENCIES = {
    **dict.fromkeys(("kr", "kroner", "krone", "kronor", "dkk"), "dkk"),
    **dict.fromkeys(("euro", "euros", "eur"), "eur"),
    **dict.fromkeys(("dollar", "dollars", "usd"), "usd"),
}
"""Folded words for a currency, by the currency they name: "i kroner eller euro?" after "1,8 mia. kr."."""
NATIONAL_CROWNS = {
    **dict.fromkeys(("norske", "norsk", "norwegian"), "nok"),
    **dict.fromkeys(("svenske", "svensk", "swedish"), "sek"),
    **dict.fromkeys(("islandske", "islandsk", "icelandic"), "isk"),
    **dict.fromkeys(("danske", "dansk", "danish"), "dkk"),
}
"""A crown with its country before it: "norske kroner" are no "kr."."""


def currencies_named(words: Sequence[str]) -> frozenset[str]:
    """The currencies ``words`` name, a crown by the country named before it ("i norske kroner")."""
    found = set()
    for i, word in enumerate(words):
        currency = CURRENCIES.get(word)
        if currency == "dkk" and i > 0:
            currency = NATIONAL_CROWNS.get(words[i - 1], currency)
        if currency is not None:
            found.add(currency)
    return frozenset(found)


SCALES = {"mia": 1e9, "milliard": 1e9, "milliarder": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9}
SCALES |= {"mio": 1e6, "million": 1e6, "millioner": 1e6, "millions": 1e6}
MORE_THAN = lazy(r"(?:more than|mere end|flere end|over|above|exceed\w*|at least|mindst)\s*$")
LESS_THAN = lazy(r"(?:less than|fewer than|mindre end|faerre end|under|below|hojst|at most)\s*$")
JUST_OVER = lazy(r"(?:godt|just over|a little over|lidt over)\s*$")
EXACTLY = lazy(r"(?:exactly|precisely|praecis|praecist|noejagtig|nojagtig|eksakt)\s*$")
"""What a figure is said with, read on the folded words before it."""
FIGURE_CLAIM_FILLER = word_set("""
    so sa then da right correct korrekt rigtigt ikke ikk ik not vel it was is er var det that that's thats
    kroner kr dkk krone danish og and ok okay eller or true sandt yes ja altsaa altså indeed
    of af in i the en a than end more mere over less mindre exactly præcis præcist
""")
"""Beside a figure, the words of "More than 2 billion kroner, then?", "så det var 1,8 mio., ikke?"."""
CLAIM_MARKERS = word_set("so så sa then da right correct korrekt rigtigt rigtig vel true sandt altså ikke ikk ik not")
"""What makes a bare figure a claim ("so 30, right?") rather than a move ("og 4?")."""
LIKE_THE_OTHERS = lazy(
    r",?\s+(?:like|as|ligesom|som)\s+(?:(?:several|many|some|most|a\s+few|flere|mange|nogle|de\s+fleste)\s+(?:of\s+|af\s+)?)?"
    r"(?:the\s+others|de\s+andre|the\s+rest|resten)(?=\s*[?.!]*$)",
    re.IGNORECASE,
)
"""The tail of "Is he a kommunaldirektør like several of the others?": it asks about him only."""
WHEN_ASKED = phrase_tuples(
    "hvornår",
    "when",
    "hvilket år",
    "i hvilket år",
    "what year",
    "which year",
    "in what year",
    "in which year",
    "hvilken måned",
    "which month",
)
"""How a question asks for a time ("hvornår blev …", "in which year was …"): what a bare date after
it ("i maj, ikk?") is claimed of."""
TIME_CLAIM_FILLER = word_set("""
    i in on at af of fra from the around omkring cirka ca about allerede already først first
    det it var was that thats den
    so sa then da right correct korrekt rigtigt rigtig vel true sandt altsaa ikke not ik ikk
    yes ja oder eller or hva hvad eh innit jo og and wasnt isnt werent didnt
""")
"""Beside a month or a year, the words of an elliptical date claim: "i starten af april?",
"så ikke i 2016?", "in May, right?", "det var i 2012?"."""
TIME_CLAIM_POINTERS = word_set("det it var was that thats den wasnt isnt werent didnt")
"""The words of "det var i 2012?" left out when the date is put to the question asked ("blev
aftalerne etableret i 2012?")."""
TIME_CLAIM_TAGS = word_set("ik ikk right correct oder innit eh")
"""Tags that make a bare date a claim ("i maj, ikk?") beside ``CLAIM_MARKERS``."""
ORDINAL_ARTICLES = word_set("the den det de")
"""Before an ordinal that points at an item of a list: "the first one", "det sidste"."""
ORDINAL_HEADS = word_set("one ones person member medlem medlemmet")
"""After an ordinal that points at an item of a list: "the first one", "det andet medlem"."""
SPEECH_VERBS = word_set("""
    say says said saying siger sagde sagt mener mente mean means meant thank thanks thanked takker takkede
    nævner nævnte mention mentions mentioned fortæller fortalte tell tells told udtaler udtalte
    ser frem looks look forward glæder
""")
"""What a person quoted does in a turn about the quote ("hun takker den gamle styregruppe?",
"what else does she say?"): the pronoun is the quote's speaker."""

WHY_ASKED = word_set("why hvorfor")
"""A question word asking for a reason."""
WHY_OF_LAST = WHY_ASKED | word_set(
    """
    so sa then da det that this it den dette was is were did does done happen happened skete sket
    blev er var gjort egentlig actually exactly praecis much many meget mange
    """
)
"""What a bare "why?" of the last answer may have beside its question word ("why so much?",
"why was that done?", "hvorfor det?"): no word of its own about what."""

SINCE_ASKED = word_set("since siden hvornår hvornaar when year år aar")
"""Words asking from when a figure runs ("since when?", "fra hvornår?", "from which year?")."""
SINCE_OF_LAST = SINCE_ASKED | word_set(
    """
    fra from which what hvilket hvilken is er was var it that thats s det den dette this counted
    regnes regnet opgjort calculated measured beregnet then sa so
    """
)
"""What a bare "since when?" of the last answer may have beside its question words: no word of
its own about what ("and that's counted from which year?", "og fra hvornår regnes det?")."""


_POINTED_AT = lazy(
    r"\b(?:(?P<en>that|this)|(?P<da>den|denne))\s+(?:(?P<he>guy|dude|man|bloke|chap|fella|fellow|gentleman|fyr|herre)"
    r"|(?P<she>lady|woman|gal|dame|kvinde))(?P<s>s)?\b"
    # "that guy from Vejle" is described, not pointed at; "where's that guy from?" is not.
    r"(?!\s+(?:(?:fra|from|i|in|at|på)\s+(?-i:[A-ZÆØÅ])|der|som|who|that|with|med)\b)",
    re.IGNORECASE,
)
"""'where's that dude from?', 'hvad hedder den dame?': someone pointed at, no one described."""
_POINTED_AT_DEFINITE = lazy(
    r"(?<![-\w])(?:(?P<he>herren|manden|fyren)|(?P<she>damen|kvinden))(?P<s>s)?\b"
    r"(?!\s+(?:(?:fra|i|på|hos)\s+(?-i:[A-ZÆØÅ])|der|som|med)\b)",
    re.IGNORECASE,
)
"""'hvilken stilling bestrider herren?': the Danish definite noun points as 'den herre' does."""


def pointed_at_as_pronoun(text: str) -> str:
    """``text`` with "that guy", "den dame" put as the pronoun they stand for ("him", "hende"):
    in a conversation, the one last talked about."""

    def danish(found: re.Match[str]) -> str:
        if found.group("s"):
            return "hans" if found.group("he") else "hendes"
        return "ham" if found.group("he") else "hende"

    def pronoun(found: re.Match[str]) -> str:
        if found.group("en"):
            return ("his" if found.group("s") else "him") if found.group("he") else "her"
        return danish(found)

    return _POINTED_AT_DEFINITE.sub(danish, _POINTED_AT.sub(pronoun, text))


_FORMER_OR_LATTER = lazy(
    r"\b(?:the\s+)?(?P<which>former|latter)(?:\s+(?:one|organi[sz]ation|person|member|municipality))?\b"
    r"(?!\s+(?:steering|group|chair|chairman|agreements?|strategy|ones?)\b)"
    r"|\b(?P<danish>førstnævnte|sidstnævnte)\b",
    re.IGNORECASE,
)


def former_and_latter(text: str) -> str:
    """``text`` with "the former", "the latter", "førstnævnte", "sidstnævnte" put as the first
    and the second of the two things just listed ("the first one", "den sidste"): read only
    after a list of two, since "the former" alone is as often the old group."""

    def placed(found: re.Match[str]) -> str:
        if found.group("danish"):
            return "den første" if found.group("danish").lower().startswith("før") else "den sidste"
        return "the first one" if found.group("which").lower() == "former" else "the second one"

    return _FORMER_OR_LATTER.sub(placed, text)
