"""Our Datasette plugin: visible tables, login redirect, page audit, transcript links, the
operators' time zone in SQL (`local_time`, `today_start`) and the activity page.

Registered in-process by bot/operators/console.py (never through an entry point), so it
exists only inside `refundbot operators`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote_plus
from zoneinfo import ZoneInfo

from datasette import hookimpl
from datasette.utils.asgi import Request, Response
from itsdangerous import BadSignature
from markupsafe import Markup, escape

from bot.clock import Clock, iso
from bot.i18n import _, use_language
from bot.operators import activity
from bot.operators.console_guard import LoginThrottle, guard
from bot.operators.links import TRANSCRIPT_QUERY
from bot.operators.queries import fts_query
from bot.operators.status import LABELS
from flows.engine import machine as engine
from flows.languages import ENGLISH

Asgi = Callable[[dict[str, Any], Any, Any], Awaitable[None]]
INBOX_DAYS = 7
TIME_COLUMNS = frozenset({"at", "first_seen", "last_seen"})


def scenario_title(screen: str | None) -> str | None:
    """The English title of the scenario a screen belongs to ("Main menu" outside one)."""
    if not screen:
        return None
    flow = engine.FLOW_BY_NAME.get(engine.FLOW_OF.get(screen, ""))
    if flow is None or flow is engine.FLOWS[0]:
        return "Main menu"
    with use_language(ENGLISH):
        return _(flow.title)


def status_label(status: str | None) -> str | None:
    """A conversation's status in words, with its sign."""
    return LABELS.get(status or "", status)
AUDIT_SQL = ("INSERT INTO audit (at, actor, channel, action, target, allowed) "
             "VALUES (?, ?, 'console', 'view', ?, ?)")


def actor_id(datasette: Any, scope: dict[str, Any]) -> str | None:
    """The logged-in account from the signed `ds_actor` cookie, or None."""
    cookie = Request(scope, None).cookies.get("ds_actor")
    if not cookie:
        return None
    try:
        actor = datasette.unsign(cookie, "actor").get("a") or {}
    except BadSignature:
        return None
    return str(actor["id"]) if actor.get("id") else None


