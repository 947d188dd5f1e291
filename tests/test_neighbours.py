"""Swedish and Norwegian questions are read as the Danish ones they spell differently, and German
nouns in an English question as the Danish nouns they stand for."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.neighbours import in_danish


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("vem är ordförande?", "hvem er formand?"),
        ("Hur många medlemmar har styrgruppen?", "Hvor mange medlemmer har styregruppen?"),
        ("hva er innkjøpssjefens titel", "hvad er innkjøpssjefens titel"),
        ("Vilken kommun?", "Hvilken kommune?"),
        ("Hvem er formann for styringsgruppa?", "Hvem er formand for styregruppen?"),
        ("hva er tittelen hennes", "hvad er titlen hendes"),
        ("Når ble strategien vedtatt?", "Hvornår blev strategien vedtaget?"),
        ("hvem sa det?", "hvem sagde det?"),
        ("what is Bjarne's befattning?", "what is Bjarne's stilling?"),
        ("who is no. 4?", "who is nr. 4?"),
        ("unnskyld – jeg mener hun", "undskyld – jeg mener hun"),
        ("Hvør situr fyri Krageby Kommuna í gruppen?", "Hvem sidder for Krageby Kommune i gruppen?"),
        ("Hvussu nógvir limir eru í nevndini?", "Hvor mange medlemmer er i styregruppen?"),
        ("og hvør er tann síðsti á listanum?", "og hvem er den sidste på listen?"),
        ("Eru Falkesen og Ravnkilde úr sama kommuna?", "Er Falkesen og Ravnkilde fra samme kommune?"),
        ("Hvussu ljóðar yvirskriftin á greinini?", "Hvordan lyder overskriften på artiklen?"),
        ("hvat er hans tittel", "hvad er hans titel"),
        ("Und wer ist der Vertreter von Krageby?", "Og hvem er der Repræsentant fra Krageby?"),
        ("Who chairs the Lenkungsgruppe?", "Who chairs the Styregruppe?"),
        ("och hvor meget har de sparat sedan dess?", "og hvor meget har de sparet siden da?"),
        ("Dank je wel!", "Thank you!"),
        ("hvem står sist på medlemslista?", "hvem står sidst på medlemslisten?"),
        ("når kom artikkelen ut?", "hvornår udkom artiklen?"),
        ("Takk skal du ha", "Tak skal du have"),
        ("Hvad går oppgaven til styregruppa ut på?", "Hvad går opgaven til styregruppen ud på?"),
        ("och vem ska följa upp den?", "og hvem skal følge op den?"),
        ("vem sa det?", "hvem sagde det?"),
        ("Vilka kommuner börjar på V?", "Hvilke kommuner begynder med V?"),
        ("Kan du hjelpe meg litt?", "Kan du hjælpe mig lidt?"),
    ],
)
def test_scandinavian_words_are_put_in_danish_with_the_case_they_were_written_in(written: str, read: str) -> None:
    assert in_danish(written) == read


@pytest.mark.parametrize(
    "text",
    [
        "hvor mange år er der gået?",
        "hvem er formand for styregruppen?",
        "Who chairs the group and since when?",
        "når så mange kommuner står sammen",
        "så hun det?",
        "sa han er fra vejle kommune?",
        "is the answer no. who chairs?",
    ],
)
def test_danish_and_english_come_back_unchanged(text: str) -> None:
    assert in_danish(text) == text


def test_a_neighbour_word_written_with_a_dotted_capital_i_is_left_as_typed() -> None:
    # The case-blind pattern matches "tİteln", which case folding makes a word of six letters.
    assert in_danish("hvad er tİteln?") == "hvad er tİteln?"


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("vem är ordförande för styrgruppen?", "Kvistgaard"),
        ("Vem är ordförande i den nya styregruppen?", "Kvistgaard"),
        ("vilken kommun kommer Ingrid Falkesen ifrån?", "Krageby"),
        ("hur många medlemmar har styrgruppen?", "6"),
        ("hvem er formann for styringsgruppa?", "Kvistgaard"),
        ("Når ble vandplanen vedtatt?", "2031"),
        ("hva er tittelen til Ingrid Falkesen?", "forsyningsdirektør"),
        ("Hvem leder styregruppa som LWB har nedsatt?", "Kvistgaard"),
        ("Vilka kommuner i styrgruppen börjar på K?", "Krageby"),
    ],
)
def test_a_question_in_swedish_is_answered_as_the_danish_question(
    fixture_engine: Engine, question: str, contains: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered, answer.text
    assert contains in answer.text
    assert answer.language == "da"


@pytest.mark.parametrize("thanks", ["tack så mycket", "Tusen takk for hjelpen!"])
def test_swedish_and_norwegian_thanks_get_the_thanks_answer(fixture_engine: Engine, thanks: str) -> None:
    assert fixture_engine.ask(thanks).outcome == "smalltalk"


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("who is Vorsitzender of this steering group?", "Kvistgaard"),
        ("Who is from Krageby in the Gremium?", "Falkesen"),
        ("how many Mitglieder does the group have?", "6"),
        ("What is the dritte Thema of the water plan?", "Theme 3"),
        ("What is the Zweck of the water plan?", "drinking water"),
        ("was the water plan adopted by LWB's Vorstand?", "Yes. The board of LWB"),
    ],
)
def test_a_german_noun_in_an_english_question_is_read_as_the_word_it_stands_for(
    fixture_engine: Engine, question: str, contains: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered and contains in answer.text, answer.text
    assert answer.language == "en"


@pytest.mark.parametrize(
    "question",
    [
        "Hvem er formann for styringsgruppa? Svar gjerne på engelsk, takk.",
        "Hvilke medlemmer er forsyningsdirektører? Gjerne en liste på engelsk.",
        "Hvem er formand? Forklar gerne på engelsk.",
    ],
)
def test_a_request_for_english_after_a_norwegian_or_danish_question_is_answered_in_english(
    fixture_engine: Engine, question: str
) -> None:
    answer = fixture_engine.ask(question)
    assert answer.answered, answer.text
    assert answer.language == "en"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("og han før henne?", "og han før hende?"),
        ("siden når?", "siden hvornår?"),
        ("hva heter selskapet hun leder?", "hvad hedder selskabet hun leder?"),
        ("og den nest siste?", "og den næstsidste?"),
        ("Når ble artikkelen publisert?", "Hvornår blev artiklen publiceret?"),
        ("hvilken styregruppe er blitt oppløst?", "hvilken styregruppe er blevet opløst?"),
        ("Tusen takk for hjelpen!", "Tusen tak for hjælpen!"),
        ("och den som står före henne på listan?", "og den som står før hende på listen?"),
    ],
)
def test_norwegian_phrases_read_as_danish(written: str, read: str) -> None:
    assert in_danish(written) == read


@pytest.mark.parametrize("thanks", ["dank je wel", "qujanaq", "kiitos", "danke", "paldies", "aitäh, väga hea", "ačiū"])
def test_thanks_in_a_neighbouring_language_is_taken_as_thanks(fixture_engine: Engine, thanks: str) -> None:
    assert fixture_engine.ask(thanks).source == "thanks"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Góðan daginn!", "Goddag!"),
        ("Takk fyrir", "Tak for"),
        ("…, ikke satt?", "…, ikke sandt?"),
        ("rétt?", "rigtigt?"),
    ],
)
def test_icelandic_and_faroese_greetings_and_thanks_read_as_danish(written: str, read: str) -> None:
    assert in_danish(written) == read
