"""The CI options around every report: --exit-zero, --statistics, --output-file, --jobs and the
progress bar."""
from __future__ import annotations

import io
import json
from pathlib import Path

from checker.config import Config
from checker.engine import Engine
from clitools import cli

ROOT = Path(__file__).resolve().parent.parent


def test_exit_zero_passes_a_run_with_findings_but_not_one_with_unreadable_files():
    assert cli("samples", "--format", "text", cwd=str(ROOT)).returncode == 1
    assert cli("samples", "--format", "text", "--exit-zero", cwd=str(ROOT)).returncode == 0
    assert cli("samples", "no/such/file.txt", "--exit-zero", cwd=str(ROOT)).returncode == 2


def test_statistics_count_findings_per_rule_and_stay_out_of_machine_readable_output():
    text = cli("samples", "--format", "text", "--statistics", "--quiet", cwd=str(ROOT))
    report = cli("samples", "--format", "json", cwd=str(ROOT))
    per_rule: dict[str, int] = {}
    for file in json.loads(report.stdout)["files"]:
        for f in file["findings"]:
            per_rule[f["rule"]] = per_rule.get(f["rule"], 0) + 1
    stats = [line.split() for line in text.stdout.decode().splitlines() if not line.startswith("samples")]
    assert {row[1]: int(row[0]) for row in stats} == per_rule
    counts = [int(row[0]) for row in stats]
    assert counts == sorted(counts, reverse=True)
    machine = cli("samples", "--format", "json", "--statistics", cwd=str(ROOT))
    assert json.loads(machine.stdout) == json.loads(report.stdout)
    assert "quote-balance" in machine.stderr.decode()


def test_output_file_writes_the_report_there_and_nothing_on_stdout(tmp_path):
    out = tmp_path / "reports" / "factlint.sarif"
    out.parent.mkdir()
    result = cli("samples/floods-swat.en.md", "--format", "sarif", "--output-file", str(out), cwd=str(ROOT))
    assert result.returncode == 1 and result.stdout == b""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    text = cli("samples/floods-swat.en.md", "-o", str(tmp_path / "report.txt"), cwd=str(ROOT))
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").startswith("samples/floods-swat.en.md:")
    assert text.stdout == b""
    bad = cli("samples/floods-swat.en.md", "-o", str(tmp_path / "no" / "dir" / "r.txt"), cwd=str(ROOT))
    assert bad.returncode == 2 and b"--output-file" in bad.stderr


def test_parallel_output_is_identical_to_serial_output(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(12):
        body = f'Story {i}: they met the the minister.\n\nHe said "yes.\n' if i % 3 == 0 else f"قال الوزير «إن المحادثات {i} مستمرة».\n"
        (folder / f"story-{i:02}.{'en' if i % 3 == 0 else 'ar'}.txt").write_text(body, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    for fmt in ("json", "text", "sarif", "junit"):
        serial = cli(str(folder), "--format", fmt, "--jobs", "1")
        parallel = cli(str(folder), "--format", fmt, "--jobs", "4")
        assert serial.returncode == parallel.returncode == 2  # the empty file
        assert serial.stdout == parallel.stdout and serial.stdout
        assert serial.stderr == parallel.stderr


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_is_drawn_on_a_terminal_for_more_than_fifty_files(tmp_path, monkeypatch):
    for i in range(51):
        (tmp_path / f"a{i:02}.txt").write_text("They met the minister.\n", encoding="utf-8")
    stderr = Terminal()
    monkeypatch.setattr("sys.stderr", stderr)
    engine = Engine(Config(select=("repeated-word",)), discover=False)
    results = list(engine.check_paths([str(tmp_path)], jobs=2, progress=True))
    assert len(results) == 51
    drawn = stderr.getvalue()
    assert "51/51 files" in drawn and drawn.endswith("\r\x1b[K")
    stderr.truncate(0)
    stderr.seek(0)
    list(engine.check_paths([str(tmp_path / "a00.txt"), str(tmp_path / "a01.txt")], jobs=2, progress=True))
    assert stderr.getvalue() == ""


def test_without_working_process_pools_files_are_checked_serially_with_the_same_results(tmp_path, monkeypatch):
    for i in range(4):
        (tmp_path / f"a{i}.txt").write_text(f"Story {i}: they met the the minister.\n", encoding="utf-8")
    engine = Engine(Config(select=("repeated-word",)), discover=False)
    serial = list(engine.check_paths([str(tmp_path)], jobs=1))

    def no_semaphores(*args, **kwargs):
        raise OSError("sem_open: function not implemented")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_semaphores)
    fallback = list(engine.check_paths([str(tmp_path)], jobs=4))
    assert [(r.path, r.findings) for r in fallback] == [(r.path, r.findings) for r in serial]
    assert all(len(r.findings) == 1 for r in serial)
