"""Each conversation's derived status, from the outcomes in the log, the ratings and the cases.

One SQL query serves the console's inbox (a canned query) and Python callers alike, so a
conversation is "stuck" in exactly one sense everywhere: two or more not-understood replies
in a row, an error apology, or a buyer who left right after a not-understood reply.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flows.engine.outcomes import ANSWER, ERROR, FAILURES, HANDOVER

_FAILED = "(" + ", ".join(f"'{kind}'" for kind in FAILURES) + ")"
STUCK, PERSON, RATED_DOWN, RATED_UP, FINISHED, OPEN = (
    "stuck", "person", "down", "up", "finished", "open")
# Shown in the inbox, most urgent first: a conversation shows the first that applies.
LABELS = {PERSON: "🙋 asked for a person", RATED_DOWN: "👎 rated", STUCK: "⚠️ stuck",
          RATED_UP: "👍 rated", FINISHED: "✅ finished", OPEN: "… in progress"}

# :since is an aware UTC ISO time; :show is '' or one of stuck, person, down.
INBOX_SQL = f"""with recent as (
  select user_id, id, at, direction, outcome, state_after,
    lag(outcome) over (partition by user_id, direction order by id) as previous,
    row_number() over (partition by user_id order by id desc) as back
  from messages where at >= :since and user_id is not null
), per_user as (
  select user_id, max(at) as last_at, max(id) as last_id, count(*) as messages,
    max(direction = 'out' and outcome in {_FAILED} and previous in {_FAILED}) as twice,
    max(outcome = '{ERROR}') as apology,
    max(back = 1 and direction = 'out' and outcome in {_FAILED}) as left_after,
    max(outcome = '{ANSWER}') as finished,
    max(outcome = '{HANDOVER}') as person,
    max(case when back = 1 then state_after end) as screen
  from recent group by user_id
), flags as (
  select p.*, u.username, u.lang,
    (p.twice or p.apology or p.left_after) as stuck,
    (select r.value from ratings r where r.user_id = p.user_id and r.value is not null
      and r.rated_at >= :since order by r.rated_at desc limit 1) as rating
  from per_user p left join users u on u.id = p.user_id
)
select user_id, username, lang, screen, last_at, messages,
  case when person then '{PERSON}' when rating = 'down' then '{RATED_DOWN}'
    when stuck then '{STUCK}' when rating = 'up' then '{RATED_UP}'
    when finished then '{FINISHED}' else '{OPEN}' end as status,
  stuck, person, rating, last_id
from flags
where coalesce(:show, '') = '' or (:show = '{STUCK}' and stuck)
  or (:show = '{PERSON}' and person) or (:show = '{RATED_DOWN}' and rating = 'down')
order by last_at desc, last_id desc"""


@dataclass(frozen=True)
class Conversation:
    """One buyer's conversation in the inbox."""

    user_id: int
    username: str | None
    lang: str | None
    screen: str | None
    last_at: str
    messages: int
    status: str
    stuck: bool
    person: bool
    rating: str | None


def inbox(conn: sqlite3.Connection, since: str, show: str = "") -> list[Conversation]:
    """The conversations with messages since `since`, newest first, maybe one kind only."""
    rows = conn.execute(INBOX_SQL, {"since": since, "show": show}).fetchall()
    return [Conversation(r[0], r[1], r[2], r[3], r[4], int(r[5]), r[6], bool(r[7]), bool(r[8]),
                         r[9]) for r in rows]
