"""The one seam to the network: an HTTP client we control.

Every request goes through ``HttpClient.get``: connect and read timeouts and
one overall deadline per GET (redirects included, so a server trickling a byte
a second is cut off), a body size cap enforced while streaming, redirects
followed by hand (so a permanent move can be recorded and every hop is
checked), and a per-host gate that limits concurrency and spaces requests.
Connections go through :class:`pipeline.network.GuardedBackend`: one DNS
lookup per connection, every address globally routable unless settings allow
private networks, and the socket opened to the address that was checked.
Failures never raise: they come back as a ``FetchResult`` with a one-line
``error`` naming the URL.
"""

from __future__ import annotations

import functools
import ssl
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpcore

from pipeline._httpx import httpx
from pipeline.network import GuardedBackend, Refused, Resolver, Unresolved, deadline
from pipeline.settings import Settings
from pipeline.urls import URLError, check_url, host_of

__all__ = ["FetchResult", "HostGate", "HttpClient", "preload_tls", "retry_after"]

MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one GET produced.  ``error`` is set when there is no usable body."""

    url: str
    final_url: str
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None
    permanent_redirect: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300


def retry_after(value: str | None, now: datetime) -> datetime | None:
    """Parse a Retry-After header (seconds or an HTTP date) into a moment."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(when, now)


class HostGate:
    """At most ``limit`` requests in flight per host, ``delay`` seconds apart."""

    def __init__(self, limit: int, delay: float) -> None:
        self._limit = max(1, limit)
        self._delay = max(0.0, delay)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            sem = self._slots.setdefault(host, threading.Semaphore(self._limit))
        with sem:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self._delay
            if start > now:
                time.sleep(start - now)
            yield


_SYSTEM_CONTEXT_LOCK = threading.Lock()


@functools.cache
def _load_system_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()


def _system_context() -> ssl.SSLContext:
    """The system's CAs, loaded once per process (15-60 ms a load) and
    shared by every client: an SSL context is safe to share between threads."""
    with _SYSTEM_CONTEXT_LOCK:  # a load already started is waited for, not repeated
        return _load_system_context()


def preload_tls() -> None:
    """Start loading the system's CAs in a background thread: a poll does it
    while it reads the feeds' state (OpenSSL reads the file without the GIL)."""
    threading.Thread(target=_system_context, name="tls-preload", daemon=True).start()


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport, over a connection pool that connects through ``backend``.

    httpx 0.28 takes no network backend, so the pool it built is replaced by
    an httpcore pool with the same limits and ours; httpx's mapping of
    httpcore errors to its own is kept.
    """

    def __init__(
        self, backend: GuardedBackend, limits: httpx.Limits, verify: ssl.SSLContext | bool
    ) -> None:
        if verify is True:
            verify = _system_context()
        elif not isinstance(verify, ssl.SSLContext):
            verify = httpx.create_ssl_context(verify=verify)
        # given a context, httpx loads no certificates of its own
        super().__init__(limits=limits, trust_env=False, verify=verify)
        self._pool = httpcore.ConnectionPool(
            ssl_context=verify,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


class HttpClient:
    """A thread-safe GET client; one per run, closed at the end.

    ``resolver`` replaces the system's DNS lookups and ``network`` the backend
    that opens sockets (tests route made-up public addresses to loopback
    with them); ``verify`` is the TLS context (default: the system's CAs).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        resolver: Resolver | None = None,
        network: httpcore.NetworkBackend | None = None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.settings = settings
        self.gate = HostGate(settings.per_host_concurrency, settings.per_host_delay)
        self.backend = GuardedBackend(
            allow_private=settings.allow_private_networks, resolver=resolver, inner=network
        )
        limits = httpx.Limits(max_connections=settings.max_concurrency)
        self._client = httpx.Client(
            timeout=httpx.Timeout(
                connect=settings.connect_timeout,
                read=settings.read_timeout,
                write=settings.read_timeout,
                pool=settings.connect_timeout + settings.read_timeout,
            ),
            headers={"User-Agent": settings.user_agent},
            follow_redirects=False,
            transport=_GuardedTransport(self.backend, limits, verify),
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()
        self.backend.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, *, max_bytes: int, headers: Mapping[str, str] | None = None
    ) -> FetchResult:
        """GET ``url`` following up to five redirects; never raises for network errors.

        The hops together get ``settings.request_deadline`` seconds on the
        network (waiting for a per-host slot does not count): DNS, connect,
        TLS, headers and body alike.
        """
        current = url
        permanent: str | None = None
        budget = self.settings.request_deadline
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                current = check_url(current)
            except URLError as exc:
                where = "not a usable URL" if current == url else "redirect to an unusable URL"
                return FetchResult(url, current, error=f"{url}: {where}: {exc}")
            host = host_of(current)
            try:
                with self.gate.slot(host):
                    started = time.monotonic()
                    try:
                        with deadline(budget):
                            status, resp_headers, body = self._get_once(current, headers, max_bytes)
                    finally:
                        budget -= time.monotonic() - started
            except Unresolved as exc:
                return FetchResult(url, current, error=f"{current}: {exc}")
            except Refused as exc:
                return FetchResult(url, current, error=f"{current}: refused: {exc}")
            except _TooLarge:
                return FetchResult(
                    url, current, error=f"{current}: body larger than {max_bytes} bytes, not read"
                )
            except httpx.TimeoutException as exc:
                if budget <= 0:
                    limit = self.settings.request_deadline
                    error = f"{current}: gave up at the {limit:g} s request deadline"
                    return FetchResult(url, current, error=error)
                detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                return FetchResult(url, current, error=f"{current}: timed out ({detail})")
            except httpx.HTTPError as exc:
                return FetchResult(url, current, error=f"{current}: {_describe(exc)}")
            except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
                # ``current`` passed check_url: httpx read a Location it cannot parse
                return FetchResult(
                    url, current, error=f"{current}: redirect to an unusable URL ({exc})"
                )
            if status in REDIRECTS and resp_headers.get("location"):
                target = urljoin(current, resp_headers["location"])
                if status in {301, 308} and current == (permanent or url):
                    permanent = target
                current = target
                continue
            return FetchResult(
                url,
                current,
                status=status,
                headers=resp_headers,
                body=body,
                permanent_redirect=permanent,
            )
        return FetchResult(url, current, error=f"{url}: more than {MAX_REDIRECTS} redirects")

    def _get_once(
        self, url: str, headers: Mapping[str, str] | None, max_bytes: int
    ) -> tuple[int, dict[str, str], bytes]:
        with self._client.stream("GET", url, headers=dict(headers or {})) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _TooLarge
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise _TooLarge
                chunks.append(chunk)
            lowered = {k.lower(): v for k, v in response.headers.items()}
            return response.status_code, lowered, b"".join(chunks)


class _TooLarge(Exception):
    pass


def _describe(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if (
        "name or service not known" in lowered
        or "nodename nor servname" in lowered
        or "getaddrinfo" in lowered
    ):
        return f"DNS lookup failed ({text})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({text})"
    return f"{type(exc).__name__}: {text}"
