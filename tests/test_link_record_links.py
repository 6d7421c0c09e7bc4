"""What linking finds in one record alone, found beforehand (a build's workers), links the
same as linking finding it itself."""

from __future__ import annotations

from types import SimpleNamespace

from coopkg.link import link_records, record_links
from coopkg.records import Partner, ProjectRecord

#: Records in eight languages, written for this test: themes in their texts, regions
#: named, partners with their towns.
RECORDS = (
    ProjectRecord(
        "en.txt",
        title="Cross-border cycling routes for rural tourism",
        description="Hotels and guides of the valley build a shared tourism offer.",
        countries=("AT", "SI"),
        regions=("Carinthia",),
        partners=(Partner("Regional Development Agency Carinthia", "AT", city="Klagenfurt"),),
    ),
    ProjectRecord(
        "de.txt",
        title="Grenzüberschreitende Energieberatung",
        description="Gemeinden sparen Energie mit Solaranlagen und Wärmepumpen.",
        countries=("DE", "CZ"),
        regions=("Oberpfalz",),
        partners=(Partner("Stadt Regensburg", "DE", city="Regensburg"),),
    ),
    ProjectRecord(
        "fr.txt",
        title="Santé transfrontalière",
        description="Les hôpitaux partagent leurs urgences et la santé des patients.",
        countries=("FR", "BE"),
        partners=(Partner("Centre hospitalier de Lille", "FR", city="Lille"),),
    ),
    ProjectRecord(
        "pl.txt",
        title="Wspólne dziedzictwo kulturowe",
        description="Muzea i teatry przygotowują wystawy o kulturze pogranicza.",
        countries=("PL", "SK"),
        regions=("Małopolskie",),
        partners=(Partner("Gmina Nowy Targ", "PL", city="Nowy Targ"),),
    ),
    ProjectRecord(
        "it.txt",
        title="Gestione dei rischi naturali",
        description="Protezione civile e prevenzione delle alluvioni nei bacini alpini.",
        countries=("IT", "AT"),
        partners=(Partner("Provincia autonoma di Bolzano", "IT", city="Bolzano"),),
    ),
    ProjectRecord(
        "es.txt",
        title="Empleo juvenil en la frontera",
        description="Formación profesional y empleo para jóvenes de ambas regiones.",
        countries=("ES", "PT"),
        regions=("Galicia",),
        partners=(Partner("Xunta de Galicia", "ES", city="Santiago de Compostela"),),
    ),
    ProjectRecord(
        "hu.txt",
        title="Határon átnyúló vízgazdálkodás",
        description="A folyók vízminősége és az árvízvédelem közös terve.",
        countries=("HU", "RO"),
        partners=(Partner("Szeged Megyei Jogú Város", "HU", city="Szeged"),),
    ),
    ProjectRecord(
        "nl.txt",
        title="Innovatie in de zorg",
        description="Ziekenhuizen en bedrijven ontwikkelen samen nieuwe zorgtechnologie.",
        countries=("NL", "DE"),
        partners=(Partner("Gemeente Enschede", "NL", city="Enschede"),),
    ),
)


def test_found_beforehand_links_the_same() -> None:
    alone = link_records(RECORDS)
    found = [record_links(r) for r in RECORDS]
    assert link_records(RECORDS, found=found) == alone
    # Some found, some not (cached records, a corrected one), or fewer than the records.
    some = [f if i % 3 else None for i, f in enumerate(found)]
    assert link_records(RECORDS, found=some) == alone
    assert link_records(RECORDS, found=found[:3]) == alone
    assert any(r.themes for r in alone.records) and any(r.regions for r in alone.records)


def test_found_is_what_linking_gives_each_record() -> None:
    linked = link_records(RECORDS)
    for record, item in zip(RECORDS, linked.records, strict=True):
        found = record_links(record)
        assert found.themes == item.themes
        assert found.regions == item.regions
        assert found.partner_regions == item.partner_regions


def test_own_vocabulary_ignores_what_was_found() -> None:
    vocabulary = [
        SimpleNamespace(id="water", labels={"en": "Water"}, keywords={"en": ("river", "flood")})
    ]
    record = ProjectRecord("x.txt", title="River flood protection", description="Flood maps.")
    stale = record_links(ProjectRecord("x.txt", title="Tourism and hotels"))
    linked = link_records([record], themes=vocabulary, found=[stale])
    assert [t.theme_id for t in linked.records[0].themes] == ["water"]
