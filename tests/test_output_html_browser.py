"""The html review page in a real headless Chromium: highlights counted, an issue clicked, a screenshot taken.

The page clicks the issue named in its URL fragment on load (`#click=3`, `#doc=2&click=5`) and records
the result in the DOM, so `--dump-dom` shows what a click did. Skipped only when Chromium is not
installed (.ci/run installs the Debian package).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

import extractor
from extractor.load import load_path
from extractor.output.html import render_html, to_html

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"
NOTICE = GOLD / "002_f8e588f7094716c5.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")


def chromium(tmp_path: Path, *arguments: str) -> str:
    profile = tmp_path / "profile"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",
        *arguments,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def dom_after(tmp_path: Path, page: Path, fragment: str) -> str:
    return chromium(tmp_path, "--dump-dom", page.as_uri() + fragment)


def attribute(tag: str, name: str) -> str | None:
    match = re.search(rf'\b{name}="([^"]*)"', tag)
    return match.group(1) if match else None


@pytest.fixture(scope="module")
def notice() -> extractor.Extraction:
    return extractor.extract(NOTICE)


@pytest.fixture()
def single_page(tmp_path: Path, notice) -> Path:
    path = tmp_path / "review.html"
    path.write_text(render_html(notice, load_path(NOTICE)), encoding="utf-8")
    return path


def test_highlight_count_equals_issue_count_in_the_browser(tmp_path: Path, single_page: Path, notice) -> None:
    dom = dom_after(tmp_path, single_page, "")
    section = re.search(r'<section[^>]*id="doc-1"[^>]*>', dom).group(0)
    assert attribute(section, "data-highlights") == str(len(notice.issues))
    assert 'data-ready="1"' in dom


def test_clicking_an_issue_selects_its_row_and_its_highlight(tmp_path: Path, single_page: Path) -> None:
    dom = dom_after(tmp_path, single_page, "#click=3")
    output = re.search(r'<output[^>]*id="selected"[^>]*>', dom).group(0)
    assert (attribute(output, "data-doc"), attribute(output, "data-issue")) == ("1", "3")
    row = re.search(r'<tr[^>]*data-issue="3"[^>]*>', dom).group(0)
    assert "selected" in attribute(row, "class")
    selected_marks = [m for m in re.findall(r"<mark[^>]*>", dom) if "selected" in (attribute(m, "class") or "")]
    assert selected_marks and all(attribute(m, "data-issue") == "3" for m in selected_marks)
    assert attribute(output, "data-marks") == str(len(selected_marks))


def test_a_batch_page_opens_the_document_and_issue_named_in_the_url(tmp_path: Path) -> None:
    records = [extractor.extract(path) for path in sorted(GOLD.glob("*.txt"))]
    page = tmp_path / "batch.html"
    page.write_text(to_html(records), encoding="utf-8")
    dom = dom_after(tmp_path, page, "#doc=2&click=5")
    sections = {attribute(s, "id"): s for s in re.findall(r"<section[^>]*>", dom)}
    assert "active" in attribute(sections["doc-2"], "class")
    assert "active" not in attribute(sections["doc-1"], "class")
    for number, record in enumerate(records, 1):
        assert attribute(sections[f"doc-{number}"], "data-highlights") == str(len(record.issues))
    output = re.search(r'<output[^>]*id="selected"[^>]*>', dom).group(0)
    assert (attribute(output, "data-doc"), attribute(output, "data-issue")) == ("2", "5")


def test_a_screenshot_of_the_clicked_page_is_taken(tmp_path: Path, single_page: Path) -> None:
    shot = tmp_path / "review.png"
    chromium(
        tmp_path,
        f"--screenshot={shot}",
        "--window-size=1280,800",
        "--hide-scrollbars",
        single_page.as_uri() + "#click=3",
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 800)
