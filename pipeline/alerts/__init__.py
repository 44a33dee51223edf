"""Email alerts: who hears about which decree, when, and how the mail leaves.

plan (pure) -> render (pure) -> ledger (``pipeline.store.alerts``) -> transport.
``run_alerts`` and ``run_digest`` combine them for the CLI and Airflow.
"""

from pipeline.alerts.plan import (
    AlertState,
    PlannedAlert,
    PlannedDigest,
    Snapshot,
    material_changes,
    message_id,
    plan_alerts,
    plan_digests,
)
from pipeline.alerts.render import render_alert, render_digest
from pipeline.alerts.run import AlertOutcome, deliver, preview_message, run_alerts, run_digest
from pipeline.alerts.subscribers import (
    Filters,
    Subscriber,
    SubscribersError,
    load_subscribers,
    parse_subscribers,
)
from pipeline.alerts.transport import (
    DeliveryError,
    OutboxTransport,
    OutgoingMail,
    SmtpConfig,
    SmtpTransport,
    Transport,
    smtp_config_from_airflow,
    smtp_config_from_connection,
    transport_for,
    transport_from_airflow,
)

__all__ = [
    "AlertOutcome",
    "AlertState",
    "DeliveryError",
    "Filters",
    "OutboxTransport",
    "OutgoingMail",
    "PlannedAlert",
    "PlannedDigest",
    "SmtpConfig",
    "SmtpTransport",
    "Snapshot",
    "Subscriber",
    "SubscribersError",
    "Transport",
    "deliver",
    "load_subscribers",
    "material_changes",
    "message_id",
    "parse_subscribers",
    "plan_alerts",
    "plan_digests",
    "preview_message",
    "render_alert",
    "render_digest",
    "run_alerts",
    "run_digest",
    "smtp_config_from_airflow",
    "smtp_config_from_connection",
    "transport_for",
    "transport_from_airflow",
]
