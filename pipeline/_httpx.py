"""httpx, imported without its command-line client.

``import httpx`` also imports ``httpx._main``, the ``httpx`` command's code,
and with it rich and pygments whenever they are installed (Airflow brings
them): 50-75 ms of every ``pardonwatch`` start that polls, for a command the
pipeline never runs.  The pipeline's modules import httpx from here, which
makes that one import fail as it does where rich is missing; httpx then binds
``httpx.main`` to its own stand-in, and everything else in httpx is the same.
``httpx._main`` itself still imports normally afterwards.
"""

from __future__ import annotations

import sys

__all__ = ["httpx"]

if "httpx" not in sys.modules:
    sys.modules["httpx._main"] = None  # type: ignore[assignment]  # import of it raises ImportError
    try:
        import httpx
    finally:
        del sys.modules["httpx._main"]
else:  # already imported by someone else (Airflow, a test): as it is
    import httpx
