"""Reading what an update says, shared by the features' handlers."""

from __future__ import annotations


def command_name(text: str) -> str:
    """`/Start@SomeBot payload` -> `start`."""
    return text.split()[0].lstrip("/").split("@")[0].lower()
