"""A person to talk to, through the real `refundbot run` process and the emulator over HTTP:
a buyer asks (EN and RU), the operators' group gets the case with a link to the console,
replies go both ways until /close or "Back to the bot"; a stranger's reply goes nowhere; the
daily limit holds; /forget erases the case. One bot process serves the whole module."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from emulator.botapi import BotApiEmulator
from emulator.process import bot_process
from tests.conftest import TOKEN

pytestmark = pytest.mark.process

OPERATOR, STRANGER = 900, 950
OPS_CHAT = -1009999
CONSOLE = "http://127.0.0.1:8001/"
WAIT = 30.0  # seconds: generous for a shared 2-core machine; each wait ends on its event


@pytest.fixture(scope="module")
def bot_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The running bot's database file (named bot, so the console calls it `bot`)."""
    return tmp_path_factory.mktemp("handover") / "bot.sqlite3"


@pytest.fixture(scope="module")
def emu(bot_db: Path) -> Iterator[BotApiEmulator]:
    """The emulator and one running bot with an operator, their group and a console URL."""
    with BotApiEmulator(TOKEN) as emulator:
        emulator.add_chat(OPS_CHAT, "supergroup", title="Operators")
        with bot_process(emulator, bot_db, REFUNDBOT_OPERATORS=str(OPERATOR),
                         REFUNDBOT_OPERATORS_CHAT=str(OPS_CHAT),
                         REFUNDBOT_OPERATORS_HOURS="Mon-Fri 09:00-18:00",
                         REFUNDBOT_OPERATORS_TZ="Europe/Moscow",
                         REFUNDBOT_HANDOVER_PER_DAY="2", REFUNDBOT_CONSOLE_URL=CONSOLE):
            emulator.wait_until_polling(timeout=60)
            yield emulator


class Buyer:
    """A buyer in their private chat with the running bot."""

    def __init__(self, emu: BotApiEmulator, user_id: int, lang: str = "en",
                 username: str | None = None) -> None:
        self.emu, self.id, self.lang, self.username = emu, user_id, lang, username

    def send(self, text: str, expect: str) -> str:
        """Send a text; return the bot's answer containing `expect`."""
        mark = self.emu.mark()
        self.emu.user_sends(self.id, text, language_code=self.lang, username=self.username)
        return self.emu.wait_for_text(self.id, expect, WAIT, since=mark).text

    def settle(self) -> None:
        """Wait until the bot has done everything the buyer's earlier updates asked for.

        A user's updates are handled in order, so once a /help sent now is answered, the
        case's post is on record (an operator cannot answer a post faster than that anyway).
        """
        self.send("/help", "")

    def click(self, label: str, expect: str) -> str:
        """Press a button on the newest message that has it; return the answer."""
        mark = self.emu.mark()
        self.emu.click_button(self.id, label)
        return self.emu.wait_for_text(self.id, expect, WAIT, since=mark).text

    def texts(self) -> list[str]:
        """Everything the bot has said to the buyer."""
        return [m.get("text", "") for m in self.emu.messages(self.id)]


def post_of(emu: BotApiEmulator, buyer: int) -> dict[str, Any]:
    """The newest case post about a buyer in the operators' group."""
    return [m for m in emu.messages(OPS_CHAT)
            if f"🙋 {buyer} " in m.get("text", "") and "asks for a person" in m["text"]][-1]


def in_group(emu: BotApiEmulator, who: int, text: str, expect: str,
             to: dict[str, Any] | None = None) -> str:
    """`who` writes in the operators' group (replying to `to`); return the bot's post there
    containing `expect`."""
    fields: dict[str, Any] = {"text": text}
    if to is not None:
        fields["reply_to_message"] = to
    if text.startswith("/"):
        fields["entities"] = [{"type": "bot_command", "offset": 0,
                               "length": len(text.split()[0])}]
    mark = emu.mark()
    emu.user_sends_message(who, chat_id=OPS_CHAT, chat_type="supergroup", **fields)
    return emu.wait_for_text(OPS_CHAT, expect, WAIT, since=mark).text


