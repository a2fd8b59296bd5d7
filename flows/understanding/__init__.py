"""Understanding what a buyer types: which scenario (intent) and which facts.

Pure: no Telegram, SQLite or clock (`today` comes in as an argument).
STUB: wraps the old stem router until the trained classifier replaces it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from flows.routing import route

EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Understanding:
    """What one message says.

    `intent`: a flow name (`flows.engine.FLOW_BY_NAME`), one of
    `vocabulary.INTENTS_OTHER`, or None when nothing was understood.
    `candidates`: the two flow names when two scenarios are genuinely possible
    (then `intent` is None). `facts`: keys and values of `vocabulary.FACTS`.
    `scam`: a scam request was found (then `intent` is "scams").
    """

    intent: str | None
    candidates: tuple[str, ...] = ()
    facts: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    scam: bool = False


def extract_facts(text: str, lang: str, today: date | None = None) -> dict[str, str]:
    """Every fact of `vocabulary.FACTS` found in `text` (STUB: none yet)."""
    return {}


def understand(text: str, lang: str, today: date | None = None) -> Understanding:
    """The intent and facts of one message; never raises."""
    routed = route(text)
    return Understanding(routed.flow, routed.candidates[:2], extract_facts(text, lang, today),
                         routed.scam)
