"""A prose piece proposes several cuts (a head noun kept, a verb or a tail dropped, a
lower-case head noun capitalised); the decision keeps at most one of them.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction import candidates as cm
from coopkg.extraction.layout import layout


def _cuts(piece: str) -> dict[str, str]:
    best = cm._best_span(piece)
    assert best is not None
    return {cut: piece[a:b] for a, b, _z, cut in cm._alternative_cuts(piece, False, best)}


@pytest.mark.parametrize(
    ("piece", "cut", "name"),
    [
        ("la métropole de Montclair", "capital", "métropole de Montclair"),  # fr
        ("τον δήμο Καλαμαριάς", "capital", "δήμο Καλαμαριάς"),  # el
        ("il comune di Valfonda", "capital", "comune di Valfonda"),  # it
        ("rannikkokaupunki Pohjalahti käynnistää", "capital", "rannikkokaupunki Pohjalahti"),  # fi
        ("Partnerem je obec Horní Lhota u Brna", "capital", "obec Horní Lhota"),  # cs
        ("Landkreis Oberhain ist Partner", "short", "Landkreis Oberhain"),  # de
    ],
)
def test_a_piece_proposes_the_cuts_the_name_model_prefers(piece: str, cut: str, name: str) -> None:
    assert _cuts(piece).get(cut) == name


@pytest.mark.parametrize(
    "piece",
    [
        "la Diputación Provincial de Teruel",  # es
        "Universidade de Vila Alta",  # pt
        "Garamvölgy Község Önkormányzata",  # hu
        "Primăria Municipiului Valea Nouă",  # ro
        "Община Горна Вода",  # bg
        "Stowarzyszenie Gmin Doliny Sanu",  # pl
        "Northvale University",  # en
    ],
)
def test_every_other_cut_is_a_better_scored_span_of_its_piece(piece: str) -> None:
    best = cm._best_span(piece)
    assert best is not None
    cuts = cm._alternative_cuts(piece, False, best)
    kinds = [cut for *_, cut in cuts]
    assert len(kinds) == len(set(kinds)) and set(kinds) <= set(cm.CUT_KINDS)
    for a, b, z, cut in cuts:
        assert 0 <= a < b <= len(piece)
        assert z > best[2]
        assert cut == "capital" or (a, b) != best[:2]


_SENTENCE = (
    "Projektpartner sind der Landkreis Oberhain ist Partner, die Hochschule Talbach "
    "und die Stadtwerke Nordheim GmbH."
)


def test_other_cuts_of_a_piece_overlap_its_best_span() -> None:
    cands = cm.prose_candidates(_SENTENCE, ())
    best = [c for c in cands if not c.features.get("alt_cut")]
    other = [c for c in cands if c.features.get("alt_cut")]
    assert "Landkreis Oberhain" in [c.name for c in other]
    for c in other:
        assert any(b.start < c.end and c.start < b.end for b in best)
        assert sum(1 for k in cm.CUT_KINDS if c.features.get(f"alt_{k}")) == 1


def test_other_cuts_leave_the_features_of_the_rest_as_they_were(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lay = layout(_SENTENCE)
    with_cuts = [c for c in cm.candidates(lay, []) if not c.features.get("alt_cut")]
    monkeypatch.setattr(cm, "_alternative_cuts", lambda *_: [])
    without = cm.candidates(lay, [])
    assert [(c.name, c.features) for c in with_cuts] == [(c.name, c.features) for c in without]


def test_other_cuts_are_scored_with_their_own_weights() -> None:
    w = {"bias": -5.0, "org": 1.0, f"{cm.CUT_WEIGHTS}bias": 5.0, f"{cm.CUT_WEIGHTS}org": 0.0}
    assert cm.probability({"org": 1.0}, w) < 0.1
    assert cm.probability({"org": 1.0, "alt_cut": 1.0}, w) > 0.9
    # Without weights of their own (an older weights file) they share the others'.
    plain = {"bias": -5.0, "org": 1.0}
    assert cm.probability({"org": 1.0, "alt_cut": 1.0}, plain) == cm.probability(
        {"org": 1.0}, plain
    )


def test_the_decision_keeps_at_most_one_cut_of_a_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Partenaires : la métropole de Montclair et l'Université de Valbonne."
    cands = cm.prose_candidates(text, ())
    assert any(c.features.get("alt_capital") for c in cands)
    cm.use_weights({"bias": 5.0, f"{cm.CUT_WEIGHTS}bias": 6.0})
    try:
        kept = [c for c, _ in cm.decide(cands)]
    finally:
        cm.use_weights(None)
    for i, a in enumerate(kept):
        assert not any(a.start < b.end and b.start < a.end for b in kept[i + 1 :])
    assert "Métropole de Montclair" in [c.name for c in kept]
