"""Compiled patterns kept between runs (`extractor.pattern_store`) are a cache and nothing more: a
pattern handed to the engine from the store is the pattern compiled afresh, the extraction is the same
with the store cold, warm or off, and a store that is damaged, stale or cannot be written changes
nothing but the time taken."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import pattern_store
from extractor.lazy_re import compile_shared

ROOT = Path(__file__).resolve().parent.parent
NOTICES = sorted((ROOT / "gold" / "docs").glob("*.txt")) + sorted((ROOT / "gold_real10" / "docs").glob("*.txt"))
# Extracts every notice and prints the results: what a run gives with the store as its environment says.
EXTRACT_ALL = (
    "import sys, json\n"
    "from extractor.rules import extract_text\n"
    "print(json.dumps([extract_text(open(p, encoding='utf-8').read()).model_dump(mode='json') for p in sys.argv[1:]]))"
)


def _run(store: str | Path | None, *, home: Path | None = None) -> str:
    """What the notices give in a fresh process with the store in `store` (None: the default place, in
    `home`'s cache; "": none)."""
    environment = {**os.environ, "EXTRACTOR_CACHE_DIR": str(store)}
    if store is None:
        del environment["EXTRACTOR_CACHE_DIR"]
    if home is not None:
        environment.update(HOME=str(home), XDG_CACHE_HOME="")
    done = subprocess.run(
        [sys.executable, "-c", EXTRACT_ALL, *map(str, NOTICES)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    return done.stdout


@pytest.fixture
def fresh_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """This process's store, emptied and pointed at an empty directory for one test."""
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_store, "_entries", None)
    monkeypatch.setattr(pattern_store, "_rewritten", {})
    monkeypatch.setattr(pattern_store, "_used", set())
    monkeypatch.setattr(pattern_store, "_dirty", True)  # (so that no exit handler is added for this test)
    return tmp_path


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A store written by one run over the notices, and what that run extracted."""
    directory = tmp_path_factory.mktemp("store")
    return directory, _run(directory)


def _store_file(directory: Path) -> Path:
    (path,) = directory.glob("patterns-*.marshal")
    return path


def test_every_stored_pattern_is_the_pattern_compiled_afresh(
    stored: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stamp, entries, _rewrites = marshal.loads(_store_file(stored[0]).read_bytes())
    assert len(entries) > 200
    for pattern, flags in entries:
        monkeypatch.setattr(pattern_store, "_entries", dict(entries))
        from_store = pattern_store.compiled(pattern, flags)
        monkeypatch.setattr(pattern_store, "_entries", {})  # nothing stored: compiled as it was the first time
        afresh = compile_shared(pattern, flags)
        assert from_store == afresh  # (a compiled pattern's equality compares its flags and its code)
        assert (from_store.groups, from_store.groupindex) == (afresh.groups, afresh.groupindex)


def test_a_run_with_a_warm_store_extracts_what_a_run_without_one_does(stored: tuple[Path, str]) -> None:
    assert _run(stored[0]) == _run("") == stored[1]


def test_a_run_with_a_warm_store_compiles_nothing_new(stored: tuple[Path, str]) -> None:
    before = _store_file(stored[0]).read_bytes()
    _run(stored[0])
    assert _store_file(stored[0]).read_bytes() == before  # written only when something was compiled


def test_a_damaged_store_is_ignored_and_written_afresh(stored: tuple[Path, str], tmp_path: Path) -> None:
    path = tmp_path / _store_file(stored[0]).name
    path.write_bytes(b"\x00garbage" * 100)
    assert _run(tmp_path) == stored[1]
    stamp, entries, _rewrites = marshal.loads(path.read_bytes())
    assert len(entries) > 200


def test_a_store_that_cannot_be_written_is_no_error(stored: tuple[Path, str], tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    assert _run(blocked / "store") == stored[1]


def test_an_empty_cache_dir_keeps_nothing(stored: tuple[Path, str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert _run("", home=home) == stored[1]
    assert not list(home.rglob("*"))


def test_by_default_the_store_is_in_the_users_cache(tmp_path: Path) -> None:
    _run(None, home=tmp_path)
    assert list((tmp_path / ".cache" / "rectification-extractor").glob("patterns-*.marshal"))


def test_a_store_from_another_python_or_source_is_not_read(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = "整改(?:到位|完成)"
    compile_shared(pattern)
    pattern_store.save()
    path = pattern_store.cache_file()
    assert path is not None
    stamp, entries, rewrites = marshal.loads(path.read_bytes())
    for written in (stamp, ("another build", *stamp[1:])):
        path.write_bytes(marshal.dumps((written, entries, rewrites)))
        monkeypatch.setattr(pattern_store, "_entries", None)
        found = pattern_store.compiled(pattern, 0)
        assert (found is not None) == (written == stamp)


def test_a_code_the_engine_refuses_is_compiled_afresh(fresh_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = "整改(?:到位|完成)"
    monkeypatch.setattr(
        pattern_store, "_entries", {(pattern, 0): (int(re.UNICODE), b"\xff\xff\xff\xff", 0, {}, (None,))}
    )
    assert pattern_store.compiled(pattern, 0) is None
    assert compile_shared(pattern).search("已整改到位").group() == "整改到位"


def test_a_rewrite_is_kept_beside_the_compiles(fresh_store: Path) -> None:
    pattern_store.remember_rewrite("skip", "已完成|正在整改", 0, "(?:已完成|正在整改)")
    pattern_store.save()
    pattern_store._rewritten.clear()
    pattern_store._entries = None
    assert pattern_store.rewritten("skip", "已完成|正在整改", 0) == "(?:已完成|正在整改)"


def test_runs_that_write_the_store_at_once_leave_a_whole_one(stored: tuple[Path, str], tmp_path: Path) -> None:
    environment = {**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-c", EXTRACT_ALL, *map(str, NOTICES)]
    runs = [subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    assert [run.communicate()[0] for run in runs] == [stored[1]] * 3
    _stamp, entries, _rewrites = marshal.loads(_store_file(tmp_path).read_bytes())
    assert len(entries) > 200
    assert not list(tmp_path.glob("*.tmp"))
