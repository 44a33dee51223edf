"""Reading the files people edit by hand (feed lists, subscribers) without tracebacks.

A binary file, a file in another encoding or broken YAML each become one
line naming the file and what is wrong, raised as the caller's own error type.
"""

from __future__ import annotations

from pathlib import Path

import yaml

__all__ = ["read_text_file", "yaml_problem"]


def yaml_problem(exc: yaml.YAMLError) -> str:
    """A YAML error in one line: what is wrong and where (line and column)."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
    return f"{problem}{where}"


def read_text_file(path: Path, what: str, error: type[Exception]) -> str:
    """The UTF-8 text of ``path``; raise ``error`` with one line naming it otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {exc.strerror or exc}") from exc
    if b"\x00" in data[:8192]:
        raise error(f"{path}: binary data (NUL byte at offset {data.index(0)}), not {what}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}), "
            f"not {what}"
        ) from exc
