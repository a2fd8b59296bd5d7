"""Table tests of the fact readers: a buyer's message and the facts it must give."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pytest

from flows.understanding import extract_facts

TODAY = date(2026, 3, 10)

Want = dict[str, str | None]
"""Fact -> the value it must be read with; None: it must not be found."""

NO_STATUS: Want = {"order_status": None}
NO_TRACKING: Want = {"tracking": None, "tracking_quiet_days": None}
NO_PROTECTION: Want = {"protection_left": None, "protection_hours": None}


def status(value: str) -> Want:
    """The order status, nothing about the tracking."""
    return {"order_status": value}


def quiet(state: str, days: str | None) -> Want:
    """Tracking stalled/dead with its days without news (None: no number said)."""
    return {"tracking": state, "tracking_quiet_days": days}


def left(bucket: str | None, hours: str | None) -> Want:
    """Protection time left, with its whole hours when a number was typed."""
    return {"protection_left": bucket, "protection_hours": hours}


def since_approval(days: str | None) -> Want:
    """The days since the refund's approval (None: no count may be read)."""
    return {"refund_days": days}


def stage(value: str | None) -> Want:
    """The dispute's stage (None: no stage may be read)."""
    return {"dispute": value}


def age(days: str | None) -> Want:
    """The dispute's age in days (None: no age may be read)."""
    return {"dispute_days": days}


def paid(way: str | None) -> Want:
    """How the buyer paid (None: no way may be read)."""
    return {"payment": way}


def bank(gone: str | None) -> Want:
    """The bank of the buyer's payment gone (None: not read)."""
    return {"bank_gone": gone}


def read_as(text: str, lang: str, want: Want) -> Want:
    """The facts `want` names as read from `text` (None for each not found), to compare."""
    got = extract_facts(text, lang, TODAY)
    return {key: got.get(key) for key in want}


Cases = Mapping[str, Sequence[tuple[str, str, Want]]]
"""Kind of phrasing -> its rows: (language, the buyer's message, the facts it must give)."""


def kind_rows(cases: Cases, sep: str = ":") -> list[Any]:
    """Every row of `cases` as a pytest parameter (language, message, want), its id the kind's
    name up to `sep`, the language and the row's place ("dispute-ru-12")."""
    rows = [(kind, lang, text, want) for kind, group in cases.items()
            for lang, text, want in group]
    return [pytest.param(lang, text, want, id=f"{kind.split(sep)[0]}-{lang}-{i}")
            for i, (kind, lang, text, want) in enumerate(rows)]
