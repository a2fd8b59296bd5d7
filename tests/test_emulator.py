"""Tests for the local Bot API emulator used by end-to-end tests and benchmarks."""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from emulator.botapi import BotApiEmulator

CHAT = 4242


@pytest.fixture
def emu() -> Iterator[BotApiEmulator]:
    """Run a fresh emulator for one test."""
    with BotApiEmulator() as emulator:
        yield emulator


def api(emu: BotApiEmulator, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    """POST form-encoded params the way PTB does and return (status, body)."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    request = urllib.request.Request(
        f"{emu.url}/bot{emu.token}/{method}", data=urllib.parse.urlencode(form).encode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as err:
        return err.code, json.load(err)


def ok(emu: BotApiEmulator, method: str, **params: Any) -> Any:
    """Call a method that must succeed and return its result."""
    status, body = api(emu, method, **params)
    assert (status, body["ok"]) == (200, True), body
    return body["result"]


def test_get_me_and_unknown_method(emu: BotApiEmulator) -> None:
    me = ok(emu, "getMe")
    assert me["id"] == int(emu.token.split(":")[0])
    assert (me["is_bot"], me["username"]) == (True, "refund_guide_test_bot")
    status, body = api(emu, "frobnicate")
    assert (status, body["description"]) == (404, "Not Found: method not found")
    with urllib.request.urlopen(f"{emu.url}/bot{emu.token}/getMe?x=1") as response:
        assert json.load(response)["result"]["id"] == me["id"]
    request = urllib.request.Request(
        f"{emu.url}/bot{emu.token}/sendMessage", data=b'{"chat_id": "5", "text": "123"}',
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        assert json.load(response)["result"]["text"] == "123"
    assert emu.calls_of("sendMessage")[0].params == {"chat_id": 5, "text": "123"}
    with pytest.raises(urllib.error.HTTPError, match="401"):
        urllib.request.urlopen(f"{emu.url}/bot1:wrong/getMe")


def test_send_then_edit_and_not_modified(emu: BotApiEmulator) -> None:
    keyboard = {"inline_keyboard": [[{"text": "Yes", "callback_data": "y"}]]}
    sent = ok(emu, "sendMessage", chat_id=CHAT, text="123", reply_markup=keyboard)
    assert sent["text"] == "123" and sent["reply_markup"] == keyboard
    assert sent["from"]["id"] == emu.bot_id and sent["chat"]["id"] == CHAT
    edited = ok(emu, "editMessageText", chat_id=CHAT, message_id=sent["message_id"],
                text="<b>Done</b> &amp; dusted", parse_mode="HTML", reply_markup=keyboard)
    assert edited["text"] == "Done & dusted" and "edit_date" in edited
    status, body = api(emu, "editMessageText", chat_id=CHAT, message_id=sent["message_id"],
                       text="Done & dusted", reply_markup=keyboard)
    assert status == 400 and "message is not modified" in body["description"]
    ok(emu, "editMessageReplyMarkup", chat_id=CHAT, message_id=sent["message_id"])
    assert emu.messages(CHAT)[0]["text"] == "Done & dusted"
    assert "reply_markup" not in emu.messages(CHAT)[0]
    status, body = api(emu, "editMessageText", chat_id=CHAT, message_id=999, text="x")
    assert (status, body["description"]) == (400, "Bad Request: message to edit not found")
    status, body = api(emu, "sendMessage", chat_id=CHAT, text="<b>open", parse_mode="HTML")
    assert status == 400 and "can't parse entities" in body["description"]
    assert emu.last_text(CHAT) == "Done & dusted"


def test_get_updates_offset_limit_and_allowed(emu: BotApiEmulator) -> None:
    first = emu.user_sends(7, "/start@refund_guide_test_bot now")
    emu.user_sends(7, "hello")
    emu.push_update({"chat_member": {"chat": {"id": -1, "type": "group"}}})
    updates = ok(emu, "getUpdates", limit=1)
    assert [u["update_id"] for u in updates] == [first["update_id"]]
    entity = updates[0]["message"]["entities"][0]
    assert entity == {"type": "bot_command", "offset": 0, "length": len("/start@" + emu.username)}
    updates = ok(emu, "getUpdates")
    assert [u["message"]["text"] for u in updates] == ["/start@refund_guide_test_bot now", "hello"]
    assert ok(emu, "getUpdates", offset=updates[-1]["update_id"] + 1) == []
    emu.push_update({"chat_member": {"chat": {"id": -1, "type": "group"}}})
    kinds = ok(emu, "getUpdates", allowed_updates=["chat_member"])
    assert [next(k for k in u if k != "update_id") for u in kinds] == ["chat_member"]


def test_long_poll_wakes_on_push(emu: BotApiEmulator) -> None:
    started = threading.Event()
    received: list[Any] = []

    def poll() -> None:
        started.set()
        received.append(ok(emu, "getUpdates", timeout=5))

    poller = threading.Thread(target=poll)
    poller.start()
    started.wait(2)
    emu.wait_until_polling(timeout=2)
    pushed = emu.user_sends(9, "wake up")
    poller.join(timeout=3)
    assert not poller.is_alive()
    assert [u["update_id"] for u in received[0]] == [pushed["update_id"]]


def test_stop_releases_blocked_long_poll() -> None:
    received: list[Any] = []
    emulator = BotApiEmulator().start()
    poller = threading.Thread(target=lambda: received.append(api(emulator, "getUpdates",
                                                                 timeout=30)))
    poller.start()
    emulator.wait_until_polling(timeout=2)
    emulator.stop()
    poller.join(timeout=2)
    assert not poller.is_alive()
    assert received == [(200, {"ok": True, "result": []})]


def test_fault_injection_and_block(emu: BotApiEmulator) -> None:
    emu.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    status, body = api(emu, "sendMessage", chat_id=CHAT, text="hi")
    assert status == 429 and body["parameters"] == {"retry_after": 3}
    ok(emu, "sendMessage", chat_id=CHAT, text="hi")
    emu.fail_next("sendMessage", 400, "Bad Request: chat not found", chat_id=5, times=2)
    ok(emu, "sendMessage", chat_id=CHAT, text="other chat unaffected")
    assert [api(emu, "sendMessage", chat_id=5, text="x")[0] for _ in range(3)] == [400, 400, 200]
    emu.block_user(CHAT)
    status, body = api(emu, "sendMessage", chat_id=CHAT, text="hi")
    assert (status, body["description"]) == (403, "Forbidden: bot was blocked by the user")
    assert emu.calls_of("sendMessage")[-1].error_code == 403


def test_limits_mode_returns_retry_after() -> None:
    with BotApiEmulator(enforce_limits=True) as emulator:
        ok(emulator, "sendMessage", chat_id=1, text="a")
        status, body = api(emulator, "sendMessage", chat_id=1, text="b")
        assert status == 429 and body["parameters"]["retry_after"] >= 1
        statuses = [api(emulator, "sendMessage", chat_id=100 + i, text="x")[0] for i in range(30)]
        assert statuses.count(200) == 29 and statuses[-1] == 429
        assert emulator.too_many_requests == 2


def test_clicks_and_wait_helpers(emu: BotApiEmulator) -> None:
    keyboard = {"inline_keyboard": [[{"text": "✅ Confirm order", "callback_data": "ok:1"}]]}
    sent = ok(emu, "sendMessage", chat_id=CHAT, text="Confirm?", reply_markup=keyboard)
    update = emu.click_button(CHAT, "Confirm")
    query = update["callback_query"]
    assert (query["data"], query["message"]["message_id"]) == ("ok:1", sent["message_id"])
    assert ok(emu, "answerCallbackQuery", callback_query_id=query["id"]) is True
    assert api(emu, "answerCallbackQuery", callback_query_id=query["id"])[0] == 400
    assert emu.wait_for_text(CHAT, "Confirm?", timeout=1).result["message_id"] == sent["message_id"]
    with pytest.raises(AssertionError, match="sendMessage chat=4242"):
        emu.wait_for_text(CHAT, "never sent", timeout=0.05)
    with pytest.raises(AssertionError, match="no button"):
        emu.click_button(CHAT, "Cancel")


def test_group_admins_and_members(emu: BotApiEmulator) -> None:
    group = -1001234
    emu.user_sends(11, "hi all", chat_id=group, chat_type="supergroup", chat_title="Refunds",
                   message_thread_id=3)
    emu.set_chat_admins(group, [11, 12], creator_id=10)
    admins = ok(emu, "getChatAdministrators", chat_id=group)
    assert [(a["user"]["id"], a["status"]) for a in admins] == [
        (10, "creator"), (11, "administrator"), (12, "administrator")]
    assert ok(emu, "getChatMember", chat_id=group, user_id=13)["status"] == "member"
    chat = ok(emu, "getChat", chat_id=group)
    assert (chat["type"], chat["title"], chat["is_forum"]) == ("supergroup", "Refunds", True)
    reply = ok(emu, "sendMessage", chat_id=group, text="hello", message_thread_id=3)
    assert reply["message_thread_id"] == 3


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_real_ptb_bot_round_trip(emu: BotApiEmulator) -> None:
    async def scenario() -> None:
        async with telegram.Bot(emu.token, base_url=f"{emu.url}/bot") as bot:
            assert (await bot.get_me()).username == "refund_guide_test_bot"
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
            sent = await bot.send_message(CHAT, "Hello <i>there</i>", parse_mode="HTML",
                                          reply_markup=markup)
            assert sent.text == "Hello there" and sent.reply_markup == markup
            edited = await bot.edit_message_text("Bye", chat_id=CHAT, message_id=sent.message_id)
            assert isinstance(edited, telegram.Message) and edited.text == "Bye"
            with pytest.raises(telegram.error.BadRequest, match="not modified"):
                await bot.edit_message_text("Bye", chat_id=CHAT, message_id=sent.message_id)
            commands = [telegram.BotCommand("start", "Start over")]
            assert await bot.set_my_commands(commands)
            assert await bot.get_my_commands() == tuple(commands)
            doc = await bot.send_document(CHAT, b"\x00PDF\r\n\xff", filename="claim.pdf")
            assert doc.document is not None and doc.document.file_name == "claim.pdf"
            assert (await bot.get_chat(CHAT)).type == "private"
            emu.fail_next("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2)
            with pytest.raises(telegram.error.RetryAfter):
                await bot.send_message(CHAT, "flood")
            emu.block_user(CHAT)
            with pytest.raises(telegram.error.Forbidden):
                await bot.send_message(CHAT, "blocked")

    asyncio.run(scenario())
    upload = emu.calls_of("sendDocument")[0].params["document"]
    assert upload.content == b"\x00PDF\r\n\xff"
    assert emu.my_commands() == [{"command": "start", "description": "Start over"}]
