"""Named people held accountable for one issue: who, in what role, by what measure.

Notices write "对<role><name>进行了<action>", "给予<role><name><action>" or
"责令<role><name>作了<action>", with 其 standing in for the last person named. We look for a
role word followed by a 2–3 character name (张某某 included) in any sentence that uses the
disciplinary vocabulary, and give that sentence's actions to the people it names.
"""

from __future__ import annotations

import bisect
import re

from extractor.lazy_re import LazyPattern, compile_shared, longest_of
from extractor.models import Accountability
from extractor.segment.fold import as_written
from extractor.vocab.people import ACTIONS as _ACTIONS
from extractor.vocab.people import (
    COMPOUND_SURNAMES,
    LIABLE,
    NAME,
    NOT_NAMES,
    REDACTED_NAME,
    ROLE_ENDS,
    ROLE_PAIR_ENDS,
    ROLE_WORDS,
    SURNAMES,
)
from extractor.vocab.people import COUNT_WORDS as _COUNT_WORDS
from extractor.vocab.people import ENDS_AS_A_BODY as _PLACE
from extractor.vocab.people import PEOPLE_COUNTED as _COUNTED
from extractor.vocab.people import REFERS_BACK as _REFERS_BACK

_ACTION_RE = compile_shared(longest_of(_ACTIONS))
_NAME_STOP = (
    r"同志|进行|给予|予以|作了?|做了?|作出|做出|违反|因|在|被|受到|并|的|和|及|等|对|分别|、|，|,|。|；|[)）]|\d|\s|$|"
    + longest_of(_ACTIONS)
)
# (Behind a lookahead for what a match cannot do without, a role word's last character then a surname
# within its first 18 characters: at each position the role is tried 15 times over, 14 characters of
# role before a role word of at most 4, so a quick look spares most positions all of that.)
_PERSON = LazyPattern(
    rf"(?=[\u4e00-\u9fff（）()]{{0,17}}(?:[{ROLE_ENDS}]|{'|'.join(ROLE_PAIR_ENDS)})(?:[{SURNAMES}]|{'|'.join(COMPOUND_SURNAMES)}))"
    rf"(?P<role>[\u4e00-\u9fff（）()]{{0,14}}?(?:{ROLE_WORDS}))"
    rf"(?P<name>{REDACTED_NAME}|{NAME}(?={_NAME_STOP}))"
)
# A role word anywhere: `_PERSON` tries up to 14 characters of role before it at every position, so a
# sentence without one is spared that scan.
_ROLE = LazyPattern(ROLE_WORDS)
# A name straight after the verb, with no role: "对李某进行约谈", "给予王某某诫勉谈话" (what the person bore perhaps
# between: "对负有责任的郑某某给予诫勉处理").
_BARE_PERSON = LazyPattern(
    rf"(?:(?<![针面相])对|给予|责令|责成|约谈|[(（])(?:{LIABLE})?(?P<name>{NAME})"
    # (Not the words of a clause, "对管护工作不力的…", nor a class, "对高一（5）班…".)
    rf"(?=同志|进行|给予|予以|[作做](?=了|出|书面|深刻|检)|警示|诫勉|提醒|批评|通报|党内|政务|、|[()（）](?!\d)|\d+名)",
    skip=True,
)
# A name the measure is said of: "王某某被给予党内严重警告处分", "，李某受到诫勉谈话".
_PASSIVE_PERSON = LazyPattern(
    rf"(?:^|(?<=[，,、\s]))(?P<name>{REDACTED_NAME}|{NAME})(?:同志)?(?=被(?:给予|予以|处以|责令|约谈|诫勉|通报)|受到)"
)
_LISTED = LazyPattern(rf"、(?P<name>{NAME})(?={_NAME_STOP})")
# A name the measure is taken of, the measure first, at the end of its clause: "，约谈李某。".
_MEASURED_FIRST = LazyPattern(rf"约谈(?P<name>{NAME})(?=[，,]|$)", skip=True)
# A name after the last one's measure, its own measure straight after it: "给予张某某诫勉谈话、李某提醒谈话".
_NEXT_AFTER_MEASURE = LazyPattern(
    rf"(?:{longest_of(_ACTIONS)})、(?P<name>{NAME})(?=(?:同志)?(?:{longest_of(_ACTIONS)}))", skip=True
)
# What stands before a role in its sentence: the verb or list before it ("对…", "给予…", "经…研究，…", "、"; not the
# 经 of 总经理), an enumeration's label ("三是财务股股长宋某某…"), or 其中 ("…，其中…党支部书记刘某某作出书面检查").
# (Not the 、 between two posts held at once, "党组书记、局长", after a role's last character.)
_ROLE_LEAD = compile_shared(
    rf"^(?:.*?(?:对|给予|责令|要求|由|将|经(?!理|营|办|开|济|贸|信|发)|和|与|(?<![{ROLE_ENDS}])、)|"
    r"[一二三四五六七八九十]是[，,]?|其中[，,]?)"
)
# A post named before the one next to the name, both held at once: "县财政局党组书记、局长吕某某".
_FIRST_POST = compile_shared(rf"([\u4e00-\u9fff（）()]{{0,10}}?(?:{ROLE_WORDS}))、$")
# A clause that turns to someone else ("，对其他相关干部进行了提醒谈话", "，对其余10个党支部书记…"); "并对其…" still means the
# same person.
# The unit named again before the post ("该村党支部书记"), or the person before named as 其 ("其所在科室主任").
_UNIT_AGAIN = compile_shared(
    r"^(?:该(?:[村镇乡院局校所委区县市厂站]|公司|集团|中心|单位|部门|医院|学校)|其(?:所在的?)?)"
)
_FIRST_POST_REACH = 16  # the characters a first post and its 、 take at most
# ("，责令作出书面检查" names no one new: the same people are ordered to.)
# (Nor does "，给予党内严重警告处分" with no one named, after "对…周某某立案审查": the measure is the same person's.)
# (…and a clause with a subject of its own that a measure is said of: "，2名采购经办人员被批评教育".)
_NEW_OBJECT = compile_shared(
    rf"[，,](?:对|给予|责令)(?!其(?![他余]))(?!作出|做出|写出|提交|作)(?!{longest_of(_ACTIONS)})|"
    r"[，,][^，,。；;]{1,16}?被(?=给予|予以|处以|责令|约谈|诫勉|批评|通报)|"
    # (…or the measure first, then whom it took: "，约谈李某、王某".)
    rf"[，,]约谈(?={NAME})"
)
_NOT_NAMES = compile_shared(NOT_NAMES)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。；;!\n]", text) if s]


