"""Russian messages written to trip the fact readers: a parcel that moved again after a silence,
a timer that is still running though the word «истекла» is there, someone else's timer, the
seller's words, a second dispute after the first. Each stated fact must be what the words say;
when they do not say it, nothing (None)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts

TODAY = date(2026, 3, 10)

# (message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, dict[str, str | None]], ...]] = {
    "tracking": (
        # the silence is over: the parcel moved again
        ("трек не обновлялся 10 дней, но сегодня появился новый статус",
         {"tracking": None, "tracking_quiet_days": None}),
        ("посылка прибыла в россию, потом 3 дня тишины, а сегодня передана в доставку",
         {"tracking_quiet_days": None}),
        ("трек висел 20 дней, теперь снова двигается", {"tracking_quiet_days": None}),
        ("вчера трек обновился, а до этого две недели стоял",
         {"tracking": None, "tracking_quiet_days": None}),
        # days on the way are not days of silence
        ("посылка в пути 40 дней, трек не обновлялся с 20 февраля",
         {"tracking_quiet_days": None}),
        # a parcel waiting at the post office is not a stalled one
        ("посылка на почте уже неделю лежит, а забрать не могу потому что нет смс",
         {"tracking": None, "tracking_quiet_days": None}),
        ("посылка в пункте выдачи уже 5 дней", {"tracking": "in_country",
                                                "tracking_quiet_days": None}),
        # «сколько дней» counts nothing
        ("через сколько дней без движения можно открывать спор? у меня 8 дней",
         {"tracking_quiet_days": None}),
        # the app's status «Ожидает подтверждения получения» is not «получено»
        ("статус «Ожидает подтверждения получения», а посылки нет", {"tracking": None}),
        # «посылки нет, трек пустой»: a number that shows nothing, not «no tracking number»
        ("пишу уже третий раз, продавец не отвечает 5 дней, посылки нет, трек пустой",
         {"tracking": "dead"}),
        # still right
        ("посылка пришла на таможню 20 дней назад и с тех пор тишина",
         {"tracking": "dead", "tracking_quiet_days": "20"}),
        ("трек молчал 5 дней, потом пришла в москву и снова стоит уже 16 дней",
         {"tracking": "dead", "tracking_quiet_days": "16"}),
        ("прибыла в сортировочный центр 5 дней назад, дальше тишина",
         {"tracking": "stalled", "tracking_quiet_days": "5"}),
        ("посылка уехала со склада в китае 2 недели назад, больше ничего",
         {"tracking": "stalled", "tracking_quiet_days": "14"}),
        ("трек номер LP00123456789012 не работает уже 18 дней",
         {"tracking": "dead", "tracking_quiet_days": "18", "problem": None}),
        ("номер заказа 8123456789012345, трек не двигается 12 дней",
         {"tracking": "stalled", "tracking_quiet_days": "12"}),
        ("купила 40 дней назад, трек не двигается 2 недели",
         {"tracking": "stalled", "tracking_quiet_days": "14"}),
        ("заказала 2 месяца назад, трек стоит 18 дней",
         {"tracking": "dead", "tracking_quiet_days": "18"}),
        ("по треку пишет вручено, но я ничего не получала", {"tracking": "delivered"}),
        ("трек номер не отслеживается уже 3 недели",
         {"tracking": "dead", "tracking_quiet_days": "21"}),
        ("посылка в моем городе, трек обновлялся позавчера",
         {"tracking": "in_country", "tracking_quiet_days": None}),
        ("думала трек завис, а он просто долго шел, сейчас уже в москве",
         {"tracking_quiet_days": None}),
        ("если трек не обновится еще 5 дней, открою спор",
         {"tracking": None, "tracking_quiet_days": None}),
        # moved again after the silence, in other words
        ("наконец то трек обновился после 20 дней тишины",
         {"tracking": None, "tracking_quiet_days": None}),
        ("трек был мертвый 2 недели, а сейчас ожил", {"tracking_quiet_days": None}),
        ("трек обновился впервые за 3 недели", {"tracking_quiet_days": None}),
        ("трек обновился последний раз десять дней назад",
         {"tracking": "stalled", "tracking_quiet_days": "10"}),
        # what may happen, what others read, someone else's parcel
        ("я знаю что трек может не обновляться 2 недели, но у меня уже 20 дней",
         {"tracking_quiet_days": None}),
        ("на форуме пишут что трек стоит 30 дней и это нормально, а у меня 12",
         {"tracking_quiet_days": None}),
        ("у мужа трек стоит месяц, а у меня 5 дней", {"tracking_quiet_days": None}),
        ("в прошлом заказе трек стоял 20 дней, сейчас опять стоит 10",
         {"tracking_quiet_days": None}),
        # a second number, or one that worked elsewhere: not a number that never worked
        ("первый трек не работал, продавец дал другой, он показывает что посылка в москве",
         {"tracking": None}),
        ("трек не отслеживается в россии, а в китае показывал", {"tracking": None}),
        ("трек никогда не работал", {"tracking": "dead", "problem": None}),
        # still right
        ("посылка двигалась нормально до москвы, а теперь 2 недели тишина",
         {"tracking": "stalled", "tracking_quiet_days": "14"}),
        ("посылка в россии уже 3 недели и не двигается",
         {"tracking": "dead", "tracking_quiet_days": "21"}),
        ("посылка прибыла в москву 25 дней назад, и больше ничего",
         {"tracking": "dead", "tracking_quiet_days": "25"}),
        ("а трек то не обновляется уже дня четыре",
         {"tracking": "stalled", "tracking_quiet_days": "4"}),
        ("трек не обновляется недели три", {"tracking": "dead", "tracking_quiet_days": "21"}),
        ("ни одного обновления с момента отправки, а это уже 25 дней",
         {"tracking": "dead", "tracking_quiet_days": "25"}),
        ("трек работает, но посылка стоит 8 дней",
         {"tracking": "stalled", "tracking_quiet_days": "8"}),
        ("трек стоит 16 дней и продавец не отвечает 3 дня",
         {"tracking": "dead", "tracking_quiet_days": "16"}),
        ("уже 16 дн. без движения", {"tracking": "dead", "tracking_quiet_days": "16"}),
        ("посылка вручена, но я её не получала, на почте говорят что отдали кому то",
         {"tracking": "delivered"}),
        ("трек обновляется каждый день, защита 10 дней",
         {"tracking": "moving", "protection_hours": "240"}),
        ("жду посылку уже 45 дней", {"tracking": None, "tracking_quiet_days": None}),
        ("доставка должна была быть 10 дней назад", {"tracking_quiet_days": None}),
        ("трек стоит 15 дней, а до окончания защиты 5 дней, продавец предлагает продлить на "
         "10 дней",
         {"tracking": "dead", "tracking_quiet_days": "15", "protection_hours": "120"}),
    ),
    "protection": (
        # not over: «ещё не истекла», «не закончилась пока»
        ("защита еще не истекла, осталось 5 дней",
         {"protection_left": "days", "protection_hours": "120"}),
        ("таймер еще не закончился, осталось 30 часов",
         {"protection_left": "hours", "protection_hours": "30"}),
        ("защита не закончилась пока, там 9 дней", {"protection_left": None}),
        ("защита еще не закончилась, осталось около недели", {"protection_left": "days"}),
        ("защита истекла? нет, еще 3 дня осталось",
         {"protection_left": "days", "protection_hours": "72"}),
        # another order's or someone else's timer
        ("в прошлом заказе защита истекла, а в этом еще 6 дней",
         {"protection_left": "days", "protection_hours": "144"}),
        ("у подруги защита закончилась, а у меня 10 дней еще",
         {"protection_left": None}),
        # what it was, what it would have been, what the seller says
        ("раньше было 20 дней защиты, сейчас осталось 3",
         {"protection_left": None, "protection_hours": None}),
        ("защита была 60 дней, прошло 55", {"protection_left": None}),
        ("защита закончилась бы через 5 дней, но я продлила", {"protection_left": None}),
        ("продавец пишет что защита еще 20 дней, а у меня в приложении 2 дня",
         {"protection_hours": None}),
        ("продавец говорит что защита заканчивается через 5 дней, но в приложении пишет 10",
         {"protection_hours": None}),
        # still right
        ("защита закончилась 3 дня назад а посылки нет", {"protection_left": "ended"}),
        ("защита покупателя закончилась, а продавец продлевать отказывается",
         {"protection_left": "ended"}),
        ("защита кончилась вчера", {"protection_left": "ended"}),
        ("срок защиты вышел неделю назад", {"protection_left": "ended"}),
        ("таймер защиты 00:00:00, посылки нет", {"protection_left": "ended"}),
        ("счетчик защиты обнулился вчера", {"protection_left": "ended"}),
        ("скоро закончится защита, осталось 2 дня",
         {"protection_left": "hours", "protection_hours": "48"}),
        ("таймер защиты показывает 2 дня 14 часов",
         {"protection_left": "days", "protection_hours": "62"}),
        ("продавец продлил защиту на 15 дней, сейчас осталось 25 дней",
         {"protection_left": "week", "protection_hours": "600"}),
        ("защита почти закончилась, осталось 10 часов",
         {"protection_left": "hours", "protection_hours": "10"}),
        ("защита истекает через 20 часов, трек висит неделю",
         {"protection_left": "hours", "protection_hours": "20", "tracking": "stalled",
          "tracking_quiet_days": "7"}),
        ("уже 20 дней трек стоит, осталось 5 дней защиты",
         {"protection_hours": "120", "tracking": "dead", "tracking_quiet_days": "20"}),
        ("продавец просит подождать еще 15 дней, а защита заканчивается через 6 дней",
         {"protection_hours": "144"}),
        ("защита кончается через 2 дня, а продавец говорит ждать еще 10 дней",
         {"protection_left": "hours", "protection_hours": "48"}),
        # the seller's shipping timer is never protection
        ("продавец не отправил, таймер истек вчера",
         {"protection_left": None, "order_status": "awaiting"}),
        ("срок обработки истек, продавец так и не отправил", {"protection_left": None}),
        ("время на отправку вышло 2 дня назад", {"protection_left": None}),
        ("ожидает отправки уже 10 дней, осталось 2 дня на отправку",
         {"protection_left": None, "tracking": None}),
    ),
    "dispute": (
        # a second dispute after the first: which one's stage is meant cannot be told
        ("спор отклонили, я открыла новый, ждем ответа продавца", {"dispute": None}),
        # still right
        ("открыла спор, продавец отклонил, алиэкспресс решил в мою пользу", {"dispute": "won"}),
        ("алиэкспресс закрыл спор в пользу продавца", {"dispute": "lost"}),
        ("спор, который я открыла, закрыли в пользу продавца", {"dispute": "lost"}),
        ("продавец просит закрыть спор и обещает отправить заново", {"dispute": "opened"}),
        ("открыла спор, но продавец просит отменить и обещает скидку", {"dispute": "opened"}),
        ("я закрыла спор по ошибке, можно ли открыть снова?", {"dispute": "closed_by_me"}),
        ("открыла спор 10 дней назад, потом закрыла, теперь хочу открыть снова",
         {"dispute": "closed_by_me", "dispute_days": "10"}),
        ("спор открыт 5 дней назад, продавец молчит",
         {"dispute": "opened", "dispute_days": "5"}),
        ("спор открыт уже неделю, продавец не отвечает",
         {"dispute": "opened", "dispute_days": "7"}),
        ("спор открыт 3 дня, продавец предложил купон на 5 долларов",
         {"dispute": "offer", "dispute_days": "3"}),
        ("продавец отклонил спор 2 дня назад, я эскалировала",
         {"dispute": "escalated", "dispute_days": "2"}),
        ("спор уже 7 дней на рассмотрении у алиэкспресс",
         {"dispute": "escalated", "dispute_days": "7"}),
        ("спор не открыт, заказ завершен, посылки нет",
         {"dispute": "none", "order_status": "completed"}),
        ("статус заказа «Завершен», спор не открывала",
         {"dispute": "none", "order_status": "completed"}),
        ("в прошлый раз спор выиграла, а сейчас продавец не отвечает", {"dispute": None}),
        ("продавец сказал что если я открою спор, он заблокирует", {"dispute": None}),
        ("хочу открыть спор, но продавец просит подождать", {"dispute": None}),
        ("продавец просит не открывать спор", {"dispute": None}),
        ("спор открывать боюсь, продавец угрожает", {"dispute": None}),
        ("спор проигран, а посылки нет", {"dispute": "lost"}),
        # the latest stage: an escalation after a refusal and an offer
        ("открыла спор, продавец сначала отказал, потом предложил 3 доллара, я отклонила и "
         "обострила", {"dispute": "escalated"}),
        # «в мою пользу» denied is no win; money back on its own names no stage
        ("спор в мою пользу не решили, отказали", {"dispute": None}),
        ("продавец не ответил на спор вовремя, и деньги вернули автоматически",
         {"dispute": None}),
        # another order's dispute
        ("на другой заказ открыт спор, а этот еще в пути", {"dispute": None}),
        ("по прошлому заказу спор выиграла, а по этому продавец не отвечает", {"dispute": None}),
        ("спор по этому заказу не открывала, а по другому открыла", {"dispute": "none"}),
        # «я ничего не нажимала» is no broken button
        ("спор закрылся сам, я ничего не нажимала", {"problem": None}),
        # still right
        ("спор закрыт в мою пользу, деньги вернули на карту", {"dispute": "won"}),
        ("спор не выиграла, закрыли в пользу продавца", {"dispute": "lost"}),
        ("спор пока не закрыт, жду", {"dispute": "opened"}),
        ("спор отклонен продавцом, что дальше?", {"dispute": "refused"}),
        ("продавец отклонил спор, но я не стала обострять", {"dispute": "refused"}),
        ("сказали открыть спор, но я пока не открывала", {"dispute": "none"}),
        ("продавец пишет: откройте спор на возврат денег", {"dispute": None}),
        ("открыла спор вчера", {"dispute": "opened", "dispute_days": "1"}),
        ("открыл спор позавчера", {"dispute": "opened", "dispute_days": "2"}),
        ("спор открыт больше недели", {"dispute": "opened", "dispute_days": "7"}),
        ("спор идет уже 10-12 дней", {"dispute_days": None}),
        ("я открыла спор 5 дней назад, а заказ сделала 40 дней назад",
         {"dispute": "opened", "dispute_days": "5"}),
        ("заказала 20 дней назад, спор открыла 3 дня назад",
         {"dispute": "opened", "dispute_days": "3"}),
        ("продавец предложил отправить новый товар, спор не открывала", {"dispute": "none"}),
        ("спор закрыла, потому что продавец пообещал вернуть деньги, а он не вернул",
         {"dispute": "closed_by_me"}),
        ("алиэкспресс решил спор в мою пользу, но продавец подал апелляцию", {"dispute": "won"}),
        ("апелляцию продавца отклонили", {"dispute": "won"}),
        ("хочу оспорить решение по спору", {"dispute": None}),
        ("возврат одобрен, но денег нет", {"dispute": None}),
    ),
    "order_status": (
        ("заказ не отменен, но деньги вернули", {"order_status": None}),
        ("заказ не завершен, хотя посылка пришла", {"order_status": None}),
        ("заказ отменился сам когда истек срок отправки",
         {"order_status": "cancelled", "protection_left": None}),
        ("заказ завершен автоматически, а посылку я не получила",
         {"order_status": "completed"}),
        ("заказ еще не отправлен, прошло 10 дней",
         {"order_status": "awaiting", "tracking_quiet_days": None}),
    ),
    "problem": (
        ("если придет брак, что делать?", {"problem": None}),
        ("боюсь что пришлют подделку", {"problem": None}),
        ("продавец говорит что это не брак, а особенность", {"problem": None}),
        ("пришла сломанная кружка, а вторая целая", {"problem": "damaged"}),
        ("подтвердила получение, а потом обнаружила что товар сломан",
         {"problem": "defective"}),
    ),
}

ROWS = [(fact, text, want) for fact, rows in CASES.items() for text, want in rows]


@pytest.mark.parametrize(("fact", "text", "want"), ROWS,
                         ids=[f"{f}-{i}" for i, (f, _t, _w) in enumerate(ROWS)])
def test_fact(fact: str, text: str, want: dict[str, str | None]) -> None:
    got = extract_facts(text, "ru", TODAY)
    for key, value in want.items():
        assert got.get(key) == value, (text, got)
