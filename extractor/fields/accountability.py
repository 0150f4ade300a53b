"""Named people held accountable for one issue: who, in what role, by what measure.

Notices write "对<role><name>进行了<action>", "给予<role><name><action>" or
"责令<role><name>作了<action>", with 其 standing in for the last person named. We look for a
role word followed by a 2–3 character name (张某某 included) in any sentence that uses the
disciplinary vocabulary, and give that sentence's actions to the people it names.
"""

from __future__ import annotations

import re

from extractor.fields.people import ROLE_WORDS, SURNAMES
from extractor.models import Accountability

_ACTIONS = sorted(
    [
        "约谈", "警示约谈", "提醒约谈", "诫勉约谈", "诫勉谈话", "诫勉", "警示谈话", "提醒谈话", "谈话提醒", "批评教育",
        "书面检查", "深刻检查", "深刻检讨", "作出检讨", "通报批评", "批评", "党内警告", "党内严重警告", "严重警告",
        "撤销党内职务", "留党察看", "开除党籍", "政务警告", "政务记过", "政务记大过", "记过", "记大过", "降级", "撤职",
        "开除", "党纪处分", "政务处分", "党纪政务处分", "行政处分", "处分", "免职", "停职检查", "责令辞职", "调离岗位",
        "组织处理", "问责", "约谈提醒", "谈话函询", "函询", "停职", "责令检查",
        *(f"{penalty}处分" for penalty in ("党内警告", "党内严重警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍",
                                           "政务警告", "政务记过", "政务记大过", "记过", "记大过", "降级", "撤职")), "追责问责", "责任追究", "移送司法机关", "立案审查",
    ],
    key=len,
    reverse=True,
)
_ACTION_RE = re.compile("|".join(map(re.escape, _ACTIONS)))
_NAME_STOP = (
    r"同志|进行|给予|予以|作了?|做了?|作出|做出|违反|因|在|被|并|的|和|及|等|、|，|,|。|；|\s|$|"
    + "|".join(map(re.escape, _ACTIONS))
)
_PERSON = re.compile(
    rf"(?P<role>[\u4e00-\u9fff（）()]{{0,14}}?(?:{ROLE_WORDS}))"
    rf"(?P<name>[{SURNAMES}](?:某某|某|[\u4e00-\u9fff]{{1,2}}?))(?={_NAME_STOP})"
)
# A name straight after the verb, with no role: "对李某进行约谈", "给予王某某诫勉谈话".
_BARE_PERSON = re.compile(
    rf"(?:对|给予|责令|约谈)(?P<name>[{SURNAMES}](?:某某|某|[\u4e00-\u9fff]{{1,2}}?))(?=同志|进行|给予|予以|作|做|警示|诫勉|提醒|批评|通报|党内|政务)"
)
_LISTED = re.compile(
    rf"、(?P<name>[{SURNAMES}](?:某某|某|[\u4e00-\u9fff]{{1,2}}?))(?={_NAME_STOP})"
)
_ROLE_LEAD = re.compile(r"^(?:.*?(?:对|给予|责令|要求|由|将|经|和|与|、))")
_NOT_NAMES = re.compile(r"^(?:进行|同志|本人|其他|相关|有关|个别|部分|全体|班子|人员|干部|负责|主要|分管|该村|该)")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。；;!\n]", text) if s]


def find_accountability(text: str) -> list[Accountability]:
    """One record per (person, action) named in `text`, in order of appearance."""
    found: list[Accountability] = []
    seen: set[tuple[str, str]] = set()
    for sentence in _sentences(text):
        actions = [m.group() for m in _ACTION_RE.finditer(sentence)]
        if not actions:
            continue
        people: list[tuple[str, str | None]] = []
        for m in _PERSON.finditer(sentence):
            name = m.group("name")
            if _NOT_NAMES.match(name) or name.endswith(("书记", "主任", "局长")):
                continue
            role = _ROLE_LEAD.sub("", m.group("role")).strip("（）() ") or None
            people.append((name, role))
            # "责任人张某某、李某某" : names listed after the first share its role.
            for listed in _LISTED.finditer(sentence, m.end()):
                if listed.start() != m.end() and not sentence[m.end() : listed.start()].startswith("、"):
                    break
                people.append((listed.group("name"), role))
                if not sentence.startswith("、", listed.end()):
                    break
        named = {name for name, _ in people}
        for m in _BARE_PERSON.finditer(sentence):
            if m.group("name") not in named:
                people.append((m.group("name"), None))
        for name, role in people:
            for action in dict.fromkeys(actions):
                if (name, action) not in seen:
                    seen.add((name, action))
                    found.append(Accountability(person=name, role=role, action=action))
    return found
