"""Configuration: `factlint.toml`, `.factlint.toml` or `[tool.factlint]` in pyproject.toml.

The file nearest to a checked file (searching from its folder upward) wins; `--config FILE`
overrides discovery; command-line options override the file. Keys are kebab case. A file is
checked in full before use: an unknown key, an unknown rule id or family anywhere (select,
ignore, [rules.X], per-file-ignores; with "did you mean"), an implausible `lang`, a value of
the wrong type: every problem is listed at once, one line each with the file, the line, the
key and a plain reason (ConfigError.problems). A discovered file that is invalid fails only
the files it governs; the others are still checked.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
import re
from typing import Any

CONFIG_NAMES = ("factlint.toml", ".factlint.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
MAX_FILE_SIZE = 25 * 1000 * 1000  # 25 MB
MAX_FINDINGS = 100
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?\s*$", re.I)


def parse_size(value: Any) -> int | None:
    """Bytes from 26214400, "25MB", "25 MB", "512K", "1.5GB", "25MiB"; None when not a size."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if not isinstance(value, str):
        return None
    m = _SIZE.match(value)
    if not m:
        return None
    unit = (m.group(2) or "B").upper()
    base = 1024 if "I" in unit else 1000
    factor = {"B": 1, "K": base, "M": base**2, "G": base**3}[unit[0]]
    size = int(float(m.group(1)) * factor)
    return size if size > 0 else None


class ConfigError(Exception):
    """An invalid configuration file or value; the message names the file and the key.
    `problems` holds one line per problem (the message is those lines joined)."""

    def __init__(self, message: str, problems: list[str] | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]
        self.path = path

    @classmethod
    def of(cls, problems: "_Problems") -> "ConfigError":
        lines = problems.lines()
        return cls("\n".join(lines), lines, problems.path)


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    lang: str = "auto"
    date: date | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spelling: dict[str, Any] = field(default_factory=dict)
    preview: bool = False  # run the preview-tier rules and sub-checks too
    max_file_size: int = MAX_FILE_SIZE  # bytes; a larger file is an error for that file
    max_findings: int = MAX_FINDINGS  # per rule and file (0: no cap); the rest are counted
    path: str | None = None  # the file it came from
    root: str | None = None  # the folder relative paths in it are resolved against

    def merged(self, **overrides: Any) -> "Config":
        """This config with command-line values laid over it (None means "not given")."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def key(self) -> tuple:
        return (self.path, self.select, self.ignore, repr(sorted(self.rules.items())), self.lang, self.date, self.facts, repr(self.spelling), self.preview)


ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
    ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
    pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
    ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)
KEYS = ("select", "ignore", "fail-on", "lang", "date", "include", "exclude", "facts", "rules", "per-file-ignores", "spelling", "preview", "max-file-size", "max-findings")
SEVERITIES = ("error", "warning", "info")


def plausible_lang(value: str) -> bool:
    """'auto', or an ISO 639-1 code, optionally with a region or script subtag ('en-GB')."""
    if value == "auto":
        return True
    primary, dash, rest = value.partition("-")
    return primary.lower() in ISO_639_1 and (not dash or all(p.isalnum() and 2 <= len(p) <= 8 for p in rest.split("-")))


def lang_problem(value: str) -> str:
    return f"'{value}' is not an ISO 639-1 language code (two letters, such as 'en' or 'ar'; or 'auto')"


def _did_you_mean(word: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def selector_problem(selector: str, rule_ids, *, families: bool = True) -> str | None:
    """None when `selector` names a rule, or (with families) a family prefix or ALL; else the reason."""
    from checker.registry import select_rules

    ids = list(rule_ids)
    if selector in ids:
        return None
    if families and (selector in ("ALL", "all") or (selector.strip() and select_rules(ids, [selector], None))):
        return None
    choices = ids + (sorted({i.split("-")[0] + "-" for i in ids}) if families else [])
    what = "rule or family" if families else "rule"
    hint = _did_you_mean(selector, choices) or " (see check --list-rules)"
    return f"unknown {what} '{selector}'{hint}"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, date):
        return "a date"
    return type(value).__name__


def _option_problems(errors: list[dict]) -> list[tuple[str, str]]:
    """pydantic's errors of a rule's options model, as (key, plain reason)."""
    out = []
    for e in errors:
        key = ".".join(str(p) for p in e.get("loc", ())).replace("_", "-")
        kind = e.get("type", "")
        ctx = e.get("ctx") or {}
        if kind == "extra_forbidden":
            reason = "unknown option"
        elif kind == "missing":
            reason = "is required"
        elif kind.startswith(("int_", "float_")):
            reason = f"must be a number, not {_kind(e.get('input'))}"
        elif kind.startswith("bool_"):
            reason = f"must be true or false, not {_kind(e.get('input'))}"
        elif kind.startswith("string_"):
            reason = f"must be a string, not {_kind(e.get('input'))}"
        elif kind.startswith("list_"):
            reason = f"must be a list, not {_kind(e.get('input'))}"
        elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
            bound = next(iter(ctx.values()), "")
            reason = {"greater_than_equal": "at least", "greater_than": "more than", "less_than_equal": "at most", "less_than": "less than"}[kind]
            reason = f"must be {reason} {bound}"
        elif kind == "literal_error":
            reason = f"must be {ctx.get('expected', 'one of the allowed values')}"
        else:
            reason = "invalid value"
        out.append((key, reason))
    return out


class _Problems:
    """The problems found in one configuration, each with its key (dotted) and plain reason."""

    def __init__(self, path: str, text: str | None, prefix: tuple[str, ...] = ()) -> None:
        self.path, self.text, self.prefix = _shown(path), text, prefix
        self.items: list[tuple[int, tuple[str, ...], str]] = []

    def add(self, keys: tuple[str, ...], reason: str, value: str | None = None) -> None:
        line = _locate(self.text, self.prefix + keys, value) if self.text else 0
        self.items.append((line, keys, reason))

    def lines(self) -> list[str]:
        out = []
        for line, keys, reason in sorted(self.items, key=lambda item: item[0]):
            where = f"{self.path}:{line}" if line else self.path
            out.append(f"{where}: invalid configuration: key '{'.'.join(keys)}': {reason}")
        return out


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.\-"' ]+?)\s*=""")


