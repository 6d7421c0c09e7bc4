"""Project dates in a table flattened into a row of column labels and a row of values.
Every text here is written for the test in the style of real project fact sheets."""

from __future__ import annotations

import pytest

from extracting import date_pair


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("es", "Fecha de arranque Fecha de finalización Meses"),
        ("en", "Start date End date Duration (months)"),
        ("fr", "Date de début Date de fin Durée (mois)"),
        ("de", "Projektbeginn Projektende Laufzeit (Monate)"),
        ("it", "Data di inizio Data di fine Durata (mesi)"),
        ("pt", "Data de início Data de fim Duração (meses)"),
        ("pl", "Data rozpoczęcia Data zakończenia Czas trwania"),
        ("nl", "Startdatum Einddatum Looptijd (maanden)"),
    ],
)
def test_value_row_under_a_header_row(lang: str, header: str) -> None:
    text = f"1.2 Calendario\n{header}\n\n01/04/2016 30/09/2018 30\n"
    assert date_pair(text, [lang]) == ("2016-04-01", "2018-09-30")


def test_value_row_without_start_and_end_labels_above_gives_no_dates() -> None:
    text = "Meetings of the steering group\n\n01/04/2016 30/09/2018\n"
    assert date_pair(text, ["en"]) == (None, None)


def test_value_row_under_end_label_first_is_no_run() -> None:
    # The columns are in the other order: the second date is not read as the end.
    text = "End date Start date\n01/04/2016 30/09/2018\n"
    assert date_pair(text, ["en"])[1] is None
