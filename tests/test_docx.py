"""Word files in and out: `check story.docx` reads the body (and footnotes, tracked changes as
the final text), one paragraph a line; `--format docx` writes a reviewed copy with each finding
as a Word comment on its span, read back here by python-docx."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clitools import cli

docx = pytest.importorskip("docx", reason="python-docx is a dependency (pip install -e .)")
from docx.opc.constants import CONTENT_TYPE as CT  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.text.run import Run  # noqa: E402

from checker.docx import docx_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
KEYS = ("rule", "severity", "message", "start", "end", "line", "column", "end_line", "end_column", "text", "suggestion")


def seed_document(path: Path) -> None:
    """The seed article as Word writes it: one paragraph a line, each line cut into several
    runs (a word a run, some words cut in two, some bold), as editing leaves them."""
    document = docx.Document()
    for n, line in enumerate(SEED.read_text(encoding="utf-8").rstrip("\n").split("\n")):
        paragraph = document.add_paragraph()
        words = line.split(" ")
        for i, word in enumerate(words):
            chunk = word + (" " if i < len(words) - 1 else "")
            if len(chunk) > 4 and (i + n) % 3 == 0:  # a word in two runs
                paragraph.add_run(chunk[:2])
                paragraph.add_run(chunk[2:]).bold = True
            else:
                paragraph.add_run(chunk)
    document.save(str(path))


@pytest.fixture()
def newsroom(tmp_path):
    """A folder with the seed as .txt and as .docx, and the samples' config and facts register."""
    for name in ("factlint.toml", "facts.toml"):
        shutil.copy(ROOT / "samples" / name, tmp_path / name)
    shutil.copy(SEED, tmp_path / "seed.txt")
    seed_document(tmp_path / "seed.docx")
    return tmp_path


def findings(folder: Path, name: str) -> list[dict]:
    result = cli(name, "--format", "json", cwd=str(folder))
    assert result.returncode in (0, 1), result.stderr.decode()
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["error"] is None
    return [{k: f[k] for k in KEYS} for f in entry["findings"]]


def test_the_seed_as_a_word_document_gives_the_same_findings_as_the_text_file(newsroom):
    as_text = findings(newsroom, "seed.txt")
    assert len(as_text) >= 5
    assert findings(newsroom, "seed.docx") == as_text
    assert docx_text((newsroom / "seed.docx").read_bytes()) == SEED.read_text(encoding="utf-8").rstrip("\n")


def comments_on_runs(path: Path) -> dict[int, tuple[str, str]]:
    """comment id -> (the text of the runs its range covers, the comment's text), as
    python-docx reads them: the runs between w:commentRangeStart and w:commentRangeEnd."""
    document = docx.Document(str(path))
    texts = {c.comment_id: c.text for c in document.comments}
    covered: dict[int, str] = {}
    roots = [document.element.body]
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            roots.append(parse_xml(rel.target_part.blob))
    for root in roots:
        open_ids: list[int] = []
        for element in root.iter():
            if element.tag == qn("w:commentRangeStart"):
                open_ids.append(int(element.get(qn("w:id"))))
            elif element.tag == qn("w:commentRangeEnd"):
                open_ids.remove(int(element.get(qn("w:id"))))
            elif element.tag == qn("w:r") and open_ids:
                text = Run(element, None).text
                for cid in open_ids:
                    covered[cid] = covered.get(cid, "") + text
    return {cid: (covered.get(cid, ""), texts[cid]) for cid in texts}


