"""One user floods hostile 4,096-character messages: what the other users' replies cost.

Run: `.venv/bin/python -m benchmarks flood` (also part of `make bench`). The real `refundbot
run` process talks HTTP to the emulator on 127.0.0.1. USERS ordinary users (half English,
half Russian) each send an ordinary message at once, wait for the reply, ROUNDS times per
phase; phases alternate without and with a flooder, a user who sends a 4,096-character
hostile message (`benchmarks/worstcase.py`, a new one each time so no cache helps) every
FLOOD_EVERY seconds. Latency: from the update's arrival at the emulator to the reply's message
with buttons. Goal (issue 22): other users' p95 with the flooder within 1.2x of without.

`python -m benchmarks.flood --code DIR` runs the bot from another tree (e.g. a `git archive`
of an older commit) and prints the figures without touching docs/performance.md.
"""

from __future__ import annotations

import contextlib
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.report import cpu_seconds
from benchmarks.worstcase import INPUTS, SIZE
from emulator.botapi import BotApiEmulator, Call
from emulator.process import bot_process

ROOT = Path(__file__).resolve().parent.parent
HEADING = "## Flood: one user sends hostile 4,096-character messages, the others chat"
TOKEN = "123456789:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"
USERS = 20
ROUNDS = 10          # messages per user per phase
PHASES = 5           # pairs of phases: without, then with the flooder
PAUSE = 0.25         # seconds between rounds
FLOOD_EVERY = 0.5    # seconds between two hostile messages
FLOODER = 99_999
GOAL = 1.2
ORDINARY = {
    "en": ("My parcel never arrived, it has been 40 days", "thanks", "hello"),
    "ru": ("Посылка не пришла уже 40 дней", "спасибо", "привет"),
}


def _hostile(n: int) -> str:
    """The n-th flood message: a worst-case input, numbered so that no cache knows it."""
    texts = list(INPUTS.values())
    return (f"{n} " + texts[n % len(texts)])[:SIZE]


class Flooder:
    """A thread that sends a hostile message every FLOOD_EVERY s until stopped."""

    def __init__(self, emu: BotApiEmulator) -> None:
        self.emu = emu
        self.sent = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        """Send until stopped; bounded by the longest a phase can take."""
        for _ in range(int(600 / FLOOD_EVERY)):
            if self._stop.is_set():
                return
            self.emu.user_sends(FLOODER, _hostile(self.sent))
            self.sent += 1
            self._stop.wait(FLOOD_EVERY)

    def __enter__(self) -> Flooder:
        """Start flooding."""
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop flooding and wait for the thread."""
        self._stop.set()
        self._thread.join()


def _lang(user: int) -> str:
    """Even users write in English, odd ones in Russian."""
    return "en" if user % 2 == 0 else "ru"


def _round(emu: BotApiEmulator, users: range, n: int) -> list[float]:
    """Every user sends their n-th ordinary message at once; each one's reply latency, ms."""
    mark = emu.mark()
    sent: dict[int, float] = {}
    for user in users:
        texts = ORDINARY[_lang(user)]
        sent[user] = time.monotonic()
        emu.user_sends(user, texts[n % len(texts)], language_code=_lang(user))
    replied: dict[int, float] = {}

    def seen(call: Call) -> bool:
        chat = call.params.get("chat_id")
        if (call.method == "sendMessage" and call.ok and chat in sent and chat not in replied
                and call.params.get("reply_markup")):
            replied[chat] = call.time
        return len(replied) == len(users)

    emu.wait_for(seen, timeout=120, since=mark)
    return [(replied[u] - sent[u]) * 1000 for u in users]


def _p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)]


