"""Without operators, asking for a person explains AliExpress's own channels, honestly."""

from __future__ import annotations

from tests.support.chat import Chat


async def test_no_operators_means_no_promise(chat: Chat) -> None:
    await chat.send("I need a real person")
    said = chat.last_text()
    assert "nobody here will write back" in said
    assert '"Contact now"' in said and '"Open dispute"' in said
    await chat.send("/start")
    assert "Passed on" not in chat.last_text()


async def test_not_understood_offers_a_person(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("qwerty zxcv")
    assert chat.buttons()[-1] == "🙋 Talk to a person"
    await chat.click("Talk to a person")
    assert "nobody here will write back" in chat.last_text()
