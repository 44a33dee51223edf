"""Stand-ins for what cannot run here (the internet's DNS and routing) and
servers that misbehave on purpose, for the network reliability tests.

``FakeDNS`` answers from a table; ``Nat`` is an httpcore network backend
that opens every connection to the loopback test server whatever address it
is asked for, and records the addresses it was asked for: if the guard let a
private address through, the test server would answer and the record would
show it.  ``TrickleServer`` speaks just enough HTTP to be slow on purpose.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpcore

PUBLIC = "93.184.216.34"  # a globally routable address (routed to loopback by Nat)


class FakeDNS:
    """A resolver seam: ``answers[host]`` is a list of addresses, or a list of
    such lists given one per lookup (the last repeats); unknown names fail."""

    def __init__(self, answers: dict[str, Any], delay: float = 0.0) -> None:
        self.answers = answers
        self.delay = delay
        self.lookups: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        if self.delay:
            time.sleep(self.delay)
        count = sum(1 for h in self.lookups if h == host)
        self.lookups.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        answer = self.answers[host]
        if answer and isinstance(answer[0], list):
            return list(answer[min(count, len(answer) - 1)])
        return list(answer)


class Nat(httpcore.NetworkBackend):
    """Connects every address to ``port`` on 127.0.0.1 and records what was asked."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.dialed: list[str] = []
        self._real = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        self.dialed.append(host)
        return self._real.connect_tcp("127.0.0.1", self.port, timeout=timeout)


class TrickleServer:
    """A TCP server that sends ``head`` then ``trickle`` one byte every ``pause`` seconds."""

    def __init__(self, head: bytes, trickle: bytes, pause: float = 0.2) -> None:
        self.head, self.trickle, self.pause = head, trickle, pause
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/slow"
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> TrickleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            conn.recv(65536)
            conn.sendall(self.head)
            for byte in self.trickle:
                if self._stop.is_set():
                    return
                conn.sendall(bytes([byte]))
                time.sleep(self.pause)


def certificate_pair(tmp_path: Path, hostname: str) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for ``hostname`` it signed:
    returns (CA certificate, server certificate, server key) as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)

    def build(subject: str, key: Any, issuer: Any, issuer_key: Any, ca: bool) -> Any:
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(hours=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if ca:
            builder = builder.add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
        else:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(subject)]), critical=False
            )
        return builder.sign(issuer_key, hashes.SHA256())

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "PardonWatch test CA")])
    ca_cert = build("PardonWatch test CA", ca_key, ca_name, ca_key, ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = build(hostname, key, ca_name, ca_key, ca=False)
    paths = (tmp_path / "ca.pem", tmp_path / "server.pem", tmp_path / "server.key")
    paths[0].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths
