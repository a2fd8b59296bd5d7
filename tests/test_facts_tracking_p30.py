"""More of the tracking in everyday words (thirtieth pass): a delivery tried at the door, a
missed-delivery card, a parcel waiting at a locker (in the country); a tracking field that is
only a dash, unregistered post (no tracking); a number showing someone else's parcel (dead);
never what might happen, nor a number not given yet. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts
from tests.support.chat import Chat

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("lang", "text", "tracking"), [
    ("en", "the postman tried to deliver it this morning but i was at work", "in_country"),
    ("en", "tracking: delivery attempted, nobody home. what now?", "in_country"),
    ("en", "DPD left me a card, the parcel is at their depot", "in_country"),
    ("en", "my aliexpress order is ready for pickup at the parcel locker near the station",
     "in_country"),
    # "no number yet": the older sets and the newer ones label it differently, so unsaid
    ("en", "still no tracking number yet and it's awaiting shipment", None),
    ("en", "the order says shipped but the tracking number box is just a dash", "no_tracking"),
    ("en", "the seller sent it by unregistered mail, so there is no number", "no_tracking"),
    ("en", "what happens if the courier tries to deliver when i'm away?", None),
    ("ru", "почтальон приходил, когда меня не было, оставил извещение", "in_country"),
    ("ru", "в почтовом ящике извещение на посылку с али", "in_country"),
    ("ru", "курьер не дозвонился, посылки нет", None),
    ("ru", "по треку вообще чужая посылка в другой город", "dead"),
    ("ru", "если курьер приедет, а меня не будет дома, что тогда?", None),
    ("ru", "движений по треку нет 20 дней", "dead"),
    # a parcel not picked up since is still in the country; one picked up is no tracking fact
    ("ru", "курьер приходил вчера, меня не было дома, посылку так и не получила", "in_country"),
    ("en", "the driver attempted delivery on monday and i still haven't got it", "in_country"),
    ("en", "postman left a card and i picked it up from the depot this morning", None),
])
def test_more_of_the_tracking_in_everyday_words(lang: str, text: str,
                                                tracking: str | None) -> None:
    assert extract_facts(text, lang, TODAY).get("tracking") == tracking, text


async def test_a_delivery_tried_at_the_door_skips_the_tracking_question(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("my parcel hasn't reached me, the courier tried to deliver yesterday while i "
                    "was out. protection 12 days left")
    assert "What does the tracking show?" not in chat.transcript()
