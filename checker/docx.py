"""Word documents (.docx): their text in, and a reviewed copy with comments out.

Reading (`docx_text`, used by checker/sources.py for a *.docx path): the body's paragraphs in
order, table cells included, one paragraph a line, then the footnotes' and endnotes'
paragraphs, one a line. So a finding's line is the paragraph's number and its column the
character in that paragraph; its offsets are into this text. Tracked changes are read as the
final text: insertions (w:ins, w:moveTo) kept, deletions (w:del, w:moveFrom) dropped, and a
paragraph whose mark is deleted runs on into the next one. Field instructions, footnote and
comment reference marks, text boxes and drawings are not article text. A tab is a tab, a line
break inside a paragraph a space.

Writing (`reviewed_copy`): the same document with each finding as a Word comment anchored on
its span: runs are split at the span's edges (formatting copied), and the comment range
covers exactly the flagged characters (python-docx >= 1.2 writes the comment). A finding in a
footnote gets its comment in the footnote. A plain-text or Markdown source becomes a new
document, one paragraph a line (an Arabic one right to left). The original is never written.

python-docx (and lxml) are imported only here, and this module only when a .docx is read or
written: start-up is unchanged.
"""
from __future__ import annotations

import copy
import io
from bisect import bisect_right
from dataclasses import dataclass, field

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


