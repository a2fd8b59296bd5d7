"""What a buyer's first message means: the scenario (or small talk) and whether to ask.

The classifier learns from the corpus; these messages are not in it, so they show what it
learned. The expected scenarios of the messages quoted in issue 9 come from the issue.
"""

from __future__ import annotations

import pytest

from flows import engine
from flows.understanding import Understanding, decide, text_language, understand, warm_up
from flows.understanding.corpus import languages, load, parse
from flows.understanding.vocabulary import INTENTS_OTHER

SCENARIOS = ("cancel", "notshipped", "notreceived", "multiitem", "wrongitem", "dispute",
             "disputelost", "moneylate", "scams", "basics", "orders")

# (language, message, expected intent): every message quoted in issue 9.
ISSUE_9 = (
    ("en", "buyer protection ends tomorrow", "notreceived"),
    ("en", "My left earbud is dead, I'd like my money back", "wrongitem"),
    ("en", "the parcel is in my country, 36 hours left on the countdown", "notreceived"),
    ("en", "I don't like it", "wrongitem"),
    ("ru", "не понравился товар", "wrongitem"),
    ("en", "seller asked extra payment for shipping", "scams"),
    ("en", "seler didnt send my ordr", "notshipped"),
    ("en", "confirm receipt", "scams"),
    ("ru", "трек номер не работает", "notreceived"),
    ("en", "I paid with paypal", "moneylate"),
    ("ru", "оплатил через paypal", "moneylate"),
    ("en", "help", "help"),
    ("ru", "помощь", "help"),
    ("ru", "помогите", "help"),
    ("ru", "продавец просит подождать и не открывать спор", "notreceived"),
    ("en", "no updates for 18 days", "notreceived"),
    ("en", "delivered but not received", "notreceived"),
    ("ru", "трек не отслеживается", "notreceived"),
)

SMALL_TALK = (
    ("en", "hello", "greeting"), ("ru", "привет", "greeting"), ("en", "thanks a lot", "thanks"),
    ("ru", "спасибо большое", "thanks"), ("en", "can we speak russian", "language"),
    ("ru", "можно на английском", "language"), ("en", "nice weather today", "offtopic"),
    ("en", "what can you do", "help"),
)

SCAMS_WIN = (
    ("en", "my parcel never arrived and now the seller asks me to close the dispute"),
    ("ru", "посылка не пришла, а продавец уговаривает отменить спор"),
    ("en", "seller wants me to confirm receipt before the parcel arrives"),
)

BAD_INPUT = ("", "   ", "😀😀😀", "👍", "8123456789012345", "12345", "这是什么东西",
             "مرحبا كيف حالك", "\x00\t\n", "?!...", "qwxz " * 819)


@pytest.fixture(scope="module", autouse=True)
def _trained() -> None:
    """Train both models once for the module."""
    warm_up()


@pytest.mark.parametrize(("lang", "text", "intent"), ISSUE_9, ids=[t for _l, t, _i in ISSUE_9])
def test_messages_quoted_in_issue_9(lang: str, text: str, intent: str) -> None:
    result = understand(text, lang)
    assert result.intent == intent, result
    assert result.candidates == ()


def test_paying_with_paypal_is_not_a_scam() -> None:
    assert not understand("I paid with paypal", "en").scam
    assert not understand("оплатил через paypal", "ru").scam


@pytest.mark.parametrize(("lang", "text", "intent"), SMALL_TALK)
def test_small_talk_is_named(lang: str, text: str, intent: str) -> None:
    assert understand(text, lang) == Understanding(intent)


@pytest.mark.parametrize(("lang", "text"), SCAMS_WIN)
def test_scam_rules_win_over_the_classifier(lang: str, text: str) -> None:
    result = understand(text, lang)
    assert result.scam and result.intent == "scams" and result.candidates == ()


def test_a_scam_at_the_end_of_a_long_message_is_still_caught() -> None:
    text = "my parcel never arrived and the seller is silent. " * 70
    assert understand(text + "Now the seller asks me to close the dispute.", "en").scam
    assert understand(text, "en").intent == "notreceived"


@pytest.mark.parametrize("text", BAD_INPUT, ids=range(len(BAD_INPUT)))
@pytest.mark.parametrize("lang", ["en", "ru", "de"])
def test_bad_input_never_raises_and_leads_nowhere(text: str, lang: str) -> None:
    result = understand(text, lang)
    assert result.intent in (None, "offtopic") and result.candidates == ()
    assert not result.scam


def test_the_text_language_is_its_script() -> None:
    assert text_language("посылка не пришла", "en") == "ru"
    assert text_language("parcel not received", "ru") == "en"
    assert text_language("оплатил через paypal", "en") == "ru"
    assert text_language("12345", "ru") == "ru"
    assert understand("посылка не пришла", "en").intent == "notreceived"


def test_facts_come_with_the_intent() -> None:
    result = understand("the parcel is in my country, 36 hours left on the countdown", "en")
    assert dict(result.facts) == {"tracking": "in_country", "protection_left": "hours",
                                  "protection_hours": "36"}


@pytest.mark.parametrize(
    ("ranked", "expected"),
    [
        ([("cancel", 0.9), ("dispute", 0.05)], ("cancel", ())),
        ([("cancel", 0.40), ("notreceived", 0.38)], (None, ("cancel", "notreceived"))),
        ([("cancel", 0.3), ("greeting", 0.29)], (None, ())),
        ([("help", 0.5), ("basics", 0.45)], ("help", ())),
        ([("cancel", 0.2), ("dispute", 0.15)], (None, ())),
    ],
)
def test_deciding_between_intent_ask_and_nothing(
        ranked: list[tuple[str, float]], expected: tuple[str | None, tuple[str, ...]]) -> None:
    assert decide(ranked) == expected


def test_corpus_parses_and_every_scenario_has_examples_in_both_languages() -> None:
    assert set(languages()) == {"en", "ru"}
    allowed = set(engine.FLOW_BY_NAME) | set(INTENTS_OTHER)
    for lang in languages():
        examples = load(lang)
        labels = [e.label for e in examples]
        assert set(labels) <= allowed, set(labels) - allowed
        for scenario in SCENARIOS:
            assert labels.count(scenario) >= 80, (lang, scenario)
        for intent in INTENTS_OTHER:
            assert labels.count(intent) >= 10, (lang, intent)


@pytest.mark.parametrize("bad", ["cancel", "\tno label", "cancel\t   ", "a b c"])
def test_a_malformed_corpus_line_is_an_error(bad: str) -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse(f"# comment\n{bad}\n")
