"""The README's promises, checked against the code."""

import re

import click
import pytest
from click.testing import CliRunner

from pipeline.cli import COMMANDS, main
from pipeline.settings import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text()


def _commands_in_readme() -> set[tuple[str, ...]]:
    """(command,) or (group, subcommand) for every `pardonwatch ...` line."""
    ctx = click.Context(main)
    found = set()
    for line in re.findall(r"^pardonwatch ([a-z].*)$", README, flags=re.M):
        words = line.split("#")[0].split()
        command = main.get_command(ctx, words[0]) if words[0] in COMMANDS else None
        if isinstance(command, click.Group) and len(words) > 1:
            for alternative in " ".join(words[1:]).split("|"):
                found.add((words[0], alternative.split()[0]))
        else:
            found.add((words[0],))
    return found


def test_readme_opens_with_the_two_commands():
    block = re.search(r"```sh\n(.*?)```", README, flags=re.S).group(1)
    assert [line.split()[:2] for line in block.strip().splitlines()] == [
        ["make", "demo"],
        ["make", "test"],
    ]


def test_ci_runs_the_readme_test_command():
    ci = (PROJECT_ROOT / ".ci" / "run").read_text()
    assert [
        line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))
    ] == ["make test"]


@pytest.mark.parametrize("command", sorted(_commands_in_readme()))
def test_every_command_in_the_readme_exists(command):
    assert command[0] in COMMANDS
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output


def test_every_command_and_option_has_help_text():
    ctx = click.Context(main)
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        commands = [command, *getattr(command, "commands", {}).values()]
        for cmd in commands:
            assert cmd.help, f"{cmd.name} has no help"
            for param in cmd.params:
                if isinstance(param, click.Option):
                    assert param.help, f"{cmd.name} {param.name} has no help"
