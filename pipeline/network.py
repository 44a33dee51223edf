"""Below the HTTP client: which addresses may be reached, and how long a request may take.

:class:`GuardedBackend` is the httpcore network backend that
:class:`pipeline.http.HttpClient` connects through.  For every new connection
it resolves the host once (through a :data:`Resolver`, the system's by
default), refuses the connection unless every address is globally routable
(when private networks are not allowed), and then connects to one of the
addresses it checked, never to a second lookup's answer, so a name that
changes its answer between the check and the connection (DNS rebinding) gets
nowhere.  TLS still runs over that socket with the URL's host name, so the
certificate is verified against the name, not the address.

Every stream it opens obeys the deadline set with :func:`deadline`: each
read, write, TLS handshake and the DNS lookup get at most the time left, so
a server that trickles one byte a second is cut off when the deadline passes
instead of resetting a per-read timeout forever.

Exceptions, all ``httpcore`` errors or :class:`Refused`:

    Refused                   the address is not one we may reach
      Unresolved              the name does not resolve (fail closed)
    httpcore.ConnectTimeout   the deadline passed while resolving or connecting
    httpcore.ReadTimeout      ... while waiting for the server
    httpcore.WriteTimeout     ... while sending
"""

from __future__ import annotations

import contextvars
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from typing import Any

import httpcore

__all__ = [
    "GuardedBackend",
    "Refused",
    "Resolver",
    "Unresolved",
    "deadline",
    "literal_address",
    "refusal",
    "system_resolver",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
"""``(host, port) -> addresses``: raises ``OSError`` when the name does not resolve."""

_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
# not globally reachable per the IANA registries, yet ``is_global`` in Python 3.11 says so
_NOT_GLOBAL = (ipaddress.ip_network("192.0.0.0/24"),)
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "pardonwatch_request_deadline", default=None
)


class Refused(Exception):
    """A connection that the address policy does not allow."""


class Unresolved(Refused):
    """The host name does not resolve; nothing is fetched."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``getaddrinfo`` gives for ``host`` (TCP), in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def literal_address(host: str) -> IPAddress | None:
    """The address ``host`` denotes when it is written as one, else ``None``.

    Besides the usual forms this reads what ``getaddrinfo`` would read as an
    IPv4 address: decimal (``2130706433``), hexadecimal (``0x7f000001``),
    octal (``0177.0.0.1``) and short (``127.1``) forms.
    """
    text = host.strip("[]")
    try:
        return ipaddress.ip_address(text.replace("%25", "%"))
    except ValueError:
        pass
    if text and all(c in "0123456789abcdefABCDEFxX." for c in text):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(text))
        except OSError:
            return None
    return None


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, NAT64), if any."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if any(address in net for net in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched from, or ``None`` when it is globally routable."""
    inner = _embedded_ipv4(address)
    if inner is not None:
        reason = refusal(inner)
        return f"it carries {inner}, and {reason}" if reason else None
    if isinstance(address, ipaddress.IPv6Address) and address in _IPV4_COMPATIBLE:
        return "an IPv4-compatible IPv6 address (deprecated, not routable)"
    if address.is_multicast:
        return "a multicast address"
    if not address.is_global or any(address in net for net in _NOT_GLOBAL):
        return "not a globally routable address"
    return None


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Streams opened by :class:`GuardedBackend` give up ``seconds`` from now."""
    token = _DEADLINE.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left of the deadline; raise ``error`` once it passed."""
    end = _DEADLINE.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise error("the request deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the current deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        wrapped = self._inner.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(wrapped)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Resolve once, check every address, connect to a checked one, within the deadline.

    ``inner`` is the backend that opens sockets (httpcore's ``SyncBackend``);
    it is only ever given an IP address, never a name.
    """

    def __init__(
        self,
        *,
        allow_private: bool,
        resolver: Resolver | None = None,
        inner: httpcore.NetworkBackend | None = None,
        lookups: int = 4,
    ) -> None:
        self.allow_private = allow_private
        self.resolver = resolver or system_resolver
        self.inner = inner or httpcore.SyncBackend()
        self._lookups = ThreadPoolExecutor(max_workers=lookups, thread_name_prefix="dns")

    def close(self) -> None:
        self._lookups.shutdown(wait=False, cancel_futures=True)

    def addresses(self, host: str, port: int, timeout: float | None = None) -> list[IPAddress]:
        """The checked addresses to connect to for ``host``; raise ``Refused`` otherwise."""
        literal = literal_address(host)
        if literal is not None:
            found = [literal]
        else:
            found = [self._parse(host, a) for a in self._resolve(host, port, timeout)]
        if not found:
            raise Unresolved(f"DNS lookup failed for {host}: no address")
        if not self.allow_private:
            for address in found:
                reason = refusal(address)
                if reason:
                    shown = host if literal is not None else f"{host} resolves to {address}"
                    raise Refused(
                        f"{shown}: {reason} (set PARDONWATCH_ALLOW_PRIVATE_NETWORKS=true "
                        "to allow private networks)"
                    )
        return found

    def _resolve(self, host: str, port: int, timeout: float | None) -> list[str]:
        future = self._lookups.submit(self.resolver, host, port)
        try:
            return list(future.result(timeout=_left(timeout, httpcore.ConnectTimeout)))
        except FutureTimeout as exc:
            future.cancel()
            raise httpcore.ConnectTimeout(f"DNS lookup of {host} took too long") from exc
        except (OSError, UnicodeError) as exc:
            raise Unresolved(f"DNS lookup failed for {host} ({exc})") from exc

    @staticmethod
    def _parse(host: str, text: str) -> IPAddress:
        try:
            return ipaddress.ip_address(text.split("%")[0])
        except ValueError as exc:
            raise Refused(f"{host} resolves to {text!r}, not an IP address") from exc

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.addresses(host, port, timeout):
            try:
                stream = self.inner.connect_tcp(
                    str(address),
                    port,
                    timeout=_left(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                last = exc
                continue
            return _DeadlineStream(stream)
        assert last is not None
        raise last

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise Refused(f"unix socket {path}: not a network address")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
