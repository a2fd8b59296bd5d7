"""Where the order is, the tracking and the dispute, in kinds of Russian phrasing the fourth dev
set showed the extractors over-reaching on (precision first: a number read from the wrong word)
or missing: each kind in our own words, with look-alikes that must stay silent."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_TRACKING, Want, left, quiet, read_as

# (message as a buyer would type it, the facts it must give: key -> value, None = not found)
NTH_DAY: tuple[tuple[str, Want], ...] = (
    # the Nth day of a silence counts N days, never «день» alone as one day
    ("седьмой день висит на сортировке, что делать", quiet("stalled", "7")),
    ("пятые сутки трек молчит", quiet("stalled", "5")),
    ("посылка двенадцатый день стоит на таможне в пулково", quiet("stalled", "12")),
    ("трек уже десятый день не обновляется", quiet("stalled", "10")),
    ("одна коробка пришла, а вторая восьмой день лежит на складе сдэка", quiet("stalled", "8")),
    ("на третий день после доставки наушники сломались", NO_TRACKING),
    # the Nth day of the dispute is its age, whatever else was «вчера»
    ("третьи сутки спора, продавец молчит", {"dispute": "opened", "dispute_days": "3"}),
    ("спор идёт уже пятнадцатый день", {"dispute_days": "15"}),
    ("седьмые сутки спора, а карта у меня вчера закончилась", {"dispute_days": "7"}),
    ("десятые сутки спора, продавец отклонил, банк вчера закрыл счёт", {"dispute_days": "10"}),
    # an ordinal day is never protection time left
    ("на пятый день защиты трек встал", NO_PROTECTION),
    ("уже второй день жду, защита ещё идёт", NO_PROTECTION),
)

PROTECTION_OWN: tuple[tuple[str, Want], ...] = (
    # a duration «защиты» (of protection) is the time left, with no «осталось» needed
    ("трое суток защиты, а посылки нет", left("days", "72")),
    ("3 дня 5 часов защиты и ни одного движения", left("days", "77")),
    ("полтора дня защиты, помогите", left("hours", "36")),
    ("три с половиной дня защиты, трек 6 дней стоит на месте", left("days", "84")),
    ("12 часов защиты!!! что жать", left("hours", "12")),
    # «защиты» that opens the next duration: the time left is that one
    ("посылка стоит 9 дней, защиты ещё 2 дня", {"tracking_quiet_days": "9",
                                               "protection_hours": "48"}),
    ("трек молчит 20 дней, защиты четыре дня", {"protection_hours": "96"}),
    # someone else's time left is not the buyer's; the buyer's own after it still counts
    ("у мужа 3 дня защиты осталось", NO_PROTECTION),
    ("у подруги защиты осталось 5 дней, а я только заказала", NO_PROTECTION),
    ("у мамы осталось 3 дня защиты, а у меня неделя", {"protection_hours": None}),
    ("у мамы всё пришло, а у меня защиты осталось 2 дня", left("hours", "48")),
    ("у сестры пришла, мне осталось 4 дня защиты", left("days", "96")),
    # the whole term, someone else's, an extension: no time left
    ("обычно 60 дней защиты дают", NO_PROTECTION),
    ("у подруги было 10 дней защиты", NO_PROTECTION),
    ("продлил на 10 дней защиты", NO_PROTECTION),
    ("продавец продлил срок защиты ещё на 30 дней", NO_PROTECTION),
    ("по правилам 60 дней защиты, а у меня уже прошло 50", NO_PROTECTION),
    ("как правило 75 дней защиты даётся, да?", NO_PROTECTION),
    ("по условиям площадки 90 дней защиты", NO_PROTECTION),
)

NUMBER_WORD_TAKEN: tuple[tuple[str, Want], ...] = (
    # a number word the skipped words took still counts: «два месяца» is 60 days, not one month
    ("последний статус три недели назад", quiet("dead", "21")),
    ("последнее обновление трека пять дней назад", quiet("stalled", "5")),
    ("последний раз трек обновлялся два месяца назад", quiet("dead", "60")),
    ("отправили в марте, последнее событие четыре недели назад", quiet("dead", "28")),
)

SELLER_GIVES: tuple[tuple[str, Want], ...] = (
    # the seller gives money, a share or a coupon back in any verb of giving: an offer
    ("продавец даёт 20% назад, если оставлю товар себе", {"dispute": "offer"}),
    ("магазин суёт мне купон вместо денег", {"dispute": "offer"}),
    ("продавец может дать только 300 руб компенсации", {"dispute": "offer"}),
    ("селлер дал половину назад за брак", {"dispute": "offer"}),
    ("в споре продован дает 15 долларов и просит не возвращать", {"dispute": "offer"}),
    # nothing given, coupons as spam, a discount for a next order: no offer (twenty-fifth pass D:
    # a coupon for a review was None; FACTS.md "Label audit 24" rule 5 makes it an offer)
    ("продавец не даёт ни копейки", {"dispute": None}),
    # twenty-fifth pass C: was None; rule 3 "Decided 2026-12-07" (relabel rule 3, Label audit
    # 24 rule 5): a coupon or money for a review or an early receipt, no dispute named, is an offer
    ("магазин дал купон на следующую покупку за отзыв", {"dispute": "offer"}),
    ("продавец кидает купоны в чат вместо ответа", {"dispute": None}),
    ("продавец дает скидку 10% на следующий заказ", {"dispute": None}),
)

PARCEL_NAMED_BETWEEN: tuple[tuple[str, Want], ...] = (
    # «защиты, трек N дней»: a word naming the parcel makes the days the parcel's silence
    ("полтора дня защиты, трек 6 дней без движения", {"tracking_quiet_days": "6",
                                                     "protection_hours": "36"}),
    ("защиты 4 дня посылка 10 дней стоит на таможне", {"tracking_quiet_days": "10",
                                                       "protection_hours": "96"}),
    ("двое суток защиты, статус 8 дней без изменений", {"tracking_quiet_days": "8",
                                                       "protection_hours": "48"}),
    ("защиты осталось 3 дня", left("days", "72")),
    # a number that says nothing: «трек немой»
    ("19 дней трек немой, что делать", quiet("dead", "19")),
    ("уже 6 дней трек немой как рыба", quiet("stalled", "6")),
    ("5 дней продавец немой, не отвечает", NO_TRACKING),
)

DISPUTE_AGE_AND_DAY: tuple[tuple[str, Want], ...] = (
    # the Nth day of the dispute, still going: opened, with its age
    ("пятый день спора, продавец молчит", {"dispute": "opened", "dispute_days": "5"}),
    ("спор идёт седьмые сутки, ответа нет", {"dispute": "opened", "dispute_days": "7"}),
    ("уже третий день спор висит, продавец игнорит", {"dispute": "opened", "dispute_days": "3"}),
    ("двенадцатый день диспута и тишина", {"dispute": "opened", "dispute_days": "12"}),
    ("на пятый день спора деньги вернулись на карту", {"dispute": None}),
    # how long it took to decide: «выиграл за N дней», «выиграла после спора в N дней»
    ("спор выиграл за 9 дней", {"dispute": "won", "dispute_days": "9"}),
    ("проиграла спор за 2 недели, обидно", {"dispute": "lost", "dispute_days": "14"}),
    ("выиграл после спора в 14 дней", {"dispute": "won", "dispute_days": "14"}),
    ("выиграла в споре, деньги пришли", {"dispute": "won"}),
    ("выиграла спор за 3 дня до конца защиты", {"dispute": "won", "dispute_days": None}),
    ("выиграл за 5 дней конкурс", {"dispute": None, "dispute_days": None}),
)

NEVER_WORKED: tuple[tuple[str, Want], ...] = (
    # the number never showed anything, in more words: dead
    ("по треку совсем пусто уже давно", {"tracking": "dead"}),
    ("отслеживание пустое, ни одной строчки", {"tracking": "dead"}),
    ("номер с первого дня не обновляется", {"tracking": "dead"}),
    ("трек ни разу и не заработал", {"tracking": "dead"}),
    ("отслеживание как не показывало ничего, так и не показывает", {"tracking": "dead"}),
    ("трек не двигался ни разу с отправки, что делать", {"tracking": "dead"}),
    # a track that worked, then stopped, is not dead without its days
    ("трек обновлялся, а теперь пусто", {"tracking": None}),
)

UNPLACED_STAGE: tuple[tuple[str, Want], ...] = (
    # something given or agreed that no row can place: no stage, never a bare «opened»
    ("в споре магазин даёт какие-то баллы", {"dispute": None}),
    ("спор идёт, продавец суёт непонятно что", {"dispute": None}),
    ("открыла спор, продавец вроде согласен", {"dispute": None}),
    ("открыла спор, продавец молчит", {"dispute": "opened"}),
)

ORDER_WITH_PRICE: tuple[tuple[str, Want], ...] = (
    # the order with its price tagged on is still the order: its status follows
    ("заказ на 3 тыс руб отменили вчера", {"order_status": "cancelled"}),
    ("заказ на 45 евро отменён продавцом", {"order_status": "cancelled"}),
    ("заказ на 990р уже отправлен, трек молчит", {"order_status": "shipped"}),
    ("заказ на 2 тысячи рублей завершён, а товара нет", {"order_status": "completed"}),
    ("заказ на 1500 рублей не отменили", {"order_status": None}),
)

ROWS = [(group, text, want) for group, rows in (("nth_day", NTH_DAY),
                                                ("order_status", ORDER_WITH_PRICE),
                                                ("tracking", NEVER_WORKED),
                                                ("dispute", UNPLACED_STAGE),
                                                ("tracking", PARCEL_NAMED_BETWEEN),
                                                ("dispute", DISPUTE_AGE_AND_DAY),
                                                ("protection", PROTECTION_OWN),
                                                ("tracking", NUMBER_WORD_TAKEN),
                                                ("dispute", SELLER_GIVES))
        for text, want in rows]


@pytest.mark.parametrize(("group", "text", "want"), ROWS,
                         ids=[f"{g}-{i}" for i, (g, _t, _w) in enumerate(ROWS)])
def test_dev4_kinds(group: str, text: str, want: Want) -> None:
    assert read_as(text, "ru", want) == want, text
