"""Run the real command line in a subprocess, as a user or a CI job would."""
from __future__ import annotations

import os
import subprocess
import sys


def cli(*args: str, stdin: bytes | None = None, cwd: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    environment.pop("GITHUB_STEP_SUMMARY", None) if not (env or {}).get("GITHUB_STEP_SUMMARY") else None
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=environment,
        timeout=120,
    )
