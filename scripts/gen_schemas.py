"""Regenerate the published JSON Schemas from the pydantic models (tests check they are current).

    python scripts/gen_schemas.py
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def schemas() -> dict[str, dict]:
    from checker.report.schema import json_schema

    out = {"findings.schema.json": json_schema()}
    try:
        from checker.facts import json_schema as facts_schema
    except ImportError:
        pass
    else:
        out["facts.schema.json"] = facts_schema()
    return out


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    for name, schema in schemas().items():
        (ROOT / "schemas" / name).write_text(render(schema), encoding="utf-8")
        print(f"wrote schemas/{name}")
