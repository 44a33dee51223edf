"""A Persian quote and a Persian outlet name in an English alert, laid out by
headless Chromium: the outlet note stays after (to the right of) the quote."""

from datetime import UTC, date, datetime

import pytest
from browser import browser_page

from pipeline.alerts.plan import PlannedAlert, state_of
from pipeline.alerts.render import render_alert
from pipeline.alerts.subscribers import Subscriber
from pipeline.models import Claim, Event

# our own short sentence: "The Leader agreed to pardon prisoners."
SENTENCE = "رهبر انقلاب با عفو زندانیان موافقت کرد."
OUTLET = "پیک فارسی"
EVENT = Event(
    event_id="ev-rtl",
    country="Iran",
    country_code="IR",
    issuer="Supreme Leader",
    announced_on=date(2023, 2, 5),
    confidence=0.9,
    sources=1,
    independent_sources=1,
    claims=(
        Claim(
            "ev-rtl",
            "a1",
            "https://peyk.example/news/1",
            outlet=OUTLET,
            language="fa",
            evidence=(SENTENCE,),
        ),
    ),
)

# for each evidence item: the boxes of its text before the outlet note, and of the note
MEASURE = """() => {
  const head = [...document.querySelectorAll('h3')].find(h => h.textContent.trim() === 'Evidence');
  return [...head.nextElementSibling.querySelectorAll('li')].map(li => {
    const note = li.querySelector('em');
    const range = document.createRange();
    range.setStart(li, 0);
    range.setEndBefore(note);
    const quote = [...range.getClientRects()].filter(r => r.width > 0);
    const box = note.getBoundingClientRect();
    return {
      direction: getComputedStyle(li).direction,
      quote_right: Math.max(...quote.map(r => r.right)),
      note_left: box.left,
    };
  });
}"""


@pytest.mark.timeout(180)
def test_rtl_evidence_keeps_the_outlet_note_after_the_quote():
    alert = PlannedAlert(EVENT, Subscriber("a@example.org"), "new", 1, state_of(EVENT))
    msg = render_alert(alert, sender="alerts@ngo.example", now=datetime(2023, 2, 6, tzinfo=UTC))
    part = msg.get_body(("html",))
    assert part is not None
    with browser_page(width=1400) as opened:
        opened.page.set_content(str(part.get_content()))
        [item] = opened.page.evaluate(MEASURE)
        assert opened.outside == []
    assert item["direction"] == "ltr"
    # the note (outlet) sits wholly to the right of the quote on the line
    assert item["note_left"] >= item["quote_right"] - 1, item
