"""factlint-lsp, driven over stdio as an editor drives it: initialize, didOpen, didChange,
diagnostics, code actions (tests/lspclient.py is the editor's side)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.lsp import Positions, kind_of
from lspclient import Client

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"
SEVERITY = {"error": 1, "warning": 2, "info": 3}  # LSP's DiagnosticSeverity


@pytest.fixture(scope="module")
def editor():
    """One server for the module, as one editor session; the debounce long enough that three
    changes sent at once are checked once."""
    client = Client(cwd=str(ROOT))
    result = client.initialize(str(ROOT), {"debounce": 500})
    assert result["capabilities"]["positionEncoding"] == "utf-16"
    yield client
    client.close()


def apply_edits(text: str, edits: list[dict]) -> str:
    """Apply LSP TextEdits (UTF-16 positions) to `text`, as the editor does."""
    positions = Positions(text)
    spans = [(positions.offset(**e["range"]["start"]), positions.offset(**e["range"]["end"]), e["newText"]) for e in edits]
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def change(editor: Client, uri: str, version: int, edits: list[dict]) -> None:
    editor.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": e["range"], "text": e["newText"]} for e in edits]})


def seed_findings() -> list[dict]:
    result = subprocess.run([sys.executable, "-m", "checker", str(SEED), "--format", "json"], capture_output=True, cwd=ROOT, timeout=120)
    return json.loads(result.stdout)["files"][0]["findings"]


# -- diagnostics ---------------------------------------------------------------------------------
def test_the_seeds_findings_arrive_as_diagnostics_when_it_is_opened(editor):
    editor.open(SEED.as_uri(), SEED.read_text(encoding="utf-8"))
    diagnostics = editor.diagnostics(SEED.as_uri(), version=1)

    expected = seed_findings()  # `check` on the same file, with the same factlint.toml (facts register)
    assert {f["rule"] for f in expected} >= {"date-weekday", "punctuation-repeat", "quote-balance", "facts-register"}
    assert [(d["code"], d["range"]["start"], d["message"], d["severity"], d["source"]) for d in diagnostics] == [
        (f["rule"], {"line": f["line"] - 1, "character": f["column"] - 1}, f["message"], SEVERITY[f["severity"]], "factlint") for f in expected
    ]


def test_an_edit_is_checked_again_once_typing_pauses(editor):
    uri = SEED.with_name("seed-edited.ar.txt").as_uri()  # same folder and configuration, another document
    text = SEED.read_text(encoding="utf-8")
    editor.open(uri, text)
    weekday = next(d for d in editor.diagnostics(uri, version=1) if d["code"] == "date-weekday")
    start = weekday["range"]["start"]
    sunday = {"start": start, "end": {"line": start["line"], "character": start["character"] + len("الأحد")}}

    # three keystrokes in a row: Sunday becomes Tuesday, the weekday of 14 November 2023
    change(editor, uri, 2, [{"range": sunday, "newText": ""}])
    change(editor, uri, 3, [{"range": {"start": start, "end": start}, "newText": "الثلا"}])
    change(editor, uri, 4, [{"range": {"start": {"line": start["line"], "character": start["character"] + 5}, "end": {"line": start["line"], "character": start["character"] + 5}}, "newText": "ثاء"}])

    after = editor.diagnostics(uri, version=4)
    assert "date-weekday" not in {d["code"] for d in after}
    assert {"punctuation-repeat", "quote-balance"} <= {d["code"] for d in after}
    published = [n for n in editor.notifications if n["method"] == "textDocument/publishDiagnostics" and n["params"]["uri"] == uri]
    assert published == []  # versions 2 and 3 were never checked: the check waited for the pause


def test_a_code_action_applies_the_suggestion_of_a_finding(editor):
    uri = SEED.with_name("seed-action.ar.txt").as_uri()
    text = SEED.read_text(encoding="utf-8")
    editor.open(uri, text)
    doubled = next(d for d in editor.diagnostics(uri, version=1) if d["code"] == "punctuation-repeat")

    actions = editor.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": doubled["range"], "context": {"diagnostics": [doubled], "only": ["quickfix"]}})

    action, = [a for a in actions if a["kind"] == "quickfix"]
    assert action["title"] == "Replace “. .” with “.” (punctuation-repeat)"
    assert action["isPreferred"] is True  # a safe fix, the one `check --fix` applies
    assert action["diagnostics"][0]["code"] == "punctuation-repeat"
    document_edit, = action["edit"]["documentChanges"]
    assert document_edit["textDocument"] == {"uri": uri, "version": 1}  # refused by the editor if the text moved on
    fixed = apply_edits(text, document_edit["edits"])
    assert fixed == text.replace("الدولي. .", "الدولي.")

    change(editor, uri, 2, document_edit["edits"])
    assert "punctuation-repeat" not in {d["code"] for d in editor.diagnostics(uri, version=2)}


def test_one_quick_fix_replaces_the_latin_comma_at_every_place_the_finding_names(editor):
    uri = "untitled:commas"
    text = "قال الوزير, إن الحكومة، التي تعمل منذ عام، والوزارة المعنية، ستعمل معا, والبلدية، ستشارك في الخطة.\n"
    editor.open(uri, text)
    comma, = [d for d in editor.diagnostics(uri, version=1) if d["code"] == "punctuation-script"]
    assert len(comma["relatedInformation"]) == 1  # the second Latin comma

    actions = editor.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": comma["range"], "context": {"diagnostics": [comma]}})

    action = next(a for a in actions if a["kind"] == "quickfix")
    assert action["title"] == "Replace “,” with “،” in 2 places (punctuation-script)"
    assert apply_edits(text, action["edit"]["documentChanges"][0]["edits"]) == text.replace(",", "،")


def test_the_safe_fixes_of_a_whole_document_are_one_source_action(editor):
    uri = SEED.with_name("seed-fix-all.ar.txt").as_uri()
    text = SEED.read_text(encoding="utf-8")
    editor.open(uri, text)
    editor.diagnostics(uri, version=1)
    whole = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}

    actions = editor.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": [], "only": ["source.fixAll"]}})

    action, = actions
    assert action["kind"] == "source.fixAll.factlint"
    assert apply_edits(text, action["edit"]["documentChanges"][0]["edits"]) == text.replace("الدولي. .", "الدولي.")


def test_positions_are_utf16_code_units_so_an_emoji_counts_two(editor):
    uri = "untitled:emoji"
    text = "🎉🎉 Ticket sales fell at the museum,, curators said on Monday.\n"
    editor.open(uri, text)
    doubled, = [d for d in editor.diagnostics(uri, version=1) if d["code"] == "punctuation-repeat"]
    column = len(text[: text.index(",,")].encode("utf-16-le")) // 2
    assert doubled["range"] == {"start": {"line": 0, "character": column}, "end": {"line": 0, "character": column + 2}}
    assert column == text.index(",,") + 2


# -- document kinds and configuration ---------------------------------------------------------
def test_markdown_and_html_documents_are_read_as_check_reads_them(editor, tmp_path):
    markdown = tmp_path / "story.md"
    line = "The code `a,,b` is left alone, but this,, is not."
    markdown.write_text(f"# Budget\n\n{line}\n", encoding="utf-8")
    editor.open(markdown.as_uri(), markdown.read_text(encoding="utf-8"), language="markdown")
    found = [d for d in editor.diagnostics(markdown.as_uri(), version=1) if d["code"] == "punctuation-repeat"]
    assert [d["range"]["start"] for d in found] == [{"line": 2, "character": line.index("this,,") + len("this")}]

    page = tmp_path / "story.html"
    page.write_text('<html><body><article><p title="a,,b">Sales fell at the museum,, curators said.</p></article></body></html>\n', encoding="utf-8")
    editor.open(page.as_uri(), page.read_text(encoding="utf-8"), language="html")
    found = [d for d in editor.diagnostics(page.as_uri(), version=1) if d["code"] == "punctuation-repeat"]
    assert [d["range"]["start"]["character"] for d in found] == [page.read_text().index("museum,,") + len("museum")]


def test_the_factlint_toml_next_to_the_document_is_its_configuration_and_is_read_again_when_saved(editor, tmp_path):
    config = tmp_path / "factlint.toml"
    config.write_text('ignore = ["punctuation-repeat"]\n', encoding="utf-8")
    article = tmp_path / "note.txt"
    article.write_text("Ticket sales fell at the museum,, curators said on Monday.\n", encoding="utf-8")
    editor.open(article.as_uri(), article.read_text(encoding="utf-8"))
    assert editor.diagnostics(article.as_uri(), version=1) == []

    config.write_text('ignore = ["punctuation-repeat"\n', encoding="utf-8")  # broken: one diagnostic says so
    os.utime(config, ns=(time.time_ns(), time.time_ns() + 10**9))
    editor.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    problem, = editor.diagnostics(article.as_uri())
    assert problem["severity"] == 1 and "configuration" in problem["message"] and str(config) in problem["message"]
    assert problem["range"]["start"] == {"line": 0, "character": 0}

    config.write_text("", encoding="utf-8")  # back to the defaults
    os.utime(config, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
    editor.notify("textDocument/didSave", {"textDocument": {"uri": article.as_uri()}})
    assert [d["code"] for d in editor.diagnostics(article.as_uri())] == ["punctuation-repeat"]


def test_closing_a_document_clears_its_diagnostics(editor):
    uri = "untitled:closed"
    editor.open(uri, "Ticket sales fell at the museum,, curators said.\n")
    assert editor.diagnostics(uri, version=1)
    editor.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert editor.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)["diagnostics"] == []


# -- positions and kinds, without a server ---------------------------------------------------------
def test_a_document_whose_front_matter_does_not_parse_says_so_instead_of_findings():
    from checker.lsp import Linter

    checked = Linter().check("---\ntitle: [unclosed\n---\nText,, here.\n", None, "markdown")
    assert checked.findings == [] and checked.problem.startswith("Not checked: invalid front matter")


def test_positions_follow_lsps_line_breaks_and_the_negotiated_encoding():
    text = "a\r\nب😀c\rd\ne"
    utf16, utf8, utf32 = Positions(text, "utf-16"), Positions(text, "utf-8"), Positions(text, "utf-32")
    c = text.index("c")
    assert utf16.position(c) == (1, 3) and utf8.position(c) == (1, 6) and utf32.position(c) == (1, 2)
    assert utf16.position(text.index("d")) == (2, 0) and utf16.position(text.index("e")) == (3, 0)
    assert [utf16.offset(1, 3), utf8.offset(1, 6), utf32.offset(1, 2)] == [c, c, c]
    assert utf16.offset(0, 99) == 1  # past the end of a line: its end, before the break
    assert utf16.offset(9, 0) == len(text)


def test_messages_isolate_their_quoted_text_when_the_editor_asks():
    from checker.lsp import Linter, message

    finding, = [f for f in Linter().check("Ticket sales fell at the museum,, curators said.\n", None, "text").findings]
    assert "\u2068" not in message(finding)
    assert message(finding, isolates=True) == finding.message.replace('",,"', '"\u2068,,\u2069"')


def test_the_kind_of_a_document_comes_from_its_language_id_then_its_suffix():
    assert kind_of("markdown", "/a/b.txt") == "markdown"
    assert kind_of("html", None) == "html"
    assert kind_of("plaintext", "/a/b.md") == "text"
    assert kind_of(None, "/a/b.HTM") == "html" and kind_of("arabic-news", "/a/b.markdown") == "markdown"
    assert kind_of(None, "untitled:1") == "text"


def test_check_file_does_not_load_the_language_server():
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol', 'cattrs')), file=sys.stderr))\n"
        f"sys.argv = ['check', {str(SEED)!r}]\n"
        "from checker.cli import entry\n"
        "entry()\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "LOADED []" in result.stderr


# -- a real editor -------------------------------------------------------------------------------------
NEOVIM_PROBE = """
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "factlint", cmd = %s, root_dir = vim.fn.getcwd(), init_options = { debounce = 100 } })
vim.lsp.buf_attach_client(bufnr, client_id)
vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local target
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  print("diagnostic " .. d.code)
  if d.code == "punctuation-repeat" then target = d end
