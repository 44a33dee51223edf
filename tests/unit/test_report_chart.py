from datetime import date

from pipeline.report.chart import TimelinePoint, start_renderer, timeline_svg

POINTS = [
    TimelinePoint("ev-1", date(2026, 1, 5), "Morocco", 1304, 1304, "1,304 pardoned", "e/ev-1"),
    TimelinePoint("ev-2", date(2026, 3, 1), "Jordan", None, None, "no figure", "e/ev-2"),
]


def test_a_chart_drawn_while_the_renderer_boots_is_the_same_chart():
    booting = start_renderer()
    during = timeline_svg(POINTS)  # waits for the engine the thread is starting
    booting.join()
    assert during is not None and during == timeline_svg(POINTS)
    assert during.count("<a ") == 2 and 'xlink:href="e/ev-1"' in during
