"""Behaviour of the answer engine as a user of any adapter sees it."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.normalize import fold

MEMBER_SURNAMES = [
    "Pedersen",
    "Herlev",
    "Holte",
    "Grønvall",
    "Brøndum",
    "Svendsen-Tune",
    "Svenningsen",
    "Karm",
    "Winther",
    "Jacobsen",
    "Christiansen",
    "Roslev",
    "Jensen",
    "Lynggaard",
    "Mandøe",
]


def contains(answer_text: str, expected: str) -> bool:
    return fold(expected) in fold(answer_text)


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("Who chairs the steering group?", "en", ["Mandøe", "KL"]),
        ("hvem er formand", "da", ["Mandøe"]),
        ("dato for vedtagelse af strategien?", "da", ["april 2017"]),
        ("citat om besparelsen tak", "da", ["1,8 mia"]),
        ("So that means it was approved in the spring, April 2017, by the board of KL?", "en", ["Yes", "April 2017"]),
        ("date of adoption of the strategy?", "en", ["April 2017"]),
        ("what does KL strategy say on the digital", "en", ["Bedre digital understøttelse af indkøbsopgaven"]),
        ("What is the good name of the person from Hoje Taastrup?", "en", ["Lars Holte"]),
        ("who chars the groop", "en", ["Mandøe"]),
        # The headline's "implementere" is the steering group's following up, not the adoption.
        ("who will implement the strategy?", "en", ["steering group", "følge op"]),
        ("hvem skal implementere strategien", "da", ["styregruppe"]),
        ("hvem repræsenterer Aarhus?", "da", ["Anette Juhl Winther"]),
        ("who represents Hjoerring", "en", ["Leif Johannes Jensen"]),
        ("who represents Kobenhavn", "en", ["Mads Grønvall"]),
        ("Århus", "en", ["Winther"]),
        ("Viborg representative", "en", ["Lasse Jacobsen", "Klaus Christiansen"]),
        ("Juhl Winther", "en", ["Aarhus Kommune"]),
        ("who is Svendsen Tune", "en", ["Vordingborg"]),
        ("Grønvalls title", "en", ["økonomidirektør", "finance director"]),
        ("hvad laver Peter Karm", "da", ["økonomi- og arbejdsmarkedsdirektør", "Vejle"]),
        ("tema 3?", "da", ["Professionel indkøbsadfærd i hele organisationen"]),
        ("what is the fourth theme", "en", ["Bedre indkøb af tjenesteydelser"]),
        ("which theme is about digital support", "en", ["Bedre digital understøttelse af indkøbsopgaven"]),
        ("how many members does the group have", "en", ["14"]),
        ("antal kommuner i styregruppen", "da", ["12"]),
        # "kommunes": the Danish word given an English plural
        ("please list me all kommunes which are in the group", "en", ["12", "Rudersdal Kommune"]),
        ("when did KL adopt the strategy", "en", ["April 2017"]),
        ("how much have the binding agreements saved", "en", ["1.8 billion"]),
        ("hvornår startede de forpligtende aftaler", "da", ["2012"]),
        ("what is SKI", "en", ["Staten og Kommunernes Indkøbsservice"]),
        ("who runs SKI", "en", ["Signe Lynggaard Madsen"]),
        ("hvad hedder temaerne?", "da", ["Stærkere samarbejde om indkøb"]),
        # "rubrik" is the newsroom's word for the headline
        ("hvad står der i rubrikken?", "da", ["Ny styregruppe skal implementere"]),
        # a municipality's CEO is its kommunaldirektør; "execs" shortens "executives"
        ("are holte and svenningsen both municipal CEOs?", "en", ["Yes"]),
        ("how many ppl in the group are municipal chief execs?", "en", ["Lars Holte"]),
        # chat's shorthand for two of the municipalities
        ("hvem er fra htk", "da", ["Lars Holte"]),
        ("who is from cph", "en", ["Mads Grønvall"]),
        ("what are the themes called?", "en", ["Stærkere samarbejde om indkøb"]),
        ("hvad sparede aftalerne?", "da", ["1,8 mia"]),
        ("hvad er SKI og hvem er chefen der?", "da", ["Indkøbsservice", "Signe Lynggaard Madsen"]),
        ("what is SKI and who runs it?", "en", ["Indkøbsservice", "Signe Lynggaard Madsen"]),
        ("What is the purpose of the new steering group set up by KL?", "en", ["follow up on the goals"]),
        ("hvad er formålet med den styregruppe som KL har nedsat", "da", ["følge op på målsætningerne"]),
        ("how were the results achieved?", "en", ["shoulder to shoulder"]),
        ("tl;dr of the article pls", "en", ["05-07-2017"]),
        # where to look ("in the article") asks nothing; what the article holds still asks about it
        ("who is thanked in the article?", "en", ["thanks the now dissolved steering group"]),
        ("hvem bliver der takket?", "da", ["takker den nu nedlagte styregruppe"]),
        ("what is in the article?", "en", ["The article is titled"]),
        ("hvad menes der med besparelsespotentialet på 1,8 mia", "da", ["besparelsespotentiale på godt 1,8 mia"]),
        (
            "Three checks: the year the agreements started, the savings figure, and how many municipalities sign up.",
            "en",
            ["2012", "1.8 billion", "80"],
        ),
    ],
)
def test_fact_and_entry_questions_are_answered_in_the_question_language(
    engine: Engine, question: str, language: str, expected: list[str]
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.language == language
    for text in expected:
        assert contains(answer.text, text), (text, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "Is Odense in the steering group?",
        "er Randers med",
        "Silkeborg",
        "who represents Frederiksberg",
    ],
)
def test_a_municipality_outside_the_group_gets_a_clear_no_without_any_member(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.outcome == "negative"
    assert contains(answer.text, "not") or contains(answer.text, "ikke")
    assert not any(contains(answer.text, surname) for surname in MEMBER_SURNAMES)


@pytest.mark.parametrize("question", ["who was that Karn guy from Vejle", "is Karn from Vejle?"])
def test_a_short_surname_one_letter_off_beside_its_members_place_is_that_member(engine: Engine, question: str) -> None:
    assert "Peter Karm" in engine.ask(question).text


def test_a_short_surname_one_letter_off_beside_another_place_is_a_stranger(engine: Engine) -> None:
    assert "Peter Karm" not in engine.ask("is Karn from Kolding?").text


def test_a_question_opening_a_message_of_remarks_is_answered(engine: Engine) -> None:
    answer = engine.ask(
        "Hvem var det nu, der nedsatte styregruppen? I gamle dage var det jo kommunerne selv, men her står der "
        "vel noget om KL?"
    )
    assert answer.text.startswith("KL (Kommunernes Landsforening) har nedsat styregruppen")


def test_who_said_a_quotation_asked_as_a_cleft_gets_its_verdict(engine: Engine) -> None:
    quotation = "«Tilslutninger på mere end 80 kommuner er ikke længere et særsyn»"
    question = f"{quotation} – var det Signe Lynggaard Madsen der sagde det?"
    assert engine.ask(question).text.startswith("Ja.")


def test_a_quoted_chat_line_is_a_quotation_not_a_claim_to_confirm(engine: Engine) -> None:
    answer = engine.ask(
        "> Et samarbejde, der fra aftalerne blev etableret i 2012 til nu har genereret et besparelsespotentiale "
        "på godt 1,8 mia. kr. – hvem er det der siger det?"
    )
    assert not answer.text.startswith("Ja")
    assert "Signe Lynggaard Madsen" in answer.text


@pytest.mark.parametrize(
    "claim",
    [
        "det er vel ski der har lavet strategien",
        "SKI har lavet strategien, ikke?",
        "is it SKI that wrote the strategy?",
    ],
)
def test_an_organisation_said_to_have_made_the_strategy_is_not_confirmed_by_its_role_in_it(
    engine: Engine, claim: str
) -> None:
    assert not engine.ask(claim).text.startswith(("Ja", "Yes"))


@pytest.mark.parametrize("question", ["Står der, hvor gammel Signe er?", "siger artiklen, hvor gammel Signe er?"])
def test_whether_the_article_says_what_it_lacks_is_no_quote_sharing_a_word_with_it(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question).outcome == "not_in_article"


def test_who_gets_the_honour_for_the_result_is_whom_the_article_thanks(engine: Engine) -> None:
    assert "takker" in engine.ask("Hvem får æren for resultatet ifølge artiklen?").text


@pytest.mark.parametrize("question", ["Is Peter Hansen a member?", "er Anders Andersen med i styregruppen"])
def test_a_person_outside_the_group_is_not_mistaken_for_a_similar_member(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.outcome == "negative"
    assert not contains(answer.text, "Karm") and not contains(answer.text, "Brøndum")


@pytest.mark.parametrize(
    "question",
    [
        "what is Kim Herlev's salary",
        "who will replace Morten Mandøe",
        "hvornår holder styregruppen møde",
        "how old is Lars Holte",
        "what's the name of the vice-chair?",
        "who is deputy chairman?",
    ],
)
def test_what_the_article_does_not_say_is_never_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.outcome in ("not_in_article", "fallback")


@pytest.mark.parametrize(
    "question",
    [
        "what time is it",
        "hvordan laver man pandekager",
        # "skriver man": how anyone writes, no paragraph's "ser man frem til"
        "hvordan skriver man en god jobansøgning?",
        "where can I park in Vejle",
        "who is the mayor of Aalborg",
        # a nod, then an off-topic request after "btw": no thank-you for the nod alone
        "haha nice, btw can you recommend a pizza place in Aarhus",
        "qwertyuiop",
        "",
        "   ",
        "😀😀😀",
        "<b>hi</b><script>x</script>",
        "lorem ipsum " * 900,
    ],
)
def test_off_topic_and_empty_input_get_no_answer(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.text


def test_an_ambiguous_first_name_names_both_members_and_offers_them_as_suggestions(engine: Engine) -> None:
    answer = engine.ask("who is Lars")
    assert contains(answer.text, "Lars Holte") and contains(answer.text, "Lars Svenningsen")
    assert [s.key for s in answer.suggestions] == ["p:Lars Holte", "p:Lars Svenningsen"]


def test_a_suggestion_key_answers_its_question_directly(engine: Engine) -> None:
    suggestion = engine.ask("who is Lars").suggestions[0]
    answer = engine.answer_key(suggestion.key, "en")
    assert answer is not None and answer.answered
    assert contains(answer.text, "Høje Taastrup")


def test_every_suggestion_key_fits_in_telegram_callback_data(engine: Engine) -> None:
    keys = [f"e:{entry.id}" for entry in engine.knowledge.entries]
    keys += [f"p:{person.name}" for person in engine.knowledge.people]
    assert max(len(key.encode()) for key in keys) <= 60


def test_greeting_words_do_not_hide_the_question_after_them(engine: Engine) -> None:
    answer = engine.ask("hej, hvem er formand?")
    assert answer.source == "chair"
    assert answer.language == "da"


def test_what_the_head_of_an_organisation_said_about_a_topic_is_the_paragraph_on_that_topic(engine: Engine) -> None:
    # "head" names who speaks, like "boss": read as a topic it lost the paragraph to the summary.
    answer = engine.ask("what did the head of SKI say about the savings?")
    assert contains(answer.text, "1,8"), answer.text


@pytest.mark.parametrize(
    "message",
    ["I am a researcher from Germany. Who chairs the group?", "Jeg er en konsulent fra Bergen. Hvem er formand?"],
)
def test_an_asker_saying_where_they_are_from_gets_the_question_answered_not_that_place_denied(
    engine: Engine, message: str
) -> None:
    # The knowledge holds no place outside the group, so a foreign place named was denied as a member.
    answer = engine.ask(message)
    assert contains(answer.text, "Mandøe") and not contains(answer.text, "Germany"), answer.text


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("hello", "smalltalk"),
        ("tak for hjælpen", "smalltalk"),
        ("help", "smalltalk"),
        ("good bot 🤖", "smalltalk"),
        ("haha bot you're the MVP 🙌", "smalltalk"),
    ],
)
def test_small_talk_is_answered_politely(engine: Engine, question: str, outcome: str) -> None:
    assert engine.ask(question).outcome == outcome


def test_language_hint_decides_only_when_the_question_itself_does_not(engine: Engine) -> None:
    assert engine.ask("Nyborg?", language_hint="da").language == "da"
    assert engine.ask("who represents Nyborg", language_hint="da").language == "en"


def test_json_shape_is_the_documented_contract(engine: Engine) -> None:
    data = engine.ask("who is Lars").to_json()
    assert set(data) == {"question", "answered", "answer", "language", "confidence", "source", "suggestions"}
    assert isinstance(data["confidence"], int) and 0 <= data["confidence"] <= 100
    assert all(isinstance(s, str) for s in data["suggestions"])


def test_every_member_is_reachable_by_full_name_and_by_surname(engine: Engine) -> None:
    for person in engine.knowledge.people:
        for question in (f"who is {person.name}", f"who is {person.name.split()[-1]}"):
            answer = engine.ask(question)
            assert answer.answered and contains(answer.text, person.name), question


def test_every_member_municipality_is_reachable_and_names_its_people(engine: Engine) -> None:
    for seat in engine.knowledge.seats:
        if seat.municipality is None:
            continue
        answer = engine.ask(f"who represents {seat.municipality}")
        assert answer.answered
        assert all(contains(answer.text, p.name) for p in seat.people), answer.text


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_every_theme_is_reachable_by_number_in_both_languages(engine: Engine, number: int) -> None:
    theme = engine.knowledge.strategy.themes[number - 1]
    assert contains(engine.ask(f"theme {number}").text, theme.title.da)
    assert contains(engine.ask(f"tema {number}").text, theme.title.da)


def test_a_theme_number_that_does_not_exist_gets_a_clear_no(engine: Engine) -> None:
    answer = engine.ask("what is theme 9")
    assert answer.outcome == "negative" and contains(answer.text, "no theme 9")


def test_background_answers_cite_background_not_the_article(engine: Engine) -> None:
    assert engine.ask("what does KL stand for").citation == "background"
    assert engine.ask("who chairs the group").citation == "members"


def test_confidence_stays_within_0_to_100_for_every_curated_question(engine: Engine) -> None:
    for entry in engine.knowledge.entries:
        for questions in entry.questions.values():
            for question in questions:
                assert 0 <= engine.ask(question).confidence <= 100, question


def test_asking_who_heads_an_organisation_the_article_does_not_name_is_not_answered_with_the_chair(
    engine: Engine,
) -> None:
    answer = engine.ask("who runs KL")
    assert not answer.answered
    assert answer.source != "chair"


def test_a_non_chair_asked_about_as_chair_gets_a_no(engine: Engine) -> None:
    answer = engine.ask("is Signe Lynggaard Madsen the chair of the group?")
    assert answer.text.startswith("No.")
    assert contains(answer.text, "Morten Mandøe")


def test_a_job_title_names_the_members_who_hold_it(engine: Engine) -> None:
    answer = engine.ask("hvor mange kommunaldirektører er der i styregruppen")
    assert answer.answered and "7" in answer.text
    assert contains(engine.ask("who is the finance director").text, "Mads Grønvall")


@pytest.mark.parametrize("question", ["what is procurement", "indkøb"])
def test_one_topic_word_shared_with_an_entry_is_not_taken_as_that_entrys_question(
    engine: Engine, question: str
) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question", ["hvad tjener Signe Lynggaard Madsen", "who was the chair of the old steering group"]
)
def test_a_question_beside_a_known_name_is_not_answered_by_an_entry_about_something_else(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.source != "ski-comment" and answer.source != "chair"


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Er Jens Hansen medlem af styregruppen?", True),
        ("Is Anna in the group", True),
        ("Who is Donald Trump", False),
        ("what is the GDPR", False),
    ],
)
def test_an_unknown_capitalised_name_gets_a_no_about_membership_and_nothing_else(
    engine: Engine, question: str, answered: bool
) -> None:
    answer = engine.ask(question)
    assert answer.answered is answered
    assert not any(contains(answer.text, surname) for surname in MEMBER_SURNAMES)


def test_c_and_k_spellings_of_a_name_meet(engine: Engine) -> None:
    assert contains(engine.ask("hvem er Klaus Kristiansen?").text, "Viborg")


def test_a_year_the_article_never_mentions_is_not_answered_with_other_figures(engine: Engine) -> None:
    answer = engine.ask("how much did the joint agreements save in 2016 alone?")
    assert not answer.answered and "2016" in answer.text
    assert engine.ask("when did the binding agreements start, 2012?").answered


def test_an_unknown_word_near_a_known_one_is_not_corrected_into_filler(engine: Engine) -> None:
    assert not engine.ask("where does Lau Svendsen-Tune live").answered


@pytest.mark.parametrize(
    "question",
    [
        "What does the article say about theme 1 and the binding agreements?",
        "hvad siger artiklen om tema 1 og de forpligtende aftaler",
    ],
)
def test_a_theme_named_by_number_finds_the_paragraph_naming_it_in_words(engine: Engine, question: str) -> None:
    # The paragraph says "strategiens første tema", never "tema 1".
    answer = engine.ask(question)
    assert answer.answered and contains(answer.text, "første tema"), answer.text


def test_the_articles_own_it_means_is_no_answer_to_what_something_means(engine: Engine) -> None:
    # "Det betyder, at …" in the paragraph on the old group once answered this.
    answer = engine.ask("forklar hvorfor det betyder noget at over 80 kommuner er med")
    assert not contains(answer.text, "Det betyder"), answer.text
    assert not contains(answer.text, "bestyrelse vedtog"), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("in what way should the strategy help the municipalities?", "welfare"),
        ("hvordan skal indkøbsstrategien hjælpe kommunerne?", "velfærd"),
    ],
)
def test_how_the_strategy_helps_the_municipalities_is_its_purpose(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and contains(answer.text, expected), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # vocabulary: "based" meets the article's "baseret"
        ("hvad bygger aftalerne på ifølge SKI?", "baseret"),
        ("quote what the article says about the status of the old group", "opløst"),
        # "the fact box" is no topic an entry is asked by, and no licence for a loose paragraph
        ("what does the fact box give as the strategy's aim?", "welfare"),
    ],
)
def test_what_the_article_says_is_found_by_its_own_wording(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and contains(answer.text, expected), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "the steering group was set up by Government, right?",
        "the new steering group was set up by the Danish government, right?",
        "strategien blev vedtaget af folketinget ik?",
    ],
)
def test_a_body_claimed_as_the_doer_is_not_confirmed_by_a_word_of_an_organisations_name(
    engine: Engine, question: str
) -> None:
    # KL's English name is "Local Government Denmark": its "Government" is no government.
    answer = engine.ask(question)
    assert fold(answer.text).split()[0] in ("no", "nej"), answer.text


def test_an_organisation_speaks_in_the_paragraphs_its_head_is_quoted_in(engine: Engine) -> None:
    """SKI's paragraphs name Signe Lynggaard Madsen as the speaker, not SKI in their text."""
    quoting = {p.source for p in engine.knowledge.passages if p.speaker and "SKI" in p.speaker.da}
    answer = engine.ask("hvad siger SKI om samarbejdet mellem kommunerne")
    assert (answer.source or "").startswith("passage:"), answer.text
    assert engine.passages.by_id(answer.source.removeprefix("passage:")).source in quoting  # type: ignore[union-attr]


