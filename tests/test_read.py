"""Tests of the read stage: encodings, normalisation, HTML/Markdown/PDF readers, errors."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopkg.errors import InputError
from coopkg.read.normalise import normalise_text, repair_place_names, text_blocks
from coopkg.read.notices import (
    READERS,
    dehyphenate,
    html_to_text,
    implausibility,
    is_website_label,
    iter_input_files,
    markdown_to_text,
    notice_from_text,
    read_notice,
    render_row,
)
from coopkg.records import Notice

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

FRENCH = "Coopération transfrontalière : coût total 709 596,05 €, région Île-de-France"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_blocks_match_lines(notice: Notice) -> None:
    """Every block is exactly one non-empty line of the final text."""
    lines = [line for line in notice.text.split("\n") if line.strip()]
    assert [notice.text[s:e] for s, e in notice.blocks] == lines


# ------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (FRENCH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + FRENCH.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + FRENCH.encode("utf-16-be"), "utf-16-be"),
        (FRENCH.encode("utf-16-le"), "utf-16-le"),
        (FRENCH.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + FRENCH.encode("utf-32-le"), "utf-32-le"),
        (FRENCH.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32", "cp1252"],
)
def test_encodings_are_detected_and_recorded(tmp_path: Path, data: bytes, encoding: str) -> None:
    notice = read_notice(write(tmp_path, "notice.txt", data))
    assert notice.text == FRENCH
    assert notice.encoding == encoding
    assert notice.sha256 == hashlib.sha256(data).hexdigest()


def test_cp1252_german_text_is_not_taken_for_cp1250(tmp_path: Path) -> None:
    text = "Gesamtkosten: 1.200 € für Straße und Brücke in München und Köln"
    notice = read_notice(write(tmp_path, "de.txt", text.encode("cp1252")))
    assert (notice.text, notice.encoding) == (text, "cp1252")


def test_cp1250_polish_text_is_decoded_as_cp1250(tmp_path: Path) -> None:
    text = "Współpraca transgraniczna: województwo śląskie, Łódź i Kraków, źródła energii"
    notice = read_notice(write(tmp_path, "pl.txt", text.encode("cp1250")))
    assert (notice.text, notice.encoding) == (text, "cp1250")


def test_implausibility_scores_misdecoded_text_higher() -> None:
    assert implausibility("naïve élève à Zürich") == 0
    assert implausibility("wspó³praca") == 4  # symbol inside a word + impossible letter mix
    # an impossible letter mix, and two letters Czech (the detected language) never writes
    assert implausibility("pøeshranièní") == 4


def test_source_is_the_path_as_given_and_media_type_follows_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, "a.text", b"Hello")
    notice = read_notice(str(path))
    assert (notice.source, notice.media_type, notice.text) == (str(path), "text/plain", "Hello")


# --------------------------------------------------------------------- normalisation


def test_nbsp_and_narrow_nbsp_become_plain_spaces() -> None:
    assert normalise_text("709\u202f596,05\u00a0€") == "709 596,05 €"
    assert normalise_text("709\u00a0596,05\u2009EUR") == "709 596,05 EUR"


def test_invisible_characters_crlf_and_space_runs() -> None:
    raw = "co\u00adop\u200beration\r\nsecond \t  line\r\n\r\n\r\n\r\nnext\u2028para  "
    assert normalise_text(raw) == "cooperation\nsecond line\n\nnext\npara"


def test_mojibake_is_repaired_but_quotes_are_kept() -> None:
    assert normalise_text("CoopÃ©ration rÃ©gionale") == "Coopération régionale"
    assert normalise_text("“Green” ‘links’ don’t «move»") == "“Green” ‘links’ don’t «move»"
    assert normalise_text("ﬁnance &amp; ＡＢＣ") == "ﬁnance &amp; ＡＢＣ"


def test_nfc_composes_decomposed_letters() -> None:
    assert normalise_text("Re\u0301gion") == "Région"


def test_hungarian_letters_misread_through_latin1_are_repaired_from_the_lexicon() -> None:
    assert normalise_text("Partner from Gyõr (HU)") == "Partner from Győr (HU)"
    assert normalise_text("GYÕR-MOSON-SOPRON") == "GYŐR-MOSON-SOPRON"
    assert normalise_text("Master CourseGyõr") == "Master CourseGyőr"


def test_genuine_o_tilde_is_never_touched() -> None:
    text = "Mais informações sobre Võru e Lõuna-Eesti, põhjus"
    assert normalise_text(text) == text


def test_repair_place_names_with_a_given_lexicon() -> None:
    lexicon = frozenset({"székesfehérvár", "wrocław"})
    assert repair_place_names("Wroc³aw, Székesfehérvár, Wroc³awek", lexicon) == (
        "Wrocław, Székesfehérvár, Wroc³awek"
    )


def test_paragraph_breaks_are_kept_once() -> None:
    assert normalise_text("\n\n  One \n\n\n\n Two\n") == "One\n\nTwo"


def test_text_blocks_are_line_spans() -> None:
    assert text_blocks("Title\n\nFirst line\nSecond") == ((0, 5), (7, 17), (18, 24))
    assert text_blocks("") == ()


# ------------------------------------------------------------------------------ HTML


def test_html_page_keeps_content_and_drops_furniture() -> None:
    notice = read_notice(FIXTURES / "project_page.html")
    assert notice.media_type == "text/html"
    assert notice.html_title == "GREENLINK – Interreg Europe"
    assert notice.text == (
        "GREENLINK: Green links between rural regions\n\n"
        "The project connects rural regions\nacross borders.\n\n"
        "Partners\n\n"
        "• Lead partner: Regional Agency of Győr (HU)\n"
        "• Municipality of Tartu (EE)\n\n"
        "Total budget: 1 250 000,00 €\n"
        "Country | Partner | Role\n"
        "AT | ecoplus | Partner\n\n"
        "Start date: 01/04/2019\n"
        "End date: 31/03/2023\n\n"
        "Project website: https://greenlink.example.eu\n\n"
        "Read the news"
    )
    assert_blocks_match_lines(notice)
    for gone in ("tracking", "cookies", "Accept", "Calls", "Privacy", "About us", "JavaScript"):
        assert gone not in notice.text


def test_html_keeps_a_content_footer_but_drops_hidden_and_role_navigation() -> None:
    html = (
        '<div role="navigation">Skip to content</div><p hidden>secret</p>'
        '<p style="display: none">also secret</p><p>Body</p>'
        "<footer><p>Lead partner address: Via Roma 1, Torino. P.IVA 01234567890</p></footer>"
    )
    text, title = html_to_text(html)
    assert text == "Body\n\nLead partner address: Via Roma 1, Torino. P.IVA 01234567890"
    assert title is None


def test_only_website_labelled_links_show_their_target() -> None:
    html = (
        '<p><a href="https://a.example.eu">Site du projet</a></p>'
        '<p><a href="https://b.example.eu">Projektwebseite:</a></p>'
        '<p><a href="/relative">Project website</a></p>'
        '<p><a href="https://c.example.eu">Partner list</a></p>'
        '<p>Web site of the project: <a href="https://d.example.eu">click here</a></p>'
        '<p>Contact: <a href="https://e.example.eu">click here</a></p>'
    )
    text, _ = html_to_text(html)
    assert text.split("\n\n") == [
        "Site du projet: https://a.example.eu",
        "Projektwebseite: https://b.example.eu",
        "Project website",
        "Partner list",
        "Web site of the project: https://d.example.eu",
        "Contact: click here",
    ]


def test_website_labels() -> None:
    assert is_website_label("Project website")
    assert is_website_label("Sito web del progetto")
    assert not is_website_label("Contact")
    assert not is_website_label("")


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1250"></head><body><p>Łódź i Kraków</p></body>'
    notice = read_notice(write(tmp_path, "page.htm", html.encode("cp1250")))
    assert (notice.text, notice.encoding) == ("Łódź i Kraków", "windows-1250")


def test_xhtml_media_type(tmp_path: Path) -> None:
    xhtml = b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>'
    notice = read_notice(write(tmp_path, "page.xhtml", xhtml))
    assert (notice.text, notice.media_type) == ("Hi", "application/xhtml+xml")


def test_render_row() -> None:
    assert render_row(["Budget", "1 €"]) == "Budget: 1 €"
    assert render_row(["Budget:", "1 €"]) == "Budget: 1 €"
    assert render_row(["", "1 €"]) == "1 €"
    assert render_row(["a", "", "c"]) == "a |  | c"
    assert render_row(["", "", ""]) == ""


# -------------------------------------------------------------------------- Markdown


def test_markdown_is_rendered_as_plain_text(tmp_path: Path) -> None:
    markdown = (
        "# GREENLINK\n\nThe **project** links _rural_ regions: see [site](https://g.example.eu).\n\n"
        "## Partners\n\n* Lead partner: `ecoplus` (AT)\n1. Tartu (EE)\n\n"
        "| Field | Value |\n|---|---|\n| Total budget | 1 250 000 € |\n| a | b | c |\n\n"
        "> quoted ~~old~~ text\n\n---\nsnake_case_name and 2 * 3 * 4\n"
    )
    notice = read_notice(write(tmp_path, "notice.md", markdown.encode()))
    assert notice.media_type == "text/markdown"
    assert notice.text == (
        "GREENLINK\n\nThe project links rural regions: see site (https://g.example.eu).\n\n"
        "Partners\n\n• Lead partner: ecoplus (AT)\n• Tartu (EE)\n\n"
        "Field: Value\nTotal budget: 1 250 000 €\na | b | c\n\n"
        "quoted old text\n\nsnake_case_name and 2 * 3 * 4"
    )
    assert_blocks_match_lines(notice)


def test_markdown_setext_heading_and_code_fence() -> None:
    assert markdown_to_text("Title\n=====\nBody\n```\n*raw*\n```") == "Title\n\nBody\n\n*raw*\n"


# ------------------------------------------------------------------------------- PDF


def minimal_pdf(pages: list[list[str]]) -> bytes:
    """A valid PDF with Helvetica text lines (WinAnsi), one list of lines per page."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for index, lines in enumerate(pages):
        ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + escaped.encode("cp1252") + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) if lines else b""
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_ids[index] + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_pdf_pages_are_joined_and_dehyphenated(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    data = minimal_pdf([["Coopération inter-", "regionale in Europe"], ["Lead partner: ecoplus"]])
    notice = read_notice(write(tmp_path, "notice.pdf", data))
    assert notice.text == "Coopération interregionale in Europe\n\nLead partner: ecoplus"
    assert (notice.media_type, notice.encoding) == ("application/pdf", "pdf")
    assert notice.sha256 == hashlib.sha256(data).hexdigest()
    assert_blocks_match_lines(notice)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = write(tmp_path, "scan.pdf", minimal_pdf([[]]))
    with pytest.raises(InputError, match=r"scan\.pdf: no text layer \(scanned PDF\?\)"):
        read_notice(path)


def test_pdf_content_wins_over_a_wrong_suffix(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    notice = read_notice(write(tmp_path, "notice.txt", minimal_pdf([["Hello PDF"]])))
    assert (notice.text, notice.media_type) == ("Hello PDF", "application/pdf")


def test_damaged_pdf_is_an_input_error(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    with pytest.raises(InputError, match=r"broken\.pdf: unreadable PDF"):
        read_notice(write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj garbage"))


def test_dehyphenate_keeps_capitalised_continuations() -> None:
    assert dehyphenate("coope-\nration, North-\nWest, 2014-\n2020") == (
        "cooperation, North-\nWest, 2014-\n2020"
    )


# ---------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        ("junk.txt", bytes(range(256)) * 4, "binary file (contains NUL bytes)"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "binary file (PNG image)"),
        ("report.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
        ("fake.pdf", b"just text", "not a PDF (no %PDF header)"),
        ("bad.txt", b"\xff\xfeA", "undecodable: invalid utf-16-le after its BOM"),
        ("nothing.html", b"<script>x()</script>", "no text in file"),
    ],
)
def test_bad_files_raise_input_error_naming_the_file(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_notice(path)
    assert info.value.path == str(path)
    assert info.value.reason.startswith(reason)
    assert str(info.value).startswith(f"{path}: ")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_notice(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_notice(tmp_path)


def test_one_reader_per_kind() -> None:
    assert sorted(READERS) == ["html", "markdown", "pdf", "text"]


# ------------------------------------------------------------------- iter_input_files


def test_iter_input_files_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    names = ["b.txt", "a.HTML", "sub/c.md", "sub/d.pdf", "skip.docx", ".hidden.txt", ".git/e.txt"]
    for name in names:
        write(tmp_path, name, b"x")
    explicit = write(tmp_path, "explicit.docx", b"x")
    found = list(iter_input_files([tmp_path, explicit, tmp_path / "b.txt"]))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.HTML",
        "b.txt",
        "sub/c.md",
        "sub/d.pdf",
        "explicit.docx",
    ]


# ---------------------------------------------------------------------------- seeds


@pytest.mark.skipif(not SEEDS.exists(), reason="seed notices not present")
def test_seed_notices_read_cleanly() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        notice = read_notice(path)
        assert notice.encoding == "utf-8"
        assert notice.text and "\u00a0" not in notice.text and "\r" not in notice.text
        assert_blocks_match_lines(notice)


# ------------------------------------------------------------------------ properties


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_normalise_and_notice_from_text_never_raise(text: str) -> None:
    normalised = normalise_text(text)
    assert "\r" not in normalised and "\u00a0" not in normalised
    for media_type in ("text/plain", "text/html", "text/markdown"):
        notice = notice_from_text(text, "memory", media_type)
        for start, end in notice.blocks:
            assert 0 <= start < end <= len(notice.text)


@given(st.binary(max_size=600), st.sampled_from([".txt", ".html", ".md", ".pdf"]))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_read_notice_raises_only_input_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"notice{suffix}"
        path.write_bytes(data)
        try:
            notice = read_notice(path)
        except InputError as error:
            assert error.path == str(path)
        else:
            assert notice.text


@given(st.sampled_from(["%PDF-1.4\n", "%PDF-1.7\n%\xe2\xe3\n"]), st.binary(max_size=300))
@settings(max_examples=40, deadline=None)
def test_read_notice_on_pdf_like_junk_raises_only_input_error(head: str, tail: bytes) -> None:
    pytest.importorskip("pypdf")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "junk.pdf"
        path.write_bytes(head.encode("latin-1") + tail)
        with pytest.raises(InputError):
            read_notice(path)


def test_html_grid_tables_and_definition_lists() -> None:
    html = (
        "<table><tr><th>Name</th><th>Country</th></tr><tr><td>Univ<br>of Lund</td><td>SE</td></tr>"
        "</table><dl><dt>Programme</dt><dd>Interreg Europe</dd><dd>2014-2020</dd>"
        "<dt>Lonely</dt><dt>Term</dt><dd>x</dd></dl>"
        "<ul><li><p>Item one</p><ul><li>sub a</li></ul></li></ul><p>A&amp;B &lt;x&gt;</p>"
    )
    text, _ = html_to_text(html)
    assert text == (
        "Name | Country\nUniv of Lund | SE\n\n"
        "Programme: Interreg Europe\nProgramme: 2014-2020\nLonely\nTerm: x\n\n"
        "• Item one\n\n• sub a\n\nA&B <x>"
    )


def test_deeply_nested_html_does_not_raise() -> None:
    notice = notice_from_text("<div>" * 5000 + "deep text" + "</div>" * 5000, "m", "text/html")
    assert notice.text == "deep text"
