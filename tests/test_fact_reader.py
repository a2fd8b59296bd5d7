"""The learned second opinion on the category facts: it only fills what the patterns left
empty, only above its threshold, and without its weights the facts are the patterns' alone.

Every message here is our own; no line of a dev set is copied.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from unittest import mock

import pytest

from benchmarks.understanding import TRAINING
from flows.understanding import extract_facts
from flows.understanding import fact_reader as reader
from flows.understanding import facts as facts_module
from flows.understanding.weights import WeightsError, header
from tests.support.chat import Chat

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
SHIPPED = [(lang, key) for lang, keys in reader.SECOND_OPINIONS.items() for key in keys]

# (language, our own message the patterns leave a fact empty in, the fact, the learned value);
# the shipped thresholds are high (docs/understanding.md), so these are read at `LOW`
LEARNED = [
    ("en", "the mug came chipped, honestly i want my cash", "refund_wanted", "full"),
    ("en", "the lamp arrived cracked, knock something off and i'll keep it", "refund_wanted",
     "partial"),
    ("ru", "наушники пришли сломанные, мне бы просто свои деньги назад", "refund_wanted", "full"),
    ("en", "a man from 'aliexpress security' texted asking for the six digits my bank sent",
     "scam_request", "phishing"),
    ("ru", "написали из «поддержки али», просят продиктовать цифры из смс", "scam_request",
     "phishing"),
]
LOW = 0.25


def patterns_only(text: str, lang: str) -> dict[str, str]:
    """The facts the patterns read, without the second opinion."""
    with mock.patch.object(facts_module, "second_opinion",
                           side_effect=lambda _lang, _text_for, found, *_rest: dict(found)):
        return extract_facts(text, lang)


def thresholds(value: float) -> MappingProxyType[str, MappingProxyType[str, reader.Learned]]:
    """The shipped settings with every addition threshold set to `value` and no veto."""
    return MappingProxyType({lang: MappingProxyType({
        key: replace(learned, threshold=value, veto=None) for key, learned in keys.items()})
        for lang, keys in reader.SECOND_OPINIONS.items()})


def veto_only(lang: str, key: str, veto: reader.Veto
              ) -> MappingProxyType[str, MappingProxyType[str, reader.Learned]]:
    """Settings where `key` in `lang` has only `veto` (no addition) and nothing else is learned."""
    return MappingProxyType({lang: MappingProxyType(
        {key: reader.Learned(threshold=None, C=3.0, balanced=True, veto=veto)})})


def ranking(*values: tuple[str, float]) -> Callable[..., list[tuple[str, float]]]:
    """A model's ranking that is always `values` (best first), whatever it reads."""
    return lambda *_args: list(values)


@pytest.fixture
def fresh_models() -> Iterator[None]:
    """Models loaded anew for the test and again after it (the cache holds them)."""
    reader.model.cache_clear()
    yield
    reader.model.cache_clear()


@pytest.mark.parametrize(("lang", "text", "key", "value"), LEARNED)
def test_a_fact_the_patterns_miss_is_read_by_the_model(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str, key: str, value: str) -> None:
    assert key not in patterns_only(text, lang)
    monkeypatch.setattr(reader, "SECOND_OPINIONS", thresholds(LOW))
    assert extract_facts(text, lang)[key] == value


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "I opened a dispute and the seller has not answered yet", "dispute"),
    ("en", "the charger I got does not work at all", "problem"),
    ("ru", "посылка уже в моей стране, трек показывает прибытие", "tracking"),
    ("ru", "спор открыт, продавец молчит", "dispute"),
])
def test_an_addition_never_overrides_or_removes_a_patterns_value(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str, key: str) -> None:
    said = patterns_only(text, lang)
    assert key in said
    monkeypatch.setattr(reader, "SECOND_OPINIONS", thresholds(0.0))  # the model says anything
    with_model = extract_facts(text, lang)
    assert {k: with_model[k] for k in said} == said


# (language, our own message, the fact, the value the patterns read in it, another value)
VETOED = [
    ("en", "I opened a dispute and the seller has not answered yet", "dispute", "opened", "won"),
    ("ru", "спор открыт, продавец молчит", "dispute", "opened", "refused"),
    ("en", "the charger I got does not work at all", "problem", "defective", "damaged"),
]


