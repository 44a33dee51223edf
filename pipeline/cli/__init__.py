"""``pardonwatch``: a thin click wrapper over the pipeline package.

Commands are imported when used, so ``pardonwatch --help`` stays fast and a
command's heavy imports (Airflow, trafilatura) cost nothing elsewhere.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import click

from pipeline.settings import Settings, SettingsError

__all__ = ["main"]

# command name -> "module:attribute"
COMMANDS = {
    "run": "pipeline.cli.ingest:run_command",
    "import": "pipeline.cli.ingest:import_command",
    "reprocess": "pipeline.cli.ingest:reprocess_command",
    "runs": "pipeline.cli.ingest:runs_command",
    "demo": "pipeline.cli.demo:demo_command",
    "feeds": "pipeline.cli.feeds:feeds_group",
    "detect": "pipeline.cli.detect:detect_command",
    "eval": "pipeline.cli.detect:eval_command",
    "corpus": "pipeline.cli.corpus:corpus_group",
    "events": "pipeline.cli.events:events_group",
    "sql": "pipeline.cli.sql:sql_command",
    "alerts": "pipeline.cli.alerts:alerts_group",
    "explain": "pipeline.cli.explain:explain_command",
    "rules": "pipeline.cli.explain:rules_command",
    "doctor": "pipeline.cli.doctor:doctor_command",
    "describe": "pipeline.cli.describe:describe_command",
    "report": "pipeline.cli.report:report_command",
}

HELP = {
    "run": "Run one full cycle without Airflow: poll, fetch, detect, store, cluster, alert.",
    "import": "Ingest articles from a JSON Lines file without the network.",
    "reprocess": "Re-run extraction and detection over stored pages, then rebuild events.",
    "runs": "Show the latest runs and their counts.",
    "demo": "Serve the sample newsroom on loopback and run the pipeline over it.",
    "feeds": "List, add and import the feeds to poll.",
    "detect": "Detect pardon announcements in texts (files or JSON Lines).",
    "eval": "Measure the detector on the labelled development set.",
    "corpus": "Add to, check and restore the real-news corpus (texts cached, not committed).",
    "events": "List decrees (events) and correct the clustering.",
    "sql": "Run SQL against the analysts' published copy.",
    "alerts": "Preview, send and list email alerts.",
    "explain": "Say why a text (file or URL) was or was not taken as a decree.",
    "rules": "List every detector rule id and what it means.",
    "doctor": "Check settings, files, database, SMTP, Airflow home, disk and feeds.",
    "describe": "Say what every view and column of the analysts' copy means.",
    "report": "Write the static report site: timeline, decrees, calendar, feed health.",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, HELP.get(name, "")) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="DuckDB file to use (overrides PARDONWATCH_DB).",
)
@click.option(
    "--feeds",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Feed list YAML to use (overrides PARDONWATCH_FEEDS).",
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Data folder (overrides PARDONWATCH_DATA_DIR).",
)
@click.version_option(package_name="pardonwatch")
@click.pass_context
def main(ctx: click.Context, db: Path | None, feeds: Path | None, data_dir: Path | None) -> None:
    """PardonWatch: news feeds in, deduplicated pardon and amnesty decrees out.

    Settings come from PARDONWATCH_* environment variables (see the README);
    the options here override them.
    """
    overrides: dict[str, Any] = {"db": db, "feeds": feeds, "data_dir": data_dir}
    try:
        ctx.obj = Settings.from_env(**overrides)
    except SettingsError as exc:
        if ctx.invoked_subcommand != "doctor":
            raise click.UsageError(str(exc)) from exc
        # the doctor reports a bad setting as one of its checks
        ctx.obj = None
        ctx.meta["pardonwatch.settings_error"] = str(exc)
