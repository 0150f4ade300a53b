"""How many requests each endpoint serves at once, learned from how it answers.

A hosted API answers many requests in parallel; llama.cpp on a laptop has one slot and queues the
rest, so parallel requests only wait longer and time out together (issue 14: 11 calls, 702 s). The
client does not know which it talks to, so each endpoint starts at one request in flight and is
given one more each time a request ends well while the limit was in use (never above
EXTRACTOR_CONCURRENCY).
What the endpoint shows settles it:
- answers streaming at the same time (each goes on for a few chunks after the other began): it has
  (at least) that many slots;
- an answer that only began once another, already in flight when it was sent, had ended (or was
  ending: a few chunks later), while no two were ever seen side by side: the server queues; the
  limit goes back to the parallelism seen, for good;
- a request abandoned before its answer began (timed out, or cancelled by the document's budget):
  the server may still be working on it, so the limit is one for good and the caller holds the
  slot until the server is seen idle (`client`);
- a stream ended by the server without finishing (llama-cpp-python interrupts a running answer when
  another request arrives): one for good;
- a 429 or 503 while several are in flight: one fewer (it may grow again).
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field

from extractor.llm.limiter import RequestLimiter

_RECENT = 16
_OVERLAP = 4
"""Chunks another answer must stream after this one began for the two to count as side by side (an
answer's last few chunks may be read just after the next one's first, though sent before it)."""


@dataclass(eq=False)
class Tracked:
    """One request's times (time.monotonic()): sent, first byte of its answer, end; and the chunks
    of its answer, and those of the answers already streaming when it began (`beside`)."""

    endpoint: Endpoint
    """The record it counts against (the one its endpoint had when it was sent: tests forget them)."""
    sent: float
    first: float | None = None
    ended: float | None = None
    chunks: int = 0
    beside: dict[int, int] = field(default_factory=dict)


class Endpoint:
    """One endpoint's learned limit and the requests in flight to it."""

    def __init__(self, ceiling: int) -> None:
        self.ceiling = max(1, ceiling)
        self.limit = 1
        self.learned: str | None = None
        """Why the limit is settled (None while it may still grow)."""
        self.parallel = 1
        """Most answers seen streaming at once."""
        self.limiter = RequestLimiter()
        self._lock = threading.Lock()
        self._active: list[Tracked] = []
        self._recent: list[Tracked] = []

    def current(self) -> int:
        """The limit now (what the limiter's waiters are granted against)."""
        return max(1, min(self.limit, self.ceiling))

    def started(self, now: float | None = None) -> Tracked:
        request = Tracked(self, time.monotonic() if now is None else now)
        with self._lock:
            self._active.append(request)
        return request

    def first_byte(self, request: Tracked, now: float | None = None) -> None:
        """The answer began: beside the answers still streaming (judged as they go on), or after
        one that was in flight when it was sent had ended (the server queued it)?"""
        with self._lock:
            request.first = time.monotonic() if now is None else now
            request.beside = {
                id(q): q.chunks for q in self._active if q is not request and q.first is not None and q.ended is None
            }
            waited = not request.beside and any(
                q.sent <= request.sent < q.ended <= request.first for q in self._recent if q.ended is not None
            )
        if waited:
            self.settle(self.parallel, "an answer began only after another had ended: the server queues requests")

    def chunk(self, request: Tracked) -> None:
        """A piece of an answer arrived; enough of them after another answer began: side by side."""
        with self._lock:
            request.chunks += 1
            key, chunks = id(request), request.chunks
            together = 1 + sum(1 for r in self._active if r.beside.get(key, chunks) <= chunks - _OVERLAP)
            self.parallel = max(self.parallel, together)

    def ended(self, request: Tracked, ok: bool, now: float | None = None) -> None:
        """The request is over; one that ended well while the limit was in use earns one more slot.
        An answer that stopped within a few chunks of another's start was what that one waited for."""
        with self._lock:
            request.ended = time.monotonic() if now is None else now
            saturated = len(self._active) >= self.limit or self.limiter.waiting > 0  # the limit was in use
            if request in self._active:
                self._active.remove(request)
            self._recent = (self._recent + [request])[-_RECENT:]
            key = id(request)
            queued = self.parallel < 2 and any(
                key in r.beside and request.chunks - r.beside[key] < _OVERLAP for r in self._active
            )
            grow = ok and not queued and self.learned is None and self.limit < self.ceiling and saturated
            if grow:
                self.limit += 1
        if queued:
            self.settle(1, "an answer began only after another had ended: the server queues requests")
        if grow:
            self.limiter.wake()

    def settle(self, limit: int, why: str) -> None:
        """The limit is `limit` from now on (never above what was already allowed)."""
        with self._lock:
            self.limit = max(1, min(limit, self.limit))
            self.learned = self.learned or why

    def busy(self) -> None:
        """A 429/503: one request fewer at once (the limit may grow again)."""
        with self._lock:
            self.limit = max(1, min(self.limit, len(self._active)) - 1) if len(self._active) > 1 else self.limit

    def describe(self) -> dict[str, object]:
        return {"limit": self.current(), "learned": self.learned}


_LOCK = threading.Lock()
_ENDPOINTS: dict[str, Endpoint] = {}


def endpoint(url: str, ceiling: int) -> Endpoint:
    """The process's record of `url` (made on first use with `ceiling` = EXTRACTOR_CONCURRENCY)."""
    with _LOCK:
        found = _ENDPOINTS.get(url)
        if found is None:
            found = _ENDPOINTS[url] = Endpoint(ceiling)
        found.ceiling = max(1, ceiling)
        return found


def known(url: str) -> Endpoint | None:
    with _LOCK:
        return _ENDPOINTS.get(url)


def forget() -> None:
    """Forget every endpoint (tests start each endpoint afresh; a forked child has none in flight)."""
    with _LOCK:
        _ENDPOINTS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=lambda: _ENDPOINTS.clear())
