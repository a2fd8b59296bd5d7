"""Our Datasette plugin: which tables the console shows, the login redirect, page audit.

Registered in-process by bot/operators/console.py (never through an entry point), so it
exists only inside `refundbot operators`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import unquote_plus

from datasette import hookimpl
from datasette.utils.asgi import Request, Response
from itsdangerous import BadSignature

from bot.clock import Clock, iso
from bot.operators.queries import fts_query

Asgi = Callable[[dict[str, Any], Any, Any], Awaitable[None]]
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

    def __init__(self, name: str, db_name: str, visible: tuple[str, ...], clock: Clock) -> None:
        self.__name__ = name  # Datasette lists plugins by module name
        self.db_name, self.visible, self.clock = db_name, frozenset(visible), clock

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

            return audited

        return wrap

    def _is_data(self, scope: dict[str, Any]) -> bool:
        """Whether a path shows the database's contents (not static files or the login)."""
        path = str(scope.get("path", ""))
        base = f"/{self.db_name}"
        return path == base or path.startswith((f"{base}/", f"{base}."))

    @staticmethod
    def _page(scope: dict[str, Any]) -> str:
        """The page as a person would read it: path and decoded query string."""
        query = unquote_plus(scope.get("query_string", b"").decode("latin-1"))
        return str(scope["path"]) + (f"?{query}" if query else "")
