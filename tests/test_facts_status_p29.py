"""An order status that is no status of the order (twenty-ninth pass): part of the order shipped
or cancelled, two statuses compared, a status asked about or still to come. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from flows.understanding import extract_facts

ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "the store shipped just 3 of the 4 things i bought, nothing here yet", None),
    ("en", "seller cancelled two of the five items, out of stock, do i get that money?", None),
    ("en", "what is the difference between awaiting shipment and awaiting delivery?", None),
    ("en", "how will i know my order has shipped? i only paid today", None),
    ("en", "the seller told me the status will be shipped by friday", None),
    ("ru", "продавец отправил только три вещи из шести, пока ничего не пришло", None),
    ("ru", "в чём разница между «Ожидает отправки» и «В пути»?", None),
    ("ru", "магазин отменил одну позицию из двух, а остальное?", None),
    # the order's own status still reads beside them
    ("ru", "продавец отменил одну вещь из трёх? или весь заказ отменён? в приложении «Отменён»",
     "cancelled"),
    ("en", "the order says awaiting shipment for 9 days now", "awaiting"),
    ("ru", "заказ «Отправлен» уже две недели, трек стоит", "shipped"),
)


@pytest.mark.parametrize(("lang", "text", "status"), ROWS)
def test_a_status_that_is_not_the_orders(lang: str, text: str, status: str | None) -> None:
    assert extract_facts(text, lang).get("order_status") == status, text

