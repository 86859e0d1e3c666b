"""Safe fixes: `check --fix` writes them, `check --diff` shows them as a unified diff.

A fix is a finding's `suggestion` laid over its span. Only the fixes that are certain are
applied, and each must pass every one of these tests:

- its rule is on the safe list (SAFE_RULES): a doubled punctuation mark (punctuation-repeat:
  ". ." -> "."), a Latin comma, semicolon or question mark in Arabic running text or an Arabic
  one in English text (punctuation-script: "," -> "،", at every place the finding names).
  Inferred findings (a weekday, a spelling variant, a repeated word) are never fixed: a
  person decides those;
- it changes punctuation and spaces only: no letter, digit or line break is added, removed
  or moved, so the words and figures of the article stay exactly as written;
- the file holds at the span what the rule read there: the prose view (checker/prose.py)
  keeps the file's own offsets, but it writes an HTML entity's character in its place and
  blanks markup, so a span where the prose view and the file differ ("&rdquo;", a tag between
  two marks) is left alone;
- the text is checked again with the fix applied, and a fix after which a finding appears
  that was not there before is withheld (the others are kept).

Fixes whose spans touch or overlap are applied one pass after another (the text is checked
again in between), at most MAX_PASSES passes. A file is written atomically: a temporary file
in the same folder, with the original's permissions, then os.replace; its encoding, byte-order
mark and line endings are kept, and a file that changed on disk since it was read is not
written.
"""
from __future__ import annotations

import difflib
import os
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Iterable

from checker.findings import Finding

