"""The operators' subcommands of `refundbot`: `logs` (export, search) and `operators` (console)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from bot.clock import SystemClock
from bot.config import ConfigError, Settings
from bot.i18n import check_catalogs
from bot.operators.console import DEFAULT_PORT, HOST
from bot.operators.export import FORMATS, export_search, export_user, parse_since
from bot.storage import open_database

OPERATOR_COMMANDS = ("logs", "operators")


def add_operator_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `logs` and `operators` to the `refundbot` command line."""
    logs = sub.add_parser("logs", help="export one user's conversation log, or search all logs")
    which = logs.add_mutually_exclusive_group(required=True)
    which.add_argument("--user", metavar="ID", help="user id (or @username) whose log to export")
    which.add_argument("--search", metavar="TEXT", help="full-text search over every message")
    logs.add_argument("--since", metavar="DATE",
                      help="only messages from this date or ISO time on (UTC), with --user")
    logs.add_argument("--format", choices=FORMATS, default="text",
                      help="text (a transcript), jsonl or csv (default: text)")
    console = sub.add_parser(
        "operators", help="the operators' web console (Datasette)",
        epilog="On a server keep --host 127.0.0.1 and reach the console through an SSH tunnel "
               "or a reverse proxy with TLS (README: The console on a server). Note: "
               "`datasette hash-password --password X --no-confirm` hashes what it reads on "
               "stdin, not X; use --hash-password here instead.")
    console.add_argument("--host", default=HOST,
                         help=f"address to listen on (default {HOST}: this machine only)")
    console.add_argument("--port", type=int, default=DEFAULT_PORT,
                         help=f"port (default {DEFAULT_PORT}; 0 picks a free one)")
    console.add_argument("--hash-password", action="store_true",
                         help="read a password (typed twice without echo, or one line piped "
                              "in) and print its hash for REFUNDBOT_CONSOLE_ACCOUNTS")


def operator_login() -> str:
    """Who runs the command, for the audit."""
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
