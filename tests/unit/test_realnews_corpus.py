"""The real-news corpus: texts cached in canonical form, hashes checked, splits stable."""

import json

import pytest

from pipeline.detect.corpus import (
    Corpus,
    CorpusError,
    canonical_text,
    corpus_id,
    split_of,
    split_search_excerpt,
)
from pipeline.detect.evaluate_real import real_cases, score_grouping


def _record(url: str, **fields):
    base = {
        "url": url,
        "lang": "en",
        "is_pardon_event": True,
        "country_code": "MA",
        "count": 1200,
        "event_key": "ma-2024-07-29-throne-day",
        "text": "date 2024-07-30 The king pardoned 1,200 prisoners\u2019 sentences.",
    }
    base.update(fields)
    return base


@pytest.fixture
def corpus(tmp_path):
    return Corpus(corpus_dir=tmp_path / "labels", cache_dir=tmp_path / "cache")


def test_canonical_text_folds_quotes_spaces_and_blank_lines():
    assert canonical_text("A \u201cquote\u201d\u00a0 here\r\n\r\n  next\u2014line ") == (
        'A "quote" here\nnext-line\n'
    )


def test_a_search_excerpt_date_header_becomes_the_publication_date():
    assert split_search_excerpt(" date 2022-07-31 Body text") == ("Body text", "2022-07-31")
    assert split_search_excerpt("Body text") == ("Body text", None)


def test_added_texts_are_cached_labelled_and_hashed(corpus):
    outcomes = list(corpus.add([_record("https://a.example/1")]))
    assert outcomes == [(corpus_id("https://a.example/1"), "added")]
    (item,) = corpus.load()
    assert item.text == "The king pardoned 1,200 prisoners' sentences.\n"
    assert item.data["published"] == "2024-07-30"
    assert "text" not in json.loads(corpus.labels_path.read_text())


def test_the_same_url_twice_is_a_duplicate(corpus):
    list(corpus.add([_record("https://a.example/1")]))
    assert [o for _, o in corpus.add([_record("https://a.example/1")])] == ["duplicate"]


def test_a_restored_text_with_other_quotes_still_matches_its_hash(corpus):
    list(corpus.add([_record("https://a.example/1")]))
    item_id = corpus_id("https://a.example/1")
    (corpus.cache_dir / f"{item_id}.txt").unlink()
    assert corpus.missing()[0]["id"] == item_id
    assert corpus.put(item_id, "The king  pardoned 1,200 prisoners' sentences.")
    assert corpus.missing() == []


def test_a_changed_text_is_never_used_as_the_labelled_one(corpus):
    list(corpus.add([_record("https://a.example/1")]))
    item_id = corpus_id("https://a.example/1")
    (corpus.cache_dir / f"{item_id}.txt").unlink()
    assert not corpus.put(item_id, "The king pardoned 9,999 prisoners.")
    assert (corpus.cache_dir / f"{item_id}.mismatch.txt").exists()
    assert corpus.load()[0].text is None


def test_a_bad_label_is_refused_naming_it(corpus):
    with pytest.raises(CorpusError, match="negative_kind"):
        list(corpus.add([_record("https://a.example/2", is_pardon_event=False, event_key=None)]))
    with pytest.raises(CorpusError, match="occasion"):
        list(corpus.add([_record("https://a.example/3", occasion="birthday party")]))


def test_every_report_of_one_decree_falls_in_the_same_split():
    splits = {split_of({"id": f"rn-{i}", "event_key": "ir-2023-02-05-amnesty"}) for i in range(9)}
    assert len(splits) == 1


def test_unlabelled_fields_are_not_scored(corpus):
    list(corpus.add([_record("https://a.example/1", count=None)]))
    (case,) = real_cases(corpus.load())
    assert "count" not in case.expected and case.expected["country_code"] == "MA"
    assert case.lang_hint is False


def test_grouping_is_scored_pairwise_and_negatives_in_events_counted(corpus):
    records = [
        _record("https://a.example/1"),
        _record("https://b.example/1"),
        _record("https://c.example/1", event_key="ma-2024-04-10-eid"),
        _record("https://d.example/1", is_pardon_event=False, event_key=None, negative_kind="call"),
    ]
    list(corpus.add(records))
    ids = [corpus_id(r["url"]) for r in records]
    report = score_grouping(corpus.load(), {ids[0]: "E1", ids[1]: "E2", ids[2]: "E2", ids[3]: "E3"})
    assert (report.pairs.tp, report.pairs.fp, report.pairs.fn) == (0, 1, 1)
    assert report.negatives_in_events == [ids[3]]
    assert report.split_decrees == ["ma-2024-07-29-throne-day"]


def test_eval_scores_one_collection_batch_on_its_own(corpus, monkeypatch):
    import functools

    from click.testing import CliRunner

    from pipeline.cli import main as cli_main
    from pipeline.detect import corpus as corpus_module

    list(corpus.add([_record("https://a.example/1", batch="old")]))
    list(corpus.add([_record("https://b.example/2", batch="new")]))
    list(corpus.add([_record("https://c.example/3", batch="new")]))
    monkeypatch.setattr(
        corpus_module,
        "Corpus",
        functools.partial(Corpus, corpus_dir=corpus.corpus_dir, cache_dir=corpus.cache_dir),
    )
    runner = CliRunner()
    args = ["eval", "--real", "--real-split", "all", "--json", "--no-misses"]
    result = runner.invoke(cli_main, [*args, "--real-batch", "new"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["real_coverage"] == {"labelled": 2, "cached": 2}
    result = runner.invoke(cli_main, [*args, "--real-batch", "nosuch"])
    assert result.exit_code != 0
    assert "no real-news text of batch nosuch" in result.output


def test_grouping_from_labelled_fields_needs_no_cached_text(corpus, monkeypatch):
    import functools

    from click.testing import CliRunner

    from pipeline.cli import main as cli_main
    from pipeline.detect import corpus as corpus_module

    throne = {"occasion": "national_day", "issuer": "King Mohammed VI", "country": "Morocco"}
    records = [
        # one decree: dates a day and three days after it, a rounded figure
        _record("https://a.example/1", announced_on="2024-07-29", **throne),
        _record("https://b.example/1", text="date 2024-07-30 The king pardoned.", **throne),
        _record("https://c.example/1", count=1200, text="date 2024-08-01 Pardons.", **throne),
        _record("https://d.example/1", count=1000, text="date 2024-07-31 About a thousand."),
        # another decree of the same country, months later
        _record(
            "https://e.example/1",
            count=2460,
            event_key="ma-2024-04-10-eid",
            text="date 2024-04-10 Eid pardons.",
            occasion="eid_al_fitr",
        ),
        _record("https://f.example/1", is_pardon_event=False, event_key=None, negative_kind="call"),
    ]
    list(corpus.add(records))
    for path in corpus.cache_dir.glob("*"):  # the texts are not needed
        path.unlink()
    monkeypatch.setattr(
        corpus_module,
        "Corpus",
        functools.partial(Corpus, corpus_dir=corpus.corpus_dir, cache_dir=corpus.cache_dir),
    )
    args = ["eval", "--real", "--real-split", "all", "--json", "--grouping", "fields"]
    result = CliRunner().invoke(cli_main, args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["real_coverage"] == {"labelled": 6, "cached": 0}
    grouped = out["grouping_fields"]
    assert [grouped["pairs"][k] for k in ("tp", "fp", "fn")] == [6, 0, 0]
    assert (grouped["decrees"], grouped["events"], grouped["negatives_in_events"]) == (2, 2, [])