def test_a_remark_between_a_reported_claim_and_the_request_to_confirm_it_is_passed_over(engine: Engine) -> None:
    answer = engine.ask(
        "Jeg har hørt fra en gammel kollega, at formanden for den nye styregruppe er Bjarne Pedersen fra Rudersdal"
        " – det lyder rimeligt nok, han er jo en erfaren mand. Er det sådan?"
    )
    assert answer.text.startswith("Nej.") and "Mandøe" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("Hvad står der i artiklen under 'Fakta om KL's indkøbsstrategi'?", "facts_box"),
        ("what does the article say under Nu skal de gode resultater videreføres?", "ski_comment"),
    ],
)
def test_what_is_written_under_a_quoted_heading_is_that_part_of_the_article(
    engine: Engine, question: str, part: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.citation == part, answer.text


def test_the_it_of_an_isnt_it_tag_is_no_topic_of_a_theme_claim(engine: Engine) -> None:
    # "IT" is a keyword of theme 2: read in the tag, it made a true claim about theme 1 a "No".
    answer = engine.ask("the first theme is stronger cooperation on procurement, isn't it")
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    ("question", "start"), [("og tema 4 handler om it?", "Nej."), ("theme 2 is about IT?", "Yes.")]
)
def test_it_as_what_a_theme_is_about_is_information_technology(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Is Signe Lynggaard Madsen the head of SKI?", "Yes."),
        ("er Signe Lynggaard Madsen chef for SKI?", "Ja."),
        ("is Kim Herlev the mayor of Fredensborg?", "No."),
        ("Karm er borgmester i Vejle, ikk?", "Nej."),
    ],
)
def test_the_head_of_an_organisation_and_an_elected_office_are_checked_against_the_titles(
    engine: Engine, question: str, start: str
) -> None:
    assert engine.ask(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "how does the article describe the strategy's goals?",
        "which adjective does the article use about the strategy's targets?",
    ],
)
def test_among_paragraphs_holding_the_words_alike_the_closest_entrys_paragraph_is_quoted(
    engine: Engine, question: str
) -> None:
    # Three paragraphs hold "målsætninger"; the goals entry rests on the one calling them ambitious.
    answer = engine.ask(question)
    assert answer.source == "passage:adoption", answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [("How many steering groups does the article talk about?", "Two"), ("hvor mange styregrupper er der?", "To")],
)
def test_counting_steering_groups_counts_the_old_and_the_new_not_the_members(
    engine: Engine, question: str, start: str
) -> None:
    assert engine.ask(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "it" after "about"/"om" is IT, the digital theme's keyword; as a subject it is a pronoun
        ("is theme 2 about IT?", "yes"),
        ("tema 4 handler om it, ikk?", "nej"),
        ("So it's linked mainly to theme 4?", None),
    ],
)
def test_it_is_information_technology_only_as_what_a_theme_is_about(
    engine: Engine, question: str, verdict: str | None
) -> None:
    text = engine.ask(question).text
    first = fold(text).split()[0] if text.strip() else ""
    assert (first if first in ("ja", "yes", "nej", "no") else None) == verdict, text


