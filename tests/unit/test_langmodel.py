"""The language model: read once from the package, then from an uncompressed copy."""

import pytest
from py3langid import modelio

from pipeline import langmodel

SAMPLES = {
    "en": "The president pardoned three hundred prisoners on the national holiday.",
    "fr": "Le président a gracié trois cents détenus à l'occasion de la fête nationale.",
    "es": "El presidente indultó a trescientos presos con motivo de la fiesta nacional.",
}


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def _classify(model):
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = model
    found = LanguageIdentifier(ptc, pc, classes, nextmove, output, tk_row=row)
    return {code: found.classify(text)[0] for code, text in SAMPLES.items()}


def test_the_first_load_writes_the_copy_and_the_next_reads_it_without_the_package(
    cache_home, monkeypatch
):
    folder = langmodel.cache_folder()
    assert folder.is_relative_to(cache_home) and not folder.exists()
    first = langmodel._model.__wrapped__()
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.npy" for n in langmodel._ARRAYS)

    def packaged(_path):
        raise AssertionError("the packaged model was read although the copy is there")

    monkeypatch.setattr(modelio, "load_model", packaged)
    again = langmodel._model.__wrapped__()
    assert _classify(again) == _classify(first) == {code: code for code in SAMPLES}
    assert list(again[3]) == list(first[3]) and again[2] == first[2]


def test_a_damaged_copy_is_replaced_and_the_model_still_loads(cache_home):
    langmodel._model.__wrapped__()
    folder = langmodel.cache_folder()
    (folder / "ptc.npy").write_bytes(b"not an array")
    assert _classify(langmodel._model.__wrapped__()) == {code: code for code in SAMPLES}
    assert langmodel._read_cache(folder) is not None  # written again, whole


def test_without_a_writable_cache_folder_the_packaged_model_is_read(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("the cache home is a file, not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert _classify(langmodel._model.__wrapped__()) == {code: code for code in SAMPLES}


def test_extraction_and_the_detector_share_one_model():
    from pipeline.detect.langid import _identifier

    everything, restricted = langmodel.identifier(), _identifier()
    assert restricted.tk_nextmove is everything.tk_nextmove
    assert set(restricted.nb_classes) < set(everything.nb_classes)


def test_two_processes_filling_the_cache_at_once_both_load_and_leave_one_whole_copy(cache_home):
    import os
    import subprocess
    import sys

    code = (
        "from pipeline import langmodel\n"
        "print(langmodel.identifier().classify('Le président a gracié trois cents détenus')[0])\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    runs = [
        subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    assert [run.communicate(timeout=120)[0].strip() for run in runs] == ["fr", "fr"]
    folder = langmodel.cache_folder()
    assert langmodel._read_cache(folder) is not None
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no partial copy left
