"""What did not happen, plans, fears and other orders (twenty-seventh pass F): a plan or a fear
about a dispute gives no stage and hides none of this order's; a past order's or a friend's story
gives no fact, this order's told after it does; a dispute named by its subject keeps its age; a
number that never showed anything is dead; protection over when the buyer says so, never at a
time to come nor denied by a belief they had; a deadline missed is protection over. Each kind
with its look-alikes. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as


def stage(value: str | None, days: str | None = None) -> Want:
    """The dispute's stage and its age (None: must not be read)."""
    return {"dispute": value, "dispute_days": days}


def track(value: str | None) -> Want:
    """The tracking state (None: must not be read)."""
    return {"tracking": value}


def left(value: str | None) -> Want:
    """Protection time left, as its bucket (None: must not be read)."""
    return {"protection_left": value}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "a plan or a fear: no stage, and this order's stage still read": (
        ("en", "if he keeps ignoring me till friday i'll escalate. my claim has been open 6 days",
         stage("opened", "6")),
        ("en", "dispute open 5 days, gonna escalate if the store stays silent",
         stage("opened", "5")),
        ("en", "my dispute is open for 8 days now, if nobody replies by monday im going to "
         "escalate it", stage("opened", "8")),
        ("en", "I'll open a dispute unless it turns up by the weekend", stage(None)),
        ("en", "if the parcel isn't here next week im gonna file a claim", stage(None)),
        ("en", "planning to open a dispute tomorrow morning", stage(None)),
        ("en", "honestly i'm scared to open a dispute, the seller might leave me a bad review",
         stage(None)),
        ("en", "thinking about opening a claim but not sure", stage(None)),
        ("ru", "если к среде не ответит, обострю. спор открыт 5 дней", stage("opened", "5")),
        ("ru", "спор идёт 8 дней, если до понедельника тишина, буду обострять",
         stage("opened", "8")),
        ("ru", "открою спор, если до выходных не привезут", stage(None)),
        ("ru", "собираюсь завтра открыть диспут", stage(None)),
        ("ru", "боюсь открывать спор, вдруг продавец обидится", stage(None)),
        ("ru", "думаю открыть спор, но не уверена", stage(None)),
        # look-alikes: a stage told beside the plan keeps its value; none when said; a coupon
        # for not opening one is the seller's, never a plan of the buyer's
        ("en", "seller turned my claim down, so I'll escalate it", stage("refused")),
        ("en", "haven't opened a dispute yet, i'll open one if he doesn't write back",
         stage("none")),
        ("en", "the store offered a coupon if i won't open a dispute", stage("none")),
        ("ru", "продавец отклонил спор, буду обострять", stage("refused")),
        ("ru", "спор пока не открывал, открою, если до пятницы не отправят", stage("none")),
        ("ru", "магазин обещает купон, если не буду открывать спор", stage("none")),
    ),
    "another order's story: no fact, this order's told after it is": (
        ("en", "had a claim with this shop last year and lost it. this one I opened 4 days ago",
         stage("opened", "4")),
        ("en", "last time I won a dispute against them in a week. this time I opened one 2 days "
         "ago", stage("opened", "2")),
        ("en", "my previous order's claim got refused, this one has been open 5 days",
         stage("opened", "5")),
        ("en", "a friend won her dispute in 3 days, mine has been open 9 days",
         stage("opened", "9")),
        ("ru", "в прошлом году спорила с этим магазином, проиграла. этот открыла 4 дня назад",
         stage("opened", "4")),
        ("ru", "в прошлый раз выиграл спор за неделю. в этот раз открыл 2 дня назад",
         stage("opened", "2")),
        ("ru", "у подруги диспут решили быстро, а мой висит уже 9 дней", stage("opened", "9")),
        # look-alikes: only the other order told; this order's stage after it; a card's month
        ("en", "last time the money came back in 4 days", stage(None)),
        ("en", "last time i won, but now the store rejected my dispute", stage("refused")),
        ("en", "won the dispute but my card expired last month, where does the money go",
         stage("won")),
        ("ru", "в прошлый раз деньги вернулись за 4 дня", stage(None)),
        ("ru", "в прошлый раз выиграла, а сейчас продавец отклонил спор", stage("refused")),
    ),
    "a dispute named by its subject keeps its age": (
        ("en", "the dispute about the lamp that came with a cracked shade has been open 9 days",
         stage("opened", "9")),
        ("en", "the claim for the bent rim is open 4 days", stage("opened", "4")),
        ("en", "my dispute over the fake sneakers has been going for 2 weeks",
         stage("opened", "14")),
        ("ru", "спор по лампе, которая пришла с трещиной, открыт 9 дней", stage("opened", "9")),
        ("ru", "спор про погнутый обод висит 4 дня", stage("opened", "4")),
        # look-alikes: a stage or another day between the noun and the verb
        ("en", "by mistake i closed my dispute about the speaker, can i open it again?",
         {"dispute": "closed_by_me"}),
        ("ru", "случайно закрыла спор на третий день, можно открыть заново?",
         {"dispute": "closed_by_me"}),
        ("ru", "спор по заказу выигран, возврат идёт на карту", {"dispute": "won"}),
    ),
    "a number that never showed anything is dead": (
        ("en", "the number they gave me has never had a single scan on it", track("dead")),
        ("en", "got a tracking number, it has never shown anything", track("dead")),
        ("en", "the code hasn't shown anything since day one", track("dead")),
        ("en", "tracking never displayed any info at all", track("dead")),
        ("en", "got the number, zero information on it from the start", track("dead")),
        ("ru", "трек-номер так ни разу ничего и не показал", track("dead")),
        ("ru", "по номеру с самого начала никакой информации", track("dead")),
        ("ru", "номер ни разу не отслеживался", track("dead")),
        ("ru", "по треку за всё время ни одной записи", track("dead")),
        ("ru", "трек-номер продавец так и не прислал", track("no_tracking")),
        # look-alikes: the buyer got nothing; another order's number; the seller's general
        # claim; a number that started to work later
        ("en", "tracking shows delivered but i never got anything", track("delivered")),
        ("en", "my last order's number never showed anything, this one is fine", track(None)),
        ("en", "the seller said the number never shows anything at first", track(None)),
        ("en", "the number showed nothing yesterday but today it has a scan", track(None)),
        ("ru", "у прошлого заказа трек ни разу ничего не показал, а этот в порядке",
         track(None)),
        ("ru", "продавец говорит, что трек сначала ничего не показывает", track(None)),
    ),
    "protection over or not, in words": (
        ("en", "protection hits zero in 10 hours", left("hours")),
        ("en", "the protection timer will hit zero in 3 days", left("days")),
        ("en", "protection expired yesterday, I was sure I had 4 days left", left("ended")),
        ("en", "I didn't open a dispute in time and the order closed itself", left("ended")),
        ("en", "never managed to file a claim before the protection ran out", left("ended")),
        ("ru", "защита обнулится через 10 часов", left("hours")),
        ("ru", "защита кончилась вчера, я думала, у меня ещё 3 дня", left("ended")),
        ("ru", "защита истекла позавчера, была уверена, что ещё неделя", left("ended")),
        ("ru", "спор открыть не успел, заказ закрылся", left("ended")),
        ("ru", "опоздала с открытием спора", left("ended")),
        # look-alikes: zero reached already; asked or advised; a condition
        ("en", "protection hit zero yesterday", left("ended")),
        ("en", "make sure you open a dispute in time", left(None)),
        ("en", "did I open the dispute in time?", left(None)),
        ("ru", "если не успею открыть спор, что будет?", left(None)),
        ("ru", "главное успеть открыть спор вовремя", left(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_what_did_not_happen_plans_and_other_orders(lang: str, text: str, want: Want) -> None:
    """A buyer tells what did not happen, a plan, a fear or another order: the value said of
    this order, never another one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
