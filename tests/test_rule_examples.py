"""Every rule's documented examples are tests: each bad example raises a finding of that rule
whose span is exactly the example's `flag`; each good example raises nothing from that rule.
(Documentation and behaviour are one object, so they cannot drift.)"""
from __future__ import annotations

import pytest

from checker.registry import load_rules
from conftest import run_check

RULES = load_rules().rules
BAD = [(r.id, i, e) for r in RULES.values() for i, e in enumerate(r.bad)]
GOOD = [(r.id, i, e) for r in RULES.values() for i, e in enumerate(r.good)]


def _findings(rule_id, example):
    rules = {rule_id: example.options} if example.options else None
    return [f for f in run_check(example.text, lang=example.lang, published=example.date, select=[rule_id], rules=rules) if f.rule == rule_id]


@pytest.mark.parametrize("rule_id,index,example", BAD, ids=[f"{r}-bad-{i}" for r, i, _ in BAD])
def test_bad_example_is_flagged(rule_id, index, example):
    findings = _findings(rule_id, example)
    assert any(f.text == example.flag for f in findings), f"expected {rule_id} on {example.flag!r}, got {[(f.text, f.message) for f in findings]}"


@pytest.mark.parametrize("rule_id,index,example", GOOD, ids=[f"{r}-good-{i}" for r, i, _ in GOOD])
def test_good_example_is_quiet(rule_id, index, example):
    assert _findings(rule_id, example) == []


def test_every_rule_is_documented_with_examples_in_arabic_and_english():
    for rule in RULES.values():
        assert rule.summary and rule.__doc__, rule.id
        langs = {e.lang for e in rule.bad} | {e.lang for e in rule.good}
        if rule.languages is None or {"ar", "en"} <= set(rule.languages):
            assert {"ar", "en"} <= langs, f"{rule.id} needs Arabic and English examples"
        assert rule.bad and rule.good, rule.id
