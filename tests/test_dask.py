"""Dask (checker/dask.py): a real distributed.LocalCluster with two worker processes must give
exactly what a local run gives, on the command line (`--scheduler`) and through check_bag."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402

from checker.api import check_paths  # noqa: E402
from checker.dask import check_bag  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ARCHIVE = SAMPLES / "archive"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two worker processes whose working folder is not the client's: relative paths and the
    paths in messages must still be the client's."""
    import os

    from distributed import LocalCluster

    elsewhere = tmp_path_factory.mktemp("workers-folder")
    here = os.getcwd()
    os.chdir(elsewhere)
    try:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50)
    finally:
        os.chdir(here)
    with cluster:
        yield cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder with clean and faulty articles in both languages, and a file that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(40):
        text = (
            f'The council met on {i + 1} May. Its chair said "the budget is final.\n'
            if i % 3 == 0
            else f"اجتمع المجلس يوم {i + 1} مايو، وقال رئيسه «الميزانية نهائية».\n"
            if i % 3 == 1
            else f"The council met on {i + 1} May (a Tuesday.\n"
        )
        (folder / f"article-{i:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    return folder


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_scheduler_output_is_identical_to_a_local_run(cluster, corpus, fmt):
    local = cli(str(corpus), str(SAMPLES), "--format", fmt, "-j", "1")
    distributed = cli(str(corpus), str(SAMPLES), "--format", fmt, "--scheduler", cluster.scheduler_address)
    assert local.stdout.count("quote-balance") >= 14  # the corpus does produce findings
    assert distributed.stdout == local.stdout
    assert distributed.returncode == local.returncode == 2  # broken.txt could not be checked
    assert "broken.txt: error:" in distributed.stderr


def test_cross_document_findings_are_gathered_on_the_workers_and_compared_centrally(cluster):
    args = (str(ARCHIVE), "--cross-document", "--select", "archive-consistency", "--format", "json")
    local = cli(*args, "-j", "1")
    distributed = cli(*args, "--scheduler", cluster.scheduler_address)
    assert '"archive-consistency"' in local.stdout
    assert distributed.stdout == local.stdout
    assert distributed.returncode == local.returncode


def test_check_bag_gives_the_results_of_check_paths_in_order(cluster, corpus):
    from distributed import Client

    paths = sorted(str(p) for p in corpus.glob("article-*.txt"))
    records = [(p, Path(p).read_text(encoding="utf-8")) for p in paths]
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        results = client.compute(check_bag(db.from_sequence(records, npartitions=4))).result()
    assert results == list(check_paths(paths))
    assert [r.path for r in results] == paths


def test_check_bag_reads_the_path_when_the_text_is_none_and_reports_bad_records(cluster, corpus):
    from distributed import Client

    path = str(corpus / "article-00.txt")
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        results = client.compute(check_bag(db.from_sequence([(path, None), ("empty.txt", "  "), 42]))).result()
    assert [f.rule for f in results[0].findings] == ["quote-balance"]
    assert results[1].error == "empty file (no text to check)"
    assert results[2].error == "not a (path, text) record"


def test_check_bag_cross_document(cluster):
    from distributed import Client

    records = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(ARCHIVE.glob("*.txt"))]
    config = {"select": ["archive-consistency"]}
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        bag = check_bag(db.from_sequence(records, npartitions=5), config=config, cross_document=True)
        results = client.compute(bag).result()
    local = list(check_paths(str(ARCHIVE), config=config, cross_document=True))
    assert any(r.findings for r in local)
    assert results == local


@pytest.mark.parametrize(
    "address,message",
    [
        ("nonsense", "factlint: error: --scheduler: 'nonsense' is not a scheduler address (tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786)\n"),
        ("nonsense://nowhere", "factlint: error: --scheduler: 'nonsense://nowhere' is not a scheduler address (tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786)\n"),
        ("tcp://127.0.0.1:1", "factlint: error: --scheduler: cannot reach the Dask scheduler at tcp://127.0.0.1:1: Connection refused\n"),
    ],
)
def test_an_unusable_scheduler_address_is_a_one_line_error_within_5_seconds(corpus, address, message):
    import time

    start = time.monotonic()
    run = cli(str(corpus / "article-00.txt"), "--scheduler", address)
    assert time.monotonic() - start < 5 + 3  # 5 s, plus the start-up of a loaded test machine
    assert (run.returncode, run.stderr) == (2, message)


def test_relative_paths_registers_and_per_file_ignores_are_the_clients_whatever_the_workers_folder(cluster, tmp_path):
    """Workers run in another folder: the output must still be byte for byte a local run's."""
    (tmp_path / "refs").mkdir()
    (tmp_path / "refs" / "facts.toml").write_text('[[spelling]]\npreferred = "Kyiv"\navoid = ["Kiev"]\n', encoding="utf-8")
    (tmp_path / "factlint.toml").write_text('facts = ["refs/facts.toml"]\n[per-file-ignores]\n"old/*" = ["quote-balance"]\n', encoding="utf-8")
    (tmp_path / "old").mkdir()
    for name in ("a.txt", "old/b.txt"):
        (tmp_path / name).write_text('The envoy flew to Kiev on Monday. He said "the talks resume.\n', encoding="utf-8")
    def run(*extra):
        return subprocess.run([sys.executable, "-m", "checker", "a.txt", "old", "--format", "text", *extra], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    local, distributed = run("-j", "1"), run("--scheduler", cluster.scheduler_address)
    assert "(refs/facts.toml)" in local.stdout and "old/b.txt:1:" in local.stdout and "a.txt:1:43: error quote-balance" in local.stdout
    assert not any(l.startswith("old/b.txt") and "quote-balance" in l for l in local.stdout.splitlines())
    assert distributed.stdout == local.stdout and distributed.returncode == local.returncode


def test_check_bag_reads_a_relative_path_from_the_clients_folder(cluster, corpus, monkeypatch):
    from distributed import Client

    monkeypatch.chdir(corpus)
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        results = client.compute(check_bag(db.from_sequence([("article-00.txt", None)]))).result()
    assert results[0].path == "article-00.txt" and results[0].error is None
    assert [f.rule for f in results[0].findings] == ["quote-balance"]


def test_a_bad_config_fails_its_files_on_a_cluster_as_it_does_locally(cluster, tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "factlint.toml").write_text('select = ["quote-balanse"]\n', encoding="utf-8")
    (tmp_path / "desk" / "b.txt").write_text('He said "the talks resume.\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text('He said "the talks resume.\n', encoding="utf-8")

    def run(*extra):
        return subprocess.run([sys.executable, "-m", "checker", ".", "--format", "text", *extra], capture_output=True, text=True, cwd=tmp_path, timeout=300)

    local, distributed = run("-j", "1"), run("--scheduler", cluster.scheduler_address)
    assert local.stderr.splitlines() == [
        "factlint: error: desk/factlint.toml:1: invalid configuration: key 'select': unknown rule or family 'quote-balanse' (did you mean 'quote-balance'?)",
        "desk/b.txt: error: not checked: its configuration desk/factlint.toml is invalid",
    ]
    assert (distributed.stdout, distributed.stderr, distributed.returncode) == (local.stdout, local.stderr, local.returncode) and local.returncode == 2
