"""The fake endpoint's streamed answers: a completion payload sent as server-sent events.

Content (or a tool call's arguments) goes out in pieces of `Reply.piece` characters, `Reply.pace`
seconds apart, then a chunk with the finish reason (none when `Reply.finish_reason` is None: the
server ends the answer unfinished), one with the usage, and `[DONE]`. A client that closes the
stream early is noticed at the next write, as a real server notices it, and `Recorded.pieces`
says how many pieces were sent.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any


def _event(handler: Any, data: dict[str, Any] | str) -> None:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    handler.wfile.write(f"data: {text}\n\n".encode())
    handler.wfile.flush()


def _chunk(payload: dict[str, Any], delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": payload["id"],
        "object": "chat.completion.chunk",
        "created": payload["created"],
        "model": payload["model"],
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def send_stream(handler: Any, record: Any, payload: dict[str, Any], reply: Any, answered: Callable[[], None]) -> None:
    """Write `payload` (a whole chat.completion) to `handler` as a stream of chunks.

    `answered` runs just before the piece that completes the answer: a client watching the stream
    may stop reading there and send its next request before the rest is written."""
    message = payload["choices"][0]["message"]
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.close_connection = True
    record.pieces = 0
    try:
        calls = message.get("tool_calls") or []
        text = calls[0]["function"]["arguments"] if calls else (message.get("content") or "")
        if calls:
            first = {
                "index": 0,
                "id": calls[0]["id"],
                "type": "function",
                "function": {"name": calls[0]["function"]["name"], "arguments": ""},
            }
            _event(handler, _chunk(payload, {"role": "assistant", "tool_calls": [first]}))
        starts = range(0, len(text), reply.piece)
        if not starts:
            answered()
        for start in starts:
            piece = text[start : start + reply.piece]
            if start == starts[-1]:
                answered()
            delta = {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]} if calls else {"content": piece}
            _event(handler, _chunk(payload, delta))
            record.pieces += 1
            if reply.pace:
                time.sleep(reply.pace)
        if reply.finish_reason is not None:
            _event(handler, _chunk(payload, {}, reply.finish_reason))
            usage = dict(payload["usage"])
            _event(handler, {**_chunk(payload, {}), "choices": [], "usage": usage})
        _event(handler, "[DONE]")
    except (BrokenPipeError, ConnectionResetError):
        record.closed_early = True
