"""The console's activity page: conversations per day, and per scenario how often it was
entered, finished, stuck and rated, as bar charts in plain SVG and tables (no JavaScript,
nothing fetched from elsewhere); templates/activity.html lays it out in the console's frame."""

from __future__ import annotations

import html
import sqlite3
from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.clock import iso
from bot.i18n import _, use_language
from bot.operators import status
from bot.operators.stats import collect, scenarios
from bot.ratings.store import per_screen
from flows.engine import machine as engine
from flows.languages import ENGLISH

DAYS = 30
BAR_WIDTH, BAR_GAP, CHART_HEIGHT = 18, 4, 120


def conversations_per_day(conn: sqlite3.Connection, now: datetime, tz: ZoneInfo,
                          days: int = DAYS) -> list[tuple[date, int]]:
    """How many users wrote to the bot on each of the last `days` days (local days in tz)."""
    today = now.astimezone(tz).date()
    first = today - timedelta(days=days - 1)
    start = datetime.combine(first, datetime.min.time(), tzinfo=tz)
    users: dict[date, set[int]] = defaultdict(set)
    for at, user_id in conn.execute(
            "SELECT at, user_id FROM messages WHERE direction = 'in' AND at >= ? "
            "AND user_id IS NOT NULL", [iso(start)]):
        users[datetime.fromisoformat(at).astimezone(tz).date()].add(user_id)
    return [(first + timedelta(days=i), len(users[first + timedelta(days=i)]))
            for i in range(days)]


def bars(values: list[tuple[str, int]], tooltip: str) -> str:
    """A vertical bar chart as inline SVG; each bar's label and value in its tooltip."""
    top = max((v for _label, v in values), default=0) or 1
    width = len(values) * (BAR_WIDTH + BAR_GAP)
    shapes = []
    for index, (label, value) in enumerate(values):
        height = round(CHART_HEIGHT * value / top)
        x = index * (BAR_WIDTH + BAR_GAP)
        shapes.append(
            f'<rect x="{x}" y="{CHART_HEIGHT - height}" width="{BAR_WIDTH}" height="{height}" '
            f'fill="#4a78a8"><title>{html.escape(tooltip.format(label=label, n=value))}'
            "</title></rect>")
    return (f'<svg role="img" width="{width}" height="{CHART_HEIGHT}" '
            f'viewBox="0 0 {width} {CHART_HEIGHT}">{"".join(shapes)}</svg>')


def scenario_health(conn: sqlite3.Connection, now: datetime,
                    days: int = DAYS) -> list[tuple[str, int, int, int, int, int]]:
    """Per scenario (English title): entered, finished, conversations stuck in it (last
    `days` days), 👍 and 👎; most entered first."""
    db = sqlite_utils.Database(conn)
    stuck: dict[str, int] = defaultdict(int)
    for conversation in status.inbox(conn, iso(now - timedelta(days=days))):
        if conversation.stuck and conversation.screen:
            stuck[engine.FLOW_OF.get(conversation.screen, "")] += 1
    votes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for screen, up, down in per_screen(db):
        flow = engine.FLOW_OF.get(screen, "")
        votes[flow][0] += up
        votes[flow][1] += down
    stats = collect(db, now)
    with use_language(ENGLISH):
        titles = {flow.name: _(flow.title) for flow in scenarios()}
    rows = [(titles[name], n, stats.finished[name], stuck[name], votes[name][0], votes[name][1])
            for name, n in stats.entered.items()]
    return sorted(rows, key=lambda row: -row[1])


def rated_answers(conn: sqlite3.Connection) -> list[tuple[str, str, int, int]]:
    """(scenario title, answer screen, 👍, 👎) for every rated answer, the most 👎 first."""
    with use_language(ENGLISH):
        titles = {flow.name: _(flow.title) for flow in scenarios()}
    return [(titles.get(engine.FLOW_OF.get(screen, ""), "—"), screen, up, down)
            for screen, up, down in per_screen(sqlite_utils.Database(conn))]


def context(conn: sqlite3.Connection, now: datetime, tz: ZoneInfo) -> dict[str, object]:
    """What the activity template shows: the charts as SVG and the tables' rows."""
    per_day = conversations_per_day(conn, now, tz)
    health = scenario_health(conn, now)
    return {
        "zone": str(tz), "days": len(per_day),
        "per_day": [(d.isoformat(), n) for d, n in reversed(per_day)],
        "chart_days": bars([(d.isoformat(), n) for d, n in per_day], "{label}: {n} users"),
        "chart_scenarios": bars([(t, n) for t, n, *_rest in health],
                                "{label}: entered {n} times"),
        "first_day": per_day[0][0].isoformat(), "last_day": per_day[-1][0].isoformat(),
        "scenarios": health, "answers": rated_answers(conn),
    }
