"""China's provinces, prefectures and counties by name (the table is `places.txt`), to find the places
a notice names: "市审计局" in a notice that speaks of 瑞金市 is 瑞金市审计局.

A name is only taken as a place where it cannot be a common word: names of two characters (和县 in
"市委和县委", 城区, 郊区) and the few longer ones that are also words (`ALSO_WORDS`) are left out.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import NamedTuple

# Division names that are also everyday words of a notice ("老城区排水整治", "新城区建设").
ALSO_WORDS = frozenset(("老城区", "新城区", "城中区", "城东区", "城西区", "城南区", "城北区", "新市区"))
# The level words a bare body name opens with (市审计局, 区委宣传部, 县融媒体中心, 州民政局, 旗委).
LEVEL_WORDS = "市区县州旗盟"
# …and the words that open with one and are no place: "市场监管局", "区域…".
NOT_BARE = ("市场", "区域", "县域", "市级", "县级", "区级", "市直", "县直", "区直", "市属", "县属", "区属")


class Divisions(NamedTuple):
    prefectures: frozenset[str]  # prefecture level and the province-level cities (北京市…)
    all: frozenset[str]  # every name of three characters or more
    longest: int


@cache
def divisions() -> Divisions:
    """The table, read once when a notice first needs it (the rule-based path mostly never does)."""
    levels: dict[str, set[str]] = {}
    level = ""
    for line in files("extractor.vocab").joinpath("places.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            level = line.strip("[]")
        elif line and not line.startswith("#"):
            levels.setdefault(level, set()).update(line.split())
    named = {n for names in levels.values() for n in names if len(n) > 2} - ALSO_WORDS
    cities = {n for n in levels.get("province", ()) if n.endswith("市")}
    return Divisions(
        frozenset((levels.get("prefecture", set()) | cities) & named), frozenset(named), max(map(len, named))
    )


def place_at(text: str, end: int) -> str | None:
    """The longest division name ending at `end` (exclusive) in `text`."""
    table = divisions()
    for length in range(min(table.longest, end), 2, -1):
        if text[end - length : end] in table.all:
            return text[end - length : end]
    return None


def opens_with_place(name: str) -> bool:
    """Whether `name` begins with a division's name (市中区人民医院, 城关区…)."""
    table = divisions()
    return any(name[:length] in table.all for length in range(3, min(len(name), table.longest) + 1))


def places_named(text: str, level: str) -> dict[str, str]:
    """Each division of `level` (its last character: 市, 县, 区…) the text names, with its prefecture where the
    text writes that right before it at least once ("益阳市赫山区"): {name: name as best written}."""
    table = divisions()
    found: dict[str, str] = {}
    at = text.find(level)
    while at >= 0:
        name = place_at(text, at + 1)
        if name is not None and not (level == "区" and name.endswith("自治区")):
            parent = place_at(text, at + 1 - len(name))
            if parent in table.prefectures and parent != name:
                found[name] = parent + name
            else:
                found.setdefault(name, name)
        at = text.find(level, at + 1)
    return found