def _split_dotted(key: str) -> tuple[str, ...]:
    parts, buf, quote = [], "", None
    for ch in key:
        if quote:
            if ch == quote:
                quote = None
            else:
                buf += ch
        elif ch in "\"'":
            quote = ch
        elif ch == ".":
            parts.append(buf.strip())
            buf = ""
        else:
            buf += ch
    parts.append(buf.strip())
    return tuple(parts)


def _locate(text: str, keys: tuple[str, ...], value: str | None = None) -> int:
    """The 1-based line of a key (dotted path) in a TOML text: its `key =` line, or its
    [table] header; for a bad item of an array, the line of that item. 0 when not found."""
    table: tuple[str, ...] = ()
    best, best_depth = 0, 0
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        header = _HEADER.match(line)
        if header:
            table = _split_dotted(header.group(1))
            depth = len(table) if keys[: len(table)] == table else 0
            if depth > best_depth:
                best, best_depth = number, depth
            continue
        m = _KEY.match(line)
        if not m:
            continue
        full = table + _split_dotted(m.group(1))
        depth = 0
        while depth < min(len(full), len(keys)) and full[depth] == keys[depth]:
            depth += 1
        if depth == len(full) and depth > best_depth:  # the key itself, or an inline table holding it
            best, best_depth = number, depth
            if value is not None:  # an item of an array or inline table: its own line
                quoted = (f'"{value}"', f"'{value}'")
                for k in range(number - 1, min(len(lines), number + 200)):
                    if any(q in lines[k] for q in quoted):
                        best = k + 1
                        break
                    if k > number - 1 and (_KEY.match(lines[k]) or _HEADER.match(lines[k])):
                        break
    return best


def _string_list(problems: _Problems, keys: tuple[str, ...], value: Any) -> list[str] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.add(keys, f"must be a list of strings, not {_kind(value)}" if not isinstance(value, list) else "must be a list of strings")
        return None
    return value


