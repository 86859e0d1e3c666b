"""The conversion table in checker/lang/units.py, entry by entry, against pint (a test
dependency only: the checker never imports it, its registry costs more than the CLI's whole
start-up budget)."""
from __future__ import annotations

import pytest

from checker.lang.units import BY_KEY, UNITS, convert, match_unit

pint = pytest.importorskip("pint")
UREG = pint.UnitRegistry()
BASE = {"length": "meter", "area": "meter ** 2", "mass": "kilogram", "volume": "meter ** 3", "temperature": "kelvin", "speed": "meter / second"}


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.key)
def test_every_table_entry_agrees_with_pint(unit):
    for value in (0.0, 1.0, 37.5):
        ours = value * unit.factor + unit.offset
        named = UREG(unit.pint)  # "43560 * foot ** 2" is the international acre
        theirs = UREG.Quantity(value * named.magnitude, named.units).to(BASE[unit.dimension]).magnitude
        assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-9), (unit.key, value)


def test_conversions_a_journalist_writes():
    assert convert(6, BY_KEY["ft"], BY_KEY["m"]) == pytest.approx(1.8288)
    assert convert(10, BY_KEY["mi"], BY_KEY["km"]) == pytest.approx(16.09344)
    assert convert(40, BY_KEY["C"], BY_KEY["F"]) == pytest.approx(104)
    assert convert(212, BY_KEY["F"], BY_KEY["C"]) == pytest.approx(100)


def test_no_conversion_between_dimensions():
    with pytest.raises(ValueError):
        convert(1, BY_KEY["km"], BY_KEY["kg"])


@pytest.mark.parametrize(
    "text,key",
    [(" km long", "km"), ("-tonne crop", "t"), (" miles (", "mi"), (" درجة مئوية", "C"), ("°F", "F"), (" كيلومترا", "km"), (" أقدام", "ft")],
)
def test_units_are_read_after_a_number(text, key):
    unit, _ = match_unit(text, 0)
    assert unit.key == key


def test_a_word_that_merely_starts_like_a_unit_is_not_one():
    assert match_unit(" meant", 0) is None
    assert match_unit(" government", 0) is None
