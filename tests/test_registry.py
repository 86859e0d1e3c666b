"""Rule discovery: built-ins and third-party packs through the `factlint.rules` entry points."""
from __future__ import annotations

import importlib.metadata as md
import sys
from pathlib import Path

import pytest

from checker import registry
from checker.registry import select_rules

PACKS = str(Path(__file__).parent / "packs")


@pytest.fixture
def extra_packs(monkeypatch, tmp_path):
    """Install the test packs as entry points of the group, as pip would: a dist-info folder
    with an entry_points.txt on sys.path."""
    monkeypatch.syspath_prepend(PACKS)
    info = tmp_path / "factlint_test_packs-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(
        f"[console_scripts]\nnot-a-rule = tinypack:main\n\n[{registry.ENTRY_POINT_GROUP}]\ntiny = tinypack\nbroken = brokenpack\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "_LOADED", None)
    yield
    registry._LOADED = None
    sys.modules.pop("tinypack", None)


def test_a_third_party_pack_is_picked_up_and_a_broken_one_skipped_with_a_warning(extra_packs):
    loaded = registry.load_rules()
    assert "tiny-lorem" in loaded.rules
    assert any("'broken'" in w and "could not be loaded" in w for w in loaded.warnings)
    from checker.config import Config
    from checker.engine import Engine

    findings = Engine(Config(select=("tiny-lorem",)), discover=False).check_text("Intro. Lorem ipsum dolor.")
    assert [(f.rule, f.text) for f in findings] == [("tiny-lorem", "Lorem ipsum")]


def test_entry_points_are_read_as_importlib_metadata_reads_them(extra_packs):
    expected = sorted((ep.name, ep.value) for ep in md.entry_points(group=registry.ENTRY_POINT_GROUP))
    assert sorted(registry.entry_points(registry.ENTRY_POINT_GROUP)) == expected
    assert ("tiny", "tinypack") in expected


def test_built_in_rules_are_registered_through_the_same_entry_point_group():
    eps = {ep.value for ep in md.entry_points(group=registry.ENTRY_POINT_GROUP)}
    assert "checker.rules.typography" in eps
    assert all(rule.__module__.startswith("checker.rules.") for rule in registry.load_rules().rules.values())


def test_select_and_ignore_take_ids_and_family_prefixes():
    ids = ["date-invalid", "date-weekday", "quote-balance", "repeated-word"]
    assert select_rules(ids, ["date-"], None) == ["date-invalid", "date-weekday"]
    assert select_rules(ids, ["date"], ["date-invalid"]) == ["date-weekday"]
    assert select_rules(ids, None, ["quote-balance", "date-"]) == ["repeated-word"]
