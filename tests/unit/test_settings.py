import dataclasses
import re
from pathlib import Path

import pytest

from pipeline.settings import PROJECT_ROOT, Settings, SettingsError, env_name, settings_table


def test_every_setting_reads_its_environment_variable():
    s = Settings.from_env(
        {"PARDONWATCH_ALLOW_PRIVATE_NETWORKS": "yes", "PARDONWATCH_SMTP_PORT": "2525"}
    )
    assert s.allow_private_networks is True and s.smtp_port == 2525


def test_paths_default_inside_the_data_dir():
    s = Settings.from_env({"PARDONWATCH_DATA_DIR": "/srv/pw"})
    assert s.db == Path("/srv/pw/pardonwatch.duckdb")
    assert s.outbox_dir == Path("/srv/pw/outbox")


def test_overrides_win_over_the_environment():
    s = Settings.from_env({"PARDONWATCH_DB": "/a.duckdb"}, db=Path("/b.duckdb"))
    assert s.db == Path("/b.duckdb")


def test_bad_value_names_the_variable():
    with pytest.raises(SettingsError, match="PARDONWATCH_SMTP_PORT"):
        Settings.from_env({"PARDONWATCH_SMTP_PORT": "twenty-five"})


def test_private_networks_are_refused_by_default():
    assert Settings().allow_private_networks is False


def test_readme_lists_every_setting_exactly_as_the_code_does():
    readme = (PROJECT_ROOT / "README.md").read_text()
    assert settings_table() in readme
    documented = set(re.findall(r"`(PARDONWATCH_[A-Z_]+)`", readme))
    assert {env_name(f.name) for f in dataclasses.fields(Settings)} <= documented
