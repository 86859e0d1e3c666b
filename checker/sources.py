"""Reading inputs: files, folders, standard input; encodings; Markdown front matter.

Every input becomes a Source: its path and either its decoded text or a one-line error.
Nothing is dropped silently: a path that yields no file is itself reported as an error.
"""
from __future__ import annotations

import codecs
import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")  # every format with a prose view
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")


class InputError(Exception):
    """An input that cannot be checked; the message is the reason, in one line."""


@dataclass
class Source:
    path: str
    text: str | None = None
    error: str | None = None
    kind: str = "text"
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _matches(path: Path, patterns: tuple[str, ...] | list[str]) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(posix, p) for p in patterns)


def discover(paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None) -> Iterator[Source | str]:
    """Yield, in sorted deterministic order, the file paths to check (str), or a Source
    carrying the error for a path that yields none. "-" means standard input."""
    include_patterns = tuple(include) if include else DEFAULT_INCLUDE
    exclude_patterns = tuple(exclude or ())
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        if not raw.strip():  # Path("") is the current folder: an empty argument is a mistake
            yield Source(raw, error="empty path")
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and _matches(p, include_patterns)
                and not _matches(p, exclude_patterns)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield Source(raw, error=f"no file matching {', '.join(include_patterns)} in this folder")
            for p in found:
                yield str(p)
        elif path.is_file():
            if exclude_patterns and _matches(path, exclude_patterns):
                continue
            yield raw
        elif path.exists():
            yield Source(raw, error="not a regular file")
        else:
            yield Source(raw, error="no such file or folder")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning (text, encoding). UTF-8 (with or without BOM) and
    UTF-16 with BOM are taken as they are; anything else goes through charset-normalizer, and
    a result it is not confident of is an error, never a silent guess."""
    if not data:
        raise InputError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data:
        raise InputError("binary file (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "cp1252", "latin_1", "cp1251"]).best()
    if best is None or best.chaos > 0.2:
        raise InputError("cannot determine the text encoding (not UTF-8, UTF-16 with BOM or Windows-1256)")
    return str(best), best.encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {encoding.upper()} at byte {exc.start}") from None


_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n(\1)[ \t]*(\r?\n|\Z)", re.S)


def front_matter(text: str) -> tuple[dict[str, Any], tuple[int, int] | None, dict[str, tuple[int, int]]]:
    """Parse YAML (---) or TOML (+++) front matter. Returns (metadata, span of the whole
    block, spans of the values of `title`/`headline` keys so that they are checked as prose)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, None, {}
    body = m.group(2)
    try:
        if m.group(1) == "---":
            import yaml

            meta = yaml.safe_load(body) or {}
        else:
            import tomllib

            meta = tomllib.loads(body)
    except Exception as exc:
        raise InputError(f"invalid front matter: {str(exc).splitlines()[0]}") from None
    if not isinstance(meta, dict):
        raise InputError("invalid front matter: not a mapping of keys to values")
    prose: dict[str, tuple[int, int]] = {}
    body_start = m.start(2)
    for key in ("title", "headline", "subtitle", "description"):
        km = re.search(rf"(?m)^{key}[ \t]*[:=][ \t]*(['\"]?)(.+?)\1[ \t]*$", body)
        if km:
            prose[key] = (body_start + km.start(2), body_start + km.end(2))
    return meta, (m.start(), m.end()), prose


def read_source(path: str) -> Source:
    """Read and decode one path ("-" for standard input)."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            name = "<stdin>"
        else:
            name = path
            with open(path, "rb") as fh:
                data = fh.read()
        text, encoding = decode(data)
    except InputError as exc:
        return Source(path if path != "-" else "<stdin>", error=str(exc))
    except PermissionError:
        return Source(path, error="permission denied")
    except OSError as exc:
        return Source(path, error=exc.strerror or str(exc))
    if not text.strip():
        return Source(name, error="empty file (no text to check)")
    lower = name.lower()
    kind = "markdown" if lower.endswith(MARKDOWN_SUFFIXES) else "html" if lower.endswith(HTML_SUFFIXES) else "text"
    return Source(name, text=text, kind=kind, encoding=encoding)


def iter_sources(paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None) -> Iterator[Source]:
    for item in discover(paths, include, exclude):
        yield item if isinstance(item, Source) else read_source(item)


def relative(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
