"""A loopback fake of an OpenAI-compatible chat completions endpoint, for tests and benchmarks.

    with FakeOpenAI() as server:
        server.script(Reply(status=429, headers={"Retry-After": "0.05"}), Reply(data={...}))
        ... OPENAI_BASE_URL=server.url ...
        server.requests        # what the client sent, in order
        server.max_in_flight   # most requests being answered at once

`Reply.data` is the structured answer; the server formats it the way the request asks: a tool call
when the request offers tools, a ```json block for instructor's MD_JSON mode, plain JSON content
otherwise. `Reply.raw` sends assistant content as is (malformed JSON, blank replies); `Reply.think`
puts a reasoning block (`<think>…</think>`) before the content; `Reply.body` sends a whole HTTP body
as is (garbage). A reply with a `status` other than 200 sends an OpenAI-style error body. When the
script is empty the `responder` (a function of the request body) answers, else the server replies 500.

`refuse` names request shapes the server turns down before any script or responder sees them
("tools", "json_schema", "json_object_schema", "json"), with `refuse_status` (400 like DeepSeek; 500 with a
request-validation message like llama.cpp's server); `ignore_tools` answers tools requests with
plain content, as servers without tool support do.

A request with `stream: true` gets its answer as server-sent events (`fakes.sse`). `slots` makes
the server work on that many requests at once and queue the rest, like llama.cpp's single-slot
server; `GET /v1/models` then waits for a free slot, as llama-cpp-python's does.

Usage numbers are a deterministic token estimate of the messages and of the answer, so tests can
check that every attempt's tokens were counted.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fakes.sse import send_stream

_TOKEN = re.compile(r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|\w+|[^\w\s]")


def count_tokens(text: str) -> int:
    """One token per CJK character, word or punctuation mark (close enough to a real tokenizer)."""
    return len(_TOKEN.findall(text))


@dataclass
class Reply:
    data: Any = None
    raw: str | None = None
    status: int = 200
    error: str = "scripted error"
    error_code: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    finish_reason: str | None = "stop"  # None: a streamed answer ends unfinished
    think: str | None = None
    body: str | None = None
    piece: int = 40  # characters per streamed chunk
    pace: float = 0.0  # seconds between streamed chunks


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float
    usage: dict[str, int] | None = None
    done: float | None = None  # when the answer started going out (time.monotonic(), like `at`)
    query: str = ""
    pieces: int = 0  # streamed chunks sent
    closed_early: bool = False  # the client closed the stream before its end

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.body.get("messages", [])

    @property
    def user_text(self) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == "user")


def request_shape(body: dict[str, Any]) -> str:
    """Which instructor mode a request was sent in."""
    if body.get("tools"):
        return "tools"
    form = body.get("response_format") or {}
    if form.get("type") == "json_object" and "schema" in form:
        return "json_object_schema"
    return {"json_schema": "json_schema", "json_object": "json"}.get(form.get("type"), "md_json")


def _answer_format(body: dict[str, Any]) -> str:
    if body.get("tools"):
        return "tools"
    if body.get("response_format"):
        return "content"
    return "markdown"  # instructor's MD_JSON mode asks for a ```json block in the messages


class FakeOpenAI:
    def __init__(
        self,
        latency: float = 0.0,
        responder: Callable[[dict[str, Any]], Reply] | None = None,
        refuse: set[str] | None = None,
        refuse_status: int = 400,
        slots: int | None = None,
        ignore_tools: bool = False,
    ) -> None:
        self.latency = latency
        self.responder = responder
        self.refuse = set(refuse or ())
        self.refuse_status = refuse_status
        self.slots = threading.Semaphore(slots) if slots else None
        self.ignore_tools = ignore_tools
        self.requests: list[Recorded] = []
        # Requests received and not yet answered. A request stops counting just before its answer
        # is written (a streamed one, before the piece that completes it), so the client cannot have seen the answer (and sent another request) while it
        # still counts: max_in_flight never exceeds what the client had in flight.
        self.in_flight = 0
        self.max_in_flight = 0
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # --- lifecycle ---

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    # --- scripting ---

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._script.extend(replies)

    @property
    def pending(self) -> int:
        return len(self._script)

    @property
    def usage_sent(self) -> dict[str, int]:
        totals = {"prompt_tokens": 0, "completion_tokens": 0}
        for request in self.requests:
            if request.usage:
                for key in totals:
                    totals[key] += request.usage[key]
        return totals

    def _next(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            if self._script:
                return self._script.popleft()
        if self.responder is not None:
            return self.responder(body)
        return Reply(status=500, error="fake server: nothing scripted for this request")

    # --- HTTP ---

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server naming
                self.slots_held(lambda: None)  # answered once a slot is free
                self._send(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

            def slots_held(self, work: Callable[[], Any]) -> Any:
                """Run `work` holding one of the server's slots (waiting for one: the queue)."""
                if fake.slots is None:
                    return work()
                with fake.slots:
                    return work()

            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    body = {}
                path, _, query = self.path.partition("?")
                record = Recorded(path, dict(self.headers), body, time.monotonic(), query=query)
                with fake._lock:
                    fake.requests.append(record)
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                self._record = record
                try:
                    self.slots_held(lambda: self._answer(record))
                finally:
                    self._answered()

            def _answered(self) -> None:
                """The current request stops counting as in flight (once)."""
                record, self._record = getattr(self, "_record", None), None
                if record is not None:
                    record.done = time.monotonic()
                    with fake._lock:
                        fake.in_flight -= 1

            def _answer(self, record: Recorded) -> None:
                body = record.body
                if not record.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {record.path}", "type": "not_found"}})
                    return
                shape = request_shape(body)
                if shape in fake.refuse:
                    message = (
                        f"{shape} is not supported by this model"
                        if fake.refuse_status < 500
                        else "request validation failed: response_format.type must be 'text' or 'json_object'"
                    )
                    self._send(fake.refuse_status, {"error": {"message": message, "type": "invalid_request_error"}})
                    return
                reply = fake._next(body)
                time.sleep(fake.latency + reply.delay)
                if reply.status != 200:
                    error = {"message": reply.error, "type": "fake_error", "code": reply.error_code}
                    self._send(reply.status, {"error": error}, reply.headers)
                    return
                if reply.body is not None:
                    self._send(200, reply.body, reply.headers)
                    return
                payload, usage = fake._completion(body, reply)
                record.usage = usage
                if body.get("stream"):
                    send_stream(self, record, payload, reply, self._answered)
                    self._answered()  # (once: a no-op if the stream said so already)
                    return
                self._send(200, payload, reply.headers)

            def _send(self, status: int, payload: dict[str, Any] | str, headers: dict[str, str] | None = None) -> None:
                raw = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
                data = raw.encode("utf-8")
                self._answered()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

        return Handler

    def _completion(self, body: dict[str, Any], reply: Reply) -> tuple[dict[str, Any], dict[str, int]]:
        message: dict[str, Any] = {"role": "assistant", "content": None}
        if reply.raw is not None:
            message["content"] = reply.raw
            answer = reply.raw
        else:
            answer = json.dumps(reply.data, ensure_ascii=False)
            kind = _answer_format(body)
            if kind == "tools" and self.ignore_tools:
                message["content"] = answer
            elif kind == "tools":
                name = body["tools"][0]["function"]["name"]
                message["tool_calls"] = [
                    {"id": "call_1", "type": "function", "function": {"name": name, "arguments": answer}}
                ]
            elif kind == "markdown":
                message["content"] = f"```json\n{answer}\n```"
            else:
                message["content"] = answer
        if reply.think is not None:
            message["content"] = f"<think>{reply.think}</think>\n" + (message["content"] or "")
        prompt = "".join(str(m.get("content") or "") for m in body.get("messages", []))
        usage = {"prompt_tokens": count_tokens(prompt), "completion_tokens": count_tokens(answer)}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        payload = {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
            "usage": usage,
        }
        return payload, usage