@pytest.mark.parametrize(("lang", "text", "key", "value", "other"), VETOED)
@pytest.mark.parametrize("sure_of", ["another value", "not said"])
def test_a_veto_only_removes_the_patterns_value(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str, key: str, value: str,
        other: str, sure_of: str) -> None:
    said = patterns_only(text, lang)
    assert said[key] == value
    best = other if sure_of == "another value" else reader.UNSAID
    monkeypatch.setattr(reader, "SECOND_OPINIONS", veto_only(lang, key, reader.Veto(0.05, 0.9)))
    monkeypatch.setattr(reader, "ranked", ranking((best, 0.96), (value, 0.01)))
    revised = extract_facts(text, lang)
    assert key not in revised  # left for the dialogue to ask, never replaced
    assert revised == {k: v for k, v in said.items() if k != key}


@pytest.mark.parametrize(("lang", "text", "key", "value", "other"), VETOED)
@pytest.mark.parametrize(("sure", "given"), [
    (0.94, 0.06),  # the pattern's value not unlikely enough
    (0.85, 0.01),  # the other value not sure enough
])
def test_below_the_veto_thresholds_the_patterns_value_stays(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str, key: str, value: str,
        other: str, sure: float, given: float) -> None:
    monkeypatch.setattr(reader, "SECOND_OPINIONS", veto_only(lang, key, reader.Veto(0.05, 0.9)))
    monkeypatch.setattr(reader, "ranked", ranking((other, sure), (value, given)))
    assert extract_facts(text, lang) == patterns_only(text, lang)


def test_without_its_weights_there_is_no_veto(monkeypatch: pytest.MonkeyPatch,
                                              fresh_models: None) -> None:
    def missing(lang: str, key: str) -> bytes:
        raise WeightsError(f"no fact model {reader.weights_name(lang, key)}")

    monkeypatch.setattr(reader, "weights_bytes", missing)
    for lang, text, key, _value, _other in VETOED:
        # a veto that would drop anything, had it a model
        monkeypatch.setattr(reader, "SECOND_OPINIONS", veto_only(lang, key, reader.Veto(1.0, 0.0)))
        assert extract_facts(text, lang) == patterns_only(text, lang)


@pytest.mark.parametrize(("lang", "text", "key", "value"), LEARNED)
def test_below_the_threshold_it_says_nothing(monkeypatch: pytest.MonkeyPatch, lang: str,
                                             text: str, key: str, value: str) -> None:
    monkeypatch.setattr(reader, "SECOND_OPINIONS", thresholds(1.01))
    assert key not in extract_facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "zork blimp quaxle"),
    ("ru", "щурбыл вжмяк кракозябр"),
    ("en", "12345 678"),
])
def test_a_message_with_no_cue_words_gets_nothing(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                  text: str) -> None:
    monkeypatch.setattr(reader, "SECOND_OPINIONS", thresholds(0.0))
    learned = set(reader.SECOND_OPINIONS[lang])
    assert not learned & set(extract_facts(text, lang))


def always(value: str) -> Callable[..., str]:
    """A model's opinion that is always `value`, however sure it must be."""
    return lambda *_args: value


@pytest.mark.parametrize(("text", "kept"), [
    ("заказ в статусе «Ожидает отправки», уже неделю ничего", False),
    ("заказ отправлен неделю назад, что-то долго", True),
])
def test_no_tracking_state_is_learned_before_the_order_shipped(
        monkeypatch: pytest.MonkeyPatch, text: str, kept: bool) -> None:
    monkeypatch.setattr(reader, "SECOND_OPINIONS", MappingProxyType(
        {"ru": MappingProxyType({"tracking": reader.Learned(0.0, 3.0, True)})}))
    monkeypatch.setattr(reader, "opinion", always("stalled"))
    assert "tracking" not in patterns_only(text, "ru")
    assert (extract_facts(text, "ru").get("tracking") == "stalled") is kept