# run content: the characters each element stands for ("" for none)
_CHARS = {_q("tab"): "\t", _q("ptab"): "\t", _q("br"): " ", _q("cr"): " ", _q("noBreakHyphen"): "\u2011"}
# not article text: left out with everything inside them
_SKIP = {
    _q(t)
    for t in (
        "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "drawing", "pict", "object",
        "txbxContent", "footnoteReference", "endnoteReference", "commentReference", "fldChar", "sectPr",
        "annotationRef", "footnoteRef", "endnoteRef", "separator", "continuationSeparator",
    )
} | {f"{{{MC}}}AlternateContent"}
_NOTE_SKIP_TYPES = {"separator", "continuationSeparator", "continuationNotice"}
_NO_BREAKS = str.maketrans({c: " " for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


class DocxError(Exception):
    """A file that is not a readable Word document; the message says why, in one line."""


@dataclass
class Piece:
    """A stretch of the extracted text and the run (w:r) it comes from."""

    start: int
    end: int
    run: object  # lxml element w:r
    part: str  # "body", "footnotes" or "endnotes"


@dataclass
class Extracted:
    text: str
    pieces: list[Piece] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)


class _Builder:
    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.length = 0
        self.pieces: list[Piece] = []
        self.paragraphs = 0
        self.joined = True  # the previous paragraph's mark was deleted: no line break before the next

    def add(self, text: str, run, part: str) -> None:
        if text:
            last = self.pieces[-1] if self.pieces else None
            if last is not None and last.run is run and last.end == self.length:
                last.end += len(text)  # one piece a run: its characters are one stretch
            else:
                self.pieces.append(Piece(self.length, self.length + len(text), run, part))
            self.chunks.append(text)
            self.length += len(text)

    def paragraph(self, p, part: str) -> None:
        if not self.joined:
            self.chunks.append("\n")
            self.length += 1
        self.paragraphs += 1
        self._inline(p, part, None)
        mark = p.find(f"{_q('pPr')}/{_q('rPr')}")
        self.joined = mark is not None and (mark.find(_q("del")) is not None or mark.find(_q("moveFrom")) is not None)

    def _inline(self, element, part: str, run) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _q("r"):
                self._inline(child, part, child)
            elif tag == _q("t"):
                if run is not None:  # a line break typed inside a text element is a space: lines are paragraphs
                    self.add((child.text or "").translate(_NO_BREAKS), run, part)
            elif tag in _CHARS:
                if run is not None:
                    self.add(_CHARS[tag], run, part)
            elif tag == _q("p"):  # a paragraph nested in content controls: its own line
                self.paragraph(child, part)
            else:  # ins, moveTo, hyperlink, smartTag, sdt, sdtContent, fldSimple, customXml, ...
                self._inline(child, part, run)

    def blocks(self, container, part: str) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _q("p"):
                self.paragraph(child, part)
            elif tag in (_q("tbl"), _q("tr"), _q("tc"), _q("sdt"), _q("sdtContent"), _q("customXml"), _q("ins"), _q("moveTo")):
                self.blocks(child, part)

    def result(self) -> Extracted:
        text = "".join(self.chunks)
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        return Extracted(text, self.pieces, starts)


def open_document(data: bytes | str):
    """A python-docx Document from bytes or a path; DocxError if it is not a Word document."""
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency
        raise DocxError("reading Word files needs python-docx (pip install python-docx)") from None
    try:
        return docx.Document(io.BytesIO(data) if isinstance(data, bytes) else data)
    except Exception as exc:  # zipfile.BadZipFile, PackageNotFoundError, KeyError, XMLSyntaxError...
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DocxError(f"not a readable Word document (.docx): {reason}") from None


def _note_parts(document):
    """(name, part, root element) of the footnotes and endnotes parts, when present."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    found = []
    for name, reltype in (("footnotes", RT.FOOTNOTES), ("endnotes", RT.ENDNOTES)):
        for rel in document.part.rels.values():
            if rel.reltype == reltype and not rel.is_external:
                part = rel.target_part
                root = getattr(part, "element", None)
                if root is None:
                    root = parse_xml(part.blob)
                found.append((name, part, root))
    return found


def extract(document, notes=None) -> Extracted:
    """The text of a python-docx Document (see the module's documentation) and where each
    stretch of it comes from."""
    builder = _Builder()
    builder.blocks(document.element.body, "body")
    for name, _, root in notes if notes is not None else _note_parts(document):
        for note in root:
            if note.tag in (_q("footnote"), _q("endnote")) and note.get(_q("type")) not in _NOTE_SKIP_TYPES:
                builder.blocks(note, name)
    return builder.result()


def docx_text(data: bytes) -> str:
    """The text of a .docx file's bytes; DocxError when they are not a Word document."""
    return extract(open_document(data)).text


# -- writing --------------------------------------------------------------------------------------
def _keep(run, lo: int, hi: int) -> None:
    """Keep only the characters [lo, hi) of this run; content without characters (a field
    mark, a drawing, a reference mark) stays in the copy its position falls in."""
    pos = 0
    for child in list(run):
        tag = child.tag
        if not isinstance(tag, str) or tag == _q("rPr"):
            continue
        if tag == _q("t"):
            value = child.text or ""
            a, b = pos, pos + len(value)
            pos = b
            if b <= lo or a >= hi:
                run.remove(child)
            else:
                child.text = value[max(lo, a) - a : min(hi, b) - a]
                child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        elif tag in _CHARS:
            pos += 1
            if not lo <= pos - 1 < hi:
                run.remove(child)
        elif not lo <= pos < hi:
            run.remove(child)


def _split(pieces: list[Piece], index: int, at: int) -> None:
    """Split piece `index` and its run at text offset `at`, strictly inside it: the run is
    copied (its formatting with it) and each copy keeps its side of the text."""
    piece = pieces[index]
    run, k = piece.run, at - piece.start
    second = copy.deepcopy(run)
    _keep(run, 0, k)
    _keep(second, k, 1 << 62)
    run.addnext(second)
    pieces[index : index + 1] = [Piece(piece.start, at, run, piece.part), Piece(at, piece.end, second, piece.part)]


def _cut(extracted: Extracted, at: int) -> None:
    starts = [p.start for p in extracted.pieces]
    i = bisect_right(starts, at) - 1
    if i >= 0 and extracted.pieces[i].start < at < extracted.pieces[i].end:
        _split(extracted.pieces, i, at)


def _span_runs(extracted: Extracted, start: int, end: int) -> list[Piece]:
    inside = [p for p in extracted.pieces if p.start < end and p.end > start]
    if inside:
        return inside
    # an insertion point or a span of line breaks only: the character before it, else after it
    before = [p for p in extracted.pieces if p.end <= start]
    after = [p for p in extracted.pieces if p.start >= end]
    return [before[-1]] if before else [after[0]] if after else []


def comment_text(f) -> str:
    from checker.report.bidi import FSI, PDI, isolate

    text = f"{f.rule} ({f.severity.value}): {isolate(f.message, f.text)}"
    if f.suggestion is not None:
        text += f"\nSuggestion: {FSI}{f.suggestion}{PDI}" if f.suggestion else "\nSuggestion: remove it."
    return text


def reviewed_copy(findings, *, path: str | None = None, source: str | None = None, author: str = "factlint") -> bytes:
    """The bytes of a .docx: the document at `path` (a Word file) or a new one holding
    `source` (one paragraph a line), with each finding as a comment on its span. Findings
    are placed by line and column (lines are paragraphs)."""
    import re

    from docx.text.run import Run

    if path is not None and path.lower().endswith(".docx"):
        document = open_document(path)
    else:
        import docx

        from docx.oxml import OxmlElement

        from checker.report.bidi import _direction

        document = docx.Document()
        for line in re.split(r"\r\n|\r|\n", source or ""):
            paragraph = document.add_paragraph(line)
            if _direction(line) == "rtl":  # an Arabic paragraph reads right to left in Word too
                paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
                for run in paragraph.runs:
                    run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    notes = _note_parts(document)
    extracted = extract(document, notes)
    if path is not None and path.lower().endswith(".docx") and source is not None and extracted.text != source:
        raise DocxError(f"{path} changed while it was checked: run the check again")

    def offset(line: int, column: int) -> int:
        starts = extracted.line_starts
        if line - 1 >= len(starts):
            return len(extracted.text)
        base = starts[line - 1]
        stop = starts[line] - 1 if line < len(starts) else len(extracted.text)
        return min(base + column - 1, stop)

    spans = []
    for f in findings:
        start = offset(f.line, f.column)
        end = max(start, offset(f.end_line, f.end_column))
        spans.append((f, start, end))
    for _, start, end in spans:
        _cut(extracted, start)
        _cut(extracted, end)
    parts = {name: (part, root) for name, part, root in notes}
    touched: set[str] = set()
    for f, start, end in spans:
        runs = _span_runs(extracted, start, end)
        if not runs:
            continue
        comment = document.comments.add_comment(text=comment_text(f), author=author, initials="FL")
        first, last = Run(runs[0].run, None), Run(runs[-1].run, None)
        first.mark_comment_range(last, comment.comment_id)
        if runs[0].part != "body":
            touched.add(runs[0].part)
    from lxml import etree

    for name in touched:
        part, root = parts[name]
        if getattr(part, "element", None) is None:
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
