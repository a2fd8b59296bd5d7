"""/stats: users, active users, scenarios entered and finished, reminders, groups."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils

from bot.clock import iso
from bot.i18n import _
from bot.ratings.store import per_screen
from flows.engine.outcomes import advice_screens, scenarios

TOP = 10  # answers listed with their ratings in /stats


@dataclass(frozen=True)
class Stats:
    """The counts /stats shows; `groups` is None when the bot does not track groups."""

    users: int
    active_7: int
    active_30: int
    entered: dict[str, int]
    finished: dict[str, int]
    reminders_sent: int
    reminders_failed: int
    groups: int | None
    # (answer screen, 👍, 👎), the most 👎 first: the weakest answers.
    ratings: tuple[tuple[str, int, int], ...] = ()


def _count(db: sqlite_utils.Database, sql: str, params: list[object] | None = None) -> int:
    """A single COUNT(*)."""
    return int(db.execute(sql, params or []).fetchone()[0])


def _moves(db: sqlite_utils.Database) -> list[tuple[str, str, int]]:
    """How often users moved from one state to another, from the conversation log."""
    return db.execute(
        "SELECT state_before, state_after, COUNT(*) FROM messages "
        "WHERE direction = 'in' AND state_before IS NOT state_after GROUP BY 1, 2"
    ).fetchall()


def _groups(db: sqlite_utils.Database) -> int | None:
    """Groups the bot is in, or None before the groups feature's table exists."""
    if "chats" not in db.table_names():
        return None
    try:
        return _count(db, "SELECT COUNT(*) FROM chats "
                          "WHERE type IN ('group', 'supergroup') AND active = 1")
    except sqlite3.OperationalError:
        return _count(db, "SELECT COUNT(*) FROM chats")


def collect(db: sqlite_utils.Database, now: datetime) -> Stats:
    """Count everything /stats shows, as of `now`."""
    flows = scenarios()
    flow_of = {s.name: f.name for f in flows for s in f.screens}
    ends = {name for f in flows for name in advice_screens(f)}
    entered = dict.fromkeys((f.name for f in flows), 0)
    finished = dict(entered)
    for before, after, n in _moves(db):
        flow = flow_of.get(after)
        if flow is None:
            continue
        if flow_of.get(before) != flow:
            entered[flow] += n
        # The first answer of a visit counts; moving on between answers does not.
        if after in ends and not (before in ends and flow_of.get(before) == flow):
            finished[flow] += n
    reminders = dict(db.execute("SELECT state, COUNT(*) FROM reminders GROUP BY state").fetchall()
                     ) if "reminders" in db.table_names() else {}
    return Stats(
        users=_count(db, "SELECT COUNT(*) FROM users"),
        active_7=_count(db, "SELECT COUNT(*) FROM users WHERE last_seen >= ?",
                        [iso(now - timedelta(days=7))]),
        active_30=_count(db, "SELECT COUNT(*) FROM users WHERE last_seen >= ?",
                         [iso(now - timedelta(days=30))]),
        entered=entered, finished=finished,
        reminders_sent=int(reminders.get("sent", 0)),
        reminders_failed=int(reminders.get("failed", 0)),
        groups=_groups(db),
        ratings=tuple(per_screen(db)) if "ratings" in db.table_names() else (),
    )


def render(stats: Stats) -> str:
    """The statistics as one message in the current language."""
    lines = [
        # Translators: heading of the operators' /stats message.
        _("📊 Statistics"),
        # Translators: operators' /stats; {users}, {a7} and {a30} are counts of users.
        _("Users: {users} (active in the last 7 days: {a7}, in the last 30 days: {a30})").format(
            users=stats.users, a7=stats.active_7, a30=stats.active_30),
        # Translators: operators' /stats; counts of times buyers opened and finished a guide.
        _("Scenarios entered: {entered}, finished: {finished}").format(
            entered=sum(stats.entered.values()), finished=sum(stats.finished.values())),
    ]
    titles = {f.name: f.title for f in scenarios()}
    for name, n in sorted(stats.entered.items(), key=lambda item: -item[1]):
        if n:
            lines.append(f"  • {_(titles[name])}: {n} / {stats.finished[name]}")
    # Translators: operators' /stats; counts of reminder messages.
    lines.append(_("Reminders sent: {sent}, failed: {failed}").format(
        sent=stats.reminders_sent, failed=stats.reminders_failed))
    # Translators: operators' /stats; {n} is the number of groups the bot is in.
    lines.append(_("Groups: {n}").format(n=stats.groups) if stats.groups is not None
                 else _("Groups: not tracked yet"))
    if stats.ratings:
        # Translators: operators' /stats; heading of the list of answers with their ratings.
        lines.append(_("Ratings per answer (👍 / 👎), weakest first:"))
        lines += [f"  • {screen}: {up} / {down}" for screen, up, down in stats.ratings[:TOP]]
    return "\n".join(lines)
