"""A persistent cache of compiled regular expressions, for the command line's start-up.

factlint's grammars (month and weekday names, number words, spelling families) are a few
hundred regular expressions; Python compiles each from scratch in every new process, which is
about 40 ms of a `check` run on one article, as much as all the checking. A pre-commit hook or an
editor starts the command thousands of times, so the command line keeps, per Python version,
the compiled form that the `re` module hands to its C engine (`_sre.compile`): the parsing and
code generation are skipped, the C object built is the one `re` itself would build.

Only the command line turns it on (`install()`); the library (`checker.check_text`) never
touches `re`. The cache lives in $FACTLINT_CACHE_DIR, else $XDG_CACHE_HOME/factlint, else
~/.cache/factlint; FACTLINT_NO_CACHE=1 turns it off. Any problem (an unreadable or foreign
file, a read-only home, another Python's `re` internals) means no cache, never an error.
"""
from __future__ import annotations

import atexit
import os
import sys

_VERSION = 1
MAX_ENTRIES = 2000  # factlint compiles about 300; patterns built from the text are not kept forever
_entries: dict | None = None  # (is bytes, pattern, flags) -> (flags, code as bytes, groups, groupindex, indexgroup)
_used: set = set()
_added = 0


def cache_file() -> str:
    import _sre

    folder = os.environ.get("FACTLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "factlint"
    )
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_VERSION}"
    return os.path.join(folder, f"regex-{tag}.marshal")


def install() -> bool:
    """Serve re.compile from the cache for the rest of this process; False when unavailable."""
    global _entries
    if _entries is not None:
        return True
    if os.environ.get("FACTLINT_NO_CACHE") or sys.implementation.name != "cpython":
        return False
    try:
        import marshal
        import re._compiler as compiler  # CPython 3.11+; older layouts: no cache
        from array import array

        import _sre

        if array("I").itemsize != _sre.CODESIZE:  # the code words are stored as raw bytes
            return False
        original = compiler.compile
        _sre.compile  # noqa: B018 - the C constructor the cache feeds
    except (ImportError, AttributeError):
        return False
    try:
        with open(cache_file(), "rb") as fh:
            loaded = marshal.loads(fh.read())  # loads(read()): marshal.load on a file is ~20x slower
        _entries = loaded if isinstance(loaded, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        _entries = {}

    def compile(p, flags=0):
        global _added
        if not isinstance(p, (str, bytes)):  # a parsed pattern (internal use): no key
            return original(p, flags)
        key = (type(p) is bytes, p, int(flags))
        hit = _entries.get(key)
        _used.add(key)
        if hit is not None:
            try:
                return _sre.compile(p, hit[0], array("I", hit[1]).tolist(), hit[2], hit[3], hit[4])
            except Exception:  # a damaged entry: compile it afresh
                pass
        try:  # what re._compiler.compile does, keeping the pieces it hands to _sre.compile
            parsed = compiler._parser.parse(p, flags)
            code = [int(c) for c in compiler._code(parsed, flags)]
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
            pattern = _sre.compile(p, *entry)
        except Exception:  # a bad pattern (re.error as usual), or another Python's internals
            return original(p, flags)
        _entries[key] = (entry[0], array("I", code).tobytes(), *entry[2:])
        _added += 1
        return pattern

    compiler.compile = compile
    atexit.register(_save)
    return True


def _save() -> None:
    """Write the cache back when this process compiled something new (atomically: processes
    running side by side each leave a whole file)."""
    if not _added or _entries is None:
        return
    entries = _entries if len(_entries) <= MAX_ENTRIES else {k: v for k, v in _entries.items() if k in _used}
    try:
        import marshal
        import tempfile

        path = cache_file()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".regex-")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(entries, fh)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except Exception:  # a read-only or full disk: no cache next time, nothing else
        pass
