"""Scam requests stay rules and win over everything the classifier thinks.

Which scenario a message describes is the classifier's job; its phrasings are tested in
tests/test_understanding.py, and the text rules the scam words rest on in tests/test_text.py.
"""

from __future__ import annotations

import pytest

from flows.understanding import understand
from flows.understanding.scams import is_scam, word_matches, words, words_in
from flows.understanding.text import MAX_CHARS

SCAM_TEXTS = {
    "en": (
        "seller wants me to close the dispute",
        "the seller asked me to close the dispute and he will refund via PayPal",
        "seller says if I close the dispute he will send money through paypal",
        "seller asks me to confirm receipt before the parcel arrives",
        "he told me to confirm delivery first", "should I confirm receipt? it has not arrived yet",
        "seller wants me to pay outside aliexpress",
        "seller asked to pay directly by bank transfer",
        "Seller Wants Me To Cancel The Dispute", "the seller offers a refund by card transfer",
        "seller wants an extra payment for shipping",
        "parcel not received and seller asks me to close dispute",
        "close the dispute and i will refund you", "just closing the dispute and he pays me back",
        "cancel my dispute and she promises a resend",
    ),
    "ru": (
        "продавец просит закрыть спор", "продавец предлагает вернуть деньги на пейпал",
        "просит отменить спор, обещает вернуть деньги", "продавец хочет перевести деньги на карту",
        "продавец просит подтвердить получение",
        "подтвердить получение до того, как пришла посылка?",
        "предлагает оплатить напрямую", "хочет, чтобы я заплатил мимо алиэкспресс",
        "ПРОДАВЕЦ ПРОСИТ ЗАКРЫТЬ СПОР", "продавец требует доплату",
        "посылка не пришла, а продавец уговаривает отменить спор",
    ),
}

@pytest.mark.parametrize("text", [t for texts in SCAM_TEXTS.values() for t in texts])
def test_scam_phrases_win(text: str) -> None:
    assert is_scam(text)
    heard = understand(text, "en")
    assert (heard.intent, heard.scam) == ("scams", True)


@pytest.mark.parametrize(
    "text",
    ["I paid with PayPal and the refund is late", "оплатил картой, деньги не пришли",
     "how do I confirm receipt?", "seller closed the order", "my card expired",
     "I opened a dispute, seller is silent", "хочу закрыть спор, товар пришел",
     "I paid with paypal", "оплатил через paypal", "оплатила через пейпал, где возврат",
     "aliexpress closed my dispute and sided with the seller",
     "i cancelled the dispute and reopened it the next day",
     "support closed the dispute and refunded me"],
)
def test_legitimate_mentions_are_not_scams(text: str) -> None:
    assert not is_scam(text)


@pytest.mark.parametrize(
    ("word", "token", "ok"),
    [("посылк", "посылку", True), ("посылк", "пасылку", True), ("посылк", "посылк", True),
     ("disput", "dispte", True), ("receiv", "recieved", True), ("отмен", "отмна", True),
     ("не", "нет", False), ("not", "nothing", False), ("спор", "спора", True),
     ("track", "truck", False), ("хочет$", "хочется", False), ("broken", "token", False)],
)
def test_word_matching(word: str, token: str, ok: bool) -> None:
    assert word_matches(word, token) is ok


def test_a_scam_late_in_a_long_message_is_still_caught() -> None:
    text = "my parcel never arrived and the seller is silent. " * 18
    assert len(text) < MAX_CHARS - 60
    assert is_scam(text + "Now the seller asks me to close the dispute.")
    assert not is_scam(text)


def test_words_past_the_reading_limit_are_ignored() -> None:
    padding = "my parcel never arrived and the seller is silent. " * 30
    assert not understand(padding + "Now the seller asks me to close the dispute.", "en").scam


def test_a_scam_in_the_other_language_is_caught_too() -> None:
    assert understand("продавец просит закрыть спор", "en").scam
    assert understand("the seller wants me to close the dispute", "ru").scam


def test_the_letter_index_finds_every_word_a_token_matches() -> None:
    stems = [w.rstrip("$") for w in words()]
    # each stem, its prefixes and every one-letter typo of it: missing, extra, wrong, swapped
    typos = {s[:i] + s[i + 1:] for s in stems for i in range(len(s))}
    typos |= {s[:i] + "x" + s[i:] for s in stems for i in range(len(s))}
    typos |= {s[:i] + "ы" + s[i + 1:] for s in stems for i in range(len(s))}
    typos |= {s[:i] + s[i + 1] + s[i] + s[i + 2:] for s in stems for i in range(len(s) - 1)}
    tokens = {*stems, *(s + "ами" for s in stems), *typos}
    for token in tokens:
        assert words_in(token) == {w for w in words() if word_matches(w, token)}, token
