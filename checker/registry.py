"""The Rule base class and rule discovery.

Built-in rules and third-party packs are found the same way: through the entry-point group
`factlint.rules`. An entry point names a module (every Rule subclass defined in it is taken)
or a single Rule class. A pack that fails to import is skipped with one warning line.
"""
from __future__ import annotations

import importlib
import os
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Iterator

from checker.findings import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover
    from checker.document import Document

ENTRY_POINT_GROUP = "factlint.rules"


@dataclass(frozen=True)
class Example:
    """A documented example. `flag` is the exact text a finding of the rule must cover
    (bad examples); None means the text must raise nothing from this rule (good examples)."""

    text: str
    flag: str | None = None
    lang: str = "en"
    date: str | None = None  # the article's publication date, YYYY-MM-DD
    options: dict[str, Any] | None = None


class Rule:
    """Base class of every rule.

    Subclasses set `id` (kebab case), `summary` (one line), `severity`, `languages` (a set
    of ISO 639-1 codes, or None for all), optionally `options_model` (a pydantic model), and
    the documented examples `bad` and `good`. The class docstring holds the documentation in
    ruff's sections: "What it does", "Why is this bad?", "Example".
    """

    id: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    languages: ClassVar[frozenset[str] | None] = None
    options_model: ClassVar[Any] = None
    # "default": runs unless ignored; "preview": runs only with --preview (preview = true) or
    # when selected by id or family, as ruff's preview rules. A rule earns the default tier
    # by its measured precision on real news (bench/realnews.py, >= 0.90 in each language).
    tier: ClassVar[str] = "default"
    bad: ClassVar[list[Example]] = []
    good: ClassVar[list[Example]] = []

    def __init__(self, options: Any = None, severity: Severity | None = None) -> None:
        self.options = options if options is not None else self.default_options()
        self.effective_severity = severity or self.severity

    @classmethod
    def default_options(cls) -> Any:
        return cls.options_model() if cls.options_model is not None else None

    def applies_to(self, lang: str) -> bool:
        return self.languages is None or lang in self.languages

    def check(self, doc: "Document") -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def finding(
        self,
        doc: "Document",
        start: int,
        end: int,
        message: str,
        *,
        related: Iterable[tuple[int, int]] = (),
        suggestion: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of this rule at [start, end) with the configured severity (or, for rules
        whose certainty varies, an explicit one: an assumed year makes an error a warning)."""
        return doc.finding(
            self.id,
            severity or self.effective_severity,
            start,
            end,
            message,
            related=related,
            suggestion=suggestion,
        )

    @classmethod
    def documentation(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or cls.summary)

    @classmethod
    def family(cls) -> str:
        return cls.id.split("-")[0] + "-"


_KEBAB = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


@dataclass
class RuleSet:
    rules: dict[str, type[Rule]]
    warnings: list[str]


def _rules_in(obj: Any) -> Iterator[type[Rule]]:
    if isinstance(obj, type) and issubclass(obj, Rule):
        yield obj
        return
    for value in vars(obj).values():
        if (
            isinstance(value, type)
            and issubclass(value, Rule)
            and value is not Rule
            and value.id
            and value.__module__ == obj.__name__
        ):
            yield value


_LOADED: RuleSet | None = None


def entry_points(group: str) -> list[tuple[str, str]]:
    """(name, "module:attr") of every installed distribution's entry points in `group`.

    What importlib.metadata.entry_points(group=...) returns, read straight from the
    `*.dist-info/entry_points.txt` (and `*.egg-info`) files on sys.path: importing
    importlib.metadata alone costs about 20 ms, an eighth of the start-up budget. As there, the
    first distribution of a name on sys.path hides later ones."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    header = f"[{group}]"
    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:  # not a folder (a zip file) or gone
            continue
        for entry in names:
            if not entry.endswith((".dist-info", ".egg-info")):
                continue
            dist = re.sub(r"[-_.]+", "_", entry.rsplit(".", 1)[0].split("-")[0]).lower()
            if dist in seen:
                continue
            seen.add(dist)
            try:
                with open(os.path.join(folder or ".", entry, "entry_points.txt"), encoding="utf-8") as fh:
                    lines = fh.read().splitlines()
            except OSError:
                continue
            inside = False
            for line in lines:
                line = line.strip()
                if line.startswith("["):
                    inside = line == header
                elif inside and "=" in line and not line.startswith(("#", ";")):
                    name, value = (part.strip() for part in line.split("=", 1))
                    found.append((name, value.split("[", 1)[0].strip()))  # "mod:attr [extra]"
    return found


def _load(value: str) -> Any:
    """The object an entry point names: "package.module" or "package.module:attr.attr"."""
    module, _, attrs = value.partition(":")
    obj = importlib.import_module(module.strip())
    for attr in filter(None, attrs.strip().split(".")):
        obj = getattr(obj, attr)
    return obj


def load_rules() -> RuleSet:
    """All rules of every installed pack, keyed by id (cached for the process)."""
    global _LOADED
    if _LOADED is not None:
        return _LOADED
    rules: dict[str, type[Rule]] = {}
    warnings: list[str] = []
    for name, value in sorted(entry_points(ENTRY_POINT_GROUP), key=lambda e: (e[1].startswith("checker."), e[0])):
        try:
            loaded = _load(value)
        except Exception as exc:  # a broken pack must never stop the run
            warnings.append(f"rule pack '{name}' ({value}) could not be loaded and is skipped: {type(exc).__name__}: {exc}")
            continue
        for rule in _rules_in(loaded):
            if not _KEBAB.match(rule.id):
                warnings.append(f"rule pack '{name}': rule id '{rule.id}' is not kebab case; skipped")
                continue
            if rule.id in rules and rules[rule.id] is not rule:
                warnings.append(f"rule pack '{name}': rule id '{rule.id}' is already taken by {rules[rule.id].__module__}; the built-in wins")
            rules[rule.id] = rule
    _LOADED = RuleSet(dict(sorted(rules.items())), warnings)
    return _LOADED


def select_rules(
    all_ids: Iterable[str], select: list[str] | None, ignore: list[str] | None, *, preview_ids: Iterable[str] = (), preview: bool = False
) -> list[str]:
    """Rule ids after --select/--ignore; each entry is a rule id or a family prefix ("date-", "date").

    A preview rule (in `preview_ids`) runs only when `preview` is on or when a selector other
    than ALL names it (its id or its family): `select = ["timeline-"]` opts in, `ALL` does not."""

    def matches(rule_id: str, selector: str) -> bool:
        selector = selector.strip()
        if selector in ("ALL", "all"):
            return True
        return rule_id == selector or rule_id.startswith(selector.rstrip("-") + "-")

    ids = list(all_ids)
    waiting = set(preview_ids) if not preview else set()
    if select:
        named = [s for s in select if s.strip() not in ("ALL", "all")]
        ids = [i for i in ids if any(matches(i, s) for s in select) and (i not in waiting or any(matches(i, s) for s in named))]
    elif waiting:
        ids = [i for i in ids if i not in waiting]
    if ignore:
        ids = [i for i in ids if not any(matches(i, s) for s in ignore)]
    return ids


def unknown_selectors(all_ids: Iterable[str], selectors: Iterable[str]) -> list[str]:
    ids = list(all_ids)
    return [s for s in selectors if s not in ("ALL", "all") and not select_rules(ids, [s], None)]


def measured_precision() -> dict[str, dict[str, dict]]:
    """{rule id: {language: {"precision", "audited", "per_1000"}}}: each rule's precision on
    audited findings in real published news, as `bench/realnews.py precision
    --write-precision rules/data/precision.json` last measured it (shown by --list-rules)."""
    import json

    path = os.path.join(os.path.dirname(__file__), "rules", "data", "precision.json")
    if not os.path.exists(path):  # installed: checker/rules/data; in a source tree: rules/data
        path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "rules", "data", "precision.json")
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def precision_label(figures: dict[str, dict]) -> str:
    """"ar 0.95 (40), en 0.92 (31)": precision with the audited sample size, per language; for a
    sample under 25, also how rare the findings are ("en 0.00 (1) at 0.2/1,000 articles"): a
    rule that finds little is held to at most one false alarm per 1,000 articles instead."""
    def label(lang: str, f: dict) -> str:
        rare = f" at {f['per_1000']:g}/1,000 articles" if f["audited"] < 25 and "per_1000" in f else ""
        return f"{lang} {f['precision']:.2f} ({f['audited']}){rare}"

    return ", ".join(label(lang, f) for lang, f in sorted(figures.items())) or "not measured"


def warn(message: str) -> None:
    print(f"factlint: warning: {message}", file=sys.stderr)
