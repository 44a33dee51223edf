"""Put the cached real-news corpus through the pipeline, to score grouping.

Two ways, as a user would feed texts in, and a third that needs no text:

* ``group_via_import``: every cached text as one ``pardonwatch import`` line
  (URL, text, publication date, outlet), into a fresh database;
* ``group_via_run``: the texts served as a local news site, one outlet per
  original host on its own loopback address, each with an RSS feed giving
  the publication dates, and one ``run`` over them.

* ``group_from_labels``: the grouping alone, given each labelled text's
  fields as a detector that read them perfectly would give them (country,
  issuer, figure, decree date, occasion; no sentences, so no decree numbers,
  named persons or batch words).  It measures what the grouping rules make of
  real reporting's disagreements and missing dates apart from the detector's
  errors, and runs on the committed labels without the cache.

The first two return ``text id -> event id`` read back from
``v_event_articles`` (the event an analyst would see the article in), all
three for :func:`pipeline.detect.evaluate_real.score_grouping`.
"""

from __future__ import annotations

import html
import json
import threading
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import UTC, date, datetime, time
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

from pipeline.detect.corpus import Label
from pipeline.feeds import dump_feeds_yaml
from pipeline.models import Feed
from pipeline.settings import Settings

__all__ = ["group_from_labels", "group_via_import", "group_via_run", "site_pages"]


def _published(item: Label) -> datetime | None:
    day = item.published
    return datetime.combine(day, time(9, 0), tzinfo=UTC) if day else None


def _outlet(url: str) -> str:
    return (urlsplit(url).hostname or "unknown").removeprefix("www.")


def group_from_labels(items: Sequence[Label]) -> dict[str, str | None]:
    """``text id -> event id`` of the positive texts, grouped from their labelled
    fields by the grouping's own pure step (:func:`pipeline.events.resolve.resolve`)."""
    from pipeline.events.mentions import Mention
    from pipeline.events.resolve import resolve
    from pipeline.models import Decree

    mentions = []
    for item in items:
        if not item.positive:
            continue
        data = item.data
        announced = data.get("announced_on")
        decree = Decree(
            country=data.get("country"),
            country_code=data.get("country_code"),
            issuer=data.get("issuer"),
            count=data.get("count"),
            count_text=data.get("count_text"),
            announced_on=date.fromisoformat(announced) if announced else None,
            occasion=data.get("occasion"),
        )
        url = str(data["url"])
        mentions.append(
            Mention(
                article_id=item.id,
                decree_index=0,
                decree=decree,
                article_url=url,
                outlet=_outlet(url),
                published=_published(item),
                language=data.get("lang"),
                confidence=1.0,
            )
        )
    outcome = resolve({}, mentions, {}, [], now=datetime.now(UTC))
    return {m.article_id: r.event.event_id for r in outcome.records for m in r.members}


def _settings(workdir: Path, **changes: Any) -> Settings:
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "subscribers.yaml").write_text("subscribers: []\n", encoding="utf-8")
    return Settings(
        data_dir=workdir,
        feeds=workdir / "feeds.yaml",
        subscribers=workdir / "subscribers.yaml",
        **changes,
    )


def _event_of_urls(settings: Settings, urls: dict[str, str]) -> dict[str, str | None]:
    """``text id -> event id`` for the texts whose original URL is in ``urls`` (url -> id)."""
    from pipeline.store import Store

    with Store.open(settings.db, read_only=True) as store:
        rows = store.rows("eval_event_of_url")
    found: dict[str, str | None] = {}
    for row in rows:
        if row["url"] in urls:
            found[urls[row["url"]]] = row["event_id"]
    return found


