"""The second half of the number-role threshold rule: no row of the team's fact tables
(tests/test_facts_*.py, adversarial phrasings written for issue 16) and no conversation test that
reads a buyer's words (`CONVERSATIONS`) may break with the threshold shipped. Used by
scripts/build_number_roles.py: runs those tests in this process with a role model whose
thresholds (to add, or to veto) are the candidate's, and returns the ids of the tests that fail;
and by scripts/build_fact_models.py (`failing_with`) for the category reader's additions and vetoes.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from unittest import mock

import pytest

from flows.understanding import number_roles as roles

TESTS = Path(__file__).resolve().parent.parent / "tests"
CONVERSATIONS = ("test_free_text.py", "test_one_message.py", "test_whole_answer.py",
                 "test_silence_beside_protection.py", "test_long_messages.py",
                 "test_listening.py", "test_screenshots_chat.py", "test_scenario_*.py")
"""The dialogue tests whose buyers type (or screenshot) a story the fact readers read."""
TABLES = sorted({str(p) for name in ("test_facts_*.py", *CONVERSATIONS)
                 for p in TESTS.glob(name)})


class _Failures:
    """A pytest plugin that keeps the ids of the tests that failed."""

    def __init__(self) -> None:
        """No failure yet."""
        self.ids: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep a failed test's id."""
        if report.failed:
            self.ids.append(report.nodeid)


def failing_with(patch: contextlib.AbstractContextManager[object], tests: list[str],
                 plugins: Sequence[object] = ()) -> list[str]:
    """The ids of the tests among `tests` (files or ids) that fail while `patch` is in force
    (`plugins`: more pytest plugins, e.g. one that records what a model did per test)."""
    seen = _Failures()
    with patch, contextlib.redirect_stdout(io.StringIO()):
        code = pytest.main(["-p", "no:cacheprovider", "-o", "addopts=", "--tb=no", "-qq",
                            *tests], plugins=[seen, *plugins])
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        raise RuntimeError(f"the fact tables did not run: {code!r}")
    return seen.ids


def failing(models: Mapping[str, roles.RoleModel], only: list[str] | None = None) -> list[str]:
    """The fact-table and conversation tests (or the `only` ids among them) that fail when each
    language of `models` answers with that model (a language not in it: no second opinion)."""
    return failing_with(mock.patch.object(roles, "shipped", lambda lang: models.get(lang)),
                        only or TABLES)
