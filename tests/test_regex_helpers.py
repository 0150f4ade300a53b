"""The helpers that make the rules' patterns cheaper must never change what they match: a faster
form of a pattern finds the same matches, and a prefilter never turns away a line the pattern takes."""

from __future__ import annotations

import importlib
import random
import re
import re._constants
import re._parser
from pathlib import Path

import pytest

from extractor.fields import accountability, report, status
from extractor.fields.dates import _has_lost_digits
from extractor.lazy_re import (
    SPACES,
    LazyPattern,
    _lookahead_class,
    by_opening,
    compile_shared,
    finditer_past_start,
    longest_of,
    opener_dispatch,
    opener_test,
    skip_ahead,
)
from extractor.segment.fold import _TABLE, _rare_han_as_common, fold
from extractor.vocab import furniture
from extractor.vocab import report as report_vocab
from extractor.vocab.headings import MARKERS, UNNUMBERED_HEADING, WEAK_NUM, YEAR_AFTER
from extractor.vocab.people import ACTIONS, NAME, ROLE_ENDS, ROLE_PAIR_ENDS, ROLE_WORDS
from extractor.vocab.traditional import TABLE as TRADITIONAL

ROOT = Path(__file__).resolve().parent.parent
# Every line of every labelled set, folded as the rules see them.
LINES = sorted(
    {
        fold(line.strip())
        for path in ROOT.glob("gold*/docs/*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    | {
        "1)理论学习不深入",
        "关于“理论学习不深入”问题的整改情况",
        "第一个问题：理论学习不深入",
        "第一,理论学习不深入。整改情况:已完成。",
        "其一,理论学习不深入。整改情况:已完成。",
        "⑴理论学习不深入。整改情况:已完成。",
        "⒈理论学习不深入。整改情况:已完成。",
        "Ⅰ.理论学习不深入。整改情况:已完成。",
        "第1项:县城污水处理厂进水浓度偏低。",
    }  # forms no labelled set has
)


def _random_texts(alphabet: str, count: int = 3000) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_longest_of_finds_what_the_alternation_longest_first_finds() -> None:
    words = sorted(ACTIONS, key=len, reverse=True)
    alternation = re.compile("|".join(map(re.escape, words)))
    tree = re.compile(longest_of(words))
    for text in _random_texts("".join(set("".join(words))) + "对其。"):
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in alternation.finditer(text)], text


def test_longest_of_takes_a_word_that_is_the_prefix_of_another_when_the_longer_one_fails() -> None:
    pattern = re.compile(longest_of(["记大过处分", "记大过", "记过"]))
    assert [m.group() for m in pattern.finditer("给予记大过处理，记过，记大过处分")] == ["记大过", "记过", "记大过处分"]


def test_skip_ahead_keeps_every_match_of_a_pattern_without_a_literal_opening() -> None:
    source = r"(?:已经?)?完成(?:整改)?|正在(?:整改|推进)中?|基本完成"
    plain, skipping = re.compile(source), re.compile(skip_ahead(source))
    assert skipping.pattern != plain.pattern
    for text in _random_texts("已经完成整改正在推进中基本的。"):
        assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize(
    "source",
    [
        r"(?:已经?)?完成(?:整改)?|正在(?:整改|推进)中?|基本完成|完成",
        r"(?:已经?)??完成(?:整改)?|(?:正在|尚在)?推进中|已(?=完)|(?:已|正在)[^。]{0,3}?完成(?!率)|已",
        status._ANY_PHRASE._pattern,
    ],
    ids=["phrases", "lazy-lookaround", "status-phrases"],
)
def test_by_opening_finds_the_same_match_at_every_position(source: str) -> None:
    grouped = by_opening(source)
    assert grouped != source
    plain, by_first = re.compile(source), re.compile(grouped)
    texts = LINES[:2000] + _random_texts("已经完成整改正在尚推进中基本的。率")
    for text in texts:
        for at in range(len(text) + 1):
            found, expected = by_first.match(text, at), plain.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), (text, at)


@pytest.mark.parametrize(
    "source",
    [r"(完成)|正在推进", r"(?i)a|bc", r"(?m)a$|bc", r"[已正](?:完成|在推进)", r"(?:已经)?|完成", r"\d|已"],
    ids=["group", "ignore-case", "inline-flag", "class-opening", "nullable", "category-opening"],
)
def test_by_opening_leaves_a_pattern_it_cannot_group_as_it_is(source: str) -> None:
    assert by_opening(source) == source


