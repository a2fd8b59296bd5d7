"""Buyers in both languages on the kinds of phrasing that make the dispute's stage read wrong
(fifteenth pass, precision only): a stage whose actor is someone else, a stage told before a
later one, what a seller may do asked in general, another item's dispute. Each kind says less
where it is unsure, never more; beside each, look-alikes that must keep their stage. No line
here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import kind_rows, read_as


def stage(value: str | None) -> dict[str, str | None]:
    """The dispute's stage (None: no stage may be read)."""
    return {"dispute": value}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, dict[str, str | None]], ...]] = {
    # a relative's own stage, or the seller as the loser: not the buyer's stage
    "someone else acts: no stage": (
        ("ru", "жена выиграла спор с этим продавцом", stage(None)),
        ("ru", "мама случайно отменила спор, теперь не знаю", stage(None)),
        ("ru", "брат проиграл диспут по наушникам", stage(None)),
        ("ru", "коллега закрыл свой спор по ошибке", stage(None)),
        ("ru", "продавец проиграл спор", stage(None)),
        ("ru", "магазин вроде проиграл диспут?", stage(None)),
        ("en", "my wife won her claim against that shop", stage(None)),
        ("en", "friend told me the seller rejected his dispute", stage(None)),
        ("en", "my neighbour lost their case with the same store", stage(None)),
        ("en", "my brother got his claim denied by aliexpress", stage(None)),
    ),
    "the buyer or the seller acts: the stage stays": (
        ("ru", "муж открыл спор за меня, продавец молчит", stage("opened")),
        ("ru", "я проиграл спор", stage("lost")),
        ("ru", "продавец выиграл спор", stage("lost")),
        ("ru", "сама случайно отменила спор", stage("closed_by_me")),
        ("en", "I lost the dispute", stage("lost")),
        ("en", "i closed my claim by mistake", stage("closed_by_me")),
    ),
    # two steps told: the later one only when the words order it in time; unordered or
    # unclear whose refusal, no stage
    "a stage told before a later one": (
        ("ru", "спор отклонили, продавец теперь предлагает 50%", stage("offer")),
        ("ru", "сначала продавец отклонил спор, потом я обжаловал и выиграл", stage("won")),
        ("ru", "продавец отказал, затем предложил вернуть 4 доллара", stage("offer")),
        ("ru", "продавец предложил 3 доллара, потом отказал", stage(None)),
        ("ru", "магазин предлагал купон а затем передумал", stage(None)),
        ("ru", "спор проиграла, подала апелляцию", stage(None)),
        ("ru", "проиграл диспут и обжаловал решение", stage(None)),
        ("en", "i closed the dispute and opened a new one", stage(None)),
        ("en", "lost the claim so i filed another", stage(None)),
        ("en", "cancelled my dispute by accident, opened a second dispute today", stage(None)),
    ),
    "one stage told: it stays": (
        ("ru", "продавец отклонил спор, теперь не знаю что делать", stage("refused")),
        ("ru", "открыл спор, потом закрыл", stage("closed_by_me")),
        ("ru", "спор проиграл, что делать", stage("lost")),
        ("en", "i opened a claim and the seller refused it", stage("refused")),
    ),
    # what a seller can do, asked in general: no offer, no refusal
    "asked in general": (
        ("en", "can the seller offer a partial refund in a dispute?", stage(None)),
        ("en", "would the store refuse a claim with no video", stage(None)),
        ("en", "does the shop usually propose a coupon or money", stage(None)),
        ("en", "could they decline if the tracking says delivered?", stage(None)),
        ("en", "the seller offered 5 dollars in the dispute, can he offer more?", stage("offer")),
    ),
    # another item's dispute told first: its stage is not this item's
    "another item's dispute": (
        ("en", "the other item's claim was rejected, this one arrived fine", stage(None)),
        ("en", "another product's dispute got declined, now this one is late", stage(None)),
        ("en", "second items claim refused and i dont know about this parcel", stage(None)),
        ("en", "the seller rejected my claim, the other item came fine", stage("refused")),
        ("en", "the other item arrived, but the seller rejected my claim for this one",
         stage("refused")),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_dispute(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A buyer writes the kind in other words: the stage is said less, never the opposite."""
    assert read_as(text, lang, want) == want, text
