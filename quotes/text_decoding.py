"""Bytes to text, the same way every time.

News files come as UTF-8 (with or without a byte-order mark), UTF-16 from Windows
tools (always with a BOM), and Windows-1252 or Latin-1 from older systems. The
order of attempts is fixed, so the same bytes always give the same text:

1. a byte-order mark names the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. a file with NUL bytes or a known binary signature (PNG, PDF, ZIP ...) is refused;
3. an encoding the file declares itself (an HTML ``<meta charset>``), if it decodes;
4. strict UTF-8;
5. strict Windows-1252, which reads Latin-1 text identically (the two differ only
   at bytes 0x80-0x9F, which are invisible control codes in Latin-1 and never
   appear in real text).

Anything left (bytes that are none of these) is reported, not guessed at: a
statistical detector such as charset-normalizer reads such bytes as Cyrillic or
Japanese with full confidence, and a wrong guess would put invented characters
into the quotes database.
"""
from __future__ import annotations

import codecs
import re
from typing import Optional

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE mark.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or a Word/Excel file)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "old Microsoft Office document"),
)

# WHATWG: pages that say Latin-1 or ASCII are decoded as Windows-1252 by browsers.
_DECLARED_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
                     "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?")


class DecodeError(ValueError):
    """The bytes are not text this reader can decode; the message says why."""


def split_bom(data: bytes) -> tuple[Optional[str], bytes]:
    """The encoding a byte-order mark names, and the bytes after the mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom):]
    return None, data


def binary_reason(head: bytes) -> Optional[str]:
    """Why ``head`` (the first bytes of a file without a BOM) is not text, or None."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return f"binary file ({kind}), not text"
    if b"\x00" in head:
        return "binary file (contains NUL bytes), not text"
    return None


def decode(data: bytes, *, declared: Optional[str] = None) -> str:
    """Decode a whole file's bytes by the fixed order in the module docstring.

    :param declared: an encoding the content names for itself (an HTML meta charset).
    :raises DecodeError: binary content, or bytes that no attempt decodes.
    """
    bom_encoding, body = split_bom(data)
    if bom_encoding:
        try:
            return _checked(body.decode(bom_encoding))
        except UnicodeDecodeError as e:
            raise DecodeError(f"undecodable byte sequence: the file starts with a {bom_encoding.upper()}"
                              f" byte-order mark but byte {e.start} is not valid {bom_encoding.upper()}") from e
    reason = binary_reason(data[:8192])
    if reason:
        raise DecodeError(reason)
    attempts = ["utf-8", "cp1252"]
    if declared:
        declared = _DECLARED_ALIASES.get(declared.strip().lower(), declared.strip().lower())
        try:
            codecs.lookup(declared)
            attempts.insert(0, declared)
        except LookupError:
            pass
    for encoding in attempts:
        try:
            return _checked(data.decode(encoding))
        except UnicodeDecodeError as e:
            last_error = e  # Windows-1252 is tried last: its failure names the bad byte
    raise DecodeError(_undecodable(data, last_error))


def decode_line(data: bytes) -> str:
    """Decode one line of a streamed file (JSON Lines): UTF-8, else Windows-1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as e:
            raise DecodeError(_undecodable(data, e)) from None


def normalise_newlines(text: str) -> str:
    """Windows (``\\r\\n``) and old Mac (``\\r``) line endings become ``\\n``."""
    return _NEWLINES.sub("\n", text)


def _checked(text: str) -> str:
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise DecodeError("binary file (mostly control characters), not text")
    return text


def _undecodable(data: bytes, error: UnicodeDecodeError) -> str:
    byte = data[error.start]
    return (f"undecodable byte sequence: byte 0x{byte:02x} at offset {error.start} is not UTF-8, "
            "Windows-1252 or Latin-1 text (convert the file to UTF-8)")
