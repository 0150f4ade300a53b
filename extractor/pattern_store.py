"""Compiled regular expressions kept between runs, as Python keeps bytecode.

Python compiles a regular expression in Python code (parse, then code generation), and a command-line
run on one notice compiles about 300 of the rules' patterns: some 60 ms, a third of the command's
start-up. What the compiler hands the regex engine (`_sre.compile`'s arguments: the flags, the code
words, the groups) depends only on the pattern, its flags, the Python build and the compiler's tweaks
in `lazy_re`, so it is stored in a file and handed to the engine directly on the next run; so is each
pattern as `lazy_re` rewrote it to be faster (reading a pattern for its openings costs a third of
compiling it).

The file is a cache and nothing more: it is read once, at the first compile, and written at exit when
the run compiled anything new. It is stamped with the Python build, the engine's version and the
source of `lazy_re` and of this module: a change to any of them starts it afresh. A file that is
missing, damaged or not writable means patterns are compiled as usual, and the engine validates every
code it is handed. `EXTRACTOR_CACHE_DIR` names the directory (default:
`$XDG_CACHE_HOME/rectification-extractor`, or `~/.cache/…`); set it empty to keep nothing.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import importlib
import marshal
import os
import sys
import threading
import zlib
from pathlib import Path
from typing import Any

_sre: Any = importlib.import_module("_sre")  # the regex engine (untyped)

# What `_sre.compile` takes after the pattern: flags, code (stored as bytes), last group, group index,
# index group.
Compiled = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_MOST_ENTRIES = 4000  # beyond this, a write keeps only what its own run used
_LOCK = threading.RLock()
_entries: dict[tuple[str, int], Compiled] | None = None
_rewritten: dict[tuple[str, str, int], str] = {}
_used: set[tuple[Any, ...]] = set()  # the keys this run read or wrote
_dirty = False


def cache_file() -> Path | None:
    """Where the compiled patterns are kept, or None when `EXTRACTOR_CACHE_DIR` is set empty."""
    directory = os.environ.get("EXTRACTOR_CACHE_DIR")
    if directory is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        directory = os.path.join(base, "rectification-extractor")
    if not directory:
        return None
    return Path(directory) / f"patterns-{sys.implementation.cache_tag}.marshal"


def _stamp() -> tuple[str, int, int]:
    """What the stored codes depend on besides each pattern: the Python build, the engine's version, and
    the source of the compiler's tweaks (`lazy_re`) and of this store."""
    from extractor import lazy_re

    try:
        source = zlib.crc32(Path(lazy_re.__file__).read_bytes() + Path(__file__).read_bytes())
    except OSError:
        source = -1
    return sys.version, _sre.MAGIC, source


def _load() -> dict[tuple[str, int], Compiled]:
    global _entries
    if _entries is not None:
        return _entries
    _entries = {}
    path = cache_file()
    if path is None:
        return _entries
    try:
        stamp, entries, rewritten = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return _entries
    if stamp == _stamp() and isinstance(entries, dict) and isinstance(rewritten, dict):
        _entries = entries
        _rewritten.update(rewritten)
    return _entries


def compiled(pattern: str, flags: int) -> Any | None:
    """The stored compile of `pattern`, or None: not stored, or refused by the engine."""
    key = (pattern, int(flags))
    with _LOCK:
        found = _load().get(key)
        if found is None:
            return None
        try:
            final_flags, code_bytes, groups, groupindex, indexgroup = found
            code = array.array("I", code_bytes).tolist()
            result = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            del _load()[key]
            return None
        _used.add(key)
        return result


def remember(pattern: str, flags: int, arguments: tuple[Any, ...]) -> None:
    """Keep what the compiler handed the engine for `pattern` (`_sre.compile`'s arguments after it)."""
    final_flags, code, groups, groupindex, indexgroup = arguments
    words = array.array("I")
    if words.itemsize != _sre.CODESIZE:
        return
    try:
        words.extend(code)
    except (OverflowError, TypeError):
        return
    with _LOCK:
        key = (pattern, int(flags))
        _load()[key] = (int(final_flags), words.tobytes(), groups, dict(groupindex), tuple(indexgroup))
        _used.add(key)
        _changed()


def rewritten(kind: str, pattern: str, flags: int) -> str | None:
    """A pattern as `lazy_re` rewrote it before (`kind` names the rewrite), or None."""
    key = (kind, pattern, int(flags))
    with _LOCK:
        _load()
        found = _rewritten.get(key)
        if isinstance(found, str):
            _used.add(key)
            return found
        return None


def remember_rewrite(kind: str, pattern: str, flags: int, result: str) -> None:
    key = (kind, pattern, int(flags))
    with _LOCK:
        _load()
        _rewritten[key] = result
        _used.add(key)
        _changed()


def _changed() -> None:
    global _dirty
    if not _dirty:
        _dirty = True
        atexit.register(save)


def save() -> None:
    """Write the store if this run compiled anything new (at exit; a failure to write is no error)."""
    global _dirty
    with _LOCK:
        path = cache_file()
        if not _dirty or path is None or _entries is None:
            return
        entries, rewrites = _entries, _rewritten
        if len(entries) + len(rewrites) > _MOST_ENTRIES:  # keep what this run used
            entries = {key: value for key, value in entries.items() if key in _used}
            rewrites = {key: value for key, value in rewrites.items() if key in _used}
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps((_stamp(), entries, rewrites)))
            os.replace(temporary, path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        _dirty = False
