"""The operators' web console: password login, only the log tables, no SQL, canned queries,
audited page views; and the same in a real browser (Playwright driving Debian's chromium)."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from bot.clock import iso
from bot.operators.audit import entries
from bot.storage.users import touch_user
from emulator.process import stop
from tests.support.clock import FakeClock

PASSWORD = "correct horse battery"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
ALICE_SAYS = "мой чайник так и не пришёл"
BOB_SAYS = "my kettle never came"
CAROL = 4004  # stuck: two replies in a row the bot did not understand
NOT_UNDERSTOOD = "Sorry, I didn't get that."


def require(module: str, why: str) -> Any:
    """Import an optional test dependency; skip without it, except in CI where it must run."""
    try:
        return __import__(module, fromlist=["_"])
    except ImportError:
        reason = f"{why} is not installed (make test installs it: pip install '.[dev,operators]')"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def chromium() -> str:
    """Debian's chromium, or skip (fail in CI, where .ci/run installs it)."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        reason = "no chromium found: `apt-get install chromium` to run the console browser test"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def password_hash() -> str:
    """What `datasette hash-password` prints, with few iterations to keep the test fast."""
    utils = require("datasette_auth_passwords.utils", "datasette-auth-passwords")
    return str(utils.hash_password(PASSWORD, iterations=1000))


