"""The library entry point: `extractor.extract` takes a path or the text itself."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor

DOC = Path("gold/docs/002_f8e588f7094716c5.txt")


def test_a_path_object_is_read_and_recorded_as_the_source() -> None:
    result = extractor.extract(DOC)
    assert result.source == str(DOC)
    assert len(result.issues) == 28


def test_a_string_naming_a_notice_file_is_read() -> None:
    assert len(extractor.extract(str(DOC)).issues) == 28


def test_a_one_line_string_is_text_even_when_a_file_of_that_name_exists(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("1.学习不深入").write_text("not this", encoding="utf-8")
    result = extractor.extract("1.学习不深入")
    assert result.source is None


def test_notice_text_is_extracted_directly() -> None:
    result = extractor.extract(DOC.read_text(encoding="utf-8"))
    assert result.source is None and len(result.issues) == 28


def test_an_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(extractor.ExtractorError, match="unknown backend"):
        extractor.extract("1.学习不深入。", backend="magic")  # type: ignore[arg-type]
