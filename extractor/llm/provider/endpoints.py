"""How many requests each endpoint serves at once, learned from how it answers.

A hosted API answers many requests in parallel; llama.cpp on a laptop has one slot and queues the
rest, so parallel requests only wait longer and time out together (issue 14: 11 calls, 702 s). The
client does not know which it talks to, so each endpoint starts at one request in flight and is
given one more each time a request ends well while the limit was in use (never above
EXTRACTOR_CONCURRENCY).
What the endpoint shows settles it:
- two answers streaming at the same time: it has (at least) that many slots;
- an answer that only began once another, already in flight when it was sent, had ended, with none
  streaming beside it: the server queues; the limit goes back to the parallelism seen, for good;
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
from dataclasses import dataclass

from extractor.llm.limiter import RequestLimiter

_RECENT = 16


@dataclass(eq=False)
class Tracked:
    """One request's times (time.monotonic()): sent, first byte of its answer, end."""

    sent: float
    first: float | None = None
    ended: float | None = None


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
        request = Tracked(time.monotonic() if now is None else now)
        with self._lock:
            self._active.append(request)
        return request

    def first_byte(self, request: Tracked, now: float | None = None) -> None:
        """The answer began: does it stream beside others, or did it wait for one to end?"""
        with self._lock:
            request.first = time.monotonic() if now is None else now
            beside = [q for q in self._active if q is not request and q.first is not None and q.ended is None]
            if beside:
                self.parallel = max(self.parallel, len(beside) + 1)
                return
            waited = any(q.sent <= request.sent < q.ended <= request.first for q in self._recent if q.ended is not None)
        if waited:
            self.settle(self.parallel, "an answer began only after another had ended: the server queues requests")

    def ended(self, request: Tracked, ok: bool, now: float | None = None) -> None:
        """The request is over; one that ended well while the limit was in use earns one more slot."""
        with self._lock:
            request.ended = time.monotonic() if now is None else now
            saturated = len(self._active) >= self.limit or self.limiter.waiting > 0  # the limit was in use
            if request in self._active:
                self._active.remove(request)
            self._recent = (self._recent + [request])[-_RECENT:]
            grow = ok and self.learned is None and self.limit < self.ceiling and saturated
            if grow:
                self.limit += 1
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
