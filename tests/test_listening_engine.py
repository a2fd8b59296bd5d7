"""The mechanism behind listening: questions answered from stated facts, Back, corrections."""

from __future__ import annotations

import pytest

from flows.engine import answering
from flows.engine import machine as engine
from flows.scenarios.menu import BACK, MENU
from flows.understanding.vocabulary import FACTS


def said(**facts: str) -> dict[str, str]:
    """Dialogue facts holding what the buyer said."""
    return answering.remember({}, facts)


@pytest.mark.parametrize(
    ("heard", "lands"),
    [
        ({"tracking": "in_country", "protection_hours": "36"}, "notreceived_urgent"),
        ({"tracking": "moving", "protection_left": "days"}, "notreceived_extend"),
        ({"tracking": "stalled", "protection_left": "week"}, "notreceived_stalled"),
        ({"tracking": "dead", "protection_left": "days"}, "notreceived_dispute"),
        ({"tracking": "delivered"}, "notreceived_delivered"),
        ({"tracking": "moving"}, "notreceived_time"),
        ({"tracking": "stalled", "tracking_quiet_days": "18", "protection_left": "week"},
         "notreceived_dispute"),
        ({"tracking_quiet_days": "6", "protection_left": "week"}, "notreceived_stalled"),
        ({"protection_left": "hours"}, "notreceived_tracking"),  # the first question waits
    ],
)
def test_stated_facts_answer_the_not_received_questions(heard: dict[str, str],
                                                        lands: str) -> None:
    moved = answering.step(MENU, "open_notreceived", said(**heard))
    assert moved is not None and moved.state == lands


def test_a_number_of_hours_follows_each_screens_own_split() -> None:
    assert answering.time_left({"protection_hours": "47"}) == "hours"
    assert answering.time_left({"protection_hours": "48"}) == "hours"  # 2 days: dispute now
    assert answering.time_left({"protection_hours": "49"}) == "days"
    assert answering.time_left({"protection_hours": "168"}) == "days"
    assert answering.time_left({"protection_hours": "200", "protection_left": "days"}) == "week"
    assert answering.time_left({"protection_left": "ended"}) == "ended"


def test_each_used_answer_is_reported_and_offered_as_a_fix() -> None:
    moved = answering.step(MENU, "open_notreceived",
                           said(tracking="in_country", protection_hours="36"))
    assert moved is not None
    assert [(u.screen, u.key, u.choice.trigger) for u in moved.used] == [
        ("notreceived_tracking", "tracking", "moving"),
        ("notreceived_time", "protection_left", "hours"),
    ]
    assert [q for q, _c in answering.offered_fixes(moved.facts)] == [
        "notreceived_tracking", "notreceived_time"]


def test_a_fix_reopens_the_question_without_the_fact() -> None:
    moved = answering.step(MENU, "open_notreceived",
                           said(tracking="in_country", protection_hours="36"))
    assert moved is not None
    fixed = answering.correct(moved.facts, "notreceived_time")
    assert fixed is not None and fixed.state == "notreceived_time"
    assert "said.protection_hours" not in fixed.facts
    assert fixed.facts["said.tracking"] == "in_country"
    assert answering.history(fixed.facts) == [MENU, "notreceived_tracking"]
    assert not answering.offered_fixes(fixed.facts)


def test_a_fix_for_a_question_not_answered_just_now_is_refused() -> None:
    moved = answering.step(MENU, "open_notreceived", said(tracking="moving"))
    assert moved is not None
    assert answering.correct(moved.facts, "notreceived_time") is None
    after = answering.step(moved.state, "week", moved.facts)
    assert after is not None and answering.correct(after.facts, "notreceived_tracking") is None


def test_back_returns_through_the_screens_passed() -> None:
    first = answering.step(MENU, "open_cancel", {})
    assert first is not None
    second = answering.step(first.state, "unsure", first.facts)
    assert second is not None and second.state == "cancel_unsure"
    third = answering.step(second.state, "awaiting", second.facts)
    assert third is not None and third.state == "cancel_awaiting"
    states = []
    moved = third
    for _ in range(3):
        moved = answering.step(moved.state, BACK, moved.facts) or moved
        states.append(moved.state)
    assert states == ["cancel_unsure", "cancel_status", MENU]


