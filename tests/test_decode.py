"""Loading: any common encoding decodes to the same text; bad input fails with a clear InputError."""

from __future__ import annotations

import pytest

from extractor.errors import InputError
from extractor.load import decode

NOTICE = "关于巡察整改情况的通报\n一、问题\n1.学习不深入。整改情况：已完成。\n"


@pytest.mark.parametrize(
    "encoded",
    [
        NOTICE.encode("utf-8"),
        b"\xef\xbb\xbf" + NOTICE.encode("utf-8"),
        NOTICE.encode("utf-16"),
        NOTICE.encode("utf-16-le"),
        NOTICE.encode("gb18030"),
        NOTICE.encode("gbk"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "gb18030", "gbk"],
)
def test_every_common_encoding_decodes_to_the_same_text(encoded: bytes) -> None:
    assert decode(encoded) == NOTICE


def test_crlf_and_cr_line_endings_become_newlines() -> None:
    assert decode(NOTICE.replace("\n", "\r\n").encode()) == NOTICE
    assert decode(NOTICE.replace("\n", "\r").encode()) == NOTICE


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\xef\xbb\xbf"], ids=["empty", "blank", "bom-only"])
def test_empty_input_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        decode(data)


def test_binary_input_is_an_input_error() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(InputError, match="binary"):
        decode(png)


def test_undecodable_bytes_are_an_input_error() -> None:
    with pytest.raises(InputError, match="undecodable"):
        decode(b"\x81\x30\xff\xfe\x81\x81\xfa" * 20)
