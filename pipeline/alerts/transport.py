"""Where emails go: an SMTP server, or ``.eml`` files in the outbox folder.

Both transports take an ``OutgoingMail`` (the exact bytes stored in the
ledger) so that a re-send after a crash is byte-for-byte the same email with
the same Message-ID.  Failures surface as ``DeliveryError``; the caller
records them in the ledger and retries later, unless the server refused the
mail for good.

Exceptions::

    DeliveryError        the mail was not accepted (server down, refused, disk full)
                         .server_down: the server could not be reached at all
                         .permanent:   a 5xx refusal (every recipient refused,
                                       or the sender or the data refused): a
                                       retry would get the same answer

4xx replies, dropped connections and unreachable servers are temporary.
"""

from __future__ import annotations

import contextlib
import os
import re
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pipeline.orchestration import SMTP_CONN_ID
from pipeline.settings import Settings

__all__ = [
    "DeliveryError",
    "OutboxTransport",
    "OutgoingMail",
    "SmtpConfig",
    "SmtpTransport",
    "Transport",
    "smtp_config_from_airflow",
    "smtp_config_from_connection",
    "transport_for",
    "transport_from_airflow",
]


class DeliveryError(RuntimeError):
    """One email could not be handed over; safe to retry later unless ``permanent``.

    ``server_down`` is true when the server could not be reached at all, so
    the other emails of the batch would fail the same way.  ``permanent`` is
    true when the server refused this email with a 5xx reply; the message
    then carries the server's code and text.
    """

    def __init__(self, message: str, *, server_down: bool = False, permanent: bool = False) -> None:
        super().__init__(message)
        self.server_down = server_down
        self.permanent = permanent


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """One rendered email and its envelope."""

    message_id: str
    sender: str
    recipient: str
    data: bytes


