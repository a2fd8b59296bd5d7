"""The second half of the number-role threshold rule: no row of the team's fact tables
(tests/test_facts_*.py, adversarial phrasings written for issue 16) may break with the threshold
shipped. Used by scripts/build_number_roles.py: runs those tests in this process with a role
model whose thresholds are the candidate's, and returns the ids of the rows that fail.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Mapping
from pathlib import Path
from unittest import mock

import pytest

from flows.understanding import number_roles as roles

TABLES = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "tests").glob(
    "test_facts_*.py"))


class _Failures:
    """A pytest plugin that keeps the ids of the tests that failed."""

    def __init__(self) -> None:
        """No failure yet."""
        self.ids: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep a failed test's id."""
        if report.failed:
            self.ids.append(report.nodeid)


def failing(models: Mapping[str, roles.RoleModel], only: list[str] | None = None) -> list[str]:
    """The fact-table tests (or the `only` ids among them) that fail when each language of
    `models` answers with that model (a language not in it: no second opinion)."""
    seen = _Failures()
    with (mock.patch.object(roles, "shipped", lambda lang: models.get(lang)),
          contextlib.redirect_stdout(io.StringIO())):
        code = pytest.main(["-p", "no:cacheprovider", "-o", "addopts=", "--tb=no", "-qq",
                            *(only or TABLES)], plugins=[seen])
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        raise RuntimeError(f"the fact tables did not run: {code!r}")
    return seen.ids
