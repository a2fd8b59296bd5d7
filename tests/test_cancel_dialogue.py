"""The cancel scenario through a real PTB Application, as a user would walk it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support.chat import Chat


async def test_start_greets_and_shows_menu(chat: Chat) -> None:
    await chat.send("/start")
    assert "Refund Guide" in chat.transcript()
    assert "What happened with your order?" in chat.last_text()
    assert "❌ Cancel a paid order" in chat.buttons()


async def test_payment_being_verified_refund_starts_at_once(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Payment being verified")
    text = chat.last_text()
    assert "refund starts at once" in text
    assert "doesn't need to confirm" in text
    assert "What to do now" in text
    assert "⬅️ Main menu" in chat.buttons()


async def test_awaiting_shipment_needs_seller_and_neutral_reason(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Awaiting shipment")
    advice = chat.texts()[-2]
    assert "seller has to confirm" in advice
    assert "doesn't blame the seller" in advice
    assert "10 business days" in advice and "up to 20" in advice
    seller = chat.last_text()
    assert seller.startswith("Hello! I would like to cancel order No. [ORDER NUMBER]")


async def test_shipped_cannot_cancel_and_lists_options(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Shipped")
    text = chat.last_text()
    assert "can no longer be cancelled" in text
    assert "open a dispute" in text
    assert "countdown" in text


async def test_fake_shipped_dispute_is_the_only_route(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Shipped")
    assert "\"Shipped\" status may be fake" in chat.last_text()
    await chat.click("Tracking doesn't work")
    advice = chat.texts()[-2]
    assert "The only way to get your money back is a dispute" in advice
    assert "about a week after the seller ships" in advice and "5, 6, 10 or 11 days" in advice
    assert "What to do now:" in advice
    assert "[TRACKING NUMBER]" in chat.last_text()
    await chat.click("Item-not-received guide")
    assert "what does the tracking show?" in chat.last_text()


async def test_shipped_parcel_late_opens_not_received_flow(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Shipped")
    await chat.click("Parcel is late or lost")
    assert "what does the tracking show?" in chat.last_text()


@pytest.mark.parametrize("status", ["Payment being verified", "Awaiting shipment", "Shipped"])
async def test_english_quotes_ui_names_with_straight_quotes(chat: Chat, status: str) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click(status)
    shown = "\n".join(t for t in chat.texts()[-2:] if "\n\n» " not in t)
    assert "«" not in shown and "»" not in shown
    assert f'Status "{status}"' in shown


async def test_seller_refused_leads_to_shipped_advice(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Awaiting shipment")
    await chat.click("Seller refused")
    assert "can no longer be cancelled" in chat.last_text()


async def test_not_sure_explains_where_to_find_status(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Not sure")
    assert "My Orders" in chat.last_text()
    assert chat.buttons()[:3] == [
        "Payment being verified", "Awaiting shipment", "Shipped / Awaiting delivery"]


async def test_russian_user_gets_russian_walkthrough(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=2002, language_code="ru-RU")
    await ru.send("/start")
    assert "Что случилось с заказом?" in ru.last_text()
    await ru.click("Отменить оплаченный заказ")
    await ru.click("Ожидает отправки")
    advice = ru.texts()[-2]
    assert "должен подтвердить продавец" in advice
    assert "10 рабочих дней" in advice
    assert "«Отменить заказ»" in advice and '"' not in advice
    assert ru.last_text().startswith("Hello! I would like to cancel")  # seller text stays English
    await ru.click("Продавец отказал")
    await ru.click("Трек-номер не работает")
    fake = ru.texts()[-2]
    assert "только через спор" in fake and "5, 6, 10 или 11 дней" in fake


async def test_pressed_message_keeps_choice_and_loses_keyboard(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    menu = chat.emu.messages(chat.user_id)[-2]
    assert menu["text"].endswith("\n\n» ❌ Cancel a paid order")
    assert "reply_markup" not in menu or not menu["reply_markup"].get("inline_keyboard")


async def test_cancel_command_returns_to_menu_from_anywhere(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Shipped")
    await chat.send("/cancel")
    assert "What happened with your order?" in chat.last_text()


async def test_language_switch_persists(chat: Chat) -> None:
    await chat.send("/language")
    await chat.click("Русский")
    assert "Что случилось с заказом?" in chat.last_text()
    await chat.send("/help")
    assert "/cancel – Прервать и вернуться в меню" in chat.last_text()


@pytest.mark.parametrize("command", ["/help", "/privacy"])
async def test_info_commands_keep_the_current_step(chat: Chat, command: str) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.send(command)
    assert "Payment being verified" in chat.buttons()
    await chat.click("Payment being verified")
    assert "refund starts at once" in chat.last_text()
