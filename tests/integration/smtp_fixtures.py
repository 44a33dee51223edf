"""A real SMTP server on loopback (aiosmtpd) that records what it receives.

Import the fixture into a test module (``from smtp_fixtures import
smtp_server_fixture``; it registers as ``smtp_server``).  ``SmtpSink`` can
also be started late, on a port chosen earlier, to play a server that was
down and came back, and can answer the sender (``mail_reply``), chosen
recipients (``rcpt_replies``) or every message (``data_reply``) with a refusal
such as ``550 5.1.1 No such user``.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator, Mapping
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

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        if self.sink.mail_reply is not None:
            self.sink.refused.append((address, self.sink.mail_reply))
            return self.sink.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        reply = self.sink.rcpt_replies.get(address)
        if reply is not None:
            self.sink.refused.append((address, reply))
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.sink.data_reply is not None:
            self.sink.refused.append((",".join(envelope.rcpt_tos), self.sink.data_reply))
            return self.sink.data_reply
        self.sink.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
        )
        return "250 Message accepted for delivery"


class SmtpSink:
    """An SMTP server on ``127.0.0.1:port`` keeping every message in ``received``.

    ``mail_reply`` replaces the ``250 OK`` to MAIL FROM, ``rcpt_replies`` maps
    addresses to the reply their RCPT TO gets instead, and ``data_reply``
    replaces the ``250`` after DATA.  Each refusal is kept in ``refused`` as
    (address or recipients, reply).
    """

    def __init__(
        self,
        port: int | None = None,
        *,
        mail_reply: str | None = None,
        rcpt_replies: Mapping[str, str] | None = None,
        data_reply: str | None = None,
    ) -> None:
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.mail_reply = mail_reply
        self.rcpt_replies = dict(rcpt_replies or {})
        self.data_reply = data_reply
        self.received: list[Received] = []
        self.refused: list[tuple[str, str]] = []
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
