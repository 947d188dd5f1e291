"""Small hand-made word lists: language cues, filler words and the words that may
accompany a name in a fact question.

They are linguistic glue, not knowledge about the article, which is why they live in
code rather than in ``knowledge/``. Every word is folded with the same ``fold`` as the
questions, so lists can be written with æ/ø/å.
"""

from __future__ import annotations

from bot.normalize import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(text).split())


DANISH_CUES = _words("""
    hvem hvad hvor hvornår hvilke hvilken hvilket hvorfor hvordan hvorledes er og af til på den
    det der med fra om som har jeg du mig kan skal vil ikke nej ja tak hej godmorgen goddag
    godaften farvel mange hedder laver står handler sidder første anden andet tredje fjerde
    femte sidste også eller mellem blev bliver være været nogen noget hvornar repræsenterer
    nedsat vedtog vedtaget hjælp hjælpen gerne venligst medlemmer medlemmerne kommuner
    kommunerne formanden formand styregruppen styregruppe temaer temaerne tema temaet
    strategien indkøbsstrategien aftalerne aftaler besparelsen besparelse artiklen
    hvornår startede siger sagde betyder tidligere nye ny gamle opløst
""")

ENGLISH_CUES = _words("""
    who what when where which why how is are was were the of and to in on does do did many
    much chair chairs chaired members member group steering municipality municipalities theme
    themes strategy agreements agreement savings saved hello hi hey thanks thank help
    represents represent from job title role about say says has have will can there it this
    that adopt adopted years cover covers year article date purpose previous old new dissolved
    with name called mean means stand stands please tell me you your an any head heads lead
    leads run runs whose
""")

STOPWORDS = _words("""
    a an the of is are was were be been being to in on at for and or it its this that these
    those i me my we us our please can could would will shall should tell about
    there their they them he she his her has have had by with as from so any some just know
    want okay ok mate actually exactly again also currently now then really anyway kind
    den det de dem en et er var være i af til på og at om for med som har havde der jeg
    mig vi os kan kunne skal vil ville lige mon så lidt venligst gerne egentlig nu her
    hvis bare også jo vel nok
""")
"""Words that carry no meaning for matching. Question words (who, hvem, how many) are
not here: they tell "who chairs" from "how many members". Greetings and "you" are not
here either: the small-talk entries need them, and other questions drop them."""

PERSON_CONTEXT = _words("""
    who whos hvem what hvad hvilken hvilket which title titel job jobtitel role rolle position
    stilling work works working arbejder do does doing laver municipality kommune kommunen
    organisation organization org represent represents representing repræsenterer
    repræsentere from fra kommer come comes member medlem steering group styregruppe
    styregruppen committee part sidder seat plads info information fortæl chair formand
    formanden where hvor person employer arbejdsgiver ansat employed occupation stillingen
    titlen direktør director chef leder hedder called name navn new nye ny yes ja not ikke
    also og
""")
"""Words that may stand beside a member's name in a question the fact base answers."""

MUNICIPALITY_CONTEXT = _words("""
    who hvem represent represents representing representative representatives repræsenterer
    repræsentere repræsentant repræsentanten repræsentanterne from fra med member members
    medlem medlemmer group styregruppe styregruppen steering committee sidder kommune
    kommunen municipality municipal part included deltager deltage participate participates
    participating seat plads person people folk hvilke which anyone nogen somebody someone
    kommer come comes role rolle new nye ny do does har what hvad
""")
"""Words that may stand beside a municipality's name in a question the fact base answers."""

ORGANISATION_DEFINITION = _words("""
    what hvad star stand stands for betyder mean means full fulde name navn navnet hedder
    called abbreviation forkortelse forkortelsen explain forklar organisation organization
""")
ORGANISATION_HEAD = _words("""
    runs run leads lead heads head director direktør direktøren chef chefen boss ceo leder
    lederen manages manager managing adm administrerende topchef
""")
ORGANISATION_SEAT = _words("""
    represent represents representing representative repræsenterer repræsentant from fra
    member members medlem sidder seat group styregruppe styregruppen steering med who hvem
""")

THEME_WORDS = _words("tema temaet temaer temaerne theme themes focus area fokusområde indsatsområde")
THEME_CONTEXT = _words("""
    what hvad is handler about om title titel called hedder named number nummer nr no
    strategy strategien strategiens strategys indkøbsstrategi indkøbsstrategien
    indkøbsstrategiens which hvilket hvilken mean betyder explain forklar
    concern concerns deals deal cover covers focus fokus
""")
ORDINALS = {
    **{word: 1 for word in _words("first første 1st")},
    **{word: 2 for word in _words("second anden andet 2nd")},
    **{word: 3 for word in _words("third tredje 3rd")},
    **{word: 4 for word in _words("fourth fjerde 4th")},
    **{word: 5 for word in _words("fifth femte 5th")},
}
CARDINALS = {
    **{word: 1 for word in _words("one en et")},
    **{word: 2 for word in _words("two to")},
    **{word: 3 for word in _words("three tre")},
    **{word: 4 for word in _words("four fire")},
    **{word: 5 for word in _words("five fem")},
}
"""Number words, read only after "theme": before it, "et tema" is "a theme"."""
LAST_WORDS = _words("last sidste final")
