"""The pardon-announcement detector: plain functions over plain data, no I/O.

``detect(text, title=..., published=..., lang=...)`` returns a
:class:`pipeline.models.Detection`.  The rule tables live in
:mod:`pipeline.detect.lexicon` (one module per language); the occasion
vocabulary in :mod:`pipeline.detect.occasions`; the labelled evaluation in
:mod:`pipeline.detect.evaluate`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .normalize import normalize
from .occasions import OCCASIONS

if TYPE_CHECKING:
    from .core import detect

__all__ = ["OCCASIONS", "detect", "normalize"]


def __getattr__(name: str) -> Any:
    # the rules compile on import (about a second): a module that only needs
    # pipeline.detect.normalize (event keys, alerts) does not pay for them
    if name == "detect":
        from .core import detect

        return detect
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
