"""Story linking through the sketch index (article_sketch), at load time."""

from datetime import UTC, datetime

from pipeline.dedup import sketch
from pipeline.ingest import Ingested, build_article
from pipeline.models import Detection
from pipeline.store import articles as article_store

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
WIRE = (
    "The president ordered the release of 2,937 prisoners on Sunday ahead of National Day, "
    "the state news agency reported. The pardon applies to inmates who showed good conduct "
    "and the president pledged to settle the debts of those released so they can start anew."
)
COPY = (
    WIRE.replace("the state news agency reported", "the official agency said") + " Editor's note."
)
OTHER = (
    "Officials extended the tax amnesty for late filers until December, waiving penalties "
    "for households that declare their income before the end of the year, the ministry said."
)


def _item(url: str, text: str) -> Ingested:
    article = build_article(url=url, text=text, extraction="test")
    return Ingested(article, Detection(False, 0.0), (article.url,))


def _save(store, *items: Ingested, min_containment: float = 0.5) -> dict[str, str]:
    article_store.save_ingested(store, items, run_id="r", min_containment=min_containment, now=NOW)
    rows = store.query("select url, story_id from articles")
    return {r["url"].rsplit("/", 1)[-1]: r["story_id"] for r in rows}


def test_every_stored_sketch_value_is_indexed(store):
    _save(store, _item("https://a.example/wire", WIRE))
    indexed = store.query("select h from article_sketch order by h")
    assert [r["h"] for r in indexed] == sketch(WIRE)


def test_a_copy_stored_later_joins_the_stored_story(store):
    _save(store, _item("https://a.example/wire", WIRE), _item("https://c.example/tax", OTHER))
    stories = _save(store, _item("https://b.example/copy", COPY))
    assert stories["copy"] == stories["wire"] != stories["tax"]


def test_copies_within_one_batch_share_a_story(store):
    stories = _save(
        store,
        _item("https://a.example/wire", WIRE),
        _item("https://c.example/tax", OTHER),
        _item("https://b.example/copy", COPY),
    )
    assert stories["copy"] == stories["wire"] != stories["tax"]


def test_values_held_by_too_many_stored_articles_make_no_candidates(store, monkeypatch):
    _save(store, _item("https://a.example/wire", WIRE), _item("https://d.example/wire2", WIRE))
    monkeypatch.setattr(article_store, "MAX_DF", 1)
    stories = _save(store, _item("https://b.example/copy", COPY))
    assert stories["copy"] not in {stories["wire"], stories["wire2"]}


def test_candidates_are_bounded_and_only_their_texts_are_read(store, monkeypatch):
    # five stories sharing the wire's sketch values (never confirmed as one story)
    five = [_item(f"https://s{i}.example/x{i}", WIRE + f" Note {i}.") for i in range(5)]
    assert len(set(_save(store, *five, min_containment=2.0).values())) == 5
    read: list[list[str]] = []
    texts = article_store._texts
    monkeypatch.setattr(article_store, "MAX_CANDIDATES", 2)
    monkeypatch.setattr(
        article_store, "_texts", lambda s, ids: read.append(list(ids)) or texts(s, ids)
    )
    _save(store, _item("https://b.example/copy", COPY))
    assert [len(ids) for ids in read] == [2]


def test_reextracted_articles_are_reindexed(store):
    _save(store, _item("https://a.example/wire", WIRE))
    article = build_article(url="https://a.example/wire", text=OTHER, extraction="again")
    article_store.update_extractions(store, [article])
    indexed = store.query("select h from article_sketch order by h")
    assert [r["h"] for r in indexed] == sketch(OTHER)
