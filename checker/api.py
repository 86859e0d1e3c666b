"""The Python API: check a text or a set of files from any program.

    >>> from checker import check_text
    >>> [f.rule for f in check_text("He said \\"yes.", lang="en")]
    ['quote-balance']

Both functions build their own Engine on every call: no module-level state, nothing shared
between calls or threads. Their inputs (str, dates, Config) and outputs (Finding, FileResult)
are plain dataclasses that pickle, so they can be called from a process pool, a Dask or Ray
task, or a web worker. `import checker` stays cheap: these names are re-exported lazily.
"""
from __future__ import annotations

import os
from datetime import date as _date
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Union

if TYPE_CHECKING:  # pragma: no cover
    from checker.config import Config
    from checker.engine import FileResult
    from checker.findings import Finding

__all__ = ["check_text", "check_paths", "as_config"]

ConfigLike = Union["Config", Mapping[str, Any], str, "os.PathLike[str]", None]


def as_config(config: ConfigLike = None) -> "Config":
    """A Config from what a caller has at hand:

    - None: the defaults (and, in check_paths, discovery of factlint.toml next to each file);
    - a Config: used as it is;
    - a mapping: the keys of a factlint.toml (kebab case: `fail-on`, `per-file-ignores`,
      `rules = {rule-id = {severity = "info"}}`), validated like a file;
    - a str or path: a configuration file (factlint.toml, or a pyproject.toml with
      [tool.factlint]); discovery is then off, as with `check --config FILE`.

    An invalid value raises checker.config.ConfigError naming the key and the reason."""
    from checker.config import Config, load_config_file, parse_config

    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, (str, os.PathLike)):
        return load_config_file(os.fspath(config))
    if isinstance(config, Mapping):  # relative paths in it (facts) are taken from the working folder
        return parse_config(dict(config), "<config>")
    raise TypeError(f"config must be a Config, a mapping, a file path or None, not {type(config).__name__}")


def _as_date(value: "_date | str | None") -> "_date | None":
    if value is None or isinstance(value, _date):
        return value.date() if hasattr(value, "hour") else value  # a datetime: its date
    try:
        return _date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"date '{value}' is not a date of the form YYYY-MM-DD") from None


def check_text(text: str, *, lang: str | None = None, date: "_date | str | None" = None, config: ConfigLike = None, path: str = "<text>") -> list["Finding"]:
    """The findings for one article given as a string, sorted by position.

    `lang` is an ISO 639-1 code ("ar", "en"); None detects it. `date` is the publication date
    (a datetime.date or "YYYY-MM-DD"), the anchor for relative dates and weekdays; None takes
    it from front matter when there is some. `config` is anything `as_config` accepts.
    A rule that fails raises checker.engine.RuleFailure (carrying the other rules' findings)."""
    from checker.engine import Engine

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    engine = Engine(as_config(config), discover=False)
    return engine.check_text(text, path=path, lang=lang if lang and lang != "auto" else None, published=_as_date(date))


def check_paths(
    paths: "str | os.PathLike[str] | Iterable[str | os.PathLike[str]]",
    *,
    config: ConfigLike = None,
    jobs: int = 1,
    cross_document: bool = False,
    keep_source: bool = False,
) -> Iterator["FileResult"]:
    """One FileResult per file (folders are searched for *.txt and *.md), in sorted order,
    streamed: only the result being yielded is held (except with cross_document, where every
    document's summary must be seen before any result is final).

    A file that cannot be read gives a FileResult with `error` set, never an exception.
    With config None, the factlint.toml nearest to each file applies, as on the command line.
    `jobs` > 1 checks files in worker processes (the results are the same, in the same order)."""
    from checker.engine import Engine

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [os.fspath(p) for p in paths]
    base = as_config(config)
    engine = Engine(base, discover=base.path is None, keep_source=keep_source, cross_document=cross_document)
    yield from engine.check_paths(paths, jobs=jobs)