def measure(tmp: Path, code: Path | None = None) -> dict[str, object]:
    """Alternate phases without and with the flooder on one bot; latencies and counts."""
    users = range(20_000, 20_000 + USERS)
    quiet: list[float] = []
    flooded: list[float] = []
    hostile = answered = 0
    # This tree's bot, not whatever the virtualenv has installed.
    env = {"REFUNDBOT_SEND_RATE": "0", "PYTHONPATH": str(code or ROOT)}
    with BotApiEmulator(TOKEN) as emu, \
            bot_process(emu, tmp / "flood.sqlite3", **env) as proc:
        emu.wait_until_polling(timeout=60)
        for user in [*users, FLOODER]:
            emu.user_sends(user, "/start", language_code=_lang(user))
        _round(emu, users, 0)  # warm-up: every user past /start and the model loaded
        cpu0 = cpu_seconds(proc.pid)
        for _phase in range(PHASES):
            for n in range(ROUNDS):
                quiet += _round(emu, users, n)
                time.sleep(PAUSE)
            mark = emu.mark()
            with Flooder(emu) as flooder:
                for n in range(ROUNDS):
                    flooded += _round(emu, users, n)
                    time.sleep(PAUSE)
            hostile += flooder.sent
            answered += _flood_answered(emu, mark, flooder.sent)
        cpu = cpu_seconds(proc.pid) - cpu0
    return {"quiet": quiet, "flooded": flooded, "hostile": hostile, "answered": answered,
            "cpu": cpu}


def _flood_answered(emu: BotApiEmulator, since: int, sent: int) -> int:
    """How many of the `sent` hostile messages got their reply, waiting up to 30 s."""
    with contextlib.suppress(AssertionError):  # counted below, whatever came
        emu.wait_for(lambda _c: _flood_replies(emu, since) >= sent, timeout=30, since=since)
    return _flood_replies(emu, since)


def _flood_replies(emu: BotApiEmulator, since: int) -> int:
    """How many replies (messages with buttons) the flooder got after `since`."""
    return sum(1 for c in emu.calls[since:]
               if c.method == "sendMessage" and c.ok and c.params.get("chat_id") == FLOODER
               and c.params.get("reply_markup"))


def figures(result: dict[str, object]) -> tuple[float, float, float, float]:
    """(p50 without, p95 without, p50 with, p95 with) in ms."""
    quiet, flooded = result["quiet"], result["flooded"]
    assert isinstance(quiet, list) and isinstance(flooded, list)
    return (statistics.median(quiet), _p95(quiet), statistics.median(flooded), _p95(flooded))


def section(result: dict[str, object]) -> str:
    """The Markdown section for docs/performance.md."""
    p50q, p95q, p50f, p95f = figures(result)
    ratio = p95f / p95q
    count = len(result["quiet"])  # type: ignore[arg-type]
    return "\n".join([
        HEADING, "",
        "Command: `.venv/bin/python -m benchmarks flood`. The real bot process against the "
        f"emulator (no added latency, send budget off). {USERS} users (half English, half "
        "Russian) each send an ordinary message at once and wait for the reply, "
        f"{ROUNDS} times per phase, {PAUSE:g} s apart; {PHASES} phases without the flooder "
        f"alternate with {PHASES} with it: one more user sending a {SIZE:,}-character hostile "
        f"message (the inputs of `benchmarks/worstcase.py`) every {FLOOD_EVERY:g} s. "
        "Latency: the update's arrival at the emulator to the reply's message with buttons. "
        "Understanding runs in a worker thread before the turn's transaction "
        f"(`bot/dialogue/service.py`). Goal (issue 22): p95 with the flooder within {GOAL}x.",
        "",
        "| other users | replies | p50 | p95 |",
        "|---|---:|---:|---:|",
        f"| without the flooder | {count} | {p50q:.0f} ms | {p95q:.0f} ms |",
        f"| with the flooder | {len(result['flooded'])} | {p50f:.0f} ms "  # type: ignore[arg-type]
        f"| {p95f:.0f} ms |",
        f"| ratio | | {p50f / p50q:.2f}x | {ratio:.2f}x |",
        "",
        f"Hostile messages sent: {result['hostile']}, answered: {result['answered']}; bot CPU "
        f"over the measured phases {result['cpu']:.1f} s. p95 ratio {ratio:.2f}x: "
        + ("within the goal." if ratio <= GOAL else "over the goal."),
    ]) + "\n"


def run() -> str:
    """Measure; return the Markdown section."""
    with tempfile.TemporaryDirectory() as tmp:
        return section(measure(Path(tmp)))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--code"]:
        with tempfile.TemporaryDirectory() as tmp_name:
            print(section(measure(Path(tmp_name), Path(sys.argv[2]).resolve())))
    else:
        print(run())
