"""`refundbot operators`: Datasette over the live database, for operators only.

One password login per operator (datasette-auth-passwords), only the log tables, no
arbitrary SQL, canned queries that read like an inbox (user ids link to transcripts, times
in the operators' time zone), facets, an activity page, and every page an operator opens
recorded in the audit table.
Needs the optional extra `operators` (`make operators` in a checkout; on a server the lock
requirements/operators.txt, or the Docker image's `operators` target).
"""

from __future__ import annotations

import asyncio
import importlib.util
import ipaddress
import signal
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.operators.command_line import HOST
from bot.operators.links import TRANSCRIPT_QUERY
from bot.operators.secret import console_secret
from bot.operators.status import INBOX_SQL

TEMPLATES = Path(__file__).parent / "templates"

ACCOUNT = "operator"
ACTIVITY_PATH = "/-/activity"
VISIBLE_TABLES = ("messages", "users", "audit")
PLUGIN_NAME = "refundbot-console"

WHO = "case m.direction when 'in' then '👤 user' when 'out' then '🤖 bot' else m.direction end"
CANNED_QUERIES: dict[str, dict[str, Any]] = {
    "inbox": {
        "title": "Inbox",
        "description": "Conversations of the last 7 days, newest first (operators' time zone).",
        "hide_sql": True,
        "sql": f"""select user_id, username as name, lang, scenario_title(screen) as scenario,
  status_label(status) as status, local_time(last_at) as last_message, messages
from ({INBOX_SQL.replace(":since", "(select inbox_since())")})
order by last_at desc, last_id desc""",
    },
    TRANSCRIPT_QUERY: {
        "title": "Transcript for a user",
        "description": "One user's conversation (id or @username), oldest first, the last "
                       "1,000 messages: when (operators' time zone), who, what was typed or "
                       "pressed, and the scenario step before → after.",
        "hide_sql": True,
        "sql": f"""select * from (
  select m.id, local_time(m.at) as "when", {WHO} as who,
    case
      when m.direction = 'in' and m.kind = 'click' then '[button] ' || coalesce(m.text, '')
      when m.direction = 'in' and m.kind = 'other' then '[not text: sticker, photo, file, voice]'
      when m.kind = 'seller_text' then '[for the seller] ' || coalesce(m.text, '')
      else m.text end
      || case when m.delivered = 0 then ' [not delivered]' else '' end as what,
    case when m.state_before is m.state_after then m.state_after
      else coalesce(m.state_before, '?') || ' → ' || coalesce(m.state_after, '?') end as step,
    case when m.chat_id != m.user_id then m.chat_id end as in_group,
    m.outcome
  from messages m
  where m.user_id = coalesce(
    (select id from users where lower(username) = lower(ltrim(:user, '@'))),
    cast(:user as integer))
  order by m.id desc limit 1000
) order by id""",
    },
    "search": {
        "title": "Search messages",
        "description": "Full-text search in English and Russian: every word must appear, "
                       "as a word or the start of one; е and ё match each other. A user id "
                       "opens that user's transcript.",
        "hide_sql": True,
        "sql": f"""select local_time(m.at) as "when", m.user_id, u.username, {WHO} as who,
  snippet(messages_fts, 0, '[', ']', '…', 16) as match
from messages_fts
  join messages m on m.id = messages_fts.rowid
  left join users u on u.id = m.user_id
where messages_fts match coalesce(fts_query(:text), '""')
order by messages_fts.rowid desc limit 500""",
    },
    "today": {
        "title": "Conversations today",
        "description": "Who wrote to the bot today (in the operators' time zone), most recent "
                       "first.",
        "hide_sql": True,
        "sql": """select m.user_id, u.username, count(*) as messages,
  local_time(min(m.at)) as first, local_time(max(m.at)) as last
from messages m left join users u on u.id = m.user_id
where m.at >= today_start() and m.user_id is not null
group by m.user_id order by max(m.at) desc""",
    },
    "failed_reminders": {
        "title": "Reminders that failed",
        "description": "Reminders the bot could not deliver, newest first.",
        "hide_sql": True,
        "sql": """select r.id, r.user_id, u.username, r.kind, local_time(r.due_at) as due,
  r.attempts, r.last_error
from reminders r left join users u on u.id = r.user_id
where r.state = 'failed' order by r.due_at desc""",
    },
}
FACETS = {"messages": ["kind", "direction", "state_after"], "users": ["lang", "tz"],
          "audit": ["actor", "action"]}


MODULES = ("datasette", "datasette_auth_passwords", "uvicorn")
"""What the `operators` extra brings; without one of them the console cannot start."""
MISSING_EXTRA = (
    "the operators' console is not installed (the `operators` extra): in a checkout run "
    "`make operators`; on a server `pip install --require-hashes -r requirements/operators.txt` "
    "into the bot's venv, or use the Docker image's `operators` target")


class ConsoleUnavailable(RuntimeError):
    """Datasette or its password plugin is not installed."""


