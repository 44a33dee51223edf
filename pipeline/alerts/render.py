"""Turning planned alerts into emails (plain text + HTML, multipart/alternative).

Everything an event carries comes from the open web, so every value passes
through one of three gates before it reaches a message:

* ``clean_header`` for headers: no CR, LF or other control characters, no
  bidirectional overrides, whitespace collapsed, length bounded;
* ``clean_text`` for body fields: the same on one line, a larger bound, and
  ``html.escape`` on top in the HTML part;
* ``safe_url`` for links: only ``http``/``https`` URLs with a host become
  ``<a href>``; anything else is shown as escaped text.

The HTML part has no images, scripts, stylesheets or remote resources.
Scraped text that may be Persian or Arabic (evidence, outlets, headlines)
sits in its own bidirectional isolate (``dir="auto"``, ``<bdi>``), so a
right-to-left quote never drags the outlet note after it out of place.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from urllib.parse import urlsplit

from pipeline.alerts.plan import PlannedAlert, PlannedDigest, decree_age
from pipeline.alerts.subscribers import DEFAULT_MAX_AGE_DAYS, Subscriber
from pipeline.models import Claim, Event

__all__ = [
    "SUBJECT_PREFIX",
    "clean_header",
    "clean_text",
    "figure_phrase",
    "headline",
    "render_alert",
    "render_digest",
    "safe_url",
    "subject_for",
]

SUBJECT_PREFIX = "[PardonWatch]"
MAX_SUBJECT = 200
MAX_FIELD = 300
MAX_EVIDENCE = 500
MAX_EVIDENCE_ITEMS = 12
_BIDI = {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def clean_header(value: object, limit: int = MAX_SUBJECT) -> str:
    """``value`` on one line without control characters, cut to ``limit`` characters."""
    text = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Zl", "Zp"} else ch
        for ch in str(value)
        if ord(ch) not in _BIDI
    )
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def clean_text(value: object, limit: int = MAX_FIELD) -> str:
    """A scraped value for a body field: one line, no control characters, bounded."""
    return clean_header(value, limit)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL with a host and no whitespace, else ``None``."""
    if not url or len(url) > 2000 or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return url


def figure_phrase(event: Event) -> str | None:
    """How many prisoners, as a subject says it: ``3,388``, ``30,000-40,000``, ``at least 500``."""
    low, high = event.count_low, event.count_high
    if low is not None and high is not None and low != high:
        return f"{min(low, high):,}-{max(low, high):,}"
    if event.count is not None:
        return f"{event.count:,}"
    if low is not None:
        return f"{low:,}" if high == low else f"at least {low:,}"
    if high is not None:
        return f"up to {high:,}"
    from pipeline.events.normalise import magnitude_words  # not loaded to read events

    words = magnitude_words(event.count_magnitude)
    if words:
        return words
    for claim in event.claims:
        if claim.count_text:
            return clean_text(claim.count_text, 40)
    return None


def headline(event: Event) -> str:
    """The subject line without prefix, e.g.
    ``Iran: Supreme Leader pardons 3,388 prisoners (Islamic Revolution anniversary, 2022-02-10)``.
    """
    country = clean_text(event.country or event.country_code or "Unknown country", 60)
    issuer = clean_text(event.issuer, 80) if event.issuer else ""
    figure = figure_phrase(event)
    if issuer:
        action = f"{issuer} pardons {figure} prisoners" if figure else f"{issuer} pardons prisoners"
    else:
        action = f"{figure} prisoners pardoned" if figure else "prisoners pardoned"
    details = [d for d in (_occasion(event), _announced(event)) if d]
    suffix = f" ({', '.join(details)})" if details else ""
    return f"{country}: {action}{suffix}"


def subject_for(event: Event, *, newly_found: bool = False) -> str:
    found = "Newly found: " if newly_found else ""
    return clean_header(f"{SUBJECT_PREFIX} {found}{headline(event)}")


