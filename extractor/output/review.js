/* The review page's corrections: the reviewer deletes, adds and edits issues and report fields; the
   working copy lives in localStorage under the document's text hash, and "导出" downloads it as a gold
   file (an Extraction with the text in meta). Notice strings only ever reach the DOM as text nodes or
   input values, never as markup. Offsets: the contract counts code points, JS strings UTF-16 units. */
(function () {
  'use strict';
  var PREFIX = 'rectification-review:v1:';
  var schema = JSON.parse(document.getElementById('review-schema').textContent);
  var docs = {};

  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k]; else if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    });
    (kids || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function clone(x) { return JSON.parse(JSON.stringify(x)); }
  function status(message) { var o = document.getElementById('review-status'); o.textContent = message; return o; }

  // --- offsets -----------------------------------------------------------------------------------
  function astral(D) { return D.astral === undefined ? (D.astral = /[\uD800-\uDBFF]/.test(D.text)) : D.astral; }
  function toUnits(D, cp) { return astral(D) ? Array.from(D.text).slice(0, cp).join('').length : cp; }
  function toPoints(D, u) { return astral(D) ? Array.from(D.text.slice(0, u)).length : u; }

  // --- state -------------------------------------------------------------------------------------
  var COMPARED = ['path', 'category', 'subcategory', 'problem', 'cause', 'status', 'status_text', 'accountability', 'span'];
  function load(D) {
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(PREFIX + D.sha) || 'null'); } catch (e) { saved = null; }
    if (saved && saved.issues && saved.report) { D.work = saved; return; }
    D.work = { report: clone(D.original.report), issues: D.original.issues.map(function (i, n) {
      var w = clone(i); w._k = 'o' + n; return w; }), added: 0 };
  }
  function save(D) {
    D.work.savedAt = new Date().toISOString();
    try { localStorage.setItem(PREFIX + D.sha, JSON.stringify(D.work)); } catch (e) { status('无法保存更正：' + e.message); }
  }
  function originalOf(D, w) { return w._k.charAt(0) === 'o' ? D.original.issues[+w._k.slice(1)] : null; }
  function kind(D, w) {
    var o = originalOf(D, w);
    if (!o) return w._deleted ? null : 'added';
    if (w._deleted) return 'deleted';
    return COMPARED.some(function (f) { return JSON.stringify(o[f] === undefined ? null : o[f]) !== JSON.stringify(w[f] === undefined ? null : w[f]); }) ? 'corrected' : null;
  }
  function reportChanges(D) {
    return schema.report.filter(function (f) { return JSON.stringify(get(D.work.report, f.key)) !== JSON.stringify(get(D.original.report, f.key)); });
  }
  function get(obj, key) { return key.split('.').reduce(function (o, k) { return o == null ? null : o[k]; }, obj); }
  function put(obj, key, value) {
    var parts = key.split('.'); var last = parts.pop();
    parts.forEach(function (k) { if (obj[k] == null) obj[k] = {}; obj = obj[k]; }); obj[last] = value;
  }

  // --- rendering ---------------------------------------------------------------------------------
  function locate(D, w) {  // [start, end, problemStart, problemEnd] in UTF-16 units, or null
    if (w._deleted || D.text === null) return null;
    var s = w.span, t = D.text;
    if (s && s[0] < s[1] && toUnits(D, s[1]) <= t.length) {
      var a = toUnits(D, s[0]), b = toUnits(D, s[1]), p = t.indexOf(w.problem, a);
      return [a, b, p >= 0 && p + w.problem.length <= b ? p : -1, p >= 0 && p + w.problem.length <= b ? p + w.problem.length : -1];
    }
    var at = t.indexOf(w.problem);
    return at >= 0 ? [at, at + w.problem.length, at, at + w.problem.length] : null;
  }
  function renderText(D) {
    var pre = D.sec.querySelector('.text pre'), t = D.text, cuts = {}, ranges = [];
    pre.textContent = '';
    if (t === null) return;
    cuts[0] = cuts[t.length] = 1;
    D.work.issues.forEach(function (w, n) {
      var r = locate(D, w); if (!r) return;
      ranges.push({ a: r[0], b: r[1], pa: r[2], pb: Math.min(r[3], r[1]), n: n + 1 });
      cuts[r[0]] = cuts[r[1]] = 1; if (r[2] >= 0) { cuts[r[2]] = cuts[Math.min(r[3], r[1])] = 1; }
    });
    ranges.sort(function (x, y) { return x.a - y.a || y.b - x.b; });
    var points = Object.keys(cuts).map(Number).sort(function (x, y) { return x - y; }), seen = {};
    for (var i = 0; i + 1 < points.length; i++) {
      var l = points[i], r = points[i + 1], piece = t.slice(l, r), cover = null;
      ranges.forEach(function (g) { if (g.a <= l && r <= g.b) cover = g; });
      if (!cover) { pre.appendChild(document.createTextNode(piece)); continue; }
      var cls = 'issue' + (cover.pa <= l && r <= cover.pb ? ' problem' : '') + (cover.n % 2 === 0 ? ' alt' : '');
      var m = el('mark', { 'class': cls, 'data-issue': cover.n, text: piece });
      if (!seen[cover.n]) { seen[cover.n] = 1; m.setAttribute('tabindex', '0'); m.setAttribute('title', '问题 ' + cover.n); }
      pre.appendChild(m);
    }
    D.sec.dataset.highlights = Object.keys(seen).length;
  }
  function statusLabel(s) { return schema.statuses[s] || s; }
  function person(a) { return a.person + (a.role ? '（' + a.role + '）' : '') + '：' + a.action; }
  function renderTable(D) {
    var body = D.sec.querySelector('.issues tbody'); body.textContent = '';
    var corrected = 0;
    D.work.issues.forEach(function (w, n) {
      var k = kind(D, w); if (k) corrected++;
      var who = el('td', { 'class': 'who' }); w.accountability.forEach(function (a, j) { if (j) who.appendChild(el('br')); who.appendChild(document.createTextNode(person(a))); });
      var problem = w.problem.length <= 60 ? w.problem : w.problem.slice(0, 60) + '…';
      var row = el('tr', { 'data-issue': n + 1, tabindex: '0', 'class': k, 'data-key': w._k }, [
        el('td', { text: String(n + 1) }), el('td', { 'class': 'mark', title: k ? schema.kinds[k] : null, text: k ? schema.marks[k] : '' }),
        el('td', { text: (w.path || []).join(' › ') || w.id || '' }),
        el('td', {}, [el('span', { 'class': 'badge s-' + w.status, text: statusLabel(w.status) })]), who,
        el('td', { 'class': 'problem' }, [problem].concat(locate(D, w) || w._deleted ? [] : [el('span', { 'class': 'unlocated', text: ' 未定位' })]))]);
      body.appendChild(row);
    });
    var changed = reportChanges(D).length;
    D.sec.dataset.corrections = corrected + changed;
    D.sec.querySelector('.toolbar .corrections').textContent = corrected + changed ? '已更正 ' + corrected + ' 行、' + changed + ' 项通报信息' : '';
    var link = document.querySelector('#doclist a[data-doc="' + D.index + '"] .count');
    if (link) link.textContent = (corrected + changed ? '✎ ' : '') + D.work.issues.filter(function (w) { return !w._deleted; }).length;
    D.sec.querySelectorAll('.report-form label').forEach(function (lab) {
      lab.classList.toggle('corrected', reportChanges(D).some(function (f) { return f.key === lab.dataset.key; }));
    });
  }
  function render(D) { renderText(D); renderTable(D); if (D.open !== undefined) openEditor(D, D.open); }

  // --- the editor of one issue -------------------------------------------------------------------
  function field(label, input) { return el('label', {}, [el('span', { text: label }), input]); }
  function openEditor(D, n) {
    var w = D.work.issues[n - 1], box = D.sec.querySelector('.editor');
    if (!w) { box.hidden = true; return; }
    D.open = n; box.hidden = false; box.textContent = '';
    var sel = el('select', { name: 'status' });
    Object.keys(schema.statuses).forEach(function (s) { var o = el('option', { value: s, text: statusLabel(s) }); if (s === w.status) o.selected = true; sel.appendChild(o); });
    var inputs = {
      path: el('input', { name: 'path' }), category: el('input', { name: 'category' }), subcategory: el('input', { name: 'subcategory' }),
      status: sel, status_text: el('input', { name: 'status_text' }), accountability: el('textarea', { name: 'accountability', placeholder: '姓名｜职务｜处理，每人每项一行' }),
      cause: el('textarea', { name: 'cause' })
    };
    inputs.path.value = (w.path || []).join(' '); inputs.category.value = w.category || ''; inputs.subcategory.value = w.subcategory || '';
    inputs.status_text.value = w.status_text || ''; inputs.cause.value = w.cause || '';
    inputs.accountability.value = w.accountability.map(function (a) { return [a.person, a.role || '', a.action].join('｜'); }).join('\n');
    box.appendChild(el('div', {}, [el('b', { text: '问题 ' + n + ' ' }), el('span', { text: schema.kinds[kind(D, w)] || '' })]));
    box.appendChild(el('div', { 'class': 'problem-text', text: w.problem }));
    box.appendChild(el('div', {}, [el('button', { type: 'button', 'data-act': 'move', text: '以选中原文为问题' }),
      el('button', { type: 'button', 'data-act': w._deleted ? 'restore' : 'delete', text: w._deleted ? '恢复' : '删除此问题' })]));
    [['path', '层级'], ['category', '类别'], ['subcategory', '子类别'], ['status', '整改状态'], ['status_text', '状态原文'],
     ['accountability', '问责情况'], ['cause', '原因分析']].forEach(function (p) { box.appendChild(field(p[1], inputs[p[0]])); });
  }
  function readEditor(D, name, value) {
    var w = D.work.issues[D.open - 1]; if (!w) return;
    var text = value.trim();
    if (name === 'path') w.path = text ? text.split(/\s+/) : [];
    else if (name === 'accountability') {
      w.accountability = text ? text.split('\n').map(function (line) {
        var p = line.split(/[｜|]/).map(function (x) { return x.trim(); });
        return p.length >= 2 && p[0] ? { person: p[0], role: p.length > 2 ? (p[1] || null) : null, action: p[p.length - 1] } : null;
      }).filter(function (a) { return a && a.action; }) : [];
    } else w[name] = text || (name === 'status' ? 'not_stated' : null);
    save(D); renderTable(D); selectRow(D, D.open);
  }

  // --- selection in the source pane --------------------------------------------------------------
  function selected(D) {  // {a, b, text} in UTF-16 units, trimmed as the guide trims a problem
    var s = window.getSelection(), pre = D.sec.querySelector('.text pre');
    if (!s.rangeCount || s.isCollapsed) return null;
    var r = s.getRangeAt(0); if (!pre.contains(r.startContainer) || !pre.contains(r.endContainer)) return null;
    var before = document.createRange(); before.selectNodeContents(pre); before.setEnd(r.startContainer, r.startOffset);
    var a = before.toString().length, b = a + r.toString().length;
    while (a < b && /\s/.test(D.text.charAt(a))) a++;
    while (b > a && /[\s。；;]/.test(D.text.charAt(b - 1))) b--;
    return a < b ? { a: a, b: b, text: D.text.slice(a, b) } : null;
  }
  function moveProblem(D) {
    var w = D.work.issues[D.open - 1], s = selected(D);
    if (!w || !s) { status('请先在原文中选中问题文字'); return; }
    var a = toPoints(D, s.a), b = toPoints(D, s.b), old = w.span;
    w.problem = s.text;
    w.span = old && old[0] < b && a < old[1] ? [Math.min(a, old[0]), Math.max(b, old[1])] : [a, b];
    save(D); render(D); selectRow(D, D.open);
  }
  function addIssue(D) {
    var s = selected(D);
    if (!s) { status('请先在原文中选中遗漏问题的文字'); return; }
    var a = toPoints(D, s.a), b = toPoints(D, s.b), at = 0;
    D.work.issues.forEach(function (w, n) { var r = locate(D, w); if (r && r[0] <= s.a) at = n + 1; });
    var prev = D.work.issues[at - 1] || {};
    D.work.added = (D.work.added || 0) + 1;
    D.work.issues.splice(at, 0, { _k: 'a' + D.work.added, id: '', path: clone(prev.path || []), category: prev.category || null,
      subcategory: prev.subcategory || null, problem: s.text, cause: null, measures: [], status: 'not_stated', status_text: null,
      accountability: [], documents: [], span: [a, b] });
    window.getSelection().removeAllRanges();
    D.open = at + 1; save(D); render(D); selectRow(D, at + 1);
  }
  function setDeleted(D, flag) {
    var w = D.work.issues[D.open - 1]; if (!w) return;
    if (flag && w._k.charAt(0) === 'a') { D.work.issues.splice(D.open - 1, 1); D.open = undefined; D.sec.querySelector('.editor').hidden = true; }
    else w._deleted = flag;
    save(D); render(D); if (D.open) selectRow(D, D.open);
  }
  function reset(D) {
    try { localStorage.removeItem(PREFIX + D.sha); } catch (e) { /* storage unavailable */ }
    D.open = undefined; D.sec.querySelector('.editor').hidden = true; load(D); renderReport(D); render(D);
  }

  // --- report fields -----------------------------------------------------------------------------
  function renderReport(D) {
    var form = D.sec.querySelector('.report-form'); form.textContent = '';
    schema.report.forEach(function (f) {
      var v = get(D.work.report, f.key), input = el('input', { name: f.key, type: f.kind === 'date' ? 'date' : f.kind === 'int' ? 'number' : 'text' });
      input.value = v === null || v === undefined ? '' : f.kind === 'list' ? v.join('；') : String(v);
      form.appendChild(el('label', { 'data-key': f.key }, [el('span', { text: f.label }), input]));
    });
  }
  function readReport(D, key, raw) {
    var f = schema.report.filter(function (x) { return x.key === key; })[0], v = raw.trim();
    if (f.kind === 'list') v = v ? v.split(/[；;\n]/).map(function (x) { return x.trim(); }).filter(Boolean) : [];
    else if (f.kind === 'int') v = v === '' ? null : parseInt(v, 10);
    else v = v || null;
    var counts = key.indexOf('declared_status_counts.') === 0;
    if (counts && !D.work.report.declared_status_counts) D.work.report.declared_status_counts = { completed: null, long_term: null, in_progress: null };
    put(D.work.report, key, v);  // (a cleared total is unknown, null; 0 says the notice tallies none)
    var c = D.work.report.declared_status_counts;  // all three cleared: the notice declares no totals
    if (counts && !c.completed && !c.long_term && !c.in_progress) D.work.report.declared_status_counts = null;
    save(D); renderTable(D);
  }

  // --- export ------------------------------------------------------------------------------------
  function today() { var d = new Date(); return d.getFullYear() + '-' + ('0' + (d.getMonth() + 1)).slice(-2) + '-' + ('0' + d.getDate()).slice(-2); }
  function gold(D, reviewer) {
    var kept = D.work.issues.filter(function (w) { return !w._deleted; }), counts = { deleted: 0, added: 0, corrected: 0 };
    D.work.issues.forEach(function (w) { var k = kind(D, w); if (k) counts[k]++; });
    function at(w) { var r = locate(D, w); return r ? r[0] : Infinity; }
    kept.sort(function (x, y) { return at(x) - at(y); });
    return { source: D.source, report: clone(D.work.report), warnings: [], issues: kept.map(function (w, n) {
      return { id: String(n + 1), path: w.path || [], category: w.category || null, subcategory: w.subcategory || null, problem: w.problem,
        cause: w.cause || null, status: w.status, status_text: w.status === 'not_stated' ? null : (w.status_text || null),
        accountability: w.accountability, span: w.span || null };
    }), meta: { labelled_by: 'review', reviewer: reviewer, reviewed_on: today(), text_sha256: D.sha, text: D.text,
      corrections: { deleted: counts.deleted, added: counts.added, corrected: counts.corrected, report_fields: reportChanges(D).map(function (f) { return f.key; }) },
      extracted_by: D.original.meta || {} } };
  }
  function download(name, value) {
    var url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' }));
    var a = el('a', { href: url, download: name }); document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    var o = status('已导出 ' + name); o.dataset.lastExport = name;
  }
  function reviewer() {
    var name = document.getElementById('reviewer').value.trim();
    if (!name) { status('请先填写审阅人'); document.getElementById('reviewer').focus(); }
    return name;
  }
  function stem(D) { return ((D.source || 'notice').split(/[\\/]/).pop().replace(/\.[^.]*$/, '').replace(/[^\w\u4e00-\u9fff.-]+/g, '_') || 'notice').slice(0, 80); }
  function exportOne(D) {
    var who = reviewer(); if (!who) return;
    if (D.text === null) { status('原文不可用，无法导出'); return; }
    download(stem(D) + '.gold.json', gold(D, who));
  }
  function exportAll() {
    var who = reviewer(); if (!who) return;
    var all = Object.keys(docs).map(function (k) { return docs[k]; }).filter(function (D) { return D.text !== null; });
    download('review-export-' + today() + '.json', all.map(function (D) { return gold(D, who); }));
  }

  // --- wiring ------------------------------------------------------------------------------------
  function selectRow(D, n) {
    var row = D.sec.querySelector('tr[data-issue="' + n + '"]'); if (row) row.classList.add('selected');
    D.sec.querySelectorAll('mark[data-issue="' + n + '"]').forEach(function (m) { m.classList.add('selected'); });
  }
  function docOf(node) { var sec = node.closest && node.closest('section.doc'); return sec ? docs[sec.dataset.doc] : null; }
  document.addEventListener('click', function (ev) {
    var t = ev.target, D = docOf(t), act = t.dataset && t.dataset.act;
    if (t.closest('tr[data-issue],mark[data-issue]') && D) { openEditor(D, +t.closest('[data-issue]').dataset.issue); return; }
    if (!act) return;
    if (act === 'export-all') exportAll();
    else if (D && act === 'add') addIssue(D);
    else if (D && act === 'move') moveProblem(D);
    else if (D && act === 'delete') setDeleted(D, true);
    else if (D && act === 'restore') setDeleted(D, false);
    else if (D && act === 'export') exportOne(D);
    else if (D && act === 'reset') reset(D);
  });
  document.addEventListener('mousedown', function (ev) {  // a click on a button keeps the text selected
    if (ev.target.closest && ev.target.closest('button[data-act]')) ev.preventDefault();
  });
  document.addEventListener('change', function (ev) {
    var t = ev.target, D = docOf(t);
    if (t.id === 'reviewer') { try { localStorage.setItem(PREFIX + 'reviewer', t.value.trim()); } catch (e) { /* unavailable */ } return; }
    if (!D) return;
    if (t.closest('.editor')) readEditor(D, t.name, t.value);
    else if (t.closest('.report-form')) readReport(D, t.name, t.value);
  });
  document.querySelectorAll('section.doc').forEach(function (sec) {
    var data = sec.querySelector('script.doc-data'); if (!data) return;
    var d = JSON.parse(data.textContent);
    var D = { index: sec.dataset.doc, sec: sec, source: d.source, sha: d.sha256, text: d.text, original: d.extraction };
    docs[D.index] = D; load(D); renderReport(D); render(D);
  });
  try { document.getElementById('reviewer').value = localStorage.getItem(PREFIX + 'reviewer') || ''; } catch (e) { /* unavailable */ }
})();
