"""A real SMTP server on loopback (aiosmtpd) that records what it receives.

Import the fixture into a test module (``from smtp_fixtures import
smtp_server_fixture``; it registers as ``smtp_server``).  ``SmtpSink`` can
also be started late, on a port chosen earlier, to play a server that was
down and came back.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any, cast

import pytest
from aiosmtpd.controller import Controller

__all__ = ["Received", "SmtpSink", "free_port", "smtp_server_fixture"]


def free_port() -> int:
    """A loopback port nobody listens on (aiosmtpd cannot start on port 0)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return cast(EmailMessage, message_from_bytes(self.data, policy=policy.default))


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.sink.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
        )
        return "250 Message accepted for delivery"


class SmtpSink:
    """An SMTP server on ``127.0.0.1:port`` keeping every message in ``received``."""

    def __init__(self, port: int | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.received: list[Received] = []
        self._controller: Controller | None = None

    def start(self) -> SmtpSink:
        self._controller = Controller(_Handler(self), hostname=self.host, port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def messages(self) -> list[EmailMessage]:
        return [r.message for r in self.received]


@pytest.fixture(name="smtp_server")
def smtp_server_fixture() -> Iterator[SmtpSink]:
    """A running ``SmtpSink``, stopped after the test."""
    sink = SmtpSink().start()
    try:
        yield sink
    finally:
        sink.stop()
