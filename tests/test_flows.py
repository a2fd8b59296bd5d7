"""The dialogue data: transitions, prompts, labels, purity, diagrams and rule references."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import flows
from bot.dialogue.service import button_key
from flows.engine import diagrams
from flows.engine import machine as engine
from flows.engine.build import Move
from flows.engine.commands import COMMANDS, Command
from flows.scenarios.menu import BACK, CLARIFY, LANGUAGE, MENU, TO_LANGUAGE, TO_MENU
from tests.support.rules import known_rule_ids

FLOWS_DIR = Path(flows.__file__).parent


@pytest.mark.parametrize(
    ("state", "trigger", "dest"),
    [
        (MENU, "open_cancel", "cancel_status"),
        (MENU, "language", LANGUAGE),
        (LANGUAGE, "lang_ru", MENU),
        ("cancel_status", "verifying", "cancel_verifying"),
        ("cancel_status", "awaiting", "cancel_awaiting"),
        ("cancel_status", "shipped", "cancel_shipped"),
        ("cancel_status", "unsure", "cancel_unsure"),
        ("cancel_unsure", "awaiting", "cancel_awaiting"),
        ("cancel_awaiting", "refused", "cancel_shipped"),
        ("cancel_shipped", TO_MENU, MENU),
        ("cancel_verifying", TO_LANGUAGE, LANGUAGE),
    ],
)
def test_transition(state: str, trigger: str, dest: str) -> None:
    step = engine.advance(state, trigger, {})
    assert step is not None and step.state == dest


@pytest.mark.parametrize(
    ("state", "trigger"),
    [(MENU, "verifying"), ("cancel_verifying", "awaiting"), ("cancel_status", "nope"),
     ("cancel_unsure", "unsure"), ("no_such_state", "verifying")],
)
def test_invalid_trigger_is_refused(state: str, trigger: str) -> None:
    assert engine.advance(state, trigger, {}) is None


def test_language_choice_carries_its_effect() -> None:
    step = engine.advance(LANGUAGE, "lang_ru", {})
    assert step is not None and step.effect == "lang:ru"


def test_every_state_has_a_prompt_and_every_button_a_label() -> None:
    for name, screen in engine.SCREENS.items():
        assert screen.text and all(p.strip() for p in screen.text), name
        for choice in engine.choices(name):
            assert choice.label.strip(), (name, choice.trigger)
            assert choice.dest in engine.SCREENS, (name, choice.dest)


def _moves(state: str) -> list[tuple[str, Move]]:
    """Every (trigger, transition) the machine holds out of a state, in the order it was built."""
    moves = [(trigger, t) for trigger in engine.MACHINE.get_triggers(state)
             for t in engine.MACHINE.events[trigger].transitions[state]]
    assert all(isinstance(t, Move) for _trigger, t in moves)
    return sorted(moves, key=lambda m: m[1].order)  # type: ignore[attr-defined]


@pytest.mark.parametrize("state", list(engine.SCREENS))
def test_keyboards_come_from_the_machine(state: str) -> None:
    # The keyboard is the machine's offered transitions out of this state, in screen order,
    # and the screen data, read apart from the machine, says the same.
    screen = engine.SCREENS[state]
    from_machine = [t.choice for _trigger, t in _moves(state) if t.offered]
    assert list(engine.choices(state)) == from_machine
    expected: dict[str, object] = {}
    for choice in screen.choices:
        expected.setdefault(choice.trigger, choice)
    if engine.has_back(state):
        expected.setdefault(BACK, engine.GO_BACK)
    if screen.home:
        expected.setdefault(TO_MENU, engine.HOME)
    assert list(engine.choices(state)) == list(expected.values())


@pytest.mark.parametrize("state", list(engine.SCREENS))
def test_presses_are_valid_exactly_for_the_machines_buttons(state: str) -> None:
    buttons = {c.trigger for c in engine.buttons(state)}
    for trigger in engine.MACHINE.get_triggers(state):
        assert engine.is_valid(state, trigger) == (trigger in buttons), (state, trigger)
    for choice in engine.buttons(state):
        if not choice.conditions and not choice.unless and choice.trigger != BACK:
            step = engine.advance(state, choice.trigger, {})
            assert step is not None and step.state == choice.dest, (state, choice.trigger)
    assert not engine.is_valid(state, "no_such_trigger")


@pytest.mark.parametrize("command", list(COMMANDS.values()), ids=lambda c: c.name)
def test_every_command_is_a_trigger_valid_from_every_screen(command: Command) -> None:
    assert (command.trigger is None) != (command.note is None), command.name
    if command.trigger is not None:
        for state in engine.SCREENS:
            assert command.trigger in engine.MACHINE.get_triggers(state), (command.name, state)
            assert engine.advance(state, command.trigger, {}) is not None, (command.name, state)


def test_commands_cover_the_flows_and_the_fixed_ones() -> None:
    fixed = {"start", "resume", "guide", "cancel", "language", "help", "privacy", "human"}
    assert fixed | set(engine.FLOW_BY_COMMAND) == set(COMMANDS)


@pytest.mark.parametrize("flow", engine.FLOWS, ids=lambda f: f.name)
def test_diagrams_draw_what_the_machine_runs(flow: engine.Flow) -> None:
    drawn = [(r["source"], r["trigger"], r["dest"])
             for r in engine.transitions_of(flow.screens, jumps=False)]
    run = [(s.name, trigger, t.dest) for s in flow.screens for trigger, t in _moves(s.name)
           if any(t.choice is c for c in s.choices)]
    assert drawn == run


def test_every_screen_is_reachable_from_the_menu() -> None:
    # Flows out of the menu (in_menu=False) are opened by their command instead.
    # The clarify screen is reached by typed text.
    starts = {MENU, CLARIFY} | {f.entry for f in engine.FLOWS if f.command and not f.in_menu}
    seen, todo = set(starts), list(starts)
    while todo:
        for choice in engine.SCREENS[todo.pop()].choices:  # every conditional destination
            if choice.dest not in seen:
                seen.add(choice.dest)
                todo.append(choice.dest)
    assert seen == set(engine.SCREENS)


def test_state_names_belong_to_their_flow() -> None:
    for flow in engine.FLOWS[1:]:
        for screen in flow.screens:
            assert screen.name.startswith(f"{flow.name}_"), screen.name


def test_callback_keys_fit_telegram() -> None:
    for name in engine.SCREENS:
        for choice in engine.choices(name):
            assert len(button_key(10**9, choice.trigger).encode()) <= 64


def test_seller_texts_exist_and_are_english() -> None:
    for screen in engine.SCREENS.values():
        if screen.seller_text:
            assert re.fullmatch(r"[\x20-\x7e\n]+", screen.seller_text), screen.name


def test_flows_import_nothing_with_side_effects() -> None:
    banned = {"bot", "telegram", "sqlite_utils", "sqlite3", "httpx", "requests", "os", "time"}
    for path in FLOWS_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in banned, f"{path.name} imports {name}"


def test_flows_never_read_the_clock() -> None:
    pattern = re.compile(r"\b(datetime\.now|date\.today|time\.time|datetime\.utcnow)\(")
    for path in FLOWS_DIR.rglob("*.py"):
        assert not pattern.search(path.read_text(encoding="utf-8")), path.name


@pytest.mark.parametrize("flow", engine.FLOWS, ids=lambda f: f.name)
def test_committed_diagram_is_current(flow: engine.Flow) -> None:
    path = diagrams.diagram_path(flow)
    assert path.is_file(), f"missing {path}; run `make diagrams`"
    assert path.read_text(encoding="utf-8") == diagrams.mermaid(flow), (
        f"{path.name} is stale; run `make diagrams`")


def test_rule_references_exist() -> None:
    known = known_rule_ids()
    assert len(known) == 98 + 27
    for screen in engine.SCREENS.values():
        assert set(screen.rules) <= known, (screen.name, set(screen.rules) - known)


def test_typed_input_triggers_are_never_clickable() -> None:
    for name in engine.SCREENS:
        for choice in engine.choices(name):
            if choice.hidden:
                assert not engine.is_valid(name, choice.trigger)
                assert not engine.is_valid(name, choice.trigger, with_arg=True)
            if not choice.hidden and not choice.takes_arg:
                assert not engine.is_valid(name, choice.trigger, with_arg=True), (name, choice)


def test_overview_page_is_current() -> None:
    assert diagrams.OVERVIEW.is_file(), "missing docs/flows.md; run `make diagrams`"
    assert diagrams.OVERVIEW.read_text(encoding="utf-8") == diagrams.overview(), (
        "docs/flows.md is stale; run `make diagrams`")


def test_flows_readme_names_every_module_and_only_real_files() -> None:
    readme = (FLOWS_DIR / "README.md").read_text(encoding="utf-8")
    tree = readme.split("```", 2)[1]
    named = set(re.findall(r"([\w/]+\.py)", tree))
    modules = {p.relative_to(FLOWS_DIR) for p in FLOWS_DIR.rglob("*.py")
               if p.name != "__init__.py" and p.parts[-2] not in ("scenarios", "understanding")}
    listed = {str(m) for m in modules}
    assert {m.name for m in modules} <= {Path(n).name for n in named}, listed
    for path in re.findall(r"`((?:flows|bot)/[\w/]+\.py)`", readme):
        if "late_review" not in path:  # the worked example
            assert (FLOWS_DIR.parent / path).is_file(), path