def render_alert(alert: PlannedAlert, *, sender: str, now: datetime) -> EmailMessage:
    """The email for a new alert or a follow-up (threaded to the first alert that was sent)."""
    event = alert.event
    previous = alert.previous
    # a follow-up whose earlier emails all failed is, to its reader, a first alert
    if alert.kind == "followup" and previous is not None and previous.root_message_id:
        subject = clean_header(f"Re: {previous.root_subject}")
        intro = f"Update {alert.version - 1} on a decree you were alerted about."
    elif alert.newly_found:
        subject = subject_for(event, newly_found=True)
        age = decree_age(event)
        days = f", {age.days:,} days before it was found" if age is not None else ""
        intro = (
            f"A newly found decree (announced {_announced(event) or 'on an unknown date'}{days})"
            " matches your filters. It is not recent news."
        )
    else:
        subject = subject_for(event)
        intro = "A new pardon or amnesty decree matches your filters."
    reasons = [clean_text(r) for r in alert.reasons]
    footer = _footer(alert.subscriber, alert.matched, followup=alert.kind == "followup")
    text = _event_text(event, intro, reasons, footer)
    body = _event_html(event, intro, reasons, footer)
    msg = _message(
        sender=sender,
        recipient=alert.subscriber.email,
        name=alert.subscriber.name,
        subject=subject,
        message_id=alert.message_id,
        now=now,
        text=text,
        html_body=_page(subject, body),
    )
    msg["X-PardonWatch-Event"] = clean_header(event.event_id, 120)
    msg["X-PardonWatch-Kind"] = alert.kind
    if previous is not None and previous.root_message_id:
        msg["In-Reply-To"] = previous.root_message_id
        msg["References"] = previous.root_message_id
    return msg


def render_digest(digest: PlannedDigest, *, sender: str, now: datetime) -> EmailMessage:
    """One subscriber's digest of one day (or its "nothing new" note)."""
    day = digest.day.isoformat()
    if digest.new or digest.updated:
        counts = f"{len(digest.new)} new, {len(digest.updated)} updated"
        subject = f"{SUBJECT_PREFIX} Daily digest {day}: {counts}"
    else:
        subject = f"{SUBJECT_PREFIX} Daily digest {day}: nothing new"
    lines = [f"PardonWatch daily digest for {day}", ""]
    parts = [f"<h2>PardonWatch daily digest for {day}</h2>"]
    feeds = _feeds_note(digest.feeds, day)
    if feeds:
        lines += [feeds, ""]
        parts.append(f"<p><strong>{html.escape(feeds)}</strong></p>")
    if not (digest.new or digest.updated):
        note = f"No new or updated decrees matched your filters on {day}."
        if digest.feeds and digest.feeds[0]:
            note += " Some feeds failed, so decrees may have been missed."
        lines.append(note)
        parts.append(f"<p>{note}</p>")
    for title, events in (("New decrees", digest.new), ("Updated decrees", digest.updated)):
        if not events:
            continue
        lines += [title, "-" * len(title)]
        parts.append(f"<h3>{title}</h3><ul>")
        for event in events:
            lines += _digest_item_text(event)
            parts.append(_digest_item_html(event))
        parts.append("</ul>")
    if digest.upcoming:
        title = "Customary pardon occasions coming up"
        lines += [title, "-" * len(title)]
        parts.append(f"<h3>{title}</h3><ul>")
        for o in digest.upcoming:
            item = clean_text(f"{o.occasion_date.isoformat()}: {o.country}, {o.custom_name}")
            if o.prior_occasions:
                item += f" (kept in {o.prior_found} of the last {o.prior_occasions} years)"
            lines.append(f"* {item}")
            parts.append(f"<li>{html.escape(item)}</li>")
        parts.append("</ul>")
    footer = _footer(digest.subscriber, (), followup=False)
    lines += ["", "-- ", "PardonWatch: prisoner pardon and amnesty alerts", *footer]
    parts.append(_footer_html(footer))
    msg = _message(
        sender=sender,
        recipient=digest.subscriber.email,
        name=digest.subscriber.name,
        subject=subject,
        message_id=digest.message_id,
        now=now,
        text="\n".join(lines) + "\n",
        html_body=_page(subject, "\n".join(parts)),
    )
    msg["X-PardonWatch-Kind"] = "digest"
    return msg


# -- message -----------------------------------------------------------------


def _message(
    *,
    sender: str,
    recipient: str,
    name: str | None,
    subject: str,
    message_id: str,
    now: datetime,
    text: str,
    html_body: str,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr(("PardonWatch", clean_header(sender, 254)))
    msg["To"] = formataddr((clean_header(name or "", 80), clean_header(recipient, 254)))
    msg["Subject"] = clean_header(subject)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text)
    msg.add_alternative(html_body, subtype="html")
    return msg


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n"
        f'<body style="font-family: sans-serif">\n{body}\n</body></html>\n'
    )


# -- one event ---------------------------------------------------------------


def _fields(event: Event) -> list[tuple[str, str]]:
    """(label, clean value) pairs shown for an event, in order."""
    rows = [
        ("Country", _join(event.country, event.country_code and f"({event.country_code})")),
        ("Issuer", event.issuer or ""),
        ("Prisoners", figure_phrase(event) or "not stated"),
        ("Claims", event.spread or ""),
        ("Announced", _announced(event) or "not stated"),
        ("Occasion", _occasion(event) or ""),
        ("Conditions", "; ".join(event.conditions)),
        ("Exclusions", "; ".join(event.exclusions)),
        ("Confidence", f"{event.confidence:.2f}"),
        (
            "Independent sources",
            f"{event.independent_sources} (of {event.sources} articles)",
        ),
        ("Event ID", event.event_id),
        ("First seen", _moment(event.first_seen)),
        ("Last updated", _moment(event.last_updated)),
    ]
    return [(label, clean_text(value)) for label, value in rows if value]


