"""The whole suite keeps its compiled patterns (`extractor.pattern_store`) in a directory of its own,
never in the user's cache; the commands the tests start inherit it."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_STORE = tempfile.mkdtemp(prefix="extractor-test-patterns-")
os.environ["EXTRACTOR_CACHE_DIR"] = _STORE


def pytest_unconfigure(config: pytest.Config) -> None:
    from extractor import pattern_store

    pattern_store.save()
    os.environ["EXTRACTOR_CACHE_DIR"] = ""  # nothing more to write at exit, into a removed directory
    shutil.rmtree(_STORE, ignore_errors=True)
