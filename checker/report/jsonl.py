"""jsonl: one finding a line, each with its file's path (streams; nothing is held)."""
from __future__ import annotations

import json
from typing import TextIO

from checker.engine import FileResult


class Reporter:
    def __init__(self, out: TextIO, **options) -> None:
        self.out = out

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            self.out.write(json.dumps({"path": result.path, **f.to_dict()}, ensure_ascii=False) + "\n")

    def finish(self, summary: dict) -> None:
        pass
