"""Shared test helpers: run factlint on a text the way a user would, in-process."""
from __future__ import annotations

from datetime import date

import pytest

from checker.config import Config
from checker.engine import Engine


def run_check(text: str, *, lang: str | None = None, published: str | None = None, select: list[str] | None = None, rules: dict | None = None):
    """Findings for `text` (optionally restricted to some rules), as a list of Finding."""
    config = Config(select=tuple(select) if select else None, rules=rules or {})
    engine = Engine(config, discover=False)
    return engine.check_text(text, lang=lang, published=date.fromisoformat(published) if published else None)


@pytest.fixture
def check():
    return run_check
