"""`refundbot`: run on Telegram, chat in the terminal; the entry point stays boring."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence

from bot.clock import SystemClock
from bot.config import ConfigError, Settings, load_settings
from bot.dialogue import DialogueService
from bot.features import build_service
from bot.i18n import CatalogMissing, check_catalogs
from bot.operators.commands import OPERATOR_COMMANDS, add_operator_parsers, run_operator_command
from bot.reminders.plan import use_offsets
from bot.storage import open_database

log = logging.getLogger("refundbot")
CONFIG_ERROR = 2    # systemd: RestartPreventExitStatus (a restart cannot fix it)
TOKEN_REJECTED = 3  # likewise


def setup_logging() -> None:
    """INFO to stderr; httpx and friends at WARNING because their URLs contain the token."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "httpcore", "telegram.request", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def parser() -> argparse.ArgumentParser:
    """The command line: `run`, `console`, or nothing (Telegram if a token is set)."""
    p = argparse.ArgumentParser(prog="refundbot", description=__doc__)
    sub = p.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot on Telegram (long polling)")
    console = sub.add_parser("console", help="chat with the bot in this terminal")
    console.add_argument("--lang", choices=["en", "ru"], help="skip the language question")
    console.add_argument("--user", type=int, default=1, help="user id to chat as (default 1)")
    add_operator_parsers(sub)
    return p


def service_for(settings: Settings) -> DialogueService:
    """Open the database and build the dialogue service over it."""
    check_catalogs()
    db = open_database(settings.db_path)
    use_offsets(settings.reminder_offsets)
    return build_service(db, SystemClock(), settings.default_lang,
                         retention_days=settings.log_retention_days)


def quiet_pipe() -> int:
    """The reader went away (`refundbot logs | head`): stop quietly, no traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the final flush at exit must not fail again
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `refundbot` command."""
    args = parser().parse_args(argv)
    try:
        settings = load_settings()
        command = args.command or ("run" if settings.token else "console")
        if command == "run" and settings.token is None:
            raise ConfigError("TELEGRAM_BOT_TOKEN: not set; get one from @BotFather")
        if command in OPERATOR_COMMANDS:
            code = run_operator_command(args, settings)
            sys.stdout.flush()  # a closed pipe shows here, not in a traceback at exit
            return code
        service = service_for(settings)
    except ConfigError as err:
        print(f"refundbot: configuration error: {err}", file=sys.stderr)
        return CONFIG_ERROR
    except CatalogMissing as err:
        print(f"refundbot: {err}", file=sys.stderr)
        return CONFIG_ERROR
    except BrokenPipeError:
        return quiet_pipe()
    except (OSError, sqlite3.Error) as err:  # the database file cannot be opened or created
        reason = getattr(err, "strerror", None) or str(err)
        path = os.environ.get("REFUNDBOT_DB", "data/refundbot.sqlite3")
        print(f"refundbot: configuration error: REFUNDBOT_DB: cannot open {path}: {reason}",
              file=sys.stderr)
        return CONFIG_ERROR
    if command == "console":
        from bot.console import chat

        lang = getattr(args, "lang", None)
        user = getattr(args, "user", 1)
        asyncio.run(chat(service, sys.stdin, sys.stdout, user, lang))
        return 0
    setup_logging()
    from bot.telegram.app import run_polling
    from bot.telegram.polling import TokenRejected

    try:
        run_polling(settings, service)
    except TokenRejected:
        print("refundbot: the Bot API rejected TELEGRAM_BOT_TOKEN; check it with BotFather",
              file=sys.stderr)
        return TOKEN_REJECTED
    return 0


if __name__ == "__main__":
    sys.exit(main())
