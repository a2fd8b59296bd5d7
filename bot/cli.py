"""Refund Guide: a Telegram bot that walks AliExpress buyers, in English or Russian, to their
refund. With a token (TELEGRAM_BOT_TOKEN, from @BotFather) it runs on Telegram; without one
it chats in this terminal."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.exit_codes import CONFIG_ERROR, FAILED, STORAGE, TOKEN_REJECTED
from bot.startup import collector_paused, in_background, started

# The features are imported where a command needs them, after the collector is paused
# (bot/startup.py): sqlite-utils, the flows' machines and PTB are most of `refundbot run`'s
# start-up, and `health` or `--help` need only a part of them.
if TYPE_CHECKING:
    from bot.config import Settings
    from bot.dialogue.service import DialogueService

log = logging.getLogger("refundbot")


def setup_logging() -> None:
    """INFO to stderr; httpx and friends at WARNING because their URLs contain the token."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "httpcore", "telegram.request", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


EPILOG = """examples:
  refundbot                     Telegram if a token is set, else the terminal chat
  refundbot console --lang ru   chat in the terminal, in Russian
  refundbot backup /backups/    a consistent copy of the database, while the bot runs
  refundbot health              exit 0 when the running bot is healthy

Settings come from the environment or a .env file in the current folder (README,
Configuration). Exit codes: 0 fine, 1 failed, 2 configuration error, 3 token
rejected by Telegram, 4 no successful poll for REFUNDBOT_HEALTH_WINDOW seconds, 5 the
database cannot be written at start (full disk, read-only, locked); a supervisor
restarts on 1, 4 and 5, never on 2 or 3 (README, "Exit codes")."""


def package_version() -> str:
    """The installed version of the `refundbot` distribution."""
    # Imported here: importlib.metadata and the lookup cost every start ~50 ms otherwise.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("refundbot")
    except PackageNotFoundError:
        return "unknown (not installed)"


class VersionAction(argparse.Action):
    """`--version`: looks the version up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help or "show the installed version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        """Print `refundbot X.Y.Z` and exit."""
        sys.stdout.write(f"{parser.prog} {package_version()}\n")
        parser.exit()


def parser() -> argparse.ArgumentParser:
    """The command line: `run`, `console`, or nothing (Telegram if a token is set)."""
    from bot.operators.command_line import add_operator_parsers
    from bot.ops.commands import add_ops_parsers
    from flows.languages import LANGUAGES

    p = argparse.ArgumentParser(prog="refundbot", description=__doc__, epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action=VersionAction)
    sub = p.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    sub.add_parser(
        "run", help="run the bot on Telegram (needs TELEGRAM_BOT_TOKEN)",
        description="Run the bot on Telegram with long polling (no public address needed). "
                    "Needs TELEGRAM_BOT_TOKEN, the token @BotFather gave you, in the "
                    "environment or in .env. Stops cleanly on Ctrl-C or SIGTERM.")
    console = sub.add_parser(
        "console", help="chat with the bot in this terminal",
        description="Chat with the bot in this terminal: type a button's number or its "
                    "label, /help, /cancel; /quit or Ctrl-D leaves.")
    console.add_argument("--lang", choices=LANGUAGES, help="skip the language question")
    console.add_argument("--user", type=int, default=1, help="user id to chat as (default 1)")
    add_ops_parsers(sub)
    add_operator_parsers(sub)
    return p


def load_settings() -> Settings:
    """The settings from the environment and .env (bot.config: imported when first needed)."""
    from bot.config import load_settings as load

    return load()


def service_for(settings: Settings) -> DialogueService:
    """Open the database and build the dialogue service over it."""
    from bot.clock import SystemClock
    from bot.dialogue.assembly import build_service
    from bot.i18n import check_catalogs
    from bot.storage import open_database

    check_catalogs()
    db = open_database(settings.db_path)
    return build_service(db, SystemClock(), settings.default_lang,
                         retention_days=settings.log_retention_days,
                         reminder_offsets=settings.reminder_offsets)


def quiet_pipe() -> int:
    """The reader went away (`refundbot logs | head`): stop quietly, no traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the final flush at exit must not fail again
    return 0


class StoppedAtStart(BaseException):
    """SIGTERM arrived during start-up work (a migration's copy, say): stop cleanly."""


