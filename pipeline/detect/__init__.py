"""The pardon-announcement detector: plain functions over plain data, no I/O.

``detect(text, title=..., published=..., lang=...)`` returns a
:class:`pipeline.models.Detection`.  The rule tables live in
:mod:`pipeline.detect.lexicon` (one module per language); the occasion
vocabulary in :mod:`pipeline.detect.occasions`; the labelled evaluation in
:mod:`pipeline.detect.evaluate`.
"""

from __future__ import annotations

from .core import detect
from .normalize import normalize
from .occasions import OCCASIONS

__all__ = ["OCCASIONS", "detect", "normalize"]
