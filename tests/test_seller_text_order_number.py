"""The order number a buyer typed fills the blank of the message drafted for the seller."""

from __future__ import annotations

from tests.support.chat import Chat

ORDER = "8123456789012345"


async def test_a_typed_order_number_goes_into_the_sellers_message(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send(f"order {ORDER} never came, the tracking has shown nothing for 3 weeks "
                    "and protection ends in 4 days")
    seller = chat.last_text()
    assert f"order No. {ORDER}" in seller
    assert "[ORDER NUMBER]" not in seller
    assert "[TRACKING NUMBER]" in seller  # a blank the buyer did not fill stays for them


async def test_russian_buyer_gets_the_number_in_the_english_draft(ru: Chat) -> None:
    await ru.send("/start")
    await ru.send(f"Номер заказа: {ORDER}. Посылка не пришла, трек не обновляется уже 3 недели, "
                  "защита кончается через 4 дня")
    seller = ru.last_text()
    assert f"order No. {ORDER}" in seller and "[ORDER NUMBER]" not in seller


async def test_without_a_number_the_blank_stays(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("my parcel never came, the tracking has shown nothing for 3 weeks "
                    "and protection ends in 4 days")
    assert "order No. [ORDER NUMBER]" in chat.last_text()


async def test_the_number_stays_after_the_buyer_corrects_a_fact(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send(f"order {ORDER} never came, the tracking has shown nothing for 3 weeks "
                    "and protection ends in 4 days")
    await chat.click('✏️ Change "A few days"')
    await chat.click("More than a week")
    seller = chat.last_text()
    assert seller.startswith("Hello!") and f"order No. {ORDER}" in seller
