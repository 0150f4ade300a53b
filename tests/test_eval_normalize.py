"""Specification of the text normaliser shared by alignment and metrics (eval/normalize.py)."""

from eval.normalize import norm_category, norm_email, norm_phone, norm_text


def test_full_width_forms_fold_to_ascii():
    assert norm_text("ＡＢＣ１２３") == "ABC123"


def test_ascii_and_cjk_punctuation_and_whitespace_are_removed():
    assert norm_text(" 关于“三重一大”制度，执行不严。\n(见附件) ") == "关于三重一大制度执行不严见附件"


def test_none_normalises_to_empty():
    assert norm_text(None) == ""


def test_category_wrapper_is_stripped():
    assert norm_category("关于“执行上级决策部署主动性不强”方面的问题") == "执行上级决策部署主动性不强"


def test_category_trailing_problem_word_is_stripped_on_both_sides():
    assert norm_category("落实有差距问题") == norm_category("落实有差距")


def test_phone_keeps_digits_only():
    assert norm_phone("（0731）5820 5972") == norm_phone("0731-58205972") == "073158205972"


def test_email_is_case_and_width_folded():
    assert norm_email(" ＡＢＣ@qq.com") == "abc@qq.com"
