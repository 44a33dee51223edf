"""The cases of ``tests/reliability/`` by id, in one place.

The tests are parametrized from these lists, and ``test_reliability_doc.py``
checks that the section "Interrupted runs and bad input" of
``docs/reliability.md`` lists exactly these ids, so the document cannot
claim a case that is not tried or miss one that is.
"""

from __future__ import annotations

from pipeline.faults import STAGES

#: kill -9 right after each stage's results are durable, then run again
KILL_CASES = [f"kill-after-{stage}" for stage in STAGES]

#: one bad input among healthy feeds: id -> what is wrong
BAD_INPUT_CASES = {
    "feed-url-newline": "a line break inside a feeds.yaml URL",
    "feed-url-idna": "a feeds.yaml URL whose host IDNA rejects (http://xn--/)",
    "feed-url-bad-port": "a feeds.yaml URL with port 99999",
    "feed-redirect-idna": "a feed that redirects to http://xn--/",
    "entry-link-control-char": "an entry link with a control character (U+007F)",
    "entry-link-idna": "an entry link to http://xn--/",
    "page-redirect-idna": "an article page that redirects to http://xn--/",
    "page-redirect-bad-port": "an article page that redirects to a port out of range",
    "import-url-control-char": "an import line whose url has a control character",
}

ALL_CASES = [*KILL_CASES, *BAD_INPUT_CASES]
