"""The console's door: wrong passwords wait longer and longer (per account and address),
the debug pages are shut to visitors who have not logged in, and Ctrl-C ends it quietly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from tests.support.clock import FakeClock
from tests.test_operators_console import PASSWORD, fetch, password_hash, require


@pytest.fixture
def datasette(db: sqlite_utils.Database, db_path: Path, clock: FakeClock) -> Any:
    """The console's Datasette in-process, one operator account."""
    require("datasette", "datasette")
    from bot.operators.console import build

    return build(db_path, {"operator": password_hash()}, clock)


def login(ds: Any, password: str, username: str = "operator") -> Any:
    """POST the login form."""
    return fetch(ds, "/-/login", username=username, password=password)


def test_wrong_passwords_wait_longer_and_longer(datasette: Any, clock: FakeClock) -> None:
    for _ in range(3):
        assert "Invalid username or password" in login(datasette, "guess").text
    refused = login(datasette, PASSWORD)  # even the right one waits its turn
    assert refused.status_code == 429 and refused.headers["retry-after"] == "2"
    clock.advance(seconds=3)
    assert "Invalid username or password" in login(datasette, "guess again").text
    assert login(datasette, "guess").headers["retry-after"] == "4"  # doubled
    assert login(datasette, PASSWORD, username="bob").status_code == 429  # same address
    clock.advance(seconds=5)
    right = login(datasette, PASSWORD)
    assert right.status_code == 302 and right.cookies.get("ds_actor")
    assert "Invalid" in login(datasette, "typo").text  # the count started again


def test_debug_pages_are_shut_to_anonymous_visitors(datasette: Any) -> None:
    for page in ("/-/allow-debug", "/-/permissions", "/-/actor"):
        anonymous = fetch(datasette, page, login=False)
        assert anonymous.status_code == 302 and anonymous.headers["location"] == "/-/login"
    assert fetch(datasette, "/-/allow-debug").status_code == 200


@pytest.mark.process
def test_ctrl_c_ends_the_console_quietly(db: sqlite_utils.Database, db_path: Path) -> None:
    require("datasette", "datasette")
    env = {**os.environ, "REFUNDBOT_DB": str(db_path),
           "REFUNDBOT_CONSOLE_PASSWORD_HASH": password_hash()}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "operators", "--port", "0"],
                            env=env, cwd=db_path.parent, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    assert re.search(r"http://127\.0\.0\.1:\d+/", proc.stdout.readline())
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode in (0, 130)  # stopped, or interrupted before serving began
    assert "Traceback" not in out + err and "KeyboardInterrupt" not in out + err


def test_a_slow_inbox_on_a_busy_server_still_answers(datasette: Any) -> None:
    # Datasette's public-site limits (1 s per query, 200 ms per facet) turned a 300,000-message
    # inbox into an error page, and dropped facets, whenever the server was busy.
    assert datasette.setting("sql_time_limit_ms") >= 5000
    assert datasette.setting("facet_time_limit_ms") >= 1000
