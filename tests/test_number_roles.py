"""The learned second opinion on which stated number of days is which (issue 16).

The role model only adds `tracking_quiet_days` or `dispute_days` where the patterns said
nothing, only over its threshold, only when one duration alone wins the role, and never when it
cannot load. Every message here is written for this file, never copied from a dev line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import cast
from unittest import mock

import pytest

import flows.understanding.number_roles as roles
from benchmarks.understanding import TRAINING
from flows.understanding import extract_facts, fact_words
from flows.understanding import facts as _facts
from flows.understanding.classifier import Classifier
from flows.understanding.weights import WeightsError, header
from tests.support.chat import Chat

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
LEARNED_DISPUTE = "dispute: 6 days of waiting, seller silent, the charger never came"
"""The patterns read no age here; the English model reads the 6 days as the dispute's."""
LEARNED_QUIET = "the last scan was in Liege, 22 days of the same line on the tracking page"
"""The patterns read no silence here; the English model reads the 22 days as the silence."""
LOOSE = 0.55
"""A threshold far below the shipped ones: the mechanism at work on every role."""
SHIPPED_QUIET = {"en": ("stuck parcel, tracking unchanged 18 days straight", "18"),
                 "ru": ("посылка 11 дней как в воду канула после сортировки", "11")}
"""Per language, a silence the patterns do not read and the shipped model, at its own threshold,
adds (the days) when the build ships one (the Russian one changed once pass 23B read «трек на месте
N дней»)."""


def shipped_threshold(lang: str, role: str) -> float | None:
    """The threshold the shipped role model adds `role` at (None: it never adds it)."""
    value = header(roles.shipped_bytes(lang)).fields["thresholds"].get(role)
    return float(value) if value is not None else None


def patterns_only(text: str, lang: str) -> dict[str, str]:
    """The facts the patterns alone find (the hook answers nothing)."""
    with mock.patch.object(roles, "second_opinion", return_value={}):
        return extract_facts(text, lang)


def reading(text: str) -> roles.Reading:
    """What `facts.extract` hands the role model for an English message with no question."""
    module = fact_words("en")
    t = _facts.tables(module)
    norm = _facts.normalise(text)
    return roles.Reading(t, module, lambda: _facts._clauses(t, text), _facts.durations,
                         lambda _key: norm,
                         lambda known: _facts.dispute_in_play(t, norm, known))


def test_the_clause_mark_is_the_extractors() -> None:
    assert roles.CLAUSE_MARK == _facts.CLAUSE_MARK


