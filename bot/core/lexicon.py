"""Small hand-made word lists: language cues, filler words and the words that may
accompany a name in a fact question.

They are linguistic glue, not knowledge about the article, which is why they live in
code rather than in ``knowledge/``. Every word is folded with the same ``fold`` as the
questions, so lists can be written with æ/ø/å.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

from bot.core.normalize import fold, stem
from bot.core.number_names import CARDINALS, ORDINALS


def word_set(text: str) -> frozenset[str]:
    """The folded words of ``text``: how every word list of the engine is written."""
    return frozenset(fold(text).split())


def phrase_tuples(*phrases: str) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its folded words, in order: how the engine's lists of phrases are written."""
    return tuple(tuple(fold(phrase).split()) for phrase in phrases)


DANISH_CUES = word_set("""
    ikk ik vel jo sgu tlf øh øhm øhh æh æhm
    hvem hvad hvor hvornår hvilke hvilken hvilket hvorfor hvordan hvorledes er og af til på den
    det der med fra om som har jeg du mig kan skal vil ikke nej ja tak hej godmorgen goddag
    godaften farvel mange hedder laver står handler sidder første anden andet tredje fjerde
    femte sidste også eller mellem blev bliver være været nogen noget hvornar repræsenterer
    nedsat vedtog vedtaget hjælp hjælpen gerne venligst medlemmer medlemmerne kommuner
    kommunerne formanden formand styregruppen styregruppe temaer temaerne tema temaet
    strategien indkøbsstrategien aftalerne aftaler besparelsen besparelse artiklen
    hvornår startede siger sagde betyder tidligere nye ny gamle opløst stilling stillingen
    stillingsbetegnelse titel titlen titler titlerne rolle rollen periode perioden kommunes repræsentant
    repræsentanten plads pladsen deles personer hvilken hvilket hvem hvad hvorfor medlem
    antal fra til udpeget udnævnt kommer arbejder mødes møde kommune kommunen undskyld mente
    mener svar dansk korrekt rigtigt rigtig sandt stemmer passer nummer nummeret
    han hun ham hende hans hendes deres dem sin sine sender repr komm styregrp uddyb uddybe
    udover bortset undtagen uden andre kd kder forskel forskellen forklar forklare forklaring
    betydning betydningen
""")

ENGLISH_CUES = word_set("""
    who what when where which why how is are was were the of and to in on does do did many
    much chair chairs chaired members member group steering municipality municipalities theme
    themes strategy agreements agreement savings saved hello hi hey thanks thank help
    represents represent from job title role about say says has have will can there it this
    that adopt adopted years cover covers year article date purpose previous old new dissolved
    with name called mean means stand stands please tell me you your an any head heads lead
    leads run runs whose sorry meant answer reply english whats he his him she meaning explain
    translate translation definition define elaborate
""")
"""("whats", and the English pronouns, which no Danish word spells: "whats his titel" is English.)"""

STOPWORDS = word_set("""
    øh øhm øhh æh æhm lol haha hehe sgu kinda huh respectively respective respektive hhv btw wat
    formally formelt officially officielt
    within fru ms mr mrs fald if altså nemlig øvrigt forresten herself himself
    a an the of is are was were be been being to in on at for and or it its this that these
    those i me my we us our please pls plz can could would will shall should tell about give
    there their they them he she his her has have had by with as from so any some just know
    want okay ok mate actually exactly strictly again also too out currently now then really anyway kind even asap wee
    den det de dem en et er var være i af til på og samt at om for med som har havde der jeg
    mig vi os kan kunne skal vil ville lige mon så da lidt venligst gerne egentlig nu her
    hvis bare også jo vel nok igen han hun ham hende hans hendes deres sin sine fortæl forklar beskriv eller all
    alle thats that like id wonder wondering curious vide sige fortælle living
    dont doesnt isnt arent didnt wasnt cant wont here kort kortfattet briefly shortly
    describe explain outline skitser overview overblik gonna wanna gotta
    derinde herinde derude herude dengang ca cirka circa approximately roughly omtrent ligeledes likeledes
""")
"""Words that carry no meaning for matching. Question words (who, hvem, how many) are
not here: they tell "who chairs" from "how many members". Greetings and "you" are not
here either: the small-talk entries need them, and other questions drop them."""

LIST_WORDS = word_set("""
    list liste listen show vis give giv name nævn navngiv all alle every enhver each hver them dem
    listed nævnt nævnte opført opførte
    filter filtrer filtrér outline summarise summarize opsummer skitser skriv write
    please venligst pls
""")
"""Asking for a list ("list all the kommunaldirektører") is not asking something new."""
ATTRIBUTION_WORDS = word_set("ifølge according article artiklen artikel")
"""'… ifølge artiklen': where the answer should come from, which it always does."""

ASKER_WORDS = word_set("""
    bruge brug bruger need needs want wants vide know gerne wonder quick hurtigt kort briefly short
    newsletter nyhedsbrev nyhedsbrevet briefing briefingen notat notatet rapport report oplæg
    artiklen article kindly please venligst lige just
""")
"""Words about why or how the asker asks ("til mit notat", "I need"), never about what."""
LOCATOR_WORDS = word_set("faktaboks faktaboksen fact box")
"""Where in the article the asker looked ("ifølge faktaboksen"): no topic an entry is asked
by, but a paragraph must hold it, since the paragraphs do not say where they stand."""
FRAMING_WORDS = LOCATOR_WORDS | word_set("""
    exact exactly precise precisely præcis præcist præcise nøjagtig nøjagtigt nøjagtige literally original
    oprindelige wording ordret ordlyd ordlyden verbatim formuleringen formulering sentence sætning passage
    passagen relevant if possible hvis muligt thesis speciale specialet chapter kapitel
    research notes noter reasoning context sammenhæng sammenhængen sense information gives far
    giver oplyse oplys pressenote pressenoten pressemeddelelse pressemeddelelsen
    pressemateriale ønsker gengive gengiver citere citér cite
    explain forklar forklare especially particularly specifically særligt helt konkret
    lyder written skrevet supposed lines nutshell briefly brief træk
""")
"""How a long formal question frames its request ("exactly", "word for word", "if possible",
"for my thesis", "as far as the article gives information"): never what it is about, so
such a word no entry uses is not counted as an unknown topic word."""
AMONG_WORDS = word_set("among amongst blandt iblandt")
"""'Is Karm among the members?', 'er Vejle blandt kommunerne?': in the group, said as one of them."""
WITHOUT_WORDS = word_set("uden without")
PERSON_CONTEXT = (
    ASKER_WORDS
    | LIST_WORDS
    | ATTRIBUTION_WORDS
    | AMONG_WORDS
    | word_set("""
    who whos whose hvem what hvad hvilken hvilket which title titel job jobtitel role rolle position
    stilling work works working arbejder do does doing laver municipality kommune kommunen
    organisation organization org represent represents representing represented repræsenterer
    repræsentere repræsenterede from fra kommer come comes member medlem steering group styregruppe
    styregruppen committee part sidder seat plads info information fortæl chair formand
    formanden where hvor person employer outfit arbejdsgiver ansat employed occupation stillingen
    titlen direktør director chef leder hedder called name navn new nye ny yes ja not ikke
    also og stillingsbetegnelse background baggrund ansvar responsible responsibility
    whats arbejde laver lave profession hold holds holder holding having actual belong belongs tilhører hører bestrider
    behalf vegne arbejdsplads arbejdspladsen workplace
    function funktion funktionen serve serves served serving two sit sits sitting sat seated
    carry carries carrying bear bears bære bærer daglig dagligt daily normally normalt usually hos
    ifra hvorfra based baseret stationed guy fyr fyren dude fella bloke hail hails hailing council councils
    herre herren herrer herrerne herrers herrernes dame damen damer damerne damernes gentleman gentlemen lady ladies
""")
    | word_set("""
    fornavn fornavnet first efternavn efternavnet surname lastname full fulde fuld complete
    english engelsk engelske danish dansk translated oversat oversættelse deler deles share shares
    pladsen nogen anyone someone somebody
    shared sharing bindestreg hyphen spelled spelt staves stavet stavning spelling exact exactly
    præcis præcise
    confirm bekræft bekræfte state angiv oplyst opgivet provide specify
""")
    # "er hun også selv medlem?", "is he himself on it?", "er det korrekt forstået, at …":
    # stress and framing that ask nothing beyond the member.
    | word_set("selv himself herself themselves forstået understood")
    | FRAMING_WORDS
)
"""Words that may stand beside a member's name in a question the fact base answers; the
second group asks for parts of the answer the profile already holds (the first name, the
title in English, who shares the seat, the exact spelling)."""

