"""A fault-injection hook at stage boundaries, for the reliability tests.

``checkpoint(stage)`` is called by :mod:`pipeline.tasks` right after each
stage's results are durable.  When the environment variable
``PARDONWATCH_FAULT_KILL_AFTER`` names that stage, the process sends itself
``SIGKILL`` there: no ``finally`` block, no ``atexit``, no flush runs, as
when the machine's OOM killer or an operator's ``kill -9`` strikes.  Unset
(always, outside ``tests/reliability/``), a checkpoint does nothing.

The stages, in the order a cycle reaches them (``fetch`` and ``extract`` fire
after the first staged batch, so a run is cut in the middle of the stage when
it has several batches):

``poll``     entry batches staged and the feeds' poll state saved
``fetch``    one batch of pages staged
``extract``  one batch of articles (text and detection) staged
``store``    articles and detections committed, not yet clustered
``cluster``  events and claims committed, the run not yet recorded
``alert``    alert emails delivered (outbox or SMTP) and marked sent
``publish``  the analysts' copy replaced, the run's summary not yet final
"""

from __future__ import annotations

import os
import signal

__all__ = ["KILL_AFTER_ENV", "STAGES", "checkpoint"]

KILL_AFTER_ENV = "PARDONWATCH_FAULT_KILL_AFTER"
STAGES = ("poll", "fetch", "extract", "store", "cluster", "alert", "publish")


def checkpoint(stage: str) -> None:
    """Kill this process now if ``PARDONWATCH_FAULT_KILL_AFTER`` names ``stage``."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; known: {', '.join(STAGES)}")
    if os.environ.get(KILL_AFTER_ENV) == stage:
        os.kill(os.getpid(), signal.SIGKILL)
