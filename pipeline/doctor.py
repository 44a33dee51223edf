"""``pardonwatch doctor``: is this installation ready to run?

Each check looks at one thing (settings, the feed and subscriber files, the
database, the published copy, the SMTP server when one is set, the Airflow
home, disk space, feed health) and answers with one :class:`Check`: ok, or
what is wrong and what to do.  Checks only read; the SMTP check connects and
says EHLO (and logs in when a user is set) but sends nothing.
"""

from __future__ import annotations

import shutil
import smtplib
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.settings import Settings

__all__ = ["MIN_FREE_BYTES", "Check", "run_checks"]

#: Less free space than this under the data folder is worth a warning.
MIN_FREE_BYTES = 1_000_000_000


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the doctor's report: ``status`` is ok, warn or fail."""

    name: str
    status: str
    message: str

    @property
    def ok(self) -> bool:
        return self.status != "fail"

    def to_dict(self) -> dict[str, str]:
        return {"check": self.name, "status": self.status, "message": self.message}


def _ok(name: str, message: str) -> Check:
    return Check(name, "ok", message)


def _warn(name: str, message: str) -> Check:
    return Check(name, "warn", message)


def _fail(name: str, message: str) -> Check:
    return Check(name, "fail", message)


def check_feeds_file(settings: Settings) -> Check:
    from pipeline.feeds import FeedFileError, load_feeds

    path = settings.feeds
    if not path.exists():
        return _fail(
            "feeds file",
            f"{path} is missing: create it (a 'feeds:' list, see README) or point"
            " PARDONWATCH_FEEDS / --feeds at yours",
        )
    try:
        feeds = load_feeds(path)
    except FeedFileError as exc:
        return _fail("feeds file", f"{exc}: fix the file")
    if not feeds:
        return _warn("feeds file", f"{path} lists no feeds: add some with `pardonwatch feeds add`")
    return _ok("feeds file", f"{path}: {len(feeds):,} feeds")


def check_subscribers_file(settings: Settings) -> Check:
    from pipeline.alerts.subscribers import SubscribersError, load_subscribers

    path = settings.subscribers
    if not path.exists():
        return _warn(
            "subscribers file",
            f"{path} is missing: no alerts will be sent; create it (see subscribers.yaml)"
            " or set PARDONWATCH_SUBSCRIBERS",
        )
    try:
        subscribers = load_subscribers(path)
    except SubscribersError as exc:
        return _fail("subscribers file", f"{exc}: fix the entry")
    return _ok("subscribers file", f"{path}: {len(subscribers):,} recipients")


def _migrations_behind(con_rows: set[int]) -> list[str]:
    from pipeline.store import SQL_DIR

    return sorted(
        p.name for p in (SQL_DIR / "schema").glob("*.sql") if int(p.name[:3]) not in con_rows
    )


def check_database(settings: Settings) -> Check:
    from pipeline.store import Store, StoreError

    path = settings.db
    if not path.exists():
        return _warn("database", f"{path} does not exist yet: `pardonwatch run` creates it")
    try:
        with Store.open(path, read_only=True, migrate=False, lock_timeout=2.0) as store:
            done = {int(r["version"]) for r in store.query("select version from schema_migrations")}
            articles = store.query("select count(*) as n from articles")[0]["n"]
            events = store.query("select count(*) as n from events")[0]["n"]
    except StoreError as exc:
        if "lock" in str(exc).lower():
            return _ok("database", f"{path}: held by a running pipeline (that is fine)")
        return _fail("database", f"{exc}: check the file, or restore it from the published copy")
    except Exception as exc:  # a file that is not a PardonWatch database
        return _fail("database", f"{path}: not readable as a PardonWatch database: {exc}")
    behind = _migrations_behind(done)
    if behind:
        return _warn(
            "database",
            f"{path}: migrations not yet applied ({', '.join(behind)}): the next"
            " `pardonwatch run` applies them; `pardonwatch reprocess` recomputes figures",
        )
    return _ok("database", f"{path}: {articles:,} articles, {events:,} decrees")


def check_published(settings: Settings, now: datetime) -> Check:
    path = settings.published_db
    if not path.exists():
        return _warn(
            "published copy",
            f"{path} does not exist yet: every run publishes it (`pardonwatch run`)",
        )
    age = now - datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    hours = age.total_seconds() / 3600
    if hours > 48:
        return _warn(
            "published copy",
            f"{path} is {hours / 24:.0f} days old: is the pipeline running? (`pardonwatch runs`)",
        )
    return _ok("published copy", f"{path}: published {hours:.1f} h ago")