class Transport(Protocol):
    """Hands emails over; ``sender`` is the envelope and From address it uses."""

    sender: str

    def send(self, mail: OutgoingMail) -> str:
        """Deliver ``mail``; return where it went (a file path or ``smtp://host:port``)."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """How to reach the SMTP server (from Settings or an Airflow connection)."""

    host: str
    port: int = 25
    tls: str = "none"
    user: str = ""
    password: str = ""
    sender: str = "pardonwatch@localhost"
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if self.tls not in {"none", "starttls", "ssl"}:
            raise ValueError(f"tls must be none, starttls or ssl, not {self.tls!r}")

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpConfig:
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            tls=settings.smtp_tls,
            user=settings.smtp_user,
            password=settings.smtp_password,
            sender=settings.smtp_from,
        )


def smtp_config_from_connection(
    conn: Any, *, default_sender: str = "pardonwatch@localhost"
) -> SmtpConfig:
    """Build an ``SmtpConfig`` from an Airflow connection (host, port, login, password, extra).

    Follows the SMTP provider's meaning of the extras: SSL unless
    ``disable_ssl``; without SSL, STARTTLS unless ``disable_tls``;
    ``from_email`` is the sender.  Extras given as strings in a connection URI
    (``disable_ssl=true``) are read as booleans.
    """
    extra: Mapping[str, Any] = getattr(conn, "extra_dejson", None) or {}
    use_ssl = not _truthy(extra.get("disable_ssl", False))
    use_tls = not _truthy(extra.get("disable_tls", False))
    tls = "ssl" if use_ssl else "starttls" if use_tls else "none"
    port = conn.port or (465 if tls == "ssl" else 587 if tls == "starttls" else 25)
    return SmtpConfig(
        host=conn.host or "",
        port=int(port),
        tls=tls,
        user=conn.login or "",
        password=conn.password or "",
        sender=str(extra.get("from_email") or default_sender),
        timeout=float(extra.get("timeout", 30)),
    )


def smtp_config_from_airflow(
    conn_id: str = SMTP_CONN_ID, *, default_sender: str = "pardonwatch@localhost"
) -> SmtpConfig:
    """Look up Airflow connection ``conn_id`` and turn it into an ``SmtpConfig``.

    Airflow is imported here only, so the rest of the package works without it.
    """
    from airflow.sdk import BaseHook

    return smtp_config_from_connection(
        BaseHook.get_connection(conn_id), default_sender=default_sender
    )


def transport_from_airflow(
    settings: Settings, conn_id: str = SMTP_CONN_ID
) -> SmtpTransport | OutboxTransport:
    """Inside Airflow: SMTP per connection ``conn_id``; else (or hostless) ``transport_for``."""
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        config = smtp_config_from_airflow(conn_id, default_sender=settings.smtp_from)
    except AirflowNotFoundException:
        return transport_for(settings)
    return SmtpTransport(config) if config.host else transport_for(settings)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


class SmtpTransport:
    """Sends through one SMTP connection, opened at the first email and reused."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self.sender = config.sender
        self._client: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        return f"smtp://{self.config.host}:{self.config.port}"

    def _connect(self) -> smtplib.SMTP:
        cfg = self.config
        client: smtplib.SMTP
        if cfg.tls == "ssl":
            client = smtplib.SMTP_SSL(
                cfg.host, cfg.port, timeout=cfg.timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            if cfg.tls == "starttls":
                client.starttls(context=ssl.create_default_context())
        if cfg.user:
            client.login(cfg.user, cfg.password)
        return client

    def send(self, mail: OutgoingMail) -> str:
        if self._client is None:
            try:
                self._client = self._connect()
            except (smtplib.SMTPException, OSError) as exc:
                raise DeliveryError(
                    f"{self.where}: cannot connect: {type(exc).__name__}: {exc}", server_down=True
                ) from exc
        try:
            self._client.sendmail(mail.sender, [mail.recipient], mail.data)
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            refusal = _permanent_refusal(exc)
            if refusal is not None:
                raise DeliveryError(
                    f"{self.where}: refused permanently: {type(exc).__name__}: {refusal}",
                    permanent=True,
                ) from exc
            raise DeliveryError(f"{self.where}: {type(exc).__name__}: {exc}") from exc
        return self.where

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(OSError):
                client.close()

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()


def _permanent_refusal(exc: BaseException) -> str | None:
    """The server's 5xx code and text when ``exc`` refuses the email for good, else ``None``.

    Permanent: every recipient refused with 5xx, or the sender (MAIL) or the
    message (DATA) refused with 5xx.  Anything else (4xx, a dropped
    connection, a timeout) is worth another attempt.
    """
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = sorted(exc.recipients.items())
        if not replies or not all(_is_5xx(code) for code, _ in exc.recipients.values()):
            return None
        return "; ".join(f"{rcpt}: {code} {_reply_text(text)}" for rcpt, (code, text) in replies)
    if isinstance(exc, smtplib.SMTPSenderRefused) and _is_5xx(exc.smtp_code):
        return f"{exc.sender}: {exc.smtp_code} {_reply_text(exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPDataError) and _is_5xx(exc.smtp_code):
        return f"{exc.smtp_code} {_reply_text(exc.smtp_error)}"
    return None


def _is_5xx(code: int) -> bool:
    return 500 <= code < 600


def _reply_text(text: bytes | str) -> str:
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return " ".join(raw.split())


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class OutboxTransport:
    """Writes each email to ``folder/<message-id>.eml`` (rewriting is idempotent)."""

    def __init__(self, folder: Path, sender: str) -> None:
        self.folder = Path(folder)
        self.sender = sender

    def path_for(self, message_id: str) -> Path:
        stem = _UNSAFE.sub("_", message_id.strip("<>").split("@")[0]).strip("._") or "message"
        return self.folder / f"{stem}.eml"

    def send(self, mail: OutgoingMail) -> str:
        path = self.path_for(mail.message_id)
        partial = path.with_suffix(".eml.partial")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(mail.data)
            os.replace(partial, path)
        except OSError as exc:
            raise DeliveryError(f"cannot write {path}: {exc}") from exc
        return str(path)

    def close(self) -> None:
        return None


def transport_for(settings: Settings) -> SmtpTransport | OutboxTransport:
    """SMTP when ``settings.smtp_host`` is set, else the outbox folder."""
    if settings.smtp_host:
        return SmtpTransport(SmtpConfig.from_settings(settings))
    return OutboxTransport(settings.outbox_dir, settings.smtp_from)
