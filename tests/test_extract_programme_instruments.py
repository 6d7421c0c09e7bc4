"""IPA and ENI cross-border programmes that the vocabulary lacks, named by their words after
a programme word. Every text here is written for the test in the style of real news items."""

from __future__ import annotations

import pytest

from coopkg.extraction.programme import find_programme


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "it",
            "Il Comune partecipa con il programma di cooperazione IPA Adriatico a un piano.",
            "IPA Adriatico",
        ),
        (
            "en",
            "The project is funded by the cross-border programme IPA Danube Bridges since 2012.",
            "IPA Danube Bridges",
        ),
        (
            "el",
            "Το έργο χρηματοδοτείται από το πρόγραμμα συνεργασίας IPA Prespa Lakes program "
            "για δύο χρόνια.",
            "IPA Prespa Lakes program",
        ),
        (
            "de",
            "Das Vorhaben wird aus dem Programm ENI CBC Karelia für drei Jahre gefördert.",
            "ENI CBC Karelia",
        ),
        (
            "fr",
            "Le projet est financé par le programme transfrontalier IPA Adriatique depuis 2013.",
            "IPA Adriatique",
        ),
        (
            "hr",
            "Projekt financira program prekogranične suradnje IPA Jadran tijekom dvije godine.",
            "IPA Jadran",
        ),
        (
            "ro",
            "Proiectul este finanțat prin programul de cooperare ENI Marea Neagră timp de doi ani.",
            "ENI Marea Neagră",
        ),
        (
            "es",
            "El proyecto está financiado por el programa de cooperación ENI Mediterráneo "
            "desde 2019.",
            "ENI Mediterráneo",
        ),
    ],
)
def test_instrument_programme_named_after_a_programme_word(lang: str, text: str, name: str) -> None:
    found = find_programme(text, text, (lang,))
    assert found is not None and found.name.value == name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The IPA Office in Tirana hosted the meeting of the partners."),
        ("it", "I fondi IPA Adriatico sono stati citati dal sindaco durante la visita."),
    ],
)
def test_instrument_words_without_a_programme_word_name_no_programme(lang: str, text: str) -> None:
    assert find_programme(text, text, (lang,)) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Programme : Alpes Latines COopération TRAnsfrontalière\n\n"
            "ALCOTRA finance des projets des deux côtés des Alpes du Sud.\n",
        ),
        (
            "it",
            "Programma: Alpes Latines COopération TRAnsfrontalière\n\n"
            "I progetti ALCOTRA uniscono le due parti delle Alpi del Sud.\n",
        ),
        (
            "en",
            "Programme: Alpes Latines COopération TRAnsfrontalière\n\n"
            "ALCOTRA funds projects on both sides of the southern Alps.\n",
        ),
    ],
)
def test_programme_spelled_out_goes_by_its_short_name(lang: str, text: str) -> None:
    found = find_programme(text, text, (lang,))
    assert found is not None and found.name.value == "ALCOTRA"


def test_programme_spelled_out_without_its_short_name_stays_as_written() -> None:
    text = "Programme : Alpes Latines COopération TRAnsfrontalière\n\nLe projet dure trois ans.\n"
    found = find_programme(text, text, ("fr",))
    assert found is not None and found.name.value == "Alpes Latines COopération TRAnsfrontalière"