def _validated(data: dict[str, Any], path: str, text: str | None = None, prefix: tuple[str, ...] = ()) -> dict[str, Any]:
    """The file's values, checked without pydantic; every problem is collected and raised
    at once (ConfigError.problems: one line each, with file, line, key and a plain reason)."""
    from checker.registry import load_rules

    rule_classes = load_rules().rules
    problems = _Problems(path, text, prefix)
    if not isinstance(data, dict):
        problems.add((), "the configuration must be a table of keys")
        raise ConfigError.of(problems)
    for key in data:
        if key not in KEYS:
            problems.add((key,), f"unknown key{_did_you_mean(key.replace('_', '-'), KEYS)}")
    out: dict[str, Any] = {"select": None, "ignore": [], "fail_on": "warning", "lang": "auto", "date": None, "include": None, "exclude": [], "facts": [],
                           "rules": {}, "per_file_ignores": {}, "spelling": {"families": []}, "preview": False,
                           "max_file_size": MAX_FILE_SIZE, "max_findings": MAX_FINDINGS}
    if "max-file-size" in data:
        size = parse_size(data["max-file-size"])
        if size is None:
            problems.add(("max-file-size",), f"{data['max-file-size']!r} is not a size (a number of bytes, or '25MB', '512KB')")
        else:
            out["max_file_size"] = size
    if "max-findings" in data:
        value = data["max-findings"]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.add(("max-findings",), f"must be a whole number, 0 or more (0: no cap), not {value!r}")
        else:
            out["max_findings"] = value
    for key in ("select", "ignore", "include", "exclude", "facts"):
        if key in data:
            values = _string_list(problems, (key,), data[key])
            if values is None:
                continue
            if key in ("select", "ignore"):
                for v in values:
                    reason = selector_problem(v, rule_classes)
                    if reason:
                        problems.add((key,), reason, v)
            out[key] = list(values)
    if "fail-on" in data:
        if data["fail-on"] in FAIL_ON:
            out["fail_on"] = data["fail-on"]
        else:
            problems.add(("fail-on",), f"'{data['fail-on']}' is not one of {', '.join(FAIL_ON)}" if isinstance(data["fail-on"], str) else f"must be one of {', '.join(FAIL_ON)}, not {_kind(data['fail-on'])}")
    if "lang" in data:
        value = data["lang"]
        if not isinstance(value, str):
            problems.add(("lang",), f"must be a string such as 'en', 'ar' or 'auto', not {_kind(value)}")
        elif not plausible_lang(value):
            problems.add(("lang",), lang_problem(value))
        else:
            out["lang"] = value
    if "date" in data:
        value = data["date"]
        if type(value) is date:
            out["date"] = value
        elif isinstance(value, str):
            try:
                out["date"] = date.fromisoformat(value)
            except ValueError:
                problems.add(("date",), f"'{value}' is not a date of the form YYYY-MM-DD that exists")
        else:
            problems.add(("date",), f"must be a date (YYYY-MM-DD), not {_kind(value) if not isinstance(value, date) else 'a date and time'}")
    if "preview" in data:
        if isinstance(data["preview"], bool):
            out["preview"] = data["preview"]
        else:
            problems.add(("preview",), f"must be true or false, not {_kind(data['preview'])}")
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        problems.add(("rules",), f"must be a table of [rules.RULE-ID] tables, not {_kind(rules)}")
        rules = {}
    for rule_id, settings in rules.items():
        keys = ("rules", rule_id)
        reason = selector_problem(rule_id, rule_classes, families=False)
        if reason:
            problems.add(keys, reason)
            continue
        if not isinstance(settings, dict):
            problems.add(keys, f"must be a table of the rule's settings, not {_kind(settings)}")
            continue
        settings = dict(settings)
        if "severity" in settings:
            severity = settings["severity"]
            if severity not in SEVERITIES:
                problems.add(keys + ("severity",), f"'{severity}' is not one of {', '.join(SEVERITIES)}" if isinstance(severity, str) else f"must be one of {', '.join(SEVERITIES)}")
                continue
        options = {k: v for k, v in settings.items() if k != "severity"}
        cls = rule_classes[rule_id]
        if options and cls.options_model is None:
            problems.add(keys + (next(iter(options)),), f"rule {rule_id} takes no options")
            continue
        if options:
            try:
                cls.options_model.model_validate({k.replace("-", "_"): v for k, v in options.items()})
            except Exception as exc:  # pydantic's ValidationError, or a plain model's ValueError
                errors = getattr(exc, "errors", None)
                if callable(errors):
                    for key, reason in _option_problems(errors()):
                        problems.add(keys + tuple(key.split(".")), reason)
                else:
                    text_ = str(exc)
                    m = re.match(r"key '([^']+)': (.*)", text_)
                    problems.add(keys + ((m.group(1),) if m else ()), m.group(2) if m else text_)
                continue
        out["rules"][rule_id] = settings
    pfi = data.get("per-file-ignores", {})
    if not isinstance(pfi, dict):
        problems.add(("per-file-ignores",), f"must be a table of \"glob\" = [rule ids], not {_kind(pfi)}")
        pfi = {}
    for pattern, ids in pfi.items():
        values = _string_list(problems, ("per-file-ignores", pattern), ids)
        if values is None:
            continue
        bad = False
        for v in values:
            reason = selector_problem(v, rule_classes)
            if reason:
                problems.add(("per-file-ignores", pattern), reason, v)
                bad = True
        if not bad:
            out["per_file_ignores"][pattern] = list(values)
    spelling = data.get("spelling", {})
    if not isinstance(spelling, dict):
        problems.add(("spelling",), f"must be a table, not {_kind(spelling)}")
    else:
        for key, value in spelling.items():
            if key != "families":
                problems.add(("spelling", key), "unknown key (the [spelling] table takes 'families')")
            elif not isinstance(value, list) or not all(isinstance(f, list) and all(isinstance(w, str) for w in f) for f in value):
                problems.add(("spelling", "families"), "must be a list of lists of strings ([[\"ceasefire\", \"cease-fire\"]])")
            else:
                out["spelling"] = {"families": value}
    if problems.items:
        raise ConfigError.of(problems)
    return out


