"""A bounded memo of a function of a word, for the per-word work of the analyses and rules.

A dict, so that `map(memo.__getitem__, words)` runs in C and calls the function only for a word
not seen yet (news vocabulary recurs from article to article). Emptied when full, so that memory
stays flat over an archive of any size."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

V = TypeVar("V")


class WordMemo(dict, Generic[V]):
    def __init__(self, compute: Callable[[str], V], limit: int = 50_000) -> None:
        super().__init__()
        self.compute, self.limit = compute, limit

    def __missing__(self, word: str) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.compute(word)
        return value
