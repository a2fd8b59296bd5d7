"""Read the conversation log: whose it is, their exchanges, full-text search, exports."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import sqlite_utils

COLUMNS = ("id", "at", "chat_id", "user_id", "direction", "kind", "text",
           "state_before", "state_after")
ROW_COLUMNS = (*COLUMNS, "delivered")  # what a LogRow holds (exports keep COLUMNS)
SELECT = f"SELECT {', '.join(ROW_COLUMNS)} FROM messages"
WORD = re.compile(r"\w+")
MAX_VARIANTS = 8
SCAN_LIMIT = 2000  # /find groups the newest matches only, so it stays fast on a big log


@dataclass(frozen=True)
class UserRef:
    """A user as operators name them: id, @username, and their time zone if they set one."""

    id: int
    username: str | None = None
    tz: str | None = None

    def label(self) -> str:
        """`1001 (@alice)` or just `1001`."""
        return f"{self.id} (@{self.username})" if self.username else str(self.id)


@dataclass(frozen=True)
class LogRow:
    """One row of the conversation log."""

    id: int
    at: str
    chat_id: int
    user_id: int | None
    direction: str
    kind: str
    text: str | None
    state_before: str | None
    state_after: str | None
    delivered: int | None = None  # 0: an outgoing message Telegram never accepted


@dataclass
class Exchange:
    """What the user did and everything the bot sent until the user's next move."""

    rows: list[LogRow] = field(default_factory=list)

    @property
    def first(self) -> LogRow:
        """The row that opened the exchange (normally the user's message)."""
        return self.rows[0]


@dataclass(frozen=True)
class Hit:
    """A conversation that matched a search: whose, how many matches, the newest one."""

    user: UserRef
    matches: int
    last_at: str
    snippet: str


def _user(db: sqlite_utils.Database, where: str, value: object) -> UserRef | None:
    """The first user matching a WHERE clause on the users table."""
    columns = {c.name for c in db.table("users").columns}
    tz = "tz" if "tz" in columns else "NULL"
    row = db.execute(f"SELECT id, username, {tz} FROM users WHERE {where}", [value]).fetchone()
    return UserRef(*row) if row else None


def resolve_user(db: sqlite_utils.Database, who: str) -> UserRef | None:
    """A user by numeric id or @username (case-insensitive); None when never seen."""
    who = who.strip()
    if re.fullmatch(r"-?\d+", who):
        user_id = int(who)
        found = _user(db, "id = ?", user_id)
        if found is None and db.execute(
                "SELECT 1 FROM messages WHERE user_id = ? LIMIT 1", [user_id]).fetchone():
            return UserRef(user_id)
        return found
    name = who.removeprefix("@")
    return _user(db, "lower(username) = lower(?)", name) if name else None


def user_by_id(db: sqlite_utils.Database, user_id: int) -> UserRef:
    """The user with this id, or a bare reference when the users row is gone."""
    return _user(db, "id = ?", user_id) or UserRef(user_id)


def _rows(db: sqlite_utils.Database, sql: str, params: list[object]) -> list[LogRow]:
    """Run a query over messages and wrap the rows."""
    return [LogRow(*row) for row in db.execute(sql, params).fetchall()]


def count_exchanges(db: sqlite_utils.Database, user_id: int) -> int:
    """How many times the user wrote or pressed something."""
    row = db.execute(
        "SELECT COUNT(*) FROM messages WHERE user_id = ? AND direction = 'in'", [user_id]
    ).fetchone()
    return int(row[0])


def exchanges(db: sqlite_utils.Database, user_id: int, limit: int,
              offset: int = 0) -> list[Exchange]:
    """The user's exchanges, skipping the `offset` newest, oldest first within the result."""
    ids = sorted(r[0] for r in db.execute(
        "SELECT id FROM messages WHERE user_id = ? AND direction = 'in' "
        "ORDER BY id DESC LIMIT ? OFFSET ?", [user_id, limit, offset]).fetchall())
    if not ids:
        return []
    after = db.execute(
        "SELECT MIN(id) FROM messages WHERE user_id = ? AND direction = 'in' AND id > ?",
        [user_id, ids[-1]]).fetchone()[0]
    return group(_rows(db, f"{SELECT} WHERE user_id = ? AND id >= ? AND (? IS NULL OR id < ?) "
                       "ORDER BY id", [user_id, ids[0], after, after]))


def group(rows: list[LogRow]) -> list[Exchange]:
    """Split log rows (oldest first) into exchanges, each starting at a user's move."""
    result: list[Exchange] = []
    for row in rows:
        if row.direction == "in" or not result:
            result.append(Exchange())
        result[-1].rows.append(row)
    return result


def _variants(word: str) -> list[str]:
    """Spellings of a word with е and ё swapped: Russians often type one for the other."""
    spots = [i for i, ch in enumerate(word) if ch in "её"]
    if not spots or len(spots) > 3:
        return [word]
    result = []
    for combo in itertools.product("её", repeat=len(spots)):
        chars = list(word)
        for spot, ch in zip(spots, combo, strict=True):
            chars[spot] = ch
        result.append("".join(chars))
    return result[:MAX_VARIANTS]


def fts_query(text: str | None) -> str | None:
    """A safe FTS5 query for typed text: every word as a quoted prefix, all required.

    Quoting each word keeps FTS syntax (AND, NEAR, *, quotes) in user text inert.
    """
    words = WORD.findall((text or "").lower())
    words = [w for w in words if len(w) > 1] or words
    if not words:
        return None
    clauses = []
    for word in words[:12]:
        spellings = " OR ".join(f'"{v}"*' for v in _variants(word))
        clauses.append(f"({spellings})")
    return " AND ".join(clauses)


def search_conversations(db: sqlite_utils.Database, text: str, limit: int = 10) -> list[Hit]:
    """Conversations with messages matching `text` (among the newest SCAN_LIMIT matches),
    the most recently active first."""
    query = fts_query(text)
    if query is None:
        return []
    # With a single MAX(), SQLite takes the bare columns (at, snip) from the newest match.
    rows = db.execute(
        "SELECT m.user_id, COUNT(*) AS n, MAX(m.id) AS last_id, m.at, f.snip "
        "FROM (SELECT rowid, snippet(messages_fts, 0, '«', '»', '…', 12) AS snip "
        "FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS f "
        "JOIN messages m ON m.id = f.rowid WHERE m.user_id IS NOT NULL "
        "GROUP BY m.user_id ORDER BY last_id DESC LIMIT ?", [query, SCAN_LIMIT, limit]).fetchall()
    return [Hit(user_by_id(db, user_id), n, at, snip or "")
            for user_id, n, _last, at, snip in rows]


def search_messages(db: sqlite_utils.Database, text: str, limit: int = 1000) -> list[LogRow]:
    """Messages matching `text`, oldest first (the newest `limit` of them)."""
    query = fts_query(text)
    if query is None:
        return []
    cols = ", ".join(f"m.{c}" for c in ROW_COLUMNS)
    return _rows(db, f"SELECT * FROM (SELECT {cols} FROM messages_fts "
                 "JOIN messages m ON m.id = messages_fts.rowid WHERE messages_fts MATCH ? "
                 "ORDER BY messages_fts.rowid DESC LIMIT ?) ORDER BY id", [query, limit])


def messages_of(db: sqlite_utils.Database, user_id: int, since: str | None = None) -> list[LogRow]:
    """Every logged message of one user, oldest first, optionally from `since` (ISO) on."""
    return _rows(db, f"{SELECT} WHERE user_id = ? AND at >= ? ORDER BY id",
                 [user_id, since or ""])
