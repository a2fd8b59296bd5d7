"""The operators' subcommands as the command line shows them: names, options, defaults.

Apart from their work (bot/operators/commands.py), so that building the command line for
`refundbot run` loads none of the console or the export (docs/performance.md, "Production").
"""

from __future__ import annotations

import argparse

HOST = "127.0.0.1"
DEFAULT_PORT = 8001
FORMATS = ("text", "jsonl", "csv")
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
