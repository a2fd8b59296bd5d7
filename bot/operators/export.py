"""`refundbot logs`: one user's log or a search, as text, JSON lines or CSV, audited."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.clock import iso
from bot.i18n import use_language
from bot.operators import queries, transcript
from bot.operators.audit import AuditEntry, record
from bot.operators.queries import COLUMNS, LogRow, UserRef
from flows.languages import ENGLISH

UTC_ZONE = ZoneInfo("UTC")


def parse_since(text: str) -> str:
    """`2026-03-01` or an ISO date-time (UTC when it names no zone) as a stored UTC ISO string."""
    moment = datetime.fromisoformat(text.strip())
    return iso(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def write_jsonl(rows: list[LogRow], out: TextIO) -> None:
    """One JSON object per message."""
    for row in rows:
        out.write(json.dumps({c: getattr(row, c) for c in COLUMNS}, ensure_ascii=False)
                  + "\n")


def write_csv(rows: list[LogRow], out: TextIO) -> None:
    """A header, then one line per message."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([getattr(row, c) for c in COLUMNS])


def write_transcript(rows: list[LogRow], out: TextIO, user: UserRef | None) -> None:
    """A readable transcript in UTC: one user's exchanges, or search hits labelled by user."""
    with use_language(ENGLISH):
        if user is not None:
            out.write(f"Transcript of {user.label()} (UTC)\n\n")
            blocks = [transcript.exchange_block(e, UTC_ZONE, None) for e in queries.group(rows)]
        else:
            blocks = [f"🕒 {transcript.local_time(r.at, UTC_ZONE)} · user {r.user_id}\n"
                      f"{transcript.row_line(r, None)}" for r in rows]
    out.write("\n\n".join(blocks) + ("\n" if blocks else ""))


def write(rows: list[LogRow], fmt: str, out: TextIO, user: UserRef | None = None) -> None:
    """Write rows as text, JSON lines or CSV (the `--format` choices)."""
    writers: dict[str, Callable[[], None]] = {
        "jsonl": lambda: write_jsonl(rows, out),
        "csv": lambda: write_csv(rows, out),
        "text": lambda: write_transcript(rows, out, user),
    }
    writers[fmt]()


def export_user(db: sqlite_utils.Database, who: str, since: str | None, fmt: str, out: TextIO,
                actor: str, now: datetime) -> bool:
    """Write one user's log; False when no such user was ever logged. Audited either way."""
    user = queries.resolve_user(db, who)
    target = f"{who} since {since} as {fmt}" if since else f"{who} as {fmt}"
    record(db, AuditEntry(iso(now), actor, "cli", "export", target, user is not None))
    if user is None:
        return False
    write(queries.messages_of(db, user.id, since), fmt, out, user)
    return True


def export_search(db: sqlite_utils.Database, text: str, fmt: str, out: TextIO, actor: str,
                  now: datetime) -> None:
    """Write every message matching `text` (full-text, both languages). Audited."""
    record(db, AuditEntry(iso(now), actor, "cli", "search", f"{text} as {fmt}", True))
    write(queries.search_messages(db, text), fmt, out)
