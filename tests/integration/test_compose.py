"""The compose deployment, checked without a Docker engine.

There is no Docker engine on these machines, so what can be checked here is:
the file parses, every Airflow command is one the installed Airflow accepts,
every setting it passes is a real setting (PardonWatch field or Airflow
option), and the Dockerfile copies files that exist.  ``docker compose
config`` runs too when the compose plugin is installed.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.orchestration import WRITER_POOL
from pipeline.settings import PROJECT_ROOT, Settings, env_name

COMPOSE = PROJECT_ROOT / "docker-compose.yml"
ENV_EXAMPLE = PROJECT_ROOT / ".env.example"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"
AIRFLOW_SERVICES = {
    "airflow-init",
    "api-server",
    "scheduler",
    "dag-processor",
    "triggerer",
    "worker",
}
LONG_RUNNING = {
    "api-server": ["airflow", "api-server"],
    "scheduler": ["airflow", "scheduler"],
    "dag-processor": ["airflow", "dag-processor"],
    "triggerer": ["airflow", "triggerer"],
    "worker": ["airflow", "celery", "worker"],
}


@cache
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value.strip().strip('"')
    return values


def all_variables() -> dict[str, str]:
    """Every variable the Airflow services get: compose ``environment`` and the env file."""
    variables = dict(env_example())
    for name in AIRFLOW_SERVICES:
        variables.update(compose()["services"][name].get("environment") or {})
    return {k: str(v) for k, v in variables.items()}


def dockerfile_env() -> dict[str, str]:
    text = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    found = {}
    for line in text.splitlines():
        if line.startswith("ENV "):
            for name, value in re.findall(r"(\w+)=(\S+)", line):
                found[name] = value
    return found


def airflow_invocations(command: list[str] | str) -> list[list[str]]:
    """The ``airflow ...`` command lines of a service command (list or shell string)."""
    words = shlex.split(command) if isinstance(command, str) else list(command)
    if words[:2] == ["bash", "-c"] or words[:2] == ["sh", "-c"]:
        return [
            shlex.split(part)
            for part in re.split(r"&&|;|\|\|", words[2])
            if shlex.split(part)[:1] == ["airflow"]
        ]
    return [words] if words[:1] == ["airflow"] else []


PROBE = """
import json, sys
from airflow.cli.cli_parser import get_parser
from airflow.configuration import conf
from airflow.sdk import Connection

asked = json.load(sys.stdin)
parser = get_parser()
accepted = {}
for argv in asked["commands"]:
    try:
        parser.parse_args(argv[1:])
        accepted[" ".join(argv)] = True
    except SystemExit:
        accepted[" ".join(argv)] = False
described = conf.configuration_description
options = {}
for name in asked["variables"]:
    section, key = name.removeprefix("AIRFLOW__").lower().split("__", 1)
    # has_option is False for documented options that have no default value
    known = key in described.get(section, {}).get("options", {})
    options[name] = known or conf.has_option(section, key)
