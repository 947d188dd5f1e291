"""How a long message frames its question, and the plainer questions hidden in it.

People write around their question: context first ("Til pressenoten: hvem repræsenterer
Vejle?"), a remark after it ("Since when …? I could not find it."), or a claim stated first
and put up for confirmation after ("Jeg har noteret, at Kim Herlev er … . Er det
korrekt?", "I understood that …. Is this right?"). ``reframings`` gives the plainer
questions to try, best first, when the message as written gets no answer. Pure text work:
the engine decides whether a plainer question is answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.courtesy import GREETING_EMOJI
from bot.core.lexicon import (
    CLAIM_OPENERS,
    CLAIM_TAGS,
    HEARSAY_ADVERBS,
    OR_WORDS,
    QUESTION_WORDS,
    QUESTION_WORDS_WITH_IS,
    STATE_VERBS,
    STOPWORDS,
    YOU_SAY,
    tagged,
    word_set,
)
from bot.core.normalize import fold
from bot.core.patterns import lazy

# Chat shorthand written with a stop ("vordingborg er repr. af …") shortens a word mid-sentence too.
_ABBREVIATIONS: tuple[str, ...] = ("mia", "mio", "kr", "adm", "ca", "fx", "nr", "dvs", "mv", "repr", "komm", "dir")
_ABBREVIATIONS += ("evt", "inkl", "ift", "mht", "pga", "osv", "etc", "vs", "jf", "tlf", "fm", "fmd")
_ABBREVIATIONS += ("kom", "forpl", "afd", "medl", "mdl")
NOT_AN_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
"""Before a full stop: not "mia", "kr", "adm" …, whose stop ends an abbreviation ("2,8 mia. kr."),
not a sentence."""
# The stop is looked for first: the abbreviations' lookbehinds, tried at every position of a
# message before it, cost more than the split itself (the same matches either way).
SENTENCE_BREAK = lazy(r"(?<=[.!?])" + NOT_AN_ABBREVIATION.replace(")", r"\.)") + r"\s+")
ASIDE_BREAK = lazy(SENTENCE_BREAK.pattern + r"|\s[-–—]\s")
"""Where a request to confirm may follow its claim: a new sentence, or a dash."""
CLAUSE_END = lazy(r"[,;:!?]|\s[-–—]\s|(?=\.\s)" + NOT_AN_ABBREVIATION + r"\.\s")
"""Where the clause holding a question ends ("what's theme 3 again, sry brain fried")."""
_CLAUSE_BREAK = lazy(r"[:;–—]\s*|\s-\s")
"""Where a preamble ends inside a sentence ("Til pressenoten: hvem …")."""
_REQUEST_BREAK = lazy(r"(:|\s[-–—]\s)")
"""Where a request to confirm put first ends and its claim begins ("Bekræft: …", "just to confirm - …")."""
_TRAILING_SYMBOLS = lazy(r"[^\w?]+$")
"""Emoji, handles' leftovers and stops after the question mark ("… styregruppen? 👍")."""

_TRAILING_EMOJI = lazy(r"(?<=[?!.])[^\w?!.]+$")
"""Emoji and spaces after a message's last stop ("… true? 🙏")."""


def without_trailing_emoji(text: str) -> str:
    """``text`` without emoji after its last stop: "…, true? 🙏" asks as "…, true?" does, and
    the emoji are no sentence of their own. A wave stays: "Kia ora! 👋" greets by it."""
    found = _TRAILING_EMOJI.search(text)
    if found is None or found.start() == 0 or GREETING_EMOJI & set(found.group()):
        return text
    return text[: found.start()]


_EMOJI_BEFORE_LAST_WORDS = lazy(r"\s*[^\w\s,.;:!?'\"«»()\-–—/@#&%+=*]+\s*(?=(?:\w+\s*){1,3}[?!.]*\s*$)")
"""Emoji standing between a statement and its last few words ("… in Viborg 🤓 right?")."""


def emoji_as_commas(text: str) -> str:
    """``text`` with emoji before its last words read as the comma they stand for: "X is from
    Vejle 🤓 right?" puts up a claim with its tag, as "X is from Vejle, right?" does."""
    found = _EMOJI_BEFORE_LAST_WORDS.search(text)
    if found is None or found.start() == 0 or GREETING_EMOJI & set(found.group()):
        return text
    return f"{text[: found.start()]}, {text[found.end() :]}"


_OPENING = lazy(
    r"^(?:(?:to|in|from|for|by|with|since|til|i|fra|for|af|med|om|siden)\s+)?(?:hvem|hvad|hvilke[nt]?|hvornår|hvornaar|hvor|hvorfor|hvordan|who|whom|whose|what|which|when|where|why|how"
    r"|er|var|har|sidder|blev|is|are|was|were|does|do|did|has|have|can|could|would|kan|kunne|vil)\b",
    re.IGNORECASE,
)
"""A sentence that opens as a question: a question word or a yes/no verb."""

