"""factlint-lsp: a Language Server (pygls) that shows factlint's findings in an editor.

Over standard input and output, as every editor speaks to a language server:

- diagnostics when a document is opened or saved, and after an edit once typing pauses
  (debounced: DEBOUNCE seconds, or `debounce` in milliseconds in the client's
  initializationOptions);
- code actions: a quick fix for each finding with a suggestion (the safe ones, those
  `check --fix` applies, are marked preferred), and "Apply factlint's safe fixes" for the whole
  document (source.fixAll.factlint);
- the configuration of `check`: the nearest factlint.toml / .factlint.toml / pyproject.toml
  from the document's folder upward, read again when it changes on disk; an invalid one is
  shown as one diagnostic on the first line;
- initializationOptions: `debounce` (milliseconds) and `isolates` (true: quoted text in a
  message wrapped in FSI…PDI, for an editor that lays messages out with the bidi algorithm);
- Markdown, plain text and HTML documents: the kind comes from the editor's language id
  (markdown, html, anything else plain text), else from the file's suffix as for `check`.

Finding offsets are code points; LSP positions count UTF-16 code units by default (a
character outside the Basic Multilingual Plane, an emoji, is two), or UTF-8 / UTF-32 when the
client offers them: Positions converts, with LSP's line breaks (\\n, \\r\\n, \\r).

pygls is imported only here: `check FILE` does not load it.
"""
from __future__ import annotations

import asyncio
import bisect
import os
import re
import time
from dataclasses import dataclass

DEBOUNCE = 0.15  # seconds after the last keystroke before a document is checked again
SOURCE = "factlint"
FIX_ALL_KIND = "source.fixAll.factlint"

_BREAK = re.compile(r"\r\n|\r|\n")


class Positions:
    """Code-point offsets of a text <-> LSP (line, character) positions in `encoding`
    ("utf-16", LSP's default, "utf-8" or "utf-32")."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0]
        self.starts.extend(m.end() for m in _BREAK.finditer(text))

    def _units(self, chunk: str) -> int:
        if self.encoding == "utf-32" or chunk.isascii():
            return len(chunk)
        if self.encoding == "utf-8":
            return len(chunk.encode("utf-8"))
        return len(chunk.encode("utf-16-le")) // 2

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, self._units(self.text[self.starts[line]: offset])

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of an LSP position (clamped to its line, as LSP asks)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        content = _BREAK.sub("", self.text[start:end])
        units = 0
        for i, c in enumerate(content):
            if units >= character:
                return start + i
            units += self._units(c)
        return start + len(content)


def kind_of(language_id: str | None, path: str | None) -> str:
    """The Source kind of an editor's document: its language id, else its suffix."""
    from checker.sources import HTML_SUFFIXES, MARKDOWN_SUFFIXES

    if language_id in ("markdown", "html"):
        return language_id
    if language_id in ("plaintext", "text"):
        return "text"
    lower = (path or "").lower()
    return "markdown" if lower.endswith(MARKDOWN_SUFFIXES) else "html" if lower.endswith(HTML_SUFFIXES) else "text"


@dataclass
class Checked:
    """The last check of one document: the text it was made on and its findings."""

    version: int | None
    text: str
    findings: list
    positions: Positions
    problem: str | None = None  # a configuration that cannot be used, or a rule that failed
    prose: str | None = None  # the prose view the rules read (checker/prose.py), same offsets


class Linter:
    """factlint for an editor's open documents, without the protocol (so it can be timed and
    tested alone). One Engine: rules are built once per configuration and kept warm."""

    def __init__(self) -> None:
        from checker.config import Config
        from checker.engine import Engine

        self.engine = Engine(Config())
        self._stamps: dict[str, tuple] = {}

    def config_for(self, path: str | None):
        if not path:
            return self.engine.base
        folder = os.path.dirname(os.path.abspath(path))
        stamp = _config_stamp(folder)
        if self._stamps.get(folder) != stamp:  # a configuration file appeared, changed or went
            _forget_configurations()
            self._stamps[folder] = stamp
        return self.engine.config_for(path)

    def check(self, text: str, path: str | None, kind: str, version: int | None = None, encoding: str = "utf-16") -> Checked:
        from checker.config import ConfigError
        from checker.engine import RuleFailure, make_document
        from checker.sources import InputError, Source

        positions = Positions(text, encoding)
        name = path or "<untitled>"
        try:
            config = self.config_for(path)
        except ConfigError as exc:
            return Checked(version, text, [], positions, "Not checked: its configuration is invalid: " + "; ".join(exc.problems))
        try:
            doc = make_document(Source(name, text=text, kind=kind), config)
        except InputError as exc:  # invalid front matter
            return Checked(version, text, [], positions, f"Not checked: {exc}")
        try:
            findings = self.engine.check_document(doc, config)
        except RuleFailure as failure:
            return Checked(version, text, failure.findings, positions, failure.reason, doc.text)
        except ConfigError as exc:  # a rule's options in the configuration are invalid
            return Checked(version, text, [], positions, "Not checked: " + "; ".join(exc.problems))
        return Checked(version, text, findings, positions, prose=doc.text)

    def safe_fixes(self, text: str, path: str | None, kind: str) -> str:
        """The text with `check --fix`'s safe fixes applied (checked again, as there)."""
        from checker.fix import checker_for, fix_text
        from checker.sources import Source

        source = Source(path or "<untitled>", text=text, kind=kind)
        return fix_text(text, checker_for(self.engine, source, self.config_for(path))).text


