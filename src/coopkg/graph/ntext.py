"""N-Triples text without rdflib terms: the one escape table for string literals.

The graph stage writes most lines as text (:mod:`.triples`), the summaries are worked out
and written as text (:mod:`.summaries`), and the store's library-independent terms print
themselves as N-Triples (``coopkg.store.stores``); all three escape the same way.
"""

from __future__ import annotations

#: N-Triples string escapes (ECHAR) for the characters that must be escaped.
NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def plain_literal(text: str) -> str:
    """``text`` as a plain N-Triples string literal.

    >>> print(plain_literal('a "b"\\nc'))
    "a \\"b\\"\\nc"
    """
    return '"' + text.translate(NT_ESCAPES) + '"'
