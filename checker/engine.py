"""The engine: runs the selected rules over documents. It knows no single rule.

The decision step (select/ignore, per-rule severity, per-file ignores, sorting) is kept apart
from both rules and reporters, as flake8 does.
"""
from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from checker.config import Config, ConfigError
from checker.document import Document
from checker.findings import Finding, Severity
from checker.registry import Rule, load_rules, select_rules
from checker.sources import InputError, Source, iter_sources


@dataclass
class FileResult:
    path: str
    language: str | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    source: str | None = field(default=None, repr=False)  # kept only for reporters that quote lines
    suppressed: list = field(default_factory=list, repr=False)  # [(Finding, suppress.Directive)] hidden inline
    summaries: dict = field(default_factory=dict, repr=False)  # {rule id: collect(doc)} for --cross-document
    disabled: list = field(default_factory=list, repr=False)  # the file's suppress.Region list, for --cross-document
    config_problems: tuple = field(default=(), repr=False)  # the lines of the invalid configuration that governs this file
    truncated: dict = field(default_factory=dict, repr=False)  # {rule id: findings left out by the per-rule cap}


def _parse_date(value) -> date | None:
    """A front-matter date (YAML gives date or datetime objects, TOML too, others give text)."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def make_document(source: Source, config: Config) -> Document:
    """Decoded source -> Document with language, metadata and the anchor date."""
    from checker.prose import prose_view

    text, meta = prose_view(source)
    lang = config.lang if config.lang and config.lang != "auto" else None
    lang = lang or (str(meta["lang"]) if meta.get("lang") else None)
    if lang is None:
        from checker.lang.detect import detect_language

        lang = detect_language(text)
    published = config.date or _parse_date(meta.get("date") or meta.get("published"))
    return Document(path=source.path, source=source.text or "", text=text, lang=lang.split("-")[0].lower(), published=published, meta=meta, kind=source.kind)


class Engine:
    """Runs rules; builds (and caches) the rule instances each distinct config asks for."""

    def __init__(self, config: Config | None = None, *, discover: bool = True, keep_source: bool = False, cross_document: bool = False, progress=None) -> None:
        self.progress = progress  # a stream (stderr) for the progress of a long file, or None
        self.base_dir: str | None = None  # the folder relative paths are taken from (a Dask worker: the client's)
        self.cross_document = cross_document  # hold results back for the corpus rules' phase
        self._corpus_rules: dict[str, Rule] = {}
        self.base = config or Config()
        self.discover = discover
        self.keep_source = keep_source
        self._rules: dict[tuple, list[Rule]] = {}
        self.rule_set = load_rules()

    def config_for(self, path: str) -> Config:
        if not self.discover or path in ("-", "<stdin>"):
            return self.base
        from checker.config import discover_config

        found = discover_config(str(Path(self.located(path)).parent))
        return _overlay(found, self.base)

    def located(self, path: str) -> str:
        """`path` as this process can open it: relative paths are taken from base_dir when set."""
        if self.base_dir and path not in ("-", "<stdin>") and not os.path.isabs(path):
            return os.path.join(self.base_dir, path)
        return path

    def read(self, path: str) -> Source:
        """Read one path with the size limit of the configuration that governs it."""
        from checker.sources import read_source

        try:
            limit = self.config_for(path).max_file_size
        except ConfigError:  # reported when the file is checked
            limit = self.base.max_file_size
        if path == "-" or not self.base_dir:
            return read_source(path, limit)
        source = read_source(self.located(path), limit)
        source.path = path  # named as the user named it
        return source

    def rules_for(self, config: Config) -> list[Rule]:
        key = config.key()
        if key not in self._rules:
            self._rules[key] = self._build_rules(config)
        return self._rules[key]

    def _build_rules(self, config: Config) -> list[Rule]:
        preview_ids = [i for i, cls in self.rule_set.rules.items() if cls.tier == "preview"]
        ids = select_rules(self.rule_set.rules, list(config.select) if config.select else None, list(config.ignore), preview_ids=preview_ids, preview=config.preview)
        rules = []
        for rule_id in ids:
            cls = self.rule_set.rules[rule_id]
            settings = dict(config.rules.get(rule_id, {}))
            severity = settings.pop("severity", None)
            options = None
            if cls.options_model is not None:
                try:
                    options = cls.options_model.model_validate({k.replace("-", "_"): v for k, v in settings.items()})
                except Exception as exc:
                    from checker.config import _readable

                    raise ConfigError(_readable(exc, config.path or "configuration").replace("key '", f"key 'rules.{rule_id}.")) from None
            elif settings:
                raise ConfigError(f"{config.path or 'configuration'}: invalid configuration: key 'rules.{rule_id}.{next(iter(settings))}': rule {rule_id} takes no options")
            rule = cls(options=options, severity=Severity(severity) if severity else None)
            rule.config = config
            rules.append(rule)
        return rules

    def check_document(self, doc: Document, config: Config | None = None, suppressed: list | None = None, truncated: dict | None = None) -> list[Finding]:
        """The document's findings after the decision step; those hidden by inline
        suppression comments are appended to `suppressed` (when given) as (finding, directive).
        At most config.max_findings per rule are kept (the first in the text); the number left
        out per rule goes into `truncated` (when given)."""
        config = config or self.base
        findings: list[Finding] = []
        errors: list[str] = []
        rules = [rule for rule in self.rules_for(config) if rule.applies_to(doc.lang)]
        progress = _Progress(self.progress, doc.path, len(rules)) if self.progress is not None and len(doc.source) >= PROGRESS_CHARS else None
        for i, rule in enumerate(rules):
            if progress:
                progress.show(i, rule.id)
            try:
                findings.extend(rule.check(doc))
            except Exception as exc:  # one broken rule must not lose the file's other findings
                errors.append(f"rule {rule.id} failed: {type(exc).__name__}: {exc}")
            if len(doc.source) >= FORGET_CHARS and i + 1 < len(rules):
                doc.forget()  # a long document: one rule's analyses in memory at a time
        if progress:
            progress.close()
        findings = _per_file_ignores(findings, self.located(doc.path), config)
        if "factlint-" in doc.source:  # inline suppressions (checker/suppress.py)
            from checker.suppress import apply as apply_suppressions

            findings, hidden = apply_suppressions(findings, doc.source)
            if suppressed is not None:
                suppressed.extend(sorted(set(hidden), key=lambda h: h[0].sort_key))
        findings = sorted(set(findings), key=lambda f: f.sort_key)
        if config.max_findings:
            findings = _capped(findings, config.max_findings, truncated)
        if errors:
            raise RuleFailure(findings, "; ".join(errors))
        return findings

    def check_source(self, source: Source) -> FileResult:
        if source.error:
            return FileResult(source.path, error=source.error)
        try:
            config = self.config_for(source.path)
            doc = make_document(source, config)
            kept = source.text if self.keep_source else None
            hidden: list = []
            truncated: dict = {}
            findings = self.check_document(doc, config, hidden, truncated)
            result = FileResult(source.path, doc.lang, findings, source=kept, suppressed=hidden, truncated=truncated)
            if self.cross_document:
                result.summaries = self.collect(doc, config)
                if "factlint-" in doc.source:  # the corpus phase's findings obey the file's comments too
                    from checker.suppress import regions

                    result.disabled = regions(doc.source)
            return result
        except RuleFailure as failure:
            return FileResult(source.path, None, failure.findings, error=failure.reason, source=source.text if self.keep_source else None)
        except ConfigError as exc:  # this file's configuration is invalid: this file alone fails
            return config_failure(source.path, exc)
        except InputError as exc:  # found while reading the text itself (invalid front matter)
            return FileResult(source.path, error=str(exc))

    def check_paths(self, paths: list[str], jobs: int = 1, progress: bool = False) -> Iterator[FileResult]:
        """Results in discovery order; with jobs > 1 files are checked in worker processes
        (checker/parallel.py), the output staying identical to jobs=1."""
        include = list(self.base.include) if self.base.include else None
        if jobs != 1 or progress:
            from checker.parallel import check_parallel

            results = check_parallel(self, paths, include, list(self.base.exclude), jobs, progress)
        else:
            results = (self.check_source(source) for source in iter_sources(paths, include, list(self.base.exclude), read=self.read))
        if self.cross_document:  # every file first, then the corpus rules, then the results
            results = list(results)
            self.check_corpus(results)
        yield from results

    def collect(self, doc: Document, config: Config) -> dict:
        """Per-document summaries of the corpus rules (rules with `collect` and `check_corpus`)."""
        summaries = {}
        for rule in self.rules_for(config):
            if hasattr(rule, "check_corpus") and hasattr(rule, "collect") and rule.applies_to(doc.lang):
                self._corpus_rules.setdefault(rule.id, rule)
                try:
                    summaries[rule.id] = rule.collect(doc)
                except Exception:  # a summary that cannot be made leaves the document out
                    continue
        return summaries

    def check_corpus(self, results: list[FileResult]) -> None:
        """The cross-document phase: each corpus rule sees every document's summary and returns
        findings per path, merged into the held-back results (decision step applied again). The
        summaries may come from other processes (--jobs, Dask): the corpus rules are this
        engine's own instances, for the ids the summaries name."""
        for result in results:
            for rule_id in result.summaries.keys() - self._corpus_rules.keys():
                rule = next((r for r in self.rules_for(self.config_for(result.path)) if r.id == rule_id), None)
                if rule is not None:
                    self._corpus_rules[rule_id] = rule
        for rule_id, rule in self._corpus_rules.items():
            summaries = {r.path: r.summaries[rule_id] for r in results if rule_id in r.summaries}
            if len(summaries) < 2:
                continue
            try:
                found = rule.check_corpus(summaries) or {}
            except Exception as exc:
                from checker.registry import warn

                warn(f"rule {rule_id} failed in the cross-document phase: {type(exc).__name__}: {exc}")
                continue
            for result in results:
                extra = found.get(result.path)
                if extra:
                    extra = _per_file_ignores(extra, self.located(result.path), self.config_for(result.path))
                    if result.disabled:
                        from checker.suppress import apply_regions

                        extra, hidden = apply_regions(extra, result.disabled)
                        result.suppressed = sorted(set(result.suppressed) | set(hidden), key=lambda h: h[0].sort_key)
                    result.findings = sorted(set(result.findings) | set(extra), key=lambda f: f.sort_key)

    def check_text(self, text: str, path: str = "<text>", lang: str | None = None, published: date | None = None) -> list[Finding]:
        config = self.base.merged(lang=lang, date=published)
        doc = make_document(Source(path, text=text), config)
        return self.check_document(doc, config)


def config_failure(path: str, exc: ConfigError) -> FileResult:
    """The result of a file whose configuration is invalid: one line for the file; the
    configuration's problems ride along, for the command line to print once."""
    where = f"its configuration {exc.path} is invalid" if exc.path else "its configuration is invalid"
    return FileResult(path, error=f"not checked: {where}", config_problems=tuple(exc.problems))


# A document this long drops its analyses between rules: they are computed again by the rules
# that need them (about 10% more time at 2 MB; shared analyses are cheap next to the rules),
# and the peak memory is the hungriest rule's instead of the sum of all (2 MB: 126 -> ~75 MB).
FORGET_CHARS = 500_000
PROGRESS_CHARS = 1_000_000  # a file this long shows its rules' progress (on a terminal, or --progress)


class _Progress:
    """`checking big.txt: rule 3/21 (date-weekday)` on stderr: redrawn in place on a terminal,
    one line per rule otherwise (asked for with --progress); stdout is never touched."""

    def __init__(self, stream, path: str, total: int) -> None:
        self.stream, self.path, self.total = stream, path, total
        self.tty = bool(getattr(stream, "isatty", lambda: False)())

    def show(self, done: int, rule_id: str) -> None:
        line = f"checking {self.path}: rule {done + 1}/{self.total} ({rule_id})"
        self.stream.write(f"\r\x1b[K{line}" if self.tty else f"factlint: {line}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _capped(findings: list[Finding], cap: int, truncated: dict | None) -> list[Finding]:
    """The first `cap` findings of each rule (findings sorted by position); the others counted."""
    counts: dict[str, int] = {}
    kept = []
    for f in findings:
        n = counts.get(f.rule, 0) + 1
        counts[f.rule] = n
        if n <= cap:
            kept.append(f)
    if truncated is not None:
        for rule_id, n in counts.items():
            if n > cap:
                truncated[rule_id] = truncated.get(rule_id, 0) + n - cap
    return kept


class RuleFailure(Exception):
    def __init__(self, findings: list[Finding], reason: str) -> None:
        super().__init__(reason)
        self.findings = findings
        self.reason = reason


def _overlay(found: Config, base: Config) -> Config:
    """The discovered file's config with the command line's explicit values on top."""
    if base.path:  # --config given: discovery is off
        return base
    defaults = Config()
    overrides = {k: getattr(base, k) for k in base.__dataclass_fields__ if getattr(base, k) != getattr(defaults, k)}
    return found.merged(**overrides) if overrides else found


def _per_file_ignores(findings: Iterable[Finding], path: str, config: Config) -> list[Finding]:
    findings = list(findings)
    if not config.per_file_ignores:
        return findings
    rel = Path(path)
    if config.root:
        try:
            rel = Path(path).resolve().relative_to(config.root)
        except ValueError:
            pass
    ignored: list[str] = []
    for pattern, ids in config.per_file_ignores.items():
        if fnmatch.fnmatch(rel.as_posix(), pattern) or fnmatch.fnmatch(rel.name, pattern):
            ignored.extend(ids)
    if not ignored:
        return findings
    keep = set(select_rules([f.rule for f in findings], None, ignored))
    return [f for f in findings if f.rule in keep]


def exit_code(files_with_errors: int, worst: Severity | None, fail_on: str) -> int:
    """2 when a file could not be checked; 1 when a finding reaches fail-on; else 0."""
    if files_with_errors:
        return 2
    if fail_on == "never" or worst is None:
        return 0
    return 1 if worst.rank >= Severity(fail_on).rank else 0