_ROLE_IN_BRACKETS = compile_shared(r"[(（]([^()（）]{2,20})[)）]")


def _role_after(sentence: str, end: int) -> str | None:
    """A job title in brackets after a name: "王某某（局办公室主任）"."""
    bracket = _ROLE_IN_BRACKETS.match(sentence, end) if sentence[end : end + 1] in "(（" else None
    return bracket.group(1) if bracket and _ROLE.search(bracket.group(1)) else None


def _people(sentence: str) -> list[tuple[str, str | None, int, int]]:
    """(name, role, start, end) of everyone named in `sentence`, in order."""
    people: list[tuple[str, str | None, int, int]] = []
    for m in _PERSON.finditer(sentence) if _ROLE.search(sentence) else ():
        name = m.group("name")
        if _NOT_NAMES.match(name) or name.endswith(("书记", "主任", "局长")):
            continue
        role_text = m.group("role")
        if sentence[m.start("role") - 1 : m.start("role")] == "、":
            first_post = _FIRST_POST.search(sentence, max(0, m.start("role") - _FIRST_POST_REACH), m.start("role"))
            role_text = first_post.group(1) + "、" + role_text if first_post else role_text
        written = _UNIT_AGAIN.sub("", _ROLE_LEAD.sub("", role_text)).strip("（）() ")
        # "负有领导责任的副局长", "负责现场管理的科长": what the person is said to bear or do is no part of the role;
        # the portfolio it holds is ("时任分管财务的副镇长").
        said, _, title = written.rpartition("的")
        role: str | None = (written if "分管" in said else title) or None
        if role and role[0] in _COUNT_WORDS and sentence[m.start("role") - 1 : m.start("role")].isdecimal():
            role = role[1:] or None  # "2名干部王某某": the count's measure word is no part of the role
        people.append((name, role, m.start("name"), m.end()))
        # "责任人张某某、李某某": names listed after the first share its role.
        end = m.end()
        while listed := _LISTED.match(sentence, end):
            people.append((listed.group("name"), role, listed.start("name"), listed.end()))
            end = listed.end()
    passive = _PASSIVE_PERSON.finditer(sentence) if "被" in sentence or "受到" in sentence else ()
    after_measure = _NEXT_AFTER_MEASURE.finditer(sentence) if "、" in sentence else ()
    measured_first = _MEASURED_FIRST.finditer(sentence) if "约谈" in sentence else ()
    taken = {at for person in people for at in range(person[2], person[3])}  # (where a name read already stands)
    for m in [*_BARE_PERSON.finditer(sentence), *passive, *after_measure, *measured_first]:
        if _NOT_NAMES.match(m.group("name")) or _PLACE.search(m.group("name")) or "的" in m.group("name"):
            continue
        if m.start("name") in taken:
            continue
        people.append((m.group("name"), _role_after(sentence, m.end("name")), m.start("name"), m.end("name")))
        end = m.end("name")
        while listed := _LISTED.match(sentence, end):
            people.append((listed.group("name"), None, listed.start("name"), listed.end()))
            end = listed.end()
        taken.update(range(m.start("name"), end))
    return sorted(people, key=lambda p: p[2])


