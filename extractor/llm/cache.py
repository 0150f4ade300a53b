"""On-disk cache of checked LLM answers, one JSON file per request.

The key covers everything that can change an answer: endpoint, model, mode, temperature, the
prompt file's content, the response schema, the exact messages (so the notice text and the part)
and the repeat index. Only answers that passed the grounding check are stored; failures never are,
so a re-run retries exactly the parts that failed and makes no call for the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

FORMAT = 1


def cache_key(**parts: Any) -> str:
    """A stable hash of the key parts (JSON with sorted keys)."""
    blob = json.dumps({"format": FORMAT, **parts}, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def schema_hash(schema: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(schema, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class DiskCache:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored entry, or None (missing or unreadable entries are misses)."""
        try:
            with self._path(key).open(encoding="utf-8") as fh:
                entry = json.load(fh)
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and entry.get("format") == FORMAT else None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        """Store atomically; a cache that cannot be written is skipped, never an error."""
        path = self._path(key)
        tmp: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"format": FORMAT, **entry}, fh, ensure_ascii=False)
            os.replace(tmp, path)
            tmp = None
        except OSError:
            return
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