CONFIRM_WORDS = word_set("""
    korrekt rigtigt rigtig stemmer passer sandt bekræfte bekræft bekræfter
    correct right true accurate confirm confirmed so indrøm admit sådan således verify verificere case orden ret
""")
"""Words of a request to confirm what was said before ("Er det korrekt?", "Is that accurate?")."""
REFERENCES = word_set("det dette that this it")
"""What a confirmation request points back with: the claim stated before it."""
REPORTING_WORDS = (
    word_set("""
    noteret noterede skrevet skrev skriver skrive læst læste hørt hørte forstået forstod nævner nævnte
    står påstår påstod siger sige sagde sagt mener tror troede fortalte fortæller fortalt vide
    noted wrote written write read heard understood understand say says said mentions mentioned claims
    states think thought believe believed told tells claimed hear hears overheard learned learnt
    husker huskede remember remembered recall recalled
""")
    # "so" confirms as a request ("Is this so?"), never as a frame ("so it was X that …").
    | (CONFIRM_WORDS - {"so"})
)
"""Words of the frame around a reported claim ("Jeg har noteret, at …", "I understood that …")."""
_CHECK_REQUESTED = lazy(
    r"^\W*(?:(?:please|pls|kindly|venligst|can|could|would|will|kan|kunne|vil|you|du|de|also|også)\s+)*"
    r"(?:confirm|verify|bekræft|bekræfte|verificer|verificere)\b",
    re.IGNORECASE,
)
"""A request to check a claim, with or without a question mark ("please confirm that …")."""
_CONJUNCTION = lazy(r"(?:,\s*|\s)(?:at|that|whether)\s+", re.IGNORECASE)
_CLEFT = lazy(
    r"\b(?:it|det|this|that)\s+(?:was|is|were|er|var)\b"
    r"|\b(?:was|is|er|var)\s+(?:it|det)\s+(?:(?:ikke|not|vel|jo)\s+)*(?:i|in|på|pa|on|af|by|fra|from|under|efter|after|før|before)\s",
    re.IGNORECASE,
)
"""A cleft ("it was SKI that …", "var det ikke i marts, at …") puts what is claimed before "that":
no frame to drop. "Er det rigtigt, at …", "is it accurate that …" are frames."""
_COMMA_CONJUNCTION = lazy(r",\s*(?:at|that)\s+", re.IGNORECASE)
"""", at …" opens what is said in Danish ("… henvise til, at …"); a bare "at" may be "to"."""
_DANISH_MARKERS = word_set("det dette er og af har blev ikke korrekt rigtigt stemmer passer bekræfte")
"""Words that tell a Danish request from an English one; "at" is both."""
_DANISH_TAG, _ENGLISH_TAG = "korrekt", "correct"
_WHERE = word_set("i in på on at")
_IT = word_set("it det")
"""Before where something was said or written ("i notatet"), which claims nothing."""
_VALUE_ASKED = word_set("hvilket hvilken hvilke hvornår hvornaar which when whom")
"""Question words that ask for a value a report's clause would state."""
_WHO = word_set("hvem who whom")
"""Question words that ask for a person ("hvem er ophavsperson til udsagnet om, at …?")."""
_THIRD_PERSON = word_set("han hun den det de ham hende dem he she it they him her them")
_MAX_ASIDE_WORDS = 6
_DANISH_EQUATION_CUES = word_set("tema temaet kommune kommunen formand formanden styregruppen strategien aftalerne")
"""Danish words that tell "tema 2 = …" is to be read with "er", not "is"."""
_MAX_FRAME_WORDS = 4
"""A frame without "that" is short: "my notes say …", "jeg har læst …"."""
_MIN_CLAIM_WORDS = 3
_SOURCE_WORDS = word_set("article artiklen artikel text teksten says siger står skriver writes")
_MAX_SOURCE_CHECK_WORDS = 7
"""Asking whether the article says it is short: "Is that what the article says?"."""
_MAX_BARE_REQUEST_WORDS = 4
"""A request to confirm that points back with no pronoun is short ("Confirm.", "can you confirm?")."""
"""An aside is short ("if I may ask", "according to the text"); a longer tail says more."""
QUESTION_START = lazy(
    r"(?<![\w'’])(?:hvem|hvad|hvilke[nt]?|hvornår|hvornaar|hvornar|hvor|hvorfor|hvordan|who|whom|whose|what|which|when|where"
    r"|why|how)(?![\w])",
    re.IGNORECASE,
)
"""A question word, wherever it stands (an aside holding one asks something of its own)."""
_ORDER_ASIDE = lazy(
    r"^(?:please\s+)?(?:in|i)\s+(?:the\s+|den\s+)?(?:same\s+|samme\s+)?(?:order|raekkefolge)"
    r"(?:\s+(?:the|that|as|which|som|der|hvori|in\s+which|artiklen|article|teksten|text|they|de|dem|them"
    r"|gives?|giver|lists?|listed|lister|names?|named|naevner|mentions?|mentioned|appear|appears|star|are|er"
    r"|given|it|den|det))*$"
    r"|^(?:in|i)\s+(?:the\s+)?(?:article|artiklens|artiklen|listens|list)\s+(?:order|raekkefolge)$"
)
"""An aside saying the order to list in is the article's ("in the order the article gives them",
"i den rækkefølge artiklen nævner dem") (folded): the answer's list keeps the article's order."""


