"""Make tests/data/orders_v6.sqlite3 with the release before issue 17 (schema v6): orders in each status.

Run from a checkout of that release (main at 2b14a99): `PYTHONPATH=<checkout> python make_orders_v6.py out.sqlite3`.
"""
from datetime import UTC, datetime, timedelta
import sys
from pathlib import Path
from bot.storage import open_database, transaction
from bot.orders.store import NewOrder, save_order, update_order, order_by_id
from bot.reminders.plan import plan_reminders

path = Path(sys.argv[1])
path.unlink(missing_ok=True)
db = open_database(path)
now = datetime(2026, 3, 10, 12, tzinfo=UTC)
iso = lambda d: d.isoformat()
with transaction(db):
    db.execute("INSERT INTO users (id, lang, tz, first_seen, last_seen) VALUES (1, 'en', 'UTC', ?, ?)", [iso(now), iso(now)])
    db.execute("INSERT INTO users (id, lang, tz, first_seen, last_seen) VALUES (2, 'ru', NULL, ?, ?)", [iso(now), iso(now)])
    made = {}
    for n, (user, status, extra) in enumerate([
        (1, "open", {}), (1, "dispute", {"dispute_opened_at": None}),
        (1, "dispute", {"dispute_opened_at": iso(now - timedelta(days=2))}),
        (2, "refund_promised", {"refund_decided_on": "2026-03-09", "payment_method": "card"}),
        (2, "problem", {}), (2, "closed", {}), (2, "cancelled", {"refund_decided_on": "2026-03-09"}),
    ]):
        new = NewOrder(number=f"81000000000000{n:02d}", label=f"{status} {n}",
                       deadline=iso(now + timedelta(days=20)), deadline_kind="date",
                       shipped_on=None, payment_method=None, status="dispute" if status == "dispute" else "open",
                       dispute_opened_at=extra.get("dispute_opened_at"))
        oid, _ = save_order(db, user, new, iso(now))
        fields = {k: v for k, v in extra.items() if k != "dispute_opened_at"}
        if status not in ("open", "dispute"):
            fields["status"] = status
        if fields:
            update_order(db, order_by_id(db, oid), iso(now), **fields)
        plan_reminders(db, oid, now)
    rid = db.execute("SELECT id FROM reminders LIMIT 1").fetchone()[0]
    db.execute("INSERT INTO reminder_presses (user_id, reminder_id, order_id, action, at) VALUES (1, ?, 1, 'extended', ?)", [rid, iso(now)])
print(db.execute("SELECT max(version) FROM schema_migrations").fetchone(),
      db.execute("SELECT status, count(*) FROM orders GROUP BY status").fetchall(),
      db.execute("SELECT count(*) FROM reminders").fetchone())
db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.conn.execute("PRAGMA journal_mode=DELETE")
db.conn.close()