@pytest.mark.parametrize(("lang", "text", "kept"), [
    # a look-alike the scam rules took back: the buyer's own step, support deciding
    ("en", "i clicked confirm receipt by accident, the parcel is not here yet", False),
    ("en", "support says they will close the dispute in my favour", False),
    ("ru", "подтвердила получение сама, случайно", False),
    # two requests at once: the buyer is asked which
    ("en", "he wants me to close the dispute and pay extra by western union", False),
    # nothing the rules read either way: the model may speak
    ("en", "a man texted asking for the six digits my bank sent", True),
])
def test_a_scam_request_is_learned_only_where_the_rules_decided_nothing(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str, kept: bool) -> None:
    """The model adds a request only where the scam rules named none and no look-alike rule took
    one back; two requests named stay for the buyer to choose from."""
    monkeypatch.setattr(reader, "SECOND_OPINIONS", MappingProxyType(
        {lang: MappingProxyType({"scam_request": reader.Learned(0.0, 3.0, True)})}))
    monkeypatch.setattr(reader, "opinion", always("phishing"))
    assert (extract_facts(text, lang).get("scam_request") == "phishing") is kept


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "the order still says awaiting shipment, honestly i'd rather just have my money", False),
    ("en", "two of the three mugs never came, i'd rather just have my money", False),
    ("ru", "посылка так и не пришла, трек стоит уже неделю, пусть хоть часть вернут", False),
    ("en", "the mug came chipped, honestly i want my cash", True),
    ("ru", "кружка пришла с трещиной, да пусть уже хоть часть вернут", True),
])
def test_a_wish_is_learned_only_for_an_item_that_came_with_a_problem(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str, kept: bool) -> None:
    """What the buyer wants back is read for an item that came with a problem, never for one
    missing, unshipped or on its way (as the patterns' own rule)."""
    monkeypatch.setattr(reader, "SECOND_OPINIONS", MappingProxyType(
        {lang: MappingProxyType({"refund_wanted": reader.Learned(0.0, 3.0, True)})}))
    monkeypatch.setattr(reader, "opinion", always("partial"))
    assert "refund_wanted" not in patterns_only(text, lang)
    assert (extract_facts(text, lang).get("refund_wanted") == "partial") is kept


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("ru", "если наушники придут сломанные, можно вернуть", False),
    ("ru", "с наушниками что-то странное", True),
])
def test_a_key_a_pattern_row_ruled_out_is_not_learned(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str, kept: bool) -> None:
    monkeypatch.setattr(reader, "SECOND_OPINIONS", MappingProxyType(
        {"ru": MappingProxyType({"problem": reader.Learned(0.0, 3.0, True)})}))
    monkeypatch.setattr(reader, "opinion", always("damaged"))
    assert "problem" not in patterns_only(text, lang)
    assert (extract_facts(text, lang).get("problem") == "damaged") is kept


def test_without_its_weights_the_facts_are_the_patterns(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        fresh_models: None) -> None:
    def missing(lang: str, key: str) -> bytes:
        raise WeightsError(f"no fact model {reader.weights_name(lang, key)}")

    monkeypatch.setattr(reader, "weights_bytes", missing)
    monkeypatch.setattr(reader, "SECOND_OPINIONS", thresholds(LOW))
    for lang, text, _key, _value in LEARNED:
        assert extract_facts(text, lang) == patterns_only(text, lang)
    warned = [r for r in caplog.records if r.name == reader.__name__]
    assert warned and all(r.levelname == "WARNING" for r in warned)
    assert not any(text in r.getMessage() for r in warned for _l, text, _k, _v in LEARNED)
    assert len(warned) == len({r.getMessage() for r in warned})  # once per model


def test_a_damaged_weights_file_gives_no_opinion(monkeypatch: pytest.MonkeyPatch,
                                                 fresh_models: None) -> None:
    monkeypatch.setattr(reader, "weights_bytes", lambda lang, key: b"not a weights file")
    monkeypatch.setattr(reader, "SECOND_OPINIONS", thresholds(LOW))
    lang, text, _key, _value = LEARNED[0]
    assert extract_facts(text, lang) == patterns_only(text, lang)


