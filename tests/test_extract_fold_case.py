"""Case folding for finding where a case-insensitive phrase may start (labels.fold_case) and
the searches that use it: the same matches as searching every position."""

from __future__ import annotations

import re

from coopkg.extraction.dates import find_dates
from coopkg.extraction.labels import fold_case, may_contain, phrase_matches, phrase_pattern
from coopkg.extraction.money import find_amounts


def _dates(text: str) -> list[tuple[str, str]]:
    return [(h.value.isoformat(), h.rule) for h in find_dates(text)]


def test_fold_case_keeps_every_letter_in_place() -> None:
    assert fold_case("Lead PARTNER") == "lead partner"
    # Final sigma, accented Greek vowels and the long s fold as re's case-insensitive
    # matching folds them.
    assert fold_case("ΈΡΓΟΣ ſ") == "εργοσ s"
    assert fold_case("İzmir") is None


def test_a_folded_phrase_is_found_wherever_its_pattern_matches() -> None:
    text = "ΕΤΑΙΡΟΙ ΕΡΓΟΥ, εταίροι έργου, Εταιροι Εργου"
    pattern = re.compile(phrase_pattern("εταίροι έργου"), re.IGNORECASE)
    folded = fold_case(text)
    key = fold_case("εταίροι")
    assert folded is not None and key is not None
    starts = [m.start() for m in re.finditer(re.escape(key), folded)]
    assert [m.start() for m in pattern.finditer(text)] == starts == [0, 15, 30]


def test_month_first_dates_only_where_a_month_name_starts() -> None:
    text = "Summary March 3, 2020; MAI 2021 and Σεπτέμβριος 2019"
    assert _dates(text) == [
        ("2020-03-03", "date:mdy-name"),
        ("2021-05-01", "date:my-name:month"),
        ("2019-09-01", "date:my-name:month"),
    ]


def test_month_first_dates_where_lower_case_moves_letters() -> None:
    assert _dates("İzmir, March 3, 2020") == [("2020-03-03", "date:mdy-name")]


def test_phrase_matches_are_the_matches_of_a_search_at_every_position() -> None:
    regex = re.compile(r"(?<!\w)(?:co-?financ\w*|lead\s+partner)", re.IGNORECASE)
    text = "Lead  partner; COFINANCING and co-financed; misleading partner"
    phrases = ("co-financing", "lead partner")
    assert [m.group() for m in phrase_matches(regex, text, phrases)] == [
        m.group() for m in regex.finditer(text)
    ]
    assert [m.group() for m in phrase_matches(regex, text, phrases)] == [
        "Lead  partner",
        "COFINANCING",
        "co-financed",
    ]


def test_may_contain_is_false_only_without_any_first_word() -> None:
    assert may_contain("Budget: 4,1 MILIONI", ("milioni", "million"))
    assert may_contain("ſome text", ("some",))
    assert not may_contain("Budget: 4100000", ("milioni", "million"))
    # No phrases: nothing is known, the pattern must run.
    assert may_contain("anything", ())


def test_amounts_in_millions_without_a_currency_still_read() -> None:
    text = "un bilancio di 4,1 MILIONI, di cui 3,3 milioni cofinanziati dal FESR"
    assert [(h.value, h.kind) for h in find_amounts(text, ["it"])] == [
        (4100000.0, "total_budget"),
        (3300000.0, "eu_funding"),
    ]
