"""kill -9 in the middle of group commands, operator commands and reminder buttons: after the
restarts, no update is acted on twice (a reply may be lost to a kill, never doubled)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.storage import open_database
from emulator.botapi import BotApiEmulator, Call
from emulator.process import bot_process
from tests.support.reminder_rows import add_order, add_user

pytestmark = pytest.mark.process

# Four operators share the /logs commands: each answer goes to the asking operator's chat, and
# Telegram allows a chat 20 messages in 20 s, so one operator's 24 answers kept the final round
# waiting out that window (about 20 s); four chats take the same commands in a few seconds.
OPERATORS = (7001, 7002, 7003, 7004)
GROUPS = range(-100500, -100510, -1)    # 10 groups
MEMBERS = range(8001, 8006)             # each sends /refund in every group: 50 commands a round
# Operator answers are paced per chat (3 a second, 20 in 20 s): 20 a round kept the suite
# waiting about 50 s at the end; 8 a round still has answers in flight at every kill.
READERS = range(9001, 9009)             # users the operators ask /logs about, 8 a round
BUYERS = range(6001, 6021)              # 20 buyers with a reminder, each presses its button once
KILLS = 3
RECEIVED = "Is everything fine with it?"


def group_answers(emu: BotApiEmulator) -> Counter[tuple[int, int]]:
    """Public answers per group command (the chat and the message answered)."""
    return Counter((c.params["chat_id"], c.params["reply_parameters"]["message_id"])
                   for c in emu.calls_of("sendMessage")
                   if c.ok and c.params.get("chat_id") in GROUPS
                   and isinstance(c.params.get("reply_parameters"), dict))


def operator_answers(emu: BotApiEmulator, asked: dict[int, str]) -> Counter[str]:
    """Operator replies per /logs command (each names a different user)."""
    return Counter(key for c in emu.calls_of("sendMessage")
                   if c.ok and c.params.get("chat_id") in OPERATORS
                   for key in asked.values() if key in c.text)


def pressed_answers(emu: BotApiEmulator) -> Counter[int]:
    """Answers to reminder-button presses per buyer."""
    return Counter(c.params["chat_id"] for c in emu.calls_of("sendMessage")
                   if c.ok and c.params.get("chat_id") in BUYERS and RECEIVED in c.text)


def any_send(call: Call) -> bool:
    """Telegram accepted a message from the bot."""
    return call.method == "sendMessage" and call.ok


def test_kill_9_doubles_no_group_operator_or_reminder_button_answer(
        live_emulator: BotApiEmulator, tmp_path: Path) -> None:
    emu, db_path = live_emulator, tmp_path / "bot.sqlite3"
    db = open_database(db_path)
    now = datetime.now(UTC)
    for buyer in BUYERS:
        add_user(db, buyer, tz="UTC")
        add_order(db, buyer, f"81000000{buyer}", now + timedelta(hours=11), now)
    for operator in OPERATORS:
        add_user(db, operator, tz="UTC")
    db.conn.close()
    for group in GROUPS:
        emu.add_chat(group, "supergroup")
    env = {"REFUNDBOT_OPERATORS": ",".join(map(str, OPERATORS))}
    asked: dict[int, str] = {}
    pressed: set[int] = set()
    sent_commands = 0
    with bot_process(emu, db_path, **env):
        emu.wait_for(lambda _c: len(pressed_ready(emu)) == len(BUYERS), timeout=60)
    emu.latency = 0.03  # handling takes a while, so a kill finds work in flight
    for round_no in range(KILLS):
        with bot_process(emu, db_path, **env) as proc:
            mark = emu.mark()
            for member in MEMBERS:
                for group in GROUPS:
                    emu.user_sends(member, "/refund", chat_id=group, chat_type="supergroup")
                    sent_commands += 1
            for n, reader in enumerate(READERS):
                operator = OPERATORS[n % len(OPERATORS)]
                update = emu.user_sends(operator, f"/logs {reader + 100 * round_no}")
                asked[update["update_id"]] = str(reader + 100 * round_no)
            for buyer in BUYERS[round_no::KILLS]:
                emu.click_button(buyer, "I received it")
                pressed.add(buyer)
            emu.wait_for(lambda c: any_send(c), timeout=60, since=mark)
            proc.kill()  # kill -9 in the middle of the round
            proc.wait(timeout=30)
    emu.latency = 0.0
    with bot_process(emu, db_path, **env):
        # Updates are fetched in order: once this later /stats is answered, all were fetched.
        mark = emu.mark()
        emu.user_sends(OPERATORS[0], "/stats")
        emu.wait_for(lambda c: any_send(c) and "📊" in c.text, timeout=90, since=mark)
        emu.wait_for(lambda _c: unsettled(db_path) == 0, timeout=90)
    duplicates = (sum(n - 1 for n in group_answers(emu).values())
                  + sum(n - 1 for n in operator_answers(emu, asked).values())
                  + sum(n - 1 for n in pressed_answers(emu).values()))
    print(f"group answers {sum(group_answers(emu).values())}/{sent_commands}, operator "
          f"answers {sum(operator_answers(emu, asked).values())}/{len(asked)}, button answers "
          f"{sum(pressed_answers(emu).values())}/{len(pressed)}, duplicates {duplicates}")
    assert duplicates == 0
    assert sum(group_answers(emu).values()) > 0 and sum(pressed_answers(emu).values()) > 0
    assert unsettled(db_path) == 0


def pressed_ready(emu: BotApiEmulator) -> set[int]:
    """Buyers whose reminder (with its buttons) has arrived."""
    return {c.params["chat_id"] for c in emu.calls_of("sendMessage")
            if c.ok and c.params.get("chat_id") in BUYERS and "⏰ Order" in c.text}


def unsettled(db_path: Path) -> int:
    """Updates stored but not yet settled, read from outside as an operator would."""
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM inbox WHERE done = 0").fetchone()[0])
