"""Sorted word-list files (checker/lang/data/common_*.txt), asked word by word.

A one-article run asks whether a few hundred words are in a list of 40,000-60,000: a binary
search in the sorted file's bytes answers that in about a millisecond, where building the set
takes 10-12 ms of start-up. A corpus run asks far more, so after `set_after` searches the set is
built and used instead. UTF-8 bytes sort as code points do, so the generators' sorted() order is
the bytes' order.
"""
from __future__ import annotations

from pathlib import Path


def without_header(text):
    """A data file's text (str or bytes) without its leading `#` comment lines."""
    hash_, newline = ("#", "\n") if isinstance(text, str) else (b"#", b"\n")
    while text.startswith(hash_):
        cut = text.find(newline)
        text = text[cut + 1:] if cut != -1 else text[:0]
    return text


def in_sorted_lines(blob: bytes, target: bytes) -> bool:
    """`target` is a whole line of `blob` (sorted lines, each ending with a newline)."""
    lo, hi = 0, len(blob)  # line starts; the target's line, if any, starts in [lo, hi)
    while lo < hi:
        start = blob.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
        end = blob.index(b"\n", start)
        line = blob[start:end]
        if line == target:
            return True
        if line < target:
            lo = end + 1
        else:
            hi = start
    return False


class SortedWords:
    """The words of a sorted word-list file: `word in words`, `words.as_set()`."""

    def __init__(self, path: Path, set_after: int = 3000) -> None:
        self.path = path
        self.set_after = set_after
        self._blob: bytes | None = None
        self._set: frozenset[str] | None = None
        self._searches = 0

    def blob(self) -> bytes:
        """The file's words as UTF-8 bytes, header removed, one a line, newline-terminated."""
        if self._blob is None:
            data = without_header(self.path.read_bytes())
            self._blob = data if data.endswith(b"\n") or not data else data + b"\n"
        return self._blob

    def as_set(self) -> frozenset[str]:
        if self._set is None:
            words = set(self.blob().decode("utf-8").split("\n"))
            words.discard("")
            self._set = frozenset(words)
        return self._set

    def __contains__(self, word: str) -> bool:
        if self._set is not None:
            return word in self._set
        self._searches += 1
        if self._searches > self.set_after:
            return word in self.as_set()
        if not word or word.startswith("#"):
            return False
        return in_sorted_lines(self.blob(), word.encode("utf-8", "surrogatepass"))
