"""Helpers shared by test modules: fixture files and a programmable HTTP
server on loopback.  (A module of its own: several ``conftest.py`` files exist,
so ``from support import ...`` would be ambiguous.)"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Route = Reply | Callable[[dict[str, str]], Reply]


class WebServer:
    """A loopback HTTP server whose answers the test sets per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.requests.append((self.path, headers))
                route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                reply = Reply(404, b"not found") if route is None else route
                if callable(reply):
                    reply = reply(headers)
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
                body = body.replace(b"{{BASE}}", server.base.encode())
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value.replace("{{BASE}}", server.base))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def fixture_text(name: str) -> str:
    return (FIXTURES / "web" / name).read_text(encoding="utf-8")