@pytest.fixture
def loose(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped English model with thresholds it does not ship (the cross-validation chose
    none): what the facts and the dialogue do with a learned value."""
    model = roles.shipped("en")
    assert model is not None
    lenient = replace(model, thresholds=dict.fromkeys(roles.ROLES, LOOSE))
    monkeypatch.setattr(roles, "shipped", lambda lang: lenient if lang == "en" else None)


@pytest.fixture
def no_weights(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The role weights file is missing from the package."""
    def missing(lang: str) -> bytes:
        raise WeightsError(f"no role weights for {lang!r}")

    roles.shipped.cache_clear()
    monkeypatch.setattr(roles, "shipped_bytes", missing)
    yield
    roles.shipped.cache_clear()


def test_the_model_adds_a_dispute_age_the_patterns_missed(loose: None) -> None:
    assert "dispute_days" not in patterns_only(LEARNED_DISPUTE, "en")
    assert extract_facts(LEARNED_DISPUTE, "en")["dispute_days"] == "6"


@pytest.mark.parametrize(("text", "lang"), [
    ("the seller ignored my dispute for 8 days and then refused", "en"),
    ("dispute opened 3 days ago, seller says the parcel is on its way, 17 days no tracking", "en"),
    ("спор висит уже 12 дней, продавец молчит", "ru"),
    ("трек стоит 9 дней, защиты осталось 4 дня", "ru"),
])
def test_a_patterns_value_is_never_overridden_or_removed(
        text: str, lang: str, loose: None) -> None:
    alone = patterns_only(text, lang)
    assert {"dispute_days", "tracking_quiet_days"} & set(alone)
    assert extract_facts(text, lang) == alone


def test_opinion_says_nothing_for_a_key_the_patterns_filled() -> None:
    model = roles.shipped("en")
    assert model is not None
    found = {"dispute_days": "2"}
    added = roles.opinion(model, reading(LEARNED_DISPUTE), found)
    assert "dispute_days" not in added


def test_below_the_threshold_it_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    model = roles.shipped("en")
    assert model is not None
    strict = replace(model, thresholds=dict.fromkeys(roles.ROLES, 0.999))
    monkeypatch.setattr(roles, "shipped", lambda lang: strict)
    assert "dispute_days" not in extract_facts(LEARNED_DISPUTE, "en")


def test_a_role_without_a_threshold_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    model = roles.shipped("en")
    assert model is not None
    unsure = replace(model, thresholds={roles.QUIET: None, roles.DISPUTE_AGE: LOOSE})
    monkeypatch.setattr(roles, "shipped", lambda lang: unsure)
    assert "tracking_quiet_days" not in extract_facts(LEARNED_QUIET, "en")
    assert extract_facts(LEARNED_DISPUTE, "en")["dispute_days"] == "6"


@pytest.mark.parametrize(("text", "lang"), [
    ("what happens if dispute lasts 10 days", "en"),  # a condition, not an age
    ("dispute opened 1 week after delivery", "en"),  # tied to another event
    ("my dispute: 4 days left for the seller to reply", "en"),  # the time left
])
def test_the_patterns_tables_veto_a_learned_value(text: str, lang: str, loose: None) -> None:
    assert "dispute_days" not in extract_facts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("the lamp came broken, 6 days ago", "en"),  # no dispute in play: no dispute age
    ("my sister waited 10 days for her earrings", "en"),
    ("6 days of waiting and the seller is silent", "en"),
    ("жду 10 дней ответа продавца", "ru"),
    ("hello", "en"),
])
def test_a_message_without_its_cue_words_gets_nothing(
        text: str, lang: str, loose: None) -> None:
    assert extract_facts(text, lang) == patterns_only(text, lang)


def test_no_dispute_age_when_the_buyer_opened_none(loose: None) -> None:
    text = "i never opened a dispute, 6 days of waiting, seller silent, the charger never came"
    assert "dispute_days" not in extract_facts(text, "en")


class Sure:
    """A stand-in classifier that calls every duration the tracking's silence."""

    def rank(self, _text: str, _prepared: str | None = None) -> list[tuple[str, float]]:
        """Every duration: "quiet", sure of it."""
        return [(roles.QUIET, 0.9), (roles.OTHER, 0.05), (roles.DISPUTE_AGE, 0.05)]


@pytest.mark.parametrize(("text", "days"), [
    ("the last scan was in Liege, 22 days of the same line", "22"),
    ("the last scan was in Liege, 22 days of the same line, then 25 days of the same line", None),
])
def test_only_one_duration_winning_a_role_gives_a_value(text: str, days: str | None) -> None:
    sure = roles.RoleModel(cast(Classifier, Sure()), dict.fromkeys(roles.ROLES, 0.5))
    added = roles.opinion(sure, reading(text), {})
    assert added.get("tracking_quiet_days") == days


