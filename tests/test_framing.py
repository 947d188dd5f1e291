"""How a long message's framing is read (bot/core/framing.py): the plainer questions inside it."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.framing import Reframing, asks, reframings, said_to_me, sentences, true_or_false

PLAINER = [
    # a preamble clause before the question
    ("Til pressenoten om vandplanen: Hvem repræsenterer Krageby?", Reframing("Hvem repræsenterer Krageby?", False)),
    # remarks around the one question
    (
        "Since when do the pipe agreements exist? I could not find it.",
        Reframing("Since when do the pipe agreements exist?", False),
    ),
    ("Vi skriver et notat. Hvem er formand?", Reframing("Hvem er formand?", False)),
    # a claim reported inside the question
    ("Is it true that the plan has three themes?", Reframing("the plan has three themes, correct?", True)),
    ("Er det rigtigt, at planen har tre temaer?", Reframing("planen har tre temaer, korrekt?", True)),
    ("Am I right that ARI is in the group?", Reframing("ARI is in the group, correct?", True)),
    # leave asked to say a claim, or whether the article states it
    (
        "Can we say the pipe agreements have saved 2.4 billion?",
        Reframing("the pipe agreements have saved 2.4 billion, correct?", True),
    ),
    ("Kan vi skrive vandplanen har tre temaer?", Reframing("vandplanen har tre temaer, korrekt?", True)),
    ("Does the article state that ARI is in the group?", Reframing("ARI is in the group, correct?", True)),
    # a claim stated, then put up for confirmation
    ("Jeg har noteret, at Helle er fra Søholt. Er det korrekt?", Reframing("Helle er fra Søholt, korrekt?", True)),
    ("I read that the plan runs to 2040. Is that accurate?", Reframing("the plan runs to 2040, correct?", True)),
    (
        "Vi vil henvise til, at planen har tre temaer. Kan De bekræfte det?",
        Reframing("planen har tre temaer, korrekt?", True),
    ),
    ("The plan has four themes - can you confirm?", Reframing("The plan has four themes, correct?", True)),
    ("The plan has four themes. Confirm.", Reframing("The plan has four themes, correct?", True)),
    ("My notes say the plan has four themes - can you confirm?", Reframing("the plan has four themes, correct?", True)),
    (
        "Jeg har noteret, at planen har fire temaer. Er det korrekt? Det betyder noget for budgettet.",
        Reframing("planen har fire temaer, korrekt?", True),
    ),
    (
        "The plan has three themes. Is that what the article says?",
        Reframing("The plan has three themes, correct?", True),
    ),
    ("tema 2 = klimatilpasning?", Reframing("tema 2 er klimatilpasning, korrekt?", True)),
    ("Admit it: the plan has four themes.", Reframing("the plan has four themes, correct?", True)),
    ("just to confirm - the plan has three themes?", Reframing("the plan has three themes, correct?", True)),
    ("Bekræft venligst: planen har tre temaer.", Reframing("planen har tre temaer, korrekt?", True)),
    # a short aside after the question's last comma
    ("What is the third theme, if I may ask?", Reframing("What is the third theme?", False)),
    (
        "to which organisation does Helle belong, according to the text?",
        Reframing("to which organisation does Helle belong?", False),
    ),
]


@pytest.mark.parametrize(("message", "plainer"), PLAINER)
def test_a_framed_message_offers_its_plain_question_first(message: str, plainer: Reframing) -> None:
    assert reframings(message)[0] == plainer


@pytest.mark.parametrize(
    "message",
    [
        "hvem er formand?",
        "Is the plan from 2031?",
        "Helle er fra Søholt, ikk?",
        "the group that met, who chairs it?",
        "So it was the government that adopted the plan?",
        "er besparelsen 2,4 mia om året?",
        "",
    ],
)
def test_a_plain_question_has_no_reframing(message: str) -> None:
    assert reframings(message) == []


@pytest.mark.parametrize(
    "message",
    [
        "hvad siger Helle om planen, glæder hun sig?",
        "Hvem er formand, og hvem har nedsat gruppen?",
        "Helle er fra Søholt, ikk?",
    ],
)
def test_a_tail_that_asks_something_of_its_own_is_no_aside(message: str) -> None:
    assert all(not r.text.endswith(message.split(",")[0] + "?") for r in reframings(message))


def test_a_bare_to_infinitive_is_no_reported_claim() -> None:
    # "at skrive" is "to write"; the claim follows the ", at" that opens what is said.
    assert reframings("Vi overvejer at skrive i notatet, at planen har tre temaer. Er det rigtigt?")[0].text == (
        "planen har tre temaer, korrekt?"
    )


@pytest.mark.parametrize(
    ("message", "expected"), [("er Helle med? 👍", True), ("er Helle med?!", True), ("Helle er med.", False)]
)
def test_a_question_mark_before_emoji_still_asks(message: str, expected: bool) -> None:
    assert asks(message) is expected


def test_a_bare_tag_after_a_statement_puts_the_statement_up_for_confirmation() -> None:
    assert reframings("Helle er fra Søholt. Korrekt?")[0] == Reframing("Helle er fra Søholt, korrekt?", True)


@pytest.mark.parametrize(
    ("message", "plainer"),
    [
        (
            "Could you list the members of the group, in the order the article gives them?",
            "Could you list the members of the group?",
        ),
        ("hvem er medlemmerne, i den rækkefølge artiklen nævner dem?", "hvem er medlemmerne?"),
        ("Who are the members, in the article's order?", "Who are the members?"),
    ],
)
def test_an_aside_asking_for_the_articles_order_leaves_the_plain_request(message: str, plainer: str) -> None:
    assert Reframing(plainer, False) in reframings(message)


def test_an_aside_asking_for_another_order_is_kept() -> None:
    assert all(
        r.text != "Who are the members?"
        for r in reframings("Who are the members, in the order of their yearly salaries from high to low?")
    )


@pytest.mark.parametrize(
    ("message", "recalled"),
    [
        ("du sagde vel at det var Helle der var fra Søholt?", "det var Helle der var fra Søholt, korrekt?"),
        ("did you just say Kvistgaard is from Krageby?", "Kvistgaard is from Krageby, correct?"),
        ("wait, you said they started in 2026, right?", "they started in 2026, right?"),
        ("sagde du ikke at der er seks pladser?", "der er seks pladser, korrekt?"),
        ("Og han er kommunaldirektør, som du lige sagde?", "Og han er kommunaldirektør, korrekt?"),
        ("so six themes, like you said?", "so six themes, correct?"),
        ("you just said five. name them", "five. name them"),
        ("what did you just say her municipality was?", "what is her municipality?"),
        ("hvad sagde du lige hans titel var?", "hvad er hans titel?"),
    ],
)
def test_the_bots_own_words_recalled_leave_the_claim_or_question_they_frame(message: str, recalled: str) -> None:
    assert said_to_me(message) == recalled


@pytest.mark.parametrize(
    "message",
    ["what did Helle say about the plan?", "hvad sagde hun om planen?", "Helle said the plan is late, right?"],
)
def test_what_someone_else_said_is_no_recall_of_the_bots_words(message: str) -> None:
    assert said_to_me(message) is None


@pytest.mark.parametrize(
    "message",
    ["hvilket år siger hun at ledningsaftalerne blev etableret?", "which year does she say that the plan starts?"],
)
def test_a_question_word_before_a_reported_frame_asks_and_puts_up_no_claim(message: str) -> None:
    assert not any(r.claim for r in reframings(message))


@pytest.mark.parametrize(
    "message", ["how many kom. have joined", "savings of the forpl. aftaler?", "hvem er afd. leder i Krageby?"]
)
def test_a_stop_after_chat_shorthand_does_not_end_the_sentence(message: str) -> None:
    assert sentences(message) == [message]


@pytest.mark.parametrize(
    "question",
    [
        "Jeg har ladet mig fortælle, at det er ARI, der har nedsat styregruppen. Forholder det sig således?",
        "Vandplanen skulle efter min erindring løbe fra 2030 til 2034?",
        "Min svoger siger, at Ingrid Falkesen er fra Lyngholt. Har han ret?",
    ],
)
def test_a_remembered_or_reported_claim_in_old_fashioned_danish_gets_its_verdict(
    fixture_engine: Engine, question: str
) -> None:
    assert fixture_engine.ask(question).text.startswith("Nej."), question


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("rigtigt eller forkert: planen har tre temaer", "planen har tre temaer, korrekt?"),
        ("True or false? The plan has five themes.", "The plan has five themes, correct?"),
        ("hvem er formand?", "hvem er formand?"),
    ],
)
def test_a_true_or_false_label_puts_up_the_statement_after_it(text: str, claim: str) -> None:
    assert true_or_false(text) == claim


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["rigtigt eller forkert: planen har fire temaer"], "Nej."),
        (["hvem er Ingrid Falkesen?", "rigtigt eller forkert: hun er fra Krageby"], "Ja."),
    ],
)
def test_a_true_or_false_statement_gets_its_verdict_alone_and_in_a_conversation(
    fixture_engine: Engine, turns: list[str], verdict: str
) -> None:
    state = None
    for turn in turns:
        answer, state = fixture_engine.converse(turn, state)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("So that means it was adopted in the spring by the board of LWB?", "Yes"),
        ("so that means it was adopted by the board of ARI?", "No"),
    ],
)
def test_a_conclusion_drawn_with_so_that_means_is_checked_as_its_claim(
    fixture_engine: Engine, claim: str, verdict: str
) -> None:
    assert fixture_engine.ask(claim).text.startswith(verdict)