SAFE_RULES = frozenset({"punctuation-repeat", "punctuation-script"})
# Rules that give one finding for every place of one slip, the other places as related spans
# holding the same text (punctuation-script: one note per mark and article): the fix is made at
# each of them.
FIXED_AT_RELATED = frozenset({"punctuation-script"})
MAX_PASSES = 4


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] (code points) by `replacement`; `finding` is why."""

    start: int
    end: int
    replacement: str
    finding: Finding

    @property
    def rule(self) -> str:
        return self.finding.rule


@dataclass
class Fixed:
    """The outcome of fixing one text: the new text, the edits applied (each in the coordinates
    of the text it was applied to), and those withheld with the reason."""

    original: str
    text: str
    applied: list[Edit] = field(default_factory=list)
    withheld: list[tuple[Edit, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.original


# A check: text -> (findings, the prose view the rules read). Raises to refuse the file.
Check = Callable[[str], "tuple[list[Finding], str]"]


def keeps_meaning(old: str, new: str) -> bool:
    """A replacement that touches punctuation and spaces only: no letter, digit or mark of a
    word, and no line break, on either side."""
    if old == new:
        return False
    return not any(c.isalnum() or c in "\r\n\u2028\u2029" or _is_combining(c) for c in old + new)


def _is_combining(c: str) -> bool:
    import unicodedata

    return unicodedata.category(c).startswith("M")


def finding_edits(f: Finding, source: str, prose: str | None = None) -> list[Edit]:
    """The edits that apply a finding's suggestion: at its span, and for a rule of
    FIXED_AT_RELATED at each related span that holds the same text. A place where the text is
    not what the rule read (the file differs from the prose view, or it changed) is skipped."""
    if f.suggestion is None:
        return []
    prose = source if prose is None else prose
    spans = [(f.start, f.end)]
    if f.rule in FIXED_AT_RELATED:
        spans += [(r.start, r.end) for r in f.related if r.text == f.text]
    return [
        Edit(start, end, f.suggestion, f)
        for start, end in spans
        if 0 <= start < end <= len(source) and source[start:end] == f.text and prose[start:end] == f.text
    ]


def safe_edits(findings: Iterable[Finding], source: str, prose: str) -> list[Edit]:
    """The edits of the findings that are safe to fix, sorted by position."""
    edits = {}
    for f in findings:
        if f.rule in SAFE_RULES and f.suggestion is not None and keeps_meaning(f.text, f.suggestion):
            for e in finding_edits(f, source, prose):
                edits.setdefault((e.start, e.end, e.replacement), e)
    return sorted(edits.values(), key=lambda e: (e.start, e.end))


def apply(text: str, edits: Iterable[Edit]) -> str:
    """`text` with the edits (which must not overlap) applied."""
    parts, at = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        parts += [text[at: e.start], e.replacement]
        at = e.end
    parts.append(text[at:])
    return "".join(parts)


def _apart(edits: list[Edit]) -> tuple[list[Edit], list[Edit]]:
    """(edits that neither overlap nor touch each other, the rest for a later pass)."""
    now, later, end = [], [], -1
    for e in edits:
        if e.start > end:
            now.append(e)
            end = e.end
        else:
            later.append(e)
    return now, later


def _to_old(pos: int, edits: list[Edit]) -> int:
    """A position of the edited text taken back to the text before `edits` (sorted); a
    position inside a replacement goes to the start of the span it replaced."""
    shift = 0
    for e in edits:
        new_start = e.start + shift
        if pos < new_start:
            break
        new_end = new_start + len(e.replacement)
        if pos < new_end:
            return e.start
        shift += len(e.replacement) - (e.end - e.start)
    return pos - shift


def _to_new(pos: int, edits: list[Edit]) -> int:
    shift = 0
    for e in edits:
        if pos < e.end:
            break
        shift += len(e.replacement) - (e.end - e.start)
    return pos + shift


def _new_findings(before: list[Finding], after: list[Finding], batch: list[Edit]) -> list[Finding]:
    """The findings of the edited text that were not there before the edits. Away from the
    edits a finding is the same when its rule and span (taken back) are; a finding that
    touches an edit's replacement is the same as one of that rule that touched the span the
    edit replaced (a doubled mark next to the fixed one, left for the next pass), other than
    the findings the batch fixes: a fix whose finding is still there has not fixed it."""
    known = {(f.rule, f.start, f.end) for f in before}
    fixed = {id(e.finding) for e in batch}
    new = []
    for f in after:
        if (f.rule, _to_old(f.start, batch), _to_old(f.end, batch)) in known:
            continue
        touched = [e for e in _touching(f, batch)]
        if touched and any(
            g.rule == f.rule and id(g) not in fixed and g.start <= e.end and e.start <= g.end for e in touched for g in before
        ):
            continue
        new.append(f)
    return new


def _touching(f: Finding, batch: list[Edit]):
    """The edits whose replacement (in the edited text) the finding overlaps or touches."""
    shift = 0
    for e in batch:
        start = e.start + shift
        end = start + len(e.replacement)
        if f.start <= end and start <= f.end:
            yield e
        shift += len(e.replacement) - (e.end - e.start)


def fix_text(text: str, check: Check) -> Fixed:
    """Apply the safe fixes of `text`, checking it again after each batch (see the module)."""
    result = Fixed(text, text)
    current = text
    findings, prose = check(current)
    refused: set[tuple] = set()  # (rule, start, end, replacement) in the current text's coordinates
    for _ in range(MAX_PASSES):
        candidates = [e for e in safe_edits(findings, current, prose) if (e.rule, e.start, e.end, e.replacement) not in refused]
        batch, _rest = _apart(candidates)
        if not batch:
            break
        while batch:
            edited = apply(current, batch)
            try:
                new_findings, new_prose = check(edited)
            except Exception as exc:  # the fixed text no longer reads (front matter that stops parsing)
                if len(batch) > 1:
                    batch = batch[: len(batch) // 2]  # the rest come back in the next pass
                    continue
                result.withheld.append((batch[0], f"the fixed text cannot be read: {exc}"))
                refused.add((batch[0].rule, batch[0].start, batch[0].end, batch[0].replacement))
                batch = []
                break
            new = _new_findings(findings, new_findings, batch)
            if not new:
                break
            blamed = {id(_nearest(f, batch)) for f in new}
            for e in batch:
                if id(e) in blamed:
                    result.withheld.append((e, "a new finding appeared with it: " + ", ".join(sorted({f.rule for f in new}))))
                    refused.add((e.rule, e.start, e.end, e.replacement))
            batch = [e for e in batch if id(e) not in blamed]
        if not batch:
            continue  # every candidate of this pass was refused; the next pass finds the others
        result.applied.extend(batch)
        refused = {(r, _to_new(s, batch), _to_new(t, batch), x) for r, s, t, x in refused}
        current, findings, prose = edited, new_findings, new_prose
    result.text = current
    return result


def _nearest(f: Finding, batch: list[Edit]) -> Edit:
    """The edit of `batch` closest to the finding (in the edited text's coordinates)."""
    shift, best, best_distance = 0, batch[0], None
    for e in batch:
        start = e.start + shift
        end = start + len(e.replacement)
        distance = max(0, start - f.end, f.start - end)
        if best_distance is None or distance < best_distance:
            best, best_distance = e, distance
        shift += len(e.replacement) - (e.end - e.start)
    return best


# -- files ------------------------------------------------------------------------------------
def checker_for(engine, source, config=None) -> Check:
    """A Check for one source: its configuration (found from its path unless given), kind and
    path, every finding kept (no cap)."""
    from checker.engine import make_document
    from checker.sources import Source

    config = (config or engine.config_for(source.path)).merged(max_findings=0)

    def check(text: str):
        doc = make_document(Source(source.path, text=text, kind=source.kind, encoding=source.encoding), config)
        return engine.check_document(doc, config), doc.text

    return check


def diff(path: str, before: str, after: str) -> str:
    """A unified diff (git's a/ b/ names; a last line without a newline is marked as git does)."""
    def lines(text: str) -> list[str]:
        out = text.splitlines(keepends=True)
        if out and not out[-1].endswith(("\n", "\r")):
            out[-1] += "\n\\ No newline at end of file\n"
        return out

    name = path.replace(os.sep, "/")
    return "".join(difflib.unified_diff(lines(before), lines(after), f"a/{name}", f"b/{name}"))


class WriteError(Exception):
    pass


def write_atomically(path: str, original: str, text: str, encoding: str | None) -> None:
    """Write `text` over the file at `path` (a symbolic link: over its target) in the file's
    encoding, through a temporary file in the same folder and os.replace, keeping the mode.
    Refuses when the file no longer holds `original` (it changed since it was read)."""
    from checker.sources import InputError, decode

    target = os.path.realpath(path)
    try:
        with open(target, "rb") as fh:
            raw = fh.read()
        on_disk, _ = decode(raw)
    except (OSError, InputError) as exc:
        raise WriteError(f"cannot be read again: {getattr(exc, 'strerror', None) or exc}") from None
    if on_disk != original:
        raise WriteError("changed on disk while it was being fixed; not written")
    data = _encode(text, encoding or "utf-8", raw)
    folder = os.path.dirname(target) or "."
    mode = os.stat(target).st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".factlint-fix", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _encode(text: str, encoding: str, raw: bytes) -> bytes:
    import codecs

    try:
        if encoding == "utf-16":  # keep the byte order the file was written in
            big = raw.startswith(codecs.BOM_UTF16_BE)
            return (codecs.BOM_UTF16_BE if big else codecs.BOM_UTF16_LE) + text.encode("utf-16-be" if big else "utf-16-le")
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise WriteError(f"the fixed text cannot be written in the file's encoding {encoding} ({exc.reason})") from None


def fix_paths(paths: list[str], config, *, write: bool, out=None, err=None) -> int:
    """Fix (write=True) or show as a diff on `out` (write=False) the safe fixes of every file
    under `paths`. Returns a linter's exit code: 2 when a file could not be read, checked or
    written; else, for --diff, 1 when there is a fix to show, 0 otherwise; for --fix, 0."""
    from checker.engine import Engine, RuleFailure
    from checker.config import ConfigError
    from checker.sources import iter_sources

    out = out or sys.stdout
    err = err or sys.stderr
    engine = Engine(config)
    include = list(config.include) if config.include else None
    failed = 0
    files = fixes = 0
    for source in iter_sources(paths, include, list(config.exclude), read=engine.read):
        if source.error:
            failed += 1
            print(f"{source.path}: error: {source.error}", file=err)
            continue
        if source.path == "<stdin>" and write:
            failed += 1
            print("factlint: error: --fix cannot write back to standard input (--diff shows the fixes)", file=err)
            continue
        try:
            fixed = fix_text(source.text, checker_for(engine, source))
        except RuleFailure as exc:
            failed += 1
            print(f"{source.path}: error: not fixed: the fixes cannot be checked ({exc.reason})", file=err)
            continue
        except ConfigError as exc:
            failed += 1
            print(f"{source.path}: error: not fixed: its configuration {exc.path or ''} is invalid".replace("  ", " "), file=err)
            continue
        except Exception as exc:  # the text cannot be read as its kind (invalid front matter, say)
            failed += 1
            print(f"{source.path}: error: not fixed: {exc}", file=err)
            continue
        for edit, reason in fixed.withheld:
            f = edit.finding
            print(f"{source.path}:{f.line}:{f.column}: fix withheld ({f.rule} \"{f.text}\" -> \"{edit.replacement}\"): {reason}", file=err)
        if not fixed.changed:
            continue
        if write:
            try:
                write_atomically(source.path, source.text, fixed.text, source.encoding)
            except (WriteError, OSError) as exc:
                failed += 1
                print(f"{source.path}: error: not fixed: {getattr(exc, 'strerror', None) or exc}", file=err)
                continue
            rules = sorted({e.rule for e in fixed.applied})
            print(f"factlint: {_count(len(fixed.applied), 'fix')} applied to {source.path} ({', '.join(rules)})", file=err)
        else:
            out.write(diff(source.path, source.text, fixed.text))
        files += 1
        fixes += len(fixed.applied)
    if not write and fixes:
        print(f"factlint: {_count(fixes, 'fix')} in {_count(files, 'file')} would be applied by check --fix", file=err)
    if failed:
        return 2
    return 1 if not write and fixes else 0


def _count(n: int, noun: str) -> str:
    plural = noun + ("es" if noun.endswith("x") else "s")
    return f"{n} {noun if n == 1 else plural}"
