"""Corrections in the review page, in a real headless Chromium driven through the DevTools protocol.

A reviewer deletes, adds and edits issues and report fields; the corrections survive a reload; the
export is a gold file that `python -m eval` scores the extractor against. Skipped only when Chromium
is not installed (.ci/run installs the Debian package); nothing downloads a browser.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import extractor
from extractor.load import load_path
from extractor.models import Extraction
from extractor.output.html import render_html, to_html

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "docs"
NOTICE = GOLD / "002_f8e588f7094716c5.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")


@pytest.fixture(scope="module")
def notice() -> Extraction:
    return extractor.extract(NOTICE)


@pytest.fixture(scope="module")
def pages(tmp_path_factory, notice) -> Iterator[dict[str, str]]:
    """The pages' addresses on a loopback server this module starts. (Not file:// addresses: Chromium keeps the
    localStorage of file:// pages unreliably across a reload, about one run in four lost every correction.)"""
    folder = tmp_path_factory.mktemp("pages")
    (folder / "review.html").write_text(render_html(notice, load_path(NOTICE)), encoding="utf-8")
    batch = to_html([extractor.extract(p) for p in sorted(GOLD.glob("*.txt"))[:3]])
    (folder / "batch.html").write_text(batch, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}"
    yield {"single": f"{root}/review.html", "batch": f"{root}/batch.html", "folder": str(folder), "root": root}
    server.shutdown()
    server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        pass


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from cdp import Chromium

    folder = tmp_path_factory.mktemp("chromium")
    (folder / "downloads").mkdir()
    chromium = Chromium(CHROMIUM, folder / "profile", folder / "downloads")
    yield chromium
    chromium.close()


@pytest.fixture()
def page(browser, pages):
    """The single-notice page, with no corrections stored and a reviewer named."""
    browser.open(pages["single"])
    browser.js("localStorage.clear()")
    browser.reload()
    browser.type_into("#reviewer", "王审阅")
    return browser


def rows(browser, doc: int = 1) -> list[dict]:
    return browser.js(f"""Array.from(document.querySelectorAll('#doc-{doc} tbody tr')).map(function (r) {{
        return {{n: r.dataset.issue, cls: r.className.replace(/\\s*selected/, ''), text: r.innerText}}; }})""")


def export(browser, button: str = "#doc-1 [data-act=export]") -> tuple[str, object]:
    browser.click(button)
    try:
        name, content = browser.download()
    except TimeoutError as exc:
        said = browser.js("document.getElementById('review-status').textContent")
        raise AssertionError(f"{exc}; the page said {said!r}") from None
    return name, json.loads(content)


def test_a_deleted_issue_is_struck_out_and_stays_deleted_after_a_reload(page) -> None:
    page.click("#doc-1 tr[data-issue='3']")
    page.click("#doc-1 .editor [data-act=delete]")
    page.reload()
    assert rows(page)[2]["cls"] == "deleted"
    assert page.js("document.querySelectorAll('#doc-1 mark[data-issue=\"3\"]').length") == 0


def test_a_missed_issue_is_added_from_the_text_selected_in_the_source_pane(page, notice) -> None:
    before = len(rows(page))
    assert page.select_text(1, "现将巡察整改情况予以公布") == "现将巡察整改情况予以公布"
    page.click("#doc-1 [data-act=add]")
    added = [r for r in rows(page) if r["cls"] == "added"]
    assert len(rows(page)) == before + 1 and len(added) == 1 and "现将巡察整改情况予以公布" in added[0]["text"]
    _, gold = export(page)
    text = load_path(NOTICE)
    issue = next(i for i in gold["issues"] if i["problem"] == "现将巡察整改情况予以公布")
    assert text[issue["span"][0] : issue["span"][1]] == "现将巡察整改情况予以公布"


def test_moving_a_problem_to_the_selection_changes_its_boundaries(page, notice) -> None:
    shorter = notice.issues[0].problem[:20]
    page.click("#doc-1 tr[data-issue='1']")
    page.select_text(1, shorter)
    page.click("#doc-1 .editor [data-act=move]")
    _, gold = export(page)
    assert gold["issues"][0]["problem"] == shorter
    assert page.js("document.querySelector('#doc-1 tr[data-issue=\"1\"]').className").startswith("corrected")


def test_status_category_and_accountability_edits_mark_the_row_corrected(page) -> None:
    page.click("#doc-1 tr[data-issue='2']")
    page.choose("#doc-1 .editor select[name=status]", "in_progress")
    page.type_into("#doc-1 .editor input[name=status_text]", "正在整改中")
    page.type_into("#doc-1 .editor input[name=category]", "改过的类别")
    page.type_into("#doc-1 .editor textarea[name=accountability]", "张某某｜支部书记｜约谈")
    page.reload()
    row = rows(page)[1]
    assert row["cls"] == "corrected" and "张某某（支部书记）：约谈" in row["text"] and "整改中" in row["text"]
    _, gold = export(page)
    issue = gold["issues"][1]
    assert (issue["status"], issue["status_text"], issue["category"]) == ("in_progress", "正在整改中", "改过的类别")
    assert issue["accountability"] == [{"person": "张某某", "role": "支部书记", "action": "约谈"}]


