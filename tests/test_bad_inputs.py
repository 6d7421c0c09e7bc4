"""Bad and tricky inputs: each bad file gets one line naming it and the reason; the rest is built.

The corpus lives in ``tests/fixtures/bad_inputs/`` (every file made up for the tests).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopkg.__main__ import cli
from coopkg.errors import InputError
from coopkg.read.notices import MAX_BYTES, decode_bytes, notice_from_text, read_notice

CORPUS = Path(__file__).resolve().parent / "fixtures" / "bad_inputs"
NO_FACTS = "no project facts found"
BINARY = "binary file"

#: File -> the reason it fails (a part of its one line), or None: it must be built.
EXPECTED: dict[str, str | None] = {
    "empty.txt": "empty file",
    "blank.txt": "empty file (only white space)",
    "nul-bytes.txt": "binary file (contains NUL bytes)",
    "random-bytes.txt": "binary file (no words in any text encoding)",
    "control-bytes.txt": "binary file (control characters)",
    "png-as-text.txt": "binary file (PNG image)",
    "zip-as-page.html": "binary file (zip archive or office document)",
    "gzip-as-markdown.md": "binary file (gzip archive)",
    "executable.txt": "binary file (executable)",
    "truncated.pdf": "unreadable PDF",
    "header-only.pdf": "unreadable PDF",
    "no-text-layer.pdf": "no text layer",
    "text-named-pdf.pdf": "not a PDF (no %PDF header)",
    "bad-utf8-after-bom.txt": "undecodable",
    "bom-only.txt": "no text in file",
    "markup-only.html": "no text in file",
    "zero-width-only.txt": "no text in file",
    "furniture-only.html": NO_FACTS,
    "emoji-only.txt": NO_FACTS,
    "numbers-only.txt": NO_FACTS,
    "json-data.txt": NO_FACTS,
    "one-word.md": NO_FACTS,
    "lorem.txt": NO_FACTS,
    "csv-table.txt": NO_FACTS,
    "plain-notice.txt": None,
    "cp1252-german.txt": None,
    "utf16le-bom.txt": None,
    "utf16be-no-bom.txt": None,
    "latin1-declared.html": None,
    "broken-markup.html": None,
    "truncated-page.html": None,
    "deeply-nested.html": None,
    "entity-bomb.html": None,
    "old-mac-newlines.txt": None,
    "few-control-chars.txt": None,
    "notice with spaces.txt": None,
    "ünïcödé-名前.txt": None,
    "-starts-with-dash.txt": None,
    "semi;colon&amp'quote.txt": None,
    "x" * 180 + ".txt": None,
    "NOTICE.TXT": None,
    "markdown-notice.md": None,
    "hostile-strings.html": None,
    "hostile-markdown.md": None,
}


def test_the_corpus_is_complete() -> None:
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(EXPECTED)
    assert len(EXPECTED) >= 40


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("bad-build")
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(out), "--no-views"])
    return result, out


def test_each_bad_file_gets_one_line_naming_it_and_the_reason(corpus_build) -> None:
    result, _out = corpus_build
    assert result.exit_code == 1  # something failed: the exit code says so
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    by_file = {}
    for line in lines:
        path, _, reason = line.removeprefix("error: ").partition(": ")
        by_file[Path(path).name] = reason
    assert len(lines) == len(by_file)  # one line per file
    expected_failures = {name: why for name, why in EXPECTED.items() if why is not None}
    assert sorted(by_file) == sorted(expected_failures)
    for name, why in expected_failures.items():
        assert why in by_file[name], (name, by_file[name])


def test_the_rest_is_built(corpus_build) -> None:
    import json

    result, out = corpus_build
    built = {r["source"] for r in json.loads((out / "records.json").read_text(encoding="utf-8"))}
    assert built == {name for name, why in EXPECTED.items() if why is None}
    assert f"notices read      {len(built)}" in result.stdout


def test_hostile_strings_give_a_graph_oxigraph_loads(corpus_build) -> None:
    import pyoxigraph

    _result, out = corpus_build
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "javascript:" not in text.replace('"javascript:', "")  # never as an IRI
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 100


def test_a_huge_text_file_is_refused_at_once(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    line = b"Project acronym: HUGE. Lead partner: Somebody (AT). " * 20 + b"\n"
    with huge.open("wb") as handle:
        while handle.tell() <= 28_000_000:
            handle.write(line * 1000)
    started = time.monotonic()
    with pytest.raises(InputError) as error:
        read_notice(huge)
    assert time.monotonic() - started < 5  # refused before reading, not after minutes
    assert error.value.reason.startswith("too large (")
    assert f"the limit for text is {MAX_BYTES['text']:,} bytes" in error.value.reason


def test_an_unsupported_file_named_explicitly_is_answered(tmp_path: Path) -> None:
    (tmp_path / "letter.docx").write_bytes(b"PK\x03\x04word")
    result = CliRunner().invoke(
        cli, ["build", str(tmp_path / "letter.docx"), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert "letter.docx: unsupported file type '.docx'" in result.stderr


# --- fuzzing the readers -----------------------------------------------------------------

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.binary(max_size=2000))
def test_decode_never_fails_except_with_its_own_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except Exception as error:  # only the reader's own "not text" error is allowed
        assert type(error).__name__ == "_DecodeError"
    else:
        assert isinstance(text, str) and encoding


@_SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html", ".pdf"]))
def test_read_notice_raises_only_input_errors(tmp_path_factory, data: bytes, suffix: str):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        notice = read_notice(path)
    except InputError as error:
        assert error.path == str(path) and error.reason and "\n" not in error.reason
    else:
        assert notice.text and "\x00" not in notice.text


@_SETTINGS
@given(st.text(max_size=2000), st.sampled_from(["text/plain", "text/markdown", "text/html"]))
def test_notice_from_text_never_raises(text: str, media_type: str) -> None:
    notice = notice_from_text(text, "memo", media_type)
    assert notice.source == "memo"


def test_a_newline_in_a_file_name_still_gives_one_line(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad\nname.txt").write_bytes(b"")
    (tmp_path / "in" / "tab\tname.txt").write_bytes(b"\x00\x01")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "o")])
    lines = result.stderr.splitlines()
    assert len(lines) == 3  # two failures and "every input failed"
    assert lines[0].endswith("in/bad\\nname.txt: empty file")
    assert lines[1].endswith(
        "in/tab\\tname.txt: binary file (contains NUL bytes), not a supported document"
    )


def test_a_pipe_or_device_is_refused_without_reading(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    device = tmp_path / "zero.txt"
    device.symlink_to("/dev/zero")
    for path in (fifo, device):
        with pytest.raises(InputError) as error:
            read_notice(path)
        assert error.value.reason == "not a regular file (a pipe, socket or device)"


def test_html_that_unfolds_into_too_much_text_is_refused(tmp_path: Path) -> None:
    from coopkg.read.notices import MAX_TEXT_CHARS

    page = tmp_path / "long.html"
    paragraph = "<p>" + "word " * 199 + "</p>\n"  # 1,000 characters of text, few of markup
    page.write_text("<html><body>" + paragraph * (MAX_TEXT_CHARS // 990 + 10) + "</body></html>")
    with pytest.raises(InputError) as error:
        read_notice(page)
    assert error.value.reason.startswith("too much text (")
    assert f"the limit is {MAX_TEXT_CHARS:,})" in error.value.reason
