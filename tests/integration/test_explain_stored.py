"""`pardonwatch explain URL` reads a stored article without the network."""

import json

from click.testing import CliRunner
from events_helpers import put, seed_reports

from pipeline.cli.explain import explain_command
from pipeline.store import Store


def test_explain_a_stored_url_reads_the_database_not_the_network(settings):
    with Store.open(settings.db) as store:
        put(store, *seed_reports())
    result = CliRunner().invoke(
        explain_command, ["https://news.example/a2014", "--format", "json"], obj=settings
    )
    data = json.loads(result.output)
    assert data["read_from"] == "stored article"
    assert data["taken"] is True and data["deciding"][0]["rules"]
