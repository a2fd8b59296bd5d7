"""Settings from the environment and an optional `.env` file.

Each setting is one environment variable with a default and a parser that says in one line
what it expected. Read with the standard library and python-dotenv (for `.env`): pydantic and
pydantic-settings cost every start of the bot about 0.1 s of CPU, as much as a bare PTB bot's
whole start-up takes (docs/performance.md), for a dozen variables.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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


class SecretStr:
    """A secret setting: its value only through `get_secret_value()`, never in a repr or log."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        """The secret itself."""
        return self._value

    def __repr__(self) -> str:
        """Stars, whatever the secret."""
        return "SecretStr('**********')"

    def __eq__(self, other: object) -> bool:
        """Equal to another secret with the same value."""
        return isinstance(other, SecretStr) and other._value == self._value

    def __hash__(self) -> int:
        """Hashed by its value, like the string."""
        return hash(self._value)


# Parsers: a raw value (a string from the environment or .env, or a value given in code) in,
# the setting's value out; ValueError with what was expected otherwise.


def whole(low: int, high: int) -> Callable[[object], int]:
    """A whole number from `low` to `high`."""

    def parse(value: object) -> int:
        """The number, checked."""
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(f"expected a whole number from {low} to {high}") from None
        if not low <= number <= high:
            raise ValueError(f"expected a whole number from {low} to {high}")
        return number

    return parse


def text(max_length: int | None = None) -> Callable[[object], str]:
    """Any text (at most `max_length` characters)."""

    def parse(value: object) -> str:
        """The text, checked."""
        result = str(value)
        if max_length is not None and len(result) > max_length:
            raise ValueError(f"expected at most {max_length} characters")
        return result

    return parse


def secret(min_length: int = 0) -> Callable[[object], SecretStr | None]:
    """A secret of at least `min_length` characters, or nothing."""

    def parse(value: object) -> SecretStr | None:
        """The secret, checked."""
        if value in (None, ""):
            return None
        if isinstance(value, SecretStr):
            return value
        if len(str(value)) < min_length:
            raise ValueError(f"expected at least {min_length} characters")
        return SecretStr(str(value))

    return parse


def path(value: object) -> Path:
    """A file path."""
    return Path(str(value))


def token(value: object) -> SecretStr | None:
    """Reject a token that cannot be one, before any network call is made."""
    if value in (None, ""):
        return None
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    if not isinstance(value, str) or not TOKEN_SHAPE.match(value.strip()):
        raise ValueError("expected the token BotFather gave you, like 123456789:AAH...")
    return SecretStr(value.strip())


def default_lang(value: object) -> str:
    """One of the languages the bot speaks (flows/languages.py)."""
    code = str(value or DEFAULT_LANGUAGE).strip().lower()
    if code not in LANGUAGES:
        raise ValueError(f"expected a language code the bot speaks: {', '.join(LANGUAGES)}")
    return code


def api_url(value: object) -> str:
    """Accept an http(s) root URL and drop a trailing slash."""
    result = str(value).strip().rstrip("/")
    if not re.match(r"^https?://[^/\s]+", result):
        raise ValueError("expected an http:// or https:// URL such as https://api.telegram.org")
    return result


def operators(value: object) -> tuple[int, ...]:
    """Parse comma-separated Telegram user ids."""
    if isinstance(value, tuple | list):
        return tuple(int(v) for v in value)
    raw = str(value or "").strip()
    parts = [p.strip() for p in raw.split(",")] if raw else []
    # An empty item (`1,,2`, a trailing comma) is a typo that may have lost an id.
    if not all(re.fullmatch(r"\d+", p) for p in parts):
        raise ValueError("expected comma-separated numeric Telegram user ids, like 111,222"
                         " (no empty items)")
    return tuple(int(p) for p in parts)


def password_hash(value: object) -> SecretStr | None:
    """Accept only what `datasette hash-password` prints, never a plain password."""
    if value in (None, ""):
        return None
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    if not isinstance(value, str) or not PASSWORD_HASH_SHAPE.match(value.strip()):
        raise ValueError("expected the output of `datasette hash-password`, like "
                         "pbkdf2_sha256$480000$...$...")
    return SecretStr(value.strip())


def console_accounts(value: object) -> tuple[tuple[str, SecretStr], ...]:
    """Parse `alice:pbkdf2_sha256$...,bob:pbkdf2_sha256$...`: one login per operator."""
    if isinstance(value, tuple | list):
        return tuple((name, digest if isinstance(digest, SecretStr) else SecretStr(digest))
                     for name, digest in value)
    accounts = []
    for part in (p.strip() for p in str(value or "").split(",") if p.strip()):
        name, _, digest = part.partition(":")
        if not ACCOUNT_SHAPE.fullmatch(name) or not PASSWORD_HASH_SHAPE.match(digest):
            raise ValueError("expected name:hash pairs separated by commas, like "
                             "alice:pbkdf2_sha256$480000$...,bob:pbkdf2_sha256$480000$... "
                             "(names: lower-case letters, digits, _)")
        accounts.append((name, SecretStr(digest)))
    if len({name for name, _ in accounts}) != len(accounts):
        raise ValueError("the same account name is given twice")
    return tuple(accounts)


def operators_chat(value: object) -> int | None:
    """A Telegram chat id (groups are negative), or nothing."""
    if value in (None, ""):
        return None
    if not re.fullmatch(r"-?\d{1,19}", str(value).strip()):
        raise ValueError("expected a Telegram chat id, like -1001234567890")
    return int(str(value).strip())


def operators_tz(value: object) -> str:
    """An IANA time zone name that the tz database knows."""
    name = str(value or "UTC").strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("expected an IANA time zone name like Europe/Moscow") from None
    return name


def reminder_offsets(value: object) -> tuple[timedelta, ...]:
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


@dataclass(frozen=True)
class Variable:
    """One setting: its environment variable, its default, and how its text is read."""

    env: str
    default: Any
    parse: Callable[[object], Any]


VARIABLES: Mapping[str, Variable] = {
    "token": Variable("TELEGRAM_BOT_TOKEN", None, token),
    "api_url": Variable("TELEGRAM_API_URL", DEFAULT_API_URL, api_url),
    "db_path": Variable("REFUNDBOT_DB", Path("data/refundbot.sqlite3"), path),
    "operators": Variable("REFUNDBOT_OPERATORS", (), operators),
    "default_lang": Variable("REFUNDBOT_DEFAULT_LANG", DEFAULT_LANGUAGE, default_lang),
    "reminder_offsets": Variable("REFUNDBOT_REMINDER_OFFSETS", DEFAULT_REMINDER_OFFSETS,
                                 reminder_offsets),
    "log_retention_days": Variable("REFUNDBOT_LOG_RETENTION_DAYS", 90, whole(1, 36500)),
    "console_password_hash": Variable("REFUNDBOT_CONSOLE_PASSWORD_HASH", None, password_hash),
    "console_accounts": Variable("REFUNDBOT_CONSOLE_ACCOUNTS", (), console_accounts),
    "operators_tz": Variable("REFUNDBOT_OPERATORS_TZ", "UTC", operators_tz),
    # Seconds without a successful poll after which `refundbot health` says unhealthy and the
    # bot exits (code 4) so that its supervisor restarts it.
    "health_window": Variable("REFUNDBOT_HEALTH_WINDOW", 90, whole(2, 3600)),
    # Signs the console's login cookie; without it a file beside the database keeps one.
    "console_secret": Variable("REFUNDBOT_CONSOLE_SECRET", None, secret(min_length=16)),
    # Where buyers' requests for a person are posted: a group of operators (its chat id), or
    # else each operator's private chat.
    "operators_chat": Variable("REFUNDBOT_OPERATORS_CHAT", None, operators_chat),
    # When operators answer, as buyers are told: "Mon-Fri 09:00-18:00" in REFUNDBOT_OPERATORS_TZ.
    "operators_hours": Variable("REFUNDBOT_OPERATORS_HOURS", "", text(max_length=60)),
    "handover_per_day": Variable("REFUNDBOT_HANDOVER_PER_DAY", 3, whole(1, 100)),
    # Minutes after which an update stored but not handled (a long outage, a restored
    # backup) is settled without being handled at start: its answer would come too late.
    "stale_updates": Variable("REFUNDBOT_STALE_UPDATES", 10, whole(1, 10080)),
}


def env_file_values(env_file: str | None) -> dict[str, str | None]:
    """The `.env` file's variables by lower-case name ({} when there is none)."""
    if env_file is None or not Path(env_file).is_file():
        return {}
    from dotenv import dotenv_values  # only when there is a file to read

    return {name.lower(): value for name, value in dotenv_values(env_file).items()}


