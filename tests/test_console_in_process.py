"""The terminal chat driven in-process: deep links can be tried, and the log holds only what
the user typed."""

from __future__ import annotations

import io

import sqlite_utils

from bot.console import chat as console_chat
from bot.dialogue.service import DialogueService

USER = 77


async def type_lines(service: DialogueService, *lines: str) -> str:
    """Run the terminal chat over these lines; return what it printed."""
    out = io.StringIO()
    await console_chat(service, io.StringIO("\n".join(lines) + "\n"), out, USER, "en")
    return out.getvalue()


def logged_in(db: sqlite_utils.Database) -> list[str]:
    """What the log says the user sent, oldest first."""
    return [row[0] for row in db.execute(
        "SELECT text FROM messages WHERE user_id = ? AND direction = 'in' ORDER BY id", [USER])]


async def test_start_with_a_payload_opens_that_flow_as_a_deep_link(
        service: DialogueService) -> None:
    out = await type_lines(service, "/start basics")
    assert "[1] How buyer protection works" in out.split("> ")[1]
    assert logged_in(service.db) == ["/start basics"]


async def test_a_payload_that_names_no_flow_is_the_menu(service: DialogueService) -> None:
    out = await type_lines(service, "/start nonsense")
    answer = out.split("> ")[1]
    assert "What happened with your order?" in answer and "How buyer protection" not in answer


async def test_the_launch_is_not_logged_as_a_typed_resume(service: DialogueService,
                                                         db: sqlite_utils.Database) -> None:
    await type_lines(service, "hello")
    assert logged_in(db) == ["hello"]
    answers = db.execute("SELECT count(*) FROM messages WHERE user_id = ? AND direction = 'out'",
                         [USER]).fetchone()[0]
    assert answers >= 2  # the greeting on launch is still in the log
