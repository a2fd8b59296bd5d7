"""The bot runs under the seccomp filter of its own systemd unit.

tests/support/seccomp_exec.py builds the filter from deploy/refundbot@.service's
`SystemCallFilter=` and `SystemCallErrorNumber=` lines (groups from `systemd-analyze
syscall-filter`), loads it with Debian's python3-seccomp and execs the command, so the
filter is the one systemd would load. A call the filter kills ends the process with
SIGSYS ("Bad system call", exit status 159 under systemd)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulator.botapi import BotApiEmulator
from emulator.process import bot_process, stop
from tests.conftest import TOKEN

pytestmark = pytest.mark.process

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "refundbot@.service"
LAUNCHER = ROOT / "tests" / "support" / "seccomp_exec.py"
DEBIAN_PYTHON = "/usr/bin/python3"  # python3-seccomp installs for this interpreter only
MENU = "What happened with your order?"


def missing_tools() -> str | None:
    """Why the filter cannot be built here, or None."""
    if shutil.which("systemd-analyze") is None:
        return "systemd-analyze is not installed (apt-get install systemd)"
    found = subprocess.run([DEBIAN_PYTHON, "-c", "import seccomp"], capture_output=True) \
        if Path(DEBIAN_PYTHON).exists() else None
    if found is None or found.returncode != 0:
        return "libseccomp's Python bindings are missing (apt-get install python3-seccomp)"
    return None


@pytest.fixture(scope="module")
def under_filter() -> list[str]:
    """The command prefix that runs what follows under a unit's filter (skip outside CI)."""
    reason = missing_tools()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; .ci/run installs it")
        pytest.skip(reason)
    return [DEBIAN_PYTHON, str(LAUNCHER)]


@pytest.fixture
def live() -> Iterator[BotApiEmulator]:
    """The emulator listening on 127.0.0.1."""
    with BotApiEmulator(TOKEN) as emulator:
        yield emulator


def refundbot(*args: str) -> list[str]:
    """The `refundbot` command of this environment, as the unit's ExecStart runs it."""
    exe = Path(sys.executable).parent / "refundbot"
    return [str(exe), *args] if exe.exists() else [sys.executable, "-m", "bot", *args]


def died(code: int) -> bool:
    """Killed by a signal (Popen reports -SIGSYS) or by the shell's 128+signal convention."""
    return code < 0 or code >= 128


def wait_until_polling(live: BotApiEmulator, proc: subprocess.Popen[str]) -> None:
    """Wait (up to 60 s) for the bot's first long poll; fail at once if the process ends."""
    for _second in range(60):
        if proc.poll() is not None:
            pytest.fail(f"the bot ended with exit {proc.returncode} before polling")
        try:
            live.wait_until_polling(timeout=1)
            return
        except AssertionError:
            continue
    pytest.fail("the bot did not poll within 60 s")


def test_the_harness_catches_a_call_the_filter_kills(under_filter: list[str],
                                                     tmp_path: Path) -> None:
    unit = tmp_path / "strict.service"
    unit.write_text("[Service]\nSystemCallFilter=@system-service\n"
                    "SystemCallFilter=~@privileged @resources\n")
    nice = [DEBIAN_PYTHON, "-c", "import os; os.setpriority(os.PRIO_PROCESS, 0, 5)"]
    done = subprocess.run([*under_filter, str(unit), "--", *nice], capture_output=True)
    assert done.returncode == -signal.SIGSYS
    unit.write_text(unit.read_text() + "SystemCallErrorNumber=EPERM\n")
    done = subprocess.run([*under_filter, str(unit), "--", *nice], capture_output=True,
                          text=True)
    assert done.returncode == 1 and "PermissionError" in done.stderr


def test_the_unit_denies_without_killing() -> None:
    lines = [line for line in UNIT.read_text().splitlines()
             if line.startswith("SystemCallErrorNumber=")]
    assert lines == ["SystemCallErrorNumber=EPERM"]


def test_run_and_health_live_under_the_units_filter(under_filter: list[str],
                                                    live: BotApiEmulator,
                                                    tmp_path: Path) -> None:
    db_path = tmp_path / "bot.sqlite3"
    prefix = [*under_filter, str(UNIT), "--"]
    with bot_process(live, db_path, command=[*prefix, *refundbot("run")]) as proc:
        wait_until_polling(live, proc)
        live.user_sends(7, "/start")
        live.wait_for(lambda c: c.ok and c.method == "sendMessage"
                      and c.params.get("chat_id") == 7, timeout=30)
        env = {**os.environ, "REFUNDBOT_DB": str(db_path)}
        health = subprocess.run([*prefix, *refundbot("health")], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=60)
        assert health.returncode == 0, health.stdout + health.stderr
        assert health.stdout.startswith("healthy")
        assert proc.poll() is None, "the bot died under the filter"
        stop(proc)
        assert proc.returncode == 0, f"exit {proc.returncode}"


def test_the_terminal_chat_lives_under_the_units_filter(under_filter: list[str],
                                                        tmp_path: Path) -> None:
    env = {**os.environ, "REFUNDBOT_DB": str(tmp_path / "console.sqlite3")}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    chat = refundbot("console", "--lang", "en")
    done = subprocess.run([*under_filter, str(UNIT), "--", *chat], input="1\n/quit\n",
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert not died(done.returncode), f"killed: exit {done.returncode}\n{done.stderr}"
    assert done.returncode == 0, done.stderr
    assert MENU in done.stdout