MUNICIPALITY_CONTEXT = (
    ASKER_WORDS
    | LIST_WORDS
    | ATTRIBUTION_WORDS
    | AMONG_WORDS
    | word_set("""
    who hvem represent represents representing represented representative representatives repræsenterer
    repræsentere repræsenterede repræsentant repræsentanten repræsentanterne from fra med member members more mere
    medlem medlemmer group styregruppe styregruppen steering committee sidder kommune
    kommunen municipality municipal part included deltager deltage participate participates
    participating seat plads person people folk hvilke which anyone nogen somebody someone
    kommer come comes role rolle new nye ny do does har what hvad sits sit for whos rep reps
    sent send sendt sender ind udpeget appointed nominated guy person mand kvinde woman man fyr
    title titel titlen job stilling stillingsbetegnelse position navn name hedder called two to
    both begge personer not ikke navnet personen udpget blevet valgt chosen selected spelled
    staves stavet bindestreg hyphen full fulde one ones behalf vegne either enten ingen slet none no 1 2 3 ved
    table bordet derfra dertil henholdsvis respectively respective each hver nabokommune nabokommunen
    hjemkommune hjemkommunen neighbouring neighboring home vores our min mit my works work working
    arbejder hos municipalities kommuner kommunerne
""")
)
"""Words that may stand beside a municipality's name in a question the fact base answers
("either KL or SKI" names the places as a choice, and is counted over both)."""

ORGANISATION_DEFINITION = word_set("""
    what hvad star stand stands for betyder mean means full fulde name navn navnet hedder
    called abbreviation forkortelse forkortelsen explain forklar organisation organization
    do does laver is er english engelsk engelske translation oversat owns owned own ejer ejet
    ejes owner owners ejerne about om whats who hvem noget slags størrelse which hvilke hvilken
    fuldt ud doing gør goer exactly præcis more mere short
""")
ORGANISATION_HEAD = word_set("""
    runs run leads lead heads head director direktør direktøren dir chef chefen boss ceo leder
    lederen manages manager managing adm administrerende topchef
""")
HEAD_MODIFIERS = word_set("big top øverste store over ovre")
"""Words beside an organisation's head that ask nothing else ("the big boss over at SKI")."""
HEAD_NOUNS = word_set("""
    head director direktør direktøren dir chef chefen boss bossen ceo lederen leader topchef topchefen manager
""")
"""Who heads an organisation, named as a person ("the SKI boss"), not as what they do ("led by")."""
HEAD_VERBS = word_set("leder leads lead runs run heads manages manage styrer")
"""Heading an organisation said as a verb right before it ("hun leder SKI", "she runs SKI")."""
ORGANISATION_SEAT = word_set("""
    represent represents representing represented representative repræsenterer repræsenterede repræsentant
    from fra member members medlem sidder sits sit sitting seat group styregruppe styregruppen steering med anyone
    someone somebody der there part del included inkluderet come comes coming kommer people
    personer folk person personen guy guys fyr fyren dude man mand manden woman kvinde kvinden lady dame
    damen deltager deltageren participant eneste only sole works work working arbejder hos new ny nye
""")

QUESTION_WORDS = word_set("""
    who whom whose what which when where why how hvem hvad hvilke hvilken hvilket hvornår hvor
    hvorfor hvordan
""")
REQUEST_VERBS = word_set("forklar explain fortæl tell beskriv describe giv give nævn name list")
"""Verbs a request opens with, which ask as a question word does ("Forklar forskellen på …",
"tell me more about the group he leads" puts up no claim)."""
QUESTION_WORDS_WITH_IS = word_set("whos whats wheres whens hows")
"""A question word with "is" run into it, as folded ("who's their person …?", "what's his title?")."""
OWNED_NAMES = word_set("""
    styregruppe styregruppen steering group nye new ny strategi strategien strategy
""")
"""Words that, right after "KL's", make it part of a name ("KL's styregruppe"); the words of
the knowledge's own names (``Knowledge.own_name_words``: "indkøbsstrategi") do too."""


def owned_names(own_name_words: frozenset[str], synonyms: Mapping[str, str] | None = None) -> frozenset[str]:
    """``OWNED_NAMES`` and the content words of the knowledge's own names, with their synonyms
    from the vocabulary ("KL's purchasing strategy" as "KL's procurement strategy")."""
    named = {w for w in own_name_words if w not in STOPWORDS and len(w) > 2}
    synonyms = synonyms or {}
    concepts = {synonyms[w] for w in named if w in synonyms}
    return OWNED_NAMES | frozenset(named) | frozenset(w for w, c in synonyms.items() if c in concepts)


GROUP_WORDS = word_set("group steering styregruppe styregruppen gruppe gruppen committee panel")
STRATEGY_WORDS = word_set("strategy strategien strategi there der")
CHAIR_WORDS = word_set("""
    chair chairs chaired chairing chairman chairperson formand formanden formandsposten formandskabet
    lead leads leder led ledet ledes head heads headed
""")
GROUP_CHAIR_WORDS = word_set("chair chairs chaired chairing chairman chairperson formand formanden formandsposten")
"""Of those, the ones only a group's chair has (an organisation is led or headed, not chaired)."""
MEMBERSHIP_WORDS = (
    word_set("""
    member members medlem medlemmer medlemmerne group styregruppe styregruppen gruppen committee sidder sits
    sit sitting seated med part represent represents repræsenterer seat plads
""")
    | AMONG_WORDS
)
"""Words that make a question about someone a question about the group's membership."""
DEPUTY_WORDS = word_set("vice deputy næst co acting fungerende konstitueret assisterende assistant")
"""What before "chair" makes another office ("vice chair", "næst-formand"): not the chair."""
DEPUTY_CHAIRS = word_set("""
    næstformand næstformanden viceformand viceformanden vicechair vicechairman cochair cochairman
    vicechairperson medformand medformanden
""")
"""One-word deputies of the chair: offices the article names no one to."""
CHAIR_TITLE = word_set("""
    chair chairs chaired chairing chairman chairmen chairperson chairwoman formand formanden formandens
    formandsposten formandspost formandskab formandskabet
""")
"""The chair itself, not leading in general ("who runs SKI" is not about the chair)."""
COUNT_WORDS = word_set("how many much number antal hvor mange count tæl")
MANY = word_set("mange many")
"""The word before what a count counts ("hvor mange *ansatte*", "how many *kommuner*")."""
MUNICIPALITIES_AT_LARGE = word_set("kommuner kommunerne municipalities")
"""The municipalities as a whole: one side of a comparison, or what a count counts."""
TALLY_WORDS = word_set("count counts counted tæller tælle talte optalt")
"""How an asker says they counted ("jeg tæller 6 kommunaldirektører"): words, not typos of "taler"."""
ADDING_UP_WORDS = word_set("""
    total plus counting including inklusive inklusiv samlet tilsammen sammenlagt together medregnet combined
    counted tælles
""")
"""'municipalities *plus* other bodies', '*counting* both': kinds of seat added up, not one kind."""

