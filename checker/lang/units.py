"""The small conversion table news uses: length, area, mass, volume, temperature, speed.

pint would do this, but it costs ~580 ms to import and build its registry, far past the CLI's
start-up budget; so the table is kept here and every entry is verified against pint in
tests/test_units.py (`pint` names each unit for that test).

A value in unit u is `value * factor + offset` in the dimension's base unit (m, m², kg, m³,
kelvin, m/s).
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Unit(NamedTuple):
    """A NamedTuple (not a dataclass): the same immutable record, defined in a fraction of the time."""

    key: str
    dimension: str
    factor: float
    offset: float
    pint: str  # the unit's name in pint, for the test that checks this table
    aliases: tuple[str, ...]  # spellings in text (English, Arabic, and a few other languages)


UNITS: tuple[Unit, ...] = (
    # length (metre)
    Unit("km", "length", 1000.0, 0.0, "kilometer", (
        "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilómetros", "quilómetros", "quilômetros",
        "quilómetro", "quilômetro", "Kilometer", "Kilometern", "كيلومتر", "كيلومترا", "كيلومترات", "كيلومترًا", "كلم", "كم")),
    Unit("m", "length", 1.0, 0.0, "meter", (
        "m", "metre", "metres", "meter", "meters", "metros", "metro", "Meter", "Metern", "متر", "مترا", "مترًا", "أمتار", "امتار", "مترات")),
    Unit("cm", "length", 0.01, 0.0, "centimeter", (
        "cm", "centimetre", "centimetres", "centimeter", "centimeters", "Zentimeter", "centímetros", "سنتيمتر", "سنتيمترا", "سنتيمترات", "سم")),
    Unit("mm", "length", 0.001, 0.0, "millimeter", (
        "mm", "millimetre", "millimetres", "millimeter", "millimeters", "Millimeter", "milímetros", "مليمتر", "مليمترا", "مليمترات", "ملم")),
    Unit("mi", "length", 1609.344, 0.0, "mile", (
        "mi", "mile", "miles", "Meile", "Meilen", "milha", "milhas", "ميل", "ميلا", "ميلًا", "أميال", "اميال")),
    Unit("ft", "length", 0.3048, 0.0, "foot", (
        "ft", "foot", "feet", "Fuß", "pé", "pés", "قدم", "قدما", "أقدام", "اقدام")),
    Unit("in", "length", 0.0254, 0.0, "inch", (
        "inch", "inches", "Zoll", "polegada", "polegadas", "بوصة", "بوصات", "إنش", "انش")),
    Unit("yd", "length", 0.9144, 0.0, "yard", ("yd", "yard", "yards", "ياردة", "ياردات", "يارد")),
    Unit("nmi", "length", 1852.0, 0.0, "nautical_mile", ("nautical mile", "nautical miles", "ميل بحري", "أميال بحرية", "ميلا بحريا")),
    # area (square metre)
    Unit("km2", "area", 1e6, 0.0, "kilometer ** 2", (
        "km2", "km²", "sq km", "square kilometres", "square kilometers", "square kilometre", "square kilometer",
        "كيلومتر مربع", "كيلومترا مربعا", "كيلومترات مربعة", "كلم مربع", "كلم2", "كم2", "كم مربع")),
    Unit("m2", "area", 1.0, 0.0, "meter ** 2", (
        "m2", "m²", "sq m", "square metres", "square meters", "square metre", "square meter", "متر مربع", "مترا مربعا", "أمتار مربعة", "م2")),
    Unit("ha", "area", 1e4, 0.0, "hectare", ("ha", "hectare", "hectares", "Hektar", "هكتار", "هكتارا", "هكتارات")),
    Unit("acre", "area", 4046.8564224, 0.0, "43560 * foot ** 2", ("acre", "acres", "أكر")),
    Unit("mi2", "area", 2589988.110336, 0.0, "mile ** 2", ("sq mi", "square miles", "square mile", "ميل مربع", "ميلا مربعا", "أميال مربعة")),
    Unit("ft2", "area", 0.09290304, 0.0, "foot ** 2", ("sq ft", "square feet", "square foot", "قدم مربع", "قدما مربعا", "أقدام مربعة")),
    # mass (kilogram)
    Unit("kg", "mass", 1.0, 0.0, "kilogram", (
        "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "quilos", "quilogramas", "Kilogramm",
        "كيلوغرام", "كيلوغراما", "كيلوغرامات", "كيلوجرام", "كيلوجراما", "كلغ", "كغ", "كيلو")),
    Unit("g", "mass", 0.001, 0.0, "gram", ("g", "gram", "grams", "gramme", "grammes", "Gramm", "gramas", "غرام", "غراما", "غرامات", "جرام", "جراما")),
    Unit("t", "mass", 1000.0, 0.0, "metric_ton", (
        "tonne", "tonnes", "metric ton", "metric tons", "Tonne", "Tonnen", "toneladas", "طن", "طنا", "أطنان", "اطنان")),
    Unit("lb", "mass", 0.45359237, 0.0, "pound", ("lb", "lbs", "pound", "pounds", "Pfund", "libras", "رطل", "رطلا", "أرطال")),
    Unit("oz", "mass", 0.028349523125, 0.0, "ounce", ("oz", "ounce", "ounces", "Unze", "Unzen", "onças", "أونصة", "أونصات", "اونصة")),
    Unit("st", "mass", 6.35029318, 0.0, "stone", ("stone",)),
    # volume (cubic metre)
    Unit("l", "volume", 0.001, 0.0, "liter", ("l", "litre", "litres", "liter", "liters", "Liter", "litros", "لتر", "لترا", "لترات")),
    Unit("ml", "volume", 1e-6, 0.0, "milliliter", ("ml", "millilitre", "millilitres", "milliliter", "milliliters", "مليلتر", "مل")),
    Unit("m3", "volume", 1.0, 0.0, "meter ** 3", ("m3", "m³", "cubic metres", "cubic meters", "cubic metre", "cubic meter", "متر مكعب", "مترا مكعبا", "أمتار مكعبة", "م3")),
    Unit("gal", "volume", 0.003785411784, 0.0, "gallon", ("gallon", "gallons", "Gallonen", "galões", "غالون", "غالونا", "غالونات", "جالون")),
    Unit("bbl", "volume", 0.158987294928, 0.0, "oil_barrel", ("barrel", "barrels", "bbl", "Barrel", "barris", "برميل", "برميلا", "براميل")),
    Unit("ft3", "volume", 0.028316846592, 0.0, "foot ** 3", ("cubic feet", "cubic foot", "cu ft", "قدم مكعب", "أقدام مكعبة")),
    # temperature (kelvin)
    Unit("C", "temperature", 1.0, 273.15, "degree_Celsius", (
        "°C", "ºC", "° C", "C", "degrees Celsius", "degree Celsius", "degrees C", "Celsius", "Grad Celsius", "graus Celsius",
        "درجة مئوية", "درجات مئوية", "درجة سلسيوس", "درجة سيليزية", "مئوية")),
    Unit("F", "temperature", 5 / 9, 459.67 * 5 / 9, "degree_Fahrenheit", (
        "°F", "ºF", "° F", "F", "degrees Fahrenheit", "degree Fahrenheit", "degrees F", "Fahrenheit", "Grad Fahrenheit", "graus Fahrenheit",
        "درجة فهرنهايت", "درجات فهرنهايت", "فهرنهايت", "فهرنهايت")),
    # speed (metre per second)
    Unit("kmh", "speed", 1 / 3.6, 0.0, "kilometer / hour", (
        "km/h", "kph", "km/hr", "kilometres per hour", "kilometers per hour", "kilometre per hour", "kilometer per hour",
        "Stundenkilometer", "km/std", "كيلومتر في الساعة", "كيلومترا في الساعة", "كلم في الساعة", "كم/س", "كلم/س", "كم في الساعة")),
    Unit("mph", "speed", 0.44704, 0.0, "mile / hour", ("mph", "miles per hour", "mile per hour", "ميل في الساعة", "ميلا في الساعة", "أميال في الساعة")),
    Unit("kn", "speed", 1852 / 3600, 0.0, "knot", ("knot", "knots", "kt", "عقدة", "عقد")),
    Unit("ms", "speed", 1.0, 0.0, "meter / second", ("m/s", "metres per second", "meters per second", "متر في الثانية", "مترا في الثانية")),
)

BY_KEY = {u.key: u for u in UNITS}
_BY_ALIAS: dict[str, Unit] = {}
for _unit in UNITS:
    for _alias in _unit.aliases:
        _BY_ALIAS.setdefault(_alias, _unit)
        if len(_alias) > 2:  # symbols (m, C, F, mi) are case-sensitive; words are not
            _BY_ALIAS.setdefault(_alias.lower(), _unit)
_LONGEST = max(len(a.split()) for a in _BY_ALIAS)
_TOKEN_CHARS = max(len(a) for a in _BY_ALIAS) + 1  # a longer token is no alias: never read further
# The characters a unit token stops at (space, brackets, punctuation, Arabic comma and semicolon):
# the Arabic two in a lookahead, so that each class stays small and cheap to compile.
_TOKEN = re.compile(r"(?:(?![،؛])[^\s()\[\],;:.!?])+")
_LEAD = frozenset(" \u00a0\u202f-")  # one of them may stand between a number and its unit
_BETWEEN = frozenset(" \u00a0")  # between the words of a unit


def match_unit(text: str, pos: int) -> tuple[Unit, int] | None:
    """The unit written at text[pos:] (after an optional space or hyphen), as (unit, end
    offset); None if there is none. The longest alias wins ("square kilometres" over "km")."""
    start = pos + 1 if text[pos:pos + 1] in _LEAD else pos
    tokens = []
    at = start
    for _ in range(_LONGEST):
        m = _TOKEN.match(text, at, at + _TOKEN_CHARS)  # bounded: a 40 KB run without a space is read once, not per number
        if not m:
            break
        tokens.append(m)
        if text[m.end():m.end() + 1] not in _BETWEEN:
            break
        at = m.end() + 1
    for n in range(len(tokens), 0, -1):
        alias = text[start:tokens[n - 1].end()]
        unit = _BY_ALIAS.get(alias) or (_BY_ALIAS.get(alias.lower()) if len(alias) > 2 else None)
        if unit is not None:
            return unit, tokens[n - 1].end()
    return None


def convert(value: float, source: Unit, target: Unit) -> float:
    """`value` in `source` expressed in `target` (same dimension)."""
    if source.dimension != target.dimension:
        raise ValueError(f"cannot convert {source.key} to {target.key}")
    base = value * source.factor + source.offset
    return (base - target.offset) / target.factor