@pytest.mark.parametrize(
    "source",
    [
        r"(?:^|[。；;])[ \t]*([^。；;，,\n]{2,10})[。；;]?[ \t]*\Z",
        r"(?:^|[。，])(?:目前)?(已完成)|(?=该项)(该项[^。]{0,3})",
        r"(?:^|。)(?:完成)?",  # may match empty
        *(pattern.pattern for pattern, _, past_start in status._CLAUSES if past_start is not None),
    ],
    ids=["last", "lookahead", "empty", "subject", "now", "status-last"],
)
def test_finditer_past_start_finds_what_finditer_finds(source: str) -> None:
    plain = re.compile(source)
    past_start = LazyPattern(source, past_start=True)
    texts = LINES[:3000] + _random_texts("目前已完成该项整改。，；;", count=5000)
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_past_start(plain, past_start, text)] == expected, text


def test_a_pattern_opening_with_a_lookahead_finds_the_same_matches_when_the_engine_scans_for_its_class() -> None:
    sources = [
        skip_ahead(r"(?:已经?)?完成(?:整改)?|正在(?:整改|推进)中?|基本完成"),
        skip_ahead(r"(?:(\d{1,2})[.、](?!\d)|\((\d{1,2})\))"),
        r"(?=[^。])(?:[^。]{0,3}?已)?完成",  # a class of nearly every character
        r"(?=完)(?:完成|完)",  # one character
    ]
    alphabet = "已经完成整改正在推进中基本的。12.、()"
    for source in sources:
        assert _lookahead_class(re._parser.parse(source), 0) is not None  # the engine gets a class to scan for
        plain = re.compile(source)
        re.purge()  # compile_shared must compile, not take re's cached pattern
        scanned = compile_shared(source)
        for text in _random_texts(alphabet):
            assert [m.span() for m in scanned.finditer(text)] == [m.span() for m in plain.finditer(text)], text
            assert [m.groups() for m in scanned.finditer(text)] == [m.groups() for m in plain.finditer(text)], text
            assert [m.span() for m in scanned.finditer(text, 2, 20)] == [m.span() for m in plain.finditer(text, 2, 20)]


HEADING_PATTERNS = [p for _, p in MARKERS] + [WEAK_NUM, YEAR_AFTER, UNNUMBERED_HEADING]
FURNITURE_PATTERNS = [furniture.META_ROW, furniture.DATELINE, furniture.COUNTER, furniture.WIDGET_RUN]


@pytest.mark.parametrize("pattern", HEADING_PATTERNS + FURNITURE_PATTERNS, ids=lambda p: p.pattern[:30])
def test_opener_test_never_turns_away_a_labelled_line_the_pattern_matches(pattern: re.Pattern[str]) -> None:
    may_open = opener_test(pattern)
    matched = [line for line in LINES if pattern.match(line)]
    assert matched, "the labelled sets should hold lines of this form"
    assert all(may_open(line) for line in matched)


def test_opener_dispatch_offers_every_heading_form_that_matches_a_line_in_order() -> None:
    candidates = opener_dispatch(MARKERS)
    for line in LINES:
        assert [k for k, p in MARKERS if p.match(line)] == [k for k, p in candidates(line) if p.match(line)], line


def test_opener_dispatch_offers_no_form_a_line_cannot_open() -> None:
    assert [kind for kind, _ in opener_dispatch(MARKERS)("问题1:理论学习不深入")] == ["wt"]


def test_opener_test_turns_away_a_line_of_prose() -> None:
    # (Not one opening with 加 or 设: the widgets 加入收藏 and 设为首页 open a line so.)
    assert not opener_test(*FURNITURE_PATTERNS)("完善选人用人机制，加强干部队伍建设。")
    assert opener_test(*FURNITURE_PATTERNS)("2024-05-03 10:21 发布")


def test_opener_test_lets_every_line_through_when_a_pattern_can_start_with_anything() -> None:
    may_open = opener_test(furniture.COUNTER, re.compile(r"[^。]{2}通报"))
    assert may_open("加强干部队伍建设。") and may_open("")


def test_fold_keeps_the_length_and_folds_width_and_traditional_characters() -> None:
    text = "（一）巡察組反饋：醫院黨委　１２個問題。"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "(一)巡察组反馈:医院党委 12个问题。"


def test_fold_reads_a_han_character_outside_the_basic_block_as_a_basic_one_and_keeps_the_length() -> None:
    text = "湖㳇镇党委、䢺水村、𬌗"
    folded = fold(text)
    assert len(folded) == len(text)
    assert re.fullmatch(r"[\u4e00-\u9fff]+镇党委、[\u4e00-\u9fff]+村、[\u4e00-\u9fff]", folded)


