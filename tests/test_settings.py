"""Bad settings give one clear line naming the variable and exit code 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from flows.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REFUNDBOT_DEFAULT_LANG", "de"),
        ("REFUNDBOT_OPERATORS", "12,abc"),
        ("REFUNDBOT_OPERATORS", "1,,2"),
        ("REFUNDBOT_OPERATORS", "1,2,"),
        ("TELEGRAM_BOT_TOKEN", "not-a-token"),
        ("TELEGRAM_API_URL", "ftp://example"),
    ],
)
def test_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch, name: str,
                                      value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=f"^{name}: "):
        load_settings(env_file=None)


def test_good_values_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFUNDBOT_OPERATORS", " 11, 22 ")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    monkeypatch.setenv("REFUNDBOT_DEFAULT_LANG", "ru")
    settings = load_settings(env_file=None)
    assert settings.operators == (11, 22)
    assert settings.api_url == "http://127.0.0.1:8081"
    assert settings.default_lang == "ru"
    assert settings.token is None


def test_env_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("REFUNDBOT_DEFAULT_LANG=ru\n", encoding="utf-8")
    monkeypatch.delenv("REFUNDBOT_DEFAULT_LANG", raising=False)
    assert load_settings(env_file=str(env)).default_lang == "ru"


@pytest.mark.process
def test_cli_exits_2_with_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "REFUNDBOT_DEFAULT_LANG": "de", "REFUNDBOT_DB": str(tmp_path / "x.db")}
    result = subprocess.run([sys.executable, "-m", "bot", "console"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "refundbot: configuration error: REFUNDBOT_DEFAULT_LANG: expected a language code "
        f"the bot speaks: {', '.join(LANGUAGES)}"]
    assert "Traceback" not in result.stderr


@pytest.mark.process
def test_run_without_token_explains(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["REFUNDBOT_DB"] = str(tmp_path / "x.db")
    result = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
