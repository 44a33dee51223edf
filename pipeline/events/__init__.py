"""Decrees as events: many articles' detections become one row per decree.

The modules, from input to output:

* :mod:`~pipeline.events.vocabulary` - the word tables (offices, occasions,
  quantities, cue words);
* :mod:`~pipeline.events.normalise` - issuer offices, occasions, figure
  ranges, date windows, cues, as keys (pure);
* :mod:`~pipeline.events.mentions` - one decree as one article states it;
* :mod:`~pipeline.events.cluster` - which mentions report the same decree;
* :mod:`~pipeline.events.ids` - stable event IDs from founding mentions;
* :mod:`~pipeline.events.overrides` - analysts' merges and splits;
* :mod:`~pipeline.events.summary` - one event from its mentions;
* :mod:`~pipeline.events.resolve` - one step from stored state to changes;
* :mod:`~pipeline.events.update` and :mod:`~pipeline.events.corrections` -
  the only modules here that read and write (through
  :mod:`pipeline.store.events`): clustering new articles, rebuilding, and
  the analysts' merges and splits.
"""

from __future__ import annotations

from pipeline.events.update import EventChanges, rebuild_events, update_events

__all__ = ["EventChanges", "rebuild_events", "update_events"]