def group_via_import(items: Sequence[Label], workdir: Path) -> dict[str, str | None]:
    """Import every cached text and read back each one's event."""
    from pipeline import tasks

    settings = _settings(workdir)
    path = workdir / "corpus.jsonl"
    urls: dict[str, str] = {}
    with path.open("w", encoding="utf-8") as handle:
        for item in items:
            if item.text is None:
                continue
            url = str(item.data["url"])
            urls[url] = item.id
            published = _published(item)
            row = {
                "url": url,
                "text": item.text,
                "title": item.data.get("title"),
                "source": _outlet(url),
                "published": published.isoformat() if published else None,
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    tasks.import_jsonl(path, settings=settings)
    return _event_of_urls(settings, urls)


# -- the corpus as a news site ---------------------------------------------
def site_pages(items: Sequence[Label]) -> dict[str, list[tuple[str, Label]]]:
    """The cached texts grouped by outlet (original host), each with a page path."""
    outlets: dict[str, list[tuple[str, Label]]] = defaultdict(list)
    for item in items:
        if item.text is not None:
            outlets[_outlet(str(item.data["url"]))].append((f"/a/{item.id}.html", item))
    return dict(sorted(outlets.items()))


def _page_html(item: Label) -> bytes:
    lines = item.text.splitlines() if item.text else []
    title = item.data.get("title") or (lines[0] if lines else item.id)
    published = _published(item)
    meta = (
        f'<meta property="article:published_time" content="{published.isoformat()}">'
        if published
        else ""
    )
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    lang = html.escape(str(item.data.get("lang") or "en"))
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<title>{html.escape(title)}</title><meta property="og:type" content="article">{meta}'
        f"</head><body><article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        f"</body></html>"
    ).encode()


def _feed_xml(base: str, name: str, pages: list[tuple[str, Label]]) -> bytes:
    entries = []
    for path, item in pages:
        lines = item.text.splitlines() if item.text else []
        title = item.data.get("title") or (lines[0] if lines else item.id)
        published = _published(item)
        date_tag = f"<pubDate>{format_datetime(published)}</pubDate>" if published else ""
        entries.append(
            f"<item><title>{html.escape(title)}</title><link>{base}{path}</link>"
            f"<guid>{base}{path}</guid>{date_tag}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(name)}</title><link>{base}/</link>{''.join(entries)}"
        "</channel></rss>"
    ).encode()


class _SiteHandler(BaseHTTPRequestHandler):
    files: ClassVar[dict[str, tuple[bytes, str]]]

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        found = self.files.get(self.path.split("?", 1)[0])
        if found is None:
            self.send_error(404)
            return
        body, kind = found
        self.send_response(200)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_site(items: Sequence[Label]) -> Iterator[tuple[list[Feed], dict[str, str]]]:
    """Serve each outlet on its own loopback address; yields the feeds and page URL -> id."""
    outlets = site_pages(items)
    feeds: list[Feed] = []
    urls: dict[str, str] = {}
    with ExitStack() as stack:
        for index, (name, pages) in enumerate(outlets.items()):
            address = f"127.0.{10 + index // 250}.{1 + index % 250}"
            server = ThreadingHTTPServer((address, 0), _SiteHandler)
            server.daemon_threads = True
            stack.callback(server.server_close)
            base = f"http://{address}:{server.server_address[1]}"
            files = {path: (_page_html(item), "text/html") for path, item in pages}
            files["/feed.xml"] = (_feed_xml(base, name, pages), "application/rss+xml")
            server.RequestHandlerClass = type("SiteHandler", (_SiteHandler,), {"files": files})
            threading.Thread(target=server.serve_forever, daemon=True).start()
            stack.callback(server.shutdown)
            feeds.append(Feed(url=f"{base}/feed.xml", name=name, language=None))
            urls.update({f"{base}{path}": item.id for path, item in pages})
        yield feeds, urls


def group_via_run(items: Sequence[Label], workdir: Path) -> dict[str, str | None]:
    """Serve the cached texts as a news site, run one cycle over it, read back events."""
    from pipeline import tasks

    settings = _settings(
        workdir,
        allow_private_networks=True,
        per_host_delay=0.0,
        min_text_chars=80,
    )
    with serve_site(items) as (feeds, urls):
        settings.feeds.write_text(dump_feeds_yaml(feeds), encoding="utf-8")
        tasks.run_cycle(settings=settings, force=True)
        return _event_of_urls(settings, urls)
