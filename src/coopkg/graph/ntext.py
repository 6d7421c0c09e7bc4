"""N-Triples text: the one escape table for string literals, and rdflib triples as lines.

The graph stage writes most lines as text (:mod:`.triples`), the summaries are worked out
and written as text (:mod:`.summaries`), and the store's library-independent terms print
themselves as N-Triples (``coopkg.store.stores``); all three escape the same way. The few
triples still made as rdflib terms become lines here (:func:`nt_lines`), where both the
graph writer and the summary collector take them from.
"""

from __future__ import annotations

from collections.abc import Iterable

#: N-Triples string escapes (ECHAR) for the characters that must be escaped.
NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def plain_literal(text: str) -> str:
    """``text`` as a plain N-Triples string literal.

    >>> print(plain_literal('a "b"\\nc'))
    "a \\"b\\"\\nc"
    """
    return '"' + text.translate(NT_ESCAPES) + '"'


def nt_lines(triples: Iterable[tuple[object, object, object]]) -> list[str]:
    """N-Triples lines (with their newline) for rdflib triples; IRIs are converted once."""
    # Imported here: the store reads this module's escapes, and a query on a build's
    # store must not start rdflib (a third of a second of every `coopkg query`).
    from rdflib import Literal

    iris: dict[object, str] = {}
    out = []
    append = out.append
    translate = str.translate
    for s, p, o in triples:
        s_nt = iris.get(s) or iris.setdefault(s, f"<{s}>")
        p_nt = iris.get(p) or iris.setdefault(p, f"<{p}>")
        if isinstance(o, Literal):
            text = translate(o, NT_ESCAPES)
            if o.language:
                o_nt = f'"{text}"@{o.language}'
            elif o.datatype is not None:
                o_nt = f'"{text}"^^<{o.datatype}>'
            else:
                o_nt = f'"{text}"'
        else:
            o_nt = iris.get(o) or iris.setdefault(o, f"<{o}>")
        append(f"{s_nt} {p_nt} {o_nt} .\n")
    return out
