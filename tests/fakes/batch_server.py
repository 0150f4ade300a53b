"""A loopback fake of an OpenAI-compatible Batch API (/v1/files, /v1/batches), for tests.

    with FakeBatchAPI(responder=gold_router()) as server:
        ... OPENAI_BASE_URL=server.url ...
        server.ending = "expired"; server.answered = 2      # how the next batch ends
        server.batches, server.files, server.calls           # what the client did

A batch moves validating → in_progress → finalizing → its `ending` over `polls` retrievals, then
writes its output and error files. Each request line is answered by `responder` (a function of the
chat completions body returning a `Reply`, as `FakeOpenAI` takes), formatted the way the request asks
(tool call, JSON content or a ```json block). `fail(custom_id, body)` picks requests that fail alone
(HTTP 500 in the error file). `expired` and `cancelled` batches answer the first `answered` requests
and leave the others with an error; a `failed` batch answers none and reports `errors`.
"""

from __future__ import annotations

import email.parser
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fakes.openai_server import FakeOpenAI, Reply

_STAGES = ("validating", "in_progress", "finalizing")


class FakeBatchAPI:
    def __init__(self, responder: Callable[[dict[str, Any]], Reply] | None = None, polls: int = 3) -> None:
        self.responder = responder or (lambda body: Reply(status=500, error="nothing scripted"))
        self.polls = polls
        self.ending = "completed"
        self.answered = 0  # requests an expired or cancelled batch answers before it ends
        self.fail: Callable[[str, dict[str, Any]], bool] = lambda custom_id, body: False
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, str]] = []  # (method, path)
        self._lock = threading.Lock()
        self._formatter = FakeOpenAI()  # only its answer formatting is used; never started
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> FakeBatchAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._formatter._server.server_close()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def created(self) -> list[dict[str, Any]]:
        return [b for b in self.batches.values()]

    def request_lines(self, batch: dict[str, Any]) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.files[batch["input_file_id"]].decode("utf-8").splitlines()]

    # --- the API ---

    def _new_file(self, data: bytes, name: str, purpose: str) -> dict[str, Any]:
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = data
        return {
            "id": file_id,
            "object": "file",
            "bytes": len(data),
            "created_at": int(time.time()),
            "filename": name,
            "purpose": purpose,
            "status": "processed",
        }

    def _create(self, body: dict[str, Any]) -> dict[str, Any]:
        batch_id = f"batch_{len(self.batches) + 1}"
        lines = self.files[body["input_file_id"]].decode("utf-8").splitlines()
        batch = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body["endpoint"],
            "input_file_id": body["input_file_id"],
            "completion_window": body["completion_window"],
            "created_at": int(time.time()),
            "status": "validating",
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            "metadata": body.get("metadata"),
            "output_file_id": None,
            "error_file_id": None,
            "errors": None,
            "_polls": 0,
            "_ending": self.ending,
        }
        self.batches[batch_id] = batch
        return batch

    def _advance(self, batch: dict[str, Any]) -> None:
        if batch["status"] in ("completed", "failed", "expired", "cancelled"):
            return
        batch["_polls"] += 1
        if batch["status"] == "cancelling" or batch["_polls"] > self.polls:
            self._end(batch, "cancelled" if batch["status"] == "cancelling" else batch["_ending"])
        else:
            batch["status"] = _STAGES[min(batch["_polls"], len(_STAGES) - 1)]

    def _end(self, batch: dict[str, Any], status: str) -> None:
        batch["status"] = status
        if status == "failed":
            batch["errors"] = {
                "object": "list",
                "data": [{"code": "invalid_request", "message": "fake: the input was refused"}],
            }
            return
        out, err = [], []
        for k, line in enumerate(self.request_lines(batch)):
            custom_id, body = line["custom_id"], line["body"]
            if status in ("expired", "cancelled") and k >= self.answered:
                code = "batch_expired" if status == "expired" else "batch_cancelled"
                err.append(
                    {
                        "id": f"req_{k}",
                        "custom_id": custom_id,
                        "response": None,
                        "error": {
                            "code": code,
                            "message": f"This request could not be executed before the batch {status}.",
                        },
                    }
                )
                continue
            reply = (
                Reply(status=500, error="fake: this request failed")
                if self.fail(custom_id, body)
                else self.responder(body)
            )
            if reply.status != 200:
                err.append(
                    {
                        "id": f"req_{k}",
                        "custom_id": custom_id,
                        "error": None,
                        "response": {
                            "status_code": reply.status,
                            "request_id": f"r{k}",
                            "body": {
                                "error": {"message": reply.error, "type": "server_error", "code": reply.error_code}
                            },
                        },
                    }
                )
                continue
            payload, _ = self._formatter._completion(body, reply)
            out.append(
                {
                    "id": f"req_{k}",
                    "custom_id": custom_id,
                    "error": None,
                    "response": {"status_code": 200, "request_id": f"r{k}", "body": payload},
                }
            )
        batch["request_counts"] = {"total": len(out) + len(err), "completed": len(out), "failed": len(err)}
        for key, rows in (("output_file_id", out), ("error_file_id", err)):
            if rows:
                data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
                batch[key] = self._new_file(data, f"{batch['id']}_{key}.jsonl", "batch_output")["id"]

    @staticmethod
    def _public(batch: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, payload: Any, raw: bytes | None = None) -> None:
                data = raw if raw is not None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/octet-stream" if raw is not None else "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _route(self, method: str) -> None:
                path = self.path.split("?", 1)[0].rstrip("/")
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length) if length else b""
                with fake._lock:
                    fake.calls.append((method, path))
                    parts = path.split("/")[2:]  # after /v1
                    if method == "POST" and parts == ["files"]:
                        head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
                        message = email.parser.BytesParser().parsebytes(head + data)
                        fields = {p.get_param("name", header="content-disposition"): p for p in message.get_payload()}
                        upload = fields["file"]
                        purpose = fields["purpose"].get_payload(decode=True).decode()
                        return self._send(
                            200, fake._new_file(upload.get_payload(decode=True), upload.get_filename(), purpose)
                        )
                    if method == "GET" and len(parts) == 3 and parts[0] == "files" and parts[2] == "content":
                        if parts[1] not in fake.files:
                            return self._send(404, {"error": {"message": "no such file"}})
                        return self._send(200, None, fake.files[parts[1]])
                    if method == "POST" and parts == ["batches"]:
                        return self._send(200, fake._public(fake._create(json.loads(data))))
                    if len(parts) >= 2 and parts[0] == "batches" and parts[1] in fake.batches:
                        batch = fake.batches[parts[1]]
                        if method == "POST" and parts[2:] == ["cancel"]:
                            batch["status"] = "cancelling"
                        elif method == "GET" and len(parts) == 2:
                            fake._advance(batch)
                        return self._send(200, fake._public(batch))
                    return self._send(404, {"error": {"message": f"no route {method} {path}", "type": "not_found"}})

            def do_GET(self) -> None:  # noqa: N802
                self._route("GET")

            def do_POST(self) -> None:  # noqa: N802
                self._route("POST")

        return Handler