def test_no_silence_once_the_buyer_has_the_parcel(loose: None) -> None:
    assert extract_facts(LEARNED_QUIET, "en")["tracking_quiet_days"] == "22"
    had = "tracking says delivered. the last scan was in Liege, 22 days of the same line"
    assert "tracking_quiet_days" not in extract_facts(had, "en")


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("dispute: 6 days of waiting for the seller's answer", "en", "6"),
    ("12 дней спор, а продавец тянет", "ru", "12"),
])
def test_the_shipped_model_adds_a_dispute_age_the_patterns_missed(
        text: str, lang: str, days: str) -> None:
    assert "dispute_days" not in patterns_only(text, lang)
    # a role the build shipped no threshold for (its additions broke a fact table) adds nothing
    want = days if shipped_threshold(lang, "dispute_age") is not None else None
    assert extract_facts(text, lang).get("dispute_days") == want


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_shipped_model_adds_a_silence_the_patterns_missed(lang: str) -> None:
    text, days = SHIPPED_QUIET[lang]
    assert "tracking_quiet_days" not in patterns_only(text, lang)
    want = days if shipped_threshold(lang, "quiet") is not None else None
    assert extract_facts(text, lang).get("tracking_quiet_days") == want


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_shipped_role_weights_match_the_dev_sets_and_settings(lang: str) -> None:
    blob = roles.shipped_bytes(lang)
    names = header(blob).fields["trained_on"]
    # a training set added since (a new dev set, a retired fresh set) is as stale as a changed one
    assert names == list(TRAINING)
    assert roles.stale(blob, [(DATA / f"{n}_{lang}.tsv").read_bytes() for n in names]) is None


def test_a_changed_dev_set_or_setting_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    blob = roles.shipped_bytes("en")
    names = header(blob).fields["trained_on"]
    files = [(DATA / f"{n}_en.tsv").read_bytes() for n in names]
    assert "make model" in (roles.stale(blob, [*files[:-1], files[-1] + b"\n"]) or "")
    monkeypatch.setitem(roles.FEATURES, "window", roles.WINDOW + 1)
    assert "FEATURES changed" in (roles.stale(blob, files) or "")


def test_without_weights_there_is_no_second_opinion(
        no_weights: None, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=roles.__name__):
        assert extract_facts(LEARNED_DISPUTE, "en") == patterns_only(LEARNED_DISPUTE, "en")
        assert extract_facts(LEARNED_DISPUTE + " again", "en").get("dispute_days") is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # once per language, and without the buyer's words
    assert "charger" not in warnings[0].getMessage()


async def test_a_learned_silence_reaches_you_said_and_can_be_changed(
        chat_with: Callable[..., Chat], loose: None) -> None:
    typed = "The parcel hasn't arrived. " + LEARNED_QUIET
    assert "tracking" not in patterns_only(typed, "en")  # the silence is the model's alone
    chat = chat_with(user_id=3610, language_code="en")
    await chat.send("/start")
    await chat.send(typed)
    answer = chat.last_text()
    assert "You said the tracking shows" in answer
    fix = next(label for label in chat.buttons() if label.startswith("✏️ Change"))
    await chat.click(fix)
    assert not any(label == fix for label in chat.buttons())


class SureAge:
    """A stand-in classifier that calls every duration the dispute's age."""

    def rank(self, _text: str, _prepared: str | None = None) -> list[tuple[str, float]]:
        """Every duration: "dispute_age", sure of it."""
        return [(roles.DISPUTE_AGE, 0.9), (roles.OTHER, 0.05), (roles.QUIET, 0.05)]


