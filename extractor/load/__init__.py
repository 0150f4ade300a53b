"""Step 1 of the pipeline: a file on disk becomes the decoded text that every span refers to.

Every format goes through `load_path` (or `load_bytes` for data already read), so spans always index
the text it returns. Plain text is decoded by `text.decode`; .docx, .html/.htm and .pdf have their own
loaders, imported only when a file of that kind is read so the plain-text path stays light.

The format is chosen from the file's first bytes when they are unambiguous (a PDF or a Word file
saved under the wrong name still loads), otherwise from its suffix; unknown suffixes are read as text.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from extractor.errors import InputError
from extractor.load.limits import check, limit_bytes
from extractor.load.text import decode, normalise

__all__ = ["NOTICE_SUFFIXES", "decode", "detect_format", "load_bytes", "load_path", "normalise", "read_bytes"]

_SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".pdf": "pdf",
}
NOTICE_SUFFIXES = frozenset(_SUFFIX_FORMATS)
"""Suffixes a directory walk picks up as notices; a file named explicitly is tried whatever its suffix."""

_UNSUPPORTED = {
    ".doc": "Word 97-2003 .doc files are not supported: save it as .docx",
    ".wps": "WPS .wps files are not supported: save it as .docx",
    ".rtf": "RTF files are not supported: save it as .docx or .txt",
    ".odt": "OpenDocument .odt files are not supported: save it as .docx",
    ".ofd": "OFD files are not supported: export it as PDF or text",
    ".xls": "spreadsheets are not notices: unsupported file type .xls",
    ".xlsx": "spreadsheets are not notices: unsupported file type .xlsx",
    ".ppt": "unsupported file type .ppt",
    ".pptx": "unsupported file type .pptx",
    ".zip": "archives are not supported: unpack it first",
    ".rar": "archives are not supported: unpack it first",
    ".7z": "archives are not supported: unpack it first",
    ".gz": "archives are not supported: unpack it first",
    ".png": "images are not supported: the notice needs a text layer (OCR it first)",
    ".jpg": "images are not supported: the notice needs a text layer (OCR it first)",
    ".jpeg": "images are not supported: the notice needs a text layer (OCR it first)",
    ".gif": "images are not supported: the notice needs a text layer (OCR it first)",
    ".tif": "images are not supported: the notice needs a text layer (OCR it first)",
    ".tiff": "images are not supported: the notice needs a text layer (OCR it first)",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_format(data: bytes, name: str | os.PathLike[str] = "") -> str:
    """ "text", "docx", "html" or "pdf" for these bytes; raise InputError for a kind we cannot read."""
    suffix = Path(name).suffix.lower()
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if suffix == ".docx" or b"word/" in data[:65536]:
            if suffix in _UNSUPPORTED and suffix != ".docx":
                raise InputError(_UNSUPPORTED[suffix])
            return "docx"
        raise InputError(_UNSUPPORTED.get(suffix, "unsupported file type: a zip archive, not a .docx"))
    if data.startswith(_OLE_MAGIC):
        if suffix == ".docx":
            # Word saves password-protected .docx files as an OLE container holding an EncryptedPackage.
            raise InputError("encrypted .docx: remove the password in Word and save again")
        raise InputError(_UNSUPPORTED.get(suffix, "unsupported file type: an old Office (OLE) document"))
    if suffix in _UNSUPPORTED:
        raise InputError(_UNSUPPORTED[suffix])
    fmt = _SUFFIX_FORMATS.get(suffix)
    if fmt in ("docx", "pdf"):
        raise InputError(f"not a valid {suffix} file: the content is not {suffix[1:].upper()}")
    if fmt in (None, "text") and _looks_like_html(head) and not _text_with_stray_tags(data):
        return "html"  # a page saved as .txt is still a page
    return fmt or "text"


# Block and inline tags of an article body: a text saved from a page's markup without its <html> (a
# scraper's content field, an editor's export) starts with them or holds several.
_BODY_TAG = re.compile(rb"<(?:p|div|br|span|table|tr|td|section|article|h[1-6]|font|strong|b)[\s/>]")


def _looks_like_html(head: bytes) -> bool:
    probe = head[:512].lower().removeprefix(b"\xef\xbb\xbf")
    if probe.startswith((b"<!doctype html", b"<html")) or b"<html" in probe[:256]:
        return True
    tags = len(_BODY_TAG.findall(probe))
    return tags >= 3 or (tags >= 1 and probe.startswith(b"<"))


_LINES_LOOKED_AT = 200
_BYTES_LOOKED_AT = 65536  # (the lines looked at are the opening's: a large page is not split whole)
_TEXT_LINES_PER_TAGGED = 2  # (a page's markup sets tags on most of its lines; a copied text's stray ones on few)


def _text_with_stray_tags(data: bytes) -> bool:
    """Whether a text holds a few tags a copy kept (a spam mirror's empty <video>, <source> …) among its lines of
    words: it is read as text, its lines kept (the text reader drops the tags), not laid out again as a page."""
    lines = [line for line in data[:_BYTES_LOOKED_AT].splitlines()[:_LINES_LOOKED_AT] if line.strip()]
    tagged = sum(1 for line in lines if b"<" in line)
    return len(lines) - tagged >= _TEXT_LINES_PER_TAGGED * tagged


def load_bytes(data: bytes, name: str | os.PathLike[str] = "", limit_mb: float | None = None) -> str:
    """The notice text of `data`, read as the format its bytes (or else the suffix of `name`) say;
    content over the size limit (extractor/load/limits.py) is an InputError."""
    limit = limit_bytes(limit_mb)
    check("the file", len(data), limit)
    fmt = detect_format(data, name)
    if fmt == "docx":
        from extractor.load.docx import docx_text

        return normalise(docx_text(data, limit))
    if fmt == "html":
        from extractor.load.html import html_text

        return normalise(html_text(data))
    if fmt == "pdf":
        from extractor.load.pdf import pdf_text

        return normalise(pdf_text(data, limit))
    return decode(data)


def read_bytes(path: str | os.PathLike[str], limit_mb: float | None = None) -> bytes:
    """The bytes of a file, with errors phrased for the person who named it. At most the size limit
    is read, so a huge file, /dev/zero or an endless pipe is refused instead of filling memory."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {p}")
    if p.is_dir():
        raise InputError(f"is a directory, not a file: {p}")
    limit = limit_bytes(limit_mb)
    try:
        with open(p, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from None
    check("the file", len(data), limit)
    return data


def load_path(path: str | os.PathLike[str], limit_mb: float | None = None) -> str:
    """The text of a notice file, whatever its format (.txt in any common encoding, .docx, .html, .pdf)."""
    return load_bytes(read_bytes(path, limit_mb), path, limit_mb)
