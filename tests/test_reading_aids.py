"""A reprint that sets pinyin after some characters (縣(xiàn)委, 問(wèn)題), or a PDF's text that sets spaces around its
digits (于 2023 年 3 月 5 日), gives the issues of the clean notice, in the copy's own characters: values verbatim,
spans indexing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_copies_of_real_pages import as_pdf_spaced, closed_up

import extractor
from extractor.load.reading_aids import read_past_notes
from extractor.vocab.traditional import PINYIN_NOTE

ROOT = Path(__file__).resolve().parent.parent
REAL = ["gold/docs/001_c5853bb1bbc4a49d.txt", "gold_real7/docs/r01.txt", "gold_real6/docs/n12.txt"]
_PINYIN = {"县": "县(xiàn)", "問": "問(wèn)", "问": "问(wèn)", "题": "题(tí)", "况": "况(kuàng)", "进": "进(jìn)"}


def as_annotated(text: str) -> str:
    return "".join(_PINYIN.get(character, character) for character in text)


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_an_annotated_reprint_gives_the_issues_of_the_clean_notice(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    clean = [(i.problem, i.status, i.path) for i in extractor.extract(text).issues]
    assert clean
    annotated = extractor.extract(as_annotated(text)).issues
    assert [(PINYIN_NOTE.sub("", i.problem), i.status, i.path) for i in annotated] == clean


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_an_annotated_reprints_values_and_spans_are_its_own(path: str) -> None:
    text = as_annotated((ROOT / path).read_text(encoding="utf-8"))
    for issue in extractor.extract(text).issues:
        assert issue.problem in text
        assert issue.span is not None and issue.problem in text[issue.span[0] : issue.span[1]]


def test_the_notice_facts_keep_the_pinyin_the_reprint_writes() -> None:
    text = (
        "中共安平縣(xiàn)住房和城鄉(xiāng)建設局黨組關(guān)於巡察整改進(jìn)展情況的通報\n"
        "根據縣(xiàn)委統一部署，縣(xiàn)委第一巡察組對縣住建局黨組開展了巡察。現將整改情況予以公布。\n"
    )
    report = extractor.extract(text).report
    assert report.issuer == "中共安平縣(xiàn)住房和城鄉(xiāng)建設局黨組"
    assert report.inspection_team == "縣(xiàn)委第一巡察組"


def test_a_text_with_a_lone_bracketed_syllable_is_not_read_as_annotated() -> None:
    assert read_past_notes("第三方(ā)评估。整改情况：已完成。") is None


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_a_pdf_text_spaced_around_its_digits_gives_the_issues_of_the_notice(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    clean = [(i.problem, i.status, i.path) for i in extractor.extract(text).issues]
    spaced = extractor.extract(as_pdf_spaced(text)).issues
    assert [(closed_up(i.problem), i.status, i.path) for i in spaced] == clean


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_a_pdf_text_spaced_around_its_digits_keeps_its_spaces_in_values_and_spans(path: str) -> None:
    text = as_pdf_spaced((ROOT / path).read_text(encoding="utf-8"))
    for issue in extractor.extract(text).issues:
        assert issue.span is not None and issue.problem in text[issue.span[0] : issue.span[1]]


def test_a_pdf_text_spaced_around_its_digits_gives_its_team_dates_and_count() -> None:
    text = (
        "中共某某县水利局党组关于巡察整改进展情况的通报\n"
        "根据县委统一部署， 2024 年 3 月 5 日至 4 月 30 日，县委第 3 巡察组对县水利局党组进行了巡察，"
        "并于 2024 年 6 月 12 日反馈了巡察意见，指出问题 12 个。现将整改情况予以公布。\n"
    )
    report = extractor.extract(text).report
    assert (report.inspection_team, report.declared_issue_count) == ("县委第 3 巡察组", 12)
    assert (str(report.inspection_start), str(report.inspection_end), str(report.feedback_date)) == (
        "2024-03-05",
        "2024-04-30",
        "2024-06-12",
    )


def test_a_page_with_a_few_spaces_by_its_digits_among_many_closed_up_is_read_as_written() -> None:
    # (A page that lost its line breaks parts its fields with a space: "…予以公示 2023年5月6日 来源：…".)
    text = "中共某某县委巡察办关于2023年第3轮巡察整改情况的公示 2023年5月6日 来源：某某县 2023年第1轮至第2轮"
    assert read_past_notes(text) is None


def test_the_days_a_list_of_links_sets_after_its_titles_are_no_pdf_spacing() -> None:
    listed = (
        "县委第一巡察组向县水利局党组反馈巡察情况 05-06\n中共某某县卫生健康局党组关于巡察整改进展情况的通报 04-01\n"
    )
    assert read_past_notes(listed + "十四届县委第五轮巡察完成反馈 2025-03-15\n根据县委统一部署，开展了巡察。\n") is None
