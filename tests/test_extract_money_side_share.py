"""One side's share of a cross-border project in a fact sheet ("Hungarian side support:
..."): never the project's EU amount or total. Every text here is written for the test in
the style of real project fact sheets."""

from __future__ import annotations

import pytest

from coopkg.extraction.money import find_amounts


@pytest.mark.parametrize(
    ("lang", "total_line", "side_line"),
    [
        ("en", "Total project cost: 800 000 EUR", "Hungarian side support: 410 000 EUR"),
        ("hu", "A projekt teljes költsége: 800 000 EUR", "Szlovák oldal támogatása: 410 000 EUR"),
        ("de", "Gesamtkosten: 800 000 EUR", "Tschechische Seite EFRE-Mittel: 410 000 EUR"),
        ("fr", "Coût total : 800 000 EUR", "Partie française FEDER : 410 000 EUR"),
        ("it", "Costo totale: 800 000 EUR", "Parte slovena contributo FESR: 410 000 EUR"),
        ("es", "Coste total: 800 000 EUR", "Lado español ayuda FEDER: 410 000 EUR"),
        (
            "pl",
            "Całkowity koszt projektu: 800 000 EUR",
            "Strona polska dofinansowanie EFRR: 410 000 EUR",
        ),
        ("sk", "Celkový rozpočet: 800 000 EUR", "Slovenská strana príspevok EFRR: 410 000 EUR"),
    ],
)
def test_one_sides_share_is_not_the_projects_money(
    lang: str, total_line: str, side_line: str
) -> None:
    hits = find_amounts(f"{total_line}\n{side_line}\n", (lang,))
    kinds = {float(h.value): h.kind for h in hits}
    assert kinds.get(800_000.0) == "total_budget"
    assert kinds.get(410_000.0) not in ("eu_funding", "total_budget")


def test_a_side_word_in_prose_leaves_the_amount_alone() -> None:
    text = (
        "The Slovak side of the project receives support, and the ERDF contribution is "
        "410 000 EUR.\n"
    )
    hits = find_amounts(text, ("en",))
    assert [h.kind for h in hits] == ["eu_funding"]
