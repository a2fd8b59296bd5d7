"""Make tests/data/orders_v6.sqlite3 with the release before issue 17 (schema v6).

Run from a checkout of that release (main at 2b14a99), with its code first on the path:
`PYTHONPATH=<checkout> python tests/data/make_orders_v6.py out.sqlite3`. It writes one
order per status through that release's own store and planner, and a reminder press.
"""

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.orders.store import NewOrder, order_by_id, save_order, update_order
from bot.reminders.plan import plan_reminders
from bot.storage import open_database, transaction

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
ORDERS = [
    (1, "open", {}), (1, "dispute", {"dispute_opened_at": None}),
    (1, "dispute", {"dispute_opened_at": (NOW - timedelta(days=2)).isoformat()}),
    (2, "refund_promised", {"refund_decided_on": "2026-03-09", "payment_method": "card"}),
    (2, "problem", {}), (2, "closed", {}), (2, "cancelled", {"refund_decided_on": "2026-03-09"}),
]


def main(path: Path) -> None:
    """Write the database."""
    path.unlink(missing_ok=True)
    db = open_database(path)
    now = NOW.isoformat()
    with transaction(db):
        for user, lang in ((1, "en"), (2, "ru")):
            db.execute("INSERT INTO users (id, lang, tz, first_seen, last_seen)"
                       " VALUES (?, ?, ?, ?, ?)", [user, lang, "UTC" if user == 1 else None,
                                                   now, now])
        for n, (user, status, extra) in enumerate(ORDERS):
            first = "dispute" if status == "dispute" else "open"
            new = NewOrder(number=f"81000000000000{n:02d}", label=f"{status} {n}",
                           deadline=(NOW + timedelta(days=20)).isoformat(), deadline_kind="date",
                           shipped_on=None, payment_method=None, status=first,
                           dispute_opened_at=extra.get("dispute_opened_at"))
            order_id, _existed = save_order(db, user, new, now)
            fields = {k: v for k, v in extra.items() if k != "dispute_opened_at"}
            if status != first:
                fields["status"] = status
            if fields:
                update_order(db, order_by_id(db, order_id), now, **fields)
            plan_reminders(db, order_id, NOW)
        reminder = db.execute("SELECT id FROM reminders LIMIT 1").fetchone()[0]
        db.execute("INSERT INTO reminder_presses (user_id, reminder_id, order_id, action, at)"
                   " VALUES (1, ?, 1, 'extended', ?)", [reminder, now])
    db.conn.execute("PRAGMA journal_mode=DELETE")
    db.conn.execute("VACUUM")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