_BOT_SAID = lazy(
    r"^\W*(?:(?:wait|vent|hmm+|hov|ok|okay|so|så|sa|but|men|og|and|sorry|undskyld|hey|hej)\W+)*"
    r"(?:(?:did|didn'?t|didnt)\s+you\s+(?:just\s+|really\s+|not\s+)?(?:say|write|mention)"
    r"|you\s+(?:just\s+|also\s+|earlier\s+)?(?:said|wrote|mentioned|say|are\s+saying)"
    r"|du\s+(?:sagde|skrev|nævnte|naevnte|navnte|siger)|(?:sagde|skrev|nævnte|naevnte|siger)\s+du)"
    r"(?:\s+(?:lige|vel|jo|ikke|just|før|foer|tidligere|earlier|before|da|nu|ovenfor|above|again|igen))*"
    r"(?:\s*,?\s*(?:at|that))?[\s,:]+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""'du sagde vel at det var Karm der var fra Nyborg?', 'did you just say Holte is from Hørsholm?', 'so you
say he is from Holbæk?':
the bot's own words put up again; what is claimed is checked as if the user said it."""


_MIN_UNTAGGED_CLAIM_WORDS = 3
"""A recalled claim of fewer words is a value put up against the last answer, not a statement."""
_BOT_SAID_AFTER = lazy(
    r"^(?P<claim>\S.*?),?\s+(?:som|like|as)\s+(?P<you>du|you)\s+(?:(?:lige|netop|just|also|ogs[aå])\s+)?"
    r"(?:sagde|skrev|nævnte|naevnte|said|wrote|mentioned)(?:\s+(?:før|foer|tidligere|earlier|before))?[\s?!.]*$",
    re.IGNORECASE,
)
"""'Og han er kommunaldirektør, som du lige sagde?', 'so 12 members, like you said?': the claim before
the frame recalling what the bot said."""
_BOT_SAID_WHAT = lazy(
    r"^\W*(?:(?:wait|vent|hmm+|hov|ok|okay|so|så|sa|sorry|undskyld)\W+)*"
    r"(?:what\s+did\s+you\s+(?:just\s+)?say\s+(?:that\s+)?(?P<en>.+?)\s+(?:was|were|is|are)"
    r"|hvad\s+sagde\s+du\s+(?:lige\s+|igen\s+)?(?:at\s+)?(?P<da>.+?)\s+(?:var|er))[\s?!.]*$",
    re.IGNORECASE,
)
"""'what did you just say his municipality was?': the question asked again, plainly."""


def said_to_me(text: str) -> str | None:
    """The claim after a frame recalling what the bot said, or None when there is no such frame
    (or what follows asks its own question: "what did you say his title was?")."""
    asked_again = _BOT_SAID_WHAT.match(text)
    if asked_again is not None:
        thing = asked_again.group("en") or asked_again.group("da")
        return f"what is {thing}?" if asked_again.group("en") else f"hvad er {thing}?"
    found = _BOT_SAID.match(text)
    if found is None:
        after = _BOT_SAID_AFTER.match(text)
        if after is None:
            return None
        # Put up for confirmation as the frame was: "…, ikke?" / "…, right?".
        tag = _DANISH_TAG if after.group("you").casefold() == "du" else _ENGLISH_TAG
        return f"{after.group('claim')}, {tag}?"
    rest = found.group("rest")
    if QUESTION_START.match(rest):
        return None
    words = _words(re.sub(r"[^\w\s]", " ", rest))
    if len(words) < _MIN_UNTAGGED_CLAIM_WORDS or set(words[-2:]) & CLAIM_TAGS or len(sentences(rest)) > 1:
        return rest  # "you just said five. name them": a request follows, no claim to tag
    # "and you said more than 100 municipalities join them?": put up for confirmation as the
    # frame put it, tagged as a claim ("du sagde lige digitalisering" stays a bare value).
    tag = _DANISH_TAG if "du" in fold(text[: found.start("rest")]).split() else _ENGLISH_TAG
    return f"{rest.rstrip(' ?!.')}, {tag}?"


@dataclass(frozen=True)
class Reframing:
    text: str
    claim: bool
    """A claim put up for confirmation: only a "Ja"/"Nej" answers it."""
    said_as_question: bool = False
    """The claim is what a "what does she mean by that …" question is about: it finds the answer,
    whose "Ja"/"Nej" answers nothing that was asked."""


def asks(text: str) -> bool:
    """Whether the message ends as a question, emoji and stops after the mark aside."""
    return _TRAILING_SYMBOLS.sub("", text).endswith("?")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_BREAK.split(text) if s.strip()]


_AS_I_REMEMBER = lazy(
    r"^\W*(?:as\s+i\s+(?:remember|recall)(?:\s+it)?|if\s+i\s+(?:remember|recall)\s+(?:correctly|rightly|right)"
    r"|as\s+far\s+as\s+i\s+(?:know|remember|recall)|så\s+vidt\s+jeg\s+(?:husker|ved)"
    r"|hvis\s+jeg\s+husker\s+(?:ret|rigtigt)|som\s+jeg\s+husker\s+det)\s*,\s*",
    re.IGNORECASE,
)
"""What the asker remembers, said before the claim ("As I remember it, …"): the claim follows."""
_REMEMBERED_ASIDE = lazy(
    r"\s*,?\s*\b(?:efter\s+min\s+erindring|(?:om|hvis)\s+jeg\s+husker\s+(?:ret|rigtigt)|så\s+vidt\s+jeg\s+husker"
    r"|if\s+i\s+(?:remember|recall)\s+(?:correctly|rightly|right)|as\s+far\s+as\s+i\s+(?:remember|recall)"
    r"|as\s+i\s+recall)\b\s*,?",
    re.IGNORECASE,
)
"""The same said inside or after the claim ("Strategien skulle efter min erindring løbe fra 2016
til 2020?", "…, om jeg husker ret?"): the claim is the rest."""