def check_smtp(settings: Settings, timeout: float = 5.0) -> Check:
    if not settings.smtp_host:
        return _ok(
            "smtp", f"no PARDONWATCH_SMTP_HOST: alerts are .eml files in {settings.outbox_dir}"
        )
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    hint = "check PARDONWATCH_SMTP_HOST, PARDONWATCH_SMTP_PORT and PARDONWATCH_SMTP_TLS"
    client: smtplib.SMTP | None = None
    try:
        if settings.smtp_tls == "ssl":
            context = ssl.create_default_context()
            client = smtplib.SMTP_SSL(
                settings.smtp_host, settings.smtp_port, timeout=timeout, context=context
            )
        else:
            client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=timeout)
            if settings.smtp_tls == "starttls":
                client.starttls(context=ssl.create_default_context())
        code, _ = client.ehlo()
        if settings.smtp_user:
            try:
                client.login(settings.smtp_user, settings.smtp_password)
            except smtplib.SMTPException as exc:
                return _fail(
                    "smtp",
                    f"{where}: login as {settings.smtp_user} refused ({exc}): check"
                    " PARDONWATCH_SMTP_USER and PARDONWATCH_SMTP_PASSWORD",
                )
    except (smtplib.SMTPException, OSError) as exc:
        return _fail("smtp", f"{where}: cannot connect ({type(exc).__name__}: {exc}): {hint}")
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()
    return _ok("smtp", f"{where} answers (EHLO {code}), sender {settings.smtp_from}")


def check_airflow_home(settings: Settings) -> Check:
    home = settings.airflow_home
    if not home.exists():
        return _warn(
            "airflow home",
            f"{home} does not exist: `make demo` sets it up, or `AIRFLOW_HOME={home}"
            " .venv/bin/airflow db migrate` (only needed to run the DAGs)",
        )
    if not (home / "airflow.cfg").exists() and not (home / "airflow.db").exists():
        return _warn(
            "airflow home",
            f"{home} holds no airflow.cfg or airflow.db: run `AIRFLOW_HOME={home}"
            " .venv/bin/airflow db migrate`",
        )
    return _ok("airflow home", f"{home}")


def _existing(path: Path) -> Path:
    path = path.resolve()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_disk(settings: Settings, min_free: int = MIN_FREE_BYTES) -> Check:
    where = _existing(settings.data_dir)
    usage = shutil.disk_usage(where)
    free = usage.free / 1e9
    if usage.free < min_free:
        return _warn(
            "disk space",
            f"{free:.1f} GB free under {where}: free some space (raw pages and the"
            " published copy grow with every run)",
        )
    return _ok("disk space", f"{free:,.1f} GB free under {where}")


def check_feed_health(settings: Settings) -> Check:
    from pipeline.store import Store, StoreError

    if not settings.db.exists():
        return _warn("feed health", "no database yet: `pardonwatch run` polls the feeds")
    try:
        with Store.open(settings.db, read_only=True, migrate=False, lock_timeout=2.0) as store:
            rows = store.query("select health, count(*) as n from v_feed_health group by health")
    except StoreError as exc:
        if "lock" in str(exc).lower():
            return _ok("feed health", "database held by a running pipeline: try again after it")
        return _fail("feed health", str(exc))
    counts = {r["health"]: int(r["n"]) for r in rows}
    total = sum(counts.values())
    failing = counts.get("failing", 0)
    never = counts.get("never polled", 0)
    if total == 0:
        return _warn("feed health", "no feed polled yet: `pardonwatch run`")
    if failing:
        return _warn(
            "feed health",
            f"{failing:,} of {total:,} feeds failing (3+ failures in a row): see"
            " `pardonwatch feeds list` and fix or remove them",
        )
    extra = f", {never:,} never polled" if never else ""
    return _ok("feed health", f"{total:,} feeds, none failing{extra}")


def run_checks(settings: Settings, *, now: datetime | None = None) -> Iterator[Check]:
    """Every check, in order; each one line."""
    moment = now or datetime.now(UTC)
    checks: list[Callable[[], Check]] = [
        lambda: _ok("settings", f"data folder {settings.data_dir}, database {settings.db}"),
        lambda: check_feeds_file(settings),
        lambda: check_subscribers_file(settings),
        lambda: check_database(settings),
        lambda: check_published(settings, moment),
        lambda: check_smtp(settings),
        lambda: check_airflow_home(settings),
        lambda: check_disk(settings),
        lambda: check_feed_health(settings),
    ]
    for check in checks:
        yield check()
