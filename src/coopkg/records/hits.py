"""Hits: a value found in a notice's text, with where and how it was found.

Every finder in :mod:`coopkg.extraction` returns hits; the record assembler turns the hits it
keeps into record values plus :class:`coopkg.records.Evidence`. Offsets are into
:attr:`coopkg.records.Notice.text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Hit:
    """One value found in the text.

    ``kind`` refines what the value is where a finder can tell (for money:
    ``eu_funding``, ``total_budget``, ``partner_budget``, ``programme_budget``, ``other``;
    for dates: ``start``, ``end``); ``subject`` names what the value belongs to when it is
    not the project (the partner whose budget it is).
    """

    start: int
    end: int
    value: Any
    rule: str
    confidence: float = 1.0
    kind: str | None = None
    subject: str | None = None

    def quote(self, text: str) -> str:
        return text[self.start : self.end]
