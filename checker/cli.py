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
    """A usage error: one line on stderr, exit 2."""
    print(f"factlint: error: {message}", file=sys.stderr)
    sys.exit(2)


def execute(
    paths: list[str] | None, *, format: str | None = None, select: list[str] | None = None, ignore: list[str] | None = None,
    fail_on: str | None = None, lang: str | None = None, published: str | None = None, config_file: str | None = None,
    include: list[str] | None = None, exclude: list[str] | None = None, list_rules: bool = False, explain: str | None = None,
    quiet: bool = False, no_color: bool = False, exit_zero: bool = False, statistics: bool = False,
    output_file: str | None = None, baseline: str | None = None, write_baseline: str | None = None,
    show_suppressed: bool = False, jobs: int | None = None, facts: list[str] | None = None, cross_document: bool = False,
    learn_facts: str | None = None, scheduler: str | None = None, preview: bool = False,
) -> int:
    """The whole command once its options are parsed; returns the exit code."""
    from checker.config import Config, ConfigError, load_config_file
    from checker.registry import load_rules, unknown_selectors, warn

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

    anchor = None
    if published:
        try:
            anchor = date.fromisoformat(published)
        except ValueError:
            fail(f"--date '{published}' is not a date of the form YYYY-MM-DD")
    if lang and lang != "auto" and not (len(lang.split("-")[0]) in (2, 3) and lang.split("-")[0].isalpha()):
        fail(f"--lang '{lang}' is not an ISO 639-1 language code")
    for option, values in (("--select", _split(select)), ("--ignore", _split(ignore))):
        unknown = unknown_selectors(rule_set.rules, values or [])
        if unknown:
            fail(f"{option}: unknown rule or family '{unknown[0]}' (see check --list-rules)")

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
        except ConfigError as exc:
            fail(str(exc))
        if fail_on is None:
            base = base.merged(fail_on=found.fail_on)
        if found.facts and not facts:
            from checker.facts import load_register

            try:  # the discovered config's register: one clear error (file, line, key), exit 2
                load_register(found.facts)
            except ConfigError as exc:
                fail(str(exc))

    fmt = format or ("rich" if sys.stdout.isatty() and not output_file else "text")
    color = not no_color and not os.environ.get("NO_COLOR") and not output_file
    options = dict(exit_zero=exit_zero, statistics=statistics, baseline=baseline, write_baseline=write_baseline, show_suppressed=show_suppressed, jobs=jobs, cross_document=cross_document, scheduler=scheduler)
    if output_file:
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
    report = module.Reporter(out, color=color, quiet=quiet)
    needs_source = getattr(report, "needs_source", False) or bool(baseline or write_baseline or show_suppressed)
    engine = Engine(config, keep_source=needs_source, cross_document=cross_document)
    worst = None  # the most severe finding seen (results are streamed, never all held)
    summary = {"files": 0, "files_with_errors": 0, "findings": 0, "error": 0, "warning": 0, "info": 0}
    per_rule: dict[str, int] = {}
    if jobs is None:
        from checker.parallel import default_jobs

        jobs = default_jobs()
    results = engine.check_paths(paths, jobs=jobs, progress=sys.stderr.isatty() and not quiet)
    if scheduler:  # the same results, in the same order, computed on a Dask cluster
        from checker.dask import SchedulerError, check_paths_distributed, connect

        try:
            results = check_paths_distributed(engine, paths, connect(scheduler), close=True)
        except SchedulerError as exc:
            fail(str(exc))
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
        if result.error:
            summary["files_with_errors"] += 1
            print(f"{result.path}: error: {result.error}", file=sys.stderr)
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
        count = writer.write()
        print(f"factlint: baseline written to {write_baseline}: {count} finding{'s' if count != 1 else ''}", file=sys.stderr)
        return 2 if summary["files_with_errors"] else 0
    code = exit_code(summary["files_with_errors"], worst, config.fail_on)
    return 0 if exit_zero and code == 1 else code


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
