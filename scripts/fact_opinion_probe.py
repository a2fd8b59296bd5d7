"""A pytest plugin: which learned second opinions break a test, and how sure the model was.

    PYTHONPATH=.:scripts .venv/bin/pytest tests/test_facts*.py -q -p fact_opinion_probe

Records every value `fact_reader` adds (with the model's score) per test, and at the end prints,
per (language, fact), the additions made and the highest score among those made in a failing
test: a threshold above it keeps every facts test. Prints no message text.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from flows.understanding import fact_reader

ADDED: list[tuple[str, str, str, float]] = []
"""(test id, language, fact, score) of each learned value."""
FAILED: set[str] = set()
_CURRENT = [""]
_opinion = fact_reader.opinion


def _recording(lang: str, key: str, text: str, threshold: float, read: str) -> str | None:
    """`fact_reader.opinion`, noting each value it gives and its score."""
    value = _opinion(lang, key, text, threshold, read)
    model = fact_reader.model(lang, key)
    if value is not None and model is not None:
        ADDED.append((_CURRENT[0], lang, key, model.rank(text, read)[0][1]))
    return value


fact_reader.opinion = _recording


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Remember which test is running."""
    _CURRENT[0] = item.nodeid


def pytest_runtest_logreport(report: Any) -> None:
    """Remember the failing tests."""
    if report.failed:
        FAILED.add(report.nodeid)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Per (language, fact): additions, those in failing tests, their highest score."""
    per: dict[tuple[str, str], list[tuple[float, bool]]] = defaultdict(list)
    for test, lang, key, score in ADDED:
        per[(lang, key)].append((score, test in FAILED))
    for (lang, key), seen in sorted(per.items()):
        bad = [score for score, failed in seen if failed]
        terminalreporter.write_line(
            f"{lang} {key}: {len(seen)} learned values, {len(bad)} in failing tests"
            + (f", highest score {max(bad):.4f}" if bad else ""))
