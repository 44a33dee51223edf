"""The bundled sample newsroom, served on loopback for the demo and tests.

Each outlet in ``samples/newsroom/newsroom.yaml`` gets its own small HTTP
server on its own loopback address (127.0.0.21, .22, ...), so outlets have
distinct hosts as real sites do.  In every ``.xml`` and ``.html`` file,
``{{BASE}}`` becomes the outlet's base URL and ``{{BASE:slug}}`` another
outlet's.  Feeds answer conditional GETs (ETag, Last-Modified) with 304.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import yaml

from pipeline.feeds import dump_feeds_yaml
from pipeline.models import Feed
from pipeline.settings import PROJECT_ROOT

__all__ = ["NEWSROOM_DIR", "Newsroom", "NewsroomError", "Outlet", "serve_newsroom"]

NEWSROOM_DIR = PROJECT_ROOT / "samples" / "newsroom"
_PLACEHOLDER = re.compile(r"\{\{BASE(?::([a-z0-9-]+))?\}\}")
_TYPES = {".xml": "application/xml", ".html": "text/html", ".htm": "text/html", ".opml": "text/xml"}
_STARTED = formatdate(usegmt=True)


class NewsroomError(RuntimeError):
    """The newsroom cannot be served as asked (its fixed port is taken)."""


@dataclass(frozen=True, slots=True)
class Outlet:
    slug: str
    name: str
    language: str | None
    base_url: str
    feed_url: str


@dataclass(frozen=True, slots=True)
class Newsroom:
    outlets: tuple[Outlet, ...]

    @property
    def feeds(self) -> list[Feed]:
        return [
            Feed(url=o.feed_url, name=o.name, language=o.language, tags=("sample",), verified=True)
            for o in self.outlets
        ]

    def write_feeds_yaml(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump_feeds_yaml(self.feeds), encoding="utf-8")
        return path


class _Handler(BaseHTTPRequestHandler):
    root: ClassVar[Path]
    bases: ClassVar[dict[str, str]]
    own: ClassVar[str]

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        target = (self.root / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or self.root.resolve() not in target.parents:
            self.send_error(404)
            return
        body = target.read_bytes()
        if target.suffix in _TYPES:
            text = body.decode("utf-8")
            text = _PLACEHOLDER.sub(lambda m: self.bases.get(m.group(1) or self.own, ""), text)
            body = text.encode("utf-8")
        etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header(
            "Content-Type",
            _TYPES.get(target.suffix, "application/octet-stream") + "; charset=utf-8",
        )
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", _STARTED)
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_newsroom(
    root: Path = NEWSROOM_DIR, *, first_address: int = 21, port: int = 0
) -> Iterator[Newsroom]:
    """Serve every outlet of ``root`` on its own loopback address until exit.

    With ``port`` set, every outlet listens on that port, so repeated demos
    see the same URLs (and store nothing twice); when it is taken,
    ``NewsroomError`` says so instead of serving on other URLs.  ``port=0``
    picks free ports (tests).
    """
    config = yaml.safe_load((root / "newsroom.yaml").read_text(encoding="utf-8"))
    outlets_cfg = config["outlets"]
    servers: list[tuple[dict[str, Any], ThreadingHTTPServer]] = []
    with ExitStack() as stack:
        for index, outlet in enumerate(outlets_cfg):
            address = f"127.0.0.{first_address + index}"
            try:
                server = ThreadingHTTPServer((address, port), _Handler)
            except OSError as exc:
                if not port:
                    raise
                raise NewsroomError(
                    f"cannot serve the sample newsroom on {address}:{port}"
                    f" ({exc.strerror or exc}): is another demo running? Stop it and"
                    " try again (a different port would give every page new URLs)"
                ) from exc
            server.daemon_threads = True
            stack.callback(server.server_close)
            servers.append((outlet, server))
        bases = {
            outlet["slug"]: f"http://{server.server_address[0]!s}:{server.server_address[1]}"
            for outlet, server in servers
        }
        outlets = []
        for outlet, server in servers:
            handler = type(
                f"Handler_{outlet['slug'].replace('-', '_')}",
                (_Handler,),
                {"root": root / outlet["slug"], "bases": bases, "own": outlet["slug"]},
            )
            server.RequestHandlerClass = handler
            thread = threading.Thread(
                target=server.serve_forever, name=f"newsroom-{outlet['slug']}", daemon=True
            )
            thread.start()
            stack.callback(server.shutdown)
            base = bases[outlet["slug"]]
            outlets.append(
                Outlet(
                    slug=outlet["slug"],
                    name=outlet.get("name", outlet["slug"]),
                    language=outlet.get("language"),
                    base_url=base,
                    feed_url=f"{base}/{outlet['feed'].lstrip('/')}",
                )
            )
        yield Newsroom(tuple(outlets))
