"""Checking many files at once: `--jobs N` (default: the number of CPUs).

Files are discovered in the main process (sorted, deterministic), checked in a pool of worker
processes, and the results are yielded in discovery order, so the output of `--jobs 8` is
byte for byte that of `--jobs 1`. A run of one file, or `--jobs 1`, starts no process at all.
Standard input is read by the main process. When stderr is a terminal and more than 50 files
are checked, a progress bar is drawn on stderr (and erased at the end); stdout is untouched.
"""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from checker.engine import Engine, FileResult
    from checker.sources import Source

PROGRESS_THRESHOLD = 50
_WORKER_ENGINE = None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _init(config, discover: bool, keep_source: bool, cross_document: bool = False) -> None:
    global _WORKER_ENGINE
    from checker.engine import Engine

    _WORKER_ENGINE = Engine(config, discover=discover, keep_source=keep_source, cross_document=cross_document)


def _check(engine: "Engine", item: "str | Source") -> "FileResult":
    source = engine.read(item) if isinstance(item, str) else item
    return engine.check_source(source)


def _work(item: "str | Source") -> "FileResult":
    return _check(_WORKER_ENGINE, item)


class ProgressBar:
    """A one-line bar on a terminal's stderr: `checking [#####.....] 51/120 files`."""

    def __init__(self, total: int, stream=None, width: int = 30) -> None:
        self.total, self.done, self.width = total, 0, width
        self.stream = stream or sys.stderr

    def advance(self) -> None:
        self.done += 1
        filled = self.width * self.done // max(1, self.total)
        self.stream.write(f"\rchecking [{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} files")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def check_parallel(engine: "Engine", paths: list[str], include, exclude, jobs: int = 0, progress: bool = False) -> Iterator["FileResult"]:
    from checker.sources import discover

    items = [engine.read(i) if i == "-" else i for i in discover(paths, include, exclude)]
    bar = ProgressBar(len(items)) if progress and len(items) > PROGRESS_THRESHOLD and sys.stderr.isatty() else None
    jobs = jobs if jobs and jobs > 0 else default_jobs()
    workers = min(jobs, sum(1 for i in items if isinstance(i, str)))
    try:
        if workers <= 1:
            results = (_check(engine, item) for item in items)
            for result in results:
                if bar:
                    bar.advance()
                yield result
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        chunksize = max(1, min(16, len(items) // (workers * 4)))
        done = 0
        try:  # a system without working process semaphores (some sandboxes) checks serially
            pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init, initargs=(engine.base, engine.discover, engine.keep_source, engine.cross_document))
        except (OSError, NotImplementedError, ImportError):
            pool = None
        if pool is not None:
            try:
                with pool:
                    for result in pool.map(_work, items, chunksize=chunksize):
                        done += 1
                        if bar:
                            bar.advance()
                        yield result
            except BrokenProcessPool:  # a worker died (killed, out of memory): finish serially
                pass
        for item in items[done:]:
            result = _check(engine, item)
            if bar:
                bar.advance()
            yield result
    finally:
        if bar:
            bar.close()
