"""One typed settings object, every default in one place.

Each field reads an environment variable named ``PARDONWATCH_<FIELD>`` (upper
case).  The README's configuration table is generated from ``FIELDS`` and a
test checks that it matches, so the two cannot drift apart.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.orchestration import DIGEST_SCHEDULE, INGEST_SCHEDULE

__all__ = ["PROJECT_ROOT", "Settings", "SettingsError", "env_name", "settings_table"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PREFIX = "PARDONWATCH_"


class SettingsError(ValueError):
    """An environment variable holds a value that cannot be used."""


def _doc(text: str, default: Any) -> Any:
    return field(default=default, metadata={"doc": text})


@dataclass(frozen=True)
class Settings:
    """Where data lives, how the network is used, and where mail goes."""

    data_dir: Path = _doc("Folder for the database, staged batches, outbox", Path("data"))
    db: Path = _doc("DuckDB file the pipeline writes (default: DATA_DIR/pardonwatch.duckdb)", None)
    published_db: Path = _doc(
        "Read-only copy for analysts (default: published/NAME beside the database)", None
    )
    feeds: Path = _doc("Feed list (YAML)", PROJECT_ROOT / "feeds.yaml")
    subscribers: Path = _doc(
        "Alert recipients and their filters (YAML)", PROJECT_ROOT / "subscribers.yaml"
    )
    outbox_dir: Path = _doc(
        "Folder for .eml files when no SMTP host is set (default: outbox/ beside the database)",
        None,
    )
    report_dir: Path = _doc(
        "Static report refreshed after each publish (default: report/ beside the database)",
        None,
    )
    allow_private_networks: bool = _doc(
        "Allow fetching from loopback, private and link-local addresses", False
    )
    user_agent: str = _doc(
        "User-Agent sent with every request", "PardonWatch/0.1 (+https://github.com/pardonwatch)"
    )
    connect_timeout: float = _doc("Seconds to wait for a TCP/TLS connection", 5.0)
    read_timeout: float = _doc("Seconds to wait for each read from a server", 15.0)
    request_deadline: float = _doc(
        "Most seconds one GET may take on the network, redirects, headers and body included",
        60.0,
    )
    max_feed_bytes: int = _doc("Largest feed body accepted, in bytes", 5_000_000)
    max_page_bytes: int = _doc("Largest article page accepted, in bytes", 5_000_000)
    max_concurrency: int = _doc("Requests in flight at once, all hosts together", 8)
    per_host_concurrency: int = _doc("Requests in flight at once to one host", 2)
    per_host_delay: float = _doc("Seconds between two requests to the same host", 0.5)
    poll_interval: int = _doc("Seconds between two polls of a healthy feed", 3600)
    backoff_base: int = _doc("Seconds of back-off after a feed's first failure (doubles)", 900)
    backoff_max: int = _doc("Longest back-off for a failing feed, in seconds", 86400)
    min_text_chars: int = _doc(
        "Shorter extractions fall back to recall mode, then the feed summary", 250
    )
    max_entries_per_feed: int = _doc("Newest entries read from one feed per poll", 200)
    max_import_line_bytes: int = _doc(
        "Longest line of a JSON Lines import file, in bytes (longer lines are refused)", 20_000_000
    )
    near_duplicate_containment: float = _doc(
        "Share of the shorter text's word 4-shingles found in the other for one story", 0.5
    )
    smtp_host: str = _doc("SMTP server; empty writes .eml files to the outbox", "")
    smtp_port: int = _doc("SMTP port", 25)
    smtp_tls: str = _doc("none, starttls or ssl", "none")
    smtp_user: str = _doc("SMTP user name (empty: no login)", "")
    smtp_password: str = _doc("SMTP password", "")
    smtp_from: str = _doc("Sender address of alerts", "pardonwatch@localhost")
    alert_min_confidence: float = _doc("Events below this confidence send no instant alert", 0.6)
    alert_max_attempts: int = _doc("Delivery attempts before an alert is marked failed", 8)
    airflow_home: Path = _doc(
        "AIRFLOW_HOME of the embedded default (SQLite metadata; the demo keeps its own)",
        PROJECT_ROOT / ".airflow",
    )
    schedule: str = _doc("Airflow schedule of the ingest DAG (cron or preset)", INGEST_SCHEDULE)
    digest_schedule: str = _doc("Airflow schedule of the digest DAG", DIGEST_SCHEDULE)

    def __post_init__(self) -> None:
        data_dir = Path(self.data_dir)
        object.__setattr__(self, "data_dir", data_dir)
        # the companions of a database live beside it, wherever it is: for the
        # default DATA_DIR/pardonwatch.duckdb that is DATA_DIR/published/... as always
        db = data_dir / "pardonwatch.duckdb" if self.db in (None, "") else Path(self.db)
        defaults = {
            "db": db,
            "published_db": db.parent / "published" / db.name,
            "outbox_dir": db.parent / "outbox",
            "report_dir": db.parent / "report",
        }
        for name, value in defaults.items():
            current = getattr(self, name)
            object.__setattr__(self, name, value if current in (None, "") else Path(current))
        for name in ("feeds", "subscribers", "airflow_home"):
            object.__setattr__(self, name, Path(getattr(self, name)))
        if self.smtp_tls not in {"none", "starttls", "ssl"}:
            raise SettingsError(f"smtp_tls must be none, starttls or ssl, not {self.smtp_tls!r}")

    @property
    def staging_dir(self) -> Path:
        """Staged batches of runs, beside the database (interrupted runs resume from here)."""
        return self.db.parent / "staging"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``PARDONWATCH_*`` variables, then ``overrides``.

        An override of ``db`` naming another database than the environment's
        takes its companions along: the published copy and the outbox set in
        the environment belonged to that other database, so they fall back to
        their places beside the new one unless overridden too.
        """
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            raw = environ.get(env_name(f.name))
            if raw is not None:
                values[f.name] = _parse(f, raw)
        given = {k: v for k, v in overrides.items() if v is not None}
        if "db" in given:
            configured = cls(**{k: v for k, v in values.items() if k in _PLACES}).db
            if Path(given["db"]).resolve() != configured.resolve():
                for companion in _COMPANIONS - set(given):
                    values.pop(companion, None)
        values.update(given)
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_COMPANIONS = frozenset({"published_db", "outbox_dir"})
_PLACES = frozenset({"data_dir", "db"})


def env_name(field_name: str) -> str:
    return PREFIX + field_name.upper()


def _parse(f: dataclasses.Field[Any], raw: str) -> Any:
    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    try:
        if kind == "bool":
            lowered = raw.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(f"expected true/false, got {raw!r}")
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "Path":
            return Path(raw).expanduser()
        return raw
    except ValueError as exc:
        raise SettingsError(f"{env_name(f.name)}: {exc}") from exc


def settings_table() -> str:
    """The Markdown table of every setting, as the README shows it."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for f in dataclasses.fields(Settings):
        default = f.default
        if isinstance(default, Path):
            with contextlib.suppress(ValueError):
                default = default.relative_to(PROJECT_ROOT)
        shown = "" if default is None else str(default)
        if isinstance(default, bool):
            shown = str(default).lower()
        rows.append(f"| `{env_name(f.name)}` | `{shown}` | {f.metadata['doc']} |")
    return "\n".join(rows)
