"""The command line: options -> Config -> engine -> reporter -> exit code.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error.

The options are declared with typer in checker/options.py (help, validation, errors). The
commonest call, `check FILE...` with no option at all (a pre-commit hook, an editor on save),
skips typer and click: they are a fifth of the start-up time, and with no option there is
nothing for them to parse. Everything else goes through typer; both end in `execute`.
"""
from __future__ import annotations

import os
import sys
from datetime import date


def entry() -> None:
    """Console-script entry point: never lets a traceback reach the user."""
    try:
        from checker import recache

        recache.install()
        args = sys.argv[1:]
        if args and all(a == "-" or not a.startswith("-") for a in args):
            sys.exit(execute(args))
        from checker.options import app

        app()
    except KeyboardInterrupt:
        print("factlint: interrupted", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
    except SystemExit:
        raise
    except Exception as exc:  # pragma: no cover - last resort
        print(f"factlint: internal error: {type(exc).__name__}: {exc} (please report this)", file=sys.stderr)
        sys.exit(2)


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def fail(message: str) -> None:
    """A usage error: one line on stderr (one per line of `message`), exit 2."""
    for line in str(message).splitlines() or [""]:
        print(f"factlint: error: {line}", file=sys.stderr)
    sys.exit(2)


def parse_date_option(option: str, value: str) -> date:
    """An ISO date from the command line; the error says whether the form or the day is wrong."""
    import re

    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        fail(f"{option} '{value}' is not a date of the form YYYY-MM-DD")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        reason = "there is no month " + m.group(2) if not 1 <= int(m.group(2)) <= 12 else f"that month has no day {int(m.group(3))}"
        if int(m.group(1)) == 0:
            reason = "there is no year 0"
        fail(f"{option} '{value}' is not a date that exists ({reason})")
    raise AssertionError  # pragma: no cover


def execute(
    paths: list[str] | None, *, format: str | None = None, select: list[str] | None = None, ignore: list[str] | None = None,
    fail_on: str | None = None, lang: str | None = None, published: str | None = None, config_file: str | None = None,
    include: list[str] | None = None, exclude: list[str] | None = None, list_rules: bool = False, explain: str | None = None,
    quiet: bool = False, no_color: bool = False, exit_zero: bool = False, statistics: bool = False,
    output_file: str | None = None, baseline: str | None = None, write_baseline: str | None = None,
    show_suppressed: bool = False, jobs: int | None = None, facts: list[str] | None = None, cross_document: bool = False,
    learn_facts: str | None = None, scheduler: str | None = None, preview: bool = False,
    max_file_size: str | None = None, max_findings: int | None = None, progress: bool = False,
    fix: bool = False, diff: bool = False,
) -> int:
    """The whole command once its options are parsed; returns the exit code."""
    from checker.config import Config, ConfigError, lang_problem, load_config_file, parse_size, plausible_lang, selector_problem
    from checker.registry import load_rules, warn

    rule_set = load_rules()
    for message in rule_set.warnings:
        warn(message)
    if list_rules:
        _print_rules(rule_set.rules)
        return 0
    if explain:
        _explain(rule_set.rules, explain)
        return 0
    if not paths and not learn_facts:
        fail("no path given (try 'check article.txt', or '-' for standard input)")

    anchor = parse_date_option("--date", published) if published else None
    if lang and not plausible_lang(lang):
        fail(f"--lang {lang_problem(lang)}")
    for option, values in (("--select", _split(select)), ("--ignore", _split(ignore))):
        reasons = [r for r in (selector_problem(v, rule_set.rules) for v in values or []) if r]
        if reasons:
            fail(f"{option}: {reasons[0]}")
    size_limit = None
    if max_file_size is not None:
        size_limit = parse_size(max_file_size)
        if size_limit is None:
            fail(f"--max-file-size '{max_file_size}' is not a size (a number of bytes, or 25MB, 512KB)")
    if max_findings is not None and max_findings < 0:
        fail(f"--max-findings {max_findings}: must be 0 or more (0: no cap)")

    try:
        base = load_config_file(config_file) if config_file else Config()
    except ConfigError as exc:
        fail(str(exc))
    base = base.merged(
        select=tuple(_split(select)) if select else None,
        ignore=tuple(_split(ignore)) if ignore else None,
        fail_on=fail_on,
        lang=lang,
        date=anchor,
        include=tuple(include) if include else None,
        exclude=tuple(exclude) if exclude else None,
        preview=True if preview else None,
        max_file_size=size_limit,
        max_findings=max_findings,
    )
    if facts:
        from checker.facts import load_register

        resolved = tuple(os.path.abspath(f) for f in facts)
        try:  # a register that does not parse or validate is a usage error: file, line, key
            load_register(resolved)
        except ConfigError as exc:
            fail(str(exc))
        base = base.merged(facts=resolved)
    if learn_facts:
        from checker.archive import learn_facts as draft

        if not os.path.isdir(learn_facts):
            fail(f"--learn-facts: '{learn_facts}' is not a folder")
        sys.stdout.write(draft(learn_facts, base))
        return 0
    if not config_file and paths and paths != ["-"]:
        from checker.config import discover_config

        try:  # the fail-on of a discovered file applies unless the command line says otherwise
            found = discover_config(os.path.dirname(os.path.abspath(paths[0])) if not os.path.isdir(paths[0]) else os.path.abspath(paths[0]))
        except ConfigError:  # invalid: the files it governs fail (exit 2), one line each; the others are checked
            found = Config()
        if fail_on is None:
            base = base.merged(fail_on=found.fail_on)
        if found.facts and not facts:
            from checker.facts import load_register

            try:  # the discovered config's register: one clear error (file, line, key), exit 2
                load_register(found.facts)
            except ConfigError as exc:
                fail(str(exc))

    if fix or diff:  # safe fixes (checker/fix.py): --diff shows them and exits; --fix writes them, then the report
        from checker.fix import fix_paths

        code = fix_paths(paths, base, write=not diff)
        if diff or code == 2:  # a file that could not be fixed: its error is on stderr
            return code

    fmt = format or ("rich" if sys.stdout.isatty() and not output_file else "text")
    color = not no_color and not os.environ.get("NO_COLOR") and not output_file
    if write_baseline:
        problem = _unwritable(write_baseline)
        if problem:
            fail(f"--write-baseline '{write_baseline}': {problem}")
    options = dict(exit_zero=exit_zero, statistics=statistics, baseline=baseline, write_baseline=write_baseline, show_suppressed=show_suppressed, jobs=jobs, cross_document=cross_document, scheduler=scheduler, progress=progress)
    if output_file:
        if any(os.path.isfile(p) and os.path.exists(output_file) and os.path.samefile(p, output_file) for p in paths or []):
            fail(f"--output-file '{output_file}' is a file to check: the report would overwrite it")
        try:
            out = open(output_file, "w", encoding="utf-8")
        except OSError as exc:
            fail(f"--output-file '{output_file}': {exc.strerror or exc}")
        with out:
            return run(paths, base, fmt, color=color, quiet=quiet, out=out, **options)
    return run(paths, base, fmt, color=color, quiet=quiet, **options)


def run(
    paths: list[str], config, fmt: str, *, color: bool = False, quiet: bool = False, out=None,
    exit_zero: bool = False, statistics: bool = False, baseline: str | None = None, write_baseline: str | None = None,
    show_suppressed: bool = False, jobs: int | None = None, cross_document: bool = False, scheduler: str | None = None,
    progress: bool = False,
) -> int:
    from checker.engine import Engine, exit_code
    from checker.report import reporter

    to_stdout = out is None
    out = out or sys.stdout
    known = None
    if baseline:
        from checker.baseline import Baseline, BaselineError

        try:
            known = Baseline(baseline)
        except BaselineError as exc:
            fail(str(exc))
    writer = None
    if write_baseline:
        from checker.baseline import BaselineWriter

        writer = BaselineWriter(write_baseline)
    module = reporter(fmt)
    report = module.Reporter(out, color=color, quiet=quiet, fail_on=config.fail_on)
    needs_source = getattr(report, "needs_source", False) or bool(baseline or write_baseline or show_suppressed)
    show_progress = progress or (sys.stderr.isatty() and not quiet)
    engine = Engine(config, keep_source=needs_source, cross_document=cross_document, progress=sys.stderr if show_progress else None)
    worst = None  # the most severe finding seen (results are streamed, never all held)
    summary = {"files": 0, "files_with_errors": 0, "findings": 0, "error": 0, "warning": 0, "info": 0, "not_shown": 0}
    shown_problems: set = set()  # an invalid configuration's problems are printed once
    per_rule: dict[str, int] = {}
    if jobs is None:
        from checker.parallel import default_jobs

        jobs = default_jobs()
    if scheduler:  # the same results, in the same order, computed on a Dask cluster
        from checker.dask import SchedulerError, check_paths_distributed, connect

        try:
            results = check_paths_distributed(engine, paths, connect(scheduler), close=True)
        except SchedulerError as exc:
            fail(str(exc))
    else:
        results = engine.check_paths(paths, jobs=jobs, progress=show_progress)
    for result in results:
        if known is not None:
            result.findings = known.filter(result)
        if writer is not None:
            writer.add(result)
        if show_suppressed:
            _print_suppressed(result)
        for f in result.findings:
            per_rule[f.rule] = per_rule.get(f.rule, 0) + 1
        summary["files"] += 1
        if result.config_problems and result.config_problems not in shown_problems:
            shown_problems.add(result.config_problems)
            for line in result.config_problems:
                print(f"factlint: error: {line}", file=sys.stderr)
        if result.error:
            summary["files_with_errors"] += 1
            print(f"{result.path}: error: {result.error}", file=sys.stderr)
        summary["not_shown"] += sum(result.truncated.values())
        for f in result.findings:
            summary["findings"] += 1
            summary[f.severity.value] += 1
        report.file(result)
        result.source = None
        for f in result.findings:
            worst = f.severity if worst is None or f.severity.rank > worst.rank else worst
    if not quiet or fmt not in ("rich", "text"):
        report.finish(summary)
    if statistics:
        machine = fmt not in ("rich", "text")
        _print_statistics(per_rule, sys.stderr if machine and to_stdout else sys.stdout)
    if writer is not None:
        try:
            count = writer.write()
        except OSError as exc:
            fail(f"--write-baseline '{write_baseline}': cannot be written: {exc.strerror or exc}")
        print(f"factlint: baseline written to {write_baseline}: {count} finding{'s' if count != 1 else ''}", file=sys.stderr)
        return 2 if summary["files_with_errors"] else 0
    code = exit_code(summary["files_with_errors"], worst, config.fail_on)
    return 0 if exit_zero and code == 1 else code


def _unwritable(path: str) -> str | None:
    """Why a file cannot be written at `path` (a folder on its way is a file; it is a folder),
    or None. The part named is written as the user wrote it."""
    from pathlib import Path

    if os.path.isdir(path):
        return "is a folder"
    for parent in Path(path).parents:
        if os.path.exists(parent):
            return None if os.path.isdir(parent) else f"'{parent}' is a file, not a folder"
    return None


def _print_statistics(per_rule: dict[str, int], stream) -> None:
    """Findings per rule, most frequent first (ruff's --statistics)."""
    from checker.registry import load_rules

    rules = load_rules().rules
    for rule_id, count in sorted(per_rule.items(), key=lambda item: (-item[1], item[0])):
        severity = rules[rule_id].severity.value if rule_id in rules else ""
        print(f"{count:>6}  {rule_id:<28} {severity:<8} {rules[rule_id].summary if rule_id in rules else ''}".rstrip(), file=stream)
    if not per_rule:
        print("     0  findings", file=stream)


def _print_suppressed(result) -> None:
    """What inline suppressions hid, one line each on stderr."""
    source = result.source or ""
    for f, directive in result.suppressed:
        line = source.count("\n", 0, directive.start) + 1
        what = f"factlint-{directive.kind}" + (f" {', '.join(directive.ids)}" if directive.ids else "")
        print(f"{result.path}:{f.line}:{f.column}: suppressed {f.severity.value} {f.rule} {f.message} (by '{what}' on line {line})", file=sys.stderr)


def _print_rules(rules: dict) -> None:
    from checker.registry import measured_precision, precision_label

    measured = measured_precision()
    rows = [
        (r.id, r.tier, r.severity.value, ", ".join(sorted(r.languages)) if r.languages else "all", precision_label(measured.get(r.id, {})), r.summary)
        for r in rules.values()
    ]
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table("rule", "tier", "severity", "languages", "precision on real news (audited)", "summary")
        for row in rows:
            table.add_row(*row)
        Console().print(table)
    else:
        for row in rows:
            print("\t".join(row))


def _explain(rules: dict, rule_id: str) -> None:
    rule = rules.get(rule_id)
    if rule is None:
        fail(f"--explain: unknown rule '{rule_id}' (see check --list-rules)")
    print(explanation(rule))


def explanation(rule) -> str:
    lines = [f"{rule.id} ({rule.severity.value}; languages: {', '.join(sorted(rule.languages)) if rule.languages else 'all'})", "", rule.summary, "", rule.documentation(), ""]
    if rule.bad:
        lines.append("Flagged:")
        lines += [f"  [{e.lang}] {e.text}" + (f"\n       -> flags: {e.flag}" if e.flag else "") for e in rule.bad]
    if rule.good:
        lines.append("Not flagged:")
        lines += [f"  [{e.lang}] {e.text}" for e in rule.good]
    return "\n".join(lines)
