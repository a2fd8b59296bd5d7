"""A case's post links to the console's transcript page when the console's address is set."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.operators.links import transcript_url


def test_the_link_names_the_database_and_the_user() -> None:
    url = transcript_url("https://ops.example.com/console/", Path("/srv/bot/refundbot.sqlite3"), 42)
    assert url == "https://ops.example.com/console/refundbot/transcript?user=42"
    assert transcript_url("", Path("refundbot.sqlite3"), 42) is None


def test_the_setting_gets_a_trailing_slash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFUNDBOT_CONSOLE_URL", " http://127.0.0.1:8001 ")
    assert load_settings(env_file=None).console_url == "http://127.0.0.1:8001/"


@pytest.mark.parametrize("bad", ["ops.example.com", "ftp://ops.example.com/", "https://a b/"])
def test_a_console_address_that_is_not_one_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                      bad: str) -> None:
    monkeypatch.setenv("REFUNDBOT_CONSOLE_URL", bad)
    with pytest.raises(ConfigError, match="REFUNDBOT_CONSOLE_URL: expected the console's address"):
        load_settings(env_file=None)