THEME_WORDS = word_set("tema temaet temaer temaerne theme themes focus area fokusområde indsatsområde")
THEME_CONTEXT = LIST_WORDS | word_set("""
    what hvad is handler omhandler about om title titel called hedder named number nummer nr no
    strategy strategien strategiens strategys which hvilket hvilken mean betyder explain forklar
    concern concerns deals deal cover covers focus fokus går ud gar say says siger anything talks talk
    noget mention mentions nævner include includes indeholder do does did one among blandt part
    del across whole hele entire throughout præcist præcis nøjagtig nøjagtigt nøjagtige exactly exact ordret verbatim
""")
THEME_WORDING = word_set("""
    ordlyd ordlyden wording formulering formuleringen formuleret skrevet written worded phrased
    lyder reads quote citer citér listed lists står faktaboks faktaboksen fact box artiklen artikel article
    artiklens nævne nævn egen eget egne own hvordan how helt fully tak thanks
""")
"""Words that ask for a theme's title as the article words it ("hvordan er tema 3 formuleret?")."""
TOPIC_FILLER = word_set("stuff things thing ting tingene sager kinda sort slags lignende similar related relateret")
"""Filler around a topic ("digital stuff", "services og den slags"): it names no theme, and a
theme is still only named by a word of its own. Not in the spelling vocabulary: there it
would turn what a typo was read as."""


@cache
def ordinal_words() -> dict[str, int]:
    """Ordinals 1-100 in Danish and English ("tredje", "third", "3rd"), as num2words names them."""
    table = {fold(ORDINALS[code][n]).replace(" ", ""): n for code in ("da", "en") for n in range(1, 101)}
    table.setdefault("andet", 2)  # the neuter of "anden"
    for n in range(1, 101):
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        table[f"{n}{suffix}"] = n
    return table


@cache
def cardinal_words() -> dict[str, int]:
    """Cardinals 1-100 in Danish and English, read only after "theme": before it, "et tema"
    is "a theme"."""
    return {fold(CARDINALS[code][n]).replace(" ", ""): n for code in ("da", "en") for n in range(1, 101)}


LAST_WORDS = word_set("last sidste final")
PENULTIMATE_WORDS = word_set("næstsidste næstsidst penultimate")
"""'den næstsidste': the one before the last."""
_BACK_FROM = word_set("to from fra til")
_BACK_TO = LAST_WORDS | {"sidst"}
_LAST_SUFFIXES = ("sidste", "sidst")


def counted_back(steps: Sequence[str]) -> int | None:
    """How far back from the end "second to last", "third from last" or "tredjesidste" counts
    (2, 3, 3); None when the words count nothing back."""
    if len(steps) >= 2 and steps[-1] in _BACK_TO and all(w in _BACK_FROM for w in steps[1:-1]):
        return ordinal_words().get(steps[0])
    if len(steps) == 1:
        suffix = next((s for s in _LAST_SUFFIXES if steps[0].endswith(s)), None)
        return ordinal_words().get(steps[0].removesuffix(suffix)) if suffix else None
    return None


HISTORY_WORDS = word_set("""
    still stadig stadigvæk længere anymore more any left leave leaves leaving forlod forlade forladt gone
    quit stoppe stoppede stoppet did has have
    before tidligere previously formerly former earlier forgænger forgængeren predecessor
    replaced replace replacing erstattede erstattet erstatter afløste afløst afløser afløseren
    efterfulgte efterfulgt successor efterfølger efterfølgeren took over overtog overtaget
    represented repræsenterede sad sat was var used
""")
"""Words of questions about who held a seat before ("is X still in the group?", "who replaced X?").
"Før" is left out: folded it is "for"."""
EARLIER_WORDS = word_set("""
    before tidligere previously formerly former earlier forgænger forgængeren predecessor
    replaced erstattede erstattet afløste afløst efterfulgte efterfulgt
""")
"""A question about a seat's earlier holder ("who represented Fredensborg before?")."""
LEAVING_WORDS = word_set("""
    left leave leaves forlod forlade forladt quit stoppe stoppede stoppet gone replaced erstattet afløst udskiftet
""")
"""A claim that someone left ("did X leave?"), which a former member makes true."""

QUESTION_TYPES = {
    **{word: "who" for word in word_set("who whom whose hvem")},
    **{word: "when" for word in word_set("when hvornår")},
    **{word: "why" for word in word_set("why hvorfor")},
    **{word: "where" for word in word_set("where")},
    **{word: "how" for word in word_set("how hvordan")},
    **{
        pair: "how-many"
        for pair in ("how many", "how much", "how big", "how large", "hvor mange", "hvor meget", "hvor stor")
    },
    **{word: "how-many" for word in word_set("antal number count tæl")},
}
"""Question words whose kinds must agree between a question and a variant ("when was the
article written" is not "who wrote the article"). what/which/hvad/hvilke fit any kind."""
LIST_REQUESTS = word_set("list liste opremse enumerate")
"""A request for the items themselves, with no question word: no count is asked."""
LIST_ASKED_AFTER = word_set("a en you du please pls plz venligst and og me mig")
"""Words after which a list word asks for a list ("give me a list", "can you list")."""
LISTING = "list"
"""The question type of a list request, which only a how-many variant disagrees with."""


@cache
def _stems(lexicon: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in lexicon)


@cache
def _concepts_of(lexicon: frozenset[str]) -> frozenset[str]:
    return frozenset(CONCEPTS[w] for w in lexicon if w in CONCEPTS)


def _in(word: str, lexicon: frozenset[str]) -> bool:
    concept = CONCEPTS.get(word)
    return (
        word in lexicon or stem(word) in _stems(lexicon) or (concept is not None and concept in _concepts_of(lexicon))
    )


def fits(words: set[str], lexicon: frozenset[str]) -> bool:
    """Every word is in the lexicon, allowing for inflection ("represented" ~ "represents")
    and synonyms of one concept ("sits" ~ "sidder")."""
    return all(_in(w, lexicon) for w in words)


def touches(words: set[str], lexicon: frozenset[str]) -> bool:
    """Some word is in the lexicon, allowing for inflection and synonyms; a filler word only
    as written ("them" is no inflection of "theme")."""
    return any(_touched(w, lexicon) for w in words)


_TOUCHED_CACHE = 1 << 15
"""(word, lexicon) verdicts ``touches`` remembers: the reasoner's handlers ask of the same
question's words whether they touch the same few dozen lexicons, question after question
(43,000 looks a run of the labelled conversations, each a stem and two set looks)."""


@lru_cache(maxsize=_TOUCHED_CACHE)
def _touched(word: str, lexicon: frozenset[str]) -> bool:
    return word in lexicon if word in STOPWORDS else _in(word, lexicon)


def _concepts(table: str) -> dict[str, str]:
    """Parse "concept: word word ..." lines (continued on lines without a colon)."""
    mapping: dict[str, str] = {}
    concept = ""
    for line in table.strip().splitlines():
        if ":" in line:
            concept, _, line = line.partition(":")
            concept = concept.strip()
        for word in word_set(line):
            mapping[word] = concept
    return mapping