def reframings(text: str) -> list[Reframing]:
    """Plainer questions inside ``text``, best first; empty when it has no frame."""
    found: list[Reframing] = []
    remembered = _AS_I_REMEMBER.match(text)
    if remembered is not None and len(text[remembered.end() :].split()) >= _MIN_CLAIM_WORDS:
        # "As I remember it, the new group also takes over the old group's tasks - correct?"
        found.append(Reframing(text[remembered.end() :], claim=True))
    elif _REMEMBERED_ASIDE.search(text) is not None:
        without_aside = " ".join(_REMEMBERED_ASIDE.sub(" ", text).split()).replace(" ?", "?")
        if len(without_aside.split()) >= _MIN_CLAIM_WORDS:
            found.append(Reframing(without_aside, claim=True))
    parts = sentences(text)
    questions = [i for i, s in enumerate(parts) if asks(s)]
    said = [p.strip() for p in ASIDE_BREAK.split(text) if p.strip()]
    asking = [i for i, s in enumerate(said) if asks(s)]
    # The request is the one question, or the last sentence when none asks; remarks after it
    # ("Det har betydning for vores budget.") are context.
    request = asking[0] if len(asking) == 1 else (len(said) - 1 if said and not asking else None)
    if request and _is_confirmation(said[request]):
        # "Jeg har noteret, at X. Er det korrekt?", "X - can you confirm?", "X. Confirm.": the
        # claim is what was said before.
        claim_said = said[request - 1]
        found.append(Reframing(_as_claim(claim_said, _tag_of(said[request], claim_said)), claim=True))
        if request >= 2:
            # "Jeg har hørt, at formanden er Bjarne Pedersen – det lyder rimeligt. Er det sådan?":
            # a remark may stand between the claim and the request; the claim before it is next.
            earlier = said[request - 2]
            found.append(Reframing(_as_claim(earlier, _tag_of(said[request], earlier)), claim=True))
    before, comma, after = _at_last_comma(text)
    if comma and before.strip() and request is not None and said[request] == text.strip() and _is_confirmation(after):
        # "The strategy period is 2017-2021, is that what it says?": the claim before the comma.
        found.append(Reframing(_as_claim(before.strip(), _tag_of(after, before)), claim=True))
    head, colon, rest = _REQUEST_BREAK.split(text, maxsplit=1) if _REQUEST_BREAK.search(text) else (text, "", "")
    if colon and rest.strip() and _is_confirmation(head) and len(_words(head)) <= _MAX_BARE_REQUEST_WORDS:
        # "Admit it: the strategy was adopted by the Folketing.", "Bekræft venligst: …", "just
        # to confirm - the agreements kicked off in 2012?"
        found.append(Reframing(_as_claim(rest.strip(), _tag_of(head, rest)), claim=True))
    if len(parts) == 1 and text.count("=") == 1:
        # "tema 2 = digital understøttelse?": an equation put up for confirmation.
        left, right = (side.strip(" ?") for side in text.split("="))
        if left and right and not QUESTION_START.search(right):
            danish = bool(set(_words(re.sub(r"[^\w\s]", " ", text))) & _DANISH_EQUATION_CUES)
            verb, tag = ("er", _DANISH_TAG) if danish else ("is", _ENGLISH_TAG)
            found.append(Reframing(f"{left} {verb} {_TRAILING_SYMBOLS.sub('', right)}, {tag}?", claim=True))
    if not questions and len(parts) == 1 and _CHECK_REQUESTED.match(text):
        # "please confirm that Odense is in the group", "confirm whether …": asked without a "?".
        claim = _reported(text)
        if claim is not None:
            found.append(Reframing(claim, claim=True))
    elif (
        not questions
        and len(parts) == 1
        and not set(_words(re.sub(r"[^\w\s]", " ", text))) & QUESTION_WORDS
        and (hearsay := _reported(text, bare_frame=True)) is not None
    ):
        # "min kollega siger at formanden er Mandøe 🙏": hearsay told is put up to be checked.
        found.append(Reframing(hearsay, claim=True))
    if len(questions) == 1:
        question = parts[questions[0]]
        claim = _reported(question) or _may_we_say(question)
        if claim is not None:
            # "Hvad mener hun med, at tilslutninger på over 80 kommuner ikke er et særsyn?": the
            # clause is checked to find what she says, but nothing was claimed.
            found.append(Reframing(claim, claim=True, said_as_question=_asks_what(question)))
        clause = _CLAUSE_BREAK.split(question)[-1].strip()
        if clause != question and _OPENING.match(clause):
            # "Til pressenoten om Vejle Kommune: Hvem repræsenterer Vejle?"
            found.append(Reframing(clause, claim=False))
        if len(parts) > 1:
            # Sentences around the one question are context or remarks ("I could not find it").
            found.append(Reframing(question, claim=False))
        for candidate in (clause, question):
            plain = _without_aside(candidate)
            if plain is not None:
                found.append(Reframing(plain, claim=False))
    return [f for f in dict.fromkeys(found) if f.text.strip() != text.strip()]


_CLAUSE_COMMA = lazy(r"(?<!\d),|,(?!\d)")
"""A comma between clauses; a decimal's ("1,8 mia.") parts one number."""


def _at_last_comma(text: str) -> tuple[str, str, str]:
    """``text`` split at its last clause comma, as ``str.rpartition`` splits at a separator."""
    found = list(_CLAUSE_COMMA.finditer(text))
    if not found:
        return "", "", text
    at = found[-1].start()
    return text[:at], ",", text[at + 1 :]


