"""`refundbot logs`: exports that round-trip (JSON lines parse, CSV has a header), search,
and an audit row for every export."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from bot.cli import main
from bot.operators.audit import entries
from bot.operators.queries import COLUMNS
from bot.storage.users import touch_user

ROWS = [  # (user, at, direction, kind, text)
    (1, "2026-03-01T10:00:00+00:00", "in", "command", "/start"),
    (1, "2026-03-01T10:00:00+00:00", "out", "text", 'Hi, "buyer"!\nWhat happened, exactly?'),
    (1, "2026-03-05T09:30:00+00:00", "in", "text", "заказ не пришёл, продавец молчит"),
    (1, "2026-03-05T09:30:00+00:00", "out", "seller_text", "Hello! My order No. 8123..."),
    (2, "2026-03-06T08:00:00+00:00", "in", "text", "the order never arrived"),
]


@pytest.fixture
def logged(db: sqlite_utils.Database, db_path: Path, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> sqlite_utils.Database:
    """A database with two users' logs, and the CLI pointed at it."""
    for user, at, username in ((1, ROWS[0][1], "alice"), (1, ROWS[3][1], None),
                               (2, ROWS[4][1], None)):
        touch_user(db, user, at, None, username)
    db["messages"].insert_all(
        {"at": at, "chat_id": user, "user_id": user, "direction": d, "kind": k, "text": t,
         "state_before": "menu", "state_after": "cancel_status"} for user, at, d, k, t in ROWS)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REFUNDBOT_DB", str(db_path))
    return db


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`refundbot ARGS` in-process: (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def stored(db: sqlite_utils.Database, user_id: int) -> list[dict[str, object]]:
    """The user's log rows as the database holds them."""
    return list(db.query(f"SELECT {', '.join(COLUMNS)} FROM messages WHERE user_id = ? "
                         "ORDER BY id", [user_id]))


def test_jsonl_round_trips(logged: sqlite_utils.Database,
                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "logs", "--user", "1", "--format", "jsonl")
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == stored(logged, 1)


def test_csv_has_a_header_and_round_trips(logged: sqlite_utils.Database,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "logs", "--user", "@Alice", "--format", "csv")
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    assert list(reader) == [{k: str(v) for k, v in row.items()} for row in stored(logged, 1)]


def test_text_is_a_transcript(logged: sqlite_utils.Database,
                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "logs", "--user", "1")
    assert code == 0
    assert out.startswith("Transcript of 1 (@alice) (UTC)\n\n🕒 2026-03-01 10:00 · menu → ")
    assert '🤖 Hi, "buyer"!\nWhat happened, exactly?' in out
    assert "🤖 [for the seller] Hello! My order No. 8123..." in out


def test_since_limits_the_export(logged: sqlite_utils.Database,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "logs", "--user", "1", "--since", "2026-03-02", "--format", "jsonl")
    assert [json.loads(line)["text"] for line in out.splitlines()] == [
        "заказ не пришёл, продавец молчит", "Hello! My order No. 8123..."]


def test_search_in_both_languages(logged: sqlite_utils.Database,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "logs", "--search", "Пришел", "--format", "jsonl")
    assert [json.loads(line)["user_id"] for line in out.splitlines()] == [1]
    _, out, _ = run(capsys, "logs", "--search", "order", "--format", "csv")
    found = list(csv.DictReader(io.StringIO(out)))
    assert [(r["user_id"], r["kind"]) for r in found] == [("1", "seller_text"), ("2", "text")]
    _, out, _ = run(capsys, "logs", "--search", "arrived")
    assert out == "🕒 2026-03-06 08:00 · user 2\n👤 the order never arrived\n"


def test_every_export_is_audited(logged: sqlite_utils.Database,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "logs", "--user", "1", "--format", "csv")
    run(capsys, "logs", "--user", "2", "--since", "2026-03-01")
    run(capsys, "logs", "--search", "order", "--format", "jsonl")
    run(capsys, "logs", "--user", "99")
    audit = entries(logged)
    assert [(e.channel, e.action, e.target, e.allowed) for e in audit] == [
        ("cli", "export", "1 as csv", True),
        ("cli", "export", "2 since 2026-03-01T00:00:00+00:00 as text", True),
        ("cli", "search", "order as jsonl", True),
        ("cli", "export", "99 as text", False),
    ]
    assert all(e.actor.startswith("cli:") and len(e.actor) > 4 for e in audit)


def test_bad_input_is_explained(logged: sqlite_utils.Database,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "logs", "--user", "99")[1:] == ("", "refundbot: no user 99 in the logs\n")
    code, out, err = run(capsys, "logs", "--user", "1", "--since", "last tuesday")
    assert (code, out) == (2, "")
    assert err == "refundbot: --since: expected a date like 2026-03-01, got 'last tuesday'\n"
    with pytest.raises(SystemExit) as exit_info:
        main(["logs"])
    assert exit_info.value.code == 2
    assert "one of the arguments --user --search is required" in capsys.readouterr().err


@pytest.mark.process
def test_the_installed_command_exports(logged: sqlite_utils.Database, db_path: Path) -> None:
    env = {**os.environ, "REFUNDBOT_DB": str(db_path)}
    result = subprocess.run([sys.executable, "-m", "bot", "logs", "--user", "2", "--format",
                             "jsonl"], env=env, cwd=db_path.parent, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == "the order never arrived"
    assert result.stderr == ""


def test_the_console_needs_a_password_hash(logged: sqlite_utils.Database,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REFUNDBOT_CONSOLE_PASSWORD_HASH", raising=False)
    monkeypatch.delenv("REFUNDBOT_CONSOLE_ACCOUNTS", raising=False)
    code, _, err = run(capsys, "operators")
    assert code == 2
    assert err.startswith("refundbot: configuration error: REFUNDBOT_CONSOLE_ACCOUNTS: "
                          "not set; give each operator a login with a hash from "
                          "`refundbot operators --hash-password`")
    monkeypatch.setenv("REFUNDBOT_CONSOLE_ACCOUNTS", "alice:hunter2")
    code, _, err = run(capsys, "operators")
    assert code == 2 and "REFUNDBOT_CONSOLE_ACCOUNTS: expected name:hash pairs" in err
    assert "hunter2" not in err
    monkeypatch.delenv("REFUNDBOT_CONSOLE_ACCOUNTS")
    monkeypatch.setenv("REFUNDBOT_CONSOLE_PASSWORD_HASH", "hunter2")
    code, _, err = run(capsys, "operators")
    assert code == 2
    assert err.startswith("refundbot: configuration error: REFUNDBOT_CONSOLE_PASSWORD_HASH: "
                          "expected the output of `datasette hash-password`")
    assert "hunter2" not in err
