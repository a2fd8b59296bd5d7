"""The console's activity page: conversations per day and scenarios entered, as bar charts
in plain HTML and SVG (no JavaScript, nothing fetched from elsewhere)."""

from __future__ import annotations

import html
import sqlite3
from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.clock import iso
from bot.i18n import ENGLISH, _, use_language
from bot.operators.stats import collect, scenarios

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


def scenarios_entered(conn: sqlite3.Connection, now: datetime) -> list[tuple[str, int, int]]:
    """(scenario title in English, times entered, times finished), most entered first."""
    stats = collect(sqlite_utils.Database(conn), now)
    with use_language(ENGLISH):
        titles = {flow.name: _(flow.title) for flow in scenarios()}
    rows = [(titles[name], n, stats.finished[name]) for name, n in stats.entered.items()]
    return sorted(rows, key=lambda row: -row[1])


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


def page(per_day: list[tuple[date, int]], entered: list[tuple[str, int, int]], tz: ZoneInfo,
         database_url: str) -> str:
    """The whole activity page."""
    day_rows = "".join(f"<tr><td>{d.isoformat()}</td><td>{n}</td></tr>"
                       for d, n in reversed(per_day))
    scenario_rows = "".join(f"<tr><td>{html.escape(t)}</td><td>{n}</td><td>{f}</td></tr>"
                            for t, n, f in entered)
    chart_days = bars([(d.isoformat(), n) for d, n in per_day], "{label}: {n} users")
    chart_scenarios = bars([(t, n) for t, n, _f in entered], "{label}: entered {n} times")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Activity · Refund Guide</title>
<link rel="stylesheet" href="/-/static/app.css"></head>
<body><div class="content">
<p><a href="{database_url}">← conversation logs</a></p>
<h1>Activity</h1>
<h2>Conversations per day</h2>
<p>Users who wrote to the bot, per day over the last {len(per_day)} days
(days in {html.escape(str(tz))}), oldest on the left.</p>
{chart_days}
<details><summary>As a table</summary><table class="rows-and-columns">
<tr><th>day</th><th>users</th></tr>{day_rows}</table></details>
<h2>Scenarios entered</h2>
<p>How often users went into each scenario, and how often they reached its answer.</p>
{chart_scenarios}
<table class="rows-and-columns"><tr><th>scenario</th><th>entered</th><th>finished</th></tr>
{scenario_rows}</table>
</div></body></html>"""
