"""The operators' console (`refundbot operators`): start-up time, memory, query times.

Run: `.venv/bin/python -m benchmarks console` (part of `make bench`) writes its section of
docs/performance.md; `python -m benchmarks.console` only prints it.
Needs the operators extra (`make operators-setup`).
"""

from __future__ import annotations

import http.cookiejar
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.storage import open_database
from emulator.process import stop

PASSWORD = "bench password"
SIZES = (1_000, 300_000)
STARTS = 3
MESSAGES_PER_USER = 200
# Real words are rare among filler words, as a searched word is in a real log.
WORDS = ["order", "parcel", "refund", "seller", "dispute", "tracking", "kettle", "headphones",
         "заказ", "посылка", "возврат", "продавец", "спор", "трек", "чайник", "наушники",
         *(f"w{i}" for i in range(3000))]
HEADING = "## The operators' console"
OUTCOMES = ["answer", "question", "question", "info", "answer", "question", "answer", "question",
            "question", "not_understood"]



FACETS_NOTE = (
    "The messages table's facets read an index each (migration 11): opened alternately with a "
    "copy of the 300,000-message database without those indexes, in one process at a load of "
    "about 8, the page took 182 ms (median of 9; fastest 85 ms) against 638 ms (569). The "
    "console allows 5 s per query and 1 s per facet (Datasette's defaults, 1 s and 200 ms, "
    "turned a large inbox into an error page on a busy server)."
)
"""Measured once by hand when the indexes came (kept in the section)."""

def fill(path: Path, messages: int) -> None:
    """A database with `messages` log entries over 90 days, spread over users."""
    db = open_database(path)
    rng = random.Random(6)
    users = max(1, messages // MESSAGES_PER_USER)
    # The 90 days end now: the inbox shows the last 7 of them, as on a live console.
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=90)
    db.table("users").insert_all({"id": u, "username": f"user{u}", "first_seen": start.isoformat(),
                            "last_seen": start.isoformat()} for u in range(1, users + 1))
    rows = ({"at": (start + timedelta(seconds=i * 90 * 86400 // messages)).isoformat(
                timespec="seconds"),
             "chat_id": (u := rng.randint(1, users)), "user_id": u,
             "direction": "in" if i % 2 == 0 else "out", "kind": "text",
             "text": " ".join(rng.choices(WORDS, k=12)), "state_before": "menu",
             "state_after": "menu",
             # One reply in ten not understood, so some conversations are stuck.
             "outcome": None if i % 2 == 0 else rng.choice(OUTCOMES)} for i in range(messages))
    db.table("messages").insert_all(rows, batch_size=5000)
    db.conn.close()


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of a process in MiB, from /proc."""
    status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    current, peak = (int(re.search(rf"{key}:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
                     for key in ("VmRSS", "VmHWM"))
    return current / 1024, peak / 1024


@contextmanager
def console(path: Path) -> Iterator[tuple[subprocess.Popen[str], str, float]]:
    """Start the console; yield (process, base URL, seconds until it printed its address)."""
    from datasette_auth_passwords.utils import hash_password

    env = {**os.environ, "REFUNDBOT_DB": str(path),
           "REFUNDBOT_CONSOLE_PASSWORD_HASH": hash_password(PASSWORD)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "operators", "--port", "0"], env=env,
                            stdout=subprocess.PIPE, text=True, cwd=path.parent)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    listening = time.perf_counter() - started
    try:
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert found, f"console did not start: {line!r}"
        yield proc, found.group(0), listening
    finally:
        stop(proc)


def timed_get(opener: urllib.request.OpenerDirector, url: str) -> float:
    """Seconds for one GET that must answer 200."""
    started = time.perf_counter()
    with opener.open(url, timeout=60) as response:
        response.read()
        assert response.status == 200, url
    return time.perf_counter() - started


def log_in(opener: urllib.request.OpenerDirector, base: str) -> None:
    """The password form, as a browser submits it (with its CSRF token)."""
    with opener.open(f"{base}-/login", timeout=60) as response:
        token = re.search(r'name="csrftoken" value="([^"]+)"', response.read().decode())
    assert token
    form = urllib.parse.urlencode({"username": "operator", "password": PASSWORD,
                                   "csrftoken": token.group(1)}).encode()
    with opener.open(f"{base}-/login", data=form, timeout=60) as response:
        assert response.status == 200


def measure(messages: int) -> dict[str, float]:
    """Start-up (median of STARTS), first page, memory and page times on `messages` entries."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "refundbot.sqlite3"
        fill(path, messages)
        size = path.stat().st_size / 2**20
        listening, first = [], []
        for _ in range(STARTS):
            with console(path) as (proc, base, seconds):
                opener = urllib.request.build_opener(
                    urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
                listening.append(seconds)
                first.append(seconds + timed_get(opener, f"{base}-/login"))
                idle = rss_mb(proc.pid)[0]
                log_in(opener, base)
                inbox = timed_get(opener, f"{base}refundbot/inbox")
                stuck = timed_get(opener, f"{base}refundbot/inbox?show=stuck")
                activity = timed_get(opener, f"{base}-/activity")
                transcript = timed_get(opener, f"{base}refundbot/transcript?user=7")
                search = timed_get(opener, f"{base}refundbot/search?text=" +
                                   urllib.parse.quote("чайник возврат"))
                table = timed_get(opener, f"{base}refundbot/messages")
                current, peak = rss_mb(proc.pid)
    return {"size": size, "listening": statistics.median(listening),
            "first": statistics.median(first), "idle": idle, "rss": current, "peak": peak,
            "transcript": transcript, "search": search, "table": table, "inbox": inbox,
            "stuck": stuck, "activity": activity}


def run() -> str:
    """Measure each database size and return the Markdown section."""
    lines = [
        HEADING, "",
        "`refundbot operators` (Datasette over the live database) on databases of log entries "
        "spread over 90 days. Start-up (median of 3): from launching the process to listening, "
        "and to the first page served. Memory: resident set after start, and after logging in "
        "and opening the pages (peak in brackets); page times are from the last start: the "
        "inbox (home page, the last 7 days), the inbox filtered to stuck conversations, the "
        "activity page, a transcript, a search and the messages table. Measured on the 2-core "
        "project machine, shared with other work.", "",
        "| log entries | file | listening | first page | RSS idle | RSS after pages | inbox | "
        "stuck | activity | transcript | search | messages table |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for messages in SIZES:
        m = measure(messages)
        lines.append(
            f"| {messages:,} | {m['size']:.0f} MiB | {m['listening']:.2f} s | {m['first']:.2f} s "
            f"| {m['idle']:.0f} MiB | {m['rss']:.0f} MiB ({m['peak']:.0f}) "
            f"| {m['inbox'] * 1000:.0f} ms | {m['stuck'] * 1000:.0f} ms "
            f"| {m['activity'] * 1000:.0f} ms "
            f"| {m['transcript'] * 1000:.0f} ms | {m['search'] * 1000:.0f} ms "
            f"| {m['table'] * 1000:.0f} ms |")
    lines += ["", FACETS_NOTE, "",
              "Command: `make bench` (or `.venv/bin/python -m benchmarks console`).", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
