"""Bytes -> text for HTML and text inputs.

Order of evidence: byte-order mark, then strict UTF-8 (valid UTF-8 with non-ASCII bytes
is almost never another encoding by accident), then the encoding declared by the
transport (HTTP header) or the document (``<meta charset>``, XML declaration), then
charset-normalizer's guess. Binary files are recognised and refused instead of being
turned into pages of replacement characters.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from articlepipe.errors import DecodeError

# Magic numbers of formats that are sometimes saved with an .html name or served as HTML.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x00\x00\x01\x00", "an icon file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels that browsers decode as a superset (WHATWG Encoding Standard, section 4.2);
# Python's own codecs for these labels would mangle e.g. curly quotes in "latin-1" pages.
_WHATWG_SUPERSETS: dict[str, str] = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
}

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:+-]+)["']""")
_SNIFF_BYTES = 4096
# Text whose decoded form is more than this share of control or replacement characters
# is treated as binary. Real pages, even badly mis-encoded ones, stay far below it.
_MAX_GARBAGE_SHARE = 0.10
_GARBAGE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def normalise_label(label: str) -> str | None:
    """A Python codec name for an encoding label, or None if Python does not know it."""
    label = label.strip().lower()
    label = _WHATWG_SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_encoding(body: bytes) -> str | None:
    """The encoding named by ``<meta charset>`` or an XML declaration near the top."""
    head = body[:_SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    return normalise_label(match.group(1).decode("ascii", "ignore"))


def _binary_kind(body: bytes) -> str | None:
    for signature, kind in _BINARY_SIGNATURES:
        if body.startswith(signature):
            return kind
    return None


def _utf16_without_bom(body: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of mostly-ASCII markup."""
    sample = body[:2000]
    if len(sample) < 16:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _try(body: bytes, encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _check_text(text: str, url: str, encoding: str) -> str:
    sample = text[:65536]
    if sample and len(_GARBAGE.findall(sample)) / len(sample) > _MAX_GARBAGE_SHARE:
        raise DecodeError(
            url,
            "binary",
            f"the content is not text (decoded as {encoding}, it is mostly control or "
            "replacement characters); is this file really HTML?",
        )
    return text


def decode(body: bytes, url: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``body`` to text; returns ``(text, encoding used)``.

    ``declared`` is an encoding label from outside the document (an HTTP header).
    Raises ``DecodeError`` for binary content. Never raises on undecodable bytes in
    text: the last resort replaces them.
    """
    kind = _binary_kind(body)
    if kind is not None:
        raise DecodeError(url, "binary", f"the content is {kind}, not HTML or text")
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return _check_text(body[len(bom) :].decode(encoding, "replace"), url, encoding), encoding
    utf16 = _utf16_without_bom(body)
    if utf16 is not None:
        return _check_text(body.decode(utf16, "replace"), url, utf16), utf16
    head = body[:8192]
    if head.count(0) > max(8, len(head) // 100):
        raise DecodeError(
            url, "binary", "the content has NUL bytes throughout; it is binary, not HTML or text"
        )
    text = _try(body, "utf-8")
    if text is not None:
        return _check_text(text, url, "utf-8"), "utf-8"
    for candidate in (normalise_label(declared) if declared else None, declared_encoding(body)):
        text = _try(body, candidate)
        if text is not None and candidate is not None:
            return _check_text(text, url, candidate), candidate
    best = from_bytes(body).best()
    if best is not None and best.encoding:
        return _check_text(str(best), url, best.encoding), best.encoding
    return _check_text(body.decode("utf-8", "replace"), url, "utf-8"), "utf-8"