def marked(text: str, lang: str) -> str:
    """What a model reads of `text`: its clauses as `facts` marks them, scope-marked."""
    module = importlib.import_module(f"flows.understanding.facts_{lang}")
    clauses = facts_module._clauses(facts_module.tables(module), reader.asked(text))
    return reader.scoped(clauses, reader.SCOPES[lang])


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", "it isn't a fake, it is the original", ["neg_fake", "original"]),
    ("en", "I want to open a dispute tomorrow", ["want_dispute"]),
    ("en", "my order arrived. why is the dispute closed?", ["arrived", "q_closed"]),
    ("en", "is the seller lying?", ["q_lying"]),
    ("ru", "это не подделка, а оригинал", ["neg_подделка", "оригинал"]),
    ("ru", "собираюсь открыть спор", ["want_спор"]),
    ("ru", "можно ли вернуть деньги", ["q_want_деньги"]),
    ("ru", "почему закрыли спор? посылка пришла", ["q_закрыли", "пришла"]),
])
def test_words_in_a_negation_wish_or_question_are_marked_to_its_clause_end(
        lang: str, text: str, words: list[str]) -> None:
    read = marked(text, lang).split()
    assert all(word in read for word in words), read


def test_the_clause_mark_is_the_facts_one() -> None:
    assert reader.MARK_CLAUSE == facts_module.CLAUSE_MARK
    assert reader.MASK == facts_module.MASK


def dev_sets(lang: str) -> list[bytes]:
    """The bytes of a language's dev sets, in order (what the models were fitted on)."""
    return [(DATA / f"{name}_{lang}.tsv").read_bytes()
            for name in TRAINING]


@pytest.mark.parametrize(("lang", "key"), SHIPPED)
def test_shipped_fact_models_match_the_dev_sets_and_settings(lang: str, key: str) -> None:
    assert reader.stale(lang, key, dev_sets(lang)) is None
    assert header(reader.weights_bytes(lang, key)).lang == lang


def test_a_changed_dev_set_without_make_model_is_caught() -> None:
    sets = dev_sets("en")
    sets[-1] += b"\n# a line added\n"
    assert "make model" in (reader.stale("en", "refund_wanted", sets) or "")


def test_a_changed_setting_without_make_model_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    changed = replace(reader.SECOND_OPINIONS["en"]["refund_wanted"], C=99.0)
    monkeypatch.setattr(reader, "SECOND_OPINIONS", MappingProxyType(
        {"en": MappingProxyType({"refund_wanted": changed})}))
    assert "make model" in (reader.stale("en", "refund_wanted", dev_sets("en")) or "")


async def test_a_learned_fact_reaches_you_said_and_is_corrected(
        chat_with: Callable[..., Chat], monkeypatch: pytest.MonkeyPatch) -> None:
    # the dialogue's side: a dispute stage the model gives (its own test is above)
    monkeypatch.setattr(reader, "SECOND_OPINIONS", MappingProxyType(
        {"ru": MappingProxyType({"dispute": reader.Learned(0.0, 3.0, True)})}))
    monkeypatch.setattr(reader, "opinion", always("opened"))
    chat = chat_with(user_id=4600, language_code="ru")
    await chat.send("/start")
    await chat.send("спор на рассмотрении, продавец пока молчит")
    assert "Вы написали, на каком этапе спор: «Открыт, жду ответа продавца»" in chat.transcript()
    await chat.click("✏️ Изменить «Открыт, жду ответа продавца»")
    assert "Открыт, жду ответа продавца" in chat.buttons()  # asked again, with every stage


async def test_a_vetoed_fact_is_not_said_and_its_question_is_asked(
        chat_with: Callable[..., Chat], monkeypatch: pytest.MonkeyPatch) -> None:
    # the dialogue's side: the model is sure the message says no problem (its own test is above)
    monkeypatch.setattr(reader, "SECOND_OPINIONS", veto_only("en", "problem",
                                                             reader.Veto(0.05, 0.9)))
    monkeypatch.setattr(reader, "ranked", ranking((reader.UNSAID, 0.97), ("defective", 0.01)))
    chat = chat_with(user_id=4601, language_code="en")
    await chat.send("/start")
    await chat.send("the earbuds came yesterday and the left one is dead")
    said = chat.transcript()
    assert "You said what's wrong" not in said
    assert "What is wrong with the item?" in chat.last_text()  # asked, not stated


async def test_without_the_veto_the_same_message_states_the_fact(
        chat_with: Callable[..., Chat], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "SECOND_OPINIONS", MappingProxyType({}))
    chat = chat_with(user_id=4602, language_code="en")
    await chat.send("/start")
    await chat.send("the earbuds came yesterday and the left one is dead")
    assert "You said what's wrong" in chat.transcript()
    assert "What is wrong with the item?" not in chat.last_text()
