"""What `refundbot run` leaves unloaded until it is needed: Pillow, tesserocr and the screenshot
patterns until the first image, icalendar until the first calendar file, CLDR's locale data until
a text formats a date or a list, the operators' console and export (other commands) always
(docs/performance.md, "Production")."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path
from types import ModuleType

import pytest

from bot.screenshots.ocr import Reader
from emulator.botapi import BotApiEmulator
from emulator.process import bot_process

LATER = ("PIL", "tesserocr", "icalendar")
UNTIL_AN_IMAGE = ("flows.understanding.screenshot", "flows.understanding.screenshot_reply")
OTHER_COMMANDS = ("bot.operators.commands", "bot.operators.console", "bot.operators.export",
                  "getpass")
SCREEN = Path(__file__).parent / "data" / "screens" / "own_order_en_light.jpg"

# Runs `refundbot run` and, as it exits, writes which packages it had imported.
PROBE = """
import atexit, json, sys
def dump():
    import babel.localedata  # its cache holds the CLDR locales loaded so far
    with open(sys.argv[1], "w") as fh:
        json.dump({"modules": sorted({*sys.modules, *(n.split(".")[0] for n in sys.modules)}),
                   "locales": sorted(babel.localedata._cache)}, fh)
atexit.register(dump)
from bot.cli import main
sys.exit(main(["run"]))
"""


@pytest.mark.process
def test_the_bot_polls_and_stops_without_loading_pillow_tesserocr_or_icalendar(
        live_emulator: BotApiEmulator, tmp_path: Path) -> None:
    loaded = tmp_path / "modules.json"
    command = [sys.executable, "-c", PROBE, str(loaded)]
    with bot_process(live_emulator, tmp_path / "bot.sqlite3", command) as proc:
        live_emulator.wait_until_polling(timeout=30)
        proc.terminate()
        assert proc.wait(timeout=15) == 0
    found = json.loads(loaded.read_text())
    packages = found["modules"]
    assert {"telegram", "bot", "flows"} <= set(packages)  # the probe saw the running bot
    assert [name for name in LATER if name in packages] == []
    assert "bot.operators.command_line" in packages  # the command line was built
    assert [name for name in (*UNTIL_AN_IMAGE, *OTHER_COMMANDS) if name in packages] == []
    assert found["locales"] == []  # CLDR's data loads with the first date or list formatted


# The reader says what it can do without importing anything, then reads with what it loads.
READ = """
import sys
from bot.screenshots.ocr import Reader
reader = Reader()
before = sorted(name for name in ("PIL", "tesserocr") if name in sys.modules)
text = reader.read_now(open(sys.argv[1], "rb").read())
after = sorted(name for name in ("PIL", "tesserocr") if name in sys.modules)
print(reader.available, before, after, "AliExpress" in text or "Awaiting" in text)
"""


@pytest.mark.process
@pytest.mark.skipif(not Reader().available, reason="tesseract-ocr-eng/-rus not installed")
def test_the_reader_is_available_before_it_loads_tesseract_and_reads_once_it_has() -> None:
    done = subprocess.run([sys.executable, "-c", READ, str(SCREEN)], capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.split("\n")[0] == "True [] ['PIL', 'tesserocr'] True"


async def test_the_fact_patterns_compile_only_once_the_bot_polls(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.telegram.app import compile_when_polling
    from flows.languages import LANGUAGES
    from flows.understanding import fact_words, facts

    # Recorded, not cleared: clearing the cache made this test compile both languages again
    # (~2 s of CPU) only to see the compile happen; asking for them is what compiles them.
    compiled = facts.tables
    asked: list[str] = []

    def recording(module: ModuleType) -> facts.Tables:
        """The real (cached) compile, noting which language's tables were asked for."""
        asked.append(module.__name__)
        return compiled(module)

    monkeypatch.setattr(facts, "tables", recording)
    polled = asyncio.Event()
    compiling = asyncio.create_task(compile_when_polling(polled))
    await asyncio.wait([compiling], timeout=0)
    assert asked == [], "nothing compiled before the first poll"
    polled.set()
    await compiling
    assert sorted(asked) == sorted(fact_words(lang).__name__ for lang in LANGUAGES)
    assert compiled.cache_info().currsize == len(LANGUAGES)


async def test_a_stop_during_the_compile_does_not_wait_for_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.telegram import app

    started, release = threading.Event(), threading.Event()

    def slow_compile() -> None:
        """A compile that runs until the test lets it end."""
        started.set()
        release.wait()

    monkeypatch.setattr(app, "compile_facts", slow_compile)
    polled = asyncio.Event()
    polled.set()
    compiling = asyncio.create_task(app.compile_when_polling(polled))
    await asyncio.to_thread(started.wait)
    worker = next(t for t in threading.enumerate() if t.name == "fact patterns")
    assert worker.daemon, "the interpreter's exit would wait for the compile"
    compiling.cancel()
    with pytest.raises(asyncio.CancelledError):
        await compiling
    assert worker.is_alive(), "the stop did not wait for the compile"
    release.set()