@pytest.fixture
def logged(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """Alice (Russian) and Bob each said something; one reminder failed."""
    now = "2026-03-10T12:00:00+00:00"
    touch_user(db, 1001, now, None, "alice")
    touch_user(db, 2002, now, None, None)
    touch_user(db, CAROL, now, None, "carol")
    db["messages"].insert_all(
        {"at": now, "chat_id": u, "user_id": u, "direction": d, "kind": "text", "text": t,
         "state_before": "menu", "state_after": "menu", "outcome": o}
        for u, d, t, o in [
            (1001, "in", ALICE_SAYS, None), (1001, "out", "Пожалуйста, нажмите кнопку.", "info"),
            (2002, "in", BOB_SAYS, None),
            (CAROL, "in", "hm?", None), (CAROL, "out", NOT_UNDERSTOOD, "not_understood"),
            (CAROL, "in", "hm??", None), (CAROL, "out", NOT_UNDERSTOOD, "not_understood")])
    order = db["orders"].insert({"user_id": 1001, "number": "8123", "deadline": now,
                                 "deadline_kind": "date", "created_at": now,
                                 "updated_at": now}).last_pk
    db["reminders"].insert({"order_id": order, "user_id": 1001, "kind": "before_1d",
                            "due_at": now, "state": "failed", "last_error": "Forbidden",
                            "created_at": now})
    return db


@pytest.fixture
def datasette(logged: sqlite_utils.Database, db_path: Path, clock: FakeClock) -> Any:
    """The console's Datasette in-process (its ASGI client needs no network)."""
    require("datasette", "datasette")
    from bot.operators.console import build

    return build(db_path, {"operator": password_hash()}, clock)


def fetch(ds: Any, path: str, *, login: bool = True, **post: str) -> Any:
    """GET (or POST form fields) through the console's own ASGI app."""
    cookies = {"ds_actor": ds.sign({"a": {"id": "operator"}}, "actor")} if login else {}

    async def go() -> Any:
        if post:
            return await ds.client.post(path, data=post)
        return await ds.client.get(path, cookies=cookies)

    return asyncio.run(go())


def test_login_is_required_and_checks_the_password(datasette: Any) -> None:
    assert fetch(datasette, "/refundbot/messages", login=False).headers["location"] == "/-/login"
    wrong = fetch(datasette, "/-/login", username="operator", password="guess")
    assert "Invalid username or password" in wrong.text and "ds_actor" not in wrong.cookies
    right = fetch(datasette, "/-/login", username="operator", password=PASSWORD)
    assert right.status_code == 302 and right.cookies.get("ds_actor")


def test_only_log_tables_and_canned_queries(datasette: Any) -> None:
    page = fetch(datasette, "/refundbot").text
    for visible in ("messages", "users", "audit", "Transcript for a user", "Search messages",
                    "Conversations today", "Reminders that failed"):
        assert visible in page
    for table in ("orders", "reminders", "dialogues", "chats", "user_sources"):
        assert fetch(datasette, f"/refundbot/{table}").status_code == 403, table
    assert fetch(datasette, "/refundbot?sql=select+*+from+orders").status_code == 403
    assert fetch(datasette, "/refundbot.db").status_code == 403


def rows(datasette: Any, query: str, **params: str) -> list[dict[str, Any]]:
    """A canned query's rows as JSON."""
    args = "&".join(f"{k}={quote(v)}" for k, v in params.items())
    response = fetch(datasette, f"/refundbot/{query}.json?_shape=array&{args}")
    assert response.status_code == 200, response.text
    return list(response.json())


def test_canned_queries(datasette: Any) -> None:
    assert [(r["who"], r["what"]) for r in rows(datasette, "transcript", user="@Alice")] == [
        ("👤 user", ALICE_SAYS), ("🤖 bot", "Пожалуйста, нажмите кнопку.")]
    assert [r["who"] for r in rows(datasette, "transcript", user="2002")] == ["👤 user"]
    assert [r["user_id"] for r in rows(datasette, "search", text="ЧАЙНИК пришел")] == [1001]
    assert [r["user_id"] for r in rows(datasette, "search", text="kettle")] == [2002]
    assert rows(datasette, "search", text='" OR') == []
    assert [r["last_error"] for r in rows(datasette, "failed_reminders")] == ["Forbidden"]
    assert isinstance(rows(datasette, "today"), list)
    inbox = rows(datasette, "inbox")
    assert [r["user_id"] for r in inbox] == [CAROL, 2002, 1001]  # newest last message first
    assert [r["status"] for r in inbox] == ["⚠️ stuck", "… in progress", "… in progress"]
    assert [r["user_id"] for r in rows(datasette, "inbox", show="stuck")] == [CAROL]
    assert rows(datasette, "inbox", show="down") == []


def test_console_pages_are_audited(datasette: Any, logged: sqlite_utils.Database) -> None:
    fetch(datasette, "/refundbot/transcript?user=%40alice")
    fetch(datasette, "/refundbot/orders")
    fetch(datasette, "/-/static/app.css")
    fetch(datasette, "/refundbot/messages", login=False)
    assert [(e.actor, e.channel, e.target, e.allowed) for e in entries(logged)] == [
        ("console:operator", "console", "/refundbot/transcript?user=@alice", True),
        ("console:operator", "console", "/refundbot/orders", False),
    ]


def page(ds: Any, path: str, account: str = "operator") -> str:
    """A console page's HTML for a logged-in account."""
    cookies = {"ds_actor": ds.sign({"a": {"id": account}}, "actor")}
    response = asyncio.run(ds.client.get(path, cookies=cookies))
    assert response.status_code == 200, (path, response.status_code)
    return str(response.text)


def test_canned_queries_show_results_not_sql(datasette: Any) -> None:
    for path, title in [("/refundbot/transcript?user=%40alice",
                         "Transcript for a user: @alice · Refund Guide"),
                        ("/refundbot/inbox", "Inbox · Refund Guide"),
                        ("/refundbot/search?text=kettle", "Search messages · Refund Guide"),
                        ("/-/activity", "Activity · Refund Guide"),
                        ("/refundbot/messages", "Messages: 7 rows · Refund Guide"),
                        ("/refundbot", "Tables and saved views · Refund Guide")]:
        html = page(datasette, path)
        assert f"<title>{title}</title>" in html and 'class="ops-nav"' in html
        for sql in ('id="sql-query"', "Run SQL", "Custom SQL", "Edit SQL"):
            assert sql not in html, (path, sql)
    html = page(datasette, "/refundbot/transcript?user=%40alice")
    assert html.index(ALICE_SAYS) < html.index("Пожалуйста, нажмите кнопку.")
    assert 'class="bubble user"' in html and 'class="bubble bot"' in html


def test_the_home_page_is_the_inbox(datasette: Any) -> None:
    assert fetch(datasette, "/", login=False).headers["location"] == "/-/login"
    assert fetch(datasette, "/").headers["location"] == "/refundbot/inbox"
    html = page(datasette, "/refundbot/inbox?show=stuck")
    assert '<a href="/refundbot/transcript?user=4004" title="transcript">4004</a>' in html
    assert "1001" not in html.split("<tbody>")[1]


def test_times_agree_between_pages(datasette: Any, logged: sqlite_utils.Database,
                                   db_path: Path, clock: FakeClock) -> None:
    from bot.operators.console import build

    ds = build(db_path, {"operator": password_hash()}, clock, "Europe/Moscow")
    moscow = "2026-03-10 15:00"
    assert moscow in page(ds, "/refundbot/messages")
    assert moscow in page(ds, "/refundbot/transcript?user=1001")
    assert moscow in page(ds, "/refundbot/inbox")
    assert moscow in page(ds, "/refundbot/users")
    assert "12:00:00+00:00" not in page(ds, "/refundbot/messages")


def test_a_restart_keeps_the_session(logged: sqlite_utils.Database, db_path: Path,
                                     clock: FakeClock) -> None:
    from bot.operators.console import build

    first = build(db_path, {"operator": password_hash()}, clock)
    cookie = fetch(first, "/-/login", username="operator", password=PASSWORD).cookies["ds_actor"]
    again = build(db_path, {"operator": password_hash()}, clock)
    kept = asyncio.run(again.client.get("/refundbot/inbox", cookies={"ds_actor": cookie}))
    assert kept.status_code == 200
    assert (db_path.parent / "console-secret").stat().st_mode & 0o077 == 0
    configured = build(db_path, {"operator": password_hash()}, clock,
                       secret="a secret from the configuration")
    refused = asyncio.run(configured.client.get("/refundbot/inbox", cookies={"ds_actor": cookie}))
    assert refused.status_code == 302, "another secret does not accept the cookie"


def test_user_ids_and_search_hits_link_to_the_transcript(datasette: Any) -> None:
    link = '<a href="/refundbot/transcript?user=1001" title="transcript">1001</a>'
    assert link in page(datasette, "/refundbot/search?text=" + quote("чайник"))
    assert link in page(datasette, "/refundbot/messages")
    assert link in page(datasette, "/refundbot/failed_reminders")


def test_messages_have_facets_on_kind_direction_and_state(datasette: Any) -> None:
    facets = fetch(datasette, "/refundbot/messages.json").json()["facet_results"]
    assert {"kind", "direction", "state_after"} <= set(facets)
    directions = {f["value"]: f["count"] for f in facets["direction"]["results"]}
    assert directions == {"in": 4, "out": 3}


@pytest.mark.parametrize(("zone", "wrote_today"), [
    ("UTC", {1001, 2002, CAROL}), ("Europe/Moscow", {1001, 2002, 3003, CAROL}),
    ("Asia/Tokyo", set())])
def test_today_is_in_the_operators_time_zone(logged: sqlite_utils.Database, db_path: Path,
                                             clock: FakeClock, zone: str,
                                             wrote_today: set[int]) -> None:
    from bot.operators.console import build

    # 20:00 UTC on 10 March is 23:00 that day in Moscow and 05:00 on 11 March in Tokyo.
    clock.moment = clock.moment.replace(hour=20)
    logged["messages"].insert({"at": "2026-03-09T22:30:00+00:00", "chat_id": 3003,
                               "user_id": 3003, "direction": "in", "kind": "text",
                               "text": "ночью", "state_before": "menu", "state_after": "menu"})
    ds = build(db_path, {"operator": password_hash()}, clock, zone)
    assert {r["user_id"] for r in rows(ds, "today")} == wrote_today


def test_one_login_per_operator(logged: sqlite_utils.Database, db_path: Path,
                                clock: FakeClock) -> None:
    from bot.operators.console import build

    utils = require("datasette_auth_passwords.utils", "datasette-auth-passwords")
    ds = build(db_path, {"alice": utils.hash_password("alice pw", iterations=1000),
                         "bob": utils.hash_password("bob pw", iterations=1000)}, clock)
    assert fetch(ds, "/-/login", username="alice", password="bob pw").status_code == 200
    for name in ("alice", "bob"):
        assert fetch(ds, "/-/login", username=name, password=f"{name} pw").status_code == 302
    page(ds, "/refundbot/messages", account="bob")
    assert ("console:bob", "/refundbot/messages") in [(e.actor, e.target)
                                                      for e in entries(logged)]
    refused = asyncio.run(ds.client.get("/refundbot/messages", cookies={
        "ds_actor": ds.sign({"a": {"id": "mallory"}}, "actor")}))
    assert refused.status_code == 403


def test_activity_page_charts_conversations_and_scenarios(datasette: Any,
                                                         logged: sqlite_utils.Database) -> None:
    logged["messages"].insert({"at": "2026-03-10T12:01:00+00:00", "chat_id": 1001,
                               "user_id": 1001, "direction": "in", "kind": "click",
                               "text": "Item not received", "state_before": "menu",
                               "state_after": "notreceived_tracking"})
    assert fetch(datasette, "/-/activity", login=False).headers["location"] == "/-/login"
    html = page(datasette, "/-/activity")
    assert "<title>2026-03-10: 3 users</title>" in html
    assert "<title>2026-03-09: 0 users</title>" in html
    assert "<span>2026-02-09</span> … <span>2026-03-10</span>" in html  # the chart's dates
    assert "<td>📦 Item not received</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td>" in html
    assert 'href="/refundbot/inbox">Inbox</a>' in html  # the console's own frame
    assert "No answer has been rated yet." in html
    assert "Activity" in page(datasette, "/refundbot")


DOCS = Path(__file__).resolve().parent.parent / "docs"
DOC_SHOTS = "REFUNDBOT_DOC_SCREENSHOTS"
"""Set to rewrite docs/console-*.png; otherwise the screenshots go to a temporary folder, so a
test run leaves the clone as it found it (the pages show the time of the run)."""


def shots_folder(tmp_path: Path) -> Path:
    """Where the browser test saves its screenshots: docs/ when asked, else the test's folder."""
    return DOCS if os.environ.get(DOC_SHOTS) else tmp_path
WROTE_AT = (datetime.now(UTC) - timedelta(hours=1)).replace(second=0, microsecond=0)
SHOWN_AT = WROTE_AT.astimezone(ZoneInfo("Europe/Moscow")).strftime("%Y-%m-%d %H:%M")


class Console:
    """`refundbot operators --port 0` as a real process, which a test can restart."""

    def __init__(self, db_path: Path) -> None:
        self.db_path, self.proc, self.url = db_path, None, ""

    def start(self) -> str:
        """Start the console; its address once it accepts connections."""
        env = {**os.environ, "REFUNDBOT_DB": str(self.db_path),
               "REFUNDBOT_CONSOLE_PASSWORD_HASH": password_hash(),
               "REFUNDBOT_OPERATORS_TZ": "Europe/Moscow"}
        env.pop("REFUNDBOT_CONSOLE_SECRET", None)
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "operators", "--port", "0"],
                                     env=env, cwd=self.db_path.parent, text=True,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self.proc.stdout is not None
        found = re.search(r"http://127\.0\.0\.1:\d+/", self.proc.stdout.readline())
        if found is None:
            self.proc.kill()
            pytest.fail(f"the console did not start: {self.proc.communicate()[1]}")
        self.url = found.group(0)
        return self.url

    def stop(self) -> None:
        """Stop it (as a restart or at the end)."""
        if self.proc is not None:
            stop(self.proc)
            self.proc = None


