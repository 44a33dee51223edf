"""``pardonwatch doctor``: one line per check, ok or what to do."""

from __future__ import annotations

import click

from pipeline.cli.output import to_json
from pipeline.doctor import Check, run_checks
from pipeline.settings import Settings

__all__ = ["SETTINGS_ERROR", "doctor_command"]

#: where the main command leaves a settings error for the doctor to report
SETTINGS_ERROR = "pardonwatch.settings_error"


@click.command("doctor")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="One line per check, or JSON.",
)
@click.pass_context
def doctor_command(ctx: click.Context, fmt: str) -> None:
    """Check settings, the feed and subscriber files, the database, the published
    copy, SMTP (when set), the Airflow home, disk space and feed health.

    Exits 1 when a check fails; warnings say what to do but do not fail.
    """
    settings = ctx.obj
    if isinstance(settings, Settings):
        checks = list(run_checks(settings))
    else:
        error = ctx.meta.get(SETTINGS_ERROR, "settings could not be read")
        checks = [Check("settings", "fail", f"{error}: fix the variable (see README)")]
    if fmt == "json":
        click.echo(to_json([c.to_dict() for c in checks]))
    else:
        for c in checks:
            click.echo(f"{c.status.upper():<4}  {c.name:<16}  {c.message}")
    if not all(c.ok for c in checks):
        ctx.exit(1)