def stop_at_start(_signum: int, _frame: object) -> None:
    """Until the bot's loop takes SIGTERM over, it ends start-up work by unwinding it (a
    half-written copy is removed, a migration rolled back) instead of killing the process."""
    raise StoppedAtStart


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `refundbot` command."""
    signal.signal(signal.SIGTERM, stop_at_start)
    try:
        with collector_paused():  # each command calls started() once its start-up is done
            return _main(parser().parse_args(argv))
    except StoppedAtStart:
        print("refundbot: stopped by SIGTERM; nothing was left half done", file=sys.stderr)
        return 0
    except KeyboardInterrupt:  # Ctrl-C at any moment ends any command without a traceback
        return 130


def _main(args: argparse.Namespace) -> int:
    """The command line's work, once parsed."""
    from bot.clock import SystemClock
    from bot.config import ConfigError
    from bot.i18n import CatalogMissing
    from bot.operators.command_line import OPERATOR_COMMANDS
    from bot.ops.commands import OPS_COMMANDS, run_ops_command
    from bot.storage.database import storage_trouble
    from bot.storage.migrations import SchemaTooNew
    from bot.telegram.tls import tls_context

    try:
        settings = load_settings()
        command = args.command or ("run" if settings.token else "console")
        if command == "run" and settings.token is None:
            raise ConfigError("TELEGRAM_BOT_TOKEN: not set; get one from @BotFather")
        if command in OPS_COMMANDS:
            started()
            return run_ops_command(args, settings, SystemClock(), sys.stdout, sys.stderr)
        if command in OPERATOR_COMMANDS:
            from bot.operators.commands import run_operator_command

            started()
            code = run_operator_command(args, settings)
            sys.stdout.flush()  # a closed pipe shows here, not in a traceback at exit
            return code
        # `run`'s TLS context is made in a thread from now on: the CA certificates load
        # without the GIL, beside the imports of the start-up (bot/telegram/tls.py).
        tls = in_background(tls_context, "tls") if command == "run" else None
        service = service_for(settings)
        if command == "run":
            from bot.ops.heartbeat import record_start

            record_start(service.db, SystemClock().now(),
                         timedelta(seconds=settings.health_window))
    except ConfigError as err:
        print(f"refundbot: configuration error: {err}", file=sys.stderr)
        return CONFIG_ERROR
    except (CatalogMissing, SchemaTooNew) as err:
        print(f"refundbot: {err}", file=sys.stderr)
        return CONFIG_ERROR
    except BrokenPipeError:
        return quiet_pipe()
    except (OSError, sqlite3.Error) as err:  # the database file cannot be opened or written
        reason = getattr(err, "strerror", None) or str(err)
        path = os.environ.get("REFUNDBOT_DB", "data/refundbot.sqlite3")
        trouble = storage_trouble(err)
        if trouble is not None:  # it passes (space freed, lock released): worth a restart
            print(f"refundbot: cannot write the database {path}: {trouble} ({reason})",
                  file=sys.stderr)
            return STORAGE
        print(f"refundbot: configuration error: REFUNDBOT_DB: cannot open {path}: {reason}",
              file=sys.stderr)
        return CONFIG_ERROR
    if command == "console":
        from bot.console import chat

        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # start-up is over: a chat just ends
        lang = getattr(args, "lang", None)
        user = getattr(args, "user", 1)
        started()
        asyncio.run(chat(service, sys.stdin, sys.stdout, user, lang))
        return 0
    setup_logging()
    from functools import partial

    from flows.understanding import warm_up

    # The model loads in a thread from now on, beside PTB's import and set-up (whose TLS
    # certificate loading runs without the GIL) and the connection to Telegram; the poller
    # starts once it is loaded (bot/telegram/app.py).
    model = in_background(partial(warm_up, facts=False), "model")
    from bot.telegram.app import run_polling
    from bot.telegram.errors import redact
    from bot.telegram.polling import TokenRejected

    token = settings.token.get_secret_value() if settings.token else ""
    try:
        run_polling(settings, service, model, tls)
    except TokenRejected:
        print("refundbot: the Bot API rejected TELEGRAM_BOT_TOKEN; check it with BotFather",
              file=sys.stderr)
        return TOKEN_REJECTED
    except Exception as err:
        print(f"refundbot: stopped by an error: {type(err).__name__}: "
              f"{redact(str(err), token)}", file=sys.stderr)
        return FAILED
    return 0


if __name__ == "__main__":
    sys.exit(main())
