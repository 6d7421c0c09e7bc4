"""A derived partner count from partners named in prose: only when the sentences naming
them close on them (a partnership cue, no hedge, no item left unread, no list cut off, no
lead word without a lead among them).

Every text here is written for the test, in the styles of real pages; the partners are
given as the partner decision would keep them (marked in the text with [brackets]).
"""

from __future__ import annotations

import re

import pytest

from coopkg.extraction.partners import PartnerHit
from coopkg.extraction.whole_lists import whole_in_prose
from coopkg.records import Partner
from extracting import record_of


def _hits(marked: str) -> tuple[str, list[PartnerHit]]:
    """The text without its brackets and one hit per bracketed name; the first is the
    lead when the text is marked with a leading '*'."""
    lead_first = marked.startswith("*")
    marked = marked.lstrip("*")
    text, hits = "", []
    at = 0
    for m in re.finditer(r"\[([^\]]+)\]", marked):
        text += marked[at : m.start()]
        start = len(text)
        text += m.group(1)
        role = "lead" if lead_first and not hits else "partner"
        partner = Partner(name=m.group(1), role=role, confidence=0.9)
        hits.append(PartnerHit(partner, start, len(text), "partners:model:prose"))
        at = m.end()
    return text + marked[at:], hits


WHOLE = [
    # en
    "*[Harbour Board of Kilmore] leads the project together with [Wexford Maritime Trust]"
    " and [Coastal Studies Institute Galway].",
    # de
    "*Leadpartner ist die [Stadt Grenzhausen], Projektpartner sind der [Landkreis Obertal]"
    " und die [Hochschule Südufer].",
    # fr
    "*Le chef de file est la [Communauté de communes du Haut-Val], en partenariat avec"
    " [Université Savoie Sud] et [Parc naturel des Crêtes].",
    # it
    "*Capofila del progetto è il [Comune di Valmora], in partenariato con [Provincia di"
    " Sassello] e [Ente Parco Alpi Liguri].",
    # es
    "*El jefe de fila es el [Ayuntamiento de Valdecruz]; los socios son [Universidad de"
    " Ribalta] y [Fundación Tierra Alta].",
    # pl
    "*Partnerem wiodącym jest [Gmina Zielony Bród], a partnerami są [Miasto Nowa"
    " Łąka] oraz [Stowarzyszenie Dolina Bobru].",
    # bg
    "*Водещ партньор е [Община Бяла Река], а партньори са [Община Дунавец] и"
    " [Сдружение Зелен Бряг].",
    # el
    "*Επικεφαλής εταίρος είναι ο [Δήμος Ακτής], ενώ συμμετέχουν η [Περιφέρεια"
    " Νότιας Ακτής] και το [Πανεπιστήμιο Αιγαίου Πελάγους].",
    # ro
    "*Beneficiarul lider [Municipiul Valea Verde] derulează noul proiect transfrontalier"
    " împreună cu [Universitatea de Vest Dunăreană] și [Asociația Pădurea Vie].",
    # fi
    "*Hankkeen päätoteuttaja on [Pohjoisrannan ammattikorkeakoulu], ja osatoteuttajina"
    " ovat [Tunturijärven kaupunki] ja [Metsäkeskus Pohjola Oy].",
    # da
    "*[Grænselandets Erhvervsskole] står i spidsen for projektet sammen med [Kreis"
    " Nordufer] og [Sønderå Kommune].",
    # mt
    "*Is-Sieħeb Ewlieni huwa [Kunsill Lokali Xatt il-Qamar], flimkien ma' [Università ta'"
    " Għawdex Ġdida] u [Comune di Marina Alta].",
]


@pytest.mark.parametrize("marked", WHOLE)
def test_partners_named_in_closed_prose_are_counted(marked: str) -> None:
    text, hits = _hits(marked)
    assert len(whole_in_prose(text, hits)) == len(hits)


