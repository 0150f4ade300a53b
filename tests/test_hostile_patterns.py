"""Issue 9, item 4: every stage gets 200 KB of the crafted runs that made its patterns quadratic, through
`extractor.extract`, and must finish. Each case runs in its own process, all started together, under a
limit of CPU_GUARD seconds of CPU time that the kernel enforces (SIGXCPU): a pattern gone quadratic
spends minutes of CPU, while a busy machine only makes the processes wait, which uses none, so the
verdict does not depend on the load (wall-clock time is no measure of it).

Beyond the issue's reproducers, runs of every token the patterns key on (digits, quotes, labels, names,
status words) come before and after a notice: a run of '0' once took minutes in the count pattern."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CPU_GUARD = 60  # CPU seconds per case; each needs about one

NOTICE = "(Path({root!r}) / 'gold/docs/002_f8e588f7094716c5.txt').read_text(encoding='utf-8')[:1500] + '\\n'"
# A notice's opening up to a sentence that tallies its problems by status, and an item after that sentence's end.
TALLY = "'县委第一巡察组对县水利局党组进行了巡察。现将整改情况予以公布。截至目前，已完成整改3个，正在整改2个，'"
ITEM = "'。\\n一、反馈问题\\n1.学习不深。已完成。\\n'"
CASES = {
    "a_line_of_200k_A_after_a_notice": f"{NOTICE} + 'A' * 200_000 + '\\n'",
    "200k_of_phone_prefixes": f"{NOTICE} + '0731-' * 40_000",
    "200k_of_dashes": f"{NOTICE} + '-' * 200_000",
    "200k_of_digits": f"{NOTICE} + '1' * 200_000",
    "200k_of_dots": f"{NOTICE} + '.' * 200_000",
    "200k_of_open_date_ranges": f"{NOTICE} + '2023年3月5日至' * 20_000",
    "200k_of_zeros_before_a_notice": f"'0' * 200_000 + '\\n' + {NOTICE}",
    "200k_of_open_quotes": f"{NOTICE} + '关于“' * 60_000",
    "200k_of_listed_items": f"{NOTICE} + '一是' * 100_000",
    "200k_of_dated_links_above_a_notice": f"'中共某某县委关于巡察整改情况的通报 2023-05-06\\n' * 7_000 + {NOTICE}",
    "200k_of_rare_han_characters_read_as_words": f"{NOTICE} + '湖㳇镇' * 70_000 + '党委\\n'",
    "200k_of_pipe_rows_whose_cells_run_over_lines": f"{NOTICE} + '序号 | 问题 | 整改措施 | 整改情况 |\\n' + '1 | 某问题 |\\n措施。 |\\n' * 12_000",
    "200k_of_rows_of_a_closed_pipe_table_left_open": f"{NOTICE} + '序号 | 问题 | 整改措施 | 整改情况 |\\n' + '1 | 某问题。\\n说明。\\n' * 14_000",
    "200k_of_rectification_as_ordered_openings_after_an_item": f"{NOTICE} + '现将审计结果公告如下：\\n1.某问题。\\n' + '已按照意见' * 40_000",
    "200k_of_an_audit_office_opening_unclosed": f"'某县审计局自' + '对某某' * 60_000 + '\\n' + {NOTICE}",
    "200k_of_betting_words_on_short_lines": f"{NOTICE} + 'bet365官网\\n' * 20_000",
    "a_line_of_200k_words_then_widgets": f"{NOTICE} + '某' * 200_000 + ' 【字体：大 中 小】' * 30 + '\\n'",
    "a_bulleted_line_of_200k_words_before_a_day": f"'· ' + '某' * 200_000 + ' 05-06\\n' + {NOTICE}",
    "200k_of_open_brackets": f"'（' * 200_000 + {NOTICE}",
    "200k_of_bare_problem_keys_with_no_rectification_key": f"{NOTICE} + ' 问题:' * 40_000 + '整改' * 20_000",
    "200k_of_lines_of_image_words": f"{NOTICE} + '[img\\n' * 40_000",
    "200k_of_open_captions_and_credits": f"{NOTICE} + '（图为' * 30_000 + '\\n（记者 张' * 20_000",
    "200k_of_shares_done_in_figures": f"{NOTICE} + '整改进度：已完成整改100' * 10_000 + '%'",
    "200k_of_lines_of_spaced_open_labels": f"{NOTICE} + '（ 二 \\n' * 40_000",
    "200k_of_redacted_names_and_actions": f"{NOTICE} + '张某某约谈' * 40_000",
    "200k_of_status_words": f"{NOTICE} + '整改情况：已完成' * 25_000",
    "200k_of_glued_complaint_headers": f"{NOTICE} + '序号受理编号交办问题基本情况行政区域污染类型\\n' * 8_000",
    "200k_of_complaint_header_scraps": f"{NOTICE} + '序\\n号\\n受理\\n编号\\n行政\\n区域\\n污染\\n类型\\n' * 10_000",
    "200k_of_glued_complaint_rows": f"{NOTICE} + '序号受理编号交办问题基本情况行政区域污染类型是否办结\\n' + "
    "''.join(str(i) + 'D3WH2024' + str(i).zfill(7) + '有。临港区' * 3 + '已办结' for i in range(1, 5_000))",
    "200k_of_area_bounds_in_one_complaint_row": f"{NOTICE} + '序号受理编号交办问题基本情况行政区域污染类型\\n1D3WH20240422001' + "
    "'占用种植地。临港区' * 25_000",
    "200k_of_counts": f"{NOTICE} + '3个问题' * 50_000",
    "200k_of_tasks_broken_down": f"{NOTICE} + '细化提出5项整改任务' * 20_000",
    "200k_of_days_after_a_phone_cue": f"{NOTICE} + '联系电话形式公示时间20181012' * 12_000",
    "200k_of_special_teams": f"{NOTICE} + '根据市委部署，市委巩固拓展脱贫攻坚成果专项巡察组对' * 8_000",
    "a_line_of_200k_items_numbered_on": "'1.档案管理混乱，档案缺失严重，正在整改中。' + ''.join("
    "str(i % 99 + 2) + '.会议记录不全，已完成，长期坚持。' for i in range(10_000)) + '\\n'",
    "200k_of_items_presented_after_the_problems_key": f"{NOTICE} + '审计反映问题：' + '1.工程款支付不及时。2.' * 20_000",
    "200k_of_clauses_closing_an_item": "'1.' + '档案管理混乱，' * 30_000 + '\\n'",
    "200k_of_problems_named_before_commas": f"{NOTICE} + '一、预算管理方面\\n' + '对审计发现的资金未及时缴库问题，' * 12_000",
    "200k_of_audit_findings_told_in_news": "'近日,市审计局采纳审计建议。\\n' + '审计抽查发现,有租金未收回' * 16_000 + '\\n'",
    "200k_of_problems_as_subjects_of_statuses": f"{NOTICE} + '二、整改情况\\n' + '管理不规范问题' * 28_000",
    "200k_of_days_before_the_problems_above": f"{NOTICE} + '截至2024年6月底，' * 20_000 + '上述问题已全部整改到位。'",
    "200k_of_bracketed_items_run_on": "'（一）档案管理混乱；' + '（二）会议记录不全；（1）' * 20_000 + '\\n'",
    "a_heading_of_200k_open_quotes": "'一、' + '“' * 200_000 + '\\n'",
    "200k_of_pager_lines_that_end_in_a_word": f"{NOTICE} + ('上一页 1 2 3 4 ' + '1 ' * 40 + '整改\\n') * 2_000",
    "200k_of_read_on_prompts_in_one_line": f"{NOTICE} + '展开全文 ▲点击图片查看大图 ' * 12_000 + '整改\\n'",
    "200k_of_unit_names_over_answers_in_one_cut_paragraph": "'现将整改情况予以通报。\\n针对学习不深入问题。' + "
    "'召开会议。某某单位 针对' * 20_000",
    "200k_of_clauses_naming_the_one_problem": "'现将整改情况公示如下:\\n反馈问题\\n渗滤液处理能力不足。\\n' + "
    "'经过上述整改，该问题' * 20_000",
    "200k_of_names_after_measures": f"{NOTICE} + '整改情况：给予张某某诫勉谈话' + '、李某提醒谈话' * 25_000 + '。\\n'",
    "200k_of_measures_set_before_names": f"{NOTICE} + '整改情况：' + '，约谈李某' * 25_000 + '。\\n'",
    "200k_of_names_listed_before_one_measure": f"{NOTICE} + '整改情况：对' + '张某、' * 25_000 + '进行约谈。\\n'",
    "200k_of_empty_dated_keys_over_digits": "'发布时间:\\n' + '2' * 200_000 + '\\n' + " + NOTICE,
    "200k_of_quoted_letters_in_a_heading": "'一、关于' + '“a' * 100_000 + '\\n'",
    "200k_of_form_field_lines": "'一、整改任务\\n' + '整改任务 |\\n' * 20_000",
    "200k_of_a_ledger_laid_out_with_spaces": (
        "'  序号  问题    整改措施  整改情况\\n' + '  1     学习不深  制定计划  已完\\n        入        学习      成\\n' * 4_000"
    ),
    "200k_of_ledger_headers_laid_out_with_spaces": "'  序号  问题    整改措施  整改情况\\n' * 6_000",
    "a_ledger_laid_out_with_spaces_over_a_line_of_200k_spaced_cells": (
        "'  序号  问题    整改措施  整改情况\\n  1     学习不深  制定计划  已完\\n' + '        入  学习  ' * 20_000"
    ),
    "a_ledger_header_over_a_line_of_200k_spaced_header_cells": "'序号\\t问题\\t措施\\n' + '  序号  问题    整改措施' * 9_000",
    "200k_of_closure_declarations": f"{NOTICE} + '反馈的7个问题已' * 25_000",
    "200k_of_pinyin_residue": f"{NOTICE} + '现(xiàn)' * 30_000",
    "200k_of_answered_problems": f"{NOTICE} + '针对' * 100_000 + '问题。'",
    "200k_of_as_of_sentences": f"{NOTICE} + '截至目前问题' * 33_000",
    "a_quoted_heading_of_200k_closing_quotes": "'一、关于“' + '”的' * 100_000 + '\\n'",
    "200k_of_furniture_openers": f"{NOTICE} + '\\n'.join(['第1版 门户网站 ' * 3] * 8_000)",
    "200k_of_markdown_link_openers": f"'## ' + {NOTICE} + '[' * 100_000 + '](' * 50_000",
    "200k_of_markdown_emphasis_openers": f"'## ' + {NOTICE} + '**a' * 70_000",
    "200k_of_plans_ahead_in_a_rectification": f"{NOTICE} + '1.学习不深入。\\n整改情况：已完成。' + '下一步加强。' * 33_000",
    "200k_of_sentences_without_a_tally": f"{NOTICE} + '已完成，需长期坚持。' * 20_000",
    "200k_of_misread_commas_without_labels": "'二一巡察反馈问题\\n' * 22_000",
    "200k_of_publishing_clauses": f"{NOTICE} + '县办公室现将' * 33_000",
    "200k_of_units_in_publishing_clauses_before_a_notice": f"'现将市委(含' * 30_000 + '\\n' + {NOTICE}",
    "200k_of_dates_that_lost_their_words_before_a_notice": f"'。2025324，20211026日至119' * 8_000 + '\\n' + {NOTICE}",
    "200k_of_cited_committee_plans": f"{NOTICE} + '对我区进行了巡视。' + '《中共某区委' * 30_000",
    "a_metadata_key_over_200k_of_spaced_values": f"'索引号 ' + '值 ' * 70_000 + '\\n' + {NOTICE}",
    "200k_of_work_inspected_before_a_notice": f"'对市委推进工作含' * 25_000 + '开展了巡视。' + {NOTICE}",
    "200k_of_a_page_foot_run_into_one_line": f"{NOTICE}.replace('\\n', ' ') + '上一篇：x 下一篇：y 版权所有 ' * 12_000",
    "200k_of_one_by_one_slogans": f"{NOTICE} + '整改完成一项、核查一项、' * 17_000",
    "200k_of_statuses_said_by_number": f"{NOTICE} + '以上问题中，' + '第1、2个问题已整改完成，' * 17_000",
    "200k_of_starred_words_in_markdown": f"'## ' + {NOTICE} + ' *浙江*' * 40_000",
    "a_traditional_reprint_of_200k": f"{NOTICE} + '巡察組黨組關於整改進展情況的通報，' * 12_000",
    "200k_of_items_named_by_label_without_a_stop": (
        f"{NOTICE} + '1.学习不深入。\\n整改情况：已完成。\\n其中，' + '(二)(三)两个问题' * 20_000"
    ),
    "200k_of_items_numbered_after_stops_on_one_line": f"({NOTICE}).replace('\\n', ' ') + '。2.问题整改情况：' * 20_000",
    "200k_of_unclosed_status_tags_on_one_line": f"({NOTICE}).replace('\\n', ' ') + '。【整改进度：已完成' * 20_000",
    "200k_of_status_lead_in_lines": "'以下问题已完成整改：\\n' * 20_000",
    "200k_of_phones_listed_per_body": f"{NOTICE} + '监督电话：' + '镇纪委 0736-7261012；' * 10_000",
    "200k_of_ledger_rows_under_a_merged_problem": (
        "'序号\\t反馈问题\\t整改措施\\t完成情况\\n1\\t学习不深入\\t制定计划\\t已完成\\n' + '\\t\\t开展研讨\\t正在推进\\n' * 15_000"
    ),
    "200k_of_named_page_numbers_on_one_line": f"({NOTICE}).replace('\\n', ' ') + '。县医院党委 - 1 - 2.问题' * 15_000",
    "200k_of_dashes_after_names_that_end_no_page_number": "'县医院党委 - 1 ' * 20_000",
    "200k_of_short_rows_under_a_tick_header": (
        "'序号\\t反馈问题\\t整改措施\\t已完成\\t未完成\\t备注\\n' + '1\\t理论学习不深入问题\\t已销号\\n' * 10_000"
    ),
    "200k_of_menu_words_after_home_on_one_line": f"'首页' + '  党建园地' * 30_000 + '\\n' + {NOTICE}",
    "200k_of_years_run_into_months": "'20239月4日' * 25_000",
    "200k_of_sentences_pointing_back_after_the_items": f"{NOTICE} + '三、追责问责情况\\n' + '针对巡察反馈的问题' * 20_000",
    "200k_of_page_sources_before_the_text": f"'通报 发布时间：2024-09-26 ' + '来源：县局 ' * 30_000 + {NOTICE}",
    "200k_of_items_pointed_back_to_without_a_stop": (
        f"{NOTICE} + '二、整改情况\\n1.学习不深入。\\n整改情况：已完成。\\n' + '针对第1个问题，' * 25_000"
    ),
    "200k_of_titles_after_a_breadcrumb_on_one_line": "'首页 > 通知公告 ' + ' 中共某局党组关于巡察整改情况的通报' * 8_000",
    "200k_of_group_headings_before_item_numbers_on_one_line": (
        f"({NOTICE}).replace('\\n', ' ') + '。(二)产业结构调整方面4.' * 20_000"
    ),
    "200k_of_teams_that_lost_their_numbers": f"{NOTICE} + '县委第 巡察组' * 25_000",
    "200k_of_tally_asides": f"{NOTICE} + '已完成整改9（含' * 25_000",
    "200k_of_breakdowns_after_a_tally": f"{NOTICE} + '已完成3个，其余4个正在整改' + '，其中达到序时进度3个' * 15_000",
    "200k_of_counts_under_either_status": f"{NOTICE} + '已完成3个' + '，其余7个正在整改或需长期坚持' * 10_000",
    "200k_of_the_rest_after_numbered_items": (
        f"{NOTICE} + '二、整改情况\\n1.学习不深入。\\n整改情况：以上4个问题中，第1个问题正在整改' + '，其余均已' * 30_000"
    ),
    "200k_of_emoji": f"{NOTICE} + '📌✅' * 100_000",
    "200k_of_bulleted_items": "'▶ 1.问题。\\n' * 20_000",
    "200k_of_dates_in_open_asides": f"{NOTICE} + '（2021年9月13日' * 15_000",
    "a_line_of_200k_of_betting_brand_words_over_a_title": f"'JBO官网APP' * 25_000 + '\\n' + {NOTICE}",
    "200k_of_betting_codes_over_a_title": f"'a1234' * 40_000 + '\\n' + {NOTICE}",
    "200k_of_first_responsibility_headings": f"{NOTICE} + '（一）担负第一责任\\n局党委书记张三同志' * 15_000",
    "200k_of_manner_lead_ins": f"{NOTICE} + '1.学习不深入。' + '立行立改，' * 25_000",
    "200k_of_forum_datelines": f"'发表于 2024-01-02 ' * 12_000 + '\\n' + {NOTICE}",
    "200k_after_a_comma_ledger_s_open_quote": f"{NOTICE} + '序号,问题,整改措施,状态,备注\\n\"\\n' + 'a,b\\n' * 50_000",
    "200k_of_comma_ledger_headers": f"{NOTICE} + '序号,问题,整改措施,状态,备注\\n' * 8_000",
    "a_line_of_200k_spaces_ending_in_a_bar": f"{NOTICE} + ' ' * 200_000 + '|'",
    "200k_of_team_stays_after_the_items": f"{NOTICE} + '二、整改情况\\n1.学习不深入。已完成。\\n' + '督察组进驻十二师' * 25_000",
    "200k_of_feedbacks_that_lost_their_months": f"{NOTICE} + '于86' * 50_000 + '日反馈'",
    "200k_of_news_leads_that_never_close": f"'发布关于' * 50_000 + '\\n' + {NOTICE}",
    "200k_of_doubled_commas_after_labels": "'一,,,' * 50_000 + '、整改问题\\n'",
    "200k_of_barred_cell_lines": "'序号 |\\n问题 |\\n整改措施 |\\n办结目标 |\\n' + '1 |\\n' * 50_000",
    "a_closure_form_of_200k_completion_dates": (
        "'一、反馈问题\\n学习不深入。\\n二、整改期限\\n2021年10月底\\n三、整改完成时间。' + '2021年9月' * 20_000"
    ),
    "a_line_of_200k_spaces_ending_in_a_bar_in_markdown": f"'## ' + {NOTICE} + ' ' * 200_000 + '|'",
    "200k_of_leading_groups_before_no_head": f"{NOTICE} + '整改工作领导小组，全面负责组长' * 15_000",
    "200k_of_team_names_with_terms_and_rounds": f"'十五届县委第六轮巡察' * 20_000 + '县委第二巡察组对县局进行了巡察。' + {NOTICE}",
    "200k_of_counted_teams": f"'派出7个巡察组' * 25_000 + '州党委巡察组对某镇进行了巡察。' + {NOTICE}",
    "200k_of_teams_counted_with_their_committee": f"{NOTICE} + '3个县委巡察组向' * 25_000",
    "200k_of_periods_whose_ends_lost_their_月": f"{NOTICE} + '巡察组对某局开展了巡察,2024927日至126日' * 8_000",
    "200k_of_sentences_on_who_inspected_whom": f"{NOTICE} + '巡视组对某局进行了专项巡视。' * 15_000",
    "200k_of_range_ends_that_lost_their_日": f"{NOTICE} + '2022年9月7日至26,' * 12_000",
    "200k_of_two_digit_dates_after_stops": f"{NOTICE} + '。75日' * 40_000",
    "200k_of_units_given_short_forms": f"'对某局(以下简称某局)' * 15_000 + '进行了审计。' + {NOTICE}",
    "200k_of_openings_run_on_to_a_metadata_line": f"'浏览次数: 发布时间: 2025-11-12 12:02 ' + '根据市委统一部署,' * 20_000 + {NOTICE}",
    "200k_of_shared_file_wrappers": f"'《关于' + '的通报.docx》由' * 15_000 + '会员分享\\n' + {NOTICE}",
    "200k_of_labels_before_a_title": f"'某某:' * 60_000 + '某局关于巡察整改情况的通报\\n' + {NOTICE}",
    "200k_of_areas_before_kinds_of_problem": f"{NOTICE} + '4个方面、' * 40_000 + '16类问题'",
    "200k_of_short_forms_defined_before_a_feedback": (
        f"'现将' + '某局党组(以下简称“局党组”)' * 12_000 + '巡察整改情况予以公布。巡察组向局党组反馈了巡察意见。' + {NOTICE}"
    ),
    "200k_of_area_paragraphs_with_dated_measures": (
        f"{NOTICE} + '(一)在学习贯彻方面\\n' + '组织建设滞后。2025年9月,召开会议。\\n' * 8_000"
    ),
    "200k_of_periods_that_lost_all_their_words": f"{NOTICE} + '2021331618日,' * 15_000",
    "a_line_of_200k_digits_after_a_year_closed_by_日": f"{NOTICE} + '2021' + '1' * 200_000 + '日'",
    "200k_of_dates_that_abut": f"{NOTICE} + '巡察组于2020年5月6日6月5日' * 12_000",
    "200k_of_numbered_problem_keys_before_open_quotes": "'反馈问题(40-3):' + '“' * 200_000 + '\\n'",
    "200k_of_period_starts_before_a_signature": f"{NOTICE} + '2026年3月12日至\\n' * 14_000 + '2026年3月21日'",
    "200k_of_annex_lines_after_an_item": f"{NOTICE} + '附件:表\\n' * 30_000",
    "200k_of_keys_opening_lists_over_numbered_lines": "'整改措施:1、加强。\\n' + '2、加强。\\n整改措施:1、加强。\\n' * 10_000",
    "a_line_of_200k_underscores_before_a_page_number": f"'某' * 10 + '_' * 200_000 + '第1页\\n' + {NOTICE}",
    "200k_of_cells_closed_with_bars": f"{NOTICE} + '序号 |\\n问题 |\\n整改情况 |\\n' + '1 |\\n学习不深 |\\n已完成 |\\n' * 12_000",
    "200k_of_bare_keys_over_numbered_lines": "'整改完成情况：\\n1.开展学习。\\n2.制定制度。\\n' * 8_000",
    "200k_of_found_problem_paragraphs": "'二、审计发现的主要问题\\n' + '多计工程投资2347084.01元，予以核减。\\n县审计局依法出具了审计报告。\\n' * 6_000",
    "200k_of_pipe_lines_before_a_header": "'序号 | 省份 |\\n' * 20_000 + '问题 | 措施 |\\n'",
    "200k_of_name_and_value_rows": "'整改任务 | 啊 |\\n' + '责任单位 | 啊 |\\n整改目标 | 啊 |\\n' * 12_000",
    "200k_of_deadline_keys_over_dates": "'拟何时销号\\n2025年3月31日\\n' * 10_000",
    "200k_of_place_names_under_a_bare_issuer": "'市审计局关于审计整改情况的报告\\n' + '益阳市赫山区市' * 30_000",
    "200k_of_quoted_codes_before_a_formula": "'现将整改情况公示如下:' + '问题“D36”:“油烟' * 20_000 + '”整改'",
    "200k_of_complaint_fields_a_space_apart": "'交办案件办理结果公示' + ' 反映情况:噪声大。 调查核实情况:属实。 处理及整改情况:已整改。' * 5_000",
    "a_list_of_problems_answered_again_each_by_quoting_it": "'一、审计发现的主要问题\\n' + "
    "''.join(f'（{{i}}）现金管理不规范第{{i}}项。\\n' for i in range(1, 1500)) + '二、审计发现问题整改情况\\n' + "
    "''.join(f'（{{i}}）关于“现金管理不规范第{{i}}项”的问题情况属实，已整改。\\n' for i in range(1, 1500))",
    "200k_of_links_naming_the_bare_issuer_s_body": "'我局党组反馈了巡察意见。\\n' + '上一篇：中共某县水利局党组' * 15_000 + '\\n'",
    "200k_of_footer_lines_after_a_sentence": f"{NOTICE} + '主办单位：某县\\n地址：某路1号 电话：0123-4567890\\n' * 6_000",
    "200k_of_digits_in_a_tally_sentence": f"{TALLY} + '1' * 200_000 + {ITEM}",
    "200k_of_numerals_in_a_tally_sentence": f"{TALLY} + '十' * 200_000 + {ITEM}",
    "a_title_with_200k_spaces_inside": f"'中共某县委员会关于' + ' ' * 200_000 + '巡察整改情况的通报\\n' + {NOTICE}",
    "an_item_with_200k_spaces_inside": f"{NOTICE} + '1.' + ' ' * 200_000 + '。\\n整改情况：已完成。\\n'",
    "an_opening_sentence_with_200k_ideographic_spaces": "'县委第一巡察组对' + '\\u3000' * 200_000 + '进行了巡察。\\n'",
    "an_item_of_200k_dashes": f"{NOTICE} + '1.' + '—' * 200_000 + '。\\n整改情况：已完成。\\n'",
    "a_heading_of_200k_dashes": f"{NOTICE} + '一、' + '—' * 200_000 + '方面\\n1.学习不深。\\n整改情况：已完成。\\n'",
    "200k_of_headings_run_into_labels": "'（一）学习不深入方面 1.关于' * 12_000 + '\\n'",
    "200k_of_headings_run_into_sentences": "''.join('（一）学习不深入的问题 ' + '针' * 30 + '\\n' for _ in range(5_000))",
    "200k_of_site_name_lines": "'某县人民政府门户网站\\n' * 20_000 + '一、反馈问题\\n1.学习不深。已完成。\\n'",
    "200k_of_signatures_before_annexes_on_a_line": "'某某局 2023年1月6日 附件 ' * 14_000 + '\\n'",
    "200k_of_form_keys_a_space_apart": "'公示 ' + '反馈问题 学习不深 整改目标 ' * 12_000 + '\\n'",
    "200k_of_speakers_a_space_apart": "'报告 ' + '某某市审计局局长 张三 ' * 14_000 + '\\n'",
    "200k_of_digits_spaced_from_characters": f"{NOTICE} + '于 2023 年 3 月 ' * 20_000",
    "200k_of_straight_quotes_on_a_line": f"{NOTICE} + '关于\"三重一大\"' * 25_000 + '\\n'",
    "a_metadata_table_over_200k_of_sentences": "'索引号: | 1 | 发文日期: | 2025 | ' + '学习不深。 ' * 30_000 + '\\n'",
    "200k_of_titles_broken_over_lines": "'中共某县委关于巡察\\n整改进展情况的通报\\n' * 8_000",
    "200k_of_case_numbers_opening_unclosed_quotes": "'督察组交办\\n' + '受理编号4260:“油烟扰民油烟扰民油烟扰民\\n' * 8_000",
    "200k_of_labels_each_on_a_line_of_its_own": "'一、\\n\\n' * 50_000 + '（一）' + ' ' * 200_000 + '学习不深。\\n'",
    "200k_of_contents_widgets_and_image_words": f"'轻触这里关闭目录点击此处' * 10_000 + '\\n' + '标题图\\n' * 30_000 + {NOTICE}",
    "200k_of_tags_on_one_line_that_ends_in_words": f"'1. ' + '<b id=x>' * 20_000 + '学习不深\\n' + {NOTICE}",
    "200k_of_spam_keyword_runs": f"('免费观看,' * 8 + '\\n') * 5_000 + {NOTICE}",
    "200k_of_liable_people_never_named": f"{NOTICE} + '对负有直接责任的给予诫勉' * 20_000",
    "200k_of_units_claiming_problems": f"{NOTICE} + '认领问题认领问题' * 25_000",
    "200k_of_short_lines_over_tables_of_contents": f"'1. 1\\n' * 20 + '一、提高\\n二、加强\\n三、坚持\\n' * 20_000 + {NOTICE}",
    "200k_of_empty_metadata_rows_over_a_title": f"'公文时效:\\n' * 20_000 + '1. 1\\n2\\n' + {NOTICE}",
    "200k_of_items_named_in_turn_on_one_line": f"{NOTICE} + ''.join('。(%d)关于' % n for n in range(1, 25_000))",
    "200k_of_findings_pointed_out_never_handled": f"{NOTICE} + '1.学习不深。' + ',审计指出问题' * 20_000 + '\\n'",
    "200k_of_answers_in_turn_never_naming_a_problem": f"{NOTICE} + '针对' + '。针对学习' * 30_000 + '\\n'",
    "200k_of_conditions_of_one_resolve": f"{NOTICE} + '（一）' + '问题不解决' * 40_000 + '不放过，直面短板抓整改。\\n'",
    "200k_of_gaps_after_a_title_never_dated": f"'关于巡察整改情况的通报' + (' ' * 199 + 'x') * 1_000 + '\\n' + {NOTICE}",
    "200k_of_a_portal_menu_s_bulleted_links": f"{NOTICE} + '• 公众互动\\n' * 25_000",
    "200k_of_font_size_letters_on_one_line": f"'A+ A- ' * 35_000 + '\\n' + {NOTICE}",
    "200k_of_labels_set_as_one_character": f"{NOTICE} + '㈠㈡㈢' * 70_000 + '\\n'",
    "200k_of_documents_issued_before_a_feedback": f"'2023年5月6日' + '出具了' * 70_000 + '反馈。\\n' + {NOTICE}",
    "200k_of_acceptance_clauses_after_a_status": f"{NOTICE} + '1.学习不深。\\n整改情况：该问题已完成整改' + '，达到销号条件' * 30_000 + '。\\n'",
    "200k_of_status_lines_closing_numbered_measures": "'（一）学习不深的整改情况\\n' + '1.印发办法。\\n整改进展：已完成。\\n' * 10_000",
    "200k_of_detail_sentences_before_a_closing_status": f"{NOTICE} + '1.工程不合规。' + '塘坝与设计不一致。' * 20_000 + '目前已整改到位。\\n'",
    "200k_of_declarations_of_problems_done_and_accepted": f"{NOTICE} + '反馈问题已整改到位,并通过' * 15_000 + '\\n'",
    "200k_of_an_area_s_paragraphs_each_over_its_status_line": "'（一）在学习方面存在差距方面\\n' + '学习不到位。2025年9月,系统学习。\\n整改进展：已完成。\\n' * 8_000",
    "200k_of_demonstrated_subjects_done_on_time": f"{NOTICE} + '1.学习不深。' + '该审计问题已按期完成整改,' * 15_000 + '\\n'",
    "a_heading_quoting_200k_characters_as_its_problem": f"{NOTICE} + '1.“' + '学' * 200_000 + '”问题整改情况\\n'",
    "a_heading_of_200k_words_opening_as_a_status_group": f"{NOTICE} + '（一）' + '未及时' * 60_000 + '问题\\n'",
    "200k_of_closing_formulas_over_undated_signatures": f"{NOTICE} + '特此公告。\\n某某局\\n' * 20_000",
    "200k_of_audit_advice_paragraphs_after_a_finding": f"{NOTICE} + '1.多计工程价款。\\n' + '审计建议：规范。\\n' * 20_000",
    "200k_of_dates_ending_a_copy_s_last_line": f"{NOTICE} + '1.学习不深。整改情况：' + '于10月17日' * 20_000",
    "200k_of_approximate_counts_of_problems": f"'巡察组反馈了3个方面12个问题。' + '近40余个问题' * 25_000 + '\\n' + {NOTICE}",
    "200k_of_dated_paragraphs_on_the_problems_above": f"{NOTICE} + '1.学习不深。\\n' + '目前，上述问题已全部完成整改。\\n' * 12_000",
    "200k_of_status_keys_alone_over_their_values": f"{NOTICE} + '1.学习不深。\\n' + '整改状态：\\n已完成\\n' * 20_000",
    "200k_of_bare_measures_keys_over_their_values": f"{NOTICE} + '1.学习不深。\\n' + '整改举措\\n已完成整改。\\n' * 16_000",
    "200k_of_problem_keys_alone_over_their_problems": f"{NOTICE} + '(1)具体问题：\\n学习不深。\\n【整改情况】\\n一是学习。\\n' * 8_000",
    "200k_of_spam_keyword_lines_around_a_notice": f"'澳门新葡京官网,皇冠体育投注,真人百家乐\\n' * 4_000 + {NOTICE} + '免费观看电视剧,最新章节\\n' * 6_000",
    "a_line_of_200k_spam_words_and_commas": f"{NOTICE} + '百家乐,' * 50_000 + '\\n'",
    "200k_of_a_bid_site_s_login_prompts_after_a_notice": f"{NOTICE} + '会员登录 | 免费注册 | ' * 12_000 + '\\n' + '登录后查看完整内容\\n' * 12_000",
    "200k_of_a_site_s_menu_items_a_line_each_above_a_notice": f"'医院概况\\n院务公开\\n' * 20_000 + {NOTICE}",
    "a_bracketed_key_name_of_200k_characters": f"{NOTICE} + '1.学习不深。\\n【整改完成情况' + '况' * 200_000 + '】\\n'",
}
SCRIPT = "from pathlib import Path; import extractor; extractor.extract({text})"


def _limit_cpu() -> None:
    """In the child, before it runs: the kernel stops it after CPU_GUARD seconds of CPU time."""
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_GUARD, CPU_GUARD + 5))


@pytest.fixture(scope="module")
def runs() -> dict[str, subprocess.Popen]:
    """Every case started at once, each under the CPU limit."""
    started = {
        name: subprocess.Popen(
            [sys.executable, "-c", SCRIPT.format(text=text.format(root=str(ROOT)))],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=_limit_cpu,
        )
        for name, text in CASES.items()
    }
    yield started
    for process in started.values():
        if process.poll() is None:
            process.kill()
        process.wait()


def finished(runs: dict[str, subprocess.Popen], name: str) -> tuple[int, str]:
    """(exit status, standard error) of the case once it has ended: by itself, or stopped by the CPU
    limit (a failure). Reading its standard error as it comes means a long traceback cannot block it."""
    process = runs[name]
    _, stderr = process.communicate()  # bounded: extraction is pure computation, so the CPU limit ends any hang
    if process.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        pytest.fail(f"{name}: stopped after {CPU_GUARD} s of CPU time (a pattern went super-linear)")
    return process.returncode, stderr


@pytest.mark.parametrize("name", list(CASES))
def test_crafted_runs_finish_without_error(runs, name: str) -> None:
    returncode, stderr = finished(runs, name)
    assert returncode == 0, stderr
