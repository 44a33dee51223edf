"""The stages combined, for the DAGs and the CLI.

Each public function is one Airflow task body: JSON-able arguments in,
JSON-able results out, settings built from the environment when not given.
Stages hand each other staged files (see :mod:`pipeline.staging`), and every
function is idempotent for its ``run_key``: a retried or cleared task reuses
what a complete earlier try wrote, and stores nothing twice.  A run that
died after its poll is resumed by the next poll, which hands its batches on.
One feed's, entry's or page's failure is that item's one-line error; the
run goes on.  :func:`pipeline.faults.checkpoint` marks each stage boundary.

    poll -> fetch_groups -> fetch_extract (per group of batches) -> load -> publish
    send_alerts, send_digest

``run_cycle`` runs them all in one process for ``pardonwatch run``;
``import_jsonl`` and ``reprocess`` enter the same path after fetching.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pipeline import faults, flow, staging
from pipeline.alerts.subscribers import SubscribersError
from pipeline.feeds import load_feeds
from pipeline.http import HttpClient, preload_tls
from pipeline.ingest import (
    ImportLineError,
    Ingested,
    build_article,
    from_import_line,
    import_lines,
    redetect,
)
from pipeline.models import Entry, RunSummary
from pipeline.poll import PollOutcome, due, likely_new, poll_feeds, usable_feeds
from pipeline.settings import Settings
from pipeline.store import Store, StoreError
from pipeline.store import articles as article_store
from pipeline.store import feeds as feed_store
from pipeline.store.runs import save_run
from pipeline.urls import canonical_url

__all__ = [
    "fetch_extract",
    "fetch_groups",
    "import_jsonl",
    "load",
    "poll",
    "publish",
    "reprocess",
    "run_cycle",
    "send_alerts",
    "send_digest",
]

BATCH_SIZE = 25
Progress = Callable[[str, int, int], None]


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else Settings.from_env()


def _now(now: str | datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    value = datetime.fromisoformat(now) if isinstance(now, str) else now
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _summary_path(folder: Path) -> Path:
    return folder / "poll-summary.json"


# -- poll ---------------------------------------------------------------
def poll(
    run_key: str,
    *,
    now: str | datetime | None = None,
    settings: Settings | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> list[str]:
    """Poll the due feeds; stage their new entries in batches; return the batch paths.

    The batches of interrupted earlier runs (see :mod:`pipeline.staging`) come
    first in the list, then this run's own.
    """
    with ExitStack() as held:
        return _poll(run_key, _settings(settings), _now(now), force, progress, held)


def _poll(
    run_key: str,
    settings: Settings,
    moment: datetime,
    force: bool,
    progress: Progress | None,
    held: ExitStack,
    on_entries: Callable[[int], None] | None = None,
    open_after: Callable[[], AbstractContextManager[Store]] | None = None,
) -> list[str]:
    """``poll``, holding the claims of its folder and the resumed ones in ``held``;
    ``on_entries`` is told how many entries it stages, before it writes them,
    and earlier, as feeds come in, how many of their entries are likely new
    (published after the feed's last successful poll, or undated);
    ``open_after`` opens the working database after the network (by default a
    new opening, closed on return)."""
    folder = staging.run_dir(settings.staging_dir, run_key)
    marker = folder / staging.POLL_MARKER
    if marker.exists():
        return list(staging.read_json(marker)["batches"])
    own = staging.Claim.take(folder)
    if own is None:
        raise StoreError(f"run {run_key} is already running in another process ({folder})")
    held.enter_context(own)
    staging.prune_staging(settings.staging_dir)
    resumed = _claim_interrupted(settings, folder, held)
    # a resumed run may have resumed another: each batch once, and only those still there
    listed = (b for f in resumed for b in staging.read_json(f / staging.POLL_MARKER)["batches"])
    resumed_batches = [b for b in dict.fromkeys(listed) if Path(b).exists()]
    staged_urls = {e["url"] for batch in resumed_batches for e in staging.read_jsonl(Path(batch))}

    feeds, feed_errors = usable_feeds(load_feeds(settings.feeds))
    summary: dict[str, Any] = {
        "feeds_polled": len(feed_errors),  # tried: their URL was checked and refused
        "feeds_not_modified": 0,
        "feeds_failed": len(feed_errors),
        "errors": list(feed_errors),
        "resumed": [f.name for f in resumed],
    }
    preload_tls()  # while the database opens
    with Store.open(settings.db) as store:
        states = feed_store.states_for(store, feeds)
    todo = [s for s in states if (force and not s.retired) or due(s, moment)]
    last_success = {s.url: s.last_success_at for s in todo}
    done = 0
    likely = len(staged_urls)

    def tick(outcome: PollOutcome) -> None:
        nonlocal done, likely
        done += 1
        if progress:
            progress("poll", done, len(todo))
        if on_entries and outcome.entries:
            likely += likely_new(outcome.entries, last_success.get(outcome.state.url))
            on_entries(likely)

    # the database is closed while waiting on the network
    with HttpClient(settings) as client:
        outcomes = poll_feeds(client, todo, settings, moment, on_done=tick)
    entries: list[Entry] = []
    for outcome in outcomes:
        summary["feeds_polled"] += 1
        if outcome.kind == "not_modified":
            summary["feeds_not_modified"] += 1
        if outcome.kind in {"failed", "retired"}:
            summary["feeds_failed"] += 1
        if outcome.error:
            summary["errors"].append(f"feed {outcome.error}")
        summary["errors"].extend(outcome.notes)
        entries.extend(outcome.entries)
    with open_after() if open_after else Store.open(settings.db) as store:
        entries = _new_entries(store, entries, staged_urls)
        flow.stage_rejections(store, folder, [e.url for e in entries])
        summary["entries_seen"] = len(entries) + len(staged_urls)
        if on_entries:
            on_entries(len(entries) + len(staged_urls))

        batches = []
        for index in range(0, len(entries), BATCH_SIZE):
            path = folder / f"entries-{index // BATCH_SIZE + 1:04d}.jsonl"
            staging.write_jsonl(
                path, (staging.entry_to_json(e) for e in entries[index : index + BATCH_SIZE])
            )
            batches.append(str(path))
        staging.write_jsonl(_summary_path(folder), [summary])
        staging.write_json(
            marker,
            {
                "batches": [*resumed_batches, *batches],
                "resumed": [str(f) for f in resumed],
                "polled_at": moment.isoformat(),
                "db": str(settings.db.resolve()),
            },
        )
        # the entries are durable in the folder: only now may the feeds' state move on
        feed_store.save_states(store, [o.state for o in outcomes])
    faults.checkpoint("poll")
    return [*resumed_batches, *batches]


def _claim_interrupted(settings: Settings, own: Path, held: ExitStack) -> list[Path]:
    """Claim the folders of interrupted runs of this database (see :mod:`pipeline.staging`)."""
    claimed = []
    for folder in staging.interrupted_runs(settings.staging_dir, settings.db):
        if folder == own:
            continue
        claim = staging.Claim.take(folder)
        if claim is None:
            continue  # its run is alive in another process
        held.enter_context(claim)
        claimed.append(folder)
    return claimed


def _new_entries(store: Store, entries: Sequence[Entry], staged: set[str]) -> list[Entry]:
    """Entries whose page is not stored or staged yet, one per canonical URL."""
    keyed: dict[str, Entry] = {}
    for entry in entries:
        if entry.url in staged:
            continue
        try:
            key = entry.key or canonical_url(entry.url)
        except ValueError:
            continue
        keyed.setdefault(key, entry)
    known = article_store.known_urls(store, [*keyed, *(e.url for e in keyed.values())])
    return [e for key, e in keyed.items() if key not in known and e.url not in known]


# -- fetch, extract and detect through one client (the DAG's path) --------
def fetch_groups(batches: Sequence[str]) -> list[list[str]]:
    """The staged batches in groups of ``flow.WINDOW``: one Airflow task each.

    A group's pages are fetched through one shared client, interleaved by
    host, with extraction overlapping the network (:func:`fetch_extract`);
    a day's poll is usually one group, a large backlog is spread over workers.
    """
    return [list(batches[i : i + flow.WINDOW]) for i in range(0, len(batches), flow.WINDOW)]


def fetch_extract(
    batches: Sequence[str], *, settings: Settings | None = None, progress: Progress | None = None
) -> list[str]:
    """Fetch, extract and detect the staged ``batches``; return their articles files.

    What ``run`` does between poll and load.  A retried task reuses every
    batch a complete earlier try finished (its staged files), so nothing is
    fetched twice.
    """
    return flow.fetch_extract(batches, _settings(settings), progress)


# -- load -----------------------------------------------------------------
def load(
    run_key: str,
    articles: Sequence[str],
    *,
    now: str | datetime | None = None,
    settings: Settings | None = None,
    kind: str = "airflow",
) -> dict[str, Any]:
    """Store the staged articles, cluster them into events, record the run."""
    settings = _settings(settings)
    with Store.open(settings.db) as store:
        return _load(store, run_key, articles, _now(now), settings, kind)


def _load(
    store: Store,
    run_key: str,
    articles: Sequence[str],
    moment: datetime,
    settings: Settings,
    kind: str,
) -> dict[str, Any]:
    """``load`` on an open working database."""
    errors: list[str] = []
    rejected: list[dict[str, Any]] = []

    def staged() -> Iterator[Ingested]:
        # read one record at a time: the stream is stored in bounded chunks
        for path in articles:
            for record in staging.read_jsonl(Path(path)):
                if "unchanged" in record:
                    continue
                if "rejected" in record:
                    rejected.append(record["rejected"])
                if "error" in record:
                    errors.append(record["error"])
                else:
                    summary.pages_fetched += 1
                    yield staging.ingested_from_json(record)

    folder = staging.run_dir(settings.staging_dir, run_key)
    polled: dict[str, Any] = {}
    if _summary_path(folder).exists():
        polled = next(staging.read_jsonl(_summary_path(folder)), {})
    summary = RunSummary(run_id=run_key, started_at=moment)
    summary.feeds_polled = polled.get("feeds_polled", 0)
    summary.feeds_not_modified = polled.get("feeds_not_modified", 0)
    summary.feeds_failed = polled.get("feeds_failed", 0)
    summary.entries_seen = polled.get("entries_seen", 0)
    changes = _store_items(store, staged(), summary, settings, moment)
    flow.remember_rejections(store, rejected)
    summary.errors = [*polled.get("errors", []), *errors]
    summary.pages_failed = len(errors)
    summary.finished_at = datetime.now(UTC)
    save_run(store, summary, kind=kind)
    # stored and clustered: neither this folder nor the ones it resumed is pending now
    resumed = _resumed_folders(folder)
    staging.mark_done([folder, *resumed], by=run_key)
    # the event counts of the summary become the event ids themselves here
    return {**_summary_dict(summary), **changes, "resumed": [f.name for f in resumed]}


def _resumed_folders(folder: Path) -> list[Path]:
    marker = folder / staging.POLL_MARKER
    if not marker.exists():
        return []
    return [Path(f) for f in staging.read_json(marker).get("resumed", [])]


def _store_items(
    store: Store,
    items: Iterable[Ingested],
    summary: RunSummary,
    settings: Settings,
    moment: datetime,
) -> dict[str, list[str]]:
    """Save articles and detections, update events, in bounded chunks (see
    :mod:`pipeline.flow`); fill ``summary``; return event ids."""
    changes = flow.store_stream(
        store,
        items,
        run_id=summary.run_id,
        min_containment=settings.near_duplicate_containment,
        now=moment,
    )
    flow.fill_summary(summary, changes)
    return {"events_new": changes.events_new, "events_updated": changes.events_updated}


def _summary_dict(summary: RunSummary) -> dict[str, Any]:
    out = dataclasses.asdict(summary)
    for key in ("started_at", "finished_at"):
        out[key] = out[key].isoformat() if out[key] else None
    return out


# -- publish and alerts -----------------------------------------------------
def publish(*, settings: Settings | None = None) -> str:
    """Write the analysts' read-only copy (atomic replace) and its Parquet export,
    with the expected-pardon calendar refreshed first; then rebuild the report."""
    settings = _settings(settings)
    with Store.open(settings.db) as store:
        return _publish(store, settings)


def _publish(store: Store, settings: Settings) -> str:
    """``publish`` from an open working database."""
    from pipeline.report import write_report
    from pipeline.report.site import MARKER as REPORT_MARKER
    from pipeline.store.customs import refresh_occasions
    from pipeline.store.publish import publish as publish_copy

    today = datetime.now(UTC).date()
    before = _stamp(settings.published_db)
    refresh_occasions(store, today=today)
    path = str(publish_copy(store, settings.published_db))
    # the report shows the copy as of a day: rebuilt when either changed
    built = _stamp(settings.report_dir / REPORT_MARKER)
    built_on = datetime.fromtimestamp(built[1] / 1e9, UTC).date() if built else None
    if before is None or _stamp(settings.published_db) != before or built_on != today:
        write_report(settings)
    return path


def _stamp(path: Path) -> tuple[int, int] | None:
    """Inode and modification time of ``path`` (``None`` when missing)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def _transport(settings: Settings, smtp_conn_id: str | None) -> Any:
    """Inside Airflow, mail goes through the named SMTP connection when it exists."""
    if smtp_conn_id is None:
        return None
    from pipeline.alerts import transport_from_airflow

    return transport_from_airflow(settings, smtp_conn_id)


def send_alerts(
    run_key: str,
    *,
    now: str | datetime | None = None,
    settings: Settings | None = None,
    smtp_conn_id: str | None = None,
) -> dict[str, Any]:
    """Plan and deliver alerts for new and changed events (exactly once per version).

    ``smtp_conn_id`` (the DAGs pass ``orchestration.SMTP_CONN_ID``, ``smtp_default``)
    sends through that Airflow connection; without it, or when it is not defined,
    settings decide.
    """
    settings = _settings(settings)
    transport = _transport(settings, smtp_conn_id)
    with Store.open(settings.db) as store:
        return _send_alerts(store, run_key, _now(now), settings, transport)


def _send_alerts(
    store: Store, run_key: str, moment: datetime, settings: Settings, transport: Any = None
) -> dict[str, Any]:
    """``send_alerts`` on an open working database."""
    from pipeline.alerts import run_alerts
    from pipeline.store.runs import add_alerts

    outcome = run_alerts(store, settings, now=moment, transport=transport)
    # `pardonwatch runs` counts the alerts of every run, the alerts DAG's too
    add_alerts(
        store,
        run_key,
        sent=outcome.sent,
        failed=outcome.failed,
        errors=outcome.errors,
        started_at=moment,
        finished_at=datetime.now(UTC),
    )
    return {"run_key": run_key, **outcome.to_dict()}


def send_digest(
    day: str | date,
    *,
    now: str | datetime | None = None,
    settings: Settings | None = None,
    smtp_conn_id: str | None = None,
) -> dict[str, Any]:
    """Send the daily digest of ``day`` (once per day and subscriber)."""
    from pipeline.alerts import run_digest
    from pipeline.store.runs import add_alerts

    settings = _settings(settings)
    the_day = date.fromisoformat(day) if isinstance(day, str) else day
    transport = _transport(settings, smtp_conn_id)
    moment = _now(now)
    with Store.open(settings.db) as store:
        outcome = run_digest(store, settings, day=the_day, now=moment, transport=transport)
        add_alerts(
            store,
            f"digest-{the_day.isoformat()}",
            sent=outcome.sent,
            failed=outcome.failed,
            errors=outcome.errors,
            started_at=moment,
            finished_at=datetime.now(UTC),
        )
    return {"day": the_day.isoformat(), **outcome.to_dict()}


# -- whole cycles ---------------------------------------------------------
def run_cycle(
    *,
    settings: Settings | None = None,
    now: datetime | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> tuple[RunSummary, dict[str, Any]]:
    """One cycle without Airflow: poll, fetch, extract, detect, store, cluster, alert, publish.

    An earlier cycle that was interrupted after its poll (killed, crashed) is
    resumed first: its staged entries are fetched and stored with this
    cycle's (see :mod:`pipeline.staging`).  The run folders are removed once
    the cycle is complete; a failing cycle leaves its folder to the next one.
    """
    settings = _settings(settings)
    moment = _now(now)
    run_key = f"run-{moment.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    folder = staging.run_dir(settings.staging_dir, run_key)
    with ExitStack() as held:
        # the poll's opening after its network: kept for the rest when there is
        # nothing to fetch (a run with nothing new opens the database twice)
        database = _Kept(settings.db)
        held.callback(database.close)  # on a failure before the rest
        # the extraction workers' server starts loading as soon as the poll
        # knows there are enough pages for it
        batches = _poll(
            run_key,
            settings,
            moment,
            force,
            progress,
            held,
            on_entries=flow.prepare_extraction,
            open_after=database.open,
        )
        staged: list[str] = []
        if batches:
            database.close()  # the database is closed while waiting on the network
            # one client for every batch, extraction overlapping the network (pipeline.flow)
            staged = flow.fetch_extract(batches, settings, progress)
            if staged:  # articles to store: the report will likely be rebuilt, chart and all
                from pipeline.report.chart import start_renderer, stop_renderer

                start_renderer(flow.warm_context())  # on the core that storing leaves free
                held.callback(stop_renderer)
        # the network is done: one opening of the database for the rest
        with database.store() as store:
            result = _load(store, run_key, staged, moment, settings, "run")
            try:
                alerts = _send_alerts(store, run_key, moment, settings)
            except SubscribersError as exc:
                alerts = {"errors": [f"alerts not sent: {exc}"]}
            faults.checkpoint("alert")
            published = _publish(store, settings)
            faults.checkpoint("publish")
            summary = _finish(store, result, alerts, kind="run")
        for done in [folder, *_resumed_folders(folder)]:
            shutil.rmtree(done, ignore_errors=True)
    return summary, {"published": published, "alerts": alerts, **result}


class _Kept:
    """The working database, opened once and handed out again until closed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store: Store | None = None

    def open(self) -> AbstractContextManager[Store]:
        """The open database (opened now when it is not), left open on exit."""
        if self._store is None:
            self._store = Store.open(self.path)
        return nullcontext(self._store)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The open database (opened now when it is not), closed on exit."""
        try:
            with self.open() as store:
                yield store
        finally:
            self.close()

    def close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            store.close()


def _finish(
    store: Store, result: dict[str, Any], alerts: dict[str, Any], *, kind: str
) -> RunSummary:
    fields = {f.name for f in dataclasses.fields(RunSummary)} - {"events_new", "events_updated"}
    values = {k: v for k, v in result.items() if k in fields}
    values["events_new"] = len(result.get("events_new", []))
    values["events_updated"] = len(result.get("events_updated", []))
    values["started_at"] = datetime.fromisoformat(values["started_at"])
    values["finished_at"] = datetime.now(UTC)
    summary = RunSummary(**values)
    summary.alerts_sent = int(alerts.get("sent", 0))
    summary.alerts_failed = int(alerts.get("failed", 0))
    summary.errors.extend(str(e) for e in alerts.get("errors", []))
    save_run(store, summary, kind=kind)
    return summary


def import_jsonl(
    path: Path, *, settings: Settings | None = None, now: datetime | None = None
) -> tuple[RunSummary, dict[str, Any]]:
    """Ingest articles from JSON Lines without the network.

    Bad lines are reported as ``FILE:LINE: reason`` and skipped; good lines
    go in.  Re-importing the same file stores nothing new.
    """
    from pipeline.extract import NotAnArticle

    settings = _settings(settings)
    moment = _now(now)
    errors: list[str] = []

    def imported() -> Iterator[Ingested]:
        # one line at a time: the stream is stored in bounded chunks
        for number, line, error in import_lines(path, max_bytes=settings.max_import_line_bytes):
            if line is None:
                errors.append(str(error))
                continue
            try:
                item = from_import_line(
                    json.loads(line), min_chars=settings.min_text_chars, imported_at=moment
                )
            except json.JSONDecodeError as exc:
                errors.append(f"{path}:{number}: not valid JSON ({exc.msg})")
            except RecursionError:
                errors.append(f"{path}:{number}: JSON nested too deeply")
            except (ImportLineError, NotAnArticle) as exc:
                errors.append(f"{path}:{number}: {exc}")
            else:
                summary.entries_seen += 1
                yield item

    run_key = f"import-{moment.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    summary = RunSummary(run_id=run_key, started_at=moment, errors=errors)
    with Store.open(settings.db) as store:
        changes = _store_items(store, imported(), summary, settings, moment)
        summary.pages_failed = len(errors)
        summary.entries_seen += len(errors)
        summary.finished_at = datetime.now(UTC)
        save_run(store, summary, kind="import")
    published = publish(settings=settings)
    return summary, {"published": published, **changes}


def reprocess(
    *,
    settings: Settings | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> tuple[RunSummary, dict[str, Any]]:
    """Re-run extraction and detection over stored pages, then rebuild events; no network."""
    from pipeline.events import rebuild_events
    from pipeline.extract import NotAnArticle, extract_page

    settings = _settings(settings)
    moment = _now(now)
    summary = RunSummary(run_id=f"reprocess-{moment.strftime('%Y%m%dT%H%M%S')}", started_at=moment)
    with Store.open(settings.db, create=False) as store:
        total = int(store.query("select count(*) as n from articles")[0]["n"])
        done = 0
        for batch in article_store.iter_stored_articles(store):
            refreshed = []
            for article in batch:
                if article.html:
                    try:
                        entry = Entry(
                            url=article.original_url,
                            title=article.title,
                            published=article.published,
                        )
                        extracted = extract_page(
                            article.html,
                            url=article.url,
                            entry=entry,
                            min_chars=settings.min_text_chars,
                        )
                        article = build_article(
                            url=article.url,
                            original_url=article.original_url,
                            text=extracted.text,
                            extraction=extracted.extraction,
                            html=article.html,
                            title=extracted.title or article.title,
                            published=article.published or extracted.published,
                            language=extracted.language or article.language,
                            source=article.source,
                            feed_url=article.feed_url,
                            fetched_at=article.fetched_at,
                        )
                    except NotAnArticle as exc:
                        summary.add_error(f"article {article.url}: {exc}")
                refreshed.append(article)
            detections = [(a.article_id, redetect(a)) for a in refreshed]
            with store.transaction():
                article_store.update_extractions(store, [a for a in refreshed if a.fingerprint])
                article_store.save_detections(store, detections, now=moment)
            summary.detections += len(refreshed)
            summary.announcements += sum(1 for _, d in detections if d.is_pardon_announcement)
            done += len(batch)
            if progress:
                progress("reprocess", done, total)
        changes = rebuild_events(store, now=moment)
        summary.events_new = len(changes.new)
        summary.events_updated = len(changes.updated)
        summary.finished_at = datetime.now(UTC)
        save_run(store, summary, kind="reprocess")
    published = publish(settings=settings)
    return summary, {
        "published": published,
        "events_new": list(changes.new),
        "events_updated": list(changes.updated),
    }
