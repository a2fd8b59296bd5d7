"""Settings from the environment and an optional `.env` file (pydantic-settings)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from flows.deadlines.maths import DEFAULT_REMINDER_OFFSETS
from flows.languages import DEFAULT_LANGUAGE, LANGUAGES

TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
PASSWORD_HASH_SHAPE = re.compile(r"^pbkdf2_sha256\$\d+\$[^$\s]+\$[A-Za-z0-9+/=]+$")
DEFAULT_API_URL = "https://api.telegram.org"
ACCOUNT_SHAPE = re.compile(r"[a-z][a-z0-9_]{0,31}")
CONSOLE_DEFAULT_ACCOUNT = "operator"
OFFSET_SHAPE = re.compile(r"(\d{1,4})\s*([dhm])")
OFFSET_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


class ConfigError(Exception):
    """A setting has a bad value; the message names the variable."""


class Settings(BaseSettings):
    """Everything the bot reads from its environment."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    token: SecretStr | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    api_url: str = Field(default=DEFAULT_API_URL, validation_alias="TELEGRAM_API_URL")
    db_path: Path = Field(default=Path("data/refundbot.sqlite3"), validation_alias="REFUNDBOT_DB")
    operators: Annotated[tuple[int, ...], NoDecode] = Field(
        default=(), validation_alias="REFUNDBOT_OPERATORS"
    )
    default_lang: str = Field(
        default=DEFAULT_LANGUAGE, validation_alias="REFUNDBOT_DEFAULT_LANG"
    )
    reminder_offsets: Annotated[tuple[timedelta, ...], NoDecode] = Field(
        default=DEFAULT_REMINDER_OFFSETS, validation_alias="REFUNDBOT_REMINDER_OFFSETS"
    )
    log_retention_days: int = Field(
        default=90, ge=1, le=36500, validation_alias="REFUNDBOT_LOG_RETENTION_DAYS"
    )
    console_password_hash: SecretStr | None = Field(
        default=None, validation_alias="REFUNDBOT_CONSOLE_PASSWORD_HASH"
    )

    console_accounts: Annotated[tuple[tuple[str, SecretStr], ...], NoDecode] = Field(
        default=(), validation_alias="REFUNDBOT_CONSOLE_ACCOUNTS"
    )
    operators_tz: str = Field(default="UTC", validation_alias="REFUNDBOT_OPERATORS_TZ")
    # Seconds without a successful poll after which `refundbot health` says unhealthy and the
    # bot exits (code 4) so that its supervisor restarts it.
    health_window: int = Field(
        default=90, ge=2, le=3600, validation_alias="REFUNDBOT_HEALTH_WINDOW"
    )
    # Signs the console's login cookie; without it a file beside the database keeps one.
    console_secret: SecretStr | None = Field(default=None, min_length=16,
                                             validation_alias="REFUNDBOT_CONSOLE_SECRET")
    # Where buyers' requests for a person are posted: a group of operators (its chat id), or
    # else each operator's private chat.
    operators_chat: int | None = Field(default=None, validation_alias="REFUNDBOT_OPERATORS_CHAT")
    # When operators answer, as buyers are told: "Mon-Fri 09:00-18:00" in REFUNDBOT_OPERATORS_TZ.
    operators_hours: str = Field(default="", max_length=60,
                                 validation_alias="REFUNDBOT_OPERATORS_HOURS")
    handover_per_day: int = Field(default=3, ge=1, le=100,
                                  validation_alias="REFUNDBOT_HANDOVER_PER_DAY")

    def has_operators(self) -> bool:
        """Whether a person can answer buyers who ask for one."""
        return bool(self.operators)
    # Minutes after which an update stored but not handled (a long outage, a restored
    # backup) is settled without being handled at start: its answer would come too late.
    stale_updates: int = Field(
        default=10, ge=1, le=10080, validation_alias="REFUNDBOT_STALE_UPDATES"
    )

    def console_logins(self) -> dict[str, str]:
        """Console account -> password hash; REFUNDBOT_CONSOLE_PASSWORD_HASH is `operator`."""
        logins = {name: secret.get_secret_value() for name, secret in self.console_accounts}
        if self.console_password_hash is not None:
            shared = self.console_password_hash.get_secret_value()
            logins.setdefault(CONSOLE_DEFAULT_ACCOUNT, shared)
        return logins

    @field_validator("token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        """Reject a token that cannot be one, before any network call is made."""
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not TOKEN_SHAPE.match(value.strip()):
            raise ValueError("expected the token BotFather gave you, like 123456789:AAH...")
        return value.strip()

    @field_validator("default_lang", mode="before")
    @classmethod
    def _default_lang(cls, value: object) -> str:
        """One of the languages the bot speaks (flows/languages.py)."""
        code = str(value or DEFAULT_LANGUAGE).strip().lower()
        if code not in LANGUAGES:
            raise ValueError(f"expected a language code the bot speaks: {', '.join(LANGUAGES)}")
        return code

    @field_validator("api_url", mode="before")
    @classmethod
    def _api_url(cls, value: object) -> str:
        """Accept an http(s) root URL and drop a trailing slash."""
        text = str(value).strip().rstrip("/")
        if not re.match(r"^https?://[^/\s]+", text):
            raise ValueError("expected an http:// or https:// URL such as https://api.telegram.org")
        return text

    @field_validator("operators", mode="before")
    @classmethod
    def _operators(cls, value: object) -> tuple[int, ...]:
        """Parse comma-separated Telegram user ids."""
        if isinstance(value, tuple | list):
            return tuple(int(v) for v in value)
        text = str(value or "").strip()
        parts = [p.strip() for p in text.split(",")] if text else []
        # An empty item (`1,,2`, a trailing comma) is a typo that may have lost an id.
        if not all(re.fullmatch(r"\d+", p) for p in parts):
            raise ValueError("expected comma-separated numeric Telegram user ids, like 111,222"
                             " (no empty items)")
        return tuple(int(p) for p in parts)

    @field_validator("console_password_hash", mode="before")
    @classmethod
    def _password_hash(cls, value: object) -> object:
        """Accept only what `datasette hash-password` prints, never a plain password."""
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not PASSWORD_HASH_SHAPE.match(value.strip()):
            raise ValueError("expected the output of `datasette hash-password`, like "
                             "pbkdf2_sha256$480000$...$...")
        return value.strip()

    @field_validator("console_accounts", mode="before")
    @classmethod
    def _console_accounts(cls, value: object) -> object:
        """Parse `alice:pbkdf2_sha256$...,bob:pbkdf2_sha256$...`: one login per operator."""
        if isinstance(value, tuple | list):
            return value
        accounts = []
        for part in (p.strip() for p in str(value or "").split(",") if p.strip()):
            name, _, digest = part.partition(":")
            if not ACCOUNT_SHAPE.fullmatch(name) or not PASSWORD_HASH_SHAPE.match(digest):
                raise ValueError("expected name:hash pairs separated by commas, like "
                                 "alice:pbkdf2_sha256$480000$...,bob:pbkdf2_sha256$480000$... "
                                 "(names: lower-case letters, digits, _)")
            accounts.append((name, digest))
        if len({name for name, _ in accounts}) != len(accounts):
            raise ValueError("the same account name is given twice")
        return tuple(accounts)

    @field_validator("operators_chat", mode="before")
    @classmethod
    def _operators_chat(cls, value: object) -> object:
        """A Telegram chat id (groups are negative), or nothing."""
        if value in (None, ""):
            return None
        if not re.fullmatch(r"-?\d{1,19}", str(value).strip()):
            raise ValueError("expected a Telegram chat id, like -1001234567890")
        return int(str(value).strip())

    @field_validator("operators_tz", mode="before")
    @classmethod
    def _operators_tz(cls, value: object) -> str:
        """An IANA time zone name that the tz database knows."""
        name = str(value or "UTC").strip()
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("expected an IANA time zone name like Europe/Moscow") from None
        return name

    @field_validator("reminder_offsets", mode="before")
    @classmethod
    def _reminder_offsets(cls, value: object) -> tuple[timedelta, ...]:
        """Parse lead times before the protection end, like `7d,3d,1d,12h`."""
        if isinstance(value, tuple | list):
            return tuple(value)
        parts = [p.strip().lower() for p in str(value or "").split(",") if p.strip()]
        found = [OFFSET_SHAPE.fullmatch(p) for p in parts]
        if not parts or not all(found) or any(int(m[1]) == 0 for m in found if m):
            raise ValueError("expected positive durations in d, h or m, like 7d,3d,1d,12h")
        offsets = tuple(timedelta(**{OFFSET_UNITS[m[2]]: int(m[1])}) for m in found if m)
        if len(set(offsets)) != len(offsets):
            raise ValueError("the same lead time is given twice")
        return tuple(sorted(offsets, reverse=True))


def load_settings(env_file: str | None = ".env") -> Settings:
    """Read settings, turning validation errors into one line that names the variable."""
    try:
        return Settings(_env_file=env_file)  # type: ignore[call-arg]
    except ValidationError as err:
        first = err.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "settings"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name.upper()}: {message}") from None
