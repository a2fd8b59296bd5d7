"""Every setting and every command-line command is documented in README."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bot.cli import parser
from bot.config import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "variable", [str(f.validation_alias) for f in Settings.model_fields.values()]
)
def test_setting_is_in_the_configuration_table(variable: str) -> None:
    assert f"| `{variable}`" in README


def subcommands() -> list[str]:
    """The names of `refundbot`'s subcommands."""
    actions = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(name for action in actions for name in action.choices)


@pytest.mark.parametrize("command", subcommands())
def test_command_is_documented(command: str) -> None:
    assert f"refundbot {command}" in README
