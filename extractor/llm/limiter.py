"""The process-wide limit on LLM requests in flight (EXTRACTOR_CONCURRENCY).

Every notice extracted in this process shares one `RequestLimiter`, whichever thread and event loop
it runs on: a batch run keeps several documents in flight, each on its own thread with its own
asyncio loop, and all their parts draw on the same slots, so the endpoint never sees more than
EXTRACTOR_CONCURRENCY requests from this process at once (which is what rate limits count).

A slot is held for one HTTP request only (see `call.LimitedHttpClient`): never across a retry's
backoff wait, so one part waiting out a 429 does not stall the others.

Waiting for a slot never blocks an event loop: a waiter parks an asyncio future, and whoever frees
a slot hands it to the longest waiter (first come, first served across threads) through that
waiter's loop (`call_soon_threadsafe`). No thread is parked and nothing polls.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

Limit = int | Callable[[], int]
"""A fixed limit, or a function giving the limit now (a learned, per-endpoint one)."""


def _value(limit: Limit) -> int:
    return max(1, int(limit() if callable(limit) else limit))


@dataclass(eq=False)
class _Waiter:
    limit: Limit
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[None]
    granted: bool = False  # a slot was counted for it (set under the limiter's lock)


class RequestLimiter:
    """A counting limit shared by threads and event loops, fair (FIFO) across them.

    Each acquirer passes its own `limit` (the EXTRACTOR_CONCURRENCY it was configured with): a slot
    is granted only while fewer than `limit` requests are in flight. With one setting per process,
    as in every normal run, that is a plain semaphore of that size.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._in_flight = 0
        self._waiters: deque[_Waiter] = deque()
        self.peak = 0  # most requests in flight at once since the last reset (for tests and benchmarks)

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def reset_peak(self) -> None:
        with self._lock:
            self.peak = self._in_flight

    def _take(self) -> None:  # with self._lock held
        self._in_flight += 1
        self.peak = max(self.peak, self._in_flight)

    async def acquire(self, limit: Limit) -> float:
        """Take a slot, waiting (without blocking the loop) while `limit` are in flight.

        Returns the seconds spent waiting. If the waiting task is cancelled, no slot is kept.
        """
        with self._lock:
            if self._in_flight < _value(limit) and not self._waiters:
                self._take()
                return 0.0
            loop = asyncio.get_running_loop()
            waiter = _Waiter(limit, loop, loop.create_future())
            self._waiters.append(waiter)
        started = time.monotonic()
        try:
            await waiter.future
        except BaseException:
            with self._lock:
                granted = waiter.granted
                if not granted:
                    try:
                        self._waiters.remove(waiter)
                    except ValueError:
                        pass  # already dropped by a release that found it cancelled
            if granted:
                self.release()  # handed a slot as it was being cancelled: give it back
            raise
        return time.monotonic() - started

    def release(self) -> None:
        """Free a slot and hand it to the longest waiter whose limit allows it."""
        with self._lock:
            self._in_flight -= 1
            assert self._in_flight >= 0, "RequestLimiter released more often than acquired"
            self._hand_on()

    def wake(self) -> None:
        """Hand out slots a raised limit now allows (nobody released one)."""
        with self._lock:
            self._hand_on()

    def _hand_on(self) -> None:  # with self._lock held
        while self._waiters and self._in_flight < _value(self._waiters[0].limit):
            waiter = self._waiters.popleft()
            if waiter.future.done():  # cancelled while queued: drop it, its task keeps no slot
                continue
            waiter.granted = True
            self._take()
            try:
                waiter.loop.call_soon_threadsafe(_grant, waiter.future)
            except RuntimeError:  # its loop is closed: nobody is waiting there any more
                waiter.granted = False
                self._in_flight -= 1

    @asynccontextmanager
    async def slot(self, limit: Limit) -> AsyncIterator[float]:
        """`async with limiter.slot(n) as waited:` holds one slot for the block."""
        waited = await self.acquire(limit)
        try:
            yield waited
        finally:
            self.release()

    def _reset(self) -> None:
        """In a forked child: no request of the parent is in flight here."""
        self._lock = threading.Lock()
        self._in_flight = 0
        self._waiters = deque()
        self.peak = 0


def _grant(future: asyncio.Future[None]) -> None:
    """Runs on the waiter's loop: wake it unless it was cancelled meanwhile."""
    if not future.done():
        future.set_result(None)
    # else: cancelled after the slot was counted for it but before this ran; its task saw the
    # cancellation, found the slot granted and released it.


REQUESTS = RequestLimiter()
"""The limiter every LLM request of this process goes through."""

if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=REQUESTS._reset)
