"""`refundbot operators`: Datasette over the live database, for operators only.

One password login per operator (datasette-auth-passwords), only the log tables, no
arbitrary SQL, canned queries that read like an inbox (user ids link to transcripts, times
in the operators' time zone), facets, an activity page, and every page an operator opens
recorded in the audit table.
Needs the optional extra: `pip install '.[operators]'` (or `make operators`).
"""

from __future__ import annotations

import secrets
import socket
from contextlib import suppress
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.clock import Clock

ACCOUNT = "operator"
ACTIVITY_PATH = "/-/activity"
HOST = "127.0.0.1"
DEFAULT_PORT = 8001
VISIBLE_TABLES = ("messages", "users", "audit")
PLUGIN_NAME = "refundbot-console"

WHO = "case m.direction when 'in' then '👤 user' when 'out' then '🤖 bot' else m.direction end"
CANNED_QUERIES: dict[str, dict[str, Any]] = {
    "transcript": {
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
    case when m.chat_id != m.user_id then m.chat_id end as in_group
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


class ConsoleUnavailable(RuntimeError):
    """Datasette or its password plugin is not installed."""


def metadata(db_name: str, accounts: dict[str, str]) -> dict[str, Any]:
    """Datasette's metadata: who may log in, the canned queries, facets, the activity link."""
    only_operators = {"id": sorted(accounts)}
    return {
        "title": "Refund Guide: conversation logs",
        "allow": only_operators,
        "allow_sql": False,
        "databases": {db_name: {
            "allow": only_operators, "allow_sql": False, "queries": CANNED_QUERIES,
            "description_html": f'<a href="{ACTIVITY_PATH}">Activity: conversations per day '
                                "and scenarios entered</a>",
            "tables": {table: {"facets": facets} for table, facets in FACETS.items()},
        }},
        "plugins": {"datasette-auth-passwords": {
            f"{name}_password_hash": digest for name, digest in accounts.items()}},
    }


def build(db_path: Path, accounts: dict[str, str], clock: Clock, tz: str = "UTC") -> Any:
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
    plugin = ConsolePlugin(PLUGIN_NAME, db_name, VISIBLE_TABLES, clock, ZoneInfo(tz),
                           frozenset(accounts))
    pm.register(plugin, name=PLUGIN_NAME)
    ds = Datasette([str(db_path)], metadata=metadata(db_name, accounts),
                   settings=settings, secret=secrets.token_hex(32))
    run_sync(ds.invoke_startup)
    return ds


def serve(db_path: Path, accounts: dict[str, str], clock: Clock, tz: str, port: int,
          out: TextIO) -> None:
    """Listen on 127.0.0.1, print the address once connections are accepted, serve until ^C."""
    import uvicorn

    ds = build(db_path, accounts, clock, tz)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen(128)
    # Requests queue on the listening socket from here on, so the address is usable now.
    out.write(f"Operators' console: http://{HOST}:{sock.getsockname()[1]}/ "
              f"(log in as {' or '.join(sorted(accounts))}; Ctrl-C stops it)\n")
    out.flush()
    config = uvicorn.Config(ds.app(), log_level="warning", access_log=False, lifespan="on")
    with suppress(KeyboardInterrupt):  # Ctrl-C: uvicorn stops, then re-raises the signal
        uvicorn.Server(config).run(sockets=[sock])
    out.write("Operators' console stopped.\n")