smtp = Connection.from_uri(asked["smtp_uri"], conn_id="smtp_default")
print(json.dumps({
    "accepted": accepted,
    "options": options,
    "smtp": [smtp.conn_type, smtp.host, smtp.port, smtp.extra_dejson],
}))
"""


@pytest.fixture(scope="module")
def airflow_answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Ask the installed Airflow, in a subprocess with a throw-away AIRFLOW_HOME.

    Airflow reads its configuration (and may write airflow.cfg) when first
    imported; a subprocess keeps that away from the other tests.
    """
    commands = [
        argv
        for name in sorted(AIRFLOW_SERVICES)
        for argv in airflow_invocations(compose()["services"][name]["command"])
    ]
    variables = sorted(
        name for name in all_variables() | dockerfile_env() if name.startswith("AIRFLOW__")
    )
    asked = {
        "commands": commands,
        "variables": variables,
        "smtp_uri": env_example()["AIRFLOW_CONN_SMTP_DEFAULT"],
    }
    home = tmp_path_factory.mktemp("airflow-home")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=json.dumps(asked),
        capture_output=True,
        text=True,
        env={**environ, "AIRFLOW_HOME": str(home), "AIRFLOW__CORE__LOAD_EXAMPLES": "False"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    answers: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answers


def test_compose_file_has_every_service() -> None:
    services = set(compose()["services"])
    assert services >= AIRFLOW_SERVICES | {"postgres", "redis", "mailpit"}


def test_long_running_services_run_the_expected_airflow_command() -> None:
    for name, command in LONG_RUNNING.items():
        assert compose()["services"][name]["command"] == command, name


def test_every_airflow_service_runs_an_airflow_command() -> None:
    for name in sorted(AIRFLOW_SERVICES):
        assert airflow_invocations(compose()["services"][name]["command"]), name


def test_every_airflow_command_is_accepted_by_the_installed_airflow(
    airflow_answers: dict[str, Any],
) -> None:
    rejected = [command for command, ok in airflow_answers["accepted"].items() if not ok]
    assert airflow_answers["accepted"] and not rejected


def test_init_service_migrates_and_creates_the_writer_pool() -> None:
    invocations = airflow_invocations(compose()["services"]["airflow-init"]["command"])
    assert ["airflow", "db", "migrate"] in invocations
    pools = [argv for argv in invocations if argv[1:3] == ["pools", "set"]]
    assert pools and pools[0][3:5] == [WRITER_POOL, "1"]


def test_every_airflow_service_shares_the_data_volume_and_the_image() -> None:
    for name in AIRFLOW_SERVICES:
        service = compose()["services"][name]
        assert "pardonwatch-data:/data" in service["volumes"], name
        assert service["build"] == "." and service["image"] == "pardonwatch-airflow:latest"
    assert "pardonwatch-data" in compose()["volumes"]


def test_data_dir_setting_points_at_the_shared_volume() -> None:
    assert all_variables()["PARDONWATCH_DATA_DIR"] == "/data"


def test_pardonwatch_variables_are_real_settings() -> None:
    known = {env_name(f.name) for f in dataclasses.fields(Settings)}
    used = {
        name for name in [*all_variables(), *dockerfile_env()] if name.startswith("PARDONWATCH_")
    }
    assert used, "no PARDONWATCH_ variable at all"
    assert used <= known, f"not settings: {sorted(used - known)}"


def test_pardonwatch_values_parse_as_settings() -> None:
    environ = {k: v for k, v in all_variables().items() if k.startswith("PARDONWATCH_")}
    settings = Settings.from_env(environ)
    assert str(settings.data_dir) == "/data"


def test_airflow_variables_are_real_config_options(airflow_answers: dict[str, Any]) -> None:
    unknown = [name for name, ok in airflow_answers["options"].items() if not ok]
    assert airflow_answers["options"] and not unknown


def test_smtp_connection_points_at_mailpit(airflow_answers: dict[str, Any]) -> None:
    conn_type, host, port, extra = airflow_answers["smtp"]
    assert (conn_type, host, port) == ("smtp", "mailpit", 1025)
    assert extra["from_email"] == "alerts@pardonwatch.example"
    assert extra["disable_ssl"] in (True, "true") and extra["disable_tls"] in (True, "true")
    assert "mailpit" in compose()["services"]


def test_executor_broker_and_metadata_point_at_compose_services() -> None:
    variables = all_variables()
    assert variables["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert "@postgres/" in variables["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    assert variables["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://redis:")
    assert variables["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"].startswith("http://api-server:")


def test_dags_folder_is_the_repo_dags_inside_the_image() -> None:
    assert all_variables()["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/pardonwatch/dags"
    assert "COPY dags ./dags" in DOCKERFILE.read_text(encoding="utf-8")


def test_dockerfile_copy_sources_exist() -> None:
    lines = DOCKERFILE.read_text(encoding="utf-8").splitlines()
    copies = [shlex.split(line)[1:] for line in lines if line.startswith("COPY ")]
    local = [args for args in copies if not any(a.startswith("--from") for a in args)]
    assert local
    for args in local:
        for source in args[:-1]:
            assert (PROJECT_ROOT / source).exists(), f"COPY {source}: not in the repo"


def test_dockerignore_keeps_copied_sources() -> None:
    ignored = {
        line.strip()
        for line in (PROJECT_ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert not ignored & {"pipeline", "dags", "sql", "pyproject.toml", "uv.lock", "README.md"}


def test_bind_mounted_config_files_exist() -> None:
    for volume in compose()["x-airflow-common"]["volumes"]:
        source = volume.split(":", 1)[0]
        if source.startswith("./"):
            assert (PROJECT_ROOT / source).exists(), source


def test_docker_compose_config_accepts_the_file(tmp_path: Path) -> None:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("no docker client installed")
    probe = subprocess.run(
        [docker, "compose", "version"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip("the docker compose plugin is not installed (docker is a bare client here)")
    done = subprocess.run(
        [docker, "compose", "-f", str(COMPOSE), "config", "--quiet"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
