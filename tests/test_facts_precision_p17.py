"""Buyers in both languages on the kinds of phrasing that still gave a dispute's stage that
contradicts the buyer (seventeenth pass B): the seller's no in other words ("knocked back",
"turned down"), an offer of nothing, the seller asking for receipt confirmed before he sends a
new one, the seller's time to answer asked in general; and the tracking's place told with the
silence after it («приехала в … и на этом всё») read as the parcel still in the country. Beside
each kind, look-alikes that must
stay silent or keep their stage. No line here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import kind_rows, read_as


def stage(value: str | None) -> dict[str, str | None]:
    """The dispute's stage (None: no stage may be read)."""
    return {"dispute": value}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, dict[str, str | None]], ...]] = {
    # the seller's no told with a phrasal verb is refused, never the dispute merely opened
    "refused in other words": (
        ("en", "the store turned down my claim yesterday, the lamp never lit up", stage("refused")),
        ("en", "shop knocked my dispute back within a day, what now", stage("refused")),
        ("en", "he just shot down the dispute saying photos are not enough", stage("refused")),
        ("en", "seller turned the claim down and stopped replying", stage("refused")),
        # look-alikes: someone else's no, a turn of the item, the buyer's own words
        ("en", "my dispute is open, i turned the lamp down to test it", stage("opened")),
        ("en", "turned the box upside down, no charger inside, my claim is open", stage("opened")),
    ),
    # refused, then "offered nothing": the refusal is the stage, no offer
    "an offer of nothing: no offer": (
        ("en", "seller declined my claim and offered nothing at all", stage("refused")),
        ("en", "store refused the dispute, then offered no refund whatsoever", stage("refused")),
        ("en", "the seller rejected my dispute but offered not a cent", stage("refused")),
        # look-alikes: a real offer after the refusal stays an offer
        ("en", "the seller rejected my dispute but offered 10 dollars", stage("offer")),
        ("en", "seller refused the claim and then offered a coupon", stage("offer")),
    ),
    # asked to confirm receipt first, then he sends a new one: pressure, not an offer
    "confirm receipt first: no offer": (
        ("en", "the store keeps asking me to confirm delivery so they can ship a new one, "
               "claim is open", stage("opened")),
        ("en", "dispute opened. seller tells me to mark it received and then he will send "
               "another", stage("opened")),
        ("en", "shop is pushing me to confirm receipt first, then resend the item", stage(None)),
        ("ru", "открыл спор, а магазин требует подтвердить получение, тогда пришлёт новый",
         stage("opened")),
        ("ru", "продавец уговаривает сначала подтвердить доставку, потом отправит замену",
         stage(None)),
        ("ru", "спор открыт, продавец пишет подтвердите получение и он вернёт деньги",
         stage("opened")),
        # look-alikes: an offer with no receipt asked stays an offer
        ("en", "seller offered to send a replacement, my claim is open", stage("offer")),
        ("ru", "продавец готов выслать замену по спору", stage("offer")),
    ),
    # how long the seller has to answer, asked in general: no stage
    "the seller's time asked: no stage": (
        ("ru", "сколько дней у продавца на ответ по диспуту?", stage(None)),
        ("ru", "подскажите, сколько обычно даётся продавцу на решение по спору", stage(None)),
        ("ru", "сколько времени есть у магазина на ответ?", stage(None)),
        # look-alikes: the buyer's own dispute told beside the question keeps its stage
        ("ru", "открыла спор вчера, сколько дней у продавца на ответ?", stage("opened")),
        ("ru", "жду ответ по спору уже неделю", stage("opened")),
    ),
    # arrived somewhere, then silent: no "in the country" state; the silence may give its days
    "arrived, then silent: not in the country": (
        ("ru", "посылка пришла в Екатеринбург на сортировку 10 дней назад и на этом всё",
         {"tracking": "stalled", "tracking_quiet_days": "10"}),
        ("ru", "посылка в Москве на сортировке, и как в воду канула", {"tracking": None}),
        ("ru", "трек умер в Новосибирске на таможне, давно уже", {"tracking": None}),
        ("ru", "отслеживание сдохло, она в Москве на таможне", {"tracking": None}),
        ("ru", "пришла на почту в Самаре, и на этом всё", {"tracking": None}),
        # look-alikes: the place with no silence after it, or a silence that is not one
        ("ru", "посылка уже в Москве на сортировке", {"tracking": "in_country"}),
        ("ru", "прибыла в мой город, но на этом всё не закончилось, курьер потерял",
         {"tracking": "in_country"}),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_contradicting_value(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A stage or tracking state that contradicts the buyer is never read; the look-alikes keep
    theirs."""
    assert read_as(text, lang, want) == want, text
