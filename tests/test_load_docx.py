"""Word .docx notices: the body's paragraphs and tables, in document order, become the text spans index."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

import extractor
from extractor.errors import InputError
from extractor.load import load_bytes, load_path

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"
NOTICE = GOLD / "001_c5853bb1bbc4a49d.txt"


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def notice_docx(text: str, *, table_after: int | None = None) -> bytes:
    """A .docx with one paragraph per line of `text`, and a contacts table after line `table_after`."""
    document = docx.Document()
    for number, line in enumerate(text.split("\n")):
        document.add_paragraph(line)
        if number == table_after:
            table = document.add_table(rows=2, cols=2)
            table.cell(0, 0).text, table.cell(0, 1).text = "联系人", "联系电话"
            table.cell(1, 0).text, table.cell(1, 1).text = "张某某", "0768-1234567"
    return save(document)


def test_docx_paragraphs_and_tables_come_out_in_document_order() -> None:
    document = docx.Document()
    document.add_paragraph("关于巡察整改情况的通报")
    table = document.add_table(rows=2, cols=3)
    for row, cells in enumerate((("序号", "问题", "整改情况"), ("1", "学习不深入", "已完成"))):
        for column, value in enumerate(cells):
            table.cell(row, column).text = value
    document.add_paragraph("特此通报。")
    assert load_bytes(save(document), "n.docx") == (
        "关于巡察整改情况的通报\n序号\t问题\t整改情况\n1\t学习不深入\t已完成\n特此通报。"
    )


def test_docx_of_a_gold_notice_with_a_table_gives_the_same_issues_as_its_text(tmp_path: Path) -> None:
    text = load_path(NOTICE)
    path = tmp_path / "notice.docx"
    path.write_bytes(notice_docx(text, table_after=3))
    from_docx = extractor.extract(path)
    assert [i.problem for i in from_docx.issues] == [i.problem for i in extractor.extract(text).issues]
    assert "张某某\t0768-1234567" in load_path(path)


def test_spans_of_a_docx_notice_index_the_loaded_text(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    path.write_bytes(notice_docx(load_path(NOTICE), table_after=3))
    text = load_path(path)
    issues = extractor.extract(path).issues
    assert issues  # the loop below checks nothing when the docx yields no issue
    for issue in issues:
        assert issue.problem in text[issue.span[0] : issue.span[1]]


def test_docx_merged_cells_are_read_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(1, 0))
    merged.text = "党建方面"
    table.cell(0, 1).text, table.cell(1, 1).text = "问题一", "问题二"
    assert load_bytes(save(document), "n.docx").count("党建方面") == 1


def test_docx_automatic_list_numbers_are_written_out() -> None:
    document = docx.Document()
    document.add_paragraph("整改情况如下：")
    document.add_paragraph("学习贯彻不深入", style="List Number")
    document.add_paragraph("制度执行不严格", style="List Number")
    assert load_bytes(save(document), "n.docx") == "整改情况如下：\n1.学习贯彻不深入\n2.制度执行不严格"


def test_docx_line_breaks_and_tabs_inside_a_paragraph_are_kept() -> None:
    document = docx.Document()
    run = document.add_paragraph().add_run("联系电话：\t0768-1234567")
    run.add_break()
    run.add_text("邮箱：a@b.cn")
    assert load_bytes(save(document), "n.docx") == "联系电话：\t0768-1234567\n邮箱：a@b.cn"


def test_docx_without_text_is_an_empty_input_error() -> None:
    with pytest.raises(InputError, match="empty input"):
        load_bytes(save(docx.Document()), "blank.docx")


def test_file_named_docx_that_is_not_one_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"not a valid \.docx"):
        load_bytes("一、整改情况".encode(), "notice.docx")


def test_password_protected_docx_is_a_clear_error() -> None:
    ole_container = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(InputError, match=r"encrypted \.docx"):
        load_bytes(ole_container, "locked.docx")


def test_zip_that_is_not_a_word_document_is_a_clear_error() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-word/>")
    with pytest.raises(InputError, match=r"not a readable \.docx"):
        load_bytes(buffer.getvalue(), "notice.docx")


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def listed_docx(lines: list[tuple[str, str | None, int]], *, item_restart: str = "", instances: str = "") -> bytes:
    """A .docx whose lines (text, list instance numId or None, level) use one two-level list, 一、 over 1.; the
    item level's `item_restart` (a w:lvlRestart) and more list instances (`instances`, w:num elements) as given."""
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {_W_NS} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{item_restart}'
            '<w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(parse_xml(f'<w:num {_W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    if instances:
        numbering.append(parse_xml(instances))
    for text, num_id, level in lines:
        paragraph = document.add_paragraph(text)
        if num_id is not None:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {_W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
            )
    return save(document)


GROUPED = [
    ("学习方面", "90", 0),
    ("学习不深入", "90", 1),
    ("研讨不充分", "90", 1),
    ("纪律方面", "90", 0),
    ("报销不规范", "90", 1),
]


def test_a_docx_list_s_items_restart_under_each_new_group_by_default() -> None:
    text = load_bytes(listed_docx(GROUPED), "n.docx")
    assert text == "一、学习方面\n1.学习不深入\n2.研讨不充分\n二、纪律方面\n1.报销不规范"


def test_a_docx_list_level_that_never_restarts_numbers_on_across_groups() -> None:
    text = load_bytes(listed_docx(GROUPED, item_restart='<w:lvlRestart w:val="0"/>'), "n.docx")
    assert text == "一、学习方面\n1.学习不深入\n2.研讨不充分\n二、纪律方面\n3.报销不规范"


def test_a_new_list_instance_restarting_at_one_restarts_its_level_there() -> None:
    instance = (
        f'<w:num {_W_NS} w:numId="91"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    lines = [("学习不深入", "90", 1), ("研讨不充分", "90", 1), ("报销不规范", "91", 1), ("公车管理不严", "91", 1)]
    text = load_bytes(listed_docx(lines, item_restart='<w:lvlRestart w:val="0"/>', instances=instance), "n.docx")
    assert text == "1.学习不深入\n2.研讨不充分\n1.报销不规范\n2.公车管理不严"


def test_a_title_set_in_a_text_box_is_read_once_above_the_paragraph_it_sits_in() -> None:
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph()
    box = "<w:p><w:r><w:t>中共某公司委员会</w:t></w:r></w:p><w:p><w:r><w:t>关于巡察反馈意见整改情况的通报</w:t></w:r></w:p>"
    anchor._p.append(
        parse_xml(
            f'<w:r {_W_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
            f'<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></w:drawing>'
            f"</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.add_paragraph("根据市委统一部署，市委第五巡察组对公司党委进行了巡察。")
    assert load_bytes(save(document), "n.docx") == (
        "中共某公司委员会\n关于巡察反馈意见整改情况的通报\n\n根据市委统一部署，市委第五巡察组对公司党委进行了巡察。"
    )


def test_a_docx_cell_merged_across_columns_keeps_a_cell_for_each_column_it_covers() -> None:
    # A status column merged over 已完成 | 未完成 in the header row below: the columns after it stay in line.
    document = docx.Document()
    table = document.add_table(rows=3, cols=5)
    for column, value in enumerate(("序号", "问题", "整改情况", "", "责任单位")):
        table.cell(0, column).text = value
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(1, 2).text, table.cell(1, 3).text = "已完成", "未完成"
    for column, value in enumerate(("1", "学习不深入", "", "√", "办公室")):
        table.cell(2, column).text = value
    assert load_bytes(save(document), "n.docx").split("\n") == [
        "序号\t问题\t整改情况\t\t责任单位",
        "\t\t已完成\t未完成",
        "1\t学习不深入\t\t√\t办公室",
    ]
