"""Archives beyond one machine: factlint on a Dask cluster (`pip install 'factlint[dask]'`).

Two ways in:

- `check --scheduler tcp://HOST:8786 PATHS...`: the command line discovers and reads the files
  (so the workers need no access to them), sends them to the cluster in small batches, and
  streams the results back in discovery order to the usual reporters: the output is byte for
  byte that of a local run. At most a few batches per worker thread are in flight, so memory
  on the client stays flat however large the archive.
- `check_bag(bag)`: for a pipeline that already has a Dask bag of `(path, text)` records
  (text None: the worker reads the path itself). It returns a lazy bag of FileResult.

With cross-document checking (`--cross-document`, `check_bag(..., cross_document=True)`) each
worker also gathers the per-document facts (the corpus rules' `collect(doc)`); the corpus
rules' `check_corpus` then runs once, centrally, on those summaries, and its findings are merged
into the results exactly as a local run merges them.

The workers need factlint installed (same version). A facts register named in the
configuration (`facts = [...]`, `--facts`) is read by the workers at its absolute path, so it
must be reachable there too (a shared folder, or the same image).
"""
from __future__ import annotations

import os
import re
from collections import deque
from functools import partial
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from checker.engine import Engine

if TYPE_CHECKING:  # pragma: no cover
    from checker.config import Config
    from checker.engine import FileResult
    from checker.sources import Source

BATCH_FILES = 32  # documents per task
BATCH_CHARS = 512 * 1024  # or fewer, when they are long
IN_FLIGHT_PER_THREAD = 2  # batches submitted ahead per worker thread


class SchedulerError(Exception):
    """The cluster cannot be reached or used; the message says why, in one line."""


class _ShippedEngine(Engine):
    """A worker's engine: each document's configuration was resolved on the client (where
    the files and their factlint.toml live) and travels with it."""

    def __init__(self, keep_source: bool, cross_document: bool) -> None:
        super().__init__(None, discover=False, keep_source=keep_source, cross_document=cross_document)
        self.shipped: dict[str, Any] = {}

    def config_for(self, path: str):
        return self.shipped.get(path, self.base)


_WORKER_ENGINES: dict[tuple, _ShippedEngine] = {}  # per worker process: rules built once


def _worker_engine(keep_source: bool, cross_document: bool) -> _ShippedEngine:
    key = (keep_source, cross_document)
    if key not in _WORKER_ENGINES:
        _WORKER_ENGINES[key] = _ShippedEngine(keep_source, cross_document)
    return _WORKER_ENGINES[key]


class _ClientFolder:
    """On a worker, for one task: relative paths are the client's (`cwd`), for reading, for
    per-file-ignores and for the paths written in messages; then the worker's state is restored."""

    def __init__(self, engine: Engine, cwd: str | None) -> None:
        self.engine, self.cwd = engine, cwd

    def __enter__(self) -> None:
        from checker import sources

        self.saved = (self.engine.base_dir, sources.DISPLAY_BASE)
        if self.cwd:
            self.engine.base_dir = sources.DISPLAY_BASE = self.cwd

    def __exit__(self, *exc) -> None:
        from checker import sources

        self.engine.base_dir, sources.DISPLAY_BASE = self.saved


def check_batch(batch: list[tuple["Source", "Config"]], keep_source: bool = False, cross_document: bool = False, cwd: str | None = None) -> list["FileResult"]:
    """Runs on a worker: each (Source, Config) checked; FileResults in the same order. `cwd`
    is the client's working folder: relative paths and the paths in messages are taken from it."""
    engine = _worker_engine(keep_source, cross_document)
    results = []
    with _ClientFolder(engine, cwd):
        for source, config in batch:
            if isinstance(config, Exception):  # its configuration is invalid (found on the client)
                from checker.engine import config_failure

                results.append(config_failure(source.path, config))
                continue
            engine.shipped = {source.path: config}
            results.append(engine.check_source(source))
    engine.shipped = {}
    return results


# -- the command line's path: files read here, checked there, streamed back in order ----------


def _batches(engine: Engine, paths: list[str]) -> Iterator[list[tuple["Source", "Config"]]]:
    from checker.sources import iter_sources

    include = list(engine.base.include) if engine.base.include else None
    batch: list = []
    size = 0
    from checker.config import ConfigError

    for source in iter_sources(paths, include, list(engine.base.exclude), read=engine.read):
        try:
            config = engine.base if source.error else engine.config_for(source.path)
        except ConfigError as exc:  # checked on the worker as a file that fails, like a local run
            config = exc
        batch.append((source, config))
        size += len(source.text or "")
        if len(batch) >= BATCH_FILES or size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


_ADDRESS = re.compile(r"^(?:(?P<scheme>[a-z][a-z0-9+.-]*)://)?(?P<host>\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_.-]+):(?P<port>\d{1,5})/?$")
SCHEMES = ("tcp", "tls", "ws", "wss")


def parse_address(address: str) -> tuple[str, str, int]:
    """(scheme, host, port) of `tcp://HOST:PORT` (or HOST:PORT, tls://, ws://, wss://)."""
    m = _ADDRESS.match(address.strip())
    if not m or (m.group("scheme") or "tcp") not in SCHEMES or not 0 < int(m.group("port")) < 65536:
        raise SchedulerError(f"--scheduler: '{address}' is not a scheduler address (tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786)")
    return m.group("scheme") or "tcp", m.group("host").strip("[]"), int(m.group("port"))


