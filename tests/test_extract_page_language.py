"""The page language: the language whose own labels (navigation, field labels) a page shows
most, read apart from the language of its description."""

from __future__ import annotations

from coopkg.extraction.assemble import _page_language

PAGE = (
    "Startseite\nSuche\nSprache wählen\n"
    "Riverside meadows\nThe partners restore flood meadows along the river.\n"
    "Teilen  Drucken\n"
)


def test_the_language_whose_labels_occur_most() -> None:
    assert _page_language(PAGE) == "de"


def test_a_cue_inside_a_longer_word_is_no_label() -> None:
    assert _page_language("Hauptstartseite Websuche Mitteilen Ausdrucken") is None


def test_a_cue_word_seen_first_inside_a_word_still_counts_where_it_stands_alone() -> None:
    assert _page_language("Websuche und Suche, Ausdrucken und Drucken") == "de"


def test_a_letter_lower_case_turns_into_two_gives_the_same_language() -> None:
    # "İ".lower() is two letters, which moves every offset after it.
    assert _page_language("İzmir\n" + PAGE) == "de"
    assert _page_language("İzmir Hauptstartseite Websuche") is None


def test_no_labels_no_page_language() -> None:
    assert _page_language("The partners restore flood meadows along the river.") is None
