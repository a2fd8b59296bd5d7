"""/stats adds up on a known fixture: users, active users, scenarios, reminders, groups."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlite_utils

from bot.clock import iso
from bot.i18n import use_language
from bot.operators.stats import Stats, advice_screens, collect, render
from bot.storage.users import touch_user
from flows.engine import machine as engine
from tests.support.clock import FakeClock

MOVES = [  # (user, state before, state after, direction)
    (1, "menu", "cancel_status", "in"),            # cancel entered
    (1, "cancel_status", "cancel_awaiting", "in"),  # cancel finished (first answer)
    (1, "cancel_awaiting", "cancel_shipped", "in"),  # moving on between answers: no
    (2, "menu", "cancel_status", "in"),            # cancel entered
    (2, "menu", "cancel_status", "out"),           # the bot's own messages never count
    (2, "cancel_status", "cancel_unsure", "in"),   # a question
    (2, "cancel_unsure", "cancel_verifying", "in"),  # cancel finished
    (3, "menu", "cancel_status", "in"),            # cancel entered, never finished
    (3, "cancel_status", "cancel_status", "in"),   # typed text on the same screen
    (3, "cancel_status", "menu", "in"),
    (3, "menu", "language", "in"),                 # the core flow is not a scenario
    (4, "cancel_shipped", "notreceived_tracking", "in"),  # notreceived entered from cancel
    (4, "notreceived_tracking", "notreceived_time", "in"),
    (5, "menu", "notshipped_status", "in"),        # notshipped entered
    (5, "notshipped_status", "cancel_fake", "in"),  # cancel entered and finished at once
]


@pytest.fixture
def fixture_db(db: sqlite_utils.Database, clock: FakeClock) -> sqlite_utils.Database:
    """Five users, the moves above, six reminders, four chats."""
    now = clock.now()
    for user_id, days_ago in [(1, 1), (2, 6), (3, 8), (4, 29), (5, 40)]:
        seen = iso(now - timedelta(days=days_ago))
        touch_user(db, user_id, seen, None, None)
    db["messages"].insert_all(
        {"at": iso(now), "chat_id": u, "user_id": u, "direction": d, "kind": "click",
         "text": "x", "state_before": b, "state_after": a} for u, b, a, d in MOVES)
    db["orders"].insert({"id": 1, "user_id": 1, "number": "81234567890123", "deadline": iso(now),
                         "deadline_kind": "date", "created_at": iso(now), "updated_at": iso(now)})
    states = ["sent", "sent", "sent", "failed", "pending", "pending"]
    db["reminders"].insert_all({"order_id": 1, "user_id": 1, "kind": f"k{i}", "due_at": iso(now),
                                "state": s, "created_at": iso(now)} for i, s in enumerate(states))
    for chat_id, kind, active in [(-1, "supergroup", 1), (-2, "supergroup", 1), (-3, "group", 0),
                                  (-4, "channel", 1)]:
        db["chats"].insert({"id": chat_id, "type": kind, "active": active,
                            "updated_at": iso(now)})
    return db


def test_the_fixture_uses_real_screens() -> None:
    cancel = engine.FLOW_BY_NAME["cancel"]
    assert {"cancel_awaiting", "cancel_verifying", "cancel_fake"} <= advice_screens(cancel)
    assert not {"cancel_status", "cancel_unsure"} & advice_screens(cancel)
    for _user, before, after, _direction in MOVES:
        assert before in engine.SCREENS and after in engine.SCREENS


def test_stats_add_up(fixture_db: sqlite_utils.Database, clock: FakeClock) -> None:
    stats = collect(fixture_db, clock.now())
    assert (stats.users, stats.active_7, stats.active_30) == (5, 2, 4)
    assert {k: v for k, v in stats.entered.items() if v} == {
        "cancel": 4, "notreceived": 1, "notshipped": 1}
    assert {k: v for k, v in stats.finished.items() if v} == {"cancel": 3}
    assert (stats.reminders_sent, stats.reminders_failed, stats.groups) == (3, 1, 2)


def test_stats_message(fixture_db: sqlite_utils.Database, clock: FakeClock) -> None:
    with use_language("en"):
        text = render(collect(fixture_db, clock.now()))
    assert text.splitlines()[:4] == [
        "📊 Statistics",
        "Users: 5 (active in the last 7 days: 2, in the last 30 days: 4)",
        "Scenarios entered: 6, finished: 3",
        "  • ❌ Cancel a paid order: 4 / 3",
    ]
    assert text.splitlines()[-2:] == ["Reminders sent: 3, failed: 1", "Groups: 2"]


def test_stats_without_the_groups_table(db: sqlite_utils.Database, clock: FakeClock) -> None:
    db.execute("DROP TABLE user_sources")
    db.execute("DROP TABLE chats")
    stats = collect(db, clock.now())
    assert stats == Stats(0, 0, 0, stats.entered, stats.finished, 0, 0, None)
    with use_language("ru"):
        assert render(stats).splitlines()[-1] == "Группы: пока не учитываются"
