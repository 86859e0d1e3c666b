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

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.docx")  # every format with a prose view (Word: checker/docx.py)
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
    """Decode bytes to text, returning (text, encoding): UTF-8 (with or without BOM), UTF-16
    with a BOM, or a legacy encoding recognised with confidence by the language it then
    contains (Windows-1256 for Arabic text, Windows-1252 for Latin-script text). Anything else
    is an error naming the first byte that is not UTF-8: never a silent guess."""
    if not data:
        raise InputError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", 3), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data:
        raise InputError(f"binary file (a NUL byte at offset {data.index(0)})")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first = exc.start
    for encoding, plausible in (("cp1256", _plausible_arabic), ("cp1252", _plausible_latin)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if plausible(text):
            return text, encoding
    raise InputError(
        f"not UTF-8: invalid byte 0x{data[first]:02X} at offset {first} "
        "(nor UTF-16 with a BOM, nor Windows-1256 Arabic or Windows-1252 text recognised with confidence)"
    )


_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ARABIC_FUNCTION_WORDS = frozenset("في من على إلى أن عن مع التي الذي هذا هذه كان قد لا ما و".split())


def _plausible_arabic(text: str) -> bool:
    """Text decoded as Windows-1256 reads as Arabic: at least 20 Arabic words, Arabic letters
    the majority of the letters outside ASCII and of all letters, no Latin accented letter
    inside an Arabic word, and Arabic's commonest shapes (the article al-, the particles)
    among its words, as in any real Arabic text."""
    words = _ARABIC_WORD.findall(text)
    if len(words) < 20:
        return False
    arabic = sum(map(len, words))
    letters = sum(map(len, _LETTER_RUN.findall(text)))
    if arabic * 2 < letters:
        return False
    if re.search(r"[\u0621-\u064A][\u00C0-\u00FF]|[\u00C0-\u00FF][\u0621-\u064A]", text):
        return False  # a Latin letter glued to an Arabic one: another language's bytes
    common = sum(1 for w in words if w.startswith(("ال", "وال", "بال", "لل")) or w in _ARABIC_FUNCTION_WORDS)
    return common * 5 >= len(words)


_LATIN_EXTRA = set("\u00a0£€©®°±·§¶«»‘’‚“”„–—…•™") | set(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)) | set("ŒœŠšŽžŸ")


def _plausible_latin(text: str) -> bool:
    """Text decoded as Windows-1252 reads as a Latin-script language: every character outside
    ASCII is a Latin letter or common typographic mark, and each accented letter sits in a
    word with plain ASCII letters (café, naïve, Müller), not in a word of its own ('ÿþú')."""
    extra = [c for c in text if ord(c) > 0x7F]
    if not extra or any(c not in _LATIN_EXTRA for c in extra):
        return False
    for m in _LETTER_RUN.finditer(text):
        word = m.group()
        if not word.isascii() and sum(1 for c in word if c.isascii()) < max(1, len(word) // 3):
            return False
    return True


def _strict(data: bytes, encoding: str, offset: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding == "utf-8" else encoding.upper()
        raise InputError(f"invalid {name} at byte offset {exc.start + offset}") from None


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


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def too_large(size: int, limit: int) -> str:
    return f"file too large: {_megabytes(size)}, over the limit of {_megabytes(limit).replace('.0 MB', ' MB')} (--max-file-size, or max-file-size in factlint.toml)"


def _docx(data: bytes) -> tuple[str, str]:
    """A Word document's text (checker/docx.py: paragraphs one a line, tracked changes final)."""
    from checker.docx import DocxError, docx_text

    try:
        return docx_text(data), "docx"
    except DocxError as exc:
        raise InputError(str(exc)) from None


def read_source(path: str, max_size: int | None = None) -> Source:
    """Read and decode one path ("-" for standard input); a file over `max_size` bytes is
    an error for that file, found before it is read."""
    try:
        if path == "-":
            name = "<stdin>"
            data = sys.stdin.buffer.read(max_size + 1) if max_size else sys.stdin.buffer.read()
            if max_size and len(data) > max_size:
                return Source(name, error=f"standard input too large: over the limit of {_megabytes(max_size)} (--max-file-size)")
        else:
            name = path
            with open(path, "rb") as fh:
                if max_size:
                    size = os.fstat(fh.fileno()).st_size
                    if size > max_size:
                        return Source(path, error=too_large(size, max_size))
                data = fh.read()
        word = name.lower().endswith(".docx") or (name == "<stdin>" and data[:4] == b"PK\x03\x04")  # a zip on stdin: Word
        text, encoding = _docx(data) if word else decode(data)
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


def iter_sources(paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None, read=None) -> Iterator[Source]:
    """Every input as a Source; `read(path)` reads one (default: read_source, no size limit)."""
    read = read or read_source
    for item in discover(paths, include, exclude):
        yield item if isinstance(item, Source) else read(item)


DISPLAY_BASE: str | None = None  # the folder paths in messages are relative to (None: the working folder)


def display_base() -> str:
    """The folder a message's paths are written relative to: the working folder, or on a Dask
    worker the client's (so that a cluster's output is a local run's, byte for byte)."""
    return DISPLAY_BASE or os.getcwd()


def relative(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
