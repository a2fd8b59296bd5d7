"""Questions before buying (twenty-eighth cycle): opening a dispute is the protection's subject,
the money kept safe or refunded on its own is the protection, how long a parcel or a seller
takes is the delivery, a store's badge, reviews, followers' coupons and fakes are the store; a
question that states the buyer's own order names no topic. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import basics_topic, understand

TODAY = date(2026, 12, 7)

# (language, question before buying, the topic its rows give: None = no one topic)
TOPIC_ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "how many days after it arrives can i still open a dispute?", "protection"),
    ("en", "after delivery, how long do i have to file a dispute", "protection"),
    ("en", "if i order and the seller never sends it, am i refunded automatically?", "protection"),
    ("en", "is my money safe if the parcel gets lost?", "protection"),
    ("en", "how long do sellers take to ship normally?", "delivery"),
    ("en", "how long from china to lisbon on standard shipping", "delivery"),
    ("en", "my cousin's packages take ten weeks to Peru, is that typical?", "delivery"),
    ("en", "what does the top brand badge promise?", "store"),
    ("en", "the shop gives a coupon if i follow it, should i?", "store"),
    ("en", "are photo reviews genuine or paid for?", "store"),
    ("en", "how do you spot a fake seller of branded shoes?", "store"),
    ("en", "does aliexpress check the shops at all before they sell?", "store"),
    ("en", "is it a red flag when a seller wants to chat on telegram first?", "store"),
    ("en", "the store is two months old with 4.6 stars and a 93% rating, risky?", "store"),
    ("ru", "через сколько дней после получения ещё можно открыть спор?", "protection"),
    ("ru", "сколько дней действует защита покупателя?", "protection"),
    ("ru", "сколько обычно едет посылка до Омска?", "delivery"),
    ("ru", "через сколько дней магазины обычно отправляют заказ?", "delivery"),
    ("ru", "можно ли доставку курьером до двери, или только в пункт выдачи?", "delivery"),
    ("ru", "значок «Проверенный магазин» что-то гарантирует?", "store"),
    ("ru", "у продавца всего 5 отзывов, верить им?", "store"),
    ("ru", "магазин дарит скидку за подписку на него, не развод?", "store"),
    ("ru", "как отличить палёный магазин от нормального?", "store"),
    ("ru", "рейтинг магазина 4,6 — это нормально?", "store"),
    # two topics side by side stay without one
    ("en", "how long is shipping and can i trust this seller's rating?", None),
    ("ru", "сколько идёт доставка и можно ли верить отзывам?", None),
)


@pytest.mark.parametrize(("lang", "text", "topic"), TOPIC_ROWS)
def test_the_topic_of_a_question_before_buying(lang: str, text: str, topic: str | None) -> None:
    assert basics_topic(text, lang) == topic, text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how long does shipping to spain usually take? my order is awaiting shipment"),
    ("en", "how long does it take to reach Leeds? my tracking has shown nothing for 9 days"),
    ("ru", "сколько обычно идёт до Твери? у меня трек стоит 12 дней"),
    ("ru", "защита покупателя сколько дней? у меня осталось 3 дня защиты"),
])
def test_a_question_that_states_the_buyers_own_order_names_no_topic(lang: str, text: str) -> None:
    """A status, a silent parcel or a protection timer of one's own: the buyer's order, not a
    question before buying."""
    assert "basics_topic" not in understand(text, lang, TODAY).facts, text