class Settings:
    """Everything the bot reads from its environment.

    `Settings(REFUNDBOT_DB=path, _env_file=None)`: a value given by variable (or setting) name
    wins over the environment, which wins over the `.env` file (names in any case), which wins
    over the default. Raises ConfigError naming the variable when one is bad.
    """

    token: SecretStr | None
    api_url: str
    db_path: Path
    operators: tuple[int, ...]
    default_lang: str
    reminder_offsets: tuple[timedelta, ...]
    log_retention_days: int
    console_password_hash: SecretStr | None
    console_accounts: tuple[tuple[str, SecretStr], ...]
    operators_tz: str
    health_window: int
    console_secret: SecretStr | None
    operators_chat: int | None
    operators_hours: str
    handover_per_day: int
    stale_updates: int

    def __init__(self, _env_file: str | None = ".env", **given: object) -> None:
        unknown = set(given) - set(VARIABLES) - {v.env for v in VARIABLES.values()}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        environ = {name.lower(): value for name, value in os.environ.items()}
        dotenv = env_file_values(_env_file)
        for name, variable in VARIABLES.items():
            key = variable.env.lower()
            if variable.env in given or name in given:
                value = self._read(variable, given.get(variable.env, given.get(name)))
            elif key in environ:
                value = self._read(variable, environ[key])
            elif dotenv.get(key) is not None:
                value = self._read(variable, dotenv[key])
            else:
                value = variable.default
            object.__setattr__(self, name, value)

    @staticmethod
    def _read(variable: Variable, raw: object) -> Any:
        """A variable's value parsed, or ConfigError naming it."""
        try:
            return variable.parse(raw)
        except ValueError as err:
            raise ConfigError(f"{variable.env}: {err}") from None

    def __setattr__(self, name: str, value: object) -> None:
        """Settings are read once and never changed."""
        raise AttributeError(f"settings are read-only: {name}")

    def __repr__(self) -> str:
        """Every setting (secrets as stars)."""
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in VARIABLES)
        return f"Settings({values})"

    def has_operators(self) -> bool:
        """Whether a person can answer buyers who ask for one."""
        return bool(self.operators)

    def console_logins(self) -> dict[str, str]:
        """Console account -> password hash; REFUNDBOT_CONSOLE_PASSWORD_HASH is `operator`."""
        logins = {name: digest.get_secret_value() for name, digest in self.console_accounts}
        if self.console_password_hash is not None:
            shared = self.console_password_hash.get_secret_value()
            logins.setdefault(CONSOLE_DEFAULT_ACCOUNT, shared)
        return logins


def load_settings(env_file: str | None = ".env") -> Settings:
    """Read settings; a bad value is one ConfigError line that names the variable."""
    return Settings(_env_file=env_file)