_EXPLAIN_IT = lazy(
    r"^(?:(?:and|og|so|sa|please|pls)\s+)*(?:(?:can|could|would|will)\s+you|(?:kan|kunne|vil|gider)\s+du)?\s*"
    r"(?:please\s+|venligst\s+|lige\s+|kort\s+|briefly\s+|simply\s+)*"
    r"(?:explain|describe|forklare|forklar|beskrive|beskriv|uddybe|uddyb)\s+(?:it|that|this|det|dette|den)\b"
    r"(?:\s+(?:for|to|til|så|so|in|på|i|med)\b.*)?$"
)
"""An aside that asks to have what the question asks explained ("…, can you explain it for a
foreigner?", "…, kan du forklare det så en politiker forstår det?") (folded)."""


def _without_aside(question: str) -> str | None:
    """ "What is theme 5, if I may ask?", "… adopted, exactly?", "… belong, according to the
    text?": a short aside after the question's last comma, asking nothing of its own."""
    head, comma, aside = _at_last_comma(question)
    if not comma or not _OPENING.match(head.strip()):
        return None
    words = _words(re.sub(r"[^\w\s]", " ", aside))
    if _ORDER_ASIDE.match(fold(aside).strip(" ?.!")):
        # "…, in the order the article gives them?": how to list, which the member list already is.
        return head.strip() + "?"
    if _EXPLAIN_IT.match(fold(aside).strip(" ?.!")):
        # "What is KL, can you explain it for a foreigner?": asked again, as a request to explain.
        return head.strip() + "?"
    if not words or len(words) > _MAX_ASIDE_WORDS or _OPENING.match(aside.strip()) or QUESTION_START.search(aside):
        return None
    if set(words) & _THIRD_PERSON:
        return None  # "…, glæder hun sig?" asks a second question about someone

    return head.strip() + "?"


def _words(text: str) -> list[str]:
    return fold(text).split()


def _is_confirmation(sentence: str) -> bool:
    """ "Er det korrekt?", "Is that accurate?", "Kan De bekræfte det?": a request that points
    back with a pronoun and asks for confirmation."""
    words = _words(re.sub(r"[^\w\s]", " ", sentence))
    if tuple(words) in YOU_SAY:
        return True  # "Karm er fra Vejle, siger du?": what the bot is taken to have said, put up
    if words[:1] and words[0] in OR_WORDS and not set(words) & _ASKING_VERBS:
        return False  # "Which came later: the adoption, or this article?": an alternative offered
    short = len(words) <= _MAX_BARE_REQUEST_WORDS
    if set(words) & CONFIRM_WORDS:
        return bool(set(words) & REFERENCES) or short
    # "Is that what the article says?", "Står det i artiklen?": whether it is said.
    return bool(set(words) & REFERENCES) and bool(set(words) & _SOURCE_WORDS) and len(words) <= _MAX_SOURCE_CHECK_WORDS


_ASKING_VERBS = word_set("is was are er var står star says said siger sagde stemmer passer holds")
"""Verbs of "…, or is that what it says?": a confirmation, where "…, or this article?" offers a choice."""


_LAST_QUESTION = lazy(r"(?:^|[.!]\s+)(?P<request>[A-ZÆØÅ][^.!?]*\?)(?:\s+[A-ZÆØÅ][^?]*[.!])?\s*$")
"""The message's last question, found after any stop: "… 18 mia. kr. Er dette korrekt?" (the
abbreviation's stop ends the claim too); a remark after it that asks nothing ("… Is that
figure correct? I should not like to misquote it.") says why it is asked."""
VALUE_NOUNS = word_set("figure number amount sum tal tallet beløb beløbet summen")
"""What "is that the …?" names when it asks whether a value said before is the right one."""
_CONFIRMATION_FILLER = word_set("""
    er is was var that the det dette this it so så da vel also også i both begge forholder sig
    har jeg en forståelse opfattelse
""")
"""Words beside a confirming word in a request that only confirms ("Forholder det sig således?")."""


def claim_confirmed_after(text: str) -> str | None:
    """ "I have read that more than 90 municipalities join. Is that the figure?", "Jeg har ladet
    mig fortælle, at … 18 mia. kr. Er dette korrekt?": the claim before a last sentence that
    only asks to have it confirmed, framed as a claim; None for any other message (a last
    sentence with words of its own, "bjarne pedersen - fredensborg, right?", asks those)."""
    found = _LAST_QUESTION.search(text)
    if found is None:
        return None
    request = found.group("request")
    words = set(_words(re.sub(r"[^\w\s]", " ", request)))
    asked = words & (CONFIRM_WORDS | VALUE_NOUNS)
    if not asked or not words <= CONFIRM_WORDS | VALUE_NOUNS | _CONFIRMATION_FILLER | REFERENCES:
        return None
    # "Claim: KL's board adopted it in May 2017. True?": what stands before a colon only names it.
    before = text[: found.start("request")].rstrip(" .!").rpartition(":")[2].strip()
    if len(before.split()) < _MIN_CONFIRMED_WORDS:
        return None
    return _as_claim(before, _tag_of(request, before))


_MIN_CONFIRMED_WORDS = 4


def confirmed_claim(claim_said: str, request: str) -> str | None:
    """ "Min nabo påstod, at han er formand. Passer det?": the claim the request asks to have
    confirmed, framed as one ("han er formand, korrekt?"); None when ``request`` asks no such thing."""
    return _as_claim(claim_said, _tag_of(request, claim_said)) if _is_confirmation(request) else None


def _tag_of(sentence: str, claim: str) -> str:
    words = _words(re.sub(r"[^\w\s]", " ", f"{sentence} {claim}"))
    return _DANISH_TAG if _DANISH_MARKERS & set(words) else _ENGLISH_TAG