def _forget_configurations() -> None:
    """Drop what checker.config remembers of the files it found (it reads each once per
    process, right for `check`, not for a server that outlives an edit of factlint.toml)."""
    from checker import config

    config._discover.cache_clear()
    remembered = getattr(config, "_CONFIG_IN", None)
    if isinstance(remembered, dict):
        remembered.clear()


def _config_stamp(folder: str) -> tuple:
    """The configuration files that govern `folder` with their modification times."""
    from checker.config import CONFIG_NAMES

    stamp = []
    current = folder
    while True:
        for name in CONFIG_NAMES:
            try:
                stamp.append((current, name, os.stat(os.path.join(current, name)).st_mtime_ns))
            except OSError:
                pass
        parent = os.path.dirname(current)
        if parent == current:
            return tuple(stamp)
        current = parent


# -- the protocol ---------------------------------------------------------------------------------
def build_server():
    """The pygls LanguageServer with factlint's features."""
    from lsprotocol import types
    from pygls.lsp.server import LanguageServer
    from pygls.uris import to_fs_path

    from checker import __version__
    from checker.findings import Severity
    from checker.fix import SAFE_RULES, finding_edits

    server = LanguageServer("factlint-lsp", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
    state = {"linter": None, "delay": DEBOUNCE, "isolates": False, "checked": {}, "pending": {}}
    severities = {
        Severity.ERROR: types.DiagnosticSeverity.Error,
        Severity.WARNING: types.DiagnosticSeverity.Warning,
        Severity.INFO: types.DiagnosticSeverity.Information,
    }

    def linter() -> Linter:
        if state["linter"] is None:
            state["linter"] = Linter()
        return state["linter"]

    def encoding() -> str:
        value = server.workspace.position_encoding
        return str(getattr(value, "value", value) or "utf-16")

    def lsp_range(positions: Positions, start: int, end: int):
        (l1, c1), (l2, c2) = positions.position(start), positions.position(end)
        return types.Range(start=types.Position(line=l1, character=c1), end=types.Position(line=l2, character=c2))

    def diagnostics(uri: str, checked: Checked) -> list:
        out = []
        if checked.problem:
            out.append(types.Diagnostic(
                range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
                message=checked.problem, severity=types.DiagnosticSeverity.Error, source=SOURCE,
            ))
        for f in checked.findings:
            related = [
                types.DiagnosticRelatedInformation(location=types.Location(uri=uri, range=lsp_range(checked.positions, r.start, r.end)), message=f"“{r.text}”")
                for r in f.related
            ]
            out.append(types.Diagnostic(
                range=lsp_range(checked.positions, f.start, f.end),
                message=message(f, state["isolates"]),
                severity=severities.get(f.severity, types.DiagnosticSeverity.Warning),
                code=f.rule,
                source=SOURCE,
                related_information=related or None,
                data={"suggestion": f.suggestion} if f.suggestion is not None else None,
            ))
        return out

    def check_now(uri: str) -> Checked | None:
        document = server.workspace.get_text_document(uri)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        started = time.perf_counter()
        try:
            checked = linter().check(document.source, path, kind_of(document.language_id, path or uri), document.version, encoding())
        except Exception as exc:  # never let one document take the server down: say so in its diagnostics
            checked = Checked(document.version, document.source, [], Positions(document.source, encoding()), f"factlint failed on this document: {type(exc).__name__}: {exc} (please report this)")
        state["checked"][uri] = checked
        done = time.perf_counter()
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics(uri, checked), version=document.version))
        published = time.perf_counter()
        server.window_log_message(types.LogMessageParams(
            type=types.MessageType.Log,
            message=f"factlint: checked {uri} (version {document.version}, {len(document.source)} characters) in {(done - started) * 1000:.1f} ms, "
            f"published in {(published - done) * 1000:.1f} ms: {len(checked.findings)} findings",
        ))
        return checked

    def current(uri: str) -> Checked | None:
        """The check of the document as it is now (checked again if it changed since)."""
        document = server.workspace.get_text_document(uri)
        checked = state["checked"].get(uri)
        if checked is None or checked.text != document.source:
            cancel(uri)  # the check waiting for typing to pause is this one
            checked = check_now(uri)
        return checked

    def cancel(uri: str) -> None:
        task = state["pending"].pop(uri, None)
        if task is not None:
            task.cancel()

    async def later(uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        state["pending"].pop(uri, None)
        check_now(uri)

    @server.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        options = params.initialization_options or {}
        if isinstance(options, dict) and isinstance(options.get("debounce"), (int, float)) and options["debounce"] >= 0:
            state["delay"] = options["debounce"] / 1000
        if isinstance(options, dict) and isinstance(options.get("isolates"), bool):
            state["isolates"] = options["isolates"]

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        cancel(params.text_document.uri)
        check_now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        cancel(uri)
        if state["delay"] <= 0:
            check_now(uri)
        else:
            state["pending"][uri] = asyncio.ensure_future(later(uri, state["delay"]))

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        from checker.config import CONFIG_NAMES

        uri = params.text_document.uri
        if uri.rsplit("/", 1)[-1] in CONFIG_NAMES:  # a configuration saved: every open document again
            for other in list(state["checked"]):
                cancel(other)
                check_now(other)
        elif uri in state["checked"]:
            cancel(uri)
            check_now(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        cancel(uri)
        state["checked"].pop(uri, None)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=False),
    )
    def code_action(params: types.CodeActionParams):
        uri = params.text_document.uri
        document = server.workspace.get_text_document(uri)
        checked = current(uri)
        if checked is None:
            return None
        wanted = params.context.only
        actions = []
        identifier = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=document.version)
        start = checked.positions.offset(params.range.start.line, params.range.start.character)
        end = checked.positions.offset(params.range.end.line, params.range.end.character)
        def asked(kind: str) -> bool:  # context.only: "quickfix" asks for quickfix and quickfix.*; "source" for source.*
            return not wanted or any(kind == w or kind.startswith(w + ".") for w in (str(getattr(k, "value", k)) for k in wanted))

        if asked("quickfix"):
            for f in checked.findings:
                if f.suggestion is None or f.start > end or f.end < start:
                    continue
                # the places where the file holds what the rule read (not an HTML entity, say)
                edits = [types.TextEdit(range=lsp_range(checked.positions, e.start, e.end), new_text=e.replacement) for e in finding_edits(f, checked.text, checked.prose)]
                if not edits or edits[0].range != lsp_range(checked.positions, f.start, f.end):
                    continue
                title = f"Replace “{f.text}” with “{f.suggestion}”" if f.suggestion else f"Delete “{f.text}”"
                if len(edits) > 1:
                    title += f" in {len(edits)} places"
                actions.append(types.CodeAction(
                    title=f"{title} ({f.rule})",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[d for d in params.context.diagnostics if d.code == f.rule and d.range == edits[0].range] or None,
                    is_preferred=f.rule in SAFE_RULES,
                    edit=types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=identifier, edits=edits)]),
                ))
        if asked(FIX_ALL_KIND):
            if any(f.rule in SAFE_RULES and f.suggestion is not None for f in checked.findings):
                path = to_fs_path(uri) if uri.startswith("file:") else None
                fixed = linter().safe_fixes(checked.text, path, kind_of(document.language_id, path or uri))
                edits = _line_edits(checked.text, fixed, checked.positions)
                if edits:
                    actions.append(types.CodeAction(
                        title="Apply factlint's safe fixes",
                        kind=FIX_ALL_KIND,
                        edit=types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=identifier, edits=[
                            types.TextEdit(range=lsp_range(checked.positions, s, e), new_text=t) for s, e, t in edits
                        ])]),
                    ))
        return actions or None

    return server