def test_a_corrected_report_field_is_marked_and_exported(page) -> None:
    page.js("document.querySelector('#doc-1 details.about').open = true")
    page.type_into("#doc-1 .report-form input[name=declared_issue_count]", "29")
    page.type_into("#doc-1 .report-form input[name=lead_official]", "李某")
    page.reload()
    assert (
        page.js("document.querySelector('#doc-1 .report-form label[data-key=lead_official]').className") == "corrected"
    )
    _, gold = export(page)
    assert (gold["report"]["declared_issue_count"], gold["report"]["lead_official"]) == (29, "李某")
    assert sorted(gold["meta"]["corrections"]["report_fields"]) == ["declared_issue_count", "lead_official"]


def test_an_export_is_a_gold_file_with_the_reviewer_date_and_text(page, notice) -> None:
    name, gold = export(page)
    assert name == "002_f8e588f7094716c5.gold.json"
    extraction = Extraction.model_validate(gold)
    assert extraction.meta["reviewer"] == "王审阅" and extraction.meta["labelled_by"] == "review"
    assert extraction.meta["text"] == load_path(NOTICE) and len(extraction.meta["reviewed_on"]) == 10
    assert [i.problem for i in extraction.issues] == [i.problem for i in notice.issues]
    assert all(i.measures == [] and i.documents == [] for i in extraction.issues)


def test_an_export_without_a_reviewer_is_refused(page) -> None:
    page.type_into("#reviewer", "")
    page.click("#doc-1 [data-act=export]")
    assert page.js("document.getElementById('review-status').textContent") == "请先填写审阅人"


def test_the_eval_scores_the_extractor_against_the_reviewers_export(page, notice, tmp_path: Path) -> None:
    page.click("#doc-1 tr[data-issue='4']")
    page.click("#doc-1 .editor [data-act=delete]")  # a hallucination
    page.select_text(1, "现将巡察整改情况予以公布")
    page.click("#doc-1 [data-act=add]")  # a miss
    page.click("#doc-1 tr[data-issue='6']")
    status = "long_term" if notice.issues[5].status != "long_term" else "completed"
    page.choose("#doc-1 .editor select[name=status]", status)  # one status wrong
    page.reload()
    _, gold = export(page)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "reviewed.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "eval",
        "--gold",
        str(tmp_path / "gold"),
        "--systems",
        "rules",
        "--runs-dir",
        str(tmp_path / "runs"),
        "--resamples",
        "20",
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert "reviewed by 王审阅" in result.stdout
    metrics = json.loads(next((tmp_path / "runs").glob("*/summary.json")).read_text())["systems"][0]["metrics"]
    n = len(notice.issues)
    assert (metrics["issues"]["gold"], metrics["issues"]["predicted"], metrics["issues"]["matched"]) == (n, n, n - 1)
    assert metrics["issues"]["precision"] == pytest.approx((n - 1) / n)
    assert metrics["status"]["accuracy"] == pytest.approx((n - 2) / (n - 1))


def test_a_batch_page_exports_every_document_in_one_file(browser, pages) -> None:
    browser.open(pages["batch"])
    browser.js("localStorage.clear()")
    browser.reload()
    browser.type_into("#reviewer", "王审阅")
    browser.click("#doclist a[data-doc='2']")
    browser.click("#doc-2 tr[data-issue='1']")
    browser.click("#doc-2 .editor [data-act=delete]")
    name, documents = export(browser, "[data-act=export-all]")
    assert name.startswith("review-export-") and len(documents) == 3
    originals = [extractor.extract(p) for p in sorted(GOLD.glob("*.txt"))[:3]]
    assert [len(d["issues"]) for d in documents] == [
        len(originals[0].issues),
        len(originals[1].issues) - 1,
        len(originals[2].issues),
    ]
    assert browser.js("document.querySelector('#doclist a[data-doc=\"2\"] .count').textContent").startswith("✎")


def test_the_accountability_column_of_the_batch_page_is_wide_enough_to_read(browser, pages) -> None:
    browser.open(pages["batch"])
    width = browser.js("document.querySelector('#doc-1 th.who').getBoundingClientRect().width")
    font = browser.js("parseFloat(getComputedStyle(document.querySelector('#doc-1 td.who')).fontSize)")
    assert width >= 8 * font


def test_hostile_notice_strings_stay_text_in_the_page(browser, pages) -> None:
    problem = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    text = f"一、{problem}\n整改情况：已完成。"
    record = extractor.extract(text).model_copy(update={"source": "</script><b onmouseover=alert(1)>.txt"})
    page = Path(pages["folder"]) / "hostile.html"
    page.write_text(to_html([record, record], {record.source: text}), encoding="utf-8")
    browser.open(f"{pages['root']}/hostile.html")
    assert browser.js("window.pwned === undefined && document.querySelectorAll('img, b').length === 0")
    assert browser.js("document.querySelector('#doc-1 .text pre').textContent") == text
