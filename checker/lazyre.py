"""A regular expression compiled on first use.

Compiling at import costs start-up time, and `check` starts thousands of times a day in CI
hooks; most patterns are needed only by some languages or some texts."""
from __future__ import annotations

import re


class LazyPattern:
    """Behaves as the compiled pattern; compiles it at the first attribute asked for."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags, self._compiled = pattern, flags, None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        value = getattr(self._compiled, name)
        # kept on the instance: the next `.finditer` is a plain attribute, not another call here
        self.__dict__[name] = value
        return value
