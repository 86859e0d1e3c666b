"""html: one self-contained page for editors who never open a terminal.

Every checked article is shown as written, paragraph by paragraph, each paragraph with
dir="auto" so Arabic runs right to left and English left to right; every finding is
highlighted in place (hover for the rule and message). A list of all findings links to each
highlight, and two filters (severity, rule) hide what the reader does not want to see. The
page needs no network: its style and its few lines of JavaScript are inline, and a
Content-Security-Policy forbids loading anything.

Overlapping findings are cut into segments: each <mark> lists in `data-f` the ids of the
findings it belongs to, so the text of all marks of one finding, in order, is the flagged text.
"""
from __future__ import annotations

import json
import re
from html import escape
from typing import TextIO

from checker.engine import FileResult
from checker.report import bidi

_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")

STYLE = """
:root { color-scheme: light; --error: #d1242f; --warning: #bf8700; --info: #0969da; }
body { font: 16px/1.6 system-ui, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
header.top { background: #fff; border-bottom: 1px solid #d0d7de; padding: 1rem 2rem; position: sticky; top: 0; z-index: 1; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
h2 { font-size: 1.1rem; margin: 0 0 .6rem; }
main { padding: 1rem 2rem; max-width: 70rem; }
section { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem 1.5rem; margin-bottom: 1rem; }
.summary { margin: 0 0 .5rem; }
#filters { display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; }
#filters label { cursor: pointer; }
ol.findings { padding-inline-start: 1.5rem; margin: 0; }
ol.findings li { margin: .25rem 0; }
ol.findings li.hidden { display: none; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .75rem; padding: 0 .3rem; border-radius: 3px; color: #fff; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
code { font-size: .85rem; background: #eff1f3; padding: 0 .25rem; border-radius: 3px; }
.article p { white-space: pre-wrap; margin: 0; unicode-bidi: plaintext; }
.article[lang=ar] p, p[lang=ar] { font-size: 1.1rem; }
mark.hl { background: transparent; border-bottom: 3px solid; padding: 0 1px; cursor: help; }
mark.hl.error { background: #ffebe9; border-color: var(--error); }
mark.hl.warning { background: #fff8c5; border-color: var(--warning); }
mark.hl.info { background: #ddf4ff; border-color: var(--info); }
mark.hl.point::after { content: "\\2038"; color: var(--error); }
mark.hl.off { background: transparent; border-color: transparent; cursor: auto; }
mark.hl.current { outline: 2px solid #1f2328; }
.error-line { color: var(--error); }
.empty { color: #57606a; }
"""

SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("factlint-data").textContent);
  var form = document.getElementById("filters");
  var count = document.getElementById("shown");
  function visible(id) {
    var f = data[id];
    var sev = form.querySelector("input[name=severity][value=" + f.severity + "]");
    var rule = form.querySelector("select[name=rule]").value;
    return (!sev || sev.checked) && (rule === "" || rule === f.rule);
  }
  function apply() {
    var shown = 0;
    document.querySelectorAll("ol.findings li[data-f]").forEach(function (li) {
      var on = visible(li.getAttribute("data-f"));
      li.classList.toggle("hidden", !on);
      if (on) { shown += 1; }
    });
    document.querySelectorAll("mark.hl").forEach(function (mark) {
      var ids = mark.getAttribute("data-f").split(" ");
      var on = ids.some(visible);
      mark.classList.toggle("off", !on);
      var first = ids.filter(visible)[0] || ids[0];
      mark.classList.remove("error", "warning", "info");
      mark.classList.add(data[first].severity);
    });
    if (count) { count.textContent = String(shown); }
  }
  form.addEventListener("change", apply);
  function mark(id) {
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    document.querySelectorAll("mark.hl").forEach(function (m) {
      if (m.getAttribute("data-f").split(" ").indexOf(id) >= 0) { m.classList.add("current"); }
    });
  }
  window.addEventListener("hashchange", function () { mark(location.hash.slice(1)); });
  apply();
})();
"""


class Reporter:
    needs_source = True

    def __init__(self, out: TextIO, **options) -> None:
        self.out = out
        self.sections: list[str] = []
        self.items: list[str] = []
        self.data: dict[str, dict] = {}
        self.rules: dict[str, int] = {}
        self.errors: list[str] = []
        self.counter = 0

    def file(self, result: FileResult) -> None:
        number = len(self.sections) + 1
        if result.error:
            self.errors.append(f'<li class="error-line">{escape(result.path)}: could not be checked: {escape(result.error)}</li>')
        if result.source is None:
            if not result.error:
                self.sections.append(f'<section id="file-{number}"><h2>{escape(result.path)}</h2><p class="empty" dir="auto">(source not available)</p></section>')
            return
        ids = []
        for f in result.findings:
            self.counter += 1
            fid = f"f{self.counter}"
            ids.append(fid)
            self.data[fid] = {"rule": f.rule, "severity": f.severity.value, "text": f.text, "message": f.message}
            self.rules[f.rule] = self.rules.get(f.rule, 0) + 1
            self.items.append(
                f'<li data-f="{fid}"><a href="#{fid}">{escape(result.path)}:{f.line}:{f.column}</a> '
                f'<span class="sev {f.severity.value}">{f.severity.value}</span> <code>{escape(f.rule)}</code> '
                f'<span class="message" dir="ltr">{bidi.html(f.message, f.text)}</span></li>'
            )
        body = self._article(result.source, list(zip(ids, result.findings)))
        lang = f' lang="{escape(result.language)}"' if result.language else ""
        count = len(result.findings)
        state = f"{count} finding{'s' if count != 1 else ''}" if count else "no findings"
        self.sections.append(
            f'<section id="file-{number}" class="file"><h2>{escape(result.path)} <small class="empty">({state})</small></h2>'
            f'<div class="article"{lang}>{body}</div></section>'
        )

    def _article(self, source: str, findings: list[tuple[str, object]]) -> str:
        # paragraphs: each chunk is a paragraph and the blank lines after it (nothing is lost)
        chunks, start = [], 0
        for m in _PARAGRAPH_BREAK.finditer(source):
            if m.start() > start:
                chunks.append((start, m.end()))
                start = m.end()
        if start < len(source) or not chunks:
            chunks.append((start, len(source)))
        out = []
        anchored: set[str] = set()
        for a, b in chunks:
            cuts = {a, b}
            inside = [(fid, f) for fid, f in findings if f.start < b and f.end > a or (f.start == f.end and a <= f.start < b)]
            for _, f in inside:
                cuts.update(x for x in (f.start, f.end) if a <= x <= b)
            cuts = sorted(cuts)
            html: list[str] = []
            # zero-length findings (an insertion point) become an empty mark before the segment
            for lo, hi in zip(cuts, cuts[1:]):
                for fid, f in inside:
                    if f.start == f.end == lo:
                        html.append(self._anchor(fid, anchored))
                        html.append(f'<mark class="hl point {f.severity.value}" data-f="{fid}" title="{escape(f.rule)}: {escape(bidi.isolate(f.message, f.text))}"></mark>')
                covering = [(fid, f) for fid, f in inside if f.start <= lo and f.end >= hi and f.end > f.start]
                text = escape(source[lo:hi])
                if not covering:
                    html.append(text)
                    continue
                for fid, f in covering:
                    if f.start == lo:
                        html.append(self._anchor(fid, anchored))
                worst = max(covering, key=lambda item: item[1].severity.rank)[1]
                title = " | ".join(f"{f.rule}: {bidi.isolate(f.message, f.text)}" for _, f in covering)
                html.append(
                    f'<mark class="hl {worst.severity.value}" data-f="{" ".join(fid for fid, _ in covering)}" title="{escape(title)}">{text}</mark>'
                )
            out.append(f'<p dir="auto">{"".join(html)}</p>')
        return "".join(out)

    @staticmethod
    def _anchor(fid: str, anchored: set[str]) -> str:
        if fid in anchored:
            return ""
        anchored.add(fid)
        return f'<a id="{fid}" class="anchor"></a>'

    def finish(self, summary: dict) -> None:
        from checker import __version__

        counts = ", ".join(f"{summary[s]} {s}{'s' if summary[s] != 1 else ''}" for s in ("error", "warning", "info") if summary.get(s))
        severity_boxes = "".join(
            f'<label><input type="checkbox" name="severity" value="{s}" checked> <span class="sev {s}">{s}</span></label>' for s in ("error", "warning", "info")
        )
        rule_options = "".join(f'<option value="{escape(r)}">{escape(r)} ({n})</option>' for r, n in sorted(self.rules.items()))
        data = json.dumps(self.data, ensure_ascii=False).replace("</", "<\\/")
        files = summary["files"]
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="factlint {escape(__version__)}">
<title>factlint report</title>
<style>{STYLE}</style>
</head>
<body>
<header class="top">
<h1>factlint report</h1>
<p class="summary" dir="auto">{files} file{'s' if files != 1 else ''} checked · {counts or 'no findings'}{f" · {summary['files_with_errors']} could not be checked" if summary.get('files_with_errors') else ''} · showing <span id="shown">{len(self.items)}</span></p>
<form id="filters" onsubmit="return false">{severity_boxes}
<label>Rule <select name="rule"><option value="">all rules</option>{rule_options}</select></label></form>
</header>
<main>
<section class="list"><h2>Findings</h2>
{('<ol class="findings">' + "".join(self.items) + "</ol>") if self.items else '<p class="empty" dir="auto">No findings.</p>'}
{('<ul>' + "".join(self.errors) + "</ul>") if self.errors else ""}
</section>
{"".join(self.sections)}
</main>
<script type="application/json" id="factlint-data">{data}</script>
<script>{SCRIPT}</script>
</body>
</html>
"""
        self.out.write(page)