def test_format_docx_writes_each_finding_as_a_comment_on_exactly_its_span(newsroom):
    original = (newsroom / "seed.docx").read_bytes()
    result = cli("seed.docx", "--format", "docx", "--output-file", "reviewed.docx", cwd=str(newsroom))
    assert result.returncode == 1, result.stderr.decode()
    assert (newsroom / "seed.docx").read_bytes() == original  # the original untouched
    expected = findings(newsroom, "seed.docx")
    comments = comments_on_runs(newsroom / "reviewed.docx")
    assert len(comments) == len(expected)
    got = sorted(comments.values())
    for f in expected:
        match = [(span, text) for span, text in got if span == f["text"] and text.startswith(f"{f['rule']} ({f['severity']}): ")]
        assert match, (f, got)
    # the reviewed copy still reads as the same article (comment marks are no text)
    assert docx_text((newsroom / "reviewed.docx").read_bytes()) == docx_text(original)
    assert findings(newsroom, "reviewed.docx") == expected


def test_a_suggestion_and_quoted_arabic_are_in_the_comment(newsroom):
    cli("seed.docx", "--format", "docx", "-o", "reviewed.docx", cwd=str(newsroom))
    texts = [text for _, text in comments_on_runs(newsroom / "reviewed.docx").values()]
    spelling = next(t for t in texts if t.startswith("spelling-variant"))
    assert "'\u2068الأمريكية\u2069' (4×)" in spelling  # bidi-isolated, as in every human-facing format
    repeat = next(t for t in texts if t.startswith("punctuation-repeat"))
    assert "Suggestion:" in repeat


def test_a_text_article_becomes_a_commented_word_document(newsroom):
    result = cli("seed.txt", "--format", "docx", "-o", "seed-reviewed.docx", cwd=str(newsroom))
    assert result.returncode == 1, result.stderr.decode()
    comments = comments_on_runs(newsroom / "seed-reviewed.docx")
    assert sorted(span for span, _ in comments.values()) == sorted(f["text"] for f in findings(newsroom, "seed.txt"))
    paragraphs = docx.Document(str(newsroom / "seed-reviewed.docx")).paragraphs
    arabic = [p for p in paragraphs if p.text.startswith("وصل")]
    assert arabic and arabic[0]._p.pPr.find(qn("w:bidi")) is not None  # right to left, as Arabic reads
    assert paragraphs[1].text.startswith("date:") and (paragraphs[1]._p.pPr is None or paragraphs[1]._p.pPr.find(qn("w:bidi")) is None)


def test_one_run_writes_one_document_and_never_over_the_original(newsroom):
    both = cli("seed.txt", "seed.docx", "--format", "docx", "-o", "out.docx", cwd=str(newsroom))
    assert both.returncode == 2 and b"one file at a time" in both.stderr
    same = cli("seed.docx", "--format", "docx", "-o", "seed.docx", cwd=str(newsroom))
    assert same.returncode == 2 and b"would overwrite it" in same.stderr


def _document_xml(body: str) -> bytes:
    document = docx.Document()
    document.element.body.insert(0, parse_xml(f"<w:p {W}>{body}</w:p>"))
    return document


