"""A small DevTools-protocol driver for the system's headless Chromium, standard library only.

Chromium is started with `--remote-debugging-pipe`: commands go in on its fd 3 and answers and events
come out on fd 4, as NUL-terminated JSON. No port, no websocket library and no browser download.
One page (a flattened target session) per `Chromium`; downloads land in `downloads`.
"""

from __future__ import annotations

import fcntl
import json
import os
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

WAIT = 30.0  # seconds before a wait gives up (a failure, never a measurement)


def _high(fd: int) -> int:
    """The same pipe end moved to fd >= 10, so the child's dup2 onto 3 and 4 never overwrites it."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class CDPError(RuntimeError):
    """The browser answered a command with an error, or a script threw."""


class Chromium:
    def __init__(self, binary: str, profile: Path, downloads: Path) -> None:
        to_child, self._writer = (_high(fd) for fd in os.pipe())
        self._reader, from_child = (_high(fd) for fd in os.pipe())

        def fds() -> None:  # runs in the child: its fd 3 reads our commands, fd 4 carries its answers
            os.dup2(to_child, 3)
            os.dup2(from_child, 4)

        command = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-sync",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-dev-shm-usage",
            "--window-size=1280,800",
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=fds,
            close_fds=False,
        )
        os.close(to_child)
        os.close(from_child)
        self._next = 0
        self._answers: dict[int, queue.Queue] = {}
        self.events: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.downloads = downloads
        self.send(
            "Browser.setDownloadBehavior",
            {"behavior": "allowAndName", "downloadPath": str(downloads), "eventsEnabled": True},
        )
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=True)

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._reader, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                if "id" in message and message["id"] in self._answers:
                    self._answers[message["id"]].put(message)
                else:
                    self.events.put(message)

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = False) -> dict[str, Any]:
        """Send one command (to the page's session when `session`) and return its result."""
        self._next += 1
        answer: queue.Queue = queue.Queue()
        self._answers[self._next] = answer
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._writer, json.dumps(message).encode() + b"\0")
        reply = answer.get(timeout=WAIT)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}")
        return reply["result"]

    def js(self, expression: str) -> Any:
        """The value of a script run in the page (promises awaited)."""
        result = self.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session=True
        )
        if "exceptionDetails" in result:
            raise CDPError(
                result["exceptionDetails"].get("exception", {}).get("description") or str(result["exceptionDetails"])
            )
        return result["result"].get("value")

    def wait_for(self, expression: str) -> Any:
        """Poll a script until it returns something truthy."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                value = self.js(expression)
            except CDPError:
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"never true: {expression}")

    def open(self, url: str) -> None:
        """Load a page and wait until its script has run (body[data-ready])."""
        self.js("window.__left = true")  # so the old page (perhaps the same URL) is never taken for the new one
        self.send("Page.navigate", {"url": url}, session=True)
        self.wait_for(
            f"!window.__left && location.href === {json.dumps(url)} && document.body && document.body.dataset.ready === '1'"
        )
        self._painted()

    def _painted(self) -> None:
        """Wait for two animation frames: Chromium drops mouse input that arrives before the first paint."""
        self.js("new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(done); }); })")

    def reload(self) -> None:
        self.js("window.__left = true")
        self.send("Page.reload", session=True)
        self.wait_for("!window.__left && document.body && document.body.dataset.ready === '1'")
        self._painted()

    def click(self, selector: str) -> None:
        """A real mouse click (press and release) at the middle of the element."""
        box = self.js(
            f"(function(){{var e=document.querySelector({json.dumps(selector)}); e.scrollIntoView({{block:'center'}});"
            "window.__clicked=false; e.addEventListener('click', function(){window.__clicked=true;}, {once:true, capture:true});"
            "var r=e.getBoundingClientRect(); return [r.left+r.width/2, r.top+r.height/2];})()"
        )
        self._painted()
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1},
                session=True,
            )
        self.wait_for("window.__clicked")  # the click reached the element, not something else

    def type_into(self, selector: str, text: str) -> None:
        """Replace a field's value by typing, then leave it (which fires `change`)."""
        target = f"document.querySelector({json.dumps(selector)})"
        self.js(
            f"(function(){{var e={target}; e.scrollIntoView({{block:'center'}}); e.focus(); e.select && e.select();}})()"
        )
        self._painted()
        self.wait_for(f"document.activeElement === {target}")
        if text:
            self.send("Input.insertText", {"text": text}, session=True)
        else:
            self.send(
                "Input.dispatchKeyEvent",
                {"type": "keyDown", "key": "Delete", "code": "Delete", "windowsVirtualKeyCode": 46},
                session=True,
            )
            self.send(
                "Input.dispatchKeyEvent",
                {"type": "keyUp", "key": "Delete", "code": "Delete", "windowsVirtualKeyCode": 46},
                session=True,
            )
        self.wait_for(f"{target}.value === {json.dumps(text)}")
        self.js(f"{target}.blur()")

    def choose(self, selector: str, value: str) -> None:
        """Pick an option of a <select> as a user would (value set, `change` fired)."""
        self.js(
            f"(function(){{var e=document.querySelector({json.dumps(selector)}); e.value={json.dumps(value)};"
            "e.dispatchEvent(new Event('change', {bubbles: true}));})()"
        )

    def select_text(self, doc: int, needle: str) -> str:
        """Select the first occurrence of `needle` in document `doc`'s source pane; returns the selection."""
        return self.js(f"""(function(){{
          var pre = document.querySelector('#doc-{doc} .text pre'), walk = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
          var nodes = [], node, pos = 0;
          while ((node = walk.nextNode())) {{ nodes.push([node, pos]); pos += node.data.length; }}
          var a = pre.textContent.indexOf({json.dumps(needle)}), b = a + {json.dumps(needle)}.length;
          function at(o) {{ for (var i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= o) return [nodes[i][0], o - nodes[i][1]]; }}
          var s = at(a), e = at(b), range = document.createRange();
          range.setStart(s[0], s[1]); range.setEnd(e[0], e[1]);
          var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range); return sel.toString();
        }})()""")

    def download(self) -> tuple[str, bytes]:
        """(suggested file name, content) of the next download the page starts."""
        names: dict[str, str] = {}
        seen: list[str] = []
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                event = self.events.get(timeout=0.5)
            except queue.Empty:
                continue
            params = event.get("params", {})
            seen.append(event.get("method", "?"))
            if event.get("method") == "Browser.downloadWillBegin":
                names[params["guid"]] = params["suggestedFilename"]
            elif event.get("method") == "Browser.downloadProgress" and params.get("state") == "completed":
                return names.get(params["guid"], ""), (self.downloads / params["guid"]).read_bytes()
        raise TimeoutError(f"no download completed; events: {sorted(set(seen))}")

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (CDPError, queue.Empty, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._writer)
        os.close(self._reader)