_SOURCE_REQUEST = word_set("source sources kilde kilden kilder ref refs reference references henvisning citation")
_SOURCE_REQUEST_FILLER = word_set("please pls tak venligst and og with med your din dit what whats hvad er is the")


def without_source_request(text: str) -> str:
    """ "Claim: the article is from 5 June 2017. Source?": ``text`` without a last sentence
    that only asks for the source, which every answer shows beside it; read alone, that
    sentence took the answer's place. ``text`` itself when it has none."""
    parts = sentences(text)
    if len(parts) < 2:
        return text
    words = set(_words(re.sub(r"[^\w\s]", " ", parts[-1])))
    if not words & _SOURCE_REQUEST or not words <= _SOURCE_REQUEST | _SOURCE_REQUEST_FILLER:
        return text
    return text[: text.rindex(parts[-1])].rstrip()


def put_up(statement: str) -> str:
    """``statement`` put up to be checked, with a tag in its own language ("X, korrekt?")."""
    return _as_claim(statement, _tag_of(statement, statement))


_SOURCE_ASIDE = lazy(
    r"(?:[,;]\s*|\s+|^)(?:pursuant\s+to|as\s+per|in\s+accordance\s+with|i\s+henhold\s+til"
    r"|jf\.?|jævnfør)\s+(?:the\s+)?"
    r"(?:article|artiklen|text|teksten|member\s+list|medlemsoversigten|medlemslisten|brødteksten)\b\s*,?",
    re.IGNORECASE,
)
"""'pursuant to the article', 'i henhold til artiklen': where to look, which is always the article;
read with the claim, "pursuant" and "henhold" were words of it to check. ("according to the
article", "ifølge artiklen" stay: the engine reads them as a wish for the article's own words.)"""


def without_source_aside(text: str) -> str:
    """``text`` without an aside saying the answer is to come from the article."""
    if _SOURCE_ASIDE.search(text) is None:
        return text
    rest = " ".join(_SOURCE_ASIDE.sub(" ", text).split())
    return re.sub(r"\s+([?.!,])", r"\1", rest) if len(rest.split()) >= _MIN_CLAIM_WORDS else text


_TRUE_OR_FALSE = lazy(
    r"^\W*(?:quiz\W+)?(?P<label>rigtigt|rigtig|sandt|korrekt|true|right|correct)\s+(?:eller|or)\s+"
    r"(?:forkert|falsk|usandt|false|wrong|incorrect)\s*[:?,.!–—-]+\s*(?P<claim>\S.*?)[\s?.!]*$",
    re.IGNORECASE,
)
"""A quiz's "rigtigt eller forkert: …", "true or false: …": the statement after it, to check."""


_HEARSAY_TAIL = lazy(
    r"\s*[,;–—-]\s*(?:I['’]?m\s+told|I\s+am\s+told|I\s+hear|I['’]?ve\s+heard|I\s+have\s+heard|they\s+say|so\s+I\s+hear"
    r"|har\s+jeg\s+hørt|hører\s+jeg|siger\s+de|siges\s+det)(?=\s*[.?!]|\s*$)",
    re.IGNORECASE,
)
"""'…, I'm told.', '…, har jeg hørt': who said the claim before it, which puts it up as it is."""
_VOUCHED_FOR = lazy(
    r"\s*[,;]?\s+(?:og|and)\s+(?:han|hun|de|he|she|they)\s+(?:har|plejer|er|ved|is|are|has|knows|usually|tends|normally)"
    r"\b[^.?!,]*?\b(?:ret|right|vide|know|knows|styr|pålidelig|reliable|correct)\b[^.?!,]*(?=[.?!,]|\s*$)",
    re.IGNORECASE,
)
"""'…, og han har som regel ret.', '… and he is usually right': the informant vouched for, which
says nothing the claim holds ("han" there is no one to look up)."""
_RIGHT_IN_SAYING = lazy(
    r"^\W*(?:am\s+i|would\s+i\s+be|is\s+it)\s+(?:right|correct)\s+"
    r"(?:in\s+(?:saying|thinking|assuming|understanding)|to\s+(?:say|think|assume))\s+(?:that\s+)?"
    r"(?P<claim>\S.*?)[\s?.!]*$",
    re.IGNORECASE,
)
"""'Am I right in saying X?', 'Would I be correct to assume X?': the claim X. ("Is it fair to say
she attributes the result to SKI alone?" stays: put up bare, its "alone" went unchecked.)"""


_TELL_ME_TAIL = lazy(
    r"\s*,\s*(?:den|det|dem|de)\s+(?:kan|vil)\s+(?:du|De)\s+(?:vel\s+|nok\s+|godt\s+|sikkert\s+|måske\s+)*"
    r"(?:fortælle|sige|give|oplyse)\s+(?:mig|os)(?:\s+(?:om|også|lige))*\s*(?=\?*\s*$)",
    re.IGNORECASE,
)
"""A request to tell after what is asked ("Og hans titel, den kan De vel fortælle mig?"): the
asking, not a claim about "den"."""


_THAT_MEANS = lazy(
    r"^\W*(?:(?:and|og|so|så|saa|sa|ok|okay)\s*,?\s+)*(?:that|this|it|which|det|dette)\s+"
    r"(?P<verb>means|meant|betyder|betød|vil\s+sige)\s+(?:that\s+|at\s+)?(?P<claim>\S.*?)\s*\?[\s?]*$",
    re.IGNORECASE,
)
"""'So that means X?', 'så det betyder at X?': a conclusion drawn from the last answer, put up to
be checked as the claim X; read with its frame, it matched nothing."""


