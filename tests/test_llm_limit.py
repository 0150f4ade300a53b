"""The process-wide limit on LLM requests in flight (EXTRACTOR_CONCURRENCY).

Every notice extracted in the process shares it, whichever thread and event loop runs it; a request
holds a slot only while it is in flight, never during a retry's backoff wait. No assertion here
depends on how fast the machine is: they check counts and the order of recorded events.
"""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fakes.fixtures import fake, llm_env  # noqa: F401 - pytest fixtures
from fakes.gold_answers import gold_router, gold_stems, issue_view, load_gold
from fakes.openai_server import Reply

from extractor import llm
from extractor.llm.limiter import REQUESTS, RequestLimiter
from extractor.llm.provider import modes

STEMS = gold_stems()


def extract_in_threads(stems, prompt="outline_blocks"):
    """Each notice on its own thread (its own event loop), all at once, like a batch run."""

    def one(stem):
        text, _ = load_gold(stem)
        return llm.extract_text(text, stem, prompt=prompt)

    with ThreadPoolExecutor(max_workers=len(stems)) as pool:
        return list(pool.map(one, stems))


# --- the limit is shared by every notice in the process ----------------------------------------------


@pytest.mark.parametrize("prompt", ["outline_blocks", "whole_document"])
def test_notices_extracted_in_threads_never_have_more_requests_in_flight_than_the_limit(
    fake, llm_env, monkeypatch, prompt
):
    monkeypatch.setenv("EXTRACTOR_CONCURRENCY", "2")
    monkeypatch.setenv("EXTRACTOR_PART_TOKENS", "3000")  # several parts per notice
    fake.latency = 0.05
    fake.responder = gold_router()
    REQUESTS.reset_peak()
    results = extract_in_threads(STEMS, prompt)
    calls = sum(r.meta["calls"] for r in results)
    assert calls == len(fake.requests) > 2 * len(STEMS)  # 5 notices x several parts each
    assert fake.max_in_flight <= 2  # 5 notices x up to 2 parts each would allow 10 without the shared limit
    assert REQUESTS.peak <= 2 and REQUESTS.in_flight == 0
    for stem, result in zip(STEMS, results):
        assert result.meta["fallbacks"] == 0
        assert issue_view(result) == issue_view(load_gold(stem)[1])


def test_a_part_waiting_out_a_429_holds_no_slot(fake, llm_env, monkeypatch):
    """With one slot, notice B's request goes out while notice A waits out its Retry-After."""
    monkeypatch.setenv("EXTRACTOR_CONCURRENCY", "1")
    monkeypatch.setenv("EXTRACTOR_BACKOFF_MAX", "5")
    first, second = STEMS[:2]
    router = gold_router([first, second])
    rejected = threading.Event()

    def respond(body):
        if router.which(body) == first and not rejected.is_set():
            rejected.set()
            return Reply(status=429, error="rate limited", headers={"Retry-After": "1"})
        return router(body)

    fake.responder = respond
    fake.latency = 0.05
    modes.remember(fake.url, "fake-model", "tools", "tools")  # no mode to find: B need not wait for A's
    load_gold(second)  # B's input is ready before A's 429 arrives
    with ThreadPoolExecutor(max_workers=2) as pool:
        a = pool.submit(llm.extract_text, load_gold(first)[0], first, prompt="outline_blocks")
        assert rejected.wait(10)
        b = pool.submit(llm.extract_text, load_gold(second)[0], second, prompt="outline_blocks")
        result_a, result_b = a.result(), b.result()

    by_notice = {stem: [r for r in fake.requests if router.which(r.body) == stem] for stem in (first, second)}
    a_429, a_retry = by_notice[first]
    (b_request,) = by_notice[second]
    # Had A kept its slot through the backoff, B could only have been sent after A's retry ended.
    assert a_429.done <= b_request.at and b_request.done <= a_retry.at
    assert fake.max_in_flight == 1
    assert (result_a.meta["calls"], result_a.meta["retries"]) == (2, 1) and result_b.meta["retries"] == 0
    assert issue_view(result_a) == issue_view(load_gold(first)[1])
    assert issue_view(result_b) == issue_view(load_gold(second)[1])


# --- the limiter itself ----------------------------------------------------------------------------


def test_waiting_for_a_slot_does_not_block_the_event_loop_and_slots_are_handed_on_across_threads():
    limiter = RequestLimiter()
    held = threading.Event()
    release = threading.Event()

    def holder():
        async def main():
            await limiter.acquire(1)
            held.set()
            await asyncio.to_thread(release.wait)
            limiter.release()

        asyncio.run(main())

    thread = threading.Thread(target=holder)
    thread.start()
    assert held.wait(10)

    async def waiter():
        ticks = 0
        got = asyncio.create_task(limiter.acquire(1))
        while not got.done():  # the loop keeps running other work while the slot is awaited
            ticks += 1
            if ticks == 3:
                assert limiter.waiting == 1 and limiter.in_flight == 1
                release.set()  # the other thread frees its slot; it is handed to this loop
            await asyncio.sleep(0.01)
        await got
        assert limiter.in_flight == 1
        limiter.release()
        return ticks

    assert asyncio.run(waiter()) >= 3
    thread.join()
    assert limiter.in_flight == 0 and limiter.waiting == 0 and limiter.peak == 1


def test_a_cancelled_waiter_keeps_no_slot():
    limiter = RequestLimiter()

    async def main():
        await limiter.acquire(1)
        queued = asyncio.create_task(limiter.acquire(1))
        await asyncio.sleep(0)
        assert limiter.waiting == 1
        queued.cancel()
        with pytest.raises(asyncio.CancelledError):
            await queued
        assert limiter.waiting == 0
        limiter.release()
        assert limiter.in_flight == 0
        assert await limiter.acquire(1) == 0.0  # free at once
        limiter.release()

    asyncio.run(main())
    assert limiter.in_flight == 0


def test_a_waiter_cancelled_after_being_handed_a_slot_gives_it_back():
    limiter = RequestLimiter()

    async def main():
        await limiter.acquire(1)
        queued = asyncio.create_task(limiter.acquire(1))
        await asyncio.sleep(0)
        limiter.release()  # handed to the queued task (counted for it) before it runs again
        assert limiter.in_flight == 1 and limiter.waiting == 0
        queued.cancel()
        with pytest.raises(asyncio.CancelledError):
            await queued
        assert limiter.in_flight == 0

    asyncio.run(main())


def test_slots_go_first_come_first_served():
    limiter = RequestLimiter()
    order = []

    async def main():
        await limiter.acquire(1)

        async def one(name):
            await limiter.acquire(1)
            order.append(name)
            limiter.release()

        tasks = [asyncio.create_task(one(n)) for n in "abc"]
        await asyncio.sleep(0)
        assert limiter.waiting == 3
        limiter.release()
        await asyncio.gather(*tasks)

    asyncio.run(main())
    assert order == ["a", "b", "c"] and limiter.in_flight == 0