def _measures_of_each(
    sentence: str, people: list[tuple[str, str | None, int, int]], actions: list[tuple[str, int]]
) -> list[list[str]]:
    """Each person's measures: those that follow the name up to the next person or the clause that turns to someone new
    (`_NEW_OBJECT`), with one set right before the name ("约谈李某，并责令其作出书面检查"); a name listed with the next one
    ("对张某某、李某某进行提醒谈话") shares its measures; failing both, the measure before a bracketed name ("给予…处分1人
    （陈某某）"), or those before the first of the names listed with it ("约谈张某某、李某"). Read from the last name back,
    each position found by bisection: a long list of names costs no more than its length."""
    positions = [pos for _, pos in actions]
    set_before = {pos + len(action): action for action, pos in actions}
    turns = [m.start() for m in _NEW_OBJECT.finditer(sentence)]

    def between(start: int, end: int) -> list[str]:
        return [
            action for action, _ in actions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]
        ]

    measures: list[list[str]] = [[] for _ in people]
    for i in reversed(range(len(people))):
        start, end = people[i][2], people[i][3]
        nxt = people[i + 1][2] if i + 1 < len(people) else len(sentence)
        k = bisect.bisect_left(turns, end)
        other = turns[k] if k < len(turns) and turns[k] < nxt else nxt
        own = ([set_before[start]] if start in set_before else []) + between(end, other)
        if own:
            measures[i] = own
        elif sentence[start - 1 : start] in "(（" and (before := between(0, start)):
            measures[i] = before[-1:]
        elif i + 1 < len(people):
            measures[i] = measures[i + 1]
        else:
            first = i
            while first > 0 and "、" in sentence[people[first - 1][3] : people[first][2]]:
                first -= 1
            prev = people[first - 1][3] if first > 0 else 0
            k = bisect.bisect_left(turns, people[first][2]) - 1  # (from where the sentence last turns to them)
            measures[i] = between(turns[k] if k >= 0 and turns[k] > prev else prev, people[first][2])
    return measures


_RESPECTIVELY = compile_shared(r"[，, \t]*分别")


def _paired(
    sentence: str, people: list[tuple[str, str | None, int, int]], actions: list[tuple[str, int]]
) -> dict[int, list[str]]:
    """People listed together who then take one measure each, in order ("对大队长李某、副大队长赵某某分别进行提醒
    谈话和批评教育": 李某 提醒谈话, 赵某某 批评教育): person index → their measure."""
    paired: dict[int, list[str]] = {}
    first = 0
    while first < len(people):
        last = first
        while last + 1 < len(people) and "、" in sentence[people[last][3] : people[last + 1][2]]:
            last += 1
        respectively = _RESPECTIVELY.match(sentence, people[last][3]) if last > first else None
        if respectively:
            nxt = people[last + 1][2] if last + 1 < len(people) else len(sentence)
            own = [a for a, pos in actions if respectively.end() <= pos < nxt]
            if len(own) == last - first + 1:
                paired.update({first + k: [action] for k, action in enumerate(own)})
        first = last + 1
    return paired


def find_accountability(text: str, original: str | None = None) -> list[Accountability]:
    """One record per (person, action) named in `text`, in order of appearance. With `original`, `text` is
    its folded view (`segment.fold`: the same length) and each value is given as `original` writes it
    (a traditional-character reprint's 誡勉談話)."""
    found = _records(text)
    if original is None or original == text:
        return found
    return [
        Accountability(
            person=as_written(record.person, text, original),
            role=as_written(record.role, text, original) if record.role else None,
            action=as_written(record.action, text, original),
        )
        for record in found
    ]


def _records(text: str) -> list[Accountability]:
    found: list[Accountability] = []
    if not _ACTION_RE.search(text):
        return found  # every record needs an action word; most rectification texts have none
    seen: set[tuple[str, str]] = set()
    previous = ""
    for sentence in _sentences(text):
        # "共问责3人" counts people; it names no one's measure.
        actions = [
            (m.group(), m.start()) for m in _ACTION_RE.finditer(sentence) if not _COUNTED.match(sentence, m.end())
        ]
        if not actions:
            previous = sentence
            continue
        people = _people(sentence)
        refers = _REFERS_BACK.search(sentence)
        if not people and refers and previous:
            # "…张某某对车辆管理失职。对其进行了约谈": 其 is the person the previous sentence named.
            named = _people(previous)
            if named:
                people = [(named[-1][0], named[-1][1], refers.start(), refers.start())]
        previous = sentence
        paired = _paired(sentence, people, actions)
        measures = _measures_of_each(sentence, people, actions)
        for i, (name, role, _, _) in enumerate(people):
            for action in paired.get(i) or dict.fromkeys(measures[i]):
                if (name, action) not in seen:
                    seen.add((name, action))
                    found.append(Accountability(person=name, role=role, action=action))
    return found