end
local params = vim.lsp.util.make_given_range_params({ target.lnum + 1, target.col }, { target.end_lnum + 1, target.end_col }, bufnr, "utf-16")
params.context = { diagnostics = {}, only = { "quickfix" } }
for _, r in pairs(vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 30000) or {}) do
  for _, a in ipairs(r.result or {}) do
    if a.kind == "quickfix" then vim.lsp.util.apply_workspace_edit(a.edit, "utf-16") end
  end
end
vim.cmd("write")
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
"""


@pytest.mark.skipif(not shutil.which("nvim"), reason="Neovim is not installed")
def test_neovim_shows_the_seeds_findings_and_applies_the_quick_fix(tmp_path):
    """Neovim's own LSP client (0.7 and later): the findings arrive as its diagnostics, and its
    code action request gets the quick fix that removes the doubled full stop."""
    from lspclient import server_command

    article = tmp_path / "seed.txt"
    article.write_bytes(SEED.read_bytes())
    probe = tmp_path / "probe.lua"
    probe.write_text(NEOVIM_PROBE % ("{ " + ", ".join(json.dumps(part) for part in server_command()) + " }"), encoding="utf-8")

    result = subprocess.run(["nvim", "--headless", "-u", "NONE", "-c", f"luafile {probe}", str(article)], capture_output=True, text=True, cwd=tmp_path, timeout=180)

    shown = result.stdout + result.stderr
    for rule in ("date-weekday", "punctuation-repeat", "quote-balance"):
        assert f"diagnostic {rule}" in shown
    original = SEED.read_text(encoding="utf-8")
    assert article.read_text(encoding="utf-8").rstrip("\n") == original.replace("الدولي. .", "الدولي.").rstrip("\n")
