"""Where the order stands, the timer and the money named, in words nobody tuned to
(twenty-third pass D, issue 16): a number with no currency that the words beside it make money
(«платила 1450 картой», «купон на 300», «духи за 4700»), a list's comma between two numbers,
thousands of the other currencies, rubles beside a Belarusian bank, money given back to someone
else set against the buyer's own, a coupon's minimum order, the seller's yes to a cancellation,
«отмена заказа» told with its money's way, shipped in other words («селлер отправил», «отправку
отметили», «его отправили»), the seller's own cancellation with a "when" between, "not sent"
before the next clause's noun, the seller not stirring, the seller's clock to ship read out as
the page shows it, "in transit" with the tracking's silence, the buyer's deadline missed said
bare, and the day the protection ends told first. Beside each kind, look-alikes that must stay
silent or keep their value. No line here comes from a fact set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_STATUS, Want, kind_rows, left, read_as, status


def money(amount: str | None, currency: str | None) -> Want:
    """The amount and its currency (None: must not be found)."""
    return {"amount": amount, "currency": currency}


NO_MONEY = money(None, None)

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    # recall: paid, sent, offered, given back, a coupon's value, a sum or a price: the amount,
    # no currency (none is named); counts, dates, sizes and percents after the number are none
    "a bare number made money by its words": (
        ("ru", "оплатил 2350 с карты, а продавец молчит", money("2350", None)),
        ("ru", "платила картой 1780 за две вещи", money("1780", None)),
        ("ru", "мне предлагают 900 вместо полного возврата", money("900", None)),
        ("ru", "продавец скинет 650 если закрою спор", money("650", None)),
        ("ru", "дали купон на 250, а он не применяется", money("250", None)),
        ("ru", "кроссовки за 5300, подошва отклеилась", money("5300", None)),
        ("ru", "заказ на 3120 так и не отправили", money("3120", None)),
        ("ru", "заказ на сумму 4100 отменили", money("4100", None)),
        ("ru", "заплатил 2 раза за одно и то же", NO_MONEY),
        ("ru", "оплатила 15.11, трек молчит", NO_MONEY),
        ("ru", "за 20 дней ни одного движения", NO_MONEY),
        ("ru", "заказ на 12 штук пришёл не полностью", NO_MONEY),
        ("ru", "купон на 15% не сработал", NO_MONEY),
        ("ru", "спасибо за 200 ответов в чате", NO_MONEY),
        ("ru", "трек стоит 14, что делать", NO_MONEY),
        ("ru", "вернули на карту 4471, а она заблокирована", NO_MONEY),
        ("ru", "пришла версия на 64гб а я платил за 256", NO_MONEY),
        ("ru", "продавец предложил 50 на 50, я не согласна", NO_MONEY),
        ("ru", "переведу 20 фото в чат продавцу", NO_MONEY),
        ("ru", "вернули 1200 из 3000, остальное нет", NO_MONEY),
        ("ru", "оплатила 1450 рублей картой", money("1450", "RUB")),
    ),
    # precision: a comma and a space between two numbers is a list, never one number grouped in
    # thousands; a group typed with a space alone is still one number
    "a list's comma between numbers": (
        ("ru", "заказывал 42 размер, пришёл 39, 1450 грн", money("1450", "UAH")),
        ("ru", "сапоги 38, 2 300 руб, пришли не те", money("2300", "RUB")),
        ("ru", "пальто за 12 500 руб", money("12500", "RUB")),
        ("en", "ordered size 10, got 8, 560 uah spent", money("560", "UAH")),
    ),
    # recall: a grouped number before «тг», Belarusian rubles cut short («бел.»)
    "a grouped number, a short name": (
        ("ru", "уже месяц жду 14 500 тг на карту", money("14500", "KZT")),
        ("ru", "кроссовки за 120 рублей бел., подошва отвалилась", money("120", "BYN")),
        ("ru", "200 рублей, белая краска облезла", money("200", "RUB")),
    ),
    # recall: thousands of the other currencies, and the dollar as Ukrainians spell it
    "thousands of another currency": (
        ("ru", "отдала 120 тысяч сум, заказ не отправлен", money("120000", "UZS")),
        ("ru", "телефон за 3 тыс злотых пришёл разбитый", money("3000", "PLN")),
        ("ru", "продавець пропонує повернути 35 доларів", money("35", "USD")),
        ("ru", "15 тысяч отзывов у магазина", NO_MONEY),
    ),
    # precision: rubles beside a Belarusian bank or card are Belarusian (a Russian ruble would
    # contradict the buyer); Belarus named as a place says nothing of the money
    "rubles beside a Belarusian bank": (
        ("ru", "вернули 64 рубля на карточку белагропромбанка", money("64", "BYN")),
        ("ru", "оплачивала белкартой, 38 р списали, заказ не отправлен", money("38", "BYN")),
        ("ru", "жду 80 рублей на карту приорбанка", money("80", "BYN")),
        ("ru", "посылка застряла в беларуси, а я отдала 2500 рублей", money("2500", "RUB")),
        ("ru", "29 BYN ушли на карту беларусбанка", money("29", "BYN")),
    ),
    # precision: money given back to someone else, set against the buyer's own, is theirs; so
    # is the money of an order someone made for herself; bought for someone stays the buyer's
    "someone else's money given back": (
        ("ru", "сестре за такую же жалобу вернули 1200 р, а мне отказали", NO_MONEY),
        ("ru", "знакомой вернули 700 рублей, а у меня спор висит", NO_MONEY),
        ("ru", "сестра заказывала сама себе куртку, она отдала 3000 рублей", NO_MONEY),
        ("ru", "заказала маме куртку за 3000 р, пришла рваная", money("3000", "RUB")),
        ("ru", "маме вернули 500 рублей за мой заказ", money("500", "RUB")),
        ("ru", "я сама заплатила 700 р, а вещь не пришла", money("700", "RUB")),
    ),
    # precision: a coupon's minimum order is no amount; the coupon's own value told first stays
    "a coupon's minimum order": (
        ("ru", "купон прислали, а он на заказ от 4000 рублей", {**NO_MONEY, "coupon": "yes"}),
        ("ru", "промокод действует при покупке от 1500 р", NO_MONEY),
        ("ru", "купон 200 р при заказе от 1500", money("200", "RUB")),
    ),
    # recall: the seller said yes to the cancellation; not yet, a no, or a condition is none
    "the seller confirmed the cancellation": (
        ("ru", "магазин подтвердил отмену, жду деньги", status("cancelled")),
        ("ru", "продавец сразу одобрил мою отмену, а денег нет", status("cancelled")),
        ("ru", "продавец не подтвердил отмену", NO_STATUS),
        ("ru", "если продавец подтвердит отмену, купон вернут?", NO_STATUS),
        ("en", "the store approved my cancellation, the refund is not here",
         status("cancelled")),
        ("en", "seller accepted the cancel request two days ago", status("cancelled")),
        ("en", "seller did not confirm my cancellation", NO_STATUS),
        ("en", "if the seller confirms the cancellation do i keep the coupon", NO_STATUS),
    ),
    # recall: «отмена заказа» opening the message, then the money's way; a request is none
    "the cancellation told with its money's way": (
        ("ru", "отмена заказа, деньги на киви пришли, а купон нет", status("cancelled")),
        ("ru", "отмена заказа, сумма ушла на старую карту", status("cancelled")),
        ("ru", "отмена заказа как сделать, если продавец молчит", NO_STATUS),
    ),
    # recall: the buyer's orders list told the order's end; a plain "remove it" says none
    "the list told the order's end": (
        ("ru", "убери из списка, его уже отменили", status("cancelled")),
        ("ru", "пометьте этот заказ как завершённый", status("completed")),
        ("ru", "удали его из списка", NO_STATUS),
        ("en", "mark that one as cancelled please", status("cancelled")),
        ("en", "delete the finished order from my list", status("completed")),
        ("en", "remove it from my list", NO_STATUS),
    ),
    # recall: the cancellation counted in time since it, or told approved; a dispute cancelled or
    # a condition is none
    "the cancellation told done": (
        ("ru", "три дня как отменили заказ, деньги не пришли", status("cancelled")),
        ("ru", "отмену одобрили, жду возврат", status("cancelled")),
        ("ru", "неделю как отменила спор, продавец молчит", NO_STATUS),
        ("en", "cancellation was approved 4 days ago, nothing on my card", status("cancelled")),
        ("en", "if the cancellation went through where is my money", NO_STATUS),
    ),
    # recall: «отмена заказа» then how it was paid, asking only about the money; a request to
    # cancel is none
    "the cancellation told with how it was paid": (
        ("ru", "отмена заказа, оплачивала с юмани, а кошелёк заблокировали", status("cancelled")),
        ("ru", "отмена заказа, платила картой, хочу отменить, как?", NO_STATUS),
    ),
    # recall: shipped in words the earlier rows did not take; a message, a return or a refusal
    # sent is no status
    "shipped in other words": (
        ("ru", "селлер выслал без трека, говорит так дешевле", status("shipped")),
        ("ru", "хотела отменить, но он уже отправил", status("shipped")),
        ("ru", "отправку подтвердили, а трек пустой", status("shipped")),
        ("ru", "отгружен давно, а посылки нет", status("shipped")),
        ("ru", "купила лампу, её отправили, и 20 дней тишина", status("shipped")),
        ("ru", "он уже отправил мне фото упаковки", NO_STATUS),
        ("ru", "селлер не отправил ничего", status("awaiting")),
        ("ru", "отправку не отметили", NO_STATUS),
        ("ru", "её отправили обратно продавцу", NO_STATUS),
        ("ru", "давно не отправлен, хочу отменить", status("awaiting")),
    ),
    # recall: the seller's own cancellation with a "when" between, the page's mark told as done
    "the seller cancelled it in the end": (
        ("ru", "магазин две недели молчал и потом отменил", status("cancelled")),
        ("ru", "продавец неделю тянул и в итоге отменил, денег пока нет", status("cancelled")),
        ("ru", "продавец потом отменил спор сам", NO_STATUS),
        ("ru", "пометили отправленным, а трека нет", status("shipped")),
        ("ru", "не отметили отправленным до сих пор", NO_STATUS),
    ),
    # recall: not sent told before the next clause's noun; a passive takes no object, and a
    # conjunction opens the next clause ("not sent the money back" stays the refund's)
    "not sent, then the next clause": (
        ("ru", "можно отменить пока не отправлен, деньги на карту вернут?", status("awaiting")),
        ("ru", "так и не отправил, а деньги списали давно", status("awaiting")),
        ("ru", "продавец не отправил деньги обратно", NO_STATUS),
        ("ru", "не высылает трек уже неделю", NO_STATUS),
    ),
    # recall: the seller not stirring has not shipped; the tracking, a dispute or a price is
    # another thing
    "the seller not stirring": (
        ("ru", "оплатила неделю назад, а магазин не чешется", status("awaiting")),
        ("ru", "продавец вообще не шевелится, хочу отменить", status("awaiting")),
        ("ru", "продавец не шевелится по спору", NO_STATUS),
        ("ru", "посылка не шевелится 9 дней", NO_STATUS),
        ("en", "the store has not budged in 6 days, i want my money back", status("awaiting")),
        ("en", "seller hasnt moved since i paid", status("awaiting")),
        ("en", "seller has not moved on the price", NO_STATUS),
        ("en", "seller has not moved, my dispute is 4 days old", NO_STATUS),
    ),
    # recall: the app's word read out with the order named between
    "the app says the order shipped": (
        ("en", "tried to cancel, it says order already shipped", status("shipped")),
        ("en", "it says the order is already shipped, what now", status("shipped")),
    ),
    # precision: the carrier's scan and the refund's own state are not the order page's; the
    # reason told after a cancellation leaves the cancellation the latest stage
    "not the order page": (
        ("ru", "трек третью неделю на «Ожидает отправки авиарейсом»", NO_STATUS),
        ("ru", "возврат 1800 р уже «Завершён», а денег нет", NO_STATUS),
        ("ru", "деньги от алиэкспресс ещё в пути, карта закрыта", NO_STATUS),
        ("ru", "бутылка лопнула в пути, всё залито", NO_STATUS),
        ("ru", "заказ «Ожидает отправки» восьмой день", status("awaiting")),
        ("en", "tracking stuck on origin post is preparing shipment for 20 days", NO_STATUS),
        ("en", "the last scan says awaiting airline pickup", NO_STATUS),
        ("en", "i cancelled it because the shop never sent it, refund approved",
         status("cancelled")),
        ("en", "can i cancel because the seller never shipped", status("awaiting")),
    ),
    # recall: the seller's clock to ship read out with its countdown: not shipped yet, never
    # protection; the protection's own countdown keeps its reading
    "the seller's clock read out": (
        ("en", "shop has 2 days 10:05:11 left to ship, can i cancel", status("awaiting")),
        ("en", "it says seller must ship within 03:22:10", status("awaiting")),
        ("en", "the store ships within 1d 6h, i changed my mind", status("awaiting")),
        ("en", "the seller usually ships within 3 days", NO_STATUS),
        ("en", "protection 5 days 03:12:44 left", left("days", "123")),
        ("ru", "у магазина осталось 1 день 05:10:22 на отправку", status("awaiting")),
        ("ru", "защита 2 дня 04:10:00, заказ в пути", {**left("days", "52"),
                                                        "order_status": "shipped"}),
    ),
    # precision: "in transit" with the tracking's silence after it is the tracking's words
    "in transit with a silence": (
        ("en", "package in transit and has not moved for a week", NO_STATUS),
        ("en", "parcel in transit and no update since monday", NO_STATUS),
        ("en", "parcel in transit, protection 6 days", status("shipped")),
    ),
    # recall: protection's time named right after a reminder asked is the time left; a
    # reminder's offset ("2 days before it ends") never is
    "a reminder, then the protection's time": (
        ("en", "set a reminder protection 6 days", left("days", "144")),
        ("en", "add a reminder, protection 12 days", left("week", "288")),
        ("en", "remind me about protection 2 days before it ends", NO_PROTECTION),
        ("en", "remind me protection 3 days before the end", NO_PROTECTION),
        ("en", "4 days left before protection ends", left("days", "96")),
        ("en", "tracking moves but 60 hours of protection is all i have", left("days", "60")),
        ("en", "90 days of protection is all i have?", NO_PROTECTION),
    ),
    # recall: the buyer's deadline missed, named bare; the seller's or another deadline is none
    "the deadline missed, said bare": (
        ("ru", "прошляпила срок, теперь никак?", left("ended", None)),
        ("ru", "я пропустил срок, спор не успел открыть", left("ended", None)),
        ("ru", "пропустила срок открыть спор", left("ended", None)),
        ("ru", "продавец опять пропустил срок", NO_PROTECTION),
        ("ru", "я пропустила срок оплаты, заказ отменили", NO_PROTECTION),
        ("ru", "а я пропустил срок подтверждения получения", NO_PROTECTION),
    ),
    # recall: the day protection ends told before the verb
    "the day told first": (
        ("ru", "таймер сегодня истекает, спор не открыт", left("hours", None)),
        ("ru", "защита на заказе завтра закончится", left("hours", None)),
        ("ru", "защита завтра кончается?", NO_PROTECTION),
    ),
    # recall: the payment check in Ukrainian
    "the payment check in Ukrainian": (
        ("ru", "перевірка оплати вже дві доби, хочу скасувати", status("verifying")),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_status_timer_and_money_named(lang: str, text: str, want: Want) -> None:
    """A buyer tells the status, the timer or the money in their own words: read as said."""
    assert read_as(text, lang, want) == want, text
