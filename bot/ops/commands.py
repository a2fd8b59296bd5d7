"""`refundbot backup PATH`, `restore FILE` and `health`: the subcommands people run to
operate it."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from bot.clock import Clock
from bot.config import Settings
from bot.ops.backup import BackupError, backup
from bot.ops.health import check
from bot.ops.restore import restore

OPS_COMMANDS = ("backup", "health", "restore")


def add_ops_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `backup`, `restore` and `health` to the `refundbot` command line."""
    backup_ = sub.add_parser(
        "backup", help="copy the database safely, also while the bot runs",
        description="Copy REFUNDBOT_DB with SQLite's online backup API: consistent while the "
                    "bot keeps writing, checked with PRAGMA integrity_check. Half-written "
                    "copies a killed backup left (.NAME.partial) are removed first. Restore: "
                    "stop the bot, `refundbot restore FILE`, start the bot; it then does not "
                    "answer again what was pending in the copy, but reminders due since the "
                    "copy was taken may be sent again (README, Backup and restore).")
    backup_.add_argument("path", help="a new file, or a folder (the copy is then named "
                                      "refundbot-<UTC time>.sqlite3)")
    restore_ = sub.add_parser(
        "restore", help="put a backup in place of the database (the bot must be stopped)",
        description="Replace REFUNDBOT_DB with a checked copy of FILE: refuses while the bot "
                    "runs, removes the old -wal and -shm files, and marks the updates and "
                    "screens that were pending in the copy as done, so they are not answered "
                    "again. Reminders due since the copy was taken are still sent.")
    restore_.add_argument("file", help="a copy made by `refundbot backup`")
    health = sub.add_parser(
        "health", help="exit 0 if the bot is healthy, else 1, with one line why",
        description="Healthy means: the database opens, its schema matches this refundbot, "
                    "the bot's process lives, it can write its database, and it polled "
                    "Telegram successfully within --max-age. Lines start with `healthy:`, "
                    "`starting:` (not polled yet; exit 1) or `unhealthy:`.")
    health.add_argument("--max-age", type=int, metavar="SECONDS", default=None,
                        help="how old the last successful poll may be (default: the "
                             "running bot's REFUNDBOT_HEALTH_WINDOW)")


def run_ops_command(args: argparse.Namespace, settings: Settings, clock: Clock,
                    out: TextIO, err: TextIO) -> int:
    """Run `backup`, `restore` or `health`; 0 on success, 1 with one line otherwise."""
    if args.command == "backup":
        try:
            target = backup(settings.db_path, Path(args.path), clock.now())
        except BackupError as error:
            err.write(f"refundbot: backup failed: {error}\n")
            return 1
        out.write(f"backed up {settings.db_path} to {target} (integrity check: ok)\n")
        return 0
    if args.command == "restore":
        try:
            done = restore(Path(args.file), settings.db_path, clock.now())
        except BackupError as error:
            err.write(f"refundbot: restore failed: {error}\n")
            return 1
        out.write(f"restored {args.file} to {done.target}; marked done: "
                  f"{done.settled['updates']} pending updates, {done.settled['screens']} "
                  "undelivered screens\n")
        return 0
    window = None if args.max_age is None else timedelta(seconds=args.max_age)
    verdict = check(settings.db_path, clock.now(), window)
    out.write(verdict.line + "\n")
    return 0 if verdict.ok else 1
