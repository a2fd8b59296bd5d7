"""Every status x reminder kind, in both languages: the reminder says its status's action and
never another status's (no "open the dispute now" with a dispute open, no "not received" for a
faulty item, no extension request once a refund is decided). The real queue claims the rows.

The clock stands at Tuesday 10 March 2026, 12:00 UTC.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
import sqlite_utils

from bot.i18n import _, use_language
from bot.reminders import outbox
from bot.reminders.kinds import OTHER_WORDING, kind_named
from bot.reminders.message import compose
from flows.languages import LANGUAGES
from flows.orders import wording as w
from flows.orders.lifecycle import ROWS, STATUSES, Reminder, Stage, Status
from tests.support.clock import FakeClock
from tests.support.reminder_rows import add_order, add_user

LEADS = {Stage.EARLY: timedelta(days=7), Stage.DECIDE: timedelta(days=3),
         Stage.LAST: timedelta(hours=12)}
CASES = [(row.status, family, stage) for row in ROWS for family in sorted(row.reminders)
         for stage in (LEADS if family is Reminder.PROTECTION else (None,))]
# Words only one kind of situation may say, in every language's catalog.
NEVER = {
    Status.DISPUTE: (w.OPEN_NOW, w.OPEN_WHERE, w.TRACK_ACTION, w.PROBLEM_NOW),
    Status.REFUND_PROMISED: (w.OPEN_NOW, w.OPEN_WHERE, w.TRACK_ACTION, w.PROBLEM_NOW,
                             w.DISPUTE_BUTTON_TEXT),
    Status.PROBLEM: (w.OPEN_WHERE, w.TRACK_ACTION, w.EVIDENCE_ACTION),
}
NOT_RECEIVED = {"en": "I didn't receive the item", "ru": "Товар не получен"}


def fragment(msgid: str) -> str:
    """The opening words of a msgid's translation before any placeholder (or its longest
    stretch without one, when the opening is short): what a reader sees."""
    parts = [p.strip() for p in re.split(r"\{\w+\}", _(msgid))]
    return parts[0] if len(parts[0]) >= 15 else max(parts, key=len)


def own_texts(status: Status) -> set[str]:
    """The msgids only this status's reminders say."""
    mine = {m for texts in STATUSES[status].protection.values() for m in texts}
    others = {m for row in ROWS if row.status is not status
              for texts in row.protection.values() for m in texts}
    return mine - others


def due_order(db: sqlite_utils.Database, now: datetime, status: Status, family: Reminder,
              stage: Stage | None) -> None:
    """An order in `status` whose reminder of `family` (at `stage`) is due now, and no other."""
    far = now + timedelta(days=40)
    fields: dict[str, str] = {"dispute_opened_at": now.isoformat(),
                              "refund_decided_on": now.date().isoformat()}
    deadline = far
    if stage is not None:
        deadline = now + LEADS[stage] + timedelta(minutes=30)
    elif family is Reminder.SELLER_REPLY:
        fields["dispute_opened_at"] = (now - timedelta(days=6)).isoformat()
    elif family is Reminder.REFUND_OVERDUE:
        fields["refund_decided_on"] = "2026-01-20"
    elif family is Reminder.DISPUTE_BUTTON:
        fields["shipped_on"] = "2026-03-02"
    add_order(db, 1, "8100000000000001", deadline, now, label="lamp", status=status.value,
              **fields)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("status", "family", "stage"), CASES)
def test_the_reminder_says_its_status_action_and_no_other(
        db: sqlite_utils.Database, clock: FakeClock, lang: str, status: Status,
        family: Reminder, stage: Stage | None) -> None:
    add_user(db, 1, lang=lang, tz="UTC")
    due_order(db, clock.now(), status, family, stage)
    clock.advance(minutes=31)
    claimed = outbox.claim(db, clock.now())
    kinds = {kind_named(d.kind) for d in claimed}
    assert {k.family for k in kinds if k} == {family}, [d.kind for d in claimed]
    # Earlier lead times may be overdue too: one message, in the words of the shortest lead.
    record = min((k for k in kinds if k), key=lambda k: k.lead or timedelta.max)
    assert stage is None or record.stage is stage
    order = claimed[0].order
    assert order.status is status and claimed[0].recipient.lang == lang
    with use_language(lang):
        [message] = compose(claimed, clock.now())
        text = message.text
        expected = record.texts_for(order) if stage else OTHER_WORDING[family]
        assert expected, (status, family, stage)
        for msgid in expected:
            assert fragment(msgid) in text, (msgid, text)
        for other in (s for s in Status if s is not status):
            for msgid in own_texts(other) - set(expected):
                assert fragment(msgid) not in text, (other, msgid)
        for msgid in NEVER.get(status, ()):
            assert fragment(msgid) not in text, msgid
        if status is not Status.OPEN:
            assert "Could you please extend" not in text  # the extension draft
        if status is Status.PROBLEM:
            assert NOT_RECEIVED[lang] not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reply_reminder_from_an_unknown_dispute_day_says_it_is_estimated(
        db: sqlite_utils.Database, clock: FakeClock, lang: str) -> None:
    add_user(db, 1, lang=lang, tz="UTC")
    for number, known in (("8100000000000001", False), ("8100000000000002", True)):
        add_order(db, 1, number, clock.now() + timedelta(days=40), clock.now(),
                  status="dispute", dispute_day_known=known,
                  dispute_opened_at=(clock.now() - timedelta(days=6)).isoformat())
    claimed = outbox.claim(db, clock.now())
    with use_language(lang):
        unknown, known_block = compose(claimed, clock.now())[0].text.split("\n\n⏰")
        estimated = fragment(w.DISPUTE_DAY_ESTIMATED)
    assert "8100000000000001" in unknown and estimated in unknown
    assert "8100000000000002" in known_block and estimated not in known_block
