"""Reminder kinds as data: each lead time says its own thing in both languages, every record
has its texts translated and a guide that exists, and the lead times come from settings.
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils
from babel.messages.pofile import read_po
from telegram.ext import Application

from bot.console import chat as console_chat
from bot.dialogue.assembly import build_service
from bot.reminders.kinds import OTHER_KINDS, OTHER_WORDING, kind_named, kinds_for
from flows.deadlines.maths import reminder_kind
from flows.engine import machine as engine
from flows.orders import wording
from flows.orders.lifecycle import ROWS, Stage
from flows.scenarios.orders import ACTION_LABELS
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.reminder_rows import add_order, add_user, fake_dispatcher, reminders

LOCALES = Path(__file__).resolve().parent.parent / "locales"
DAY_ONLY = ("shipped", "opened", "decided", "typical", "latest", "due")

# What each lead time asks for, in each language (the first line of its action).
BY_LEAD = [
    (timedelta(days=7), "en", "What to do this week: check the tracking"),
    (timedelta(days=7), "ru", "Что делать на этой неделе: проверьте отслеживание"),
    (timedelta(days=3), "en", "What to do now: prepare the evidence and decide"),
    (timedelta(days=3), "ru", "Что делать сейчас: соберите доказательства и примите решение"),
    (timedelta(days=1), "en", "⚠️ Open the dispute now: buyer protection ends on"),
    (timedelta(days=1), "ru", "⚠️ Откройте спор сейчас: защита покупателя заканчивается"),
    (timedelta(hours=12), "en", "⚠️ Open the dispute now: buyer protection ends on"),
    (timedelta(hours=12), "ru", "⚠️ Откройте спор сейчас: защита покупателя заканчивается"),
]


def catalog(lang: str) -> dict[str, str]:
    """msgid -> msgstr of a language's catalog (plural entries by their singular)."""
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return {(m.id[0] if isinstance(m.id, tuple) else m.id):
                (m.string[0] if isinstance(m.string, tuple) else m.string)
                for m in read_po(po) if m.id}


@pytest.mark.parametrize(("lead", "lang", "action"), BY_LEAD)
async def test_each_lead_time_says_its_own_action(
        chat_with: object, app: Application, db: sqlite_utils.Database, clock: FakeClock,
        lead: timedelta, lang: str, action: str) -> None:
    chat: Chat = chat_with(user_id=77, language_code=lang)  # type: ignore[operator]
    add_user(db, chat.user_id, lang=lang, tz="UTC")
    order = add_order(db, chat.user_id, "8100000000000001", clock.now() + lead + timedelta(
        minutes=30), clock.now(), label="lamp")
    clock.advance(minutes=31)
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    assert reminders(db, order)[reminder_kind(lead)]["state"] == "sent"
    paragraphs = chat.last_text().split("\n\n")
    assert any(p.startswith(action) for p in paragraphs[1:3]), paragraphs
    other_actions = {a for _l, lg, a in BY_LEAD if lg == lang and a != action}
    assert not any(a in chat.last_text() for a in other_actions)
    assert "г.." not in chat.last_text() and ("«" not in chat.last_text()) == (lang == "en")
    if lead == timedelta(days=7):  # with the ready English text for the seller
        assert "Could you please extend the buyer protection by 15 days" in chat.last_text()
        assert "My order No. 8100000000000001" in chat.last_text()


def test_every_status_and_kind_has_texts_in_both_languages_and_a_guide_that_exists() -> None:
    en, ru = catalog("en"), catalog("ru")
    records = [*kinds_for((timedelta(days=10), timedelta(days=2), timedelta(hours=6))),
               *kinds_for(), *OTHER_KINDS.values()]
    for record in records:
        assert kind_named(record.name) == record
    for status in ROWS:
        assert status.guide in engine.FLOW_BY_NAME, status.status
        texts = [m for stage in status.protection.values() for m in stage]
        texts += [m for family in status.reminders if family in OTHER_WORDING
                  for m in OTHER_WORDING[family]]
        texts += [status.guide_label, status.step, status.ended, *status.labels.values(),
                  *(ACTION_LABELS[a] for a in status.reminder_actions)]
        for msgid in texts:
            assert en.get(msgid), (status.status, msgid)
            assert ru.get(msgid) and ru[msgid] != msgid, (status.status, msgid)
        if status.countdown:  # every stage says something in a status whose countdown runs
            assert set(status.protection) == set(Stage), status.status


def test_quotes_per_language_and_no_full_stop_after_a_russian_date() -> None:
    ru = catalog("ru")
    for msgid, text in ru.items():
        assert "«" not in msgid and "»" not in msgid, msgid  # English quotes with "..."
        assert '"' not in text, text  # Russian quotes with «...»
        for name in DAY_ONLY:  # a Russian date ends in "г.": no second full stop
            assert not re.search(r"\{" + name + r"\}\.", text), text
    assert wording.HEADER.count('"') == 2


async def test_lead_times_come_from_settings(
        db: sqlite_utils.Database, clock: FakeClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    service = build_service(db, clock, reminder_offsets=(timedelta(days=2), timedelta(hours=6)))
    typed = ["/orders", "1", "1", "8123456789012345", "Skip", "Moscow (UTC+3)", "25.03",
             "1", "Skip"]
    await console_chat(service, io.StringIO("\n".join(typed) + "\n"), io.StringIO(), 5, "en")
    [order] = db.execute("SELECT id FROM orders").fetchall()
    assert set(reminders(db, order[0])) == {"before_2d", "before_6h"}


@pytest.mark.process
@pytest.mark.parametrize("module", ["bot.reminders.kinds", "bot.reminders.plan",
                                    "bot.reminders.outbox", "bot.orders.store",
                                    "flows.orders.lifecycle", "bot.reminders.message"])
def test_each_module_imports_on_its_own(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr  # no import cycle between orders and reminders


def test_orders_never_import_reminders() -> None:
    orders = Path(__file__).resolve().parent.parent / "bot" / "orders"
    for path in orders.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
            a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not {m for m in modules if m and m.startswith("bot.reminders")}, path.name
