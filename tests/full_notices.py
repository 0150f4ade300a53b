"""Full-length notices made of real parts: a real page opening (its furniture, preamble and the section
on how the rectification was organised, up to its last complete paragraph) followed by the findings
of a real notice in gold/, under the heading real notices put there, or numbered on after the organisation
section as top-level groups of their own. The findings' labels are the gold file's, so the notice's issues
must be exactly those: nothing from the organisation section."""

from __future__ import annotations

import re
from pathlib import Path

from extractor.models import Extraction

ROOT = Path(__file__).resolve().parent.parent
# Real openings that stop inside their preamble or organisation section (no finding of their own), from
# every real set: each set was added after the rules it now tests were written.
OPENINGS = (
    *("h14", "h16", "h17", "h18", "h19", "a01", "a06", "a11", "a14"),
    *("a02", "a03", "a04", "a08", "a09", "a10", "a12", "a13", "a15", "a16", "b01", "b05", "b09", "b11", "b12"),
    *("c01", "c03", "c10", "c11", "c12", "c16"),
    *("d02", "d03", "d05", "d06", "d09", "d11", "d12", "d13", "d14", "e01", "e04", "e05", "e08", "e12"),
    *("f01", "f02", "f05", "f06", "f07", "f08", "g03", "g06", "g07", "g08"),
    *("k01", "k03", "k07", "k08", "k11", "m02", "m06", "m07", "m08", "m09", "m10", "m11"),
    *("n01", "n03", "n05", "n06", "n07", "n08", "n10", "p01", "p05", "p06", "p07", "p08"),
    *("q01", "q02", "q03", "q04", "q05", "q09", "s01", "s03", "s04", "s06", "s08", "s09", "s11", "s12"),
    *("t03", "t06", "u01", "u02", "u03", "u04", "u06", "u07"),
    *("v01", "v02", "v03", "v04", "v06", "v07", "v08", "v09", "v11"),
    *("w01", "w05", "w06", "w08", "w11", "w17", "w19", "w22", "w23", "w30", "w31", "w33", "w34", "w37", "w38", "w70"),
    *(
        "w74",
        "w75",
        "w76",
        "w77",
        "w78",
        "w91",
        "w92",
        "w93",
        "w94",
        "w95",
        "w99",
        "w101",
        "w103",
        "w104",
        "w105",
        "w106",
    ),
    # …and every later real opening labelled with no finding that the copy's end cuts before one (the openings whose
    # last whole paragraph already opens the findings, or declares every problem done, are left out).
    *("a07", "b04", "b06", "h06", "h07", "h08", "h09", "h10", "h11", "h12", "h13", "h15", "v05", "w102", "w107", "w21"),
    *("w25", "w36", "w39", "w43", "w56", "y01", "y02", "y03", "y04", "y05", "y11", "y14", "y15", "y16", "y17", "y18"),
    *("y19", "y20", "y22", "z02", "z04", "z05", "x01", "x03", "x05", "x07", "j04", "j09", "j10", "j11", "j13", "l01"),
    *("i02", "i03", "i04", "i05", "i08", "i09", "i10", "i12", "i13", "i14", "i24", "i28", "c04", "c07", "c15", "c17"),
    *("i31", "i32", "i35", "i36", "i37", "i39", "i40", "i43", "i44", "i45", "i46", "i47", "i50", "i51", "i52", "i53"),
    *("i54", "i57", "i58", "i59", "i60", "i61", "i62", "i64", "i65", "i66", "i67", "i69", "i70", "i72", "i73", "i74"),
    *(
        "i75",
        "i76",
        "i77",
        "i78",
        "i79",
        "i80",
        "i81",
        "i82",
        "i85",
        "aa01",
        "aa02",
        "aa03",
        "ab06",
        "e02",
        "e09",
        "p02",
        "ac01",
        "ae01",
        "ae02",
        "ae03",
        "ae04",
        "ae06",
        "ae07",
        "ah02",
        "ah03",
        "ah04",
        "ah05",
        *("aj01", "aj02", "aj03", "aj04", "aj05", "aj06", "aj07", "aj08", "aj09", "ak01", "ak02", "ak04"),
        *("al01", "al02", "al03", "al04", "al07"),
        *("ap03", "ap04", "ap07", "ap10", "ap11", "aq01", "aq02", "aq03", "aq04", "ar02", "ar05", "ar09"),
        *("as01", "au04", "au05", "au06", "au10", "av01", "av04", "av05", "aw01", "aw03", "aw10", "bb01"),
    ),
)
REAL_SETS = ("gold_real", *(f"gold_real{n}" for n in range(2, 42)))  # (every real set: gold_real … gold_real41)
# Where each real notice's findings begin, and how its top level is written under a 二、 section:
# a findings body whose groups are 一、二、 takes （一）（二） there, as real notices number them.
BODIES = {
    "000_25518d0931de2d4e": ("一、执行上级决策部署", True),
    "001_c5853bb1bbc4a49d": ("第一方面问题", False),
    "003_a20466f7e021ca68": ("巡察整改落实方面", False),
    "002_f8e588f7094716c5": ("一、关于“政治站位不够高", True),
}
FINDINGS_HEADING = "二、巡察反馈问题整改落实情况"
# Real notices whose findings' groups are top-level sections of their own (一、组织纪律方面 / 二、群众纪律方面 …): after an
# opening with its organisation section, as many notices set them, they go on at 二、 (三、, 四、 …), no heading above.
SIBLING_BODIES = {"004_e2a1d9105bc8cd63": "一、组织纪律方面"}
_CN = "一二三四五六七八九十"


def opening_part(stem: str) -> str:
    """The opening up to its last complete paragraph (stored openings stop mid-sentence)."""
    path = next(p for p in (ROOT / name / "docs" / f"{stem}.txt" for name in REAL_SETS) if p.exists())
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    while lines and not lines[-1].rstrip().endswith("。"):
        lines.pop()
    return "\n".join(lines)


def findings_part(stem: str) -> str:
    marker, renumber = BODIES[stem]
    text = (ROOT / "gold" / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    body = text[text.index(marker) :]
    if renumber:
        body = re.sub(r"(?m)^([一二三四五六七八九十]{1,3})、", r"（\1）", body)
    return body


def full_notice(opening: str, body: str) -> str:
    return f"{opening_part(opening)}\n{FINDINGS_HEADING}\n{findings_part(body)}"


def sibling_notice(opening: str, body: str) -> str:
    """The opening, then the findings' groups numbered on after its organisation section (一、 becomes 二、)."""
    text = (ROOT / "gold" / "docs" / f"{body}.txt").read_text(encoding="utf-8")
    groups = text[text.index(SIBLING_BODIES[body]) :]
    shifted = re.sub(r"(?m)^([一二三四五六七八九])、", lambda m: _CN[_CN.index(m.group(1)) + 1] + "、", groups)
    return f"{opening_part(opening)}\n{shifted}"


def body_gold(stem: str) -> Extraction:
    return Extraction.model_validate_json((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
