"""py3langid's language model: loaded once per process, read from an uncompressed copy.

The model ships as one LZMA-compressed file (4.5 MB, 68 MB of arrays);
decompressing it costs 0.3-0.5 s of a core in every process that identifies
a language (the extraction workers' server, ``import``, ``eval``), on the
critical path of a run's extraction.  The first load writes the arrays
uncompressed to the user's cache folder (``platformdirs``; about 68 MB, one
folder per model file), and later loads read them from there in a twentieth
of the time.  Where the cache cannot be written or read, the packaged model
is read as before.

Page extraction (all of the model's languages) and the detector (its own
languages only) share the arrays: the model is in memory once.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["cache_folder", "identifier"]

# the arrays of py3langid's model, in the order ``modelio.load_model`` returns them
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _model_file() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def cache_folder() -> Path:
    """Where the uncompressed copy of the installed model lives (named by its
    package version and file size, so an upgrade gets its own)."""
    from importlib.metadata import version

    import platformdirs

    model = _model_file()
    name = f"py3langid-{version('py3langid')}-{model.stat().st_size}"
    return Path(platformdirs.user_cache_dir("pardonwatch")) / name


def _read_cache(folder: Path) -> tuple[Any, ...] | None:
    import numpy as np
    from py3langid.modelio import _to_array

    if not folder.is_dir():
        return None
    try:
        ptc, pc, classes, nextmove, row, output = (
            np.load(folder / f"{name}.npy", allow_pickle=False) for name in _ARRAYS
        )
    except (OSError, ValueError):  # a damaged copy: read the packaged model instead
        shutil.rmtree(folder, ignore_errors=True)
        return None
    # what load_model makes of the same arrays
    return ptc, pc, classes.tolist(), _to_array(nextmove), _to_array(row), output.tolist()


def _write_cache(folder: Path, model: tuple[Any, ...]) -> None:
    import numpy as np

    ptc, pc, classes, nextmove, row, output = model
    arrays = (
        ptc,
        pc,
        np.array(classes),
        np.frombuffer(nextmove, dtype=nextmove.typecode),
        np.frombuffer(row, dtype=row.typecode),
        np.array(output, dtype=np.int32),
    )
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=".partial-", dir=folder.parent))
    except OSError:  # no writable cache folder: every load reads the packaged model
        return
    try:
        for name, array in zip(_ARRAYS, arrays, strict=True):
            np.save(partial / f"{name}.npy", array, allow_pickle=False)
        os.rename(partial, folder)  # whole or not at all; another process may have won
    except OSError:
        pass
    finally:
        shutil.rmtree(partial, ignore_errors=True)


@functools.cache
def _model() -> tuple[Any, ...]:
    from py3langid.modelio import load_model

    folder = cache_folder()
    model = _read_cache(folder)
    if model is None:
        model = load_model(_model_file())
        _write_cache(folder, model)
    return model


@functools.cache
def identifier(langs: tuple[str, ...] | None = None) -> LanguageIdentifier:
    """py3langid's identifier over all its languages, or restricted to ``langs``."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _model()
    found = LanguageIdentifier(
        np.asarray(ptc), np.asarray(pc), classes, nextmove, output, tk_row=row
    )
    if langs is not None:
        found.set_languages(list(langs))
    return found