def parse_config(data: dict[str, Any], path: str, *, text: str | None = None, prefix: tuple[str, ...] = ()) -> Config:
    """A Config from a configuration's keys; `text` (the file's TOML) lets problems name
    their line. Raises ConfigError listing every problem at once."""
    v = _validated(data, path, text, prefix)
    root = str(Path(path).resolve().parent)
    return Config(
        select=tuple(v["select"]) if v["select"] is not None else None,
        ignore=tuple(v["ignore"]),
        fail_on=v["fail_on"],
        lang=v["lang"],
        date=v["date"],
        include=tuple(v["include"]) if v["include"] is not None else None,
        exclude=tuple(v["exclude"]),
        facts=tuple(str((Path(root) / f).resolve()) for f in v["facts"]),
        rules=v["rules"],
        per_file_ignores={k: tuple(ids) for k, ids in v["per_file_ignores"].items()},
        spelling=v["spelling"],
        preview=v["preview"],
        max_file_size=v["max_file_size"],
        max_findings=v["max_findings"],
        path=path,
        root=root,
    )


def _shown(path: str) -> str:
    """A configuration's path as messages write it: relative to the working folder when inside it."""
    from checker.sources import relative

    return relative(path) if path and not path.startswith("<") else path


def load_config_file(path: str) -> Config:
    import tomllib  # here, not at import: most runs find no configuration file

    p = Path(path)
    shown = _shown(str(path))
    try:
        with open(p, "rb") as fh:
            raw = fh.read()
        text = raw.decode("utf-8-sig")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(f"{shown}: configuration file not found", path=shown) from None
    except IsADirectoryError:
        raise ConfigError(f"{shown}: configuration file is a folder", path=shown) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{shown}: invalid configuration: not UTF-8 (invalid byte at offset {exc.start})", path=shown) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: invalid TOML: {exc}", path=shown) from None
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot read: {exc.strerror}", path=shown) from None
    prefix: tuple[str, ...] = ()
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("factlint", {})
        prefix = ("tool", "factlint")
    return parse_config(data, str(path), text=text, prefix=prefix)


_CONFIG_IN: dict[str, Config | ConfigError | None] = {}


def _config_in(folder: str) -> Config | None:
    """The config defined in this very folder, or None (a bad one raises ConfigError; the
    answer, good or bad, is remembered: a folder of 10,000 files reads its file once)."""
    if folder not in _CONFIG_IN:
        if len(_CONFIG_IN) >= 256:
            _CONFIG_IN.clear()
        try:
            _CONFIG_IN[folder] = _read_config_in(folder)
        except ConfigError as exc:
            _CONFIG_IN[folder] = exc
    found = _CONFIG_IN[folder]
    if isinstance(found, ConfigError):
        raise found
    return found


def _read_config_in(folder: str) -> Config | None:
    for name in CONFIG_NAMES:
        candidate = Path(folder) / name
        if not candidate.is_file():
            continue
        if name == "pyproject.toml":
            import tomllib

            try:
                with open(candidate, "rb") as fh:
                    if "factlint" not in tomllib.load(fh).get("tool", {}):
                        continue
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{_shown(str(candidate))}: invalid TOML: {exc}", path=_shown(str(candidate))) from None
        return load_config_file(str(candidate))
    return None


@lru_cache(maxsize=256)
def _discover(folder: str) -> Config | ConfigError:
    current = Path(folder).resolve()
    for directory in (current, *current.parents):
        try:
            found = _config_in(str(directory))
        except ConfigError as exc:
            return exc
        if found is not None:
            return found
    return Config()


def discover_config(folder: str) -> Config:
    """The nearest config from `folder` upward, or the defaults; ConfigError when the
    nearest one is invalid."""
    found = _discover(folder)
    if isinstance(found, ConfigError):
        raise found
    return found
