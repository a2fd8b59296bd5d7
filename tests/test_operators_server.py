"""`refundbot operators` on a server: its hint without the extra, --host/--port, and
`--hash-password` (a hash the console accepts, never an echo of the password)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from bot.cli import main
from bot.operators import console
from bot.operators.passwords import PasswordRefused, hash_password, read_password
from emulator.process import stop

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery staple"


def refundbot(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot ...` with no console accounts around unless given."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("REFUNDBOT_", "TELEGRAM_"))}
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, env={**base, **env}, cwd=ROOT, timeout=60)


@pytest.mark.process
def test_piped_password_prints_a_hash_the_console_accepts() -> None:
    utils = pytest.importorskip("datasette_auth_passwords.utils")
    done = refundbot("operators", "--hash-password", stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    [printed] = done.stdout.split()
    assert printed.startswith("pbkdf2_sha256$480000$") and PASSWORD not in done.stdout
    assert utils.verify_password(PASSWORD, printed)
    assert not utils.verify_password(PASSWORD + "!", printed)


def test_our_hash_is_the_plugins_hash_for_the_same_salt() -> None:
    utils = pytest.importorskip("datasette_auth_passwords.utils")
    assert hash_password(PASSWORD, "abc", 1000) == utils.hash_password(PASSWORD, "abc", 1000)


@pytest.mark.process
def test_an_empty_password_prints_nothing() -> None:
    done = refundbot("operators", "--hash-password", stdin="\n")
    assert done.returncode == 2 and done.stdout == ""
    assert "empty password" in done.stderr


class Terminal(io.StringIO):
    """Standard input that says it is a terminal."""

    def isatty(self) -> bool:
        """A terminal."""
        return True


def test_on_a_terminal_the_password_is_asked_twice_without_echo() -> None:
    asked: list[str] = []
    answers = iter([PASSWORD, PASSWORD])

    def prompt(text: str) -> str:
        asked.append(text)
        return next(answers)

    assert read_password(Terminal(), prompt) == PASSWORD
    assert asked == ["Console password: ", "Again: "]
    differing = iter([PASSWORD, "typo"])
    with pytest.raises(PasswordRefused, match="differ"):
        read_password(Terminal(), lambda _text: next(differing))


def test_without_the_extra_the_console_gives_its_one_line_hint(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    monkeypatch.setenv("REFUNDBOT_DB", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setattr(console, "MODULES", (*console.MODULES, "no_such_module_here"))
    assert main(["operators"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "requirements/operators.txt" in err
    assert not (tmp_path / "bot.sqlite3").exists(), "nothing is created when it cannot run"


@pytest.mark.process
def test_without_accounts_the_error_names_the_hash_command(tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    done = refundbot("operators", REFUNDBOT_DB=str(tmp_path / "bot.sqlite3"))
    assert done.returncode == 2
    assert "refundbot operators --hash-password" in done.stderr
    assert ".venv/bin/datasette" not in done.stderr


@pytest.mark.process
@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_the_console_listens_on_the_host_and_port_asked(host: str, tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REFUNDBOT_", "TELEGRAM_"))}
    env.update(REFUNDBOT_DB=str(tmp_path / "bot.sqlite3"),
               REFUNDBOT_CONSOLE_ACCOUNTS=f"alice:{hash_password(PASSWORD, iterations=1000)}")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "operators", "--host", host,
                             "--port", "0"], env=env, cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.search(r"http://(\S+?):(\d+)/", line)
        assert found, proc.stderr.read() if proc.stderr else line
        assert found.group(1) == (f"[{host}]" if ":" in host else host)
        with urllib.request.urlopen(found.group(0) + "-/login", timeout=30) as page:
            assert page.status == 200 and "password" in page.read().decode().lower()
    finally:
        stop(proc)


def test_listening_beyond_this_machine_says_to_put_tls_in_front() -> None:
    assert console.is_loopback("127.0.0.1") and console.is_loopback("::1")
    assert console.is_loopback("localhost")
    assert not console.is_loopback("0.0.0.0") and not console.is_loopback("192.0.2.1")