@pytest.mark.parametrize(
    "question", ["the new group took over the old group's tasks?", "so the new group took over the old one's tasks?"]
)
def test_a_claim_in_the_past_tense_is_checked_as_in_the_present(engine: Engine, question: str) -> None:
    assert fold(engine.ask(question).text).startswith("yes"), question


@pytest.mark.parametrize("place", ["Høje Taastrup", "Høje-Taastrup"])
def test_a_title_asked_of_a_place_spelled_as_the_gazetteer_or_the_article_spells_it_finds_its_holder(
    engine: Engine, place: str
) -> None:
    text = engine.ask(f"hvem er kommunaldirektør i {place}?").text
    assert text.startswith("Lars Holte"), text


@pytest.mark.parametrize(
    "question", ["What is KL, can you explain it for a foreigner?", "hvad er SKI, kan du forklare det kort?"]
)
def test_a_request_to_explain_after_a_question_asks_that_question(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.source.startswith("fact:organisation"), answer.text


@pytest.mark.parametrize(
    "question",
    ["Who set up the new steering group, according to the article?", "Who set up the group, according to the text?"],
)
def test_according_to_the_article_after_a_who_question_asks_for_someone_not_for_a_quote(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.source == "set-up-by", answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("kd aalborg?", "da"),
        ("Herlev kd Fredensborg?", "da"),
        ("Jacobsen vs Christiansen Viborg forskel", "da"),
        ("CFO kbh?", "en"),
        ("who is the kd in Aalborg?", "en"),
    ],
)
def test_names_with_a_title_in_danish_chat_shorthand_are_answered_in_danish(
    engine: Engine, question: str, language: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.language == language, answer.text


@pytest.mark.parametrize("question", ["Is SKI represented in the group by its CEO?", "is Signe the CEO?"])
def test_ceo_is_a_word_for_skis_managing_director(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith("Yes") and "Signe Lynggaard Madsen" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How do the binding agreements tie into the strategy, then?",
        "Could you explain how theme 1 connects to the binding agreements?",
        "which of the themes does the work on the binding agreements tie into?",
    ],
)
def test_tying_or_connecting_the_agreements_to_the_strategy_asks_for_their_link_to_theme_1(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered and contains(answer.text, "Stærkere samarbejde om indkøb"), answer.text