@pytest.fixture
def every_duration_an_age(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both languages answer with a model that takes any duration for the dispute's age: what
    stops a value is the vetoes alone."""
    sure = roles.RoleModel(cast(Classifier, SureAge()),
                           {roles.QUIET: None, roles.DISPUTE_AGE: 0.5})
    monkeypatch.setattr(roles, "shipped", lambda lang: sure)


@pytest.mark.parametrize(("text", "lang", "days"), [
    (LEARNED_DISPUTE, "en", "6"),
    ("спор в процессе, 9 дней тишина", "ru", "9"),
    # how long it ran before the decision is its age: "after" alone vetoes nothing
    ("dispute went to the seller after 11 days", "en", "11"),
    ("спор по чайнику шёл 11 дней, алик встал на сторону продавца", "ru", "11"),
])
def test_an_age_no_veto_speaks_of_is_given(
        text: str, lang: str, days: str, every_duration_an_age: None) -> None:
    assert "dispute_days" not in patterns_only(text, lang)
    assert extract_facts(text, lang)["dispute_days"] == days


@pytest.mark.parametrize(("text", "lang"), [
    ("i gave the seller 3 weeks and only then filed a dispute, he still ignores me", "en"),
    ("opened a dispute after 25 days of nothing from the seller", "en"),
    ("waited 45 days, then opened a claim about the missing shoes", "en"),
    ("it took me 20 days to finally open a dispute", "en"),
    ("5 weeks passed and i finally started a dispute", "en"),
    ("i will open a dispute in 4 days, the seller keeps stalling", "en"),
    ("ждала 3 недели и только потом открыла спор", "ru"),
    ("спор открыла спустя 40 дней после заказа", "ru"),
    ("через 25 дней после оплаты открыл диспут, продавец молчит", "ru"),
    ("прошло 2 недели, подала спор", "ru"),
    ("открою спор через 5 дней, трек стоит", "ru"),
    ("первые 4 дня продавец по спору молчал", "ru"),
])
def test_the_wait_before_the_dispute_is_not_its_age(
        text: str, lang: str, every_duration_an_age: None) -> None:
    assert "dispute_days" not in patterns_only(text, lang)
    assert "dispute_days" not in extract_facts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("is 20 days normal for a dispute with no answer", "en"),
    ("does a dispute usually last 15 days or longer", "en"),
    ("the dispute window is 15 days i think", "en"),
    ("can a dispute last up to 60 days?", "en"),
    ("aliexpress policy says a dispute takes 7 days", "en"),
    ("how long is a dispute supposed to take, like 10 days", "en"),  # the answer's clause
    ("a dispute can go on 30 days at most", "en"),
    ("how long does a dispute run? 12 days?", "en"),
    ("сколько идет спор 15 дней или 30", "ru"),
    ("по правилам спор идёт не больше 30 дней", "ru"),
    ("обычно спор решают за 10 дней", "ru"),
    ("максимум 2 недели на спор даётся", "ru"),
    ("нормально что спор 20 дней висит?", "ru"),
    ("можно ли открыть спор через 3 дня после получения?", "ru"),
    ("сколько длится спор? 10 дней?", "ru"),
    ("сколько дней длится спор, 10 дней это нормально", "ru"),
    ("окно для спора 15 дней", "ru"),
])
def test_a_question_or_rule_about_disputes_is_not_this_ones_age(
        text: str, lang: str, every_duration_an_age: None) -> None:
    assert "dispute_days" not in patterns_only(text, lang)
    assert "dispute_days" not in extract_facts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("won the dispute 4 days ago but the refund is not here", "en"),
    ("the dispute got rejected 2 weeks ago, now what", "en"),
    ("спор выиграла 4 дня назад, денег нет", "ru"),
    ("диспут закрыли в мою пользу неделю назад", "ru"),
])
def test_the_days_since_the_decision_are_not_the_age(
        text: str, lang: str, every_duration_an_age: None) -> None:
    assert "dispute_days" not in patterns_only(text, lang)
    assert "dispute_days" not in extract_facts(text, lang)


# The vetoes: the model removes a pattern's number it is sure plays another role, never more.

OPENED_AGO = "i opened a dispute 5 days ago, the seller keeps silent"
QUIET_FOR = "no tracking updates for 12 days, the lamp is somewhere in transit"
TIME_LEFT = "only 6 days of buyer protection left and the lamp is not here"
VETOED_KEYS = {OPENED_AGO: "dispute_days", QUIET_FOR: "tracking_quiet_days",
               TIME_LEFT: "protection_hours"}


class Unsure:
    """A stand-in classifier sure to `other` that a duration is not the one role asked about:
    each role scores 1 - other on its own (no distribution: one role per test matters)."""

    def __init__(self, other: float) -> None:
        """How sure it is that a duration plays another role."""
        self.other = other

    def rank(self, _text: str, _prepared: str | None = None) -> list[tuple[str, float]]:
        """Every duration: each role at 1 - `self.other`, "other" at `self.other`."""
        role = 1 - self.other
        return [(roles.OTHER, self.other), (roles.QUIET, role), (roles.DISPUTE_AGE, role),
                (roles.PROTECTION, role)]


def vetoing(monkeypatch: pytest.MonkeyPatch, other: float, threshold: float,
            adds: float | None = None) -> None:
    """Both languages answer with an `Unsure(other)` model vetoing every key at `threshold`
    (and adding at `adds`, if given)."""
    model = roles.RoleModel(cast(Classifier, Unsure(other)), dict.fromkeys(roles.ROLES, adds),
                            dict.fromkeys(roles.ROLES, threshold))
    monkeypatch.setattr(roles, "shipped", lambda lang: model)


@pytest.mark.parametrize(("text", "lang"), [
    (OPENED_AGO, "en"), (QUIET_FOR, "en"), (TIME_LEFT, "en"),
    ("спор открыла 5 дней назад, продавец молчит", "ru"),
    ("трек не обновляется 12 дней", "ru"),
    ("защита закончится через 6 дней, а посылки нет", "ru"),
])
def test_a_veto_only_removes_the_patterns_number(
        text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = patterns_only(text, lang)
    vetoing(monkeypatch, other=0.97, threshold=0.95)
    revised = extract_facts(text, lang)
    key = next(k for k in roles.VETO_ROLE if k in alone)
    assert revised == {k: v for k, v in alone.items() if k not in roles.gone_with(key, alone)}
    assert key not in revised


def test_a_vetoed_silence_takes_the_state_read_from_it_along(
        monkeypatch: pytest.MonkeyPatch) -> None:
    vetoing(monkeypatch, other=0.97, threshold=0.95)
    assert extract_facts(QUIET_FOR, "en") == {}


def test_a_dead_number_stays_dead_when_its_days_are_vetoed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # (twenty-fifth pass B: a number that never worked keeps its days only from 15, label audit
    # 24, so below it the patterns give `dead` alone and a veto leaves it so)
    text = "the tracking number is invalid for 12 days"
    alone = patterns_only(text, "en")
    assert alone == {"tracking": "dead"}
    vetoing(monkeypatch, other=0.97, threshold=0.95)
    assert extract_facts(text, "en") == {"tracking": "dead"}


def test_a_vetoed_time_left_takes_its_bucket_along(monkeypatch: pytest.MonkeyPatch) -> None:
    vetoing(monkeypatch, other=0.97, threshold=0.95)
    revised = extract_facts(TIME_LEFT, "en")
    assert "protection_hours" not in revised
    assert "protection_left" not in revised


@pytest.mark.parametrize("text", [OPENED_AGO, QUIET_FOR, TIME_LEFT])
def test_below_the_veto_threshold_nothing_changes(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = patterns_only(text, "en")
    vetoing(monkeypatch, other=0.94, threshold=0.95)
    assert extract_facts(text, "en") == alone


def test_a_key_without_a_veto_threshold_is_never_vetoed(monkeypatch: pytest.MonkeyPatch) -> None:
    model = roles.RoleModel(cast(Classifier, Unsure(0.99)), {},
                            {roles.DISPUTE_AGE: None, roles.QUIET: 0.5})
    monkeypatch.setattr(roles, "shipped", lambda lang: model)
    assert extract_facts(OPENED_AGO, "en")["dispute_days"] == "5"
    assert "tracking_quiet_days" not in extract_facts(QUIET_FOR, "en")


def test_a_vetoed_number_gets_no_other_in_its_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # sure enough that the 5 days are no age to veto it, yet over the (absurd) adding threshold:
    # the additions read the patterns' facts, so the key stays empty
    vetoing(monkeypatch, other=0.7, threshold=0.6, adds=0.05)
    assert "dispute_days" not in extract_facts(OPENED_AGO, "en")


def test_only_a_number_read_from_a_duration_is_vetoed(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "protection countdown shows 03:12:44, the lamp never came"
    alone = patterns_only(text, "en")
    assert alone["protection_hours"] == "3"  # a countdown, not a duration the model scores
    vetoing(monkeypatch, other=0.99, threshold=0.5)
    assert extract_facts(text, "en") == alone


@pytest.mark.parametrize("text", [OPENED_AGO, QUIET_FOR, TIME_LEFT])
def test_without_weights_no_number_is_vetoed(text: str, no_weights: None) -> None:
    assert extract_facts(text, "en") == patterns_only(text, "en")


def test_a_veto_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        """A classifier that fails."""

        def rank(self, _text: str, _prepared: str | None = None) -> list[tuple[str, float]]:
            """Fails."""
            raise ValueError("damaged")

    model = roles.RoleModel(cast(Classifier, Broken()), {}, dict.fromkeys(roles.ROLES, 0.5))
    monkeypatch.setattr(roles, "shipped", lambda lang: model)
    assert extract_facts(OPENED_AGO, "en") == patterns_only(OPENED_AGO, "en")


SIX_DAYS_LEFT = ("The parcel has not arrived, the tracking shows it moving, new scans every day. "
                 "Only 6 days of buyer protection left")
"""A time left that the veto tests read with and without the number reader's veto."""


async def test_a_vetoed_time_left_is_asked_not_said(
        chat_with: Callable[..., Chat], monkeypatch: pytest.MonkeyPatch) -> None:
    vetoing(monkeypatch, other=0.97, threshold=0.95)
    chat = chat_with(user_id=3612, language_code="en")
    await chat.send("/start")
    await chat.send(SIX_DAYS_LEFT)
    assert chat.last_text().endswith("How much time is left?")
    assert "A few days" in chat.buttons()  # a choice to press, not a "You said" to change
    assert not any(label.startswith("✏️ Change \"A few days") for label in chat.buttons())
    await chat.click("A few days")  # the buyer answers: the same advice as a number read right
    assert "Open a dispute instead" in chat.buttons()


async def test_below_the_veto_threshold_the_time_left_is_said(
        chat_with: Callable[..., Chat], monkeypatch: pytest.MonkeyPatch) -> None:
    vetoing(monkeypatch, other=0.94, threshold=0.95)
    chat = chat_with(user_id=3613, language_code="en")
    await chat.send("/start")
    await chat.send(SIX_DAYS_LEFT)
    assert "✏️ Change \"A few days\"" in chat.buttons()


@pytest.mark.parametrize(("text", "lang", "vetoed"), [
    # the dispute's age read as the tracking's silence: the RU veto that removed it shipped on
    # fifteen sets; refitted on sixteen (facts_dev16), its cross-validation no longer meets the
    # rule, so no RU veto ships and the patterns' reading stands (the tests with `vetoing` keep the
    # veto's mechanics)
    ("по треку тишина, спор открыт 12 дней", "ru", False),
    ("по треку тишина уже 12 дней, спор открыт", "ru", False),  # a silence the model takes
    ("no tracking updates for 12 days, dispute opened", "en", False),  # EN ships no veto
])
def test_the_shipped_veto_of_a_silence(text: str, lang: str, vetoed: bool) -> None:
    alone = patterns_only(text, lang)
    assert alone["tracking_quiet_days"] == "12"
    revised = extract_facts(text, lang)
    if vetoed:
        assert revised == {k: v for k, v in alone.items()
                           if k not in ("tracking_quiet_days", "tracking")}
        assert revised["dispute_days"] == "12"
    else:
        assert revised == alone
