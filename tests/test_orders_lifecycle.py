"""The life cycle table (flows/orders/lifecycle.py): every (status, action) pair is a declared
move or refused, and the buttons an order page offers are exactly the actions allowed.

The clock stands at Tuesday 10 March 2026, 12:00 UTC.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlite_utils

from bot.dialogue.hooks import Context
from bot.i18n import _, use_language
from bot.orders import effects
from bot.orders.store import order_by_id
from bot.reminders.plan import Planner
from flows.orders.lifecycle import (
    ASKS,
    KEEPS,
    MOVES,
    ROWS,
    Action,
    Status,
    allowed,
    buttons,
    row,
)
from flows.scenarios.orders import ACTION_LABELS
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.orders import open_order
from tests.support.reminder_rows import add_order, add_user

# The effect each action that moves an order runs, and what it needs to know.
EFFECT_OF = {
    Action.EXTEND: (effects.order_extend, {"order_deadline": "2026-04-01T00:00:00+00:00",
                                           "order_kind": "date"}),
    Action.DISPUTE: (effects.order_dispute, {"dispute_day": "today"}),
    Action.CANCELLED: (effects.order_cancelled, {}),
    Action.FINE: (effects.order_fine, {}),
    Action.NOT_FINE: (effects.order_problem, {}),
    Action.WON: (effects.order_refund, {"order_payment": "card"}),
    Action.LOST: (effects.order_lost, {}),
    Action.WITHDRAWN: (effects.order_withdrawn, {}),
    Action.ARRIVED: (effects.order_close, {}),
    Action.REOPEN: (effects.order_reopen, {}),
}


def test_every_action_moves_asks_or_keeps() -> None:
    questions = set(ASKS)
    assert set(Action) == set(EFFECT_OF) | questions | set(KEEPS)
    assert {answer for answers in ASKS.values() for answer in answers} <= set(EFFECT_OF)
    assert {status for status, _action in MOVES} | set(MOVES.values()) <= set(Status)
    assert {row.status for row in ROWS} == set(Status)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("action", list(EFFECT_OF))
def test_each_pair_is_a_declared_move_or_refused(
        db: sqlite_utils.Database, clock: FakeClock, status: Status, action: Action) -> None:
    add_user(db, 1, tz="UTC")
    order_id = add_order(db, 1, "8100000000000001", clock.now() + timedelta(days=20),
                         clock.now(), status=status.value,
                         dispute_opened_at=clock.now().isoformat(),
                         refund_decided_on="2026-03-09")
    effect, facts = EFFECT_OF[action]
    ctx = Context(db, 1, 1, clock.now(), {**facts, "arg": str(order_id)})
    result = effect(ctx, Planner())
    after = order_by_id(db, order_id)
    assert after is not None
    if (status, action) in MOVES:
        assert after.status is MOVES[(status, action)], result
    else:
        assert result["order_result"] == "refused"
        assert after == order_by_id(db, order_id) and after.status is status


@pytest.mark.parametrize("status", list(Status))
async def test_the_order_page_offers_exactly_the_allowed_actions(
        chat: Chat, db: sqlite_utils.Database, clock: FakeClock, status: Status) -> None:
    add_user(db, chat.user_id, tz="Europe/Moscow")
    add_order(db, chat.user_id, "8100000000000001", clock.now() + timedelta(days=20),
              clock.now(), label="headphones", status=status.value,
              dispute_opened_at=clock.now().isoformat(), refund_decided_on="2026-03-09")
    await open_order(chat)
    labels = row(status).labels
    with use_language("en"):
        allowed_labels = [_(labels.get(a, ACTION_LABELS[a])) for a in ACTION_LABELS
                          if allowed(status, a)]
    offered = [b for b in chat.buttons() if b != "📋 My orders" and "Main menu" not in b]
    assert sorted(offered) == sorted(allowed_labels)
    assert sorted(offered) == sorted(_(labels.get(a, ACTION_LABELS[a])) for a in buttons(status))
