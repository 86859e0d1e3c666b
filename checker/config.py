"""Configuration: `factlint.toml`, `.factlint.toml` or `[tool.factlint]` in pyproject.toml.

The file nearest to a checked file (searching from its folder upward) wins; `--config FILE`
overrides discovery; command-line options override the file. Keys are kebab case. The file
is validated with pydantic (imported only when a file is found); an invalid key or value is
one clear error naming the file, the key and the reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

CONFIG_NAMES = ("factlint.toml", ".factlint.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")


class ConfigError(Exception):
    """An invalid configuration file or value; the message names the file and the key."""


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
    path: str | None = None  # the file it came from
    root: str | None = None  # the folder relative paths in it are resolved against

    def merged(self, **overrides: Any) -> "Config":
        """This config with command-line values laid over it (None means "not given")."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def key(self) -> tuple:
        return (self.path, self.select, self.ignore, repr(sorted(self.rules.items())), self.lang, self.date, self.facts, repr(self.spelling), self.preview)


def _model():
    """The pydantic model of a config file, built on first use (pydantic costs ~60 ms)."""
    from datetime import date as Date  # a field named `date` must not shadow its own type
    from typing import Literal, Optional

    from pydantic import BaseModel, ConfigDict, Field

    class RuleSettings(BaseModel):
        model_config = ConfigDict(extra="allow")
        severity: Optional[Literal["error", "warning", "info"]] = None

    class SpellingSettings(BaseModel):
        model_config = ConfigDict(extra="allow")
        families: list[list[str]] = []

    class ConfigFile(BaseModel):
        model_config = ConfigDict(extra="forbid", populate_by_name=True)
        select: Optional[list[str]] = None
        ignore: list[str] = []
        fail_on: Literal["error", "warning", "info", "never"] = Field("warning", alias="fail-on")
        lang: str = "auto"
        date: Optional[Date] = None
        include: Optional[list[str]] = None
        exclude: list[str] = []
        facts: list[str] = []
        rules: dict[str, RuleSettings] = {}
        per_file_ignores: dict[str, list[str]] = Field({}, alias="per-file-ignores")
        spelling: SpellingSettings = SpellingSettings()
        preview: bool = False

    return ConfigFile


def _readable(exc: Exception, path: str) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(top level)"
        msg = first["msg"]
        if first["type"] == "extra_forbidden":
            msg = "unknown key"
        return f"{path}: invalid configuration: key '{key}': {msg}"
    return f"{path}: invalid configuration: {exc}"


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _plainly_valid(data: dict[str, Any]) -> dict[str, Any] | None:
    """The file's values when they are plainly valid (the common case), else None: pydantic
    then validates and explains. This keeps pydantic's ~60 ms import off a valid file's path."""
    known = {"select", "ignore", "fail-on", "lang", "date", "include", "exclude", "facts", "rules", "per-file-ignores", "spelling", "preview"}
    if not set(data) <= known:
        return None
    checks = [
        all(_strings(data[k]) for k in ("select", "ignore", "include", "exclude", "facts") if k in data),
        data.get("fail-on", "warning") in FAIL_ON,
        isinstance(data.get("preview", False), bool),
        isinstance(data.get("lang", "auto"), str),
        "date" not in data or (isinstance(data["date"], date) and type(data["date"]) is date),
        isinstance(data.get("rules", {}), dict)
        and all(isinstance(v, dict) and v.get("severity", "info") in ("error", "warning", "info") for v in data.get("rules", {}).values()),
        isinstance(data.get("per-file-ignores", {}), dict) and all(_strings(v) for v in data.get("per-file-ignores", {}).values()),
        isinstance(data.get("spelling", {}), dict)
        and isinstance(data.get("spelling", {}).get("families", []), list)
        and all(_strings(f) for f in data.get("spelling", {}).get("families", [])),
    ]
    if not all(checks):
        return None
    spelling = {"families": [], **data.get("spelling", {})}
    return {
        "select": data.get("select"),
        "ignore": data.get("ignore", []),
        "fail_on": data.get("fail-on", "warning"),
        "lang": data.get("lang", "auto"),
        "date": data.get("date"),
        "include": data.get("include"),
        "exclude": data.get("exclude", []),
        "facts": data.get("facts", []),
        "rules": {k: dict(v) for k, v in data.get("rules", {}).items()},
        "per_file_ignores": data.get("per-file-ignores", {}),
        "spelling": spelling,
        "preview": data.get("preview", False),
    }


def _validated(data: dict[str, Any], path: str) -> dict[str, Any]:
    plain = _plainly_valid(data)
    if plain is not None:
        return plain
    ConfigFile = _model()
    try:
        model = ConfigFile.model_validate(data)
    except Exception as exc:
        raise ConfigError(_readable(exc, path)) from None
    values = model.model_dump(exclude={"rules", "spelling"})
    values["rules"] = {k: v.model_dump(exclude_none=True) for k, v in model.rules.items()}
    values["spelling"] = model.spelling.model_dump()
    return values


def parse_config(data: dict[str, Any], path: str) -> Config:
    v = _validated(data, path)
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
        path=path,
        root=root,
    )


def load_config_file(path: str) -> Config:
    import tomllib  # here, not at import: most runs find no configuration file

    p = Path(path)
    try:
        with open(p, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("factlint", {})
    return parse_config(data, str(path))


@lru_cache(maxsize=256)
def _config_in(folder: str) -> Config | None:
    """The config defined in this very folder, or None."""
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
            except (tomllib.TOMLDecodeError, OSError) as exc:
                raise ConfigError(f"{candidate}: invalid TOML: {exc}") from None
        return load_config_file(str(candidate))
    return None


@lru_cache(maxsize=256)
def discover_config(folder: str) -> Config:
    """The nearest config from `folder` upward, or the defaults."""
    current = Path(folder).resolve()
    for directory in (current, *current.parents):
        found = _config_in(str(directory))
        if found is not None:
            return found
    return Config()
