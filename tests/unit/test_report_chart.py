import os
import signal
from datetime import date

from pipeline.report import chart
from pipeline.report.chart import TimelinePoint, start_renderer, stop_renderer, timeline_svg

POINTS = [
    TimelinePoint("ev-1", date(2026, 1, 5), "Morocco", 1304, 1304, "1,304 pardoned", "e/ev-1"),
    TimelinePoint("ev-2", date(2026, 3, 1), "Jordan", None, None, "no figure", "e/ev-2"),
]


def _forked():
    import multiprocessing

    return multiprocessing.get_context("forkserver")


def test_a_chart_drawn_by_the_renderer_process_while_it_boots_is_the_same_chart():
    start_renderer(_forked())
    try:
        during = timeline_svg(POINTS)  # waits for the engine the process is starting
        assert chart._RENDERER is not None
    finally:
        stop_renderer()
    assert chart._RENDERER is None
    assert during is not None and during == timeline_svg(POINTS)  # drawn here
    assert during.count("<a ") == 2 and 'xlink:href="e/ev-1"' in during


def test_a_renderer_process_that_died_leaves_the_chart_to_this_process():
    start_renderer(_forked())
    try:
        assert timeline_svg(POINTS[:1]) is not None
        for pid in list(chart._RENDERER._processes):  # type: ignore[union-attr]
            os.kill(pid, signal.SIGKILL)
        after = timeline_svg(POINTS)
    finally:
        stop_renderer()
    assert after == timeline_svg(POINTS)


def test_a_chart_drawn_while_a_thread_boots_the_renderer_is_the_same_chart():
    start_renderer()  # no context: a thread of this process
    assert chart._RENDERER is None
    during = timeline_svg(POINTS)  # waits for the engine the thread is starting
    assert during is not None and during == timeline_svg(POINTS)
