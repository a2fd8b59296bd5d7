"""The emulator misbehaves on request: injected errors, broken connections, poison updates."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from telegram import Update

from emulator.botapi import BotApiEmulator

CHAT = 77


@pytest.fixture
def emu() -> Iterator[BotApiEmulator]:
    """A listening emulator."""
    with BotApiEmulator() as emulator:
        yield emulator


def post(emu: BotApiEmulator, method: str, timeout: float = 5.0, **params: Any) -> Any:
    """One call as PTB makes it; returns (status, body) or raises the connection error."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    request = urllib.request.Request(f"{emu.url}/bot{emu.token}/{method}",
                                     data=urllib.parse.urlencode(form).encode())
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as err:
        return err.code, json.load(err)


@pytest.mark.parametrize(("fault", "code"), [("429", 429), ("500", 500), ("502", 502)])
def test_error_answers_do_nothing(emu: BotApiEmulator, fault: str, code: int) -> None:
    emu.fault_rate, emu.faults = 1.0, (fault,)
    status, body = post(emu, "sendMessage", chat_id=CHAT, text="hi")
    assert status == code and not body["ok"] and emu.messages(CHAT) == []
    if code == 429:
        assert body["parameters"]["retry_after"] == 1


def test_a_reset_after_the_effect_loses_only_the_answer(emu: BotApiEmulator) -> None:
    emu.fault_rate, emu.faults = 1.0, ("reset_after",)
    with pytest.raises((ConnectionError, urllib.error.URLError)):
        post(emu, "sendMessage", chat_id=CHAT, text="hi")
    assert [m["text"] for m in emu.messages(CHAT)] == ["hi"]


def test_a_reset_before_the_effect_loses_everything(emu: BotApiEmulator) -> None:
    emu.fault_rate, emu.faults = 1.0, ("reset_before",)
    with pytest.raises((ConnectionError, urllib.error.URLError)):
        post(emu, "sendMessage", chat_id=CHAT, text="hi")
    assert emu.messages(CHAT) == []


def test_a_timeout_outlasts_the_client(emu: BotApiEmulator) -> None:
    emu.fault_rate, emu.faults, emu.timeout_delay = 1.0, ("timeout",), 0.5
    with pytest.raises((TimeoutError, urllib.error.URLError)):
        post(emu, "sendMessage", timeout=0.1, chat_id=CHAT, text="hi")
    assert emu.messages(CHAT) == []


def test_late_presses_and_vanished_messages_get_telegrams_400s(emu: BotApiEmulator) -> None:
    emu.fault_rate, emu.faults = 1.0, ("400_expected",)
    status, body = post(emu, "answerCallbackQuery", callback_query_id="1")
    assert status == 400 and "query is too old" in body["description"]
    status, body = post(emu, "editMessageText", chat_id=CHAT, message_id=1, text="x")
    assert status == 400 and "message to edit not found" in body["description"]
    emu.fault_rate = 0.0
    assert post(emu, "sendMessage", chat_id=CHAT, text="ok")[0] == 200


@pytest.mark.parametrize("kind", ["poll_answer", "poll"])
def test_poison_updates_do_not_parse_in_this_library(emu: BotApiEmulator, kind: str) -> None:
    raw = emu.push_poison(kind)
    with pytest.raises(TypeError):
        Update.de_json(raw, None)  # type: ignore[arg-type]
    status, body = post(emu, "getUpdates")
    assert status == 200 and body["result"][0]["update_id"] == raw["update_id"]