class ConsolePlugin:
    """Hooks bound to one database: visible tables, no SQL, login redirect, audited reads."""

    def __init__(self, name: str, db_name: str, visible: tuple[str, ...], clock: Clock,
                 tz: ZoneInfo, accounts: frozenset[str]) -> None:
        self.__name__ = name  # Datasette lists plugins by module name
        self.db_name, self.visible, self.clock = db_name, frozenset(visible), clock
        self.tz, self.accounts = tz, accounts
        self.throttle = LoginThrottle()

    def local_time(self, at: str | None) -> str | None:
        """A stored UTC ISO time as `2026-03-10 15:00` in the operators' time zone."""
        if not at:
            return at
        try:
            return datetime.fromisoformat(at).astimezone(self.tz).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return at

    def inbox_since(self) -> str:
        """Midnight, INBOX_DAYS - 1 days ago in the operators' time zone (the inbox's span)."""
        first = self.clock.now().astimezone(self.tz).date() - timedelta(days=INBOX_DAYS - 1)
        return iso(datetime.combine(first, datetime.min.time(), tzinfo=self.tz))

    def today_start(self) -> str:
        """Midnight today in the operators' time zone, as a stored (UTC ISO) time."""
        today = self.clock.now().astimezone(self.tz).date()
        return iso(datetime.combine(today, datetime.min.time(), tzinfo=self.tz))

    @hookimpl
    def permission_allowed(self, actor: Any, action: str, resource: Any) -> bool | None:
        """No arbitrary SQL, no file download, and only the log tables; the rest as configured."""
        if action in ("execute-sql", "view-database-download"):
            return False
        if action == "view-table" and resource and resource[1] not in self.visible:
            return False
        return None

    @hookimpl
    def forbidden(self, datasette: Any, request: Request, message: str) -> Response | None:
        """Send a visitor who has not logged in to the login form instead of a 403 page."""
        if request.actor is None:
            return Response.redirect(datasette.urls.path("/-/login"))
        return None

    @hookimpl
    def prepare_connection(self, conn: sqlite3.Connection) -> None:
        """`fts_query(text)` for the canned search: the same safe query the bot builds."""
        conn.create_function("fts_query", 1, fts_query, deterministic=True)
        conn.create_function("local_time", 1, self.local_time)
        conn.create_function("today_start", 0, self.today_start)
        conn.create_function("inbox_since", 0, self.inbox_since)
        conn.create_function("scenario_title", 1, scenario_title, deterministic=True)
        conn.create_function("status_label", 1, status_label, deterministic=True)

    @hookimpl
    def render_cell(self, value: Any, column: str, table: str | None, database: str,
                    datasette: Any) -> Markup | str | None:
        """Every user id opens that user's transcript; stored times read in the operators'
        zone, so a message has one time on every page."""
        if database != self.db_name:
            return None
        if table in self.visible and column in TIME_COLUMNS and isinstance(value, str):
            return self.local_time(value)
        if column != "user_id" or not isinstance(value, int):
            return None
        url = datasette.urls.database(database) + f"/{TRANSCRIPT_QUERY}?user={quote(str(value))}"
        return Markup(f'<a href="{escape(url)}" title="transcript">{value}</a>')

    @hookimpl
    def register_routes(self) -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
        """The inbox as the home page, and the activity page."""
        return [(r"^/$", self.home), (r"^/-/activity$", self.activity)]

    async def home(self, datasette: Any, request: Request) -> Response:
        """The console opens on the inbox (the login form first, for visitors)."""
        if request.actor is None:
            return Response.redirect(datasette.urls.path("/-/login"))
        return Response.redirect(datasette.urls.database(self.db_name) + "/inbox")

    async def activity(self, datasette: Any, request: Request) -> Response:
        """Conversations per day and scenarios entered, for logged-in operators only."""
        if request.actor is None:
            return Response.redirect(datasette.urls.path("/-/login"))
        if request.actor.get("id") not in self.accounts:
            return Response.text("Forbidden", status=403)
        now = self.clock.now()

        def gather(conn: sqlite3.Connection) -> dict[str, object]:
            return activity.context(conn, now, self.tz)

        shown = await datasette.get_database(self.db_name).execute_fn(gather)
        shown["database"] = self.db_name
        return Response.html(await datasette.render_template("activity.html", shown,
                                                             request=request))

    @hookimpl
    def asgi_wrapper(self, datasette: Any) -> Callable[[Asgi], Asgi]:
        """Record every page of the database a logged-in operator opened (or was refused)."""

        def wrap(app: Asgi) -> Asgi:
            async def audited(scope: dict[str, Any], receive: Any, send: Any) -> None:
                status: list[int] = []

                async def watch(message: dict[str, Any]) -> None:
                    if message["type"] == "http.response.start":
                        status.append(message["status"])
                    await send(message)

                await app(scope, receive, watch)
                if scope["type"] != "http" or status not in ([200], [403]):
                    return
                who = actor_id(datasette, scope)
                if who is not None and self._is_data(scope):
                    await datasette.get_database(self.db_name).execute_write(AUDIT_SQL, [
                        iso(self.clock.now()), f"console:{who}", self._page(scope),
                        int(status == [200])])

            return guard(audited, self.throttle, self.clock.now,
                         lambda scope: actor_id(datasette, scope) is not None)

        return wrap

    def _is_data(self, scope: dict[str, Any]) -> bool:
        """Whether a path shows the database's contents (not static files or the login)."""
        path = str(scope.get("path", ""))
        base = f"/{self.db_name}"
        return path in (base, "/-/activity") or path.startswith((f"{base}/", f"{base}."))

    @staticmethod
    def _page(scope: dict[str, Any]) -> str:
        """The page as a person would read it: path and decoded query string."""
        query = unquote_plus(scope.get("query_string", b"").decode("latin-1"))
        return str(scope["path"]) + (f"?{query}" if query else "")
