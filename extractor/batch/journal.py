"""The JSONL file a run appends its records to, read back to resume, and the lock that keeps a second
run off the same output.

Two runs appending to one file interleave and duplicate records, so a run holds an exclusive lock on
`<output>.lock` (flock; the file records the holder's pid) from before it reads the journal until its
output is final, and a second run on the same output stops with OutputLocked. The lock file is
removed while still held; a run that locked a file removed under it tries again on the new one.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from extractor.errors import ExtractorError
from extractor.load.inputs import Item

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: runs are not locked
    fcntl = None  # type: ignore[assignment]

Known = tuple[str | None, bool, bytes, Counter[Any]]
"""What the journal holds for one source: (sha256, ok, the JSON line, issue statuses)."""


class OutputLocked(ExtractorError):
    """Another run is writing the same output."""


class Lock:
    """An exclusive, non-blocking lock on `path` for as long as the run writes its output."""

    def __init__(self, path: Path, output: str) -> None:
        self.path, self.output = path, output
        self.handle: IO[str] | None = None

    def __enter__(self) -> Lock:
        if fcntl is None:
            return self
        while True:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until __exit__
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "?"
                handle.close()
                raise OutputLocked(
                    f"another run (pid {holder}) is writing {self.output}: wait for it to finish, "
                    f"or choose another -o (its lock: {self.path})"
                ) from None
            try:
                current = os.path.samestat(os.fstat(handle.fileno()), os.stat(self.path))
            except FileNotFoundError:
                current = False
            if current:
                break
            handle.close()  # locked a file its holder removed as it finished: lock the new one
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self.handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            try:
                os.unlink(self.path)
            except OSError:
                pass
            self.handle.close()
            self.handle = None


def read(path: Path) -> dict[str, Known]:
    """source -> what the last complete record of that source in a JSONL file holds."""
    records: dict[str, Known] = {}
    if not path.is_file():
        return records
    with open(path, "rb") as handle:
        for line in handle:
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue  # a record cut short by a crash: that input is done again
            if not isinstance(data, dict) or not isinstance(data.get("source"), str):
                continue
            sha = ((data.get("meta") or {}).get("input") or {}).get("sha256")
            statuses: Counter[Any] = Counter(
                issue.get("status") for issue in data.get("issues") or [] if isinstance(issue, dict)
            )
            records[data["source"]] = (sha, "error" not in data, line, statuses)
    return records


def open_for_append(path: Path) -> IO[bytes]:
    """The journal opened for appending; after a crash it may end mid-line, so the next record starts
    on a fresh line."""
    handle = open(path, "ab")  # noqa: SIM115 - the run closes it
    if handle.tell() > 0:
        with open(path, "rb") as raw:
            raw.seek(-1, os.SEEK_END)
            if raw.read(1) != b"\n":
                handle.write(b"\n")
    return handle


def atomic_write(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write `path` through a temporary file, so it is either the old file or the whole new one."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def rewrite_in_input_order(items: list[Item], path: Path) -> None:
    """After a resumed run: one line per input in input order (the latest record of each), then the
    records of inputs from earlier runs that this run did not name, in their order; cut lines dropped."""
    final = read(path)
    current = {item.source for item in items}
    lines = [final[item.source][2] for item in items if item.source in final]
    lines += [line for source, (_, _, line, _) in final.items() if source not in current]
    atomic_write(path, lambda handle: handle.writelines(line + b"\n" for line in lines))