def plain_framing(text: str) -> str:
    """``text`` with the framing that only says where a claim comes from, or asks to check it,
    read off: the article named as the source, a hearsay tail, "am I right in saying …",
    a quiz's "rigtigt eller forkert", a closing "den kan du vel fortælle mig", an informant
    vouched for ("og han har som regel ret"), a conclusion's "so that means …?"."""
    text = _TELL_ME_TAIL.sub("", _VOUCHED_FOR.sub("", _HEARSAY_TAIL.sub("", without_source_aside(text))))
    found = _RIGHT_IN_SAYING.match(text)
    if found is not None:
        text = f"{found.group('claim')}, {_ENGLISH_TAG}?"
    concluded = _THAT_MEANS.match(text)
    if concluded is not None:
        english = concluded.group("verb").lower().startswith("mean")
        text = f"{concluded.group('claim')}, {_ENGLISH_TAG if english else _DANISH_TAG}?"
    return true_or_false(text)


def true_or_false(text: str) -> str:
    """``text`` with a "true or false" label read as the claim it puts up ("X, korrekt?")."""
    found = _TRUE_OR_FALSE.match(text)
    if found is None:
        return text
    # The label's language is the tag's: "han står som nr. 5" has no word telling it Danish.
    tag = _ENGLISH_TAG if found.group("label").lower() in ("true", "right", "correct") else _DANISH_TAG
    return f"{found.group('claim')}, {tag}?"


_STATEMENT_CONTINUED = lazy(r"^\W*(?:(?:og|and|also|også|ogsaa|samt|plus)\s+)+(?:at|that)\s+", re.IGNORECASE)
"""How a further claim after one just checked opens ("Og at aftalerne blev etableret i 2012.")."""
_NOT_STATED = word_set("""
    jeg vi du we you my min mit mine vores our your din dit jeres me mig please pls tell fortæl giv give
    show vis list nævn explain forklar beskriv describe kan could can would will vil må may lad let hej hi
    hello tak thanks thank hmm
""")
"""First words of a sentence that states nothing to check: the asker's own affairs ("vi er en
lille kommune"), a request ("fortæl om tema 2"), a greeting."""


_STATING_VERBS = (
    CLAIM_OPENERS
    | STATE_VERBS
    | word_set("""
    hedder står repræsenterer represents repræsenteret represented erstatter replaced leder leads led chairs
    sidder sits sat kom came vedtaget adopted etableret established opløst dissolved nedlagt blevet been
    arbejder works holder holds ejer owns ejes owned sagde said siger says handler bygger nævnes named
    """)
)
"""Verbs a statement of fact is made with: without one, words name a thing and state nothing."""


def stated_claim(text: str) -> str | None:
    """ "KL's bestyrelse vedtog strategien i marts 2017.", "Tema 4 hedder 'Bedre indkøb af
    varer'.": a fact stated in one sentence, with no question put, is what a fact-checker
    types to have it checked; put up as a claim. None for a question, a request, or the
    asker's own affairs."""
    if "?" in text or len(sentences(text)) != 1 or _CLAUSE_BREAK.search(text):
        return None  # "mosevang har 2 folk - forskel paa deres titler": a request after the dash
    plain = _STATEMENT_CONTINUED.sub("", text.strip())
    raw = plain.split()
    words = _words(re.sub(r"[^\w\s]", " ", plain))
    if len(words) < _MIN_CLAIM_WORDS or set(words) & (QUESTION_WORDS | QUESTION_WORDS_WITH_IS):
        return None
    if tagged(words):
        return None  # "… siden 2010, ikke" is put up already: a second tag would make "ikke" deny
    if words[0] in _NOT_STATED or (raw[0] == "I" and raw[1][:1].islower()):
        return None  # "I need the member list.": the English "I", not the Danish "I Vejle …"
    if not set(words) & _STATING_VERBS:
        return None  # "citat fra SKI", "Karm titel": a noun phrase asks, it states nothing
    return put_up(plain.rstrip(" .!"))


def _as_claim(statement: str, tag: str) -> str:
    claim = _reported(statement, tag, bare_frame=True) or statement.rstrip(" .!?")
    return claim if asks(claim) else f"{claim}, {tag}?"


def _asks_what(sentence: str) -> bool:
    """Whether ``sentence`` opens with "what" ("Hvad mener hun med, at …?", "What does she say …")."""
    return _words(re.sub(r"[^\w\s]", " ", sentence))[:1] in (["hvad"], ["what"])


_MAY_WE_SAY = lazy(
    r"^(?:can|could|may)\s+(?:we|i)\s+(?:say|write|state|claim)\s+(?!that\b|whether\b|if\b)(?P<claim>.+)$"
    r"|^(?:does|did)\s+(?:the\s+article|it)\s+(?:state|explicitly\s+state)\s+that\s+(?P<stated>.+)$"
    r"|^(?:kan|må|kunne)\s+(?:vi|jeg)\s+(?:skrive|sige|påstå)\s+(?!at\b|om\b)(?P<claim_da>.+)$",
    re.IGNORECASE,
)
"""Asking leave to say a claim without "that" ("Can we say the agreements saved 1.8 billion?"), or
whether the article states it ("Does the article state that …?", where "state" is no word of a
frame: "What does the article state that SKI looks forward to?" asks what)."""


