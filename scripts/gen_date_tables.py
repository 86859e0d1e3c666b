"""Generate the month and weekday tables of every dateparser language (checker/lang/data/dates/).

    .venv/bin/python scripts/gen_date_tables.py [--check]

factlint never imports dateparser to find dates (importing it and loading its locales costs
~300 ms); the names come from its locale data ahead of time, one small JSON file per language:
{"months": {name: 1-12}, "weekdays": {name: 0-6 (Monday=0)}, "weekdays_short": {two-letter
abbreviation: 0-6} (read only before a comma or a full stop: "So, 23.08."), "order": "DMY", "locales":
{"en-GB": "DMY", ...}}. Names are case-folded; a base language takes the names of all its
regional locales too (ar gets ar-LB's تشرين الثاني and ar-MA's نونبر). Names shorter than three
letters and names that are both a month and a weekday (Spanish "mar") are left out: in running
text they are words, not dates. `--check` exits 1 when the files on disk differ (the test runs it).
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "checker" / "lang" / "data" / "dates"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: scripts whose words are not separated by spaces; their dates need their own grammar
SKIP = {"ja", "zh", "zh-Hans", "zh-Hant", "yue", "ko"}


def _usable(name: str, least: int = 3) -> bool:
    name = name.strip()
    if not name or any(ch.isdigit() for ch in name) or "(" in name:
        return False
    letters = sum(ch.isalpha() for ch in name)
    return letters >= least


def tables() -> dict[str, dict]:
    import dateparser.data.date_translation_data as pkg

    result: dict[str, dict] = {}
    for module_info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        code = module_info.name.replace("_", "-")
        if code in SKIP:
            continue
        info = importlib.import_module(f"{pkg.__name__}.{module_info.name}").info
        entries = [info] + list(info.get("locale_specific", {}).values())
        months: dict[str, int] = {}
        weekdays: dict[str, int] = {}
        short: dict[str, int] = {}
        for entry in entries:
            for number, key in enumerate(MONTHS, 1):
                for name in entry.get(key, []):
                    if _usable(name):
                        months.setdefault(name.casefold().rstrip("."), number)
            for number, key in enumerate(WEEKDAYS):
                for name in entry.get(key, []):
                    if _usable(name):
                        weekdays.setdefault(name.casefold().rstrip("."), number)
                    elif _usable(name, 2) and name.isalpha():
                        short.setdefault(name.casefold(), number)
        both = set(months) & set(weekdays)
        for name in both:
            del months[name], weekdays[name]
        if not months:
            continue
        locales = {k: v["date_order"] for k, v in sorted(info.get("locale_specific", {}).items()) if v.get("date_order")}
        result[code] = {
            "months": dict(sorted(months.items())),
            "weekdays": dict(sorted(weekdays.items())),
            "weekdays_short": {k: v for k, v in sorted(short.items()) if k not in months and k not in weekdays},
            "order": info.get("date_order", "DMY"),
            "locales": locales,
        }
    return result


def render(table: dict) -> str:
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def main(argv: list[str]) -> int:
    import dateparser

    data = tables()
    wanted = {f"{code}.json": render(table) for code, table in data.items()}
    wanted["VERSION"] = f"dateparser {dateparser.__version__}\n"
    if "--check" in argv:
        present = {p.name: p.read_text(encoding="utf-8") for p in OUT.glob("*")} if OUT.exists() else {}
        stale = sorted(n for n in set(wanted) | set(present) if wanted.get(n) != present.get(n))
        if stale:
            print("out of date: " + ", ".join(stale[:20]) + ("..." if len(stale) > 20 else ""))
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.json"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (OUT / name).write_text(text, encoding="utf-8")
    print(f"{len(data)} languages written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
