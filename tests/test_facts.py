"""Facts read from a buyer's own words, per fact and per language; unsure means nothing."""

from __future__ import annotations

from datetime import date

import pytest

from flows.languages import LANGUAGES
from flows.understanding import extract_facts
from flows.understanding.facts import bucket
from flows.understanding.vocabulary import FACTS

TODAY = date(2026, 3, 10)

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, dict[str, str | None]], ...]] = {
    "order_status": (
        ("en", "status says Awaiting shipment for a week", {"order_status": "awaiting"}),
        ("en", "seler didnt send my ordr", {"order_status": "awaiting"}),
        ("en", "it has been shipped but no tracking", {"order_status": "shipped"}),
        ("en", "the seller already shipped it", {"order_status": "shipped"}),
        ("en", "payment is being verified, can I cancel?", {"order_status": "verifying"}),
        ("en", "my order is completed but nothing came", {"order_status": "completed"}),
        ("en", "the seller cancelled my order", {"order_status": "cancelled"}),
        ("en", "refund completed but nothing on my card", {"order_status": None}),
        ("en", "I want to cancel my order", {"order_status": None}),
        ("ru", "статус «Ожидает отправки» уже неделю", {"order_status": "awaiting"}),
        ("ru", "продавец до сих пор не отправил", {"order_status": "awaiting"}),
        ("ru", "заказ отправлен, а трек пустой", {"order_status": "shipped"}),
        ("ru", "в статусе Отправлено", {"order_status": "shipped"}),
        ("ru", "проверка платежа уже сутки", {"order_status": "verifying"}),
        ("ru", "заказ завершен, а посылки нет", {"order_status": "completed"}),
        ("ru", "заказ отменен, деньги не пришли", {"order_status": "cancelled"}),
        ("ru", "возврат завершен, а денег нет", {"order_status": None}),
    ),
    "protection_left": (
        ("en", "buyer protection ends tomorrow", {"protection_left": "hours",
                                                  "protection_hours": None}),
        ("en", "the parcel is in my country, 36 hours left on the countdown",
         {"protection_left": "hours", "protection_hours": "36"}),
        ("en", "2 days", {"protection_left": "days", "protection_hours": "48"}),
        ("en", "only 5 days left on buyer protection", {"protection_left": "days",
                                                        "protection_hours": "120"}),
        ("en", "protection has 20 days remaining", {"protection_left": "week",
                                                    "protection_hours": "480"}),
        ("en", "1 day and 12 hours left", {"protection_left": "hours", "protection_hours": "36"}),
        ("en", "timer hit zero yesterday", {"protection_left": "ended"}),
        ("en", "my buyer protection has expired", {"protection_left": "ended"}),
        ("en", "protection ends on 25 March", {"protection_left": "week",
                                               "protection_hours": "360"}),
        ("en", "12 d 05:30", {"protection_left": "week", "protection_hours": "293"}),
        ("en", "the countdown shows 23:14:05", {"protection_left": "hours",
                                                "protection_hours": "23"}),
        ("en", "the shipping countdown is at 23:10:44", {"protection_left": None}),
        ("en", "ping me 3 days before the protection ends", {"protection_left": None}),
        ("en", "the seller extended my protection by 15 days", {"protection_left": None}),
        ("en", "it arrived in 10 days but it is broken", {"protection_left": None}),
        ("en", "I waited 3 weeks for the parcel", {"protection_left": None}),
        ("ru", "через 5 дней", {"protection_left": "days", "protection_hours": "120"}),
        ("ru", "защита ещё 25 дней", {"protection_left": "week", "protection_hours": "600"}),
        ("ru", "до конца защиты осталось 36 часов", {"protection_left": "hours",
                                                     "protection_hours": "36"}),
        ("ru", "осталось 2 дня", {"protection_left": "days", "protection_hours": "48"}),
        ("ru", "таймер закончился вчера", {"protection_left": "ended"}),
        ("ru", "защита заканчивается завтра", {"protection_left": "hours"}),
        ("ru", "посылка идёт уже 40 дней", {"protection_left": None}),
        ("ru", "защиты осталось меньше суток", {"protection_left": "hours",
                                                "protection_hours": None}),
        ("ru", "таймер обработки показывает 2 дня", {"protection_left": None}),
        ("ru", "напомни за 3 дня до конца защиты", {"protection_left": None}),
    ),
    "tracking": (
        ("en", "the parcel is in my country", {"tracking": "in_country"}),
        ("en", "no updates for 18 days", {"tracking": "dead", "tracking_quiet_days": "18"}),
        ("en", "tracking not updated for 10 days", {"tracking": "stalled",
                                                    "tracking_quiet_days": "10"}),
        ("en", "no tracking updates in 2 weeks", {"tracking": "stalled",
                                                  "tracking_quiet_days": "14"}),
        ("en", "tracking says delivered but I have not received it", {"tracking": "delivered"}),
        ("en", "seller never gave me a tracking number", {"tracking": "no_tracking"}),
        ("en", "tracking number doesn't work", {"tracking": "dead"}),
        ("en", "the tracking is moving every day", {"tracking": "moving"}),
        ("en", "customs clearance completed a week ago", {"tracking": "in_country"}),
        ("en", "the tracking number never worked", {"tracking": "dead"}),
        ("en", "no tracking info since it was marked shipped", {"tracking": "dead"}),
        ("en", "my parcel has not been delivered", {"tracking": None}),
        ("ru", "трек не отслеживается", {"tracking": "dead"}),
        ("ru", "трек номер не работает", {"tracking": "dead"}),
        ("ru", "трек не обновляется месяц", {"tracking": "dead", "tracking_quiet_days": "30"}),
        ("ru", "нет движения уже 12 дней", {"tracking": "stalled", "tracking_quiet_days": "12"}),
        ("ru", "посылка уже в России", {"tracking": "in_country"}),
        ("ru", "посылка доставлена, но я её не получал", {"tracking": "delivered"}),
        ("ru", "продавец не дал трек номер", {"tracking": "no_tracking"}),
        ("ru", "посылка не доставлена", {"tracking": None}),
        ("ru", "таможенное оформление завершено", {"tracking": "in_country"}),
        ("ru", "по треку нет информации", {"tracking": "dead"}),
    ),
    "problem": (
        ("en", "My left earbud is dead, I'd like my money back", {"problem": "defective"}),
        ("en", "the charger stopped working", {"problem": "defective"}),
        ("en", "it arrived damaged", {"problem": "damaged"}),
        ("en", "they sent a different product", {"problem": "wrong"}),
        ("en", "they sent the wrong colour", {"problem": "wrong_size"}),
        ("en", "wrong size, too small", {"problem": "wrong_size"}),
        ("en", "missing parts in the box", {"problem": "missing_parts"}),
        ("en", "it's a fake, not original", {"problem": "fake"}),
        ("en", "not as described at all", {"problem": "not_as_described"}),
        ("en", "I don't like it", {"problem": "remorse"}),
        ("en", "it's fine, I just changed my mind", {"problem": "remorse"}),
        ("en", "tracking number does not work", {"problem": None}),
        ("ru", "не понравился товар", {"problem": "remorse"}),
        ("ru", "наушник не работает", {"problem": "defective"}),
        ("ru", "пришло разбитым", {"problem": "damaged"}),
        ("ru", "прислали другой товар", {"problem": "wrong"}),
        ("ru", "прислали не тот цвет", {"problem": "wrong_size"}),
        ("ru", "размер не подошёл, маломерит", {"problem": "wrong_size"}),
        ("ru", "не хватает деталей", {"problem": "missing_parts"}),
        ("ru", "это подделка", {"problem": "fake"}),
        ("ru", "не соответствует описанию", {"problem": "not_as_described"}),
        ("ru", "трек номер не работает", {"problem": None}),
    ),
    "dispute": (
        ("en", "I opened a dispute 5 days ago", {"dispute": "opened", "dispute_days": "5"}),
        ("en", "I haven't opened a dispute yet", {"dispute": "none"}),
        ("en", "the seller refused my dispute", {"dispute": "refused"}),
        ("en", "seller offered a partial refund of $5", {"dispute": "offer", "amount": "5",
                                                         "currency": "USD"}),
        ("en", "I escalated it to AliExpress", {"dispute": "escalated"}),
        ("en", "I lost the dispute", {"dispute": "lost"}),
        ("en", "I won the dispute but no money", {"dispute": "won"}),
        ("en", "I closed the dispute by mistake", {"dispute": "closed_by_me"}),
        ("en", "seller asks me not to open a dispute", {"dispute": None}),
        ("en", "the seller asked me to close the dispute", {"dispute": "opened"}),
        ("en", "the seller offered to send a new one", {"dispute": "offer"}),
        ("en", "how do I escalate?", {"dispute": None}),
        ("ru", "уже открыл спор", {"dispute": "opened"}),
        ("ru", "открыла спор 3 дня назад", {"dispute": "opened", "dispute_days": "3"}),
        ("ru", "спор не открывала", {"dispute": "none"}),
        ("ru", "продавец отказал в возврате", {"dispute": "refused"}),
        ("ru", "продавец предлагает вернуть 200 рублей", {"dispute": "offer", "amount": "200",
                                                           "currency": "RUB"}),
        ("ru", "обострила спор", {"dispute": "escalated"}),
        ("ru", "проиграл спор", {"dispute": "lost"}),
        ("ru", "спор решён в мою пользу", {"dispute": "won"}),
        ("ru", "я сама закрыла спор", {"dispute": "closed_by_me"}),
        ("ru", "продавец просит подождать и не открывать спор", {"dispute": None}),
        ("ru", "продавец уговаривает закрыть спор", {"dispute": "opened"}),
        ("ru", "решение не в мою пользу", {"dispute": "lost"}),
    ),
    "payment": (
        ("en", "I paid with paypal", {"payment": "paypal"}),
        ("en", "paid by card", {"payment": "card"}),
        ("en", "I paid from my AliExpress balance", {"payment": "balance"}),
        ("en", "payment was made with QIWI", {"payment": "wallet"}),
        ("en", "seller wants a refund via paypal", {"payment": None}),
        ("en", "the refund never came back to my card", {"payment": "card"}),
        ("en", "I paid by bank transfer", {"payment": "other"}),
        ("en", "the seller will transfer the money to my card", {"payment": None}),
        ("ru", "оплатил через paypal", {"payment": "paypal"}),
        ("ru", "оплачивала картой", {"payment": "card"}),
        ("ru", "платил через киви", {"payment": "wallet"}),
        ("ru", "оплатил с баланса алиэкспресс", {"payment": "balance"}),
        ("ru", "продавец хочет вернуть через пейпал", {"payment": None}),
        ("ru", "деньги так и не пришли на карту", {"payment": "card"}),
        ("ru", "оплатил через СБП", {"payment": "other"}),
    ),
    "money": (
        ("en", "my card expired, where does the refund go", {"card_expired": "yes"}),
        ("en", "my bank lost its licence", {"bank_gone": "yes"}),
        ("en", "I ordered 3 items and one of the items is missing", {"several_items": "yes"}),
        ("en", "refund of 25 USD and a coupon", {"amount": "25", "currency": "USD",
                                                 "coupon": "yes"}),
        ("en", "order 8123456789012345 not received", {"amount": None}),
        ("en", "seller offers 50% back", {"amount": None}),
        ("en", "it cost £12.99", {"amount": "12.99", "currency": "GBP"}),
        ("en", "my QIWI wallet was closed", {"bank_gone": "yes"}),
        ("ru", "карта просрочена, куда придёт возврат", {"card_expired": "yes"}),
        ("ru", "у банка отозвали лицензию", {"bank_gone": "yes"}),
        ("ru", "в заказе несколько товаров", {"several_items": "yes"}),
        ("ru", "вернули 1500 руб и дали купон", {"amount": "1500", "currency": "RUB",
                                                  "coupon": "yes"}),
        ("ru", "телефон за 25 тысяч", {"amount": "25000", "currency": None}),
        ("ru", "заплатил 300 грн", {"amount": "300", "currency": "UAH"}),
        ("ru", "киви больше не работает", {"bank_gone": "yes"}),
    ),
}