CONCEPTS = _concepts("""
    who: who whom hvem
    what: what hvad
    which: which hvilke hvilken hvilket
    chair: chair chairs chaired chairing chairman chairmen chairperson chairwoman formand formanden formandens
        formandskab formandskabet formandsposten formandspost formandsrollen formandsrolle
    group: group groups committee styregruppe styregruppen styregruppens gruppe gruppen gruppens steering
        udvalg udvalget udvalgets udvalgs komite forsamling forsamlingen panel panelet
    lead: lead leads leading leader leaders head heads heading runs run leder lederen leders styrer spidsen
        boss charge presides manages chef chefen bestemmer
    member: member members medlem medlemmer medlemmerne medlemmernes participants deltagere everyone
        everybody official officials embedsmand embedsmænd
    municipality: municipality municipalities municipal kommune kommuner kommunerne kommunen kommunernes kommunes
        council councils city cities town towns byer
    theme: theme themes tema temaer temaerne temaet temaets fokusområde fokusområder priorities topics thematic
        tematiske
    strategy: strategy strategies strategi strategien strategiens
    stand: stå står stod stand stands standing
    agreement: agreement agreements aftale aftaler aftalerne aftalernes
    savings: savings saving save saved sparet besparelse besparelsen besparelser
        dkk kr kroner mia milliard milliarder billion billions bn
    adopt: adopt adopted adopting approve approved decided vedtog vedtaget vedtage godkendt besluttet vote voted
        signed adoption approval vedtagelse vedtagelsen godkendelse godkendelsen
    reject: reject rejects rejected rejecting refused refuse afviste afvist afvise afviser forkastede forkastet
        forkaste forkaster veto vetoed
    leave: leave leaves leaving quit quits withdrew withdraw withdrawn exited forlod forlade forladt forlader
        udtrådte udtrådt udtræde resigned resign resigns
    purpose: purpose aim goal point formål formålet meningen mål målet achieve achieves opnå opnår intended
        supposed benefit benefits gavne gavner mandate mandat remit
    goals: goals objectives targets ambitions målsætning målsætningen målsætninger målsætningerne ambitioner
    article: article artikel artiklen artiklens news nyhed nyheden
    headline: headline overskrift overskriften rubrik rubrikken rubriken
    establish: established establish created create formed founded nedsat nedsatte nedsætte oprettet oprette
        etableret etablere dannet
    dissolve: dissolved disbanded abolished closed opløst nedlagt nedlagte scrapped axed kill killed
    continue: continue continues continued continuing fortsætter fortsætte fortsat fortsatte kept keep keeps
        beholdt bevaret alongside parallel parallelt aktiv aktivt aktive active eksisterer eksistere exists existing
        findes fandtes
    replace: replace replaces replaced erstatter erstatte erstattet afløser
    takeover: takes took taken overtager overtage overtog overtaget
    task: task tasks duties responsible responsibility responsibilities ansvar ansvarlig ansvarlige oversee
        oversees oversaw overseeing
    old: old previous former earlier tidligere gamle gammel forrige hidtidige hidtidig
    new: new ny nye
    represent: represent represents represented representing representative representatives repræsenterer
        repræsentere repræsenterede repræsenteret repræsentant repræsentanter rep reps
    period: period periode years cover covers dækker gælder løber varer
    written: written wrote skrevet skrev published udgivet publiceret publication publicering offentliggjort
        offentliggjorde offentliggøre bragt bragte
    date: date dato
    free: free frees freeing frigøre frigør frigive release releases
    end: end ends ending expire expires expiry slutter slutte udløber udløbe ophører
    start: start starts started starting startede starter begyndte begynde begynder begyndt begin begins began
        beginning
    resources: resources ressourcer ressourcerne midler
    between: between mellem imellem
    link: link links linked relationship relation relations connection connected
        sammenhæng sammenhængen forbindelse forbindelsen relate relates related connect connects tie ties
    join: join joins joined joining participation tilslutning tilslutninger tilslutter tilslutte tilsluttet
        signups uptake
    thank: thank thanked thanking takker takkede takke takket takkes credits credit credited crediting æren
    quote: quote quotes quoted quoting citeret citeres udtaler udtalte speaks interviewed interviewet
""")
"""Words of one meaning in both languages map to one concept, so a variant written in
Danish also matches an English question, and "committee" meets "group". "Take" and "taking"
are left out of "takeover": folded they are "tak", the Danish thanks. "Spare" and "sparer" are
left out of "savings": they ask what is to be saved ("hvor meget skal strategien spare?"), which
the article never says; its sum is what the agreements have saved. "Opgave(r)" stays out of
"task": spread over every "responsible" variant it weighed too little to carry "hvem overtager
dens opgaver?" to the entry on the tasks taken over."""

OPPOSITES: dict[str, str] = {"old": "new", "new": "old"}
"""Concepts that rule each other out: a variant about the *old* group does not answer a
question about the *new* one, however many other words they share."""
AUTHORED = word_set("lavet lavede udarbejdet udarbejdede skrevet skrev wrote written authored drafted drew")
"""Making a thing ("SKI har lavet strategien"): an act done to it, which an organisation named in
the answer for another part (SKI's role in the strategy) does not bear out. A word set, not a
concept, as "lavet" is asked about in too many other ways for the matcher to weigh it anew."""
REVERSED_ACTS: dict[str, str] = {"reject": "adopt", "leave": "member"}
"""Acts that undo what an account reports: a strategy rejected was not adopted, a member who
left is no member. A claim of one is borne out only by a sentence saying it, and denied by
one saying the act it undoes (``bot.core.verdicts``)."""
STATE_CONTRARIES: dict[str, str] = {"dissolve": "continue", "continue": "dissolve"}
"""What can be said of a thing that rule each other out: a group dissolved does not go on,
however it is said to go on ("alongside the new one", "in parallel")."""
SPAN_ENDS: dict[str, frozenset[str]] = {
    "end": frozenset({"start", "establish"}),
    "start": frozenset({"end"}),
    "establish": frozenset({"end"}),
}
"""The two ends of a span: "when do the agreements expire?" is not asked by "when did they
start?", which a variant about the start would otherwise win on every other word."""
MISMATCHED: dict[str, frozenset[str]] = {
    **{concept: frozenset({other}) for concept, other in OPPOSITES.items()},
    **SPAN_ENDS,
}
"""What a variant must not be about for a question about the key (``bot.core.matcher``)."""
CONTRARIES: dict[str, str] = {**OPPOSITES, **STATE_CONTRARIES}
"""Concepts a statement cannot hold together: "the old group continues" against "… was
dissolved" is a "no" (``bot.core.statements``)."""
STATEMENT_FRAMING = word_set("""
    article artiklen artikel står according ifølge also også so så okay ok got get gets blevet været become became
    stadig still
""")
"""Words that frame a claim ("ifølge artiklen …", "so …, right?") without stating anything."""


PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    tuple(fold(k).split()): tuple(fold(v).split())
    for k, v in {
        "set up": "established",
        "kicked off": "started",
        "kick off": "start",
        "set it up": "established it",
        "set them up": "established them",
        "focus areas": "themes",
        "chair person": "chairperson",
        "focus area": "theme",
        "in charge": "leads",
        # "aftaler den gamle gruppe stod for": what it was in charge of ("står for" may still be
        # what an abbreviation stands for).
        "stod for": "havde ansvar for",
        # "until which year does it run?": a thing that runs lasts; "who runs it" still leads.
        "it runs": "it covers",
        "it run to": "it covers to",
        "it run until": "it covers until",
        "it run till": "it covers till",
        "står i spidsen": "leder",
        # "hvem varetager formandskabet?": the formal way to hold an office.
        "varetager formandskabet": "har formandskabet",
        "varetager formandsposten": "har formandsposten",
        "varetager formandsrollen": "har formandsrollen",
        # "besparelsespotentialet beløber sig til 18 mia.": the figure said to be the sum's.
        "beløber sig til": "er",
        "drejer sig om": "er",
        "beløb sig til": "var",
        "amounts to": "is",
        "går ud på": "handler om",
        "gik ud på": "handlede om",
        "sidder i spidsen": "leder",
        "sidder for bordenden": "leder",
        "date back": "established",
        "dates back": "established",
        "går tilbage til": "etableret",
        # "take" alone would be read into the Danish "tak" (thanks); with "over" it takes over.
        "take over": "takes over",
        "taking over": "takes over",
        "took over": "takes over",
        # "what are you able to assist me with?": the formal word for help.
        "assist": "help",
        "assistance": "help",
        "assistere": "hjælpe",
        "free up": "free",
        "frees up": "frees",
        "freeing up": "freeing",
        "freed up": "freed",
        "carry on": "continue",
        "carries on": "continues",
        "carried on": "continued",
        "side om side": "parallelt",
        "side by side": "alongside",
        "kommer til orde": "citeres",
        # "who's on the new group?" asks who is a member, not who set it up.
        "whos on the": "who members the",
        "whos on it": "who members it",
        "who on the": "who members the",
        "who on it": "who members it",
        "who is on the": "who members the",
        "who is on it": "who members it",
        "who are on the": "who members the",
        "komme til orde": "citeres",
        "kom til orde": "citeres",
        "at the table": "in the group",
        "governance body": "group",
        "governing body": "group",
        "kører videre": "fortsætter",
        "kører stadig videre": "fortsætter stadig",
        "called": "",
        "hedder": "",
        "strictly speaking": "",
        # "in which month and year did …?" asks when; the date is given whole either way.
        "in which month and year": "when",
        "in which month": "when",
        "in what month": "when",
        "which month and year": "when",
        "what month and year": "when",
        "i hvilken måned og år": "hvornår",
        "i hvilken måned": "hvornår",
        "hvilken måned og år": "hvornår",
        "i hvilket år": "hvornår",
    }.items()
}
"""Fixed phrases read as one meaning: "set up" means established. (An owner's name before
what it owns, "KL's strategy", is dropped in ``rephrase``: it only names the strategy.)"""


