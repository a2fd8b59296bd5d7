"""Migrations on a copy of a database made by the previous release (schema v6, made by
tests/data/make_orders_v6.py with that release's own code): frozen steps, orders flagged, then
re-planned at start-up by the live planner."""

from __future__ import annotations

import ast
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from bot.reminders.plan import replan_flagged
from bot.storage import migrations, open_database
from tests.support.reminder_rows import reminders

PREVIOUS = Path(__file__).parent / "data" / "orders_v6.sqlite3"
NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
COUNTDOWN = {"before_7d", "before_3d", "before_1d", "before_12h"}


@pytest.fixture
def upgraded(tmp_path: Path) -> sqlite_utils.Database:
    """A copy of the previous release's database, opened (and so migrated) by this one."""
    copy = tmp_path / "refundbot.sqlite3"
    shutil.copy(PREVIOUS, copy)
    assert migrations.schema_version(sqlite_utils.Database(copy).conn) == 6
    return open_database(copy)


def pending(db: sqlite_utils.Database, order_id: int) -> set[str]:
    """Kinds of the order's reminders still to be sent."""
    return {k for k, r in reminders(db, order_id).items() if r["state"] == "pending"}


def by_label(db: sqlite_utils.Database) -> dict[str, dict]:
    """The orders by their label ("<status> <n>")."""
    return {o["label"]: o for o in db.query("SELECT * FROM orders")}


def test_the_upgrade_drops_the_presses_and_flags_orders_still_waiting(
        upgraded: sqlite_utils.Database) -> None:
    assert migrations.schema_version(upgraded.conn) == migrations.CODE_VERSION == 11
    assert "reminder_presses" not in upgraded.table_names()
    orders = by_label(upgraded)
    assert {label: o["replan"] for label, o in orders.items()} == {
        "open 0": 1, "dispute 1": 1, "dispute 2": 1, "refund_promised 3": 1, "problem 4": 1,
        "closed 5": 0, "cancelled 6": 1}
    unknown, known = orders["dispute 1"], orders["dispute 2"]
    assert (unknown["dispute_opened_at"], unknown["dispute_day_known"]) == (
        unknown["updated_at"], 0)  # counted from its last change, marked as estimated
    assert known["dispute_day_known"] == 1
    assert migrations.migrate(upgraded) == []  # nothing left to apply, nothing changed twice


def test_start_up_replans_the_flagged_orders_once(upgraded: sqlite_utils.Database) -> None:
    orders = by_label(upgraded)
    before = pending(upgraded, orders["dispute 2"]["id"])
    assert before == {"seller_reply"}  # the previous release stopped the countdown
    assert replan_flagged(upgraded, NOW) == 6
    assert pending(upgraded, orders["dispute 2"]["id"]) == COUNTDOWN | {"seller_reply"}
    assert pending(upgraded, orders["dispute 1"]["id"]) == COUNTDOWN | {"seller_reply"}
    assert pending(upgraded, orders["refund_promised 3"]["id"]) == COUNTDOWN | {
        "refund_overdue"}
    assert pending(upgraded, orders["closed 5"]["id"]) == set()
    assert replan_flagged(upgraded, NOW) == 0  # the flags are cleared


def test_migrations_never_call_live_planning_code() -> None:
    tree = ast.parse(Path(migrations.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module}
    assert not {m for m in imported if m.startswith(("bot.reminders", "bot.orders", "flows"))}
