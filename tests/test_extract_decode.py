from __future__ import annotations

import codecs

import pytest

from articlepipe.errors import DecodeError
from articlepipe.extract.decode import declared_encoding, decode, normalise_label

TEXT = "Crème brûlée costs £3 — “quoted” ‘single’ naïve café"


def page(charset: str, body: str = TEXT) -> str:
    return f'<html><head><meta charset="{charset}"></head><body><p>{body}</p></body></html>'


def test_utf8() -> None:
    assert decode(page("utf-8").encode(), "u") == (page("utf-8"), "utf-8")


def test_meta_charset_windows_1252() -> None:
    text, encoding = decode(page("windows-1252").encode("cp1252"), "u")
    assert TEXT in text
    assert encoding == "cp1252"


def test_latin1_label_is_decoded_as_windows_1252_like_browsers() -> None:
    text, encoding = decode(page("iso-8859-1").encode("cp1252"), "u")
    assert "“quoted”" in text
    assert encoding == "cp1252"


def test_http_equiv_and_xml_declarations() -> None:
    html = f'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"><p>{"Prix: 5 €"}</p>'
    assert "Prix: 5 €" in decode(html.encode("iso-8859-15"), "u")[0]
    xml = f'<?xml version="1.0" encoding="koi8-r"?><html><body><p>{"Привет, мир"}</p></body></html>'
    assert declared_encoding(xml.encode("koi8-r")) == "koi8-r"
    assert "Привет, мир" in decode(xml.encode("koi8-r"), "u")[0]


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom_wins_over_a_wrong_meta_charset(bom: bytes, codec: str) -> None:
    html = page("iso-8859-1")
    text, encoding = decode(bom + html.encode(codec), "u")
    assert text == html
    assert encoding == codec


def test_utf16_without_bom() -> None:
    html = page("utf-16")
    assert decode(html.encode("utf-16-le"), "u")[0] == html


def test_http_header_charset_is_used_when_not_utf8() -> None:
    body = "<p>Grüße aus Köln, schöne Größe</p>".encode("cp1252")
    assert decode(body, "u", declared="windows-1252")[0] == "<p>Grüße aus Köln, schöne Größe</p>"


def test_mis_declared_page_is_recovered() -> None:
    # Declares UTF-8 but is really Windows-1252: must not crash and must keep the letters.
    body = page("utf-8", "Le café est très réputé à Paris, près de la gare.").encode("cp1252")
    text, encoding = decode(body, "u")
    assert "Le café est très réputé" in text
    assert encoding != "utf-8"


def test_undeclared_legacy_encoding_is_detected() -> None:
    body = ("<html><body><p>" + "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 10).encode(
        "cp1251"
    )
    assert "французских булок" in decode(body, "u")[0]


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
    ],
)
def test_binary_formats_are_refused_by_name(data: bytes, what: str) -> None:
    with pytest.raises(DecodeError, match=what) as info:
        decode(data + bytes(range(256)) * 4, "u")
    assert info.value.reason == "binary"


def test_random_binary_is_refused() -> None:
    data = bytes((i * 131 + 7) % 256 for i in range(20000))
    with pytest.raises(DecodeError) as info:
        decode(data, "u")
    assert info.value.reason == "binary"


def test_a_few_nul_bytes_in_real_html_are_tolerated() -> None:
    html = page("utf-8", "Body text " * 200).encode()
    text, _ = decode(html[:100] + b"\x00" + html[100:], "u")
    assert "Body text" in text


def test_normalise_label() -> None:
    assert normalise_label(" UTF8 ") == "utf-8"
    assert normalise_label("latin1") == "cp1252"
    assert normalise_label("gb2312") == "gb18030"
    assert normalise_label("no-such-charset") is None
