"""``pardonwatch demo``: the README's main job on the embedded default."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.models import Event
from pipeline.settings import Settings

__all__ = ["demo_command", "describe_event"]


def describe_event(event: Event) -> str:
    if event.spread:
        figure = event.spread
    elif event.count is not None:
        figure = f"{event.count:,}"
    else:
        figure = "count not stated"
    when = event.announced_on.isoformat() if event.announced_on else "date unknown"
    return (
        f"{event.event_id}  {when}  {event.country or '?'}: {event.issuer or 'unknown issuer'}"
        f" - {figure}; {event.occasion or 'no occasion'};"
        f" {event.sources} sources ({event.independent_sources} independent)"
    )


@click.command("demo")
@click.option(
    "--data-dir",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/demo"),
    show_default=True,
    help="Where the demo keeps its database, published copy and outbox.",
)
@click.option(
    "--engine",
    type=click.Choice(["airflow", "inline"]),
    default="airflow",
    show_default=True,
    help="Run the DAGs through Airflow (embedded, SQLite metadata) or as one in-process cycle.",
)
@click.pass_obj
def demo_command(settings: Settings, data_dir: Path, engine: str) -> None:
    """Serve the bundled sample newsroom on 127.0.0.x and run the pipeline over it.

    Loopback fetching is allowed for this run only
    (PARDONWATCH_ALLOW_PRIVATE_NETWORKS stays off elsewhere).
    """
    from pipeline.demo import run_demo
    from pipeline.newsroom import NewsroomError

    click.echo(f"serving samples/newsroom on loopback; engine: {engine}")
    try:
        result = run_demo(settings, data_dir, engine=engine)
    except NewsroomError as exc:
        raise click.ClickException(str(exc)) from exc
    s = result.settings
    click.echo(f"\n{len(result.events)} decrees found from {result.outlets} outlets:")
    for event in result.events:
        click.echo(f"  {describe_event(event)}")
    click.echo("\nwhere everything went:")
    click.echo(f"  database:        {s.db}")
    click.echo(f"  analysts' copy:  {s.published_db}  (pardonwatch --db {s.db} sql ...)")
    click.echo(f"  report:          {s.report_dir / 'index.html'}")
    if s.smtp_host:
        click.echo(f"  alert emails:    sent through {s.smtp_host}:{s.smtp_port}")
    else:
        click.echo(f"  alert emails:    {len(result.outbox_files)} .eml files in {s.outbox_dir}")
    if result.engine == "airflow":
        click.echo(f"  airflow:         {result.details.get('airflow_home', '')}")