def db_rows(db_path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Rows of the bot's database, read from outside as an operator would."""
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


LANGS = {
    "en": {"ask": "can I talk to a human?", "told": "not AliExpress staff",
           "hours": "Mon-Fri 09:00-18:00 (Europe/Moscow)", "reply": "Hi, what is wrong with it?",
           "support": "💬 Support team: ", "answer": "The kettle leaks",
           "passed": "✉️ Passed on to the support team.", "closed": "closed this conversation",
           "menu": "What happened"},
    "ru": {"ask": "дай мне оператора", "told": "не сотрудники AliExpress",
           "hours": "Mon-Fri 09:00-18:00 (Europe/Moscow)", "reply": "Здравствуйте! Что с ним?",
           "support": "💬 Служба поддержки: ", "answer": "Чайник протекает",
           "passed": "✉️ Передал службе поддержки.", "closed": "закрыла этот разговор",
           "menu": "Что случилось"},
}


@pytest.mark.parametrize(("lang", "user_id", "username"), [("en", 1001, "alice"),
                                                           ("ru", 2002, None)])
def test_a_buyer_asks_for_a_person_and_the_conversation_goes_both_ways_until_close(
        emu: BotApiEmulator, lang: str, user_id: int, username: str | None) -> None:
    says, buyer = LANGS[lang], Buyer(emu, user_id, lang, username)
    mark = emu.mark()
    told = buyer.send(says["ask"], says["told"])
    assert says["hours"] in told
    case = emu.wait_for_text(OPS_CHAT, f"🙋 {user_id}", WAIT, since=mark).text
    label = f"{user_id} (@{username})" if username else str(user_id)
    assert case.startswith(f"🙋 {label} asks for a person (case ")
    assert f"Language: {lang}." in case
    assert f"Transcript: {CONSOLE}bot/transcript?user={user_id}\n" in case

    buyer.settle()
    mark = emu.mark()
    in_group(emu, OPERATOR, says["reply"], f"✅ Sent to {label}.", to=post_of(emu, user_id))
    emu.wait_for_text(user_id, says["support"] + says["reply"], WAIT, since=mark)

    mark = emu.mark()
    assert buyer.send(says["answer"], says["passed"]) == says["passed"]
    relayed = emu.wait_for_text(OPS_CHAT, says["answer"], WAIT, since=mark).text
    assert relayed.startswith(f"💬 {label} (case ") and relayed.endswith(f"): {says['answer']}")

    mark = emu.mark()
    assert "is closed" in in_group(emu, OPERATOR, f"/close {user_id}", f"of {label} is closed")
    emu.wait_for_text(user_id, says["closed"], WAIT, since=mark)
    menu = buyer.send("/start", says["menu"])
    assert says["passed"] not in menu and says["support"] not in menu


def test_back_to_the_bot_closes_the_case_and_text_goes_to_the_bot_again(
        emu: BotApiEmulator) -> None:
    buyer = Buyer(emu, 2003, "ru")
    buyer.send("/human", "не сотрудники AliExpress")
    mark = emu.mark()
    assert "Вы снова с ботом" in buyer.click("Вернуться к боту", "Вы снова с ботом")
    emu.wait_for_text(OPS_CHAT, "2003 went back to the bot", WAIT, since=mark)
    answer = buyer.send("посылка не пришла", "")
    assert "Передал службе поддержки" not in answer


def test_a_strangers_reply_to_the_post_reaches_nobody(emu: BotApiEmulator, bot_db: Path) -> None:
    buyer = Buyer(emu, 3003)
    buyer.send("/human", "not AliExpress staff")
    buyer.settle()
    post = emu.wait_for_text(OPS_CHAT, "🙋 3003 ", WAIT).result
    before = buyer.texts()
    # Updates in a group are handled in order: once the operator's reply is through, the
    # stranger's reply and /reply before it were handled too.
    emu.user_sends_message(STRANGER, chat_id=OPS_CHAT, chat_type="supergroup",
                           text="I am not an operator", reply_to_message=post)
    emu.user_sends(STRANGER, "/reply 3003 hello from a stranger", chat_id=OPS_CHAT,
                   chat_type="supergroup")
    mark = emu.mark()
    in_group(emu, OPERATOR, "The real answer", "✅ Sent to 3003.", to=post)
    emu.wait_for_text(3003, "💬 Support team: The real answer", WAIT, since=mark)
    assert buyer.texts() == [*before, "💬 Support team: The real answer"]
    refused = db_rows(bot_db, "SELECT action FROM audit WHERE actor = ? AND allowed = 0",
                      f"tg:{STRANGER}")
    assert sorted(refused) == [("reply",), ("reply",)]


def test_a_buyer_cannot_open_more_cases_a_day_than_the_limit(emu: BotApiEmulator,
                                                             bot_db: Path) -> None:
    buyer = Buyer(emu, 4004)
    for _round in range(2):
        buyer.send("/human", "not AliExpress staff")
        buyer.click("Back to the bot", "back with the bot")
    refused = buyer.send("/human", "2 times today")
    assert "Contact now" in refused
    cases = [m for m in emu.messages(OPS_CHAT) if m.get("text", "").startswith("🙋 4004 ")]
    assert len(cases) == 2
    assert db_rows(bot_db, "SELECT COUNT(*) FROM handovers WHERE user_id = 4004") == [(2,)]


def test_forget_erases_the_case_and_a_later_reply_reaches_nobody(emu: BotApiEmulator,
                                                                 bot_db: Path) -> None:
    buyer = Buyer(emu, 5005)
    buyer.send("/human", "not AliExpress staff")
    buyer.settle()
    post = emu.wait_for_text(OPS_CHAT, "🙋 5005 ", WAIT).result
    in_group(emu, OPERATOR, "Hello", "✅ Sent to 5005.", to=post)
    buyer.send("/forget", "")
    buyer.click("Yes", "Deleted")
    for table in ("handovers", "handover_posts", "messages", "users"):
        assert db_rows(bot_db, f"SELECT COUNT(*) FROM {table} WHERE "
                            f"{'id' if table == 'users' else 'user_id'} = 5005") == [(0,)], table
    before = buyer.texts()
    emu.user_sends_message(OPERATOR, chat_id=OPS_CHAT, chat_type="supergroup",
                           text="Are you there?", reply_to_message=post)
    assert "I have no user 5005." in in_group(emu, OPERATOR, "/close 5005", "no user 5005")
    assert buyer.texts() == before
