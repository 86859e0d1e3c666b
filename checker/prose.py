"""The prose view of a source: the same text with what is not prose blanked to spaces.

Blanking (rather than cutting) keeps every offset, line and column that of the original file.
"""
from __future__ import annotations

from typing import Any

from checker.sources import Source, front_matter


def blank(text: str, start: int, end: int) -> str:
    """Replace [start, end) by spaces, keeping line breaks (so lines keep their numbers)."""
    chunk = "".join(c if c in "\r\n" else " " for c in text[start:end])
    return text[:start] + chunk + text[end:]


def prose_view(source: Source) -> tuple[str, dict[str, Any]]:
    """(prose text, metadata) of a decoded source."""
    text = source.text or ""
    meta: dict[str, Any] = {}
    if source.kind in ("markdown", "text"):
        meta, block, prose_keys = front_matter(text)
        if block:
            masked = blank(text, *block)
            for start, end in prose_keys.values():
                masked = masked[:start] + text[start:end] + masked[end:]
            text = masked
    return text, meta
