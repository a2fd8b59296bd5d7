"""The real `refundbot run` process against an emulator that misbehaves as Telegram can:
updates it cannot parse, a kill -9 mid-traffic, failing calls, many users at once, a bad token.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulator.botapi import BotApiEmulator, Call
from emulator.process import bot_process
from tests.conftest import TOKEN

pytestmark = pytest.mark.process


MENU = "What happened with your order?"
STATUS = "What status does the order show?"
FINAL = "seller has to confirm"
# Every fault but the timeout (each costs PTB's 5 s read timeout; the benchmark covers it).
QUICK_FAULTS = ("429", "500", "502", "reset_before", "reset_after", "400_expected")


@pytest.fixture
def live() -> Iterator[BotApiEmulator]:
    """The emulator listening on 127.0.0.1 (each test sets its own knobs)."""
    with BotApiEmulator(TOKEN) as emulator:
        yield emulator


def started(emu: BotApiEmulator) -> None:
    """Wait until the bot is up and long polling."""
    emu.wait_until_polling(timeout=30)


def menus_sent(emu: BotApiEmulator, user: int) -> list[Call]:
    """The menus the bot delivered to a user."""
    return [c for c in emu.calls_of("sendMessage")
            if c.ok and c.params.get("chat_id") == user and MENU in c.text]


def rows(db_path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    """Read the bot's database from outside, as an operator would."""
    with sqlite3.connect(db_path) as conn:
        return list(conn.execute(sql, args))


def output_of(proc: subprocess.Popen[str]) -> str:
    """Everything the process wrote (it must have stopped)."""
    out, err = proc.communicate(timeout=15)
    return out + err


def test_updates_the_library_cannot_parse_are_skipped(live: BotApiEmulator,
                                                      tmp_path: Path) -> None:
    with bot_process(live, tmp_path / "bot.sqlite3") as proc:
        started(live)
        live.push_poison("poll_answer")
        live.push_poison("poll")
        for user in (11, 12, 13):
            live.user_sends(user, "/start")
        for user in (11, 12, 13):
            live.wait_for_text(user, MENU, timeout=15)
        assert len(live.calls_of("getUpdates")) < 20  # no tight loop on the poison
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        log = output_of(proc)
    assert log.count("skipping update") == 2
    assert "(poll_answer): it does not parse" in log and "(poll): it does not parse" in log
    assert '"option_ids"' not in log and TOKEN not in log


def test_a_kill_9_loses_no_update_and_none_is_handled_twice(live: BotApiEmulator,
                                                            tmp_path: Path) -> None:
    db_path, users = tmp_path / "bot.sqlite3", range(100, 140)
    live.latency = 0.05  # handling takes a while, so the kill finds updates not handled yet
    with bot_process(live, db_path) as proc:
        started(live)
        mark = live.mark()
        for user in users:
            live.user_sends(user, "/start")
        live.wait_for(lambda c: c.method == "sendMessage" and c.ok, timeout=15, since=mark)
        proc.kill()  # kill -9: no goodbye, the batch was fetched and confirmed
        proc.wait(timeout=15)
    handled_before = {r[0] for r in rows(db_path, "SELECT user_id FROM dialogues")}
    assert 0 < len(handled_before) < len(users)  # the kill did interrupt the batch
    with bot_process(live, db_path):
        started(live)
        for user in users:  # those the kill caught mid-send get their screen again
            live.wait_for_text(user, MENU, timeout=30)
    steps = dict(rows(db_path, "SELECT user_id, step FROM dialogues"))
    assert steps == dict.fromkeys(users, 1)  # every /start handled, and exactly once
    assert rows(db_path, "SELECT COUNT(*) FROM inbox WHERE done = 0") == [(0,)]
    assert rows(db_path, "SELECT COUNT(*) FROM inbox WHERE payload != ''") == [(0,)]
    assert rows(db_path, "SELECT COUNT(*) FROM dialogues WHERE shown = 0") == [(0,)]


