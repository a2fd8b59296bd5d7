"""`refundbot operators`: Datasette over the live database, for operators only.

Password login (datasette-auth-passwords), only the log tables, no arbitrary SQL, four
canned queries, and every page an operator opens recorded in the audit table.
Needs the optional extra: `pip install '.[operators]'` (or `make operators`).
"""

from __future__ import annotations

import secrets
import socket
from pathlib import Path
from typing import Any, TextIO

from bot.clock import Clock

ACCOUNT = "operator"
HOST = "127.0.0.1"
DEFAULT_PORT = 8001
VISIBLE_TABLES = ("messages", "users", "audit")
PLUGIN_NAME = "refundbot-console"

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "transcript": {
        "title": "Transcript for a user",
        "description": "The last 1,000 messages of one user (id or @username), oldest first.",
        "sql": """select * from (
  select m.id, m.at, case m.direction when 'in' then 'user' else 'bot' end as who,
    m.kind, m.text, m.state_before, m.state_after, m.chat_id
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
                       "as a word or the start of one; е and ё match each other.",
        "sql": """select m.at, m.user_id, u.username,
  case m.direction when 'in' then 'user' else 'bot' end as who,
  snippet(messages_fts, 0, '[', ']', '…', 16) as match
from messages_fts
  join messages m on m.id = messages_fts.rowid
  left join users u on u.id = m.user_id
where messages_fts match coalesce(fts_query(:text), '""')
order by messages_fts.rowid desc limit 500""",
    },
    "today": {
        "title": "Conversations today",
        "description": "Who wrote to the bot today (UTC), most recent first.",
        "sql": """select m.user_id, u.username, count(*) as messages,
  min(m.at) as first_at, max(m.at) as last_at
from messages m left join users u on u.id = m.user_id
where m.at >= strftime('%Y-%m-%d', 'now') and m.user_id is not null
group by m.user_id order by last_at desc""",
    },
    "failed_reminders": {
        "title": "Reminders that failed",
        "description": "Reminders the bot could not deliver, newest first.",
        "sql": """select r.id, r.user_id, u.username, r.kind, r.due_at, r.attempts, r.last_error
from reminders r left join users u on u.id = r.user_id
where r.state = 'failed' order by r.due_at desc""",
    },
}

class ConsoleUnavailable(RuntimeError):
    """Datasette or its password plugin is not installed."""


def metadata(db_name: str, password_hash: str) -> dict[str, Any]:
    """Datasette's metadata: who may log in, and the database's canned queries."""
    only_operators = {"id": ACCOUNT}
    return {
        "title": "Refund Guide: conversation logs",
        "allow": only_operators,
        "allow_sql": False,
        "databases": {db_name: {"allow": only_operators, "allow_sql": False,
                                "queries": CANNED_QUERIES}},
        "plugins": {"datasette-auth-passwords": {f"{ACCOUNT}_password_hash": password_hash}},
    }


def build(db_path: Path, password_hash: str, clock: Clock) -> Any:
    """A ready Datasette instance over the database file (mutable, so it sees new messages)."""
    try:
        import datasette_auth_passwords  # noqa: F401  (registers itself; checked here)
        from datasette.app import Datasette
        from datasette.cli import run_sync
        from datasette.plugins import pm
    except ImportError as err:
        raise ConsoleUnavailable(
            "the console needs the optional extra: pip install '.[operators]' "
            "(or run `make operators`)") from err
    from bot.operators.console_plugin import ConsolePlugin

    db_name = db_path.stem
    settings = {"default_allow_sql": False, "allow_download": False,
                "allow_csv_stream": False, "suggest_facets": False}
    if pm.has_plugin(PLUGIN_NAME):
        pm.unregister(name=PLUGIN_NAME)
    pm.register(ConsolePlugin(PLUGIN_NAME, db_name, VISIBLE_TABLES, clock), name=PLUGIN_NAME)
    ds = Datasette([str(db_path)], metadata=metadata(db_name, password_hash),
                   settings=settings, secret=secrets.token_hex(32))
    run_sync(ds.invoke_startup)
    return ds


def serve(db_path: Path, password_hash: str, clock: Clock, port: int, out: TextIO) -> None:
    """Listen on 127.0.0.1, print the address once connections are accepted, serve until ^C."""
    import uvicorn

    ds = build(db_path, password_hash, clock)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen(128)
    # Requests queue on the listening socket from here on, so the address is usable now.
    out.write(f"Operators' console: http://{HOST}:{sock.getsockname()[1]}/ "
              f"(log in as {ACCOUNT!r}; Ctrl-C stops it)\n")
    out.flush()
    config = uvicorn.Config(ds.app(), log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
