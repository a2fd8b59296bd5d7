"""A reminder outbox at scale: 1,000,000 orders and 4,000,000 reminders, and its claim timings.

Run as part of `make bench` (see benchmarks/reminders.py for the whole section).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.clock import iso
from bot.reminders import outbox
from bot.storage import open_database, transaction
from bot.storage.conversation_log import LogEntry

ORDERS = 1_000_000
PER_USER = 4                 # orders per user: 250,000 users
BACKLOG = 3_000              # users with a reminder due right now (a burst after downtime)
BATCH = 30                   # users per claim: one second of sending at Telegram's pace


@dataclass
class DbFigures:
    """What the outbox benchmark measured."""

    orders: int
    reminders: int
    build_s: float
    size_mb: float
    claim_ms: list[float]
    empty_claim_ms: float
    next_due_ms: float
    mark_ms: float


class _Stamps(dict[int, str]):
    """ISO strings of whole minutes from `now`, formatted once each (the build's hot path)."""

    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.now = now

    def __missing__(self, minute: int) -> str:
        value = self[minute] = iso(self.now + timedelta(minutes=minute))
        return value


def _deadlines(rng: random.Random) -> list[int]:
    """Each order's deadline in minutes from now: -100 to +200 days; the backlog's in 11 hours."""
    minutes = [rng.randrange(-100 * 1440, 200 * 1440) for _ in range(ORDERS)]
    for user in range(BACKLOG):
        minutes[user * PER_USER] = 11 * 60
    return minutes


def _orders(deadlines: list[int], stamps: _Stamps) -> Iterator[tuple[object, ...]]:
    """Order rows; an order whose deadline has passed is closed."""
    at = stamps[0]
    for i, minute in enumerate(deadlines):
        status = "open" if minute > 0 else "closed"
        yield (i + 1, i // PER_USER + 1, f"8{i:015d}", stamps[minute], status, at, at)


# Four reminders per order, derived in SQL: those already due count as sent, except the
# backlog's 12-hour reminder (the first order of each of the first BACKLOG users).
_REMINDERS = """
INSERT INTO reminders (order_id, user_id, kind, due_at, state, created_at)
SELECT id, user_id, kind, due,
       CASE WHEN due > :now OR (kind = 'before_12h' AND (id - 1) % :per_user = 0
                                AND (id - 1) / :per_user < :backlog)
            THEN 'pending' ELSE 'sent' END, :now
FROM (SELECT o.id, o.user_id, k.kind,
             strftime('%Y-%m-%dT%H:%M:%S+00:00', o.deadline, k.shift) AS due
      FROM orders o CROSS JOIN (SELECT 'before_7d' AS kind, '-7 days' AS shift
                                UNION ALL SELECT 'before_3d', '-3 days'
                                UNION ALL SELECT 'before_1d', '-1 days'
                                UNION ALL SELECT 'before_12h', '-12 hours') AS k
      ORDER BY o.id)
"""


def build(db_path: Path, now: datetime) -> tuple[float, int]:
    """Create the database in one transaction (executemany); (seconds, reminders)."""
    started = time.perf_counter()
    db = open_database(db_path)
    # A throw-away fixture: no journal while loading (WAL would write every page twice).
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-524288",
                   "foreign_keys=OFF"):
        db.execute(f"PRAGMA {pragma}")
    deadlines, stamps = _deadlines(random.Random(4)), _Stamps(now)
    with transaction(db):
        # Building the due index once at the end beats keeping it sorted row by row.
        db.execute("DROP INDEX reminders_due")
        db.conn.executemany(
            "INSERT INTO users (id, lang, first_seen, last_seen) VALUES (?, 'en', ?, ?)",
            ((u, stamps[0], stamps[0]) for u in range(1, ORDERS // PER_USER + 1)))
        db.conn.executemany(
            "INSERT INTO orders (id, user_id, number, deadline, deadline_kind, status,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, 'date', ?, ?, ?)",
            _orders(deadlines, stamps))
        db.execute(_REMINDERS, {"now": stamps[0], "per_user": PER_USER, "backlog": BACKLOG})
        db.execute("CREATE INDEX reminders_due ON reminders (state, due_at)")
    db.execute("PRAGMA journal_mode=WAL")
    count = db.execute("SELECT max(id) FROM reminders").fetchone()[0]
    db.conn.close()
    return time.perf_counter() - started, count


def _ms(fn: object) -> float:
    """Milliseconds one call takes."""
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def measure(db_path: Path, now: datetime, keep_due: int) -> DbFigures:
    """Claim the whole backlog batch by batch, marking each user's rows sent as the bot does;
    then put `keep_due` of them back, due, for the dispatch benchmark."""
    build_s, count = build(db_path, now)
    db = open_database(db_path)
    claim_ms: list[float] = []
    mark_ms: list[float] = []
    claimed: list[int] = []
    entry = LogEntry(iso(now), 1, 1, "out", "reminder", "benchmark", None, None)
    while True:
        started = time.perf_counter()
        rows = outbox.claim(db, now, BATCH)
        if not rows:
            break
        claim_ms.append((time.perf_counter() - started) * 1000)
        for row in rows:
            mark_ms.append(_ms(lambda r=row: outbox.mark_sent(db, [r.id], 1, now, entry)))
            claimed.append(row.id)
    empty_claim_ms = statistics.median(_ms(lambda: outbox.claim(db, now, BATCH))
                                       for _ in range(50))
    next_due_ms = statistics.median(_ms(lambda: outbox.next_due(db)) for _ in range(50))
    with transaction(db):
        db.execute(
            "UPDATE reminders SET state = 'pending', sent_at = NULL, message_id = NULL,"
            " due_at = ? WHERE id IN (SELECT value FROM json_each(?))",
            [iso(now - timedelta(minutes=1)), repr(claimed[:keep_due])])
        db.execute("DELETE FROM messages")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    size = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*")) / 2**20
    return DbFigures(ORDERS, count, build_s, size, claim_ms, empty_claim_ms, next_due_ms,
                     statistics.mean(mark_ms))


def small_database(db_path: Path, now: datetime, orders: int, due: int) -> None:
    """A small outbox (`orders` orders, `due` of them with a reminder due now), for comparison."""
    db = open_database(db_path)
    with transaction(db):
        for i in range(orders):
            user = i + 1
            deadline = now + (timedelta(hours=11) if i < due else timedelta(days=30))
            db.execute("INSERT INTO users (id, lang, first_seen, last_seen) VALUES (?, 'en', ?, ?)",
                       [user, iso(now), iso(now)])
            db.execute(
                "INSERT INTO orders (id, user_id, number, deadline, deadline_kind, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, 'date', ?, ?)",
                [user, user, f"8{i:015d}", iso(deadline), iso(now), iso(now)])
            db.execute(
                "INSERT INTO reminders (order_id, user_id, kind, due_at, created_at)"
                " VALUES (?, ?, 'before_12h', ?, ?)",
                [user, user, iso(min(deadline - timedelta(hours=12), now.astimezone(UTC))),
                 iso(now)])
    db.conn.close()
