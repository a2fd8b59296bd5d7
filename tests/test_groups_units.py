"""The small pieces under the group feature: keywords, deep-link payloads, limits, storage."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
import sqlite_utils

from bot.groups.keywords import KEYWORDS, topic_of
from bot.groups.limits import SlidingWindow, TtlCache
from bot.groups.links import group_payload, parse_group_payload
from bot.groups.store import chat_added, get_chat, move_chat, record_source
from bot.storage.migrations import MIGRATIONS, migrate
from bot.storage.users import touch_user
from bot.telegram.groups.handlers import private_link
from flows.engine.machine import FLOW_BY_NAME

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "flow"), [
    ("How do I open a dispute?", "dispute"),
    ("Disputed it yesterday, no answer", "dispute"),
    ("any idea how to get a REFUND", "menu"),
    ("I want my money back", "menu"),
    ("My parcel was never arrived... not received at all", "notreceived"),
    ("The parcel didn’t arrive", "notreceived"),
    ("can I cancel my order after paying?", "cancel"),
    ("У меня спор с продавцом", "dispute"),
    ("открыл диспут", "dispute"),
    ("Как сделать возврат?", "menu"),
    ("возврата всё нет", "menu"),
    ("Посылка не пришла", "notreceived"),
    ("заказ не дошёл", "notreceived"),
    ("Хочу отменить заказ", "cancel"),
    ("Смотрели вчера спорт?", None),
    ("Nice weather today", None),
    ("This is indisputable", None),
])
def test_topics_of_messages(text: str, flow: str | None) -> None:
    assert topic_of(text) == flow


def test_every_keyword_leads_to_a_flow_or_the_menu() -> None:
    unknown = {flow for _word, flow in KEYWORDS} - set(FLOW_BY_NAME) - {"menu"}
    # Flows still being written fall back to the menu in private chat; none is misspelt.
    assert unknown <= {"dispute", "wrongitem"}


def test_payload_round_trip_and_limits() -> None:
    longest = group_payload("notreceived", -1009999999999999)
    assert len(longest) <= 64 and re.fullmatch(r"[A-Za-z0-9_-]+", longest)
    assert parse_group_payload(longest) == ("notreceived", -1009999999999999)
    assert parse_group_payload("g_menu_-42") == ("menu", -42)
    for bad in ("g_menu_42", "g_Menu_-42", "x_menu_-42", "g_menu_-42_x", "g__-42", "start"):
        assert parse_group_payload(bad) is None
    assert private_link("some_bot", "menu", -42) == "https://t.me/some_bot?start=g_menu_-42"


def test_sliding_window() -> None:
    limiter = SlidingWindow(2, timedelta(minutes=1))
    assert limiter.allow("a", T0) and limiter.allow("a", T0 + timedelta(seconds=30))
    assert not limiter.allow("a", T0 + timedelta(seconds=59))
    assert limiter.allow("b", T0 + timedelta(seconds=59))
    assert limiter.allow("a", T0 + timedelta(seconds=60))  # the first slot has expired
    assert not limiter.allow("a", T0 + timedelta(seconds=61))


def test_ttl_cache() -> None:
    cache: TtlCache[bool] = TtlCache(timedelta(seconds=60))
    cache.put((-1, 7), True, T0)
    cache.put((-2, 7), False, T0)
    assert cache.get((-1, 7), T0 + timedelta(seconds=59)) is True
    assert cache.get((-2, 7), T0) is False
    assert cache.get((-1, 7), T0 + timedelta(seconds=60)) is None
    cache.put((-1, 7), True, T0)
    cache.drop_chat(-1)
    assert cache.get((-1, 7), T0) is None and cache.get((-2, 7), T0) is False


def test_migration_three_adds_chats_and_sources(db: sqlite_utils.Database) -> None:
    assert (3, "chats") in [(v, n) for v, n, _step in MIGRATIONS]
    assert {"chats", "user_sources"} <= set(db.table_names())
    assert migrate(db) == []  # applied once, at open


def test_sources_only_for_known_groups_and_erased_with_the_user(
        db: sqlite_utils.Database) -> None:
    at = "2026-03-10T12:00:00+00:00"
    touch_user(db, 7, at, None, None)
    assert not record_source(db, 7, -42, "menu", at)
    chat_added(db, -42, "Buyers", "group", "en", "member", 1, at)
    assert record_source(db, 7, -42, "menu", at)
    assert record_source(db, 7, -42, "cancel", at)
    assert db.execute("SELECT flow, visits FROM user_sources").fetchall() == [("cancel", 2)]
    move_chat(db, -42, -10042, at)
    assert db.execute("SELECT chat_id FROM user_sources").fetchall() == [(-10042,)]
    db.execute("DELETE FROM users WHERE id = 7")
    assert db.execute("SELECT count(*) FROM user_sources").fetchone() == (0,)


def test_moving_onto_a_group_that_already_has_a_row(db: sqlite_utils.Database) -> None:
    at = "2026-03-10T12:00:00+00:00"
    chat_added(db, -42, "Buyers", "group", "ru", "member", 1, at)
    chat_added(db, -10042, "Buyers", "supergroup", "en", "member", None, at)
    move_chat(db, -42, -10042, at)
    moved, old = get_chat(db, -10042), get_chat(db, -42)
    assert moved is not None and moved.lang == "ru" and moved.added_by == 1
    assert old is not None and not old.active
    move_chat(db, -7, -8, at)  # unknown groups: nothing happens
    move_chat(db, -7, -10042, at)
    assert get_chat(db, -8) is None and get_chat(db, -10042) == moved