def _event_text(
    event: Event, intro: str, reasons: Sequence[str], footer: Sequence[str] = ()
) -> str:
    lines = [headline(event), "", intro, ""]
    if reasons:
        lines += ["What changed:", *(f"  * {r}" for r in reasons), ""]
    width = max(len(label) for label, _ in _fields(event))
    lines += [f"{label + ':':<{width + 1}} {value}" for label, value in _fields(event)]
    lines += ["", "Sources:"]
    for claim in event.claims:
        lines.append(f"  * {' | '.join(_claim_cells(claim))}")
        if claim.title:
            lines.append(f"    {clean_text(claim.title, 200)}")
        lines.append(f"    {clean_text(claim.article_url, 2000)}")
    if not event.claims:
        lines.append("  (none)")
    evidence = _evidence(event)
    if evidence:
        lines += ["", "Evidence:"]
        lines += [f'  * "{sentence}" ({outlet})' for sentence, outlet in evidence]
    lines += ["", "-- ", f"PardonWatch event {clean_text(event.event_id)}", *footer]
    return "\n".join(lines) + "\n"


def _event_html(
    event: Event, intro: str, reasons: Sequence[str], footer: Sequence[str] = ()
) -> str:
    esc = html.escape
    parts = [f'<h2 dir="auto">{esc(headline(event))}</h2>', f"<p>{esc(intro)}</p>"]
    if reasons:
        items = "".join(f'<li dir="auto">{esc(r)}</li>' for r in reasons)
        parts.append(f"<p><strong>What changed:</strong></p><ul>{items}</ul>")
    rows = "".join(
        f'<tr><th align="left">{esc(label)}</th><td><bdi>{esc(value)}</bdi></td></tr>'
        for label, value in _fields(event)
    )
    parts.append(f'<table cellpadding="3">{rows}</table>')
    parts.append("<h3>Sources</h3>")
    if event.claims:
        head = "".join(
            f'<th align="left">{h}</th>'
            for h in ("Outlet", "Headline", "Published", "Figure", "Decree date", "Report")
        )
        body = "".join(
            "<tr>"
            f'<td dir="auto">{esc(_outlet(claim))}</td>'
            f'<td dir="auto">{_link_html(claim.article_url, claim.title)}</td>'
            f"<td>{esc(_published(claim))}</td>"
            f'<td dir="auto">{esc(clean_text(_claim_figure(claim), 80))}</td>'
            f"<td>{esc(_claim_date(claim))}</td>"
            f"<td>{esc(_kind_label(claim))}</td>"
            "</tr>"
            for claim in event.claims
        )
        parts.append(f'<table cellpadding="3"><tr>{head}</tr>{body}</table>')
    else:
        parts.append("<p>(none)</p>")
    evidence = _evidence(event)
    if evidence:
        items = "".join(
            f'<li><span class="quote" dir="auto">&ldquo;{esc(sentence)}&rdquo;</span>'
            f' <em class="outlet">(<bdi>{esc(outlet)}</bdi>)</em></li>'
            for sentence, outlet in evidence
        )
        parts.append(f"<h3>Evidence</h3><ul>{items}</ul>")
    parts.append(f"<p><small>PardonWatch event {esc(clean_text(event.event_id))}</small></p>")
    parts.append(_footer_html(footer))
    return "\n".join(parts)


def _footer(subscriber: Subscriber, matched: Sequence[str], *, followup: bool) -> list[str]:
    """Why this reached the reader, and how to stop or change it."""
    address = clean_text(subscriber.email, 254)
    if followup:
        why = "You were alerted about this decree before and asked for follow-ups."
    elif matched:
        why = "It matched your filters: " + "; ".join(clean_text(m) for m in matched) + "."
    else:
        wanted = subscriber.filters.describe()
        why = (
            "Your filters: " + "; ".join(wanted) + "."
            if wanted
            else "You have no filters: every decree reaches you."
        )
    age = subscriber.max_age_days
    limit = f"{age} days" if age is not None else "no limit"
    change = (
        f"To stop or change these alerts, ask whoever runs PardonWatch to edit or remove the"
        f" entry for {address} in subscribers.yaml (mode: {subscriber.mode};"
        f" follow_ups: {str(subscriber.follow_ups).lower()}; oldest decree alerted: {limit})."
    )
    return [why, change]


