"""The post operators get for a case: who, language, scenario, facts, last answers, how to act."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.clock import iso
from bot.handover import texts
from bot.handover.store import Case
from bot.i18n import _
from bot.operators import queries
from flows.engine import machine as engine

HIDDEN_FACTS = ("arg", "candidates")
LAST_ANSWERS, CLIP = 3, 300


def clip(text: str, size: int = CLIP) -> str:
    """A text cut to `size` characters, marked when cut."""
    return text if len(text) <= size else text[: size - 1] + "…"


def who(db: sqlite_utils.Database, user_id: int) -> str:
    """The buyer as operators see them: id and @username."""
    return queries.user_by_id(db, user_id).label()


def case_post(db: sqlite_utils.Database, case: Case, facts: dict[str, str],
              transcript: str | None = None) -> str:
    """The case as one post, in the current language; `transcript` is the console's page for
    the buyer (else the post names `/logs USER`)."""
    flow = engine.FLOW_BY_NAME.get(engine.FLOW_OF.get(case.screen, ""))
    shown = ", ".join(f"{k}={clip(v, 60)}" for k, v in sorted(facts.items())
                      if k not in HIDDEN_FACTS and not k.startswith("deleted_"))
    last = db.execute("SELECT text FROM messages WHERE user_id = ? AND direction = 'out'"
                      " AND kind != 'document' ORDER BY id DESC LIMIT ?",
                      [case.user_id, LAST_ANSWERS]).fetchall()
    lines = [_(texts.POST_HEADER).format(who=who(db, case.user_id), case=case.id),
             _(texts.POST_WHERE).format(lang=case.lang, screen=case.screen,
                                        scenario=_(flow.title) if flow else "—")]
    if shown:
        lines.append(_(texts.POST_FACTS).format(facts=shown))
    if last:
        lines.append(_(texts.POST_LAST))
        lines += [f"🤖 {clip(str(row[0]))}" for row in reversed(last)]
    lines.append(_(texts.POST_HOWTO_CONSOLE).format(url=transcript, user=case.user_id)
                 if transcript else _(texts.POST_HOWTO).format(user=case.user_id))
    return "\n".join(lines)


def start_of_day(now: datetime, zone: str) -> str:
    """Midnight of today in the operators' time zone, as aware UTC ISO (the daily limit)."""
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    return iso(datetime.combine(local.date(), time(0), tz))
