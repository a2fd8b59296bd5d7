"""The screenshot extractor on OCR'd text (flows/understanding/screenshot.py): table tests.

The texts are written here from the glossary in refund-rules.md, with the kind of noise
Tesseract leaves (split lines, icons, O for 0); none comes from the benchmark's images.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from flows.understanding.screenshot import intent, read_screenshot
from flows.understanding.screenshot_reply import BLURRY, NOT_ALIEXPRESS, read

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(("text", "status", "value"), [
    ("Order details\nAwaiting delivery\nOrder ID: 8187441200938765", "Awaiting delivery",
     "shipped"),
    ("AliExpress\n< Awaiting shipment >", "Awaiting shipment", "awaiting"),
    ("AliExpress\nStatus: Payment being verified", "Payment being verified", "verifying"),
    ("AliExpress\nCompleted", "Completed", "completed"),
    ("AliExpress\nFinished", "Finished", "completed"),
    ("AliExpress\nOrder cancelled", "Order cancelled", "cancelled"),
    ("AliExpress\nСтатус заказа: Ожидает отправки", "Ожидает отправки", "awaiting"),
    ("АлиЭкспресс\nВ пути", "В пути", "shipped"),
    ("AliExpress\nОтправлено", "Отправлено", "shipped"),
    ("AliExpress\nЗавершён", "Завершён", "completed"),
    ("AliExpress\nЗаказ закрыт", "Заказ закрыт", "completed"),
    ("AliExpress\nПроверка платежа", "Проверка платежа", "verifying"),
])
def test_status_names_of_the_app_and_the_website(text: str, status: str, value: str) -> None:
    shot = read_screenshot(text, TODAY)
    assert (shot.status, shot.facts.get("order_status")) == (status, value)


@pytest.mark.parametrize(("line", "status"), [
    ("Completed   Leave feedback", "Completed"), ("Завершён Купить снова", "Завершён"),
    ("Завершён. Оставить отзыв.", "Завершён"), ("Completed Open dispute,", "Completed"),
    ("Завершён ‘Открыть спор", "Завершён"),
])
def test_a_status_with_its_button_beside_it(line: str, status: str) -> None:
    shot = read_screenshot(f"AliExpress\n{line}", TODAY)
    assert shot.status == status and shot.facts["order_status"] == "completed"


def test_a_clock_tesseract_could_not_read_keeps_the_days_but_not_the_countdown() -> None:
    shot = read_screenshot("AliExpress\nShipped\nBuyer Protection: 6 days ©@:1:7", TODAY)
    assert shot.left is None and shot.facts["protection_left"] == "days"


@pytest.mark.parametrize(("line", "days"), [("Confirm receipt within 17 days 95:11:17", 17),
                                           ("Защита покупателя: 12 дн. 31:05:09", 12)])
def test_hours_of_24_or_more_after_a_day_count_keep_the_days_but_not_the_countdown(
        line: str, days: int) -> None:
    shot = read_screenshot(f"AliExpress\nShipped\n{line}", TODAY)
    assert shot.left is None and shot.facts["protection_hours"] == str(days * 24)


def test_the_seller_timer_first_then_buyer_protection_further_down() -> None:
    text = ("AliExpress\nShips within 2 days 01:00:00\nBuyer Protection\nends in\n"
            "20 days 03:00:00")
    assert read_screenshot(text, TODAY).left == timedelta(days=20, hours=3)


def test_an_order_number_and_a_glossary_button_make_a_page() -> None:
    shot = read_screenshot("Order number: 3051234567890123\nConfirm receipt", TODAY)
    assert shot.page and shot.order == "3051234567890123"


def test_awaiting_payment_is_read_but_is_no_order_status_fact() -> None:
    shot = read_screenshot("AliExpress\nAwaiting payment", TODAY)
    assert shot.status == "Awaiting payment" and "order_status" not in shot.facts


def test_two_different_statuses_on_one_page_give_none() -> None:
    shot = read_screenshot("AliExpress\nShipped\nCompleted", TODAY)
    assert shot.status is None and "order_status" not in shot.facts


def test_a_status_word_inside_a_sentence_is_not_the_status() -> None:
    shot = read_screenshot("AliExpress\nYour parcel has shipped from the warehouse", TODAY)
    assert "order_status" not in shot.facts


@pytest.mark.parametrize(("line", "left"), [
    ("Buyer Protection: 12 days 05:31:09", timedelta(days=12, hours=5, minutes=31, seconds=9)),
    ("Buyer protection 12d 05:31:09", timedelta(days=12, hours=5, minutes=31, seconds=9)),
    ("Buyer Protection: 12 days", timedelta(days=12)),
    ("Buyer Protection ends in 2 days 5 hours 10 min", timedelta(days=2, hours=5, minutes=10)),
    ("Защита покупателя: осталось 12 дн. 05:31:09",
     timedelta(days=12, hours=5, minutes=31, seconds=9)),
    ("Защита покупателя 3 дня 07:15", timedelta(days=3, hours=7, minutes=15)),
    ("Срок защиты заказа: 1 день", timedelta(days=1)),
])
def test_countdown_forms(line: str, left: timedelta) -> None:
    shot = read_screenshot(f"AliExpress\nAwaiting delivery\n{line}", TODAY)
    assert shot.left == left and shot.protection
    assert shot.facts["protection_hours"] == str(int(left.total_seconds() // 3600))


def test_the_automatic_confirmation_timer_is_the_protection_countdown() -> None:
    shot = read_screenshot("AliExpress\nShipped\nThe order will be automatically confirmed "
                           "as received in 9 days 02:00:00", TODAY)
    assert shot.left == timedelta(days=9, hours=2) and shot.protection


def test_refund_completed_after_a_cancellation_is_no_dispute() -> None:
    shot = read_screenshot("AliExpress\nOrder cancelled\nRefund completed", TODAY)
    assert "dispute" not in shot.facts and shot.facts["order_status"] == "cancelled"


def test_a_countdown_wrapped_onto_two_lines() -> None:
    shot = read_screenshot("AliExpress\nВ пути\nЗащита покупателя: осталось 4 дн.\n"
                           "02:10:05\nНомер заказа: 5012773499210456", TODAY)
    assert shot.left == timedelta(days=4, hours=2, minutes=10, seconds=5)


def test_the_confirm_receipt_timer_is_the_protection_countdown() -> None:
    shot = read_screenshot("AliExpress\nShipped\nConfirm receipt within 6 days 03:00:00", TODAY)
    assert shot.left == timedelta(days=6, hours=3) and shot.protection


def test_an_unlabelled_countdown_on_a_shipped_order_is_buyer_protection() -> None:
    shot = read_screenshot("AliExpress\nShipped\n11 days 02:03:04\nOrder ID: 8187441200938765",
                           TODAY)
    assert shot.left == timedelta(days=11, hours=2, minutes=3, seconds=4)


def test_an_unlabelled_countdown_before_shipping_is_not() -> None:
    shot = read_screenshot("AliExpress\nAwaiting shipment\n2 days 02:03:04", TODAY)
    assert shot.left is None


def test_hours_read_as_4_before_minutes() -> None:
    shot = read_screenshot("AliExpress\nВ пути\nСрок защиты заказа: 12 дн. 05 4 31 мин", TODAY)
    assert shot.left == timedelta(days=12, hours=5, minutes=31)


def test_a_tracking_event_under_its_date_is_not_the_order_status() -> None:
    shot = read_screenshot("AliExpress\nTracking number: LP00112233445566\n24 Nov 2026 10:00\n"
                           "Delivered", TODAY.replace(day=30))
    assert "order_status" not in shot.facts and shot.facts["tracking"] == "delivered"


def test_a_bare_clock_under_the_protection_label_counts() -> None:
    shot = read_screenshot("AliExpress\nBuyer Protection\n05:31:09", TODAY)
    assert shot.left == timedelta(hours=5, minutes=31, seconds=9)
    assert shot.facts["protection_left"] == "hours"


def test_the_sellers_shipping_timer_is_not_buyer_protection() -> None:
    shot = read_screenshot("AliExpress\nAwaiting shipment\nShips within 3 days 05:10:00", TODAY)
    assert shot.left is None and "protection_left" not in shot.facts


def test_a_countdown_with_no_protection_words_is_not_claimed() -> None:
    shot = read_screenshot("AliExpress\nFlash sale ends in 2 days 05:00:00", TODAY)
    assert shot.left is None and "protection_hours" not in shot.facts


@pytest.mark.parametrize(("text", "number"), [
    ("AliExpress\nOrder ID: 8187 4412 0093 8765 Copy", "8187441200938765"),
    ("AliExpress\nOrder number\n3051234567890123", "3051234567890123"),
    ("AliExpress\nOrder No. 81874412OO938765", "8187441200938765"),
    ("AliExpress\nНомер заказа: 5012 7734 9921 0456", "5012773499210456"),
    ("AliExpress\n№ заказа 5012773499210456", "5012773499210456"),
])
def test_order_numbers_by_their_labels(text: str, number: str) -> None:
    assert read_screenshot(text, TODAY).order == number


def test_a_long_number_without_a_label_is_not_an_order_number() -> None:
    assert read_screenshot("AliExpress\nTracking number 8187441200938765", TODAY).order is None


def test_the_latest_tracking_event_with_its_date() -> None:
    text = ("AliExpress\nTracking\n18 Nov 2026 10:23 Arrived in destination country\n"
            "10 Nov 2026 08:00 Departed from sorting center")
    shot = read_screenshot(text, TODAY)
    assert shot.facts["tracking"] == "in_country" and shot.event_day == date(2026, 11, 18)
    assert shot.facts["tracking_quiet_days"] == "2"


def test_a_tracking_date_on_its_own_line_above_the_event() -> None:
    shot = read_screenshot("AliExpress\n19 ноября\nВручено адресату", TODAY)
    assert shot.facts["tracking"] == "delivered" and shot.event_day == date(2026, 11, 19)


def test_tracking_silent_for_weeks_is_dead() -> None:
    shot = read_screenshot("AliExpress\n2026-10-01 Departed from the origin country", TODAY)
    assert shot.facts["tracking"] == "dead"


@pytest.mark.parametrize(("line", "state"), [
    ("Awaiting seller's response", "opened"),
    ("Ожидает ответа продавца", "opened"),
    ("Seller rejected your request", "refused"),
    ("Dispute escalated", "escalated"),
    ("Спор обострён", "escalated"),
    ("Refund completed", "won"),
    ("Предложение продавца", "offer"),
])
def test_dispute_states(line: str, state: str) -> None:
    shot = read_screenshot(f"AliExpress\nDispute\n{line}", TODAY)
    assert shot.facts["dispute"] == state and intent(shot) == ("dispute", ())


@pytest.mark.parametrize("text", [
    "12:05\nWeather\nBerlin\nCloudy 7°\nSunrise 07:58",
    "Amazon\nYour orders\nShipped\nOrder # 113-1234567-1234567",
    "Timer\n2 days 05:31:09\nStart",
    "Chat\nAnna: the parcel was shipped yesterday\nMe: ok",
    "Completed\nSteps 10 432",
])
def test_pages_that_are_not_aliexpress_claim_nothing(text: str) -> None:
    shot = read_screenshot(text, TODAY)
    assert not shot.page and not shot.facts and shot.order is None and shot.left is None


def test_two_signals_make_a_page_without_the_brand_name() -> None:
    shot = read_screenshot("Awaiting delivery\nBuyer Protection: 3 days 01:00:00", TODAY)
    assert shot.page and shot.facts["order_status"] == "shipped"


@pytest.mark.parametrize(("facts", "expected"), [
    ({"order_status": "awaiting"}, ("notshipped", ())),
    ({"order_status": "shipped"}, ("notreceived", ())),
    ({"tracking": "in_country"}, ("notreceived", ())),
    ({"order_status": "completed"}, (None, ("notreceived", "wrongitem"))),
])
def test_the_case_a_page_points_to(facts: dict[str, str],
                                   expected: tuple[str | None, tuple[str, ...]]) -> None:
    lines = {"awaiting": "Awaiting shipment", "shipped": "Shipped", "completed": "Completed"}
    text = "AliExpress\n" + lines.get(facts.get("order_status", ""), "")
    if "tracking" in facts:
        text += "\n18 Nov 2026 Import customs clearance"
    assert intent(read_screenshot(text, TODAY)) == expected


def test_caption_and_image_that_disagree_drop_the_fact_and_say_so() -> None:
    said = read("AliExpress\nAwaiting shipment\nOrder ID: 8187441200938765",
                "the seller already shipped it", "en", TODAY)
    assert said.heard is not None and "order_status" not in said.heard.facts
    assert [s.msgid for s in said.intro][1].startswith("Your message and the screenshot")


def test_caption_facts_join_the_image_facts() -> None:
    said = read("AliExpress\nShipped\nOrder ID: 8187441200938765", "I paid by card", "en",
                TODAY)
    assert said.heard is not None
    assert said.heard.facts["order_status"] == "shipped" and said.heard.facts["payment"] == "card"


def test_nothing_read_says_blurry_and_other_pages_say_not_aliexpress() -> None:
    assert read("~ ,. ||", None, "en", TODAY).intro[0].msgid == BLURRY
    assert read("Weather in Berlin\nCloudy all day long with some rain later", None, "en",
                TODAY).intro[0].msgid == NOT_ALIEXPRESS


def _turn(state: str, text: str, caption: str | None = None) -> tuple[str, int, list[str]]:
    """(state, step, intro msgids) after a screenshot on `state`."""
    from datetime import UTC

    from flows.engine.turn import DialogueState, Incoming, TurnContext, decide

    before = DialogueState(state, step=3)
    decision = decide(before, Incoming(1, 1, "screenshot", text, caption=caption),
                      TurnContext(datetime(2026, 11, 20, 12, tzinfo=UTC), "en"))
    return decision.state.state, decision.state.step, [s.msgid for s in decision.intro]


def test_a_screenshot_that_is_not_aliexpress_keeps_the_screen_and_its_step() -> None:
    state, step, intro = _turn("menu", "Weather in Berlin\nCloudy all day, rain later on")
    assert (state, step, intro) == ("menu", 3, [NOT_ALIEXPRESS])


def test_a_screenshot_opens_the_case_it_shows_after_saying_what_it_read() -> None:
    state, step, intro = _turn("menu", "AliExpress\nAwaiting shipment\nOrder ID: 8187441200938765")
    assert state.startswith("notshipped") and step == 4
    assert intro[0] == "I read: {facts}." and intro[1].startswith("It sounds like this case")


def test_days_hours_minutes_seconds_in_one_row_of_boxes() -> None:
    shot = read_screenshot("AliExpress\nShipped\nBuyer Protection ends in\n12:05:31:09", TODAY)
    assert shot.left == timedelta(days=12, hours=5, minutes=31, seconds=9)


@pytest.mark.parametrize("line", ["am 12:05:30", "дк 13:24:26"])
def test_a_clock_after_a_stray_word_is_not_stated(line: str) -> None:
    # The stray word may be a misread day count ("21 дн."): the days would be missing.
    shot = read_screenshot(f"AliExpress\nВ пути\nЗащита покупателя:\n{line}", TODAY)
    assert shot.left is None and "protection_left" not in shot.facts and shot.protection


def test_a_clock_after_its_lead_in_is_stated() -> None:
    shot = read_screenshot("AliExpress\nВ пути\nЗащита покупателя: осталось 05:31:09", TODAY)
    assert shot.left == timedelta(hours=5, minutes=31, seconds=9)


@pytest.mark.parametrize("text", ["AliExpress\nShipped\nConfirmreceipt within\n31 days 01:13:49",
                                  "AliExpress\nВпути\nПодтвердитеполучение в течение\n31:01:13:49"])
def test_confirm_receipt_read_without_its_space_is_still_the_protection_label(text: str) -> None:
    shot = read_screenshot(text, TODAY)
    assert shot.left == timedelta(days=31, hours=1, minutes=13, seconds=49) and shot.protection


@pytest.mark.parametrize(("line", "status", "value"), [
    ("Awaiting shlpment", "Awaiting shipment", "awaiting"),
    ("Awaitng delivery", "Awaiting delivery", "shipped"),
    ("Ожидает отправкн", "Ожидает отправки", "awaiting"),
])
def test_a_long_status_name_with_a_misread_letter(line: str, status: str, value: str) -> None:
    shot = read_screenshot(f"AliExpress\n{line}\nOrder ID: 8187441200938765", TODAY)
    assert (shot.status, shot.facts.get("order_status")) == (status, value)


@pytest.mark.parametrize("line", ["Shipping", "Delivery", "Complete", "Cancel order"])
def test_a_short_word_near_a_status_is_no_status(line: str) -> None:
    shot = read_screenshot(f"AliExpress\n{line}\nOrder ID: 8187441200938765", TODAY)
    assert shot.status is None and "order_status" not in shot.facts


@pytest.mark.parametrize("label", ["Order №.", "Order No,"])
def test_an_order_label_with_a_sign_or_a_comma_tesseract_put(label: str) -> None:
    shot = read_screenshot(f"AliExpress\n{label} 5011 0868 2808 4396\tCopy", TODAY)
    assert shot.order == "5011086828084396"


def test_an_order_id_label_read_as_10() -> None:
    assert read_screenshot("AliExpress\nOrder 10: 1932580826614957", TODAY).order == \
        "1932580826614957"


@pytest.mark.parametrize(("line", "left"), [
    ("Подтвердите получение в течение 52 дн. 04 ч05 мин", timedelta(days=52, hours=4, minutes=5)),
    ("Защита покупателя: 55 OH. 17:26:36", timedelta(days=55, hours=17, minutes=26, seconds=36)),
    ("Защита покупателя: 12 дн: 05:31:09", timedelta(days=12, hours=5, minutes=31, seconds=9)),
])
def test_russian_countdowns_as_tesseract_reads_them(line: str, left: timedelta) -> None:
    assert read_screenshot(f"AliExpress\nВ пути\n{line}", TODAY).left == left


@pytest.mark.parametrize(("line", "number"), [
    ("Номер заказа 6211 8870 9021 1608 3?", "6211887090211608"),  # a copy icon read "3?"
    ("Заказ Ne\t7339602271867776", "7339602271867776"),  # «Заказ №» read with Latin letters
    ("Номер заказа — 5012773499210456", "5012773499210456"),
    ("Номер заказа: 5012773499210456.", "5012773499210456"),
])
def test_russian_order_number_lines_as_tesseract_reads_them(line: str, number: str) -> None:
    assert read_screenshot(f"AliExpress\n{line}", TODAY).order == number


def test_a_number_split_at_a_line_end_is_not_taken_by_the_extractor_alone() -> None:
    # bot/screenshots/page_text.py joins it only when two readings agree
    assert read_screenshot("AliExpress\nНомер заказа: 8187 4412\n0093 8765", TODAY).order \
        is None


@pytest.mark.parametrize("line", ["Осталось 27 дней (GME", "Защита покупателя: 15 д EE)",
                                  "Защита покупателя: осталось 14 д 8:23"])
def test_days_beside_garbled_boxes_keep_the_days_but_not_the_countdown(line: str) -> None:
    shot = read_screenshot(f"AliExpress\nОтправлено\n{line}", TODAY)
    assert shot.left is None


@pytest.mark.parametrize("label", ["10 заказа", "Ne заказа:", "№ заказа"])
def test_russian_order_labels_as_tesseract_reads_them(label: str) -> None:
    assert read_screenshot(f"AliExpress\n{label}\n8120099268061401", TODAY).order == \
        "8120099268061401"


def test_payment_is_being_verified() -> None:
    shot = read_screenshot("AliExpress\nPayment is being verified", TODAY)
    assert shot.facts["order_status"] == "verifying"


@pytest.mark.parametrize("text", [
    "Детали заказа\nЗавершён\nКупить снова", "Order details\nCancelled\nBuy again",
])
def test_an_order_page_is_known_by_its_title_and_buttons(text: str) -> None:
    assert read_screenshot(text, TODAY).facts.get("order_status") in ("completed", "cancelled")


def test_a_status_alone_is_no_aliexpress_page() -> None:
    assert not read_screenshot("Weather\nCompleted", TODAY).page


def test_the_open_dispute_button_does_not_make_an_order_page_a_dispute_page() -> None:
    shot = read_screenshot("Shipped\n11 days 02:03:04\nOpen dispute\nOrder ID: 8187441200938765",
                           TODAY)
    assert shot.left is not None and shot.protection


@pytest.mark.parametrize(("line", "left"), [
    ("Защита покупателя: осталось 12 AW. 05:31:09", timedelta(days=12, hours=5, minutes=31,
                                                             seconds=9)),
    ("Подтвердите получение в течение 3 днеи 07:15:42", timedelta(days=3, hours=7, minutes=15,
                                                                  seconds=42)),
    ("Защита покупателя:\n1 05:40:56", timedelta(days=1, hours=5, minutes=40, seconds=56)),
    ("Защита покупателя: ocTanocb 12 AW. 05:31:09", timedelta(days=12, hours=5, minutes=31,
                                                             seconds=9)),
    ("Защита покупателя: осталось 17 д11:34:44", timedelta(days=17, hours=11, minutes=34,
                                                          seconds=44)),
])
def test_a_garbled_day_unit_under_the_protection_label_keeps_its_clock(
        line: str, left: timedelta) -> None:
    shot = read_screenshot(f"AliExpress\nВ пути\n{line}", TODAY)
    assert shot.left == left and shot.protection


@pytest.mark.parametrize("line", [
    "Отправка в течение 12 AW. 05:31:09",  # the seller's timer
    "Защита покупателя: 12 ч 05:31:09",  # hours, not days
    "Защита покупателя:\n1 12 AW. 05:31:09",  # another number before the count
    "Защита покупателя: l12 AW. 05:31:09",  # the count is not a word of its own
    "Buyer Protection ends on 12 Dec 05:31:09",  # a date, not days
    "Защита покупателя: осталось 12 AW. 05:31:9",  # the clock is not whole
    "Flash sale 12 AW. 05:31:09",  # no protection label
])
def test_a_garbled_day_unit_without_a_clean_count_clock_and_label_says_nothing(line: str) -> None:
    assert read_screenshot(f"AliExpress\nВ пути\n{line}", TODAY).left is None


@pytest.mark.parametrize("label", ["Homep заказа:", "No 3aKa3a"])
def test_an_order_label_read_with_latin_look_alikes(label: str) -> None:
    shot = read_screenshot(f"AliExpress\n{label} 4591963497584267 Копировать", TODAY)
    assert shot.order == "4591963497584267"


@pytest.mark.parametrize(("line", "left"), [
    ("Защита покупателя:\n12д 05ч 31м", timedelta(days=12, hours=5, minutes=31)),
    ("Защита покупателя:\n41д 224 00m", timedelta(days=41, hours=22)),  # «ч» read as 4
    ("Подтвердите получение в течение\nосталось 47 дней 7 часов.", timedelta(days=47, hours=7)),
])
def test_russian_days_hours_minutes_in_short_and_long_words(line: str, left: timedelta) -> None:
    assert read_screenshot(f"AliExpress\nВ пути\n{line}", TODAY).left == left


@pytest.mark.parametrize("text", [
    "1Ю заказа: 4856 6435 6341 0352 Копировать", "Номер заказа-4856643563410352 Копировать",
    "р заказа 4856643563410352", "М заказа\n4856 6435 6341 0352", "Номер заназа:4856643563410352",
])
def test_a_russian_order_label_whose_first_word_tesseract_garbled(text: str) -> None:
    assert read_screenshot(f"AliExpress\n{text}", TODAY).order == "4856643563410352"


@pytest.mark.parametrize("text", ["Дата заказа: 4856643563410352", "Сумма заказа 4856643563410352"])
def test_a_number_after_another_field_of_the_order_is_no_order_number(text: str) -> None:
    assert read_screenshot(f"AliExpress\n{text}", TODAY).order is None


@pytest.mark.parametrize(("line", "status"), [
    ("Завершён\tокр", "Завершён"), ("Ожидает отправки\tокледиь", "Ожидает отправки"),
    ("Open dispute\tShipped", "Shipped"),
])
def test_a_status_parted_from_a_garbled_button_by_a_wide_gap(line: str, status: str) -> None:
    assert read_screenshot(f"Детали заказа\n{line}", TODAY).status == status


def test_a_status_word_with_other_words_in_its_cell_is_no_status() -> None:
    assert read_screenshot("Детали заказа\nЗавершён окр\tКупить", TODAY).status is None


def test_tracking_times_under_their_events() -> None:
    text = ("AliExpress\nTracking\nArrived in destination country\nMoscow, RU\n18 Nov 2026 10:23\n"
            "Departed from sorting center\n10 Nov 2026 08:00\nAccepted by carrier\n"
            "8 Nov 2026 07:00")
    shot = read_screenshot(text, TODAY)
    assert shot.facts["tracking"] == "in_country" and shot.event_day == date(2026, 11, 18)
    assert shot.event is not None and "Arrived in destination country" in shot.event


def test_a_delivered_event_above_its_time_is_no_order_status() -> None:
    shot = read_screenshot("AliExpress\nTracking number LP00123\nDelivered\n19 Nov 2026 10:00\n"
                           "Out for delivery\n18 Nov 2026 09:00", TODAY)
    assert shot.facts["tracking"] == "delivered" and "order_status" not in shot.facts


@pytest.mark.parametrize(("text", "state"), [
    ("Dispute details\nWaiting for the\nseller's response", "opened"),
    ("Спор\nОжидание ответа\nпродавца", "opened"),
])
def test_a_dispute_state_wrapped_onto_two_lines(text: str, state: str) -> None:
    assert read_screenshot(f"AliExpress\n{text}", TODAY).facts.get("dispute") == state


def test_the_confirm_receipt_label_read_without_its_last_words() -> None:
    shot = read_screenshot("Детали заказа\nПодтвердите получение течение\nОсталось 22 д 04:28:57",
                           TODAY)
    assert shot.left == timedelta(days=22, hours=4, minutes=28, seconds=57) and shot.protection


@pytest.mark.parametrize(("line", "left"), [
    ("Защита покупателя: 39 д 2021.44", timedelta(days=39, hours=20, minutes=21, seconds=44)),
    ("Защита покупателя: 59 дн 1542-22.", timedelta(days=59, hours=15, minutes=42, seconds=22)),
    ("Buyer Protection: 9 days 054209", timedelta(days=9, hours=5, minutes=42, seconds=9)),
])
def test_a_clock_read_without_its_colons_after_the_day_count(line: str, left: timedelta) -> None:
    assert read_screenshot(f"AliExpress\nВ пути\n{line}", TODAY).left == left


@pytest.mark.parametrize("line", ["Защита покупателя: 12 дн. 2521.44",  # no 25th hour
                                  "Защита покупателя: 12 дн. 121.44",  # five digits
                                  "Защита покупателя: 12 дн. 4222420"])  # seven
def test_digits_that_make_no_whole_clock_are_not_stated(line: str) -> None:
    assert read_screenshot(f"AliExpress\nВ пути\n{line}", TODAY).left is None


@pytest.mark.parametrize("label", [
    "Срок доставки:", "Срок доставки истекает через", "Время завершения заказа:",
    "Заказ будет завершён автоматически через", "Автоматическое подтверждение получения через",
    "До автоматического подтверждения получения:", "До закрытия заказа:",
    "Заказ будет закрыт через", "Гарантия возврата денег:", "Время на открытие спора:",
    "Открыть спор можно в течение", "Защита заказа истекает через", "До окончания защиты:",
    "Delivery deadline:", "Order will be closed automatically in",
    "Automatic confirmation in",
])
def test_every_wording_of_the_protection_countdown_ties_its_clock(label: str) -> None:
    # No status on the page: only the label says whose clock it is.
    shot = read_screenshot(f"AliExpress\nДетали заказа\n{label}\n12 дн. 05:31:09", TODAY)
    assert shot.left == timedelta(days=12, hours=5, minutes=31, seconds=9) and shot.protection


@pytest.mark.parametrize("label", [
    "3ащита покупателя:",  # З read as a digit
    "Зaщитa noкупaтeля:",  # Latin look-alikes
    "Защнта покупатепя:",  # two letters off
    "Гарантня возарата денег:",
    "Автоматическое подтвержденне через",
    "Срок защнты",
    "Защита покупа теля:",  # a word split
])
def test_a_protection_label_read_with_look_alikes_or_typos_still_ties_its_clock(
        label: str) -> None:
    shot = read_screenshot(f"AliExpress\nДетали заказа\n{label}\n12 дн. 05:31:09", TODAY)
    assert shot.left == timedelta(days=12, hours=5, minutes=31, seconds=9) and shot.protection


@pytest.mark.parametrize("text", [
    "Детали заказа\nОсталось 12 дн. 05:31:09",  # no label at all
    "Детали заказа\nПодтвердить получение\n12 дн. 05:31:09",  # the button, not a label
    "Ожидает отправки\nПродавец отправит заказ, до отправки\n2 дн. 05:31:09",  # seller's
    "Ожидает оплаты\nОплатите в течение\n0 дн. 05:31:09\nЗащита покупателя",  # payment's
    "Детали заказа\nСрок доставки: 15-20 дней",  # an estimate, not a countdown
    "Детали заказа\nЗащита покупателя продлена 12.11.2026 10:05:31",  # a time of day
    "Детали заказа\nПокупатель 12 дн. 05:31:09",  # a word near a label, not a label
])
def test_a_clock_without_a_protection_label_is_not_the_countdown(text: str) -> None:
    assert read_screenshot(f"AliExpress\n{text}", TODAY).left is None


def test_a_clock_whose_seconds_were_lost_is_not_stated_to_the_minute() -> None:
    shot = read_screenshot("AliExpress\nОтправлено\nАвтоматическое подтверждение через "
                           "18 дн. 16:22:", TODAY)
    assert shot.left is None and shot.protection
    assert shot.facts["protection_hours"] == str(18 * 24 + 16)


@pytest.mark.parametrize(("line", "left"), [
    ("03: 00: 30: 29", timedelta(days=3, minutes=30, seconds=29)),  # four pale boxes as text
    ("12 дн. 05: 31: 09", timedelta(days=12, hours=5, minutes=31, seconds=9)),
])
def test_a_clock_read_with_a_space_after_each_colon(line: str, left: timedelta) -> None:
    shot = read_screenshot(f"AliExpress\nДетали заказа\nЗащита покупателя:\n{line}", TODAY)
    assert shot.left == left and shot.protection


def test_on_a_shipped_page_a_countdown_of_zero_days_and_a_clock_is_protections() -> None:
    shot = read_screenshot("AliExpress\nВ пути\n0 дн. 05:31:09\nНомер заказа: 5012773499210456",
                           TODAY)
    assert shot.left == timedelta(hours=5, minutes=31, seconds=9) and shot.protection


@pytest.mark.parametrize(("line", "left"), [
    ("40 дн. 14 ч 56 мин 01 сек", timedelta(days=40, hours=14, minutes=56, seconds=1)),
    ("[49 дней [15 часов [56 минут [14] секунд",  # box outlines read as brackets
     timedelta(days=49, hours=15, minutes=56, seconds=14)),
    ("43 дн. (00): (14): (07)", timedelta(days=43, minutes=14, seconds=7)),
    ("Одн. 00: 35: 24", timedelta(minutes=35, seconds=24)),  # 0 read as the letter O
    ("Ещё Зд 05:31:09", timedelta(days=3, hours=5, minutes=31, seconds=9)),  # 3 read as З
    ("1З дн. 05:31:09", timedelta(days=13, hours=5, minutes=31, seconds=9)),
])
def test_countdowns_with_seconds_units_or_box_edges(line: str, left: timedelta) -> None:
    shot = read_screenshot(f"AliExpress\nДетали заказа\nЗащита покупателя:\n{line}", TODAY)
    assert shot.left == left and shot.protection


@pytest.mark.parametrize("button", ["( Отрыть cnop ) ( Отследить )", "(отрытьстор )",
                                    "Открытьспор"])
def test_the_open_dispute_button_read_garbled_does_not_make_a_dispute_page(button: str) -> None:
    shot = read_screenshot(f"AliExpress\nВ пути\n12 дн. 05:31:09\n{button}", TODAY)
    assert shot.left == timedelta(days=12, hours=5, minutes=31, seconds=9) and shot.protection


def test_on_a_dispute_page_an_unlabelled_clock_is_not_protections() -> None:
    shot = read_screenshot("AliExpress\nВ пути\nСпор открыт\n4 дн. 23:59:59", TODAY)
    assert shot.left is None and not shot.protection


def test_a_sports_item_does_not_make_the_order_page_a_dispute_page() -> None:
    shot = read_screenshot("AliExpress\nВ пути\n12 дн. 05:31:09\nСпортивные часы", TODAY)
    assert shot.left == timedelta(days=12, hours=5, minutes=31, seconds=9) and shot.protection



@pytest.mark.parametrize("line", ["Об 05:31:09", "Заказ 05:31:09", "Зона д 05:31:09"])
def test_words_before_a_clock_are_not_taken_for_a_day_count(line: str) -> None:
    shot = read_screenshot(f"AliExpress\nДетали заказа\nЗащита покупателя:\n{line}", TODAY)
    assert shot.left is None


@pytest.mark.parametrize(("line", "left"), [
    ("Защита покупателя 173:11:52:43", timedelta(days=173, hours=11, minutes=52, seconds=43)),
    ("Срок защиты заказа: 12:05:31:09", timedelta(days=12, hours=5, minutes=31, seconds=9)),
])
def test_four_boxes_after_the_label_on_its_line_are_the_countdown(line: str,
                                                                 left: timedelta) -> None:
    assert read_screenshot(f"AliExpress\nВ пути\n{line}", TODAY).left == left


@pytest.mark.parametrize("line", [
    "Защита покупателя:\n544 17:59:48",  # «54 д» with its unit read as a 4
    "Защита покупателя:\n«зд DGD €ED",  # «43 д» and its boxes garbled: no whole 3 days
    "Защита покупателя: am 12:05:30",  # a short stray word after the label: a day count
])
def test_a_garbled_day_count_beside_boxes_is_not_stated(line: str) -> None:
    shot = read_screenshot(f"AliExpress\nВ пути\n{line}", TODAY)
    assert shot.left is None