def console_installed() -> bool:
    """Whether everything the console needs is importable."""
    return all(importlib.util.find_spec(name) is not None for name in MODULES)


def is_loopback(host: str) -> bool:
    """Whether an address to listen on is this machine only (127.x, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def metadata(db_name: str, accounts: dict[str, str]) -> dict[str, Any]:
    """Datasette's metadata: who may log in, the canned queries, facets, the activity link."""
    only_operators = {"id": sorted(accounts)}
    return {
        "title": "Refund Guide: conversation logs",
        "allow": only_operators,
        "allow_sql": False,
        "databases": {db_name: {
            "allow": only_operators, "allow_sql": False, "queries": CANNED_QUERIES,
            "description_html": f'<a href="{ACTIVITY_PATH}">Activity: conversations per day, '
                                "scenarios entered, finished, stuck and rated</a>",
            "tables": {table: {"facets": facets} for table, facets in FACETS.items()},
        }},
        "plugins": {"datasette-auth-passwords": {
            f"{name}_password_hash": digest for name, digest in accounts.items()}},
    }


def build(db_path: Path, accounts: dict[str, str], clock: Clock, tz: str = "UTC",
          secret: str | None = None) -> Any:
    """A ready Datasette instance over the database file (mutable, so it sees new messages).

    The signing secret is `secret` or the one kept beside the database, so a restart keeps
    every operator logged in.
    """
    try:
        import datasette_auth_passwords  # noqa: F401  (registers itself; checked here)
        from datasette.app import Datasette
        from datasette.cli import run_sync
        from datasette.plugins import pm
    except ImportError as err:
        raise ConsoleUnavailable(MISSING_EXTRA) from err
    from bot.operators.console_plugin import ConsolePlugin

    db_name = db_path.stem
    # Datasette's 1 s query limit (200 ms for facets) is for public sites: a few operators on
    # a 300,000-message log on a busy server must get the inbox, not an error page.
    settings = {"default_allow_sql": False, "allow_download": False,
                "allow_csv_stream": False, "suggest_facets": False,
                "sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000}
    if pm.has_plugin(PLUGIN_NAME):
        pm.unregister(name=PLUGIN_NAME)
    plugin = ConsolePlugin(PLUGIN_NAME, db_name, VISIBLE_TABLES, clock, ZoneInfo(tz),
                           frozenset(accounts))
    pm.register(plugin, name=PLUGIN_NAME)
    ds = Datasette([str(db_path)], metadata=metadata(db_name, accounts),
                   settings=settings, secret=console_secret(secret, db_path.parent),
                   template_dir=str(TEMPLATES))
    run_sync(ds.invoke_startup)
    return ds


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to host:port (IPv4 or IPv6), accepting connections."""
    family, _type, _proto, _name, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(address)
    sock.listen(128)
    return sock


@contextmanager
def stopping_on_ctrl_c(server: Any) -> Iterator[None]:
    """While inside, Ctrl-C asks `server` (a uvicorn Server) to stop, a second one to stop at
    once; the handler before is put back after (only the main thread can set one)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: FrameType | None) -> None:
        """Ask the server to stop, or to stop at once if it was already asked."""
        server.force_exit = server.should_exit
        server.should_exit = True

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def serve(db_path: Path, accounts: dict[str, str], clock: Clock, tz: str, port: int,
          out: TextIO, secret: str | None = None, host: str = HOST) -> None:
    """Listen on host:port, print the address once connections are accepted, serve until ^C."""
    try:
        import uvicorn
    except ImportError as err:
        raise ConsoleUnavailable(MISSING_EXTRA) from err

    ds = build(db_path, accounts, clock, tz, secret)
    config = uvicorn.Config(ds.app(), log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    # What uvicorn's Server.run does, with its loop built before the address is out. A Ctrl-C
    # from then on only asks the server to stop, as uvicorn's own handler does once serving:
    # before that handler is in place, asyncio.Runner's would cancel the task mid-startup and
    # uvicorn would print the cancelled lifespan's traceback.
    loop = (config.get_loop_factory() or asyncio.new_event_loop)()
    with suppress(KeyboardInterrupt), stopping_on_ctrl_c(server), \
            asyncio.Runner(loop_factory=lambda: loop) as runner:
        sock = listening_socket(host, port)
        # Requests queue on the listening socket from here on, so the address is usable now.
        shown = f"[{host}]" if ":" in host else host
        out.write(f"Operators' console: http://{shown}:{sock.getsockname()[1]}/ "
                  f"(log in as {' or '.join(sorted(accounts))}; Ctrl-C stops it)\n")
        if not is_loopback(host):
            out.write("Listening beyond this machine: serve it to the world only behind a "
                      "reverse proxy with TLS (passwords travel in the login form).\n")
        out.flush()
        runner.run(server.serve(sockets=[sock]))
    out.write("Operators' console stopped.\n")