def test_every_step_delivers_its_screen_while_calls_fail(live: BotApiEmulator,
                                                        tmp_path: Path) -> None:
    live.fault_rate, live.faults = 0.2, QUICK_FAULTS
    user = 21
    with bot_process(live, tmp_path / "bot.sqlite3") as proc:
        started(live)
        live.user_sends(user, "/start")
        live.wait_for_text(user, MENU, timeout=30)
        live.click_button(user, "Cancel a paid order")
        live.wait_for_text(user, STATUS, timeout=30)
        live.click_button(user, "Awaiting shipment")
        live.wait_for_text(user, FINAL, timeout=30)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
        log = output_of(proc)
    assert sum(live.injected.values()) > 0  # faults did happen
    assert "Sorry, something went wrong" not in " ".join(c.text for c in live.calls)
    assert TOKEN not in log


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BotApiEmulator, Path]]:
    """One polling bot for the tests that need nothing of their own from the process (no knob
    at start, no look at its output or its exit): each talks to its own users."""
    db_path = tmp_path_factory.mktemp("shared") / "bot.sqlite3"
    with BotApiEmulator(TOKEN) as emulator, bot_process(emulator, db_path) as proc:
        started(emulator)
        yield emulator, db_path
        assert proc.poll() is None, "the bot stopped while the module's tests ran"


def test_a_screen_that_could_not_be_sent_comes_with_the_next_message(
        shared: tuple[BotApiEmulator, Path]) -> None:
    live, _db_path = shared
    user = 31
    mark = live.mark()
    live.user_sends(user, "/start")
    live.wait_for_text(user, MENU, timeout=15, since=mark)
    # The next screen and the apology both fail for good (a 400 is not retried).
    live.fail_next("sendMessage", 400, "Bad Request: chat not found", times=2, chat_id=user)
    live.click_button(user, "Cancel a paid order")
    live.wait_for(lambda c: c.method == "sendMessage" and not c.ok and
                  c.params.get("chat_id") == user, timeout=15, since=mark)
    mark = live.mark()
    live.user_sends(user, "hello?")
    live.wait_for_text(user, STATUS, timeout=15, since=mark)


def test_two_users_at_once_each_in_order(shared: tuple[BotApiEmulator, Path]) -> None:
    live, db_path = shared
    users = (41, 42)
    start = live.mark()
    live.latency = 0.05  # a press takes 3 calls: a text sent right after could overtake it
    try:
        for user in users:
            live.user_sends(user, "/start")
        for user in users:
            live.wait_for_text(user, MENU, timeout=15, since=start)
        mark = live.mark()
        for user in users:  # interleaved: press, press, text, text
            live.click_button(user, "Cancel a paid order")
        for user in users:
            live.user_sends(user, "is this right?")
        for user in users:  # the press's screen, then the answer to the text
            second = live.wait_for(lambda c, u=user: c.method == "sendMessage" and c.ok and
                                   c.params.get("chat_id") == u, timeout=15, since=mark)
            live.wait_for(lambda c, u=user: c.method == "sendMessage" and c.ok and
                          c.params.get("chat_id") == u, timeout=15,
                          since=live.calls.index(second) + 1)
    finally:
        live.latency = 0.0
    # Read with the bot running: a turn logs its message in the transaction that saves it,
    # before its answer is sent, so both answers seen means both rows are there.
    for user in users:
        seen = rows(db_path, "SELECT kind, state_before, state_after FROM messages"
                             " WHERE user_id = ? AND direction = 'in' ORDER BY id", user)
        assert [k for k, _b, _a in seen] == ["command", "click", "text"]
        assert seen[2][1] == seen[1][2] != seen[1][1]  # the text came after the press


def test_a_rejected_token_is_one_line_and_exit_code_3(live: BotApiEmulator,
                                                     tmp_path: Path) -> None:
    wrong = "987654321:WRONG-token-" + "x" * 24
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": wrong, "TELEGRAM_API_URL": live.url,
           "REFUNDBOT_DB": str(tmp_path / "bot.sqlite3")}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    output = done.stdout + done.stderr
    assert "the Bot API rejected TELEGRAM_BOT_TOKEN; check it with BotFather" in output
    assert wrong not in output and wrong.split(":")[1] not in output
    assert "Traceback" not in output


def test_a_start_up_error_is_one_redacted_line(live: BotApiEmulator, tmp_path: Path) -> None:
    # A proxy or local Bot API server that echoes the request path in its error text.
    live.fail_next("getMe", 403, f"Forbidden: no access to /bot{TOKEN.upper()}/getMe")
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": live.url,
           "REFUNDBOT_DB": str(tmp_path / "bot.sqlite3")}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    output = done.stdout + done.stderr
    assert done.returncode == 1
    assert "refundbot: stopped by an error: Forbidden: " in output and "<TOKEN>" in output
    assert TOKEN.split(":")[1].lower() not in output.lower()
    assert "Traceback" not in output


def test_an_unusable_database_path_is_a_configuration_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
           "REFUNDBOT_DB": str(blocker / "bot.sqlite3")}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("refundbot: configuration error: REFUNDBOT_DB")
    assert TOKEN not in done.stderr