ROWS = [(fact, lang, text, want) for fact, rows in CASES.items() for lang, text, want in rows]


@pytest.mark.parametrize(("fact", "lang", "text", "want"), ROWS,
                         ids=[f"{f}-{lg}-{i}" for i, (f, lg, _t, _w) in enumerate(ROWS)])
def test_fact(fact: str, lang: str, text: str, want: dict[str, str | None]) -> None:
    got = extract_facts(text, lang, TODAY)
    for key, value in want.items():
        assert got.get(key) == value, (text, got)


def test_every_fact_is_tested_in_both_languages() -> None:
    tested = {(lang, key) for _f, lang, _t, want in ROWS for key, v in want.items() if v}
    for key in FACTS:
        assert {(lang, key) for lang in LANGUAGES} <= tested, key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_values_stay_inside_the_vocabulary(lang: str) -> None:
    for _f, _lg, text, _w in ROWS:
        for key, value in extract_facts(text, lang, TODAY).items():
            assert key in FACTS and (not FACTS[key] or value in FACTS[key]), (text, key, value)


@pytest.mark.parametrize(("hours", "value"), [(0, "ended"), (1, "hours"), (47, "hours"),
                                              (48, "days"), (168, "days"), (169, "week")])
def test_time_left_buckets(hours: int, value: str) -> None:
    assert bucket(hours) == value


def test_a_date_needs_today() -> None:
    assert "protection_hours" not in extract_facts("protection ends on 25 March", "en")
    assert extract_facts("2 days", "en")["protection_hours"] == "48"


@pytest.mark.parametrize("text", ["", "   ", "😀😀", "8123456789012345", "x" * 4096,
                                  "这是什么", "\x00\n\t"])
def test_bad_input_gives_no_facts(text: str) -> None:
    assert extract_facts(text, "en", TODAY) == {}
