"""The buyer's wish for all the money back, in more everyday words (thirty-first pass): "just
give me back everything i paid", "money back, all of it", "full refund please", "I'd rather have
my money"; a share asked back is part of it ("id like 30% of the full amount back"); not a
question about what sellers must give, not all of it refused, not the seller's offer.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils

from flows.scenarios.dispute_texts import ASK, ONE_REQUEST, one_request
from flows.scenarios.seller_glosses import DESCRIPTION_WITH_BOTH, GLOSSES, gloss_of
from flows.understanding import extract_facts
from tests.support.chat import Chat
from tests.support.orders import state_of

TODAY = date(2026, 12, 8)

ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "the kettle arrived with a crack in the glass. just give me back everything i paid",
     "full"),
    ("en", "the speaker crackles and cuts out, money back, all of it", "full"),
    ("en", "the scooter charger is dead. full refund please", "full"),
    ("en", "the rug is half the size in the photos, i asked full refund in the dispute", "full"),
    ("en", "the watch strap snapped on day two. I'd rather just have my money", "full"),
    ("en", "the drone doesn't fly, i want all 120 back", "full"),
    ("en", "the tablet screen was cracked, I would like it refunded in full", "full"),
    ("en", "the jacket has a small stain, id like 30% of the full amount back and ill keep it",
     "partial"),
    ("en", "the shelf is missing two screws, i'd take a quarter of the price back", "partial"),
    ("en", "the case has a scratch, honestly i just want some of my money back", "partial"),
    ("ru", "утюг пришёл с трещиной на подошве, верните всё до копейки", "full"),
    ("ru", "наушники не заряжаются, прошу полный возврат в споре", "full"),
    ("ru", "колонка хрипит, хочу все деньги назад", "full"),
    # a question about the rules, all of it refused, the seller's offer, the bank's word
    ("en", "the fan rattles. do sellers have to give all the money back for that?", None),
    ("en", "the lamp flickers, i'd be fine with half back rather than the whole refund",
     "partial"),
    ("en", "the mug came chipped and the seller offers 40% back, fair?", None),
    ("ru", "чехол пришёл порванный, подруге за такой же вернули все деньги, как она это сделала?",
     None),
    ("ru", "2850 р вернуть должны. банк всё, отозвали лицензию", None),
)


@pytest.mark.parametrize(("lang", "text", "wanted"), ROWS)
def test_the_buyers_wish_for_the_money_in_everyday_words(lang: str, text: str,
                                                         wanted: str | None) -> None:
    assert extract_facts(text, lang, TODAY).get("refund_wanted") == wanted, text


async def test_all_the_money_asked_in_everyday_words_skips_the_question_of_which(
        chat: Chat, db: sqlite_utils.Database) -> None:
    """A faulty item and "give me back everything": "Refund only or return?" doesn't ask which
    request the buyer wants, it answers the return for the full refund."""
    await chat.send("/start")
    await chat.send("the blender i got won't turn on at all. just give me back everything i "
                    "paid")
    await chat.click("Refund only or return?")
    assert "There are two kinds of request. Which do you want?" not in chat.transcript()
    assert 'From your message: "Send it back, full refund"' in chat.last_text()
    assert state_of(db, chat.user_id) == "wrongitem_return"


async def test_the_dispute_description_keeps_only_the_request_the_buyer_said(chat: Chat) -> None:
    """"Just give me back everything": the description for the seller asks for the full refund
    only, and the line above it says so, instead of two requests to choose from."""
    await chat.send("/start")
    await chat.send("the blender i got won't turn on at all. just give me back everything i "
                    "paid")
    said = chat.transcript()
    assert "keep one line, delete the other" not in said
    assert ("I ask for a full refund; I send the item back, with the return shipping paid by "
            "the store.") in said
    assert "asking for a full refund (you send the item back), as you said." in said


async def test_the_dispute_description_for_part_of_the_money_in_russian(ru: Chat) -> None:
    await ru.send("/start")
    await ru.send("кружка пришла со сколом, согласна оставить её за часть денег")
    said = ru.transcript()
    assert "I ask for a partial refund of [AMOUNT AND CURRENCY]; I keep the item." in said
    assert "keep one line, delete the other" not in said
    assert "(товар остаётся у вас), как вы и написали. Впишите сумму." in said


async def test_with_no_request_said_the_description_keeps_both(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("the blender i got won't turn on at all")
    assert "keep one line, delete the other" in chat.transcript()


def test_every_description_with_both_requests_is_glossed_as_such() -> None:
    """A description whose requests `one_request` trims is exactly one glossed as holding both,
    so the line above a trimmed draft never promises two requests."""
    both = [text for text, gloss in GLOSSES.items() if gloss == DESCRIPTION_WITH_BOTH]
    assert both and all(text.endswith(ASK) for text in both)
    assert all(not text.endswith(ASK) for text in GLOSSES if text not in both)
    for text in both:
        for wanted, request in ONE_REQUEST.items():
            assert one_request(text, wanted).endswith(request)
            assert gloss_of(text, wanted) != DESCRIPTION_WITH_BOTH