PhraseIndex = Mapping[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]
"""Phrases (folded word tuples) and what they are read as, keyed by their first word."""


def phrase_index(*tables: Mapping[tuple[str, ...], tuple[str, ...]]) -> PhraseIndex:
    """``PHRASES`` and the subject's phrases, grouped once by first word for ``rephrase``."""
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for table in tables:
        for phrase, replacement in table.items():
            if phrase:
                grouped.setdefault(phrase[0], []).append((phrase, replacement))
    return {first: tuple(found) for first, found in grouped.items()}


_LANGUAGE_PHRASES = phrase_index(PHRASES)


def rephrase(
    words: list[str],
    owners: frozenset[str] = frozenset(),
    phrases: PhraseIndex = _LANGUAGE_PHRASES,
    owned: frozenset[str] = OWNED_NAMES,
) -> list[str]:
    """Replace fixed phrases (``phrase_index``: the language's and the subject's) in folded
    ``words``, and drop an owner's name (an organisation's short name, from the knowledge)
    before what it owns ("KL's strategy")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in owners and i + 1 < len(words) and words[i + 1] in owned:
            i += 1
            continue
        for phrase, replacement in phrases.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                out.extend(replacement)
                i += len(phrase)
                break
        else:
            out.append(words[i])
            i += 1
    return out


ABBREVIATIONS = {
    fold(k): fold(v)
    for k, v in {
        "ppl": "people",
        "thx": "thanks",
        "ty": "thanks",
        "tnx": "thanks",
        "rep": "representative",
        "reps": "representatives",
        "info": "information",
        "hvorledes": "hvordan",
        "exec": "executive",
        "execs": "executives",
        "pls": "please",
        "diff": "difference",
        "plz": "please",
        "ur": "you're",
        "grp": "group",
        "styregrp": "styregruppe",
        "stgr": "styregruppe",
        "styregr": "styregruppe",
        "sg": "styregruppen",
        "komm": "kommune",
        "repr": "repræsenterer",
        "u": "you",
        "frm": "from",
        "n": "and",
        "r": "are",
        "wtf": "what",
        "eli5": "explain",
        "strat": "strategy",
        "m": "med",
        "el": "eller",
        "tlf": "telefon",
        "fm": "formand",
        "fmd": "formand",
        # "What is the designation of Signe …?": Indian and British English for a job title.
        "designation": "title",
        "designations": "titles",
        # "who'll take over?": the question word with its "will" run in, read as the word.
        "wholl": "who",
        "whatll": "what",
        "whenll": "when",
        # "hvor mange mennesker fra Viborg er med?": the people on the list, as "personer" says.
        "mennesker": "personer",
        "menneske": "person",
        # "hvor mange medl. og hvor mange temaer?": the written short form of "medlemmer".
        "medl": "medlemmer",
        "mdl": "medlemmer",
        "bloke": "guy",
        "chap": "guy",
        "fella": "guy",
    }.items()
}
"""Chat shorthand and slang ("the bloke from Hjørring"), expanded before spelling correction."""
TITLE_ABBREVIATIONS = {
    fold("dir"): fold("direktør"),
    fold("dir."): fold("direktør"),
    "exec": "executive",
    "execs": "executives",
}
"""Abbreviations inside job titles ("adm. dir.", "chief execs"), read as the word they shorten."""

# -- question structure (bot.core.reasoning) ---------------------------------------------

CLAIM_TAGS = word_set("""
    ik ikk ikke right correct korrekt rigtigt rigtig true sandt passer stemmer yes ja vel oder
    isnt doesnt dont arent wasnt werent didnt hasnt havent innit eh no nej troede thought stimmt richtig yeah yep yup
    stämmer riktigt tick legit aye ok okay
""")
"""Tags that turn a statement into a request to confirm it ("Karm er fra Vejle, ikk?"), also the
checker's own ("…, tick?")."""
AMOUNT_WORDS = word_set("""
    million millioner millions mio billion billions bn milliard milliarder mia kr kroner dkk
""")
"""Units of an amount: a claimed figure is checked with its unit, not matched on it ("1,8
million" is a wrong figure to deny, not a word the knowledge lacks)."""
KINDS_OF_SUM = word_set("""
    budget budgets budgettet budgetter cost costs costed price pris prisen funding funded finansiering
    bevilling bevillingen bevilget grant grants tilskud tilskuddet udgift udgifter udgiften omkostning
    omkostninger salary salaries løn lønnen revenue omsætning investment investering investeringen
""")
"""What a sum can be said to be ("the 1.8 billion is the strategy's budget"): the figure holding
in a paragraph about savings bears out no budget."""
PUBLIC_BODIES = word_set("""
    folketinget folketing parliament parlamentet regeringen regering government ministeriet
    ministerium ministry ministeren minister staten state eu kommunalbestyrelsen byrådet
    kommunalbestyrelse council
""")
"""Public bodies in general: "vedtaget af folketinget?" names a doer, which the answer's doer
may rule out."""
ORGANS = {
    fold(word): kind
    for kind, words in {
        "board": "board boards bestyrelse bestyrelsen bestyrelsens",
        "assembly": "repræsentantskab repræsentantskabet repræsentantskabets assembly generalforsamling"
        " generalforsamlingen",
        "executive": "direktion direktionen management",
    }.items()
    for word in words.split()
}
OWNED_ORGANS = {fold("council"): "assembly"}
"""Organ words that name an organisation's body only after its name ("KL's council"): alone
"council" is as often a name's own word ("the old pipe council")."""
"""Bodies within an organisation, by kind: a claim naming one ("KL's repræsentantskab vedtog …")
is checked against the body the answer names ("bestyrelsen i KL")."""
NUMBER_MARKERS = word_set("number nummer nr no")
"""Words a number of a place follows ("nummer 8" on the list, "no. 3", "tema nummer 5")."""
AGENT_MARKERS = word_set("af by")
FROM_WORDS = word_set("fra from")
"""What marks where someone comes from or something is counted from ("fra KL", "from Vejle")."""
OUTSIDE_JOBS = word_set("""
    borgmester borgmesteren borgmesteres mayor mayors minister ministeren ministre ministers rådmand
    rådmanden alderman councillor councilor byrådsmedlem politiker politikeren politician
    folketingsmedlem mp borgmestre borgmestrene rådmænd aldermen councillors councilors byrådsmedlemmer
    politikere politikerne politicians folketingsmedlemmer mps
""")
"""Public offices no job title of an administration holds: "represented by its mayor" is a
claim the members' titles rule out."""
"""What introduces the doer of a passive ("vedtaget af …", "set up by …")."""
RATE_WORDS = word_set("årligt årlig årlige yearly annually annual månedligt monthly ugentligt weekly")
"""Words saying a figure recurs ("1,8 mia. årligt"), which a total does not bear out."""
REALISED_WORDS = word_set("realised realized realiseret realiserede actual faktiske reelle reel reelt")
"""Words that call a sum realised, where the article gives a potential."""
SPAN_WORDS = word_set("since siden until indtil frem hidtil total samlet samlede accumulated")
"""Words that make a figure beside a year a total over the years since ("fra 2012 og frem til
nu", "since 2012"): never a yearly rate."""
RATE_PHRASES = frozenset(
    (fold(a), fold(b))
    for a in ("om", "per", "pr", "a", "each", "every", "hvert", "hver")
    for b in ("året", "år", "year", "måneden", "måned", "month", "ugen", "uge", "week")
)
"""The same said in two words ("om året", "per year")."""


