"""Rivers, seas, lakes, mountain ranges and historic lands a notice names as the project's
territory (records/gazetteer_data/landscapes.csv, found with the regions in
extraction/places.py): found in running text in many languages, never linked to a code.

Texts written for these tests in the manner of project, news and municipal pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.link.regions import link_region
from coopkg.read.notices import Notice
from coopkg.records import gazetteer

TODAY = dt.date(2026, 1, 1)


def _regions(text: str) -> list[str]:
    return list(extract_record(Notice(source="land.txt", text=text), today=TODAY).regions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # en
            "The partners will restore wetlands along the Danube and open a visitor path "
            "between the two towns.",
            ["Danube"],
        ),
        (  # de
            "Das Projekt verbindet die Gemeinden entlang der Drau mit neuen Radwegen und "
            "Informationstafeln für Gäste.",
            ["Drau"],
        ),
        (  # fr
            "Le projet met en valeur les sentiers des Pyrénées et forme les guides des deux "
            "côtés de la frontière.",
            ["Pyrénées"],
        ),
        (  # it
            "Il progetto valorizza i percorsi del Carso e crea una rete di musei all'aperto "
            "tra i comuni partner.",
            ["Carso"],
        ),
        (  # hr
            "Projekt razvija vodeni turizam uz rijeke Mura i Drava te uređuje pristaništa za "
            "kajake.",
            ["Mura", "Drava"],
        ),
        (  # sv
            "Projektet samlar aktörer runt Kattegatt och Skagerrak som arbetar med marint "
            "skräp på stränderna.",
            ["Kattegatt", "Skagerrak"],
        ),
        (  # hu
            "A projekt a Duna mentén élő közösségek számára új kerékpáros útvonalakat "
            "alakít ki a határ mindkét oldalán.",
            ["Duna"],
        ),
        (  # pl
            "Projekt obejmuje szlaki turystyczne w Karkonosze oraz wspólne materiały "
            "promocyjne gmin partnerskich.",
            ["Karkonosze"],
        ),
        (  # lt, a case form: the name as the table writes it
            "Projekte dalyvauja Žemaitijos savivaldybės ir regioninių parkų direkcijos, "
            "kurios tvarko ežerų pakrantes.",
            ["Žemaitija"],
        ),
        (  # en, two-word sea name
            "Cities around the Baltic Sea share measures that keep storm water out of the "
            "coastal waters.",
            ["Baltic Sea"],
        ),
    ],
)
def test_landscapes_named_as_territory(text: str, expected: list[str]) -> None:
    assert _regions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # hr: "Donja" is not a case form of "Donau"
        "Partneri su Općina Donja Voća i Općina Gornji Kneginec iz Hrvatske.",
        # sl: a landscape that ends an agency's name is that agency
        "Partnerji so Regijska razvojna agencija Zeleni Kras in Občina Pivka.",
        # pt: a landscape that ends a town's name is that town
        "A Câmara assinou o acordo com a Eurocidade da Foz do Minho na semana passada.",
    ],
)
def test_landscapes_inside_other_names_are_not_territory(text: str) -> None:
    found = _regions(text)
    assert "Danube" not in found and "Donau" not in found
    assert "Kras" not in found and "Minho" not in found


def test_landscapes_are_found_but_not_linked() -> None:
    hits = gazetteer.find_region_mentions("Along the Lusatian Neisse and the Ore Mountains.")
    assert [(h.value, h.kind) for h in hits] == [
        ("Lusatian Neisse", "area:landscape-lusatian-neisse"),
        ("Ore Mountains", "area:landscape-ore-mountains"),
    ]
    link = link_region("Ore Mountains")
    assert (link.nuts_code, link.reason) == (None, "unknown")


def test_a_landscape_that_is_a_regions_name_stays_the_region() -> None:
    # "Moselle" is a French département: one name, one target.
    hits = gazetteer.find_region_mentions("Communes de Moselle")
    assert [h.kind for h in hits] == ["FRF33"]


def test_slovenian_statistical_regions_by_their_usual_names() -> None:
    hits = gazetteer.find_region_mentions("Regionen Pomurje und Podravje")
    assert [(h.value, h.kind) for h in hits] == [("Pomurje", "SI031"), ("Podravje", "SI032")]
