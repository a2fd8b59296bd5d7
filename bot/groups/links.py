"""Deep links from a group into private chat: `t.me/<bot>?start=g_<flow>_<group id>`."""

from __future__ import annotations

import re

MENU = "menu"  # the payload's flow part when the guide should open at the main menu
PAYLOAD = re.compile(r"^g_([a-z]{1,20})_(-\d{1,19})$")


def group_payload(flow: str, chat_id: int) -> str:
    """The /start payload that opens `flow` and names the group (<= 64 chars, [A-Za-z0-9_-])."""
    return f"g_{flow}_{chat_id}"


def parse_group_payload(payload: str) -> tuple[str, int] | None:
    """(flow, group id) from a payload made by group_payload, or None for anything else."""
    match = PAYLOAD.match(payload)
    return (match[1], int(match[2])) if match else None

