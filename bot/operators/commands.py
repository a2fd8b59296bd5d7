"""The operators' subcommands of `refundbot` at work: `logs` (export, search) and `operators`
(console); their options are in bot/operators/command_line.py."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from bot.clock import SystemClock
from bot.config import ConfigError, Settings
from bot.i18n import check_catalogs
from bot.operators.export import export_search, export_user, parse_since
from bot.storage import open_database


def operator_login() -> str:
    """Who runs the command, for the audit."""
    import getpass  # with termios: only `logs` needs them

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def run_logs(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """`refundbot logs`: write the export to `out`; 1 when the user is unknown, 2 on bad input."""
    try:
        since = parse_since(args.since) if args.since else None
    except ValueError:
        err.write(f"refundbot: --since: expected a date like 2026-03-01, got {args.since!r}\n")
        return 2
    if args.format == "text":
        check_catalogs()
    db = open_database(settings.db_path)
    actor, now = f"cli:{operator_login()}", SystemClock().now()
    try:
        if args.search is not None:
            export_search(db, args.search, args.format, out, actor, now)
            return 0
        if not export_user(db, args.user, since, args.format, out, actor, now):
            err.write(f"refundbot: no user {args.user} in the logs\n")
            return 1
        return 0
    finally:
        db.conn.close()


def run_hash_password(out: TextIO, err: TextIO) -> int:
    """`refundbot operators --hash-password`: print one password's hash; 2 when refused."""
    from bot.operators.passwords import PasswordRefused, hash_password, read_password

    try:
        password = read_password(sys.stdin)
    except PasswordRefused as refused:
        err.write(f"refundbot: {refused}\n")
        return 2
    except (EOFError, KeyboardInterrupt):
        err.write("\nrefundbot: no password; nothing printed\n")
        return 2
    out.write(hash_password(password) + "\n")
    return 0


def run_console(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """`refundbot operators`: migrate the database, then serve the console until stopped."""
    from bot.operators.console import MISSING_EXTRA, console_installed, serve

    if args.hash_password:
        return run_hash_password(out, err)
    if not console_installed():
        err.write(f"refundbot: {MISSING_EXTRA}\n")
        return 2
    accounts = settings.console_logins()
    if not accounts:
        raise ConfigError("REFUNDBOT_CONSOLE_ACCOUNTS: not set; give each operator a login "
                          "with a hash from `refundbot operators --hash-password` "
                          "(see docs/operators.md)")
    open_database(settings.db_path).conn.close()
    try:
        secret = settings.console_secret.get_secret_value() if settings.console_secret else None
        serve(settings.db_path, accounts, SystemClock(), settings.operators_tz, args.port, out,
              secret, host=args.host)
    except OSError as error:
        err.write(f"refundbot: cannot listen on {args.host}:{args.port}: "
                  f"{error.strerror or error}\n")
        return 2
    return 0


def run_operator_command(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch `logs` or `operators`."""
    runner = run_logs if args.command == "logs" else run_console
    return runner(args, settings, sys.stdout, sys.stderr)