def test_tracked_changes_are_read_as_the_final_text(tmp_path):
    document = docx.Document()
    body = document.element.body
    paragraphs = [
        # an insertion kept, a deletion dropped
        '<w:r><w:t xml:space="preserve">The talks </w:t></w:r>'
        '<w:del w:id="1" w:author="a" w:date="2023-11-01T00:00:00Z"><w:r><w:delText>ended</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a" w:date="2023-11-01T00:00:00Z"><w:r><w:t>resumed</w:t></w:r></w:ins>'
        "<w:r><w:t xml:space=\"preserve\"> on Tuesday</w:t><w:tab/><w:t>(Reuters).</w:t></w:r>",
        # a paragraph whose mark is deleted runs on into the next one
        '<w:pPr><w:rPr><w:del w:id="3" w:author="a" w:date="2023-11-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">First half, </w:t></w:r>',
        "<w:r><w:t>second half.</w:t></w:r>",
        # a field: its result is text, its instruction is not
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5 November 2023</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for xml in reversed(paragraphs):
        body.insert(0, parse_xml(f"<w:p {W}>{xml}</w:p>"))
    path = tmp_path / "changes.docx"
    document.save(str(path))
    assert docx_text(path.read_bytes()) == "The talks resumed on Tuesday\t(Reuters).\nFirst half, second half.\n5 November 2023"


def _with_footnote(path: Path, body_text: str, note_text: str) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph(body_text)
    paragraph._p.append(parse_xml(f'<w:r {W}><w:footnoteReference w:id="1"/></w:r>'))
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note_text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, notes, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    document.save(str(path))


def test_footnotes_are_read_after_the_body_and_commented_where_they_are(tmp_path):
    path = tmp_path / "noted.docx"
    _with_footnote(path, "The minister arrived in Baghdad on Sunday.", "Interview on Sunday 14 November 2023.")
    assert docx_text(path.read_bytes()) == "The minister arrived in Baghdad on Sunday.\n Interview on Sunday 14 November 2023."
    result = cli(str(path), "--format", "json", "--select", "date-weekday", "--lang", "en")
    (f,) = json.loads(result.stdout)["files"][0]["findings"]
    assert f["line"] == 2 and f["text"].startswith("Sunday 14 November")
    written = cli(str(path), "--format", "docx", "--select", "date-weekday", "--lang", "en", "-o", str(tmp_path / "out.docx"))
    assert written.returncode == 1, written.stderr.decode()
    ((span, text),) = comments_on_runs(tmp_path / "out.docx").values()
    assert span == f["text"] and text.startswith("date-weekday")


def test_folders_are_searched_for_word_files_and_a_broken_one_is_an_error(tmp_path):
    seed_document(tmp_path / "a.docx")
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04 not really a zip")
    result = cli(str(tmp_path), "--format", "json")
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert set(files) == {"a.docx", "b.docx"}
    assert files["a.docx"]["error"] is None and files["a.docx"]["findings"]
    assert "not a readable Word document" in files["b.docx"]["error"]
    assert result.returncode == 2


def test_reading_a_word_file_does_not_load_python_docx_at_start_up():
    result = cli("-", "--format", "json", stdin="The talks resumed.\n".encode())
    assert result.returncode == 0
    import subprocess
    import sys

    probe = subprocess.run([sys.executable, "-c", "import checker.cli, checker.sources, checker.report, sys; print('docx' in sys.modules, 'lxml' in sys.modules)"], capture_output=True, text=True)
    assert probe.stdout.split() == ["False", "False"]


def test_tables_and_links_are_read_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Left cell."
    table.cell(0, 1).text = "Right cell."
    linked = document.add_paragraph("See ")
    linked._p.append(parse_xml(f'<w:hyperlink {W} w:anchor="x"><w:r><w:t>the report</w:t></w:r></w:hyperlink>'))
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert docx_text(path.read_bytes()) == "Before the table.\nLeft cell.\nRight cell.\nSee the report"


def test_the_reviewed_copy_can_go_to_a_pipe(newsroom):
    result = cli("seed.docx", "--format", "docx", cwd=str(newsroom))
    assert result.returncode == 1, result.stderr.decode()
    (newsroom / "piped.docx").write_bytes(result.stdout)
    assert len(comments_on_runs(newsroom / "piped.docx")) == len(findings(newsroom, "seed.docx"))


def test_a_web_page_is_not_turned_into_a_word_document(tmp_path):
    (tmp_path / "page.html").write_text("<p>The talks resumed on Sunday 14 November 2023.</p>", encoding="utf-8")
    result = cli("page.html", "--format", "docx", "-o", "page.docx", cwd=str(tmp_path))
    assert result.returncode == 2 and b"--format html" in result.stderr


def test_a_word_document_on_standard_input(newsroom):
    result = cli("-", "--format", "json", "--date", "2023-11-05", stdin=(newsroom / "seed.docx").read_bytes())
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["error"] is None and any(f["rule"] == "date-weekday" for f in entry["findings"])
