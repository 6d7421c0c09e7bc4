"""N-Triples text: the one escape table for string literals, and rdflib triples as lines.

The graph stage writes most lines as text (:mod:`.triples`), the summaries are worked out
and written as text (:mod:`.summaries`), and the store's library-independent terms print
themselves as N-Triples (``coopkg.store.stores``); all three escape the same way. The few
triples still made as rdflib terms become lines here (:func:`nt_lines`), where both the
graph writer and the summary collector take them from.
"""

from __future__ import annotations

import re
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


_UNESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(["\'\\tbnrf]))')
_CONTROL = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def _unescaped(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    if code:
        return chr(int(code, 16))
    char = match.group(3)
    return _CONTROL.get(char, char)


def literal_parts(term: str) -> tuple[str, str, str]:
    """(text, language, datatype IRI) of an N-Triples literal; ("", "", "") for an IRI.

    >>> literal_parts('"Caf\\\\u00E9 \\\\"A\\\\""@fr')
    ('Café "A"', 'fr', '')
    >>> literal_parts('"12.50"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    ('12.50', '', 'http://www.w3.org/2001/XMLSchema#decimal')
    """
    if not term.startswith('"'):
        return "", "", ""
    end = term.rindex('"')
    text, tail = term[1:end], term[end + 1 :]
    if "\\" in text:
        text = _UNESCAPE.sub(_unescaped, text)
    if tail.startswith("@"):
        return text, tail[1:], ""
    if tail.startswith("^^<"):
        return text, "", tail[3:-1]
    return text, "", ""
