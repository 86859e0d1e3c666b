"""A minimal Language Server Protocol client: it starts `factlint-lsp` as an editor does and
speaks JSON-RPC to it over the process's standard input and output (tests, bench/lsp.py)."""
from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path


def server_command() -> list[str]:
    """The installed console script (next to this Python), as an editor would start it."""
    script = Path(sys.executable).with_name("factlint-lsp")
    if script.exists():
        return [str(script)]
    found = shutil.which("factlint-lsp")
    if found:
        return [found]
    return [sys.executable, "-m", "checker.lsp"]


class Client:
    def __init__(self, cwd: str | None = None, command: list[str] | None = None) -> None:
        self.process = subprocess.Popen(command or server_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        self.messages: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self._id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                key, _, value = line.partition(":")
                headers[key.lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put((time.perf_counter(), json.loads(body)))

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict, timeout: float = 60) -> dict:
        self._id += 1
        self._send({"id": self._id, "method": method, "params": params})
        message = self._next(lambda m: m.get("id") == self._id and "method" not in m, timeout)
        if "error" in message:
            raise RuntimeError(f"{method}: {message['error']}")
        return message.get("result")

    def wait_for(self, method: str, predicate=lambda params: True, timeout: float = 60) -> dict:
        """The next notification `method` (from the server) whose params satisfy `predicate`."""
        for i, m in enumerate(self.notifications):
            if m["method"] == method and predicate(m["params"]):
                del self.notifications[i]
                return m["params"]
        return self._next(lambda m: m.get("method") == method and "id" not in m and predicate(m["params"]), timeout)["params"]

    def _next(self, wanted, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no answer from the language server; stderr: {self._stderr()}")
            try:
                self.received_at, message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if wanted(message):
                return message
            if "method" in message and "id" in message:  # a request from the server: answer it
                self._send({"id": message["id"], "result": None})
            elif "method" in message:
                self.notifications.append(message)

    def _stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return self.process.stderr.read().decode("utf-8", "replace")[-2000:]

    def initialize(self, root: str | None = None, options: dict | None = None, capabilities: dict | None = None) -> dict:
        result = self.request("initialize", {
            "processId": None,
            "rootUri": Path(root).as_uri() if root else None,
            "capabilities": capabilities or {},
            "initializationOptions": options or {},
        })
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, language: str = "plaintext", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}})

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 60) -> list[dict]:
        return self.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri and (version is None or p.get("version") == version), timeout)["diagnostics"]

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.request("shutdown", None, timeout=10)
                self.notify("exit", None)
                self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()
        finally:
            for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
                try:
                    stream.close()
                except Exception:
                    pass
