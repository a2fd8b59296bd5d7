"""Where a setting's value comes from: given in code, then the environment, then `.env` (names
in any case), then the default; secrets never show in a repr (pydantic-settings does it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings, load_settings

TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz"


def test_the_environment_wins_over_env_and_a_given_value_over_both(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("REFUNDBOT_HEALTH_WINDOW=30\nREFUNDBOT_STALE_UPDATES=5\n", encoding="utf-8")
    monkeypatch.delenv("REFUNDBOT_STALE_UPDATES", raising=False)
    monkeypatch.setenv("REFUNDBOT_HEALTH_WINDOW", "60")
    assert load_settings(str(env)).health_window == 60
    assert load_settings(str(env)).stale_updates == 5
    assert Settings(_env_file=str(env), REFUNDBOT_HEALTH_WINDOW="120").health_window == 120
    assert load_settings(None).stale_updates == Settings.model_fields["stale_updates"].default


def test_names_are_read_in_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REFUNDBOT_HANDOVER_PER_DAY", raising=False)
    monkeypatch.setenv("refundbot_handover_per_day", "7")
    assert load_settings(None).handover_per_day == 7


def test_secrets_never_show_in_a_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    settings = load_settings(None)
    assert settings.token is not None and settings.token.get_secret_value() == TOKEN
    assert TOKEN not in repr(settings) and "AAH" not in repr(settings.token)

