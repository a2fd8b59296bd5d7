"""Long advice is split at paragraph boundaries under Telegram's limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.textsplit import TELEGRAM_LIMIT, split_text, utf16_len
from flows.engine import diagrams
from flows.engine import machine as engine

ROOT = Path(__file__).resolve().parent.parent


def test_short_text_is_one_message() -> None:
    assert split_text("one\n\ntwo") == ["one\n\ntwo"]


def test_splits_at_paragraphs_and_keeps_every_character() -> None:
    paragraphs = [f"Paragraph {i}: " + "x" * 900 for i in range(12)]
    text = "\n\n".join(paragraphs)
    parts = split_text(text)
    assert len(parts) > 1
    assert all(len(p) <= TELEGRAM_LIMIT for p in parts)
    assert all(p.startswith("Paragraph ") for p in parts)
    assert "\n\n".join(parts) == text


@pytest.mark.parametrize("sep", ["\n", " "])
def test_falls_back_to_lines_then_words(sep: str) -> None:
    text = sep.join(["word" * 50] * 100)
    parts = split_text(text, limit=1000)
    assert all(len(p) <= 1000 for p in parts)
    assert sep.join(parts) == text


def test_a_single_huge_word_is_cut_hard() -> None:
    parts = split_text("y" * 9000)
    assert [len(p) for p in parts] == [4096, 4096, 808]


async def test_long_screen_arrives_as_several_messages(chat, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("bot.dialogue.service.split_text", lambda text: split_text(text, limit=300))
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Awaiting shipment")
    texts = chat.texts()
    assert all(len(t) <= 300 for t in texts)
    assert "doesn't blame the seller" in chat.transcript()


def test_readme_links_every_flow_diagram() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for flow in engine.FLOWS:
        link = diagrams.diagram_path(flow).relative_to(ROOT).as_posix()
        assert f"({link})" in readme, f"README does not link {link}"


def test_length_is_counted_in_utf16_units_as_telegram_does() -> None:
    assert utf16_len("📦 посылка") == 10
    text = "\n\n".join(["📦" * 1500, "🧺" * 1500, "ok"])
    parts = split_text(text)
    assert [utf16_len(p) for p in parts] == [3000, 3004]
    assert "\n\n".join(parts) == text


def test_a_hard_cut_never_splits_an_emoji_in_half() -> None:
    parts = split_text("a" + "📦" * 3000)
    assert all(utf16_len(p) <= TELEGRAM_LIMIT for p in parts)
    assert [utf16_len(p) for p in parts] == [4095, 1906]
    assert "".join(parts) == "a" + "📦" * 3000
