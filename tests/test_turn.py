"""The turn policy as tables: a saved state and an event in, a Decision out. No PTB, no SQLite."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.engine.spec import Say
from flows.engine.turn import (
    Decision,
    DialogueState,
    Incoming,
    TurnContext,
    button_key,
    decide,
    understands_text,
)
from flows.inputs.orders import PARSERS
from flows.scenarios import menu
from flows.understanding import Understanding

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
EN = TurnContext(NOW, "en", chosen_lang="en", parsers=PARSERS)
AT_CANCEL = DialogueState("cancel_status", step=3, facts={"flow": "cancel"})


def turn(kind: str, value: str = "", state: DialogueState = AT_CANCEL,
         ctx: TurnContext = EN, **extra: str | None) -> Decision:
    """One event of `kind` for a user at `state`."""
    return decide(state, Incoming(1, 1, kind, value, **extra), ctx)  # type: ignore[arg-type]


def stayed(decision: Decision, state: DialogueState = AT_CANCEL) -> bool:
    """Whether the decision leaves the user where they were, facts and step untouched."""
    return decision.state == state and decision.effect is None and not decision.accepted


# --- presses ------------------------------------------------------------------------------

def test_press_of_the_current_screen_moves_on() -> None:
    decision = turn("click", button_key(3, "shipped"))
    assert (decision.state.state, decision.state.step) == ("cancel_shipped", 4)
    assert decision.accepted and not decision.stale


@pytest.mark.parametrize("data", [
    button_key(2, "shipped"),         # shown one step earlier
    button_key(4, "shipped"),         # a step that has not happened
    button_key(0, "open_orders"),     # the menu's button, pressed from an old message
])
def test_stale_press_says_so_and_changes_nothing(data: str) -> None:
    decision = turn("click", data)
    assert stayed(decision) and decision.stale
    assert decision.intro == [Say(menu.STALE_BUTTON)]


@pytest.mark.parametrize("data", [
    "garbage", "", "v1", "v1:3", "v9:3:shipped", "v1:x:shipped",
    "v1:3:to_nowhere",                # not a trigger of this screen
    "v1:3:lang_xx",                   # a trigger of another screen
    "v1:3:shipped:42",                # an argument on a button that takes none
    "v1:3:verifying:4:2",             # too many fields
    "v1:3:open_orders",               # a jump every screen has, but no button here
    "v1:3:jump_extend:42",            # a jump is not a button
    "v1:3:" + "s" * 70,               # over Telegram's 64 bytes
])
def test_forged_press_changes_nothing(data: str) -> None:
    decision = turn("click", data)
    assert stayed(decision) and decision.stale


def test_press_on_a_screen_that_never_arrived_shows_it_again() -> None:
    unseen = DialogueState("cancel_status", 3, {}, shown=False)
    decision = turn("click", button_key(2, "shipped"), state=unseen)
    assert decision == Decision(unseen, redraw=True)


# --- jumps ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("trigger", "screen"), [
    ("jump_open", "orders_order"),
    ("jump_extend", "orders_extend"),
    ("jump_received", "orders_received"),
    ("jump_refund", "orders_refund"),
])
@pytest.mark.parametrize("start", [AT_CANCEL, DialogueState(menu.MENU),
                                   DialogueState("orders_number", 7)])
def test_jump_opens_the_order_screen_from_any_screen(trigger: str, screen: str,
                                                     start: DialogueState) -> None:
    decision = turn("jump", trigger, state=start, arg="42")
    assert (decision.state.state, decision.state.step) == (screen, start.step + 1)
    assert decision.state.facts["arg"] == "42"
    assert decision.accepted


@pytest.mark.parametrize(("trigger", "arg"), [
    ("jump_extend", None),            # a jump needs its argument
    ("jump_extend", "4:2"),           # of a shape a button could carry
    ("jump_extend", "x" * 41),
    ("extend", "42"),                 # the order page's own button is no jump
    ("open_orders", "42"),            # a jump every screen has, but one without argument
    ("to_nowhere", "42"),
])
def test_jump_that_the_machine_does_not_declare_is_refused(trigger: str, arg: str | None) -> None:
    decision = turn("jump", trigger, arg=arg)
    assert stayed(decision) and decision.stale


# --- typed text ----------------------------------------------------------------------------

AT_NUMBER = DialogueState("orders_number", 5, {"flow": "orders"})


def test_text_on_an_input_screen_is_parsed_and_moves_on() -> None:
    decision = turn("text", "Order ID: 8123456789012345", state=AT_NUMBER)
    assert decision.state.state == "orders_label"
    assert "8123456789012345" in decision.state.facts.values()


def test_bad_input_is_explained_and_changes_nothing() -> None:
    decision = turn("text", "no idea", state=AT_NUMBER)
    assert stayed(decision, AT_NUMBER) and len(decision.intro) == 1


def test_text_on_a_screen_that_never_arrived_shows_it_again() -> None:
    unseen = DialogueState("orders_number", 5, {}, shown=False)
    assert turn("text", "8123456789012345", state=unseen) == Decision(unseen, redraw=True)


@pytest.mark.parametrize(("text", "lang", "flow_entry"), [
    ("My parcel never arrived and protection ends in 5 days", "en", "notreceived"),
    ("Посылка так и не пришла, защита заканчивается через 5 дней", "ru", "notreceived"),
    ("The seller asks me to pay outside AliExpress by bank transfer", "en", "scams"),
])
def test_free_text_is_routed_to_its_case(text: str, lang: str, flow_entry: str) -> None:
    ctx = TurnContext(NOW, lang, chosen_lang=lang, parsers=PARSERS)
    decision = turn("text", text, state=DialogueState(menu.MENU, 2), ctx=ctx)
    assert decision.state.state.startswith(flow_entry)
    assert decision.intro[0].msgid == menu.ROUTED


def test_text_nobody_understands_keeps_the_screen_and_its_facts() -> None:
    decision = turn("text", "qwxz plomb vrrr")
    assert stayed(decision) and len(decision.intro) == 1


def test_text_understood_beforehand_is_followed_as_given() -> None:
    heard = Understanding("notreceived")
    ctx = TurnContext(NOW, "en", chosen_lang="en", parsers=PARSERS, heard=heard)
    decision = turn("text", "qwxz plomb vrrr", state=DialogueState(menu.MENU, 2), ctx=ctx)
    assert decision.state.state.startswith("notreceived")
    assert decision.intro[0].msgid == menu.ROUTED


@pytest.mark.parametrize(("kind", "state", "understood"), [
    ("text", DialogueState(menu.MENU, 2), True),
    ("text", AT_NUMBER, False),                                  # input for the screen's parser
    ("text", DialogueState(menu.MENU, 2, shown=False), False),   # the screen is shown again
    ("command", DialogueState(menu.MENU, 2), False),
])
def test_only_a_message_on_a_screen_without_input_is_understood(
        kind: str, state: DialogueState, understood: bool) -> None:
    inc = Incoming(1, 1, kind, "hello")  # type: ignore[arg-type]
    assert understands_text(state, inc) is understood


def test_anything_else_points_to_the_buttons() -> None:
    assert turn("other").intro == [Say(menu.NOT_TEXT)]


# --- commands ------------------------------------------------------------------------------

@pytest.mark.parametrize(("command", "screen"), [
    ("cancel", menu.MENU),
    ("start", menu.MENU),
    ("language", menu.LANGUAGE),
    ("orders", "orders_list"),
])
def test_command_jumps_from_any_screen(command: str, screen: str) -> None:
    decision = turn("command", command)
    assert (decision.state.state, decision.state.step) == (screen, 4)


def test_start_greets_and_follows_a_deep_link() -> None:
    decision = turn("command", "start", payload="scams")
    assert decision.state.state.startswith("scams")
    assert decision.intro[0] == Say(menu.GREETING)


def test_start_asks_the_language_of_a_user_telegram_did_not_tell() -> None:
    decision = turn("command", "start", ctx=TurnContext(NOW, "en"))
    assert decision.state.state == menu.LANGUAGE


@pytest.mark.parametrize(("command", "note"), [("help", menu.HELP), ("frobnicate",
                                                                     menu.UNKNOWN_COMMAND)])
def test_note_commands_answer_in_place(command: str, note: str) -> None:
    ctx = TurnContext(NOW, "en", "en", note_args={"days": "90 days"})
    decision = turn("command", command, ctx=ctx)
    assert stayed(decision)
    assert decision.intro == [Say(note, {"days": "90 days"})]


# --- a button that answers a typed-input screen ---------------------------------------------

AT_WHICH_DAY = DialogueState("orders_deadline_which", step=5,
                             facts={"tz": "UTC", "date_readings": "2026-05-04 2026-04-05"})


def test_a_day_pressed_is_read_as_if_typed() -> None:
    decision = turn("click", button_key(5, "typed", "2026-04-05"), state=AT_WHICH_DAY)
    assert decision.accepted and decision.state.state == "orders_payment"
    assert decision.state.facts["order_deadline"] == "2026-04-05T00:00:00+00:00"


@pytest.mark.parametrize("arg", ["2025-04-05", "banana", "2026-13-45"])
def test_a_forged_or_stale_day_gets_the_date_error_and_changes_nothing(arg: str) -> None:
    decision = turn("click", button_key(5, "typed", arg), state=AT_WHICH_DAY)
    assert stayed(decision, AT_WHICH_DAY) and decision.intro


def test_a_typed_button_counts_only_where_the_screen_offers_one() -> None:
    decision = turn("click", button_key(3, "typed", "2026-04-05"))
    assert stayed(decision) and decision.stale
