"""Configuration: `factlint.toml`, `.factlint.toml` or `[tool.factlint]` in pyproject.toml.

The file nearest to a checked file (searching from its folder upward) wins; `--config FILE`
overrides discovery; command-line options override the file. Keys are kebab case. The file
is validated with pydantic (imported only when a file is found); an invalid key or value is
one clear error naming the file, the key and the reason.
"""
from __future__ import annotations

import tomllib
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
    path: str | None = None  # the file it came from
    root: str | None = None  # the folder relative paths in it are resolved against

    def merged(self, **overrides: Any) -> "Config":
        """This config with command-line values laid over it (None means "not given")."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def key(self) -> tuple:
        return (self.path, self.select, self.ignore, repr(sorted(self.rules.items())), self.lang, self.date, self.facts, repr(self.spelling))


def _model():
    """The pydantic model of a config file, built on first use (pydantic costs ~60 ms)."""
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
        date: Optional[date] = None
        include: Optional[list[str]] = None
        exclude: list[str] = []
        facts: list[str] = []
        rules: dict[str, RuleSettings] = {}
        per_file_ignores: dict[str, list[str]] = Field({}, alias="per-file-ignores")
        spelling: SpellingSettings = SpellingSettings()

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


def parse_config(data: dict[str, Any], path: str) -> Config:
    ConfigFile = _model()
    try:
        model = ConfigFile.model_validate(data)
    except Exception as exc:
        raise ConfigError(_readable(exc, path)) from None
    root = str(Path(path).resolve().parent)
    facts = tuple(str((Path(root) / f).resolve()) for f in model.facts)
    return Config(
        select=tuple(model.select) if model.select is not None else None,
        ignore=tuple(model.ignore),
        fail_on=model.fail_on,
        lang=model.lang,
        date=model.date,
        include=tuple(model.include) if model.include is not None else None,
        exclude=tuple(model.exclude),
        facts=facts,
        rules={k: v.model_dump(exclude_none=True) for k, v in model.rules.items()},
        per_file_ignores={k: tuple(v) for k, v in model.per_file_ignores.items()},
        spelling=model.spelling.model_dump(),
        path=path,
        root=root,
    )


def load_config_file(path: str) -> Config:
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