def _may_we_say(question: str) -> str | None:
    """ "Can we say X?": the claim X, put as "X, korrekt?"; None for any other question."""
    found = _MAY_WE_SAY.match(question.strip())
    if found is None:
        return None
    said = found.group("claim") or found.group("claim_da") or found.group("stated")
    claim = _TRAILING_SYMBOLS.sub("", said).rstrip(" ?.!")
    return f"{claim}, {_tag_of(question, claim)}?" if len(claim.split()) >= _MIN_CLAIM_WORDS else None


def _reported(sentence: str, tag: str | None = None, *, bare_frame: bool = False) -> str | None:
    """ "Is it true that X?", "Jeg har noteret, at X": the claim X, put as "X, korrekt?".
    ``bare_frame``: a statement may frame its claim without "that" ("My notes say X"); a
    question may not ("hvad siger X i artiklen?" asks what X says)."""
    for conjunction in _CONJUNCTION.finditer(sentence):
        if _CLEFT.search(sentence[: conjunction.start()]):
            return None  # "So it was the Folketing that adopted it?": the claim is in the frame
        frame_words = _words(re.sub(r"[^\w\s]", " ", sentence[: conjunction.start()]))
        frame = set(frame_words)
        if frame_words[:1] and frame_words[0] in _VALUE_ASKED and frame & REPORTING_WORDS:
            # "hvilket år siger hun, at aftalerne blev etableret?" asks for a value and claims
            # nothing; "hvad mener hun med, at …?" asks about the words that follow.
            return None
        if frame_words[:1] and frame_words[0] in _WHO and not frame & REPORTING_WORDS:
            # "hvem er ophavsperson til udsagnet om, at …?" asks who, with no saying to check
            # the clause by ("who said that …?" is checked, then answered with the speaker).
            return None
        if not frame & REPORTING_WORDS and not _COMMA_CONJUNCTION.match(conjunction.group()):
            continue
        said_at = max((i for i, w in enumerate(frame_words) if w in REPORTING_WORDS), default=-1)
        tail = frame_words[said_at + 1 :] if said_at >= 0 else []
        before_where = next((i for i, w in enumerate(tail) if w in _WHERE), len(tail))
        stated = [w for w in tail[1:before_where] if w not in STOPWORDS | _THIRD_PERSON]
        if tail[:1] and tail[0] in _IT and stated:
            # "Signe says it's still rare that …": the frame itself claims something; "skriver det
            # i mit notat, at …" only says where.
            return None
        claim = sentence[conjunction.end() :].rstrip(" ?.!")
        claim = _TRAILING_SYMBOLS.sub("", claim).rstrip(" ?.!")
        if len(claim.split()) < 2:
            return None
        return f"{claim}, {tag or _tag_of(sentence, claim)}?"
    words = sentence.split() if bare_frame else []
    if words and fold(words[0].strip(",")) in HEARSAY_ADVERBS and len(words) > _MIN_CLAIM_WORDS + 1:
        # "Apparently the old group still exists alongside the new one 🤷": heard, put up.
        claim = _TRAILING_SYMBOLS.sub("", " ".join(words[1:])).rstrip(" ?.!")
        return f"{claim}, {tag or _tag_of(sentence, claim)}?"
    for i, word in enumerate(words[:_MAX_FRAME_WORDS]):
        # "My notes say the agreements saved 18 billion": a frame without "that".
        if fold(word) in REPORTING_WORDS - CONFIRM_WORDS and len(words) - i > _MIN_CLAIM_WORDS:
            claim = _TRAILING_SYMBOLS.sub("", " ".join(words[i + 1 :])).rstrip(" ?.!")
            return f"{claim}, {tag or _tag_of(sentence, claim)}?"
    return None


_OR_WHAT_TAIL = lazy(
    r"[\s,;–—-]*(?:\b(?:eller\s+(?:hvad|ej|ikke|hvordan|hur)|or\s+(?:what|not|no)|(?:is|was|are|were|does|did|has)"
    r"\s+(?:he|she|it|they|that|this)\s+not|(?:er|var|har)\s+(?:han|hun|det|den|de)\s+ikke)|\beller|\bor"
    # "…, men ret mig endelig hvis jeg tager fejl", "correct me if I'm wrong": the same request.
    r"|\b(?:men\s+|but\s+)?(?:ret|korriger|correct)\s+(?:mig|me)\s+(?:endelig\s+|gerne\s+|bare\s+|please\s+)?"
    r"(?:hvis|if)\s+(?:jeg|i)\s*(?:tager\s+fejl|tog\s+fejl|husker\s+forkert|er\s+galt\s+på\s+den|m\s+wrong|am\s+wrong)"
    # "– har jeg fat i den rigtige ende?": have I got it right.
    r"|\bhar\s+jeg\s+fat\s+i\s+den\s+rigtige\s+ende)"
    r"[\s?!.]*$",
    re.IGNORECASE,
)
"""A tag that offers the claim's opposite ("…, or not?", "… eller hvad?", "…, is he not?"): it
asks whether the claim holds, as its question mark alone does; its "not" or "what" is neither a
denial nor a second thing to choose from."""


def with_plain_tag(text: str) -> str:
    """``text`` with a tag offering the opposite taken off, leaving the yes/no question it
    asks ("Karm er fra Kolding – eller hvad?" as "Karm er fra Kolding?"); ``text`` itself when
    it has none."""
    found = _OR_WHAT_TAIL.search(text)
    if found is None or not found.start() or not _words(text[: found.start()]):
        return text
    return f"{text[: found.start()].rstrip(' ,;–—-')}?"