@pytest.fixture
def console(logged: sqlite_utils.Database, db_path: Path) -> Iterator[Console]:
    """The console process over the logged database, moved to an hour ago (the process reads
    the real clock, and the inbox shows the last days), started."""
    require("datasette", "datasette")
    logged.execute("UPDATE messages SET at = ?", [iso(WROTE_AT)])
    logged.conn.commit()
    running = Console(db_path)
    running.start()
    try:
        yield running
    finally:
        running.stop()


def shows_no_sql(html: str) -> bool:
    """Whether a page is free of SQL and of the SQL editor's controls."""
    return not any(sql in html for sql in ("Run SQL", "Custom SQL", 'id="sql-query"', "select "))


@pytest.mark.browser
def test_console_in_a_real_browser(console: Console, logged: sqlite_utils.Database,
                                   tmp_path: Path) -> None:
    executable = chromium()
    shots = shots_folder(tmp_path)
    sync_api = require("playwright.sync_api", "playwright")
    url = console.url
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=executable, headless=True,
            args=CHROMIUM_FLAGS, viewport={"width": 1100, "height": 800})
        try:
            page = browser.new_page()
            page.goto(url)
            assert page.url == f"{url}-/login"
            page.fill("#id_username", "operator")
            page.fill("#id_password", "not the password")
            page.click("input[type=submit]")
            page.wait_for_load_state()
            assert page.inner_text(".message-error") == "Invalid username or password"
            page.goto(f"{url}refundbot/messages")
            assert page.url == f"{url}-/login", "a wrong password must not let anyone in"

            page.fill("#id_username", "operator")
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")
            page.wait_for_load_state()
            assert page.url == f"{url}refundbot/inbox", "login lands on the inbox"
            assert page.title() == "Inbox · Refund Guide" and shows_no_sql(page.content())
            inbox = page.inner_text("table.rows-and-columns")
            assert "⚠️ stuck" in inbox and SHOWN_AT in inbox  # Moscow time
            page.screenshot(path=str(shots / "console-inbox.png"), full_page=True)

            page.click("text=⚠️ Stuck")
            page.wait_for_load_state()
            stuck = page.inner_text("table.rows-and-columns")
            assert "carol" in stuck and "alice" not in stuck
            page.click("table.rows-and-columns a[title=transcript]")  # one click
            page.wait_for_load_state()
            assert page.url == f"{url}refundbot/transcript?user={CAROL}"
            assert page.title() == f"Transcript for a user: {CAROL} · Refund Guide"
            chat = page.inner_text(".chat")
            assert "hm??" in chat and NOT_UNDERSTOOD in chat and SHOWN_AT in chat
            assert page.locator(".bubble.failed").count() == 2
            assert shows_no_sql(page.content())
            page.set_viewport_size({"width": 390, "height": 844})
            page.screenshot(path=str(shots / "console-transcript-phone.png"), full_page=True)
            page.set_viewport_size({"width": 1100, "height": 800})

            page.goto(f"{url}refundbot/inbox")
            page.fill("#ops-text", "чайник")
            page.click("input[value=Search]")
            page.wait_for_load_state()
            assert shows_no_sql(page.content()) and SHOWN_AT in page.content()
            page.click("table.rows-and-columns a[title=transcript]")
            page.wait_for_load_state()
            assert page.url == f"{url}refundbot/transcript?user=1001"
            assert ALICE_SAYS in page.inner_text(".chat") and BOB_SAYS not in page.content()

            page.goto(f"{url}refundbot/messages")
            assert SHOWN_AT in page.inner_text("table.rows-and-columns")
            page.goto(f"{url}-/activity")
            assert page.title() == "Activity · Refund Guide" and shows_no_sql(page.content())
            page.screenshot(path=str(shots / "console-activity.png"), full_page=True)

            console.stop()
            url = console.start()
            page.goto(f"{url}refundbot/inbox")
            assert page.url == f"{url}refundbot/inbox", "a restart keeps the session"
        finally:
            browser.close()
    assert ("console:operator", f"/refundbot/transcript?user={CAROL}") in [
        (e.actor, e.target) for e in entries(logged)]
    assert all((shots / name).stat().st_size > 10_000 for name in (
        "console-inbox.png", "console-transcript-phone.png", "console-activity.png"))
