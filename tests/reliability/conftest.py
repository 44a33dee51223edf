"""Fixtures of the reliability tests: the sample newsroom on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.newsroom import Newsroom, serve_newsroom


@pytest.fixture(scope="module")
def newsroom() -> Iterator[Newsroom]:
    # addresses of their own (127.0.0.81-...), so no other newsroom test collides
    with serve_newsroom(first_address=81) as served:
        yield served
