"""Time told by dates, events and corrections on the newest writers' text (twenty-seventh pass E):
a count the buyer takes back and corrects; a dispute's age told in its own later clause ("it's
been open 6 days") or after a long name of it; the imperfective «открывала»; the day of a dispute
an event came on ("on day 5 of it"); a refund sent somewhere N days ago, done "since yesterday";
protection that will hit zero "in 12 hours"; protection the buyer only thought they had; and the
look-alikes that must stay silent or keep another value. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, age, kind_rows, left, quiet, read_as, since_approval

CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "a count taken back: the settled one": (
        ("en", "dispute open 5 days, no, 7, the seller just ignores me", age("7")),
        ("en", "opened my claim two days ago, I mean three, and nothing from the store",
         age("3")),
        ("en", "i filed the dispute 4 days ago.. sorry 9 days ago, no answer", age("9")),
        ("en", "the refund got approved 3 days ago, actually 5, still not on my visa",
         since_approval("5")),
        ("en", "protection: 3 days 2 hours, no wait, 1 day 2 hours, parcel still not here",
         left("hours", "26")),
        ("en", "the timer says 5 days, nope, 4 days, and the package is nowhere",
         left("days", "96")),
        ("en", "no update for 8 days, or rather 11, and it's still in china",
         quiet("stalled", "11")),
        ("en", "my claim has been open not 6 days but 9, the store stalls", age("9")),
        ("en", "opened the dispute 3 days ago, oops 4 days ago, seller silent", age("4")),
        ("ru", "спор открыт 5 дней, нет, 7, продавец молчит", age("7")),
        ("ru", "открыла спор два дня назад, вернее три, ответа нет", age("3")),
        ("ru", "диспут идёт 4 дня, точнее 6 дней, продавец не отвечает", age("6")),
        ("ru", "возврат одобрили 3 дня назад, ой нет, 5, денег на карте нет",
         since_approval("5")),
        ("ru", "защиты осталось 3 дня 2 часа, вернее 1 день 2 часа, посылки нет",
         left("hours", "26")),
        ("ru", "трек стоит 8 дней, то есть 11 дней, посылка в Китае", quiet("stalled", "11")),
        ("ru", "спор открыт не 6 дней, а 9, продавец тянет", age("9")),
        ("en", "the claim is 5 days old, wait, it's 6 actually, and no reply", age("6")),
        ("en", "no movement for 8 days at the sorting centre, no, it's 11, still nothing",
         quiet("stalled", "11")),
        # look-alikes: no count after the taking back, another thing's count, two counts told
        # side by side, a count of things
        ("en", "dispute open 5 days, no answer from the seller", age("5")),
        ("en", "tracking quiet for 12 days, no updates at all", quiet("stalled", "12")),
        ("en", "dispute open 5 days, no 2 emails from the seller either", age("5")),
        ("en", "opened the dispute 6 days ago, not 10 days like the seller claims", age("6")),
        ("ru", "спор открыт 5 дней, нет ответа от продавца", age("5")),
        ("ru", "трек молчит 12 дней, а 3 дня назад я открыла спор", quiet("stalled", "12")),
        ("ru", "спор идёт 4 дня, нет, 2 письма продавцу я отправила", age("4")),
        ("en", "the dispute is open 4 days, the seller says no, it's 3 items not 2", age("4")),
        ("en", "no update for 12 days in the app, no, it's not lost", quiet("stalled", "12")),
    ),
    "the dispute's age told after it was named": (
        ("en", "I opened a dispute about the lamp. it's been open 6 days now and no reply",
         age("6")),
        ("en", "the seller wants me to cancel the dispute for a coupon. it has been open for 9 "
         "days", age("9")),
        ("en", "the claim for the headphones that came with one side dead has been open 12 days",
         age("12")),
        ("en", "filed the claim on the store, and it's been open about a week", age("7")),
        ("en", "my dispute went in when the timer was at 3 hours. now it has been open 2 days",
         age("2")),
        ("en", "the dispute over the torn jacket and the wrong zipper has been open for 10 days "
         "now", age("10")),
        ("en", "my husband closed my dispute by mistake, on day 5 of it", age("5")),
        ("en", "my son closed my dispute from his phone on day 4 of it", age("4")),
        ("ru", "открыла спор по лампе. теперь он открыт уже 3 дня, продавец молчит", age("3")),
        ("ru", "спор по наушникам, у которых не работает одна сторона, открыт 12 дней",
         age("12")),
        ("ru", "спор открыла, когда защиты оставалось 2 дня. теперь он открыт уже 4 дня",
         age("4")),
        ("ru", "претензию по куртке с порванной молнией и не тем цветом открыла, она открыта "
         "10 дней", age("10")),
        ("ru", "вчера обострил спор после отказа продавца. открывал его неделю назад", age("7")),
        ("ru", "открывала спор 5 дней назад, продавец молчит", age("5")),
        ("en", "a week ago, I opened a claim and the store keeps silent", age("7")),
        ("en", "five days ago, we filed a dispute with the shop", age("5")),
        ("ru", "пять дней назад, открыла спор, продавец молчит", age("5")),
        # look-alikes: the parcel, the order, a shop, days since an escalation, a general rule
        ("en", "it arrived 5 days ago, I opened a dispute right away", age(None)),
        ("en", "I opened a dispute. the parcel has been in transit for 20 days", age(None)),
        ("en", "dispute won. the store has been open for 5 years, shame on them", age(None)),
        ("en", "refund pending for the dispute, it's been pending 5 days", age(None)),
        ("ru", "спор открыт, посылка в пути 20 дней", age(None)),
        ("ru", "обострила спор 3 дня назад, продавец отказал", age(None)),
    ),
    "a refund's days told by the event they count from": (
        ("en", "the refund went to my old card 11 days ago and the bank has nothing",
         since_approval("11")),
        ("en", "the refund for the cancelled order was sent 8 business days ago, still waiting",
         since_approval("8")),
        ("en", "the refund for 4417 2290 1188 3345 went to my card 7 days ago, the bank has "
         "nothing", since_approval("7")),
        ("en", "refund was issued to my paypal 6 days ago but paypal shows nothing",
         since_approval("6")),
        ("en", 'refund status "successful" since yesterday and my card shows nothing',
         since_approval("1")),
        ("en", "the refund is completed since the day before yesterday, where is it",
         since_approval("2")),
        ("en", "won the dispute for the broken kettle a week ago, and the money still hasn't "
         "come", since_approval("5")),
        ("en", "Cancelled by the store twelve days ago. nothing back on my visa",
         since_approval("12")),
        ("en", "the seller cancelled it 9 days ago and I still haven't got my money",
         since_approval("9")),
        ("ru", "возврат ушёл на старую карту 11 дней назад, банк молчит", since_approval("11")),
        ("ru", "возврат по заказу отправлен 8 рабочих дней назад, денег нет",
         since_approval("8")),
        ("ru", "возврат «успешно» со вчерашнего дня, на карте пусто", since_approval("1")),
        ("ru", "возврат одобрен с позавчерашнего дня, денег нет", since_approval("2")),
        ("ru", "повернення на картку схвалили 7 днів тому, грошей нема", since_approval("7")),
        # look-alikes: the order's own age, an opening, a date, a request, a plan
        ("en", "the refund went to my card. i ordered it 10 days ago", since_approval(None)),
        ("en", "won a dispute last year. 3 days ago I opened a new one", since_approval(None)),
        ("en", "I cancelled the order i placed 4 days ago, refund approved today",
         since_approval(None)),
        ("en", "refund status successful since the 3rd, nothing yet", since_approval(None)),
        ("en", "my refund request went in 5 days ago, no answer", since_approval(None)),
        ("ru", "возврат ушёл на карту. заказ оплатила 10 дней назад", since_approval(None)),
        ("ru", "возврат успешно с 3-го числа, денег нет", since_approval(None)),
        ("ru", "открыла спор 3 дня назад, продавец молчит", since_approval(None)),
        ("ru", "в том году спор выиграл. этот открыл 4 дня назад, продавец молчит",
         since_approval(None)),
    ),
    "time left: a countdown to zero, a time only believed": (
        ("en", "protection hits zero in 12 hours and the parcel is still stuck",
         left("hours", "12")),
        ("en", "buyer protection will hit zero in 2 days, nothing came", left("hours", "48")),
        ("en", "the timer reaches zero in 30 hours", left("hours", "30")),
        ("en", "protection ended yesterday, I thought I still had 2 days", left("ended", None)),
        # (whether "it expired" is read is the state's reader's; the believed days never are)
        ("en", "I was sure protection had 5 days left, turns out it expired",
         {"protection_hours": None}),
        ("ru", "защита обнулится через 12 часов, посылки нет", left("hours", "12")),
        ("ru", "защита закончилась вчера, а я думала, что у меня ещё 2 дня",
         left("ended", None)),
        ("ru", "мне казалось, что защиты ещё неделя, а она истекла", {"protection_hours": None}),
        # look-alikes: zero already hit, a belief that came true, the time said now
        ("en", "protection hit zero 2 days ago, parcel lost", left("ended", None)),
        ("en", "the timer hit zero, what now", left("ended", None)),
        ("en", "I thought the parcel would come, now protection has 2 days",
         left("hours", "48")),
        ("ru", "думала, посылка придёт, а защиты осталось 2 дня", left("hours", "48")),
        ("ru", "защиты осталось 5 дней, посылки нет", left("days", "120")),
    ),
    "the tracking's silence told by its number or in the past": (
        ("en", "aliexpress closed it while RB123456789CN had been dead for a month",
         quiet("dead", "30")),
        ("en", "RB123456789CN has been dead for 3 weeks", quiet("dead", "21")),
        ("en", "LP00123456789012 stuck with no update for 9 days", quiet("stalled", "9")),
        ("ru", "хотя RB123456789CN месяц был мёртвый, спор закрыли", quiet("dead", "30")),
        ("ru", "трек к тому времени месяц был мёртвый", quiet("dead", "30")),
        ("ru", "номер к тому времени три недели был пустой", quiet("dead", "21")),
        ("ru", "RB123456789CN мёртвый уже 3 недели", quiet("dead", "21")),
        # look-alikes: the number sent, the parcel come, the number just named
        ("en", "seller sent LP00123456789012 and the parcel came yesterday",
         {"tracking_quiet_days": None}),
        ("en", "my tracking RB123456789CN, where is my parcel?", {"tracking_quiet_days": None}),
        ("ru", "продавец дал RB123456789CN, посылка пришла вчера",
         {"tracking_quiet_days": None}),
    ),
    "a number that never worked: its days are the shipping age from 15 on": (
        ("en", "marked shipped 25 days ago with the number, and the tracking has never worked",
         quiet("dead", "25")),
        ("en", "the seller shipped it 3 weeks ago and the number never worked, nothing at all",
         quiet("dead", "21")),
        ("en", "20 days ago it was marked shipped, the tracking never showed a single scan",
         quiet("dead", "20")),
        ("ru", "продавец поставил «Отправлено» 18 дней назад, а трек ни разу не ожил",
         quiet("dead", "18")),
        ("ru", "три недели назад заказ стал «Отправлено», а трек ни разу не работал",
         quiet("dead", "21")),
        ("ru", "отправили 16 дней назад, номер ни разу ничего не показал", quiet("dead", "16")),
        # look-alikes: under 15 days, the order's age, a silence after updates
        ("en", "shipped 10 days ago, the tracking never worked", quiet("dead", None)),
        ("en", "ordered 30 days ago, tracking never worked", {"tracking_quiet_days": None}),
        ("ru", "отправили 5 дней назад, трек ни разу не ожил", quiet("dead", None)),
        ("ru", "заказала 30 дней назад, трек ни разу не работал", {"tracking_quiet_days": None}),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_time_on_the_newest_writers_text(lang: str, text: str, want: Want) -> None:
    """A buyer tells a time by an event, a later clause or a correction: the value settled on,
    never the one taken back, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