def connect(address: str, timeout: float = 4):
    """A distributed.Client for the scheduler at `address` (not made the default client).
    A malformed or unreachable address is a SchedulerError within `timeout` seconds (the
    address is checked, then a plain TCP connection tried, before any Client is made)."""
    import socket

    _, host, port = parse_address(address)
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError("--scheduler needs the Dask extra: pip install 'factlint[dask]'") from None
    try:
        socket.create_connection((host, port), timeout=min(timeout, 3)).close()
    except socket.timeout:
        raise SchedulerError(f"--scheduler: cannot reach the Dask scheduler at {address}: no answer within {min(timeout, 3):g} s") from None
    except OSError as exc:
        raise SchedulerError(f"--scheduler: cannot reach the Dask scheduler at {address}: {exc.strerror or type(exc).__name__.lower()}") from None
    client = Client.__new__(Client)
    try:
        client.__init__(address, timeout=timeout, set_as_default=False)
    except Exception as exc:  # TimeoutError, OSError: not a Dask scheduler there
        _abandon(client)
        raise SchedulerError(f"--scheduler: cannot use the Dask scheduler at {address}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    return client


def _abandon(client) -> None:
    """A Client whose constructor failed: closed quietly, not left to its destructor (which
    would wait 2 x timeout and print a traceback at exit)."""
    try:
        client.status = "closed"
        client._loop_runner.stop()
    except Exception:
        pass


def check_paths_distributed(engine: Engine, paths: list[str], address_or_client: Any, *, close: bool | None = None) -> Iterator["FileResult"]:
    """The results of `engine.check_paths(paths)`, computed on a Dask cluster: same results,
    same order. `address_or_client` is a scheduler address or a distributed.Client; a client
    made here from an address is closed at the end (`close=True` closes a given one too)."""
    made = isinstance(address_or_client, str)
    client = connect(address_or_client) if made else address_or_client
    own = made if close is None else close
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = max(2, IN_FLIGHT_PER_THREAD * threads)
        pending: deque = deque()
        held: list = []  # cross-document: every result, until the corpus phase has run

        def emit(results):
            if engine.cross_document:
                held.extend(results)
                return ()
            return results

        for batch in _batches(engine, paths):
            pending.append(client.submit(check_batch, batch, engine.keep_source, engine.cross_document, os.getcwd(), pure=False))
            while len(pending) >= limit:
                yield from emit(pending.popleft().result())
        while pending:
            yield from emit(pending.popleft().result())
        if engine.cross_document:
            engine.check_corpus(held)  # here, on the summaries the workers gathered
            yield from held
    finally:
        if own:
            client.close()


# -- a Dask bag of (path, text) records --------------------------------------------------------


def _source(record: Any, engine: Engine) -> "Source":
    from checker.sources import HTML_SUFFIXES, MARKDOWN_SUFFIXES, InputError, Source, decode

    try:
        path, text = record
    except (TypeError, ValueError):
        return Source(str(record), error="not a (path, text) record")
    path = os.fspath(path)
    if text is None:  # read here, the relative path taken from the client's folder
        return engine.read(path)
    if isinstance(text, (bytes, bytearray)):
        try:
            text, _ = decode(bytes(text))
        except InputError as exc:
            return Source(path, error=str(exc))
    if not str(text).strip():
        return Source(path, error="empty file (no text to check)")
    lower = path.lower()
    kind = "markdown" if lower.endswith(MARKDOWN_SUFFIXES) else "html" if lower.endswith(HTML_SUFFIXES) else "text"
    return Source(path, text=str(text), kind=kind)


def _check_partition(records: Iterable, config: "Config", discover: bool, keep_source: bool, cross_document: bool, cwd: str | None = None) -> list["FileResult"]:
    engine = Engine(config, discover=discover, keep_source=keep_source, cross_document=cross_document)
    with _ClientFolder(engine, cwd):
        return [engine.check_source(_source(record, engine)) for record in records]


def _summaries(results: Iterable["FileResult"]) -> list[tuple[str, dict]]:
    return [(r.path, r.summaries) for r in results if r.summaries]


def _corpus_findings(parts: list, config: "Config", discover: bool, cwd: str | None = None) -> dict:
    from checker.engine import FileResult

    light = [FileResult(path, summaries=summaries) for part in parts for path, summaries in part]
    engine = Engine(config, discover=discover, cross_document=True)
    with _ClientFolder(engine, cwd):
        engine.check_corpus(light)
    return {r.path: r.findings for r in light if r.findings}


def _merge(result: "FileResult", extra: dict) -> "FileResult":
    found = extra.get(result.path)
    if found:
        result.findings = sorted(set(result.findings) | set(found), key=lambda f: f.sort_key)
    return result


def check_bag(bag, *, config: Any = None, cross_document: bool = False, keep_source: bool = False):
    """A lazy Dask bag of FileResult, one per `(path, text)` record of `bag`, in its order.

    `config` is anything checker.api.as_config accepts; with None, each worker looks for a
    factlint.toml next to each path (as `check` does), else the given configuration applies
    to every record. With `cross_document=True` the corpus rules run once on every record's
    summary and their findings are merged into the results (`bag.compute()` then needs every
    partition before the first result: it is a whole-archive comparison)."""
    from checker.api import as_config

    base = as_config(config)
    discover = base.path is None
    checked = bag.map_partitions(_check_partition, base, discover, keep_source, cross_document, os.getcwd())
    if not cross_document:
        return checked
    summaries = checked.map_partitions(_summaries)
    extra = summaries.reduction(list, partial(_corpus_findings, config=base, discover=discover, cwd=os.getcwd()), split_every=None)
    return checked.map(_merge, extra)