def test_back_after_an_answer_taken_for_the_buyer_returns_to_that_question() -> None:
    moved = answering.step(MENU, "open_cancel", said(order_status="shipped"))
    assert moved is not None and moved.state == "cancel_shipped"
    back = answering.step(moved.state, BACK, moved.facts)
    assert back is not None and back.state == "cancel_status"


def test_the_menu_starts_a_new_story() -> None:
    moved = answering.step(MENU, "open_cancel", said(order_status="awaiting"))
    assert moved is not None and moved.facts["said.order_status"] == "awaiting"
    home = answering.step(moved.state, "to_menu", moved.facts)
    assert home is not None and home.state == MENU
    assert not answering.said(home.facts) and not answering.history(home.facts)


def test_back_with_nothing_behind_goes_home() -> None:
    moved = answering.step("cancel_status", BACK, {})
    assert moved is not None and moved.state == MENU


def test_values_outside_the_vocabulary_are_not_kept() -> None:
    facts = answering.remember({}, {"order_status": "teleported", "tracking": "moving",
                                    "mood": "grumpy"})
    assert answering.said(facts) == {"tracking": "moving"}


def test_every_question_screen_declares_a_vocabulary_fact_its_choices_cover() -> None:
    asked = {name: s for name, s in engine.SCREENS.items() if s.asks}
    assert len(asked) >= 18
    for name, screen in asked.items():
        assert screen.asks in FACTS or screen.asks in answering.DERIVED, name
        meant = [v for c in screen.choices for v in c.means]
        assert meant, name
        if FACTS.get(screen.asks):
            assert set(meant) <= set(FACTS[screen.asks]), name
        assert all(not c.means for c in screen.choices if c.trigger == "unsure"), name


def test_choices_mean_only_values_of_their_screens_question() -> None:
    for name, screen in engine.SCREENS.items():
        if screen.asks is None:
            assert not any(c.means for c in screen.choices), name


def test_a_loop_of_answers_stops() -> None:
    # A guard against cycles: each screen is answered at most once per step.
    facts = said(order_status="completed", tracking="delivered", protection_left="ended")
    moved = answering.step(MENU, "open_notreceived", facts)
    assert moved is not None
    assert len({u.screen for u in moved.used}) == len(moved.used)


def test_a_pressed_answer_counts_as_said_so_a_reopened_case_replays_it() -> None:
    first = answering.step(MENU, "open_notreceived", {})
    assert first is not None
    second = answering.step(first.state, "stalled", first.facts)
    assert second is not None and answering.said(second.facts) == {"tracking": "stalled"}
    again = answering.step(second.state, "open_notreceived",
                           answering.remember(second.facts, {"protection_hours": "30"}))
    assert again is not None and again.state == "notreceived_urgent"


def test_a_press_that_stands_for_several_answers_records_none() -> None:
    moved = answering.step("dispute_decision", "lost", {})
    assert moved is not None and moved.state == "disputelost_how"
    assert not answering.said(moved.facts)


def test_a_pressed_time_bucket_replaces_a_stated_number_of_hours() -> None:
    moved = answering.step("notreceived_time", "days",
                           {**said(protection_hours="30"), "notreceived_tracking": "moving"})
    assert moved is not None
    assert answering.said(moved.facts) == {"protection_left": "days"}


@pytest.mark.parametrize(("heard", "lands"), [
    ({"payment": "card", "card_expired": "yes"}, "moneylate_card_expired"),
    ({"card_expired": "yes"}, "moneylate_card_expired"),
    ({"payment": "card", "bank_gone": "yes"}, "moneylate_bank_closed"),
    ({"payment": "wallet", "bank_gone": "yes"}, "moneylate_wallet_closed"),
    ({"payment": "card"}, "moneylate_days"),
])
def test_a_gone_card_bank_or_wallet_leads_to_its_own_answer(heard: dict[str, str],
                                                            lands: str) -> None:
    moved = answering.step(MENU, "open_moneylate", said(**heard))
    assert moved is not None and moved.state == lands
