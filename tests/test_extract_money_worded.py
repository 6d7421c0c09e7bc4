"""Round amounts with the number written as a word ("two million euros"), in the
languages' number words. Every text here is written for the test in the style of real
news items."""

from __future__ import annotations

import pytest

from coopkg.extraction.money import find_amounts


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The project has a total budget of two million euros.", 2e6),
        ("fr", "Budget total : trois millions d'euros sur quatre ans.", 3e6),
        ("de", "Das Gesamtbudget des Projekts beträgt zwei Millionen Euro.", 2e6),
        ("it", "Il progetto ha un costo totale di due milioni di euro.", 2e6),
        ("es", "El presupuesto total del proyecto es de cuatro millones de euros.", 4e6),
        ("pt", "O orçamento total do projeto é de dois milhões de euros.", 2e6),
        ("pl", "Całkowity budżet projektu wynosi dwa miliony euro.", 2e6),
        ("nl", "Het totale budget van het project is drie miljoen euro.", 3e6),
        ("ca", "El pressupost total del projecte és de dos milions d'euros.", 2e6),
    ],
)
def test_number_word_before_million_and_euro(lang: str, text: str, value: float) -> None:
    hits = find_amounts(text, (lang,))
    assert [(h.kind, float(h.value)) for h in hits] == [("total_budget", value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two million visitors come to the lakes every year."),
        ("de", "Die Region hat zwei Millionen Einwohner."),
        ("fr", "La région compte trois millions d'habitants."),
    ],
)
def test_number_word_before_million_without_euro_is_no_amount(lang: str, text: str) -> None:
    assert find_amounts(text, (lang,)) == []


def test_words_of_other_languages_are_no_numbers_when_the_language_is_unknown() -> None:
    # German "hat" (has), French "du" (of the) are Hungarian and Lithuanian numbers.
    assert find_amounts("Das Projekt hat Millionen Euro gekostet.") == []
    assert find_amounts("Le coût dépasse la barre du million d'euros.") == []
