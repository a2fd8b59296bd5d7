"""Start-up finds every view, effect and parser the flows name, or says which one is missing."""

from __future__ import annotations

import pytest
import sqlite_utils

from bot.dialogue import assembly
from bot.dialogue.assembly import build_service
from bot.dialogue.service import DialogueService, Incoming
from bot.storage.dialogues import load_dialogue
from flows.engine.machine import FLOW_BY_COMMAND
from flows.engine.registry import check_registry
from flows.scenarios.menu import LANGUAGE_EFFECT, MENU
from tests.support.clock import FakeClock


def test_the_complete_service_misses_nothing(service: DialogueService) -> None:
    effects = [*service.effects, LANGUAGE_EFFECT]
    assert check_registry(service.views, effects, service.parsers) == []


def test_each_missing_name_is_reported_with_its_screen(service: DialogueService) -> None:
    views = {k for k in service.views if k != "forget_report"}
    effects = [k for k in service.effects if k != "forget"]
    parsers = {k for k in service.parsers if k != "order_number"}
    missing = check_registry(views, effects, parsers)
    assert "screen 'forget_done': view 'forget_report' is not registered" in missing
    assert ("screen 'forget_confirm', choice 'forget_yes': effect 'forget' is not registered"
            in missing)
    assert any("input parser 'order_number' is not registered" in m for m in missing)
    assert any("effect 'lang' is not registered" in m for m in missing)


def test_parsers_are_registered_by_the_service_not_by_importing() -> None:
    # Every flow module is imported by now; no parser registered itself on the way.
    missing = check_registry(["forget_report", "route_candidates"], [LANGUAGE_EFFECT], [])
    assert any("'timezone'" in m for m in missing)
    assert any("'order_deadline'" in m for m in missing)


def test_start_up_stops_on_a_missing_effect(db: sqlite_utils.Database, clock: FakeClock,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assembly, "add_forget", lambda service, days: None)
    with pytest.raises(RuntimeError, match="effect 'forget' is not registered"):
        build_service(db, clock)


async def test_commands_from_the_table_move_the_dialogue(service: DialogueService) -> None:
    await service.handle(Incoming(1, 1, "command", "start", tg_lang="en"))
    await service.handle(Incoming(1, 1, "command", "orders", tg_lang="en"))
    assert load_dialogue(service.db, 1, MENU).state == FLOW_BY_COMMAND["orders"].entry
    note = await service.handle(Incoming(1, 1, "command", "nope", tg_lang="en"))
    assert "I don't know that command" in note.messages[0].text
