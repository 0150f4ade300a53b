"""Issue 9, batch inputs: odd names, links, unreadable directories and repeated ids are all reported,
one input each, and nothing outside the inputs is read (items 1, 6, 10, 12)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from extractor.load.inputs import collect

GOLD_FILES = sorted((Path(__file__).resolve().parent.parent / "gold" / "docs").glob("*.txt"))


def test_a_file_name_that_is_not_utf8_becomes_a_source_json_can_hold(tmp_path: Path) -> None:
    directory = tmp_path / "d"
    directory.mkdir()
    shutil.copy(GOLD_FILES[0], os.fsencode(directory) + b"/bad\xff.txt")
    (item,) = collect([str(directory)])
    assert item.source == str(directory / "bad\\xff.txt")
    assert Path(item.path).read_bytes() == GOLD_FILES[0].read_bytes()
    json.dumps(item.source).encode("utf-8")


def test_a_table_id_holding_a_lone_surrogate_becomes_a_source_json_can_hold(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text('{"id": "s\\ud800", "text": "通报"}\n', encoding="utf-8")
    (item,) = collect([str(table)])
    assert item.source == f"{table}#s\\ud800"


def test_rows_with_the_same_id_get_one_source_each(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text("".join(json.dumps({"id": "dup", "text": t}) + "\n" for t in ("一", "二", "三")), encoding="utf-8")
    assert [i.source for i in collect([str(table)])] == [f"{table}#dup", f"{table}#dup#1", f"{table}#dup#2"]


def looped(root: Path) -> Path:
    """d/a.txt with d/loop -> . and d/up -> .. (two link loops)."""
    root.mkdir()
    shutil.copy(GOLD_FILES[0], root / "a.txt")
    (root / "loop").symlink_to(".")
    (root / "up").symlink_to("..")
    return root


def test_a_recursive_glob_does_not_follow_link_loops(tmp_path: Path) -> None:
    root = looped(tmp_path / "d")
    assert [i.path for i in collect([str(root / "**" / "*.txt")])] == [str(root / "a.txt")]


def test_a_directory_walk_does_not_follow_link_loops(tmp_path: Path) -> None:
    root = looped(tmp_path / "d")
    assert [i.path for i in collect([str(root)])] == [str(root / "a.txt")]


def test_a_relative_recursive_glob_matches_like_glob(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    for name in ("a.txt", "x/b.txt", "x/y/c.txt", "x/y/d.pdf"):
        (tmp_path / name).write_text("t", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [i.path for i in collect(["**/*.txt"])] == ["a.txt", "x/b.txt", "x/y/c.txt"]
    assert [i.path for i in collect(["x/**/*.txt"])] == ["x/b.txt", "x/y/c.txt"]


@pytest.mark.parametrize("how", ["glob", "directory"])
def test_a_link_to_a_file_outside_the_search_is_reported_not_read(tmp_path: Path, how: str) -> None:
    root = tmp_path / "d"
    root.mkdir()
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (item,) = collect([str(root / "*.txt") if how == "glob" else str(root)])
    assert item.path is None and "links to /etc/passwd, outside" in item.error


def test_a_link_to_a_file_inside_the_search_is_read(tmp_path: Path) -> None:
    root = tmp_path / "d"
    root.mkdir()
    shutil.copy(GOLD_FILES[0], root / "a.txt")
    (root / "b.txt").symlink_to("a.txt")
    assert [i.path for i in collect([str(root)])] == [str(root / "a.txt"), str(root / "b.txt")]


def test_an_unreadable_subdirectory_is_an_input_that_fails(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "d"
    (root / "locked").mkdir(parents=True)
    shutil.copy(GOLD_FILES[0], root / "a.txt")
    real = os.scandir

    def scandir(path=".", *args):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)  # chmod 000 does not stop root, who runs CI
    items = collect([str(root)])
    assert [(i.path, i.error) for i in items] == [
        (str(root / "a.txt"), None),
        (None, f"cannot read directory {root / 'locked'}: Permission denied"),
    ]
