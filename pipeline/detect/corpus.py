"""The real-news corpus: labels committed, texts cached, a SHA-256 manifest between.

Real articles are other people's writing, so the repository holds only what
we wrote about them: ``tests/fixtures/realnews/labels.jsonl`` (one line per
text: URL, language, verdict, fields, the decree's ``event_key``, and the
search query that finds the text again) and ``manifest.sha256`` (the SHA-256
of each cached text, in ``sha256sum`` format).  The texts themselves live in a
git-ignored cache, ``.cache/realnews/ID.txt``, in a canonical form (see
:func:`canonical_text`) so that a restored copy hashes the same as the one that
was labelled, whatever quote marks or spacing it came back with.

How the cache is filled and restored is written in
``tests/fixtures/realnews/README.md``; this module holds the plain functions
behind ``pardonwatch corpus``.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .occasions import OCCASIONS

__all__ = [
    "CACHE_DIR",
    "CORPUS_DIR",
    "LABEL_FIELDS",
    "Corpus",
    "CorpusError",
    "Label",
    "canonical_text",
    "corpus_id",
    "load_labels",
    "split_of",
    "validate_label",
]

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "tests" / "fixtures" / "realnews"
CACHE_DIR = ROOT / ".cache" / "realnews"

LABEL_FIELDS = (
    "id",
    "url",
    "lang",
    "published",
    "is_pardon_event",
    "country",
    "country_code",
    "issuer",
    "count",
    "count_text",
    "announced_on",
    "occasion",
    "event_key",
    "negative_kind",
    "notes",
)
# Fields beyond the labels: where the text was found, and who labelled it.
EXTRA_FIELDS = ("query", "title", "batch")
# Occasions a label may carry: the detector's own, and those real reporting
# names that the detector does not have a key for yet.
LABEL_OCCASIONS = frozenset(OCCASIONS) | {"christmas", "easter", "buddhist_holiday"}
LANGS = frozenset(
    [
        "en",
        "fr",
        "es",
        "pt",
        "de",
        "ar",
        "fa",
        "ru",
        "tr",
        "id",
        "it",
        "nl",
        "pl",
        "uk",
        "uz",
        "az",
        "kk",
        "ky",
        "tg",
        "hy",
        "ka",
        "vi",
        "zh",
        "ja",
        "ko",
        "th",
        "my",
        "km",
        "ur",
        "hi",
        "bn",
        "sw",
        "am",
        "so",
        "ha",
        "ms",
        "tl",
        "ro",
        "el",
        "he",
        "sr",
        "hr",
        "bg",
        "cs",
        "sk",
        "sl",
        "hu",
        "sv",
        "no",
        "da",
        "fi",
        "ps",
        "ku",
    ]
)

NEGATIVE_KINDS = frozenset(
    [
        "call",
        "petition",
        "speculation",
        "refusal",
        "draft_law",
        "bill_debated",
        "amnesty_process",
        "court_ruling",
        "court_quash",
        "parole",
        "bail",
        "prisoner_swap",
        "release_no_pardon",
        "tax_amnesty",
        "gun_amnesty",
        "immigration_amnesty",
        "other_amnesty",
        "amnesty_international",
        "turkey_pardon",
        "pardon_me",
        "film_game",
        "history",
        "legal_essay",
        "arrest_sentence",
        "execution",
        "pardon_power_debate",
        "past_pardon_only",
        "politician_pardon_controversy",
        "other",
    ]
)
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": None,
        "\ufeff": None,
    }
)
_SPACES = re.compile(r"[ \t\f\v]+")
_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


class CorpusError(ValueError):
    """A label or text that cannot go into the corpus; the message names it."""


def canonical_text(text: str) -> str:
    """The form a cached text is stored and hashed in.

    NFC; typographic quotes, dashes and spaces folded to ASCII; runs of spaces
    collapsed; each line stripped; empty lines dropped; one final newline.
    Paragraphs stay on their own lines (the detector reads headlines apart).
    """
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def split_search_excerpt(excerpt: str) -> tuple[str, str | None]:
    """A ``pages`` search excerpt without its leading ``date YYYY-MM-DD`` header.

    Returns the text and the date the header gave (the page's publication date).
    """
    m = _DATE_PREFIX.match(excerpt)
    if m is None:
        return excerpt, None
    return excerpt[m.end() :], m.group(1)


def corpus_id(url: str) -> str:
    """A stable ID for a text: ``rn-`` and twelve hex digits of its URL's SHA-256."""
    return "rn-" + hashlib.sha256(url.strip().encode()).hexdigest()[:12]


def split_of(label: dict[str, Any]) -> str:
    """``test`` for a fifth of the corpus, ``dev`` for the rest.

    Decided by the decree (``event_key``) so that every report of one decree
    falls on the same side, and by the ID for negatives.
    """
    key = label.get("event_key") or label["id"]
    return "test" if int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % 5 == 0 else "dev"


def _iso_date(value: Any, name: str, where: str) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise CorpusError(f"{where}: {name} must be an ISO date string or null")
    try:
        date.fromisoformat(value[:10])
    except ValueError as exc:
        raise CorpusError(f"{where}: {name} {value!r} is not an ISO date") from exc


def validate_label(label: dict[str, Any]) -> dict[str, Any]:
    """Check one label's fields and types; return it with every field present."""
    where = f"label {label.get('id') or label.get('url')!r}"
    unknown = set(label) - set(LABEL_FIELDS) - set(EXTRA_FIELDS)
    if unknown:
        raise CorpusError(f"{where}: unknown fields {sorted(unknown)}")
    out = {name: label.get(name) for name in (*LABEL_FIELDS, *EXTRA_FIELDS)}
    url = out["url"]
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise CorpusError(f"{where}: url must be an http(s) URL")
    out["id"] = out["id"] or corpus_id(url)
    if out["lang"] not in LANGS:
        raise CorpusError(f"{where}: lang {out['lang']!r} is not a known ISO 639-1 code")
    if not isinstance(out["is_pardon_event"], bool):
        raise CorpusError(f"{where}: is_pardon_event must be true or false")
    _iso_date(out["published"], "published", where)
    _iso_date(out["announced_on"], "announced_on", where)
    if out["count"] is not None and (not isinstance(out["count"], int) or out["count"] < 1):
        raise CorpusError(f"{where}: count must be a positive integer or null")
    cc = out["country_code"]
    if cc is not None and not (isinstance(cc, str) and re.fullmatch(r"[A-Z]{2}", cc)):
        raise CorpusError(f"{where}: country_code must be two capital letters or null")
    if out["occasion"] is not None and out["occasion"] not in LABEL_OCCASIONS:
        raise CorpusError(
            f"{where}: occasion {out['occasion']!r} is not one of {sorted(LABEL_OCCASIONS)}"
        )
    if out["is_pardon_event"]:
        if not out["event_key"]:
            raise CorpusError(f"{where}: a decree report needs an event_key")
        if out["negative_kind"]:
            raise CorpusError(f"{where}: a decree report has no negative_kind")
    else:
        if out["negative_kind"] not in NEGATIVE_KINDS:
            raise CorpusError(
                f"{where}: negative_kind {out['negative_kind']!r} is not one of "
                f"{sorted(NEGATIVE_KINDS)}"
            )
        if out["event_key"]:
            raise CorpusError(f"{where}: a negative has no event_key")
    return out


@dataclass(frozen=True, slots=True)
class Label:
    """One labelled text of the corpus; ``text`` is ``None`` when not cached."""

    data: dict[str, Any]
    text: str | None
    split: str

    @property
    def id(self) -> str:
        return str(self.data["id"])

    @property
    def positive(self) -> bool:
        return bool(self.data["is_pardon_event"])

    @property
    def published(self) -> date | None:
        value = self.data.get("published")
        return date.fromisoformat(value[:10]) if value else None


def load_labels(path: Path) -> list[dict[str, Any]]:
    """Every label in ``path`` (JSON Lines), validated; a bad line names its number."""
    labels: list[dict[str, Any]] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                label = validate_label(json.loads(line))
            except (json.JSONDecodeError, CorpusError) as exc:
                raise CorpusError(f"{path}:{number}: {exc}") from exc
            if label["id"] in seen:
                raise CorpusError(f"{path}:{number}: duplicate id {label['id']}")
            seen.add(label["id"])
            labels.append(label)
    return labels


def read_manifest(path: Path) -> dict[str, str]:
    """``id -> sha256`` from a ``sha256sum``-style manifest (``HASH  ID.txt``)."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            out[name.strip().removesuffix(".txt")] = digest
    return out


@dataclass(slots=True)
class Corpus:
    """The labels, the manifest and the cache, read together.

    ``labels_path`` and ``manifest_path`` are committed; ``cache_dir`` is not.
    """

    corpus_dir: Path = CORPUS_DIR
    cache_dir: Path = CACHE_DIR

    @property
    def labels_path(self) -> Path:
        return self.corpus_dir / "labels.jsonl"

    @property
    def manifest_path(self) -> Path:
        return self.corpus_dir / "manifest.sha256"

    def labels(self) -> list[dict[str, Any]]:
        return load_labels(self.labels_path) if self.labels_path.exists() else []

    def manifest(self) -> dict[str, str]:
        return read_manifest(self.manifest_path)

    def cached_text(self, corpus_id: str, digest: str | None) -> str | None:
        """The cached text of ``corpus_id`` when its hash is ``digest``, else ``None``."""
        path = self.cache_dir / f"{corpus_id}.txt"
        if not path.exists() or digest is None:
            return None
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            return None
        return data.decode("utf-8")

    def load(self) -> list[Label]:
        manifest = self.manifest()
        return [
            Label(label, self.cached_text(label["id"], manifest.get(label["id"])), split_of(label))
            for label in self.labels()
        ]

    def missing(self) -> list[dict[str, Any]]:
        """Labels whose text is not cached, or cached with another hash."""
        return [item.data for item in self.load() if item.text is None]

    def put(self, corpus_id: str, text: str) -> bool:
        """Cache ``text`` as ``corpus_id`` if it hashes as the manifest says.

        Returns whether it was written.  A text whose hash differs is written
        beside it as ``ID.mismatch.txt`` for a person to compare, never as the text.
        """
        expected = self.manifest().get(corpus_id)
        if expected is None:
            raise CorpusError(f"{corpus_id}: not in {self.manifest_path}")
        canonical = canonical_text(text)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        if hashlib.sha256(canonical.encode()).hexdigest() != expected:
            (self.cache_dir / f"{corpus_id}.mismatch.txt").write_text(canonical, encoding="utf-8")
            return False
        _write_atomic(self.cache_dir / f"{corpus_id}.txt", canonical)
        return True

    def add(self, records: Iterable[dict[str, Any]]) -> Iterator[tuple[str, str]]:
        """Add new texts with their labels: cache the text, append label and hash.

        Each record is a label plus ``text``.  Yields ``(id, outcome)`` where the
        outcome is ``added`` or ``duplicate``; a record that fails validation
        raises :class:`CorpusError` naming it, after the earlier ones were kept.
        """
        known = {label["id"] for label in self.labels()}
        self.corpus_dir.mkdir(parents=True, exist_ok=True)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        for record in records:
            record = dict(record)
            text = record.pop("text", None)
            if not isinstance(text, str) or not text.strip():
                raise CorpusError(f"record for {record.get('url')!r}: text is missing")
            body, header_date = split_search_excerpt(text)
            if header_date and not record.get("published"):
                record["published"] = header_date
            label = validate_label(record)
            if label["id"] in known:
                yield label["id"], "duplicate"
                continue
            canonical = canonical_text(body)
            digest = hashlib.sha256(canonical.encode()).hexdigest()
            _write_atomic(self.cache_dir / f"{label['id']}.txt", canonical)
            with self.manifest_path.open("a", encoding="utf-8") as handle:
                handle.write(f"{digest}  {label['id']}.txt\n")
            with self.labels_path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(label, ensure_ascii=False) + "\n")
            known.add(label["id"])
            yield label["id"], "added"


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