def _footer_html(footer: Sequence[str]) -> str:
    if not footer:
        return ""
    body = "<br>".join(html.escape(line) for line in footer)
    return f'<hr><p class="footer"><small>{body}</small></p>'


def _feeds_note(feeds: tuple[int, int] | None, day: str) -> str | None:
    if feeds is None:
        return None
    failed, total = feeds
    if total == 0:
        return "No feeds are configured: nothing was polled."
    if failed:
        return f"{failed:,} of {total:,} feeds failed on {day}."
    return f"All {total:,} feeds answered on {day}."


def _outlet(claim: Claim) -> str:
    return clean_text(claim.outlet or _host(claim.article_url) or "unknown outlet", 80)


def _published(claim: Claim) -> str:
    return claim.published.date().isoformat() if claim.published else "not known"


def _kind_label(claim: Claim) -> str:
    return "later implementation report" if claim.kind == "implementation" else "report"


def _claim_cells(claim: Claim) -> list[str]:
    return [
        _outlet(claim),
        clean_text(_claim_figure(claim), 80),
        f"decree {_claim_date(claim)}",
        f"published {_published(claim)}",
        _kind_label(claim),
    ]


def _claim_figure(claim: Claim) -> str:
    low, high = claim.count_low, claim.count_high
    if low is not None and high is not None and low != high:
        return f"{min(low, high):,}-{max(low, high):,}"
    if claim.count is not None:
        return f"{claim.count:,}"
    if low is not None or high is not None:
        return f"{low if low is not None else high:,}"
    return claim.count_text or "not stated"


def _claim_date(claim: Claim) -> str:
    return claim.announced_on.isoformat() if claim.announced_on else "not stated"


def _evidence(event: Event) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for claim in event.claims:
        outlet = clean_text(claim.outlet or _host(claim.article_url) or "unknown outlet", 80)
        for sentence in claim.evidence:
            cleaned = clean_text(sentence, MAX_EVIDENCE)
            if cleaned and cleaned not in seen:
                seen.add(cleaned)
                out.append((cleaned, outlet))
    return out[:MAX_EVIDENCE_ITEMS]


def _link_html(url: str, title: str | None = None) -> str:
    """The headline (or the URL when there is none) as the text of a link."""
    safe = safe_url(url)
    shown = html.escape(clean_text(title, 200) if title else clean_text(url, 200))
    if safe is None:
        return shown if not title else f"{shown} ({html.escape(clean_text(url, 200))})"
    return f'<a href="{html.escape(safe, quote=True)}">{shown}</a>'


# -- digest items --------------------------------------------------------------


def _digest_item_text(event: Event) -> list[str]:
    summary = (
        f"confidence {event.confidence:.2f}, {event.independent_sources} independent"
        f" source(s), event {clean_text(event.event_id, 120)}"
    )
    lines = [f"* {_found(event)}{headline(event)}", f"  {summary}"]
    link = _first_link(event.claims)
    if link:
        lines.append(f"  {link}")
    return [*lines, ""]


def _digest_item_html(event: Event) -> str:
    esc = html.escape
    summary = (
        f"confidence {event.confidence:.2f}, {event.independent_sources} independent"
        f" source(s), event {clean_text(event.event_id, 120)}"
    )
    link = _first_link(event.claims)
    anchor = f'<br><a href="{esc(link, quote=True)}">{esc(link)}</a>' if link else ""
    title = esc(_found(event) + headline(event))
    return f'<li><strong dir="auto">{title}</strong><br>{esc(summary)}{anchor}</li>'


def _found(event: Event) -> str:
    age = decree_age(event)
    return "Newly found: " if age is not None and age.days > DEFAULT_MAX_AGE_DAYS else ""


def _first_link(claims: Iterable[Claim]) -> str | None:
    for claim in claims:
        safe = safe_url(claim.article_url)
        if safe:
            return safe
    return None


# -- small helpers -----------------------------------------------------------------


def _occasion(event: Event) -> str:
    if event.occasion:
        label = event.occasion
        if "_" in label or label.islower():
            label = label.replace("_", " ").strip()
            label = label[:1].upper() + label[1:]
        return clean_text(label, 80)
    return clean_text(event.occasion_text, 80) if event.occasion_text else ""


def _announced(event: Event) -> str:
    if event.announced_on:
        return event.announced_on.isoformat()
    if event.announced_from and event.announced_to and event.announced_from != event.announced_to:
        return f"{_iso(event.announced_from)} to {_iso(event.announced_to)}"
    return _iso(event.announced_from or event.announced_to)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _moment(moment: datetime | None) -> str:
    return moment.isoformat(timespec="minutes") if moment else ""


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _host(url: str | None) -> str | None:
    try:
        return urlsplit(url or "").hostname
    except ValueError:
        return None
