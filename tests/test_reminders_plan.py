"""Which reminders an order gets, and when: offsets, quiet hours, changes, closing, deleting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from bot.config import ConfigError, load_settings
from bot.reminders.plan import plan_reminders
from bot.storage import transaction
from tests.support.clock import FakeClock
from tests.support.reminder_rows import add_order, add_user, change_order, reminders

MSK, NYC = ZoneInfo("Europe/Moscow"), ZoneInfo("America/New_York")


def local(tz: ZoneInfo, *args: int) -> datetime:
    """An aware moment on the wall clock of a zone."""
    return datetime(*args, tzinfo=tz)  # type: ignore[misc]


def due_local(db: sqlite_utils.Database, order_id: int, tz: ZoneInfo) -> dict[str, str]:
    """kind -> due moment on the user's wall clock, for pending reminders."""
    return {kind: datetime.fromisoformat(row["due_at"]).astimezone(tz).strftime("%m-%d %H:%M")
            for kind, row in reminders(db, order_id).items() if row["state"] == "pending"}


def test_default_offsets_before_the_end(db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    order = add_order(db, 1, "8100000000000001", datetime(2026, 3, 25, 12, tzinfo=UTC),
                      clock.now())
    assert due_local(db, order, ZoneInfo("UTC")) == {
        "before_7d": "03-18 12:00", "before_3d": "03-22 12:00",
        "before_1d": "03-24 12:00", "before_12h": "03-25 00:00",  # 12 h: quiet hours don't apply
    }


def test_quiet_hours_east_of_utc_move_to_eight_in_the_morning(
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="Europe/Moscow")
    # "Protection ends on 20 March": the start of that day in Moscow.
    order = add_order(db, 1, "8100000000000001", local(MSK, 2026, 3, 20), clock.now())
    assert due_local(db, order, MSK) == {
        "before_7d": "03-13 08:00", "before_3d": "03-17 08:00",
        "before_1d": "03-19 08:00", "before_12h": "03-19 12:00",
    }


def test_quiet_hours_west_of_utc_and_the_exempt_last_reminder(
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="America/New_York")
    noon = add_order(db, 1, "8100000000000001", local(NYC, 2026, 3, 20, 12), clock.now())
    early = add_order(db, 1, "8100000000000002", local(NYC, 2026, 3, 20, 6), clock.now())
    assert due_local(db, noon, NYC)["before_12h"] == "03-20 00:00"  # at midnight: still sent
    assert due_local(db, early, NYC) == {
        "before_7d": "03-13 08:00", "before_3d": "03-17 08:00",
        "before_1d": "03-19 08:00", "before_12h": "03-19 18:00",
    }


def test_zone_defaults_to_the_language(db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, lang="ru", tz=None)
    add_user(db, 2, lang="en", tz=None)
    deadline = datetime(2026, 3, 20, 21, tzinfo=UTC)  # 00:00 in Moscow, 21:00 in London
    moscow = add_order(db, 1, "8100000000000001", deadline, clock.now())
    utc = add_order(db, 2, "8100000000000002", deadline, clock.now())
    assert due_local(db, moscow, MSK)["before_7d"] == "03-14 08:00"
    assert due_local(db, utc, ZoneInfo("UTC"))["before_7d"] == "03-13 21:00"


def test_configured_offsets(db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    order = add_order(db, 1, "8100000000000001", datetime(2026, 3, 20, 12, tzinfo=UTC),
                      clock.now(), offsets=(timedelta(days=2), timedelta(hours=6)))
    assert due_local(db, order, ZoneInfo("UTC")) == {
        "before_2d": "03-18 12:00", "before_6h": "03-20 06:00"}


def test_past_due_countdowns_keep_only_the_closest(
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    now = clock.now()
    in_two_days = add_order(db, 1, "8100000000000001", now + timedelta(days=2), now)
    in_eleven_hours = add_order(db, 1, "8100000000000002", now + timedelta(hours=11), now)
    rows = reminders(db, in_two_days)
    assert set(rows) == {"before_3d", "before_1d", "before_12h"}
    assert rows["before_3d"]["due_at"] < now.isoformat()  # due already: goes out now
    assert set(reminders(db, in_eleven_hours)) == {"before_12h"}


def test_other_clocks_dispute_button_seller_reply_refund(
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    now = clock.now()  # Tuesday 10 March 2026, 12:00 UTC
    shipped = add_order(db, 1, "8100000000000001", now + timedelta(days=40), now,
                        shipped_on="2026-03-08")
    dispute = add_order(db, 1, "8100000000000002", now + timedelta(days=40), now,
                        status="dispute", dispute_opened_at="2026-03-10T12:00:00+00:00")
    alipay = add_order(db, 1, "8100000000000003", now + timedelta(days=40), now,
                       status="refund_promised", refund_decided_on="2026-03-10",
                       payment_method="alipay")
    card = add_order(db, 1, "8100000000000004", now + timedelta(days=40), now,
                     status="refund_promised", refund_decided_on="2026-03-10")
    utc = ZoneInfo("UTC")
    # C04: 5 days after shipping (08 March 00:00) falls at night: moved to the morning.
    assert due_local(db, shipped, utc)["dispute_button"] == "03-13 08:00"
    countdown = {"before_7d": "04-12 12:00", "before_3d": "04-16 12:00",
                 "before_1d": "04-18 12:00", "before_12h": "04-19 00:00"}
    # C07: ~5 days; an open dispute keeps the countdown (escalate before it ends).
    assert due_local(db, dispute, utc) == {"seller_reply": "03-15 12:00", **countdown}
    # C01-C03: late only past the upper end of the range (3 business days for Alipay, 20 for
    # a card), and a promise keeps the countdown to the protection end.
    assert due_local(db, alipay, utc) == {"refund_overdue": "03-16 08:00", **countdown}
    assert due_local(db, card, utc)["refund_overdue"] == "04-08 08:00"


def test_extension_reschedules_and_rearms_sent_reminders(
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    now = clock.now()
    order = add_order(db, 1, "8100000000000001", now + timedelta(days=2), now)
    db.execute("UPDATE reminders SET state = 'sent' WHERE kind = 'before_3d'")
    before = reminders(db, order)
    change_order(db, order, now, deadline=(now + timedelta(days=12)).isoformat())
    after = reminders(db, order)
    assert {k: r["state"] for k, r in after.items()} == dict.fromkeys(
        ("before_3d", "before_1d", "before_12h", "before_7d"), "pending")
    assert after["before_3d"]["id"] == before["before_3d"]["id"]  # the same row, moved
    assert after["before_1d"]["due_at"] > before["before_1d"]["due_at"]


def test_a_label_edit_changes_nothing(db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    now = clock.now()
    order = add_order(db, 1, "8100000000000001", now + timedelta(days=2), now)
    db.execute("UPDATE reminders SET state = 'sent' WHERE kind = 'before_3d'")
    before = reminders(db, order)
    clock.advance(hours=3)
    change_order(db, order, clock.now(), payment_method="card")
    change_order(db, order, clock.now())
    assert reminders(db, order) == before  # idempotent: nothing re-sent, nothing duplicated


def test_closing_cancels_and_reopening_restores(
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    now = clock.now()
    order = add_order(db, 1, "8100000000000001", now + timedelta(days=20), now)
    change_order(db, order, now, status="closed")
    assert {r["state"] for r in reminders(db, order).values()} == {"cancelled"}
    change_order(db, order, now, status="open")
    assert {r["state"] for r in reminders(db, order).values()} == {"pending"}


def test_a_dispute_adds_the_reply_clock_and_keeps_the_countdown(
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    now = clock.now()
    order = add_order(db, 1, "8100000000000001", now + timedelta(days=20), now)
    change_order(db, order, now, status="dispute", dispute_opened_at=now.isoformat())
    states = {k: r["state"] for k, r in reminders(db, order).items()}
    assert states == dict.fromkeys(
        ("before_7d", "before_3d", "before_1d", "before_12h", "seller_reply"), "pending")


def test_deleting_an_order_leaves_no_reminder(db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, 1, tz="UTC")
    now = clock.now()
    order = add_order(db, 1, "8100000000000001", now + timedelta(days=20), now)
    with transaction(db):
        db.execute("DELETE FROM orders WHERE id = ?", [order])
        plan_reminders(db, order, now)
    assert reminders(db, order) == {}


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/Los_Angeles", "Europe/Berlin"])
def test_no_reminder_lands_in_quiet_hours_except_the_last(
        db: sqlite_utils.Database, clock: FakeClock, zone: str) -> None:
    add_user(db, 1, tz=zone)
    tz = ZoneInfo(zone)
    for hour in range(24):  # a deadline at every hour of the day, across the DST change
        order = add_order(db, 1, f"81000000000000{hour:02d}",
                          local(tz, 2026, 3, 30, hour), clock.now())
        for kind, row in reminders(db, order).items():
            wall = datetime.fromisoformat(row["due_at"]).astimezone(tz)
            assert kind == "before_12h" or 8 <= wall.hour < 23, (hour, kind, wall)


def test_offsets_setting_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFUNDBOT_REMINDER_OFFSETS", "12h, 7d,30m")
    assert load_settings(env_file=None).reminder_offsets == (
        timedelta(days=7), timedelta(hours=12), timedelta(minutes=30))
    monkeypatch.delenv("REFUNDBOT_REMINDER_OFFSETS")
    assert load_settings(env_file=None).reminder_offsets == (
        timedelta(days=7), timedelta(days=3), timedelta(days=1), timedelta(hours=12))


@pytest.mark.parametrize("value", ["7x", "0d", "1d,24h", "", "3 days"])
def test_bad_offsets_name_the_variable(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("REFUNDBOT_REMINDER_OFFSETS", value)
    with pytest.raises(ConfigError, match=r"^REFUNDBOT_REMINDER_OFFSETS: "):
        load_settings(env_file=None)
