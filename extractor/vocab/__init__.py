"""The domain vocabulary of rectification notices, in one place.

Every word list the stages match against lives in a module here, so widening coverage is editing a
table, not a regular expression inside a stage:

- `headings`: outline label forms (一、 （一） 1. （1） ① 第一方面 问题1：), one `normalise_label`
  for both backends, and the keys that open rectification text (整改情况： 原因分析： 责任单位：).
- `sections`: section kinds (organisation of the work, findings, next steps, overview), the words of
  a deficiency, quoted slogans, report sections, closing cues, the formula a notice announces itself
  with, and the field names of a notice laid out as a form (整改问题 / 重点措施 / 完成情况 / 验收意见).
- `columns`: the column names of rectification ledgers (序号 / 反馈问题 / 整改措施 / 完成情况 / 责任单位 …).
- `status`: the phrases of each status (已完成, 阶段性完成并长期坚持, 正在整改中 …) and the declarations
  that every problem is done (反馈的7个问题已完成整改, 已整改完成，并通过核查验收).
- `people`: surnames, role words and disciplinary actions.
- `report`: the opening formula's team and unit forms, the bodies that may issue a notice (short and
  formal names, joint bodies), declared counts and tallies, report dates, contacts, speakers.
- `places`: China's provinces, prefectures and counties by name (`places.txt`), to give a body named without its
  place (市审计局) the place the text names.
- `dates` and `numerals`: date forms (with lost digits) and Chinese numerals.
- `furniture`: page furniture of web pages, newspapers and printed PDFs (breadcrumbs, widgets,
  metadata rows, datelines, counters, footers).
- `traditional`: traditional characters folded to simplified ones for matching, and the pinyin a reprint
  sets after characters (read past: `load.reading_aids`).
- `glyphs`: what text extraction puts for the notice's characters (Kangxi radicals from a PDF's font,
  HTML character references left by a scraper), which the loader reads back as those characters.

Patterns are matched against the folded view of the text (`segment.fold`): half-width ASCII
punctuation, plain spaces, simplified characters. Modules here import nothing from the stages.
"""