def same_before(words: Sequence[str], same_words: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether a word of ``same_words`` stands right before one of ``nouns`` (one word may come
    between): "fra samme kommune", "samme person", not "to personer på samme punkt"."""
    return any(w in same_words and set(words[i + 1 : i + 3]) & nouns for i, w in enumerate(words))


def tagged(words: Sequence[str]) -> bool:
    """Whether ``words`` end in a confirmation tag ("…, ikk?", "… er nummer to ikke")."""
    return bool(words) and any(w in CLAIM_TAGS for w in words[tag_start(words) :])


def tag_start(words: Sequence[str]) -> int:
    """Where a trailing confirmation tag begins ("…, ikke?", "…, is it not?", "…, correct?");
    ``len(words)`` when there is none."""
    start = len(words)
    if start >= 2 and words[-1] in _TAG_TAILS and words[-2] in CLAIM_TAGS:
        start -= 1  # "…, ikke også?": "isn't it so", the "også" no word of the claim
    while start and words[start - 1] in _TAG_WORDS:
        start -= 1
    return start


SHORT_NEGATIONS = word_set("ik ikk")
"""Chat's "ikke" cut short: a tag at the end ("…, ikk?"), a negation before a word."""


def spelled_out_negations(words: list[str]) -> list[str]:
    """ "hvem er ikk kommunaldirektør": a short "ikk" with words after it that are no tag is
    the negation "ikke", as "hvem er ikke kommunaldirektør"; at the end it stays a tag."""
    if SHORT_NEGATIONS.isdisjoint(words):
        return list(words)  # most questions: no "ikk" to read
    end = tag_start(words)
    return [
        # "…ikk, hvem er det?": a question after it starts a new clause; the tag ends the claim.
        "ikke" if w in SHORT_NEGATIONS and i < end - 1 and words[i + 1] not in QUESTION_WORDS else w
        for i, w in enumerate(words)
    ]


COMPANY_WORDS = word_set("company firm firma selskab selskabet virksomhed virksomheden")
_WHICH_KIND = word_set("which what hvilket hvilken hvad")


def which_company(words: list[str]) -> list[str]:
    """ "which company does she lead?": the organisation a member sits for. Only after a which-word:
    "is he from a company?" claims a kind of body the knowledge does not record (no "yes" to it)."""
    return [
        "organisation" if w in COMPANY_WORDS and i and words[i - 1] in _WHICH_KIND else w for i, w in enumerate(words)
    ]


WORDED = word_set("skrevet skrives stavet staves formuleret written spelled worded phrased")
_HOW = {"hvordan": "hvad", "how": "what"}


def how_worded(words: list[str]) -> list[str]:
    """ "hvordan er hendes titel skrevet i artiklen?" asks for the title in the article's words,
    not for a manner the article never describes: the how-word asks what ("hvordan er tema 3
    formuleret?" too)."""
    if not set(words) & WORDED or not set(words) & (TITLE_WORDS | THEME_WORDS):
        return words
    return [_HOW.get(w, w) for w in words]


EXCLUDING_PAIRS = frozenset(
    phrase_tuples(
        "other than",
        "rather than",
        "apart from",
        "instead of",
        "aside from",
        "bortset fra",
        "andre end",
        "anden end",
        "andet end",
        "ud over",
        "frem for",
        "snarere end",
    )
)
"""Two words that set something apart ("someone *other than* a kommunaldirektør",
"organisations *rather than* municipalities"): alone, neither word negates anything."""


def exclusion_ends(words: Sequence[str]) -> list[int]:
    """Where each part a question sets apart begins: the index just after "not", "except",
    "other than", "bortset fra" …"""
    ends = [i + 1 for i, w in enumerate(words) if w in NEGATION_WORDS]
    ends += [i + 2 for i in range(len(words) - 1) if (words[i], words[i + 1]) in EXCLUDING_PAIRS]
    return sorted(ends)


def excludes(words: Sequence[str]) -> bool:
    """Whether a question sets something apart, by one word or by two ("other than")."""
    return bool(exclusion_ends(words))


def sets_apart(words: Sequence[str]) -> bool:
    """Whether a word or pair that sets something apart ("udover", "except", "other than") is in
    ``words``, however far from what it sets apart: unlike a plain "not", it opens no clause."""
    return any(words[end - 1] not in PLAIN_NEGATIONS for end in exclusion_ends(words))


def negated(words: Sequence[str]) -> bool:
    """Whether a claim is negated ("Karm er ikke fra Vejle?", "the group was not dissolved"),
    as against a trailing tag that only asks for confirmation ("…, ikke?", "…, is it not?")."""
    return any(w in NEGATION_WORDS for w in words[: tag_start(words)])


PLAIN_NEGATIONS = word_set("ikke not isnt arent wasnt werent doesnt dont didnt")
"""What turns a claim around, as against words that set something apart ("udover", "except")."""
NEGATION_SCOPES = frozenset(
    fold("kun only just bare blot længere laengere longer anymore mere altid always helt quite").split()
)
"""Words that narrow what "ikke"/"not" denies ("ikke længere", "not only", "ikke helt")."""


def turned_around(words: Sequence[str]) -> bool:
    """ "strategien blev ikke vedtaget i 2017, vel?", "formanden er ikke fra KL": a plain
    negation before any tag turns the whole claim around; not "er det ikke SKI der …?" (which
    asks about SKI), nor "ikke længere", "not only" (which negate something narrower)."""
    if len(words) > 1 and words[0] in CLAIM_OPENERS and words[1] in TAG_PRONOUNS:
        return False
    if any(w in NEGATION_SCOPES for w in words):
        return False
    return any(
        w in PLAIN_NEGATIONS and not _asks_after_claim(words, i) for i, w in enumerate(words[: tag_start(words)])
    )


_DO_NEGATIONS = word_set("doesnt dont didnt")
_SOURCE_VERBS = word_set("står star siger sagde skriver skrev")
_ASKING_SUBJECTS = word_set("it det den they de there der the artiklen article you du")


def _asks_after_claim(words: Sequence[str], at: int) -> bool:
    """Whether the negation at ``at`` belongs to a question put after the claim, not to the
    claim: "…, står det ikke i artiklen?", "…, eller er det ikke sådan?" (verb, subject, then
    "ikke": Danish asks so), "…, doesn't the article say so?" ("do" and "not" before a subject)."""
    subject = words[at - 1] in _ASKING_SUBJECTS if at else False
    if at >= 4 and subject and words[at - 2] in _SOURCE_VERBS:
        return True
    if at >= 4 and subject and words[at - 2] in CLAIM_OPENERS and words[at - 3] in OR_WORDS:
        return True
    return at >= 2 and words[at] in _DO_NEGATIONS and at + 1 < len(words) and words[at + 1] in _ASKING_SUBJECTS


YOU_SAY = frozenset(
    {("siger", "du"), ("du", "siger"), ("you", "say"), ("says", "you"), ("sagde", "du"), ("you", "said")}
)
"""A tag that puts a claim up as the bot's own words ("Karm er fra Vejle, siger du?"): the
saying is the bot's, no member's."""
CLAIM_HEDGES = word_set("""
    virkelig really actually faktisk egentlig indeed vist nok sure sikker certain wait hov
    helt fuldstændig fuldstændigt totalt completely fully entirely totally altogether
""")
"""Words that soften or stress a claim without changing what it claims ("og den gamle er
nedlagt helt, ikke?")."""
TAG_PRONOUNS = word_set("it det den they de he she han hun there der that")
"""The pronoun of a tag question ("…, is it?", "…, er det?")."""
HEARSAY_ADVERBS = word_set("""
    apparently reportedly supposedly allegedly seemingly evidently presumably åbenbart angiveligt
    tilsyneladende formentlig vistnok
""")
"""Adverbs that put a claim as heard ("Apparently the old group still exists"): a claim to check,
and never a stranger's first name before a member's surname ("Apparently Karm is …")."""
WHICH_WORDS = frozenset({"which", "hvilke", "hvilken", "hvilket"})
"""Which-words that ask one of several ("hvilket medlem", "which theme")."""
CLAIM_OPENERS = word_set("""
    is are was were does do did has have er var har sidder blev kommer stemmer passer kan can handler fik gav skal
    gælder dækker covers runs løber vedtog
""")
"""First words of a yes/no question ("er Karm fra Vejle?", "is Roslev a ...")."""
PAST_OPENERS = word_set("sparede startede begyndte nedsatte opløste etablerede overtog erstattede")
"""Past verbs of the article's events that open a Danish yes/no question as any verb may
("sparede aftalerne 1,8 mia.?"); only first, never as a tag or inside a claim ("var det SKI
der nedsatte styregruppen" is no "var det SKI" with a tag)."""
_TAG_WORDS = CLAIM_TAGS | TAG_PRONOUNS | CLAIM_OPENERS
_TAG_TAILS = word_set("også ogsaa")
"""What a trailing confirmation tag is made of (``tag_start``), joined once."""
STATE_VERBS = word_set("""
    fortsætter continues continue eksisterer exists findes består overtager takes took got erstatter replaces
    runs run løber gælder carries carry keeps lever ends ender slutter udløber expires
""")
"""Verbs that state how a thing stands: "den gamle styregruppe fortsætter?" puts a claim up."""
SAME_WORDS = word_set("same samme both begge bade identical ens equal vs versus")
"""Words that ask to compare two things ("are X and Y from the same municipality?")."""
DIFFERENT_WORDS = word_set("different differ differs forskellige forskellig distinct separate")
"""Words that ask whether two things are not the same ("from different municipalities?")."""
UNIVERSAL_WORDS = word_set("all alle both begge every each hver hvert samtlige entire")
"""Words that claim something of every one named ("are both Viborg members …?")."""
ONLY_WORDS = word_set("only eneste sole solely alone alene kun exclusively udelukkende")
"""Words that claim someone is the one holder ("is Klaus Christiansen the only one from Viborg?")."""
DIFFERENCE_WORDS = word_set("""
    difference differences differ differs compare comparison contrast forskel forskellen forskellene
    sammenlign sammenligne sammenligning adskiller adskille separates separate skiller
""")
"""Words that ask how two things differ, on no one attribute ("compare the roles of X and Y")."""
RANK_WORDS = word_set("""
    senior seniority junior higher highest ranks ranking rank outranks superior overordnet
    højere højest højst højtstående rang rangerer vigtigst vigtigere important
""")
"""Words that ask which of two members ranks above the other, which the article never says."""
APART_WORDS = word_set("""
    distinguish distinguishes distinguishing distinguished særlig særligt særskilt unusual
    usædvanlig anderledes special speciel
""")
"""Words asking what sets one thing apart from the rest ("what distinguishes Viborg's entry")."""
OTHERS_WORDS = word_set("other others else ellers rest resten andre anden andet øvrige")
NEGATION_WORDS = word_set("""
    not ikke no non ingen uden except excluding besides bortset undtagen outside udover
    isnt arent wasnt werent dosnt doesnt dont didnt
""")
"""Words that turn a filter around ("members who are not kommunaldirektør")."""
TITLE_WORDS = word_set("""
    title titel titlen titler titles job jobtitel stilling stillingsbetegnelse position function funktion gig
""")
ORGANISATION_WORDS = word_set("organisation organization organisationen org employer arbejdsgiver outfit")
MUNICIPALITY_WORDS = word_set(
    "municipality municipalities municipal kommune kommunen kommuner kommunal kommunale from fra place city by"
)
PERSONAL_PRONOUNS = word_set("han hun ham hende hans hendes dennes vedkommendes he she him his hers")
"""Pronouns that need someone named before them; alone they get "who do you mean?"."""
POSSESSIVE_PRONOUNS = word_set("hans hendes dennes vedkommendes his hers her")
"""Of those, the ones that own what follows ("hendes ord"): a name put in their place takes "'s"."""
ENGLISH_ONLY_PRONOUNS = word_set("her")
"""English "her" is Danish "her" (here): a pronoun only in an English question."""


def personal_pronouns(lang: str) -> frozenset[str]:
    """The pronouns that need someone named, in a question of ``lang``."""
    return PERSONAL_PRONOUNS | ENGLISH_ONLY_PRONOUNS if lang == "en" else PERSONAL_PRONOUNS


COMPARISON_WORDS = word_set("than end more most fewer fewest less flere flest færre færrest mere mindre")
"""'more than one', 'other than municipalities': words the spelling corrector must know ("than" is no "thank")."""
PLAIN_WORDS = word_set(
    "standing stand stands stood heading headings subheading subheadings mellemrubrik mellemrubrikken"
)
"""Common words one letter or two from a word of the article ("standing" is no "stavning")."""
COMPARATIVES = word_set(
    "more mere flere larger bigger greater større højere higher fewer færre smaller mindre less lower lavere"
)
"""Words that set two counts against each other; words, not typos ("larger" is no "large")."""
CONTAINS_WORDS = word_set("""
    contain contains containing indeholder include includes including har with med rummer
    combine combines combining kombinerer forener indgår indgaar optræder forekommer
""")
"""'whose title contains …', 'a title combining …': words the spelling corrector must know, not
read as "continue" or "coming"."""
TIME_UNITS = word_set("""
    måned måneden måneder maaned month months år året aar aaret year years dato datoen date
""")
"""Words for a span or point of time: words, not typos ("i hvilken måned" is no "mand")."""
MONTHS = word_set("""
    january february march april may june july august september october november december
    januar februar marts maj juni juli oktober
    januari februari mars mai augusti desember
""")
"""Month names: a claimed month ("adopted in May") is a value to check like a number. The
Norwegian and Swedish names are there for neighbours who write theirs ("vedtatt i mars")."""
SEASONS = {
    fold(word): frozenset(fold(months).split())
    for words, months in (
        ("spring springtime forår foråret", "march marts mars april may maj mai"),
        ("summer sommer sommeren", "june juni july juli august augusti"),
        ("autumn fall efterår efteråret", "september october oktober november"),
        ("winter vinter vinteren", "december desember januar januari january februar februari february"),
    )
    for word in words.split()
}
"""A season claimed ("adopted in autumn 2017") by the months it spans: a month said in the
evidence outside them rules it out."""
MONTH_PARTS = {
    fold(word): part
    for part, words in {
        "start": "beginning start early begyndelsen starten primo tidligt",
        "middle": "middle mid midten medio",
        "end": "end late udgangen slutningen ultimo sent",
    }.items()
    for word in words.split()
}
"""Words for a part of a month ("early April", "i udgangen af april"), by the part they name."""
MONTH_NUMBERS = {
    number: word_set(names)
    for number, names in enumerate(
        (
            "january januar januari",
            "february februar februari",
            "march marts mars",
            "april",
            "may maj mai",
            "june juni",
            "july juli",
            "august augusti",
            "september",
            "october oktober",
            "november",
            "december desember",
        ),
        start=1,
    )
}
"""The names of each month, so "05-07-2017" bears out "July"."""
OR_WORDS = word_set("or eller")
"""Between two things offered to choose from ("marts eller april?", "KL or SKI?")."""
EXPLICIT_SAME_WORDS = word_set("same samme identical ens vs versus")
"""Compare words that stay a comparison even beside a claimed value."""
QUOTE_PAIRS = frozenset({(fold("står"), "der")})
"""Two words that together ask what the article says ("hvad står der om resultaterne?")."""
QUOTE_CUES = word_set("""
    say says said saying siger sagde udtaler udtalte mener mente citat citatet citater citaterne quote quotes
    quoted according ifølge describe describes described beskriver beskrives write writes
    written skriver skrevet thank thanks thanked takker tak article artiklen artiklens artikel state
    states stated beskrev kommenterede kommenterer comment comments commented sagt
    kalder kaldte calls wording ordlyd ordlyden formulerer formulerede formulering formuleret
    phrasing mention mentions mentioned nævner nævnte nævnt ordret verbatim cite cites citere citér citer sentence
    citeret citeres
    sentences sætning sætningen passage passagen expression udtryk udtrykket adjective
    formulate formulates word words ord ordet ordene lyder statement statements udtalelse udtalelsen
    fremhæver fremhævede fremhæve highlight highlights highlighted emphasise emphasises emphasize
    emphasizes understreger understregede metafor metaforen metaphor billede billedet
""")
"""Words asking what the article or someone in it says, not for a fact."""
OPINION_WORDS = word_set("synes syntes think thinks thought find finds feel feels")
"""What someone the article quotes thinks ("hvad synes Madsen bliver spændende?") is what they
say; asked of the bot ("hvad synes du?") it is small talk, so these ask for a quote only beside
a speaker's name."""
EXPLANATION_CUES = word_set("""
    why hvorfor explain explains forklar forklare forklaring reason reasons reasoning årsag
    årsagen grund grunden baggrund baggrunden
""")
"""Words asking the article to explain something: its own reasoning answers, as closely as
a request for its words."""
QUOTE_NOUNS = word_set("""
    citat citatet citater quote quotes sentence sentences sætning sætningen passage paragraph afsnit
    afsnittet line linje linjen ordlyd ordlyden wording
""")
"""What holds the article's own words ("the quote with 'særsyn' in it"), as asked for."""
QUOTE_REQUEST_WORDS = word_set("""
    give giv show vis tell fortæl exact exactly præcis præcise nøjagtig nøjagtige words ord ordret verbatim me mig
    please figure figures tal number boss use uses bruger
    kan du can you could kunne læs læse højt bit part stykke stykket paraphrasing
    paraphrase omskriv
""")
"""Words around a request for a quote that say how to quote or whose role speaks, not what about."""


_ARTICLE_LIKE = {"da": frozenset({"en", "et"}), "en": frozenset({"a", "an"})}
"""Number words that are far more often articles ("et tema", "a theme")."""
_OTHER_LANGUAGE_CLASHES = {"da": frozenset(), "en": frozenset({"to", "ni", "fire", "et"})}
"""Danish number words that are ordinary English words ("to", "fire")."""


_NEIGHBOUR_NUMBERS = {"sju": 7, "tjue": 20, "tjugo": 20}
"""Norwegian and Swedish forms, typed by Scandinavians writing Danish ("sju temaer")."""


@cache
def _number_table() -> dict[str, int]:
    # Both languages' tables filter this one.
    table: dict[str, int] = dict(_NEIGHBOUR_NUMBERS)
    for code in ("da", "en"):
        for n in range(101):
            for names in (CARDINALS, ORDINALS):
                table.setdefault(fold(names[code][n]).replace(" ", ""), n)
    return table


@cache
def number_words(lang: str | None) -> dict[str, int]:
    """Cardinal and ordinal number words 0-100 in Danish and English (num2words), folded."""
    table = _number_table()
    clashes = _OTHER_LANGUAGE_CLASHES.get(lang or "en", frozenset()) | frozenset().union(*_ARTICLE_LIKE.values())
    return {word: n for word, n in table.items() if word not in clashes}


CONTACT_WORDS = word_set("""
    direct direkte line linje phone telefon telefonnummer mobil mobile email mail adresse address
    contact kontakt kontaktes reach linkedin twitter facebook instagram hjemmeside website homepage
""")
"""How one reaches someone, which the article never gives: words in their own right, so "his
direct line" is never "repaired" into a title ("direct" is no stub of "director")."""

MEANING_WORDS = word_set("mean means meaning betyder betyde betydning")
"""Asking what something means: never the topic, though "Det betyder, at …" is in the text."""
DEFINITION_CUES = (
    MEANING_WORDS
    | word_set("""
    meant english engelsk engelske translate
    translated translation oversæt oversat oversættelse stand står explain forklar definition
    define definer dækker
""")
    | word_set("refer refers referring henviser")
)
"""Words asking what a term means ("what does cheføkonom mean?", "what does 'borgernær velfærd'
refer to?"), not who holds it."""
REFERRING = word_set("refer refers referring henviser")
"""Asking what words refer to: a term's meaning, or, asked of a paragraph, what in it they point
at ("what does 'sidstnævnte' refer to in the paragraph …?")."""
PERSON_NOUNS = word_set("""
    lady ladies dame damen damer kvinde kvinden kvinder mand manden mænd mændene fyr fyren fyre guy guys
    person personen personer woman women man men chap bloke gentleman herre herren
""")
"""Nouns for a person ("the SKI lady", "manden fra Vejle"): words of their own, never typos of
another ("fyren" is no "fyrre", "manden" no "måneden")."""
STRUCTURE_WORDS = (
    PERSON_NOUNS
    | CLAIM_TAGS
    | CLAIM_OPENERS
    | SAME_WORDS
    | NEGATION_WORDS
    | TITLE_WORDS
    | ORGANISATION_WORDS
    | MUNICIPALITY_WORDS
    | PERSONAL_PRONOUNS
    | QUOTE_CUES
    | OPINION_WORDS  # "think" is no typo of "thank"
    | MONTHS
    | HISTORY_WORDS
    | QUOTE_REQUEST_WORDS
    | FRAMING_WORDS
    | ADDING_UP_WORDS
    | word_set("""
    start starts starting starter begynder begynde begin begins beginning end ends ending ender
    slutter letter bogstav bogstavet ord ordet kommune kommunen kommuner skrive skriv sige
    before after efter earlier later tidligere senere øverst nederst nederste
""")
    | CONTACT_WORDS
    | DEFINITION_CUES
    | STOPWORDS
    | CHAIR_WORDS
)
"""Words the structure of a question rests on: known to the spelling corrector, so it never
"repairs" "stemmer" or "ikk" into a topic word."""
STATE_WORDS = word_set("happen happens happened status skete sket sker")
""""what happened to the old group?", "its status": asking how a thing stands, not about a topic."""
INDEFINITE_ARTICLES = word_set("en et a an")
PEOPLE_WORDS = word_set("who hvem people personer person folk members medlemmer represent represents repræsenterer")
"""Words asking for people rather than places ("which *members* come from …")."""


@cache
def number_word(n: int, lang: str) -> str:
    """ "14" -> "fjorten" / "fourteen", for any count (num2words)."""
    names = CARDINALS.get(lang, ())
    if 0 <= n < len(names):
        return names[n]
    # Imported here: above 100 is rare, and the import alone costs about 20 ms of start-up.
    from num2words import num2words

    return str(num2words(n, lang=lang))


NAMING_WORDS = word_set("hedder hed called named name navn")
"""'hvor mange *hedder* Lars?': a question about a name, not about a person."""