def message(finding, isolates: bool = False) -> str:
    """A diagnostic's message: the finding's, its quoted text wrapped in bidi isolates (FSI…PDI)
    when the editor lays messages out with the bidi algorithm and asked for them."""
    if not isolates:
        return finding.message
    from checker.report.bidi import isolate

    return isolate(finding.message, finding.text)


def _line_edits(before: str, after: str, positions: Positions) -> list[tuple[int, int, str]]:
    """(start, end, replacement) in `before`'s offsets, whole lines, turning it into `after`."""
    import difflib

    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    starts = [0]
    for line in old:
        starts.append(starts[-1] + len(line))
    edits = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "equal":
            edits.append((starts[i1], starts[i2], "".join(new[j1:j2])))
    return edits


def main() -> None:
    """Console-script entry point: serve over standard input and output."""
    import sys

    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print("factlint-lsp: factlint's language server; an editor starts it and speaks LSP over stdin/stdout (see docs/editors.md).")
        return
    if any(a == "--version" for a in sys.argv[1:]):
        from checker import __version__

        print(f"factlint-lsp {__version__}")
        return
    from checker import recache

    recache.install()  # the compiled grammars kept between runs, as for `check` (checker/recache.py)
    build_server().start_io()


if __name__ == "__main__":
    main()
