"""``pardonwatch report``: a static site of the decrees that works offline.

Pages (one HTML file each, no external script, font, style or image):
``index.html`` (the timeline chart and what is coming), ``decrees.html`` (a
filterable table), ``decrees/<event>.html`` (every source's claim),
``disagreements.html``, ``calendar.html`` (the coming 60 days and the missed
customs) and ``feeds.html``.  Built from the ``sql/`` views of the published
copy (:mod:`pipeline.store.report`); Jinja2 escapes every value; the chart is
Vega-Lite rendered to SVG at build time (:mod:`pipeline.report.chart`).

:func:`write_report` is what a run calls after publishing;
:func:`build_report` writes the site of one open database.
"""

from pipeline.report.site import ReportError, build_report, write_report

__all__ = ["ReportError", "build_report", "write_report"]