def test_fold_reads_the_straight_quotes_a_line_pairs_as_curly_ones() -> None:
    assert fold('1.关于"三重一大"制度和"4111"专班。') == "1.关于“三重一大”制度和“4111”专班。"


def test_fold_leaves_a_line_whose_straight_quotes_do_not_pair() -> None:
    text = '1."学习不深入。\n整改情况"已完成"。'
    assert fold(text) == '1."学习不深入。\n整改情况“已完成”。'


def test_fold_of_a_reprint_with_many_distinct_traditional_characters_equals_one_translation() -> None:
    alphabet = "".join(chr(code) for code in TRADITIONAL) + "的一是在整改（），"
    text = "".join(random.Random(3).choice(alphabet) for _ in range(20000))
    # (…where the translation maps a rare character to one outside the basic block, which the view reads as 乀.)
    assert fold(text) == _rare_han_as_common(text.translate(_TABLE))


def test_spaces_lists_every_character_backslash_s_matches() -> None:
    assert SPACES == "".join(chr(code) for code in range(0x110000) if chr(code).isspace())
    assert all(re.fullmatch(r"\s", char) for char in SPACES)


def test_lost_digits_are_found_from_each_day_as_the_pattern_would_find_them() -> None:
    pattern = re.compile(r"\d{3}[ \t]*日")
    for text in _random_texts("12３٣ \t日年月a", count=20000):
        assert _has_lost_digits(text) == (pattern.search(text) is not None), repr(text)


@pytest.mark.parametrize(
    "source",
    [
        report_vocab.LEAD_CHARGED._pattern,
        report_vocab.LEAD_HEAD._pattern,
        report_vocab.ISSUE_COUNT._pattern,
        rf"(?:{ROLE_WORDS})({NAME})",
        r"[^\u4e00-\u9fff]{2,}",
    ],
    ids=["lead-charged", "lead-head", "issue-count", "role-name", "negated-class"],
)
def test_compile_shared_finds_what_re_compile_finds(source: str) -> None:
    re.purge()  # re.compile would otherwise hand back the object compiled before
    shared = compile_shared(source)
    re.purge()
    plain = re.compile(source)
    assert shared is not plain
    assert all([m.span() for m in shared.finditer(line)] == [m.span() for m in plain.finditer(line)] for line in LINES)


def test_compile_shared_leaves_python_s_regex_compiler_as_it_found_it() -> None:
    compiler = importlib.import_module("re._compiler")
    before = compiler._optimize_charset
    compile_shared(r"[\u4e00-\u9fff]+(?:组|委)")
    assert compiler._optimize_charset is before


def test_compile_shared_does_not_share_a_class_whose_pattern_ignores_case() -> None:
    compile_shared("[a-z]+")
    assert compile_shared("[a-z]+", re.IGNORECASE).fullmatch("Audit")


def test_the_lookahead_before_a_named_role_turns_away_no_match() -> None:
    """`accountability._PERSON` opens with a quick look for a role word's last character then a surname,
    within the 18 characters a role can take: every role word ends in `ROLE_ENDS` (or is one of `ROLE_PAIR_ENDS`)
    and is at most 4 long."""
    parsed = re._parser.parse(ROLE_WORDS)
    assert parsed.getwidth()[1] == 4
    (branch,) = parsed.data
    for alternative in branch[1][1]:
        op, code = alternative.data[-1]
        assert op is re._constants.LITERAL, alternative
        last_two = "".join(chr(c) for o, c in alternative.data[-2:] if o is re._constants.LITERAL)
        assert chr(code) in ROLE_ENDS or last_two in ROLE_PAIR_ENDS, alternative
    looked_ahead = accountability._PERSON
    looked_ahead.search("")
    plain = re.compile(looked_ahead.pattern[looked_ahead.pattern.index("(?P<role>") :])
    texts = LINES + _random_texts("村党支部书记张某某主任李强委员会长王五干部（）、对进行约谈", count=5000)
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in looked_ahead.finditer(text)] == expected, text


def test_sentences_up_to_a_date_are_those_the_alternation_finds() -> None:
    """`report._UP_TO` splits 至此|截至|截止 into two patterns with a literal opening; the sentences found
    from their matches are those `re.split` gives that hold a match of the alternation."""
    alternation = re.compile(r"至此|截至|截止")
    for text in _random_texts("截至止此。；\n问题", count=5000):
        expected = [s for s in re.split(r"[。；;\n]", text) if alternation.search(s)]
        assert report._sentences_with(text, report._UP_TO) == expected, text