NOT_WHOLE = [
    # en: a hedge
    "*[Harbour Board of Kilmore] leads a partnership including [Wexford Maritime Trust]"
    " and [Coastal Studies Institute Galway].",
    # de: a hedge ("unter anderem")
    "*Leadpartner ist die [Stadt Grenzhausen], Partner sind unter anderem der [Landkreis"
    " Obertal] und die [Hochschule Südufer].",
    # fr: an item left unread after the last partner
    "*Le chef de file est la [Communauté de communes du Haut-Val], en partenariat avec"
    " [Université Savoie Sud], [Parc naturel des Crêtes] et la Chambre des Métiers.",
    # it: an unnamed item ("le rispettive agenzie")
    "*Capofila è il [Comune di Valmora], insieme con i partner [Provincia di Sassello],"
    " [Ente Parco Alpi Liguri] e le rispettive agenzie turistiche.",
    # es: an item between two partners left unread
    "*El jefe de fila es el [Ayuntamiento de Valdecruz]; los socios son [Universidad de"
    " Ribalta], Cámara Agraria del Norte y [Fundación Tierra Alta].",
    # pl: a hedge ("m.in.")
    "*Partnerem wiodącym jest [Gmina Zielony Bród], a partnerami są m.in. [Miasto Nowa"
    " Łąka] oraz [Stowarzyszenie Dolina Bobru].",
    # el: a lead word and no lead among the partners found
    "Επικεφαλής εταίρος είναι το Ινστιτούτο Θάλασσας, ενώ συμμετέχουν η [Περιφέρεια"
    " Νότιας Ακτής] και το [Πανεπιστήμιο Αιγαίου Πελάγους].",
    # nl: no partnership cue in the sentence that names them
    "Op de bijeenkomst spraken [Medisch Centrum Oostrand] en [Gemeente Veldhoven-Noord].",
    # sv: the text is cut inside the list
    "*Projektet leds av [Nordkustens kommun] tillsammans med [Fjällregionens"
    " högskola] och [Skogsinstitutet Väst",
    # hu: a hedge ("többek között")
    "*A vezető partner [Duna-parti Város Önkormányzata], a partnerek többek között"
    " [Hegyalja Fejlesztési Ügynökség] és [Szigeti Egyetem Kar].",
]


@pytest.mark.parametrize("marked", NOT_WHOLE)
def test_partners_named_in_open_or_hedged_prose_are_not_counted(marked: str) -> None:
    text, hits = _hits(marked)
    assert hits
    assert whole_in_prose(text, hits) == []


def test_a_single_partner_is_never_a_count() -> None:
    text, hits = _hits("*Capofila è il [Comune di Valmora].")
    assert whole_in_prose(text, hits) == []


def test_a_list_of_beneficiary_lines_with_one_line_unread_is_not_counted() -> None:
    text, hits = _hits(
        "*Beneficiar principal: [Spitalul Județean Valea Verde]\n"
        "Beneficiar 2: [Universitatea de Vest Dunăreană]\n"
        "Beneficiar 3: Centrul de Sănătate Lunca\n"
    )
    assert whole_in_prose(text, hits) == []


def test_a_count_from_prose_is_marked_derived_in_the_record() -> None:
    record = record_of(
        "Grenzweg 2027\n\n"
        "Das Projekt Grenzweg wird vom Programm Interreg Bayern-Österreich gefördert. "
        "Leadpartner ist die Stadt Grenzhausen, Projektpartner sind der Landkreis Obertal "
        "und die Hochschule Südufer.\n"
    )
    assert record.partner_count == len(record.partners) == 3
    assert "partner_count" in record.derived
    hedged = record_of(
        "Grenzweg 2027\n\n"
        "Das Projekt Grenzweg wird vom Programm Interreg Bayern-Österreich gefördert. "
        "Leadpartner ist die Stadt Grenzhausen, Partner sind unter anderem der Landkreis "
        "Obertal und die Hochschule Südufer.\n"
    )
    assert hedged.partner_count is None
