"""Screenshots: how exactly the bot reads the rendered pages in benchmarks/screens/, and how fast.

Run: `.venv/bin/python -m benchmarks screenshots` (also part of `make bench`). For every image
of the set (written by someone who does not write the extractors), Tesseract reads it as the
bot does (`bot.screenshots.ocr`) and `flows.understanding.screenshot.read_screenshot` turns
the text into facts, compared with the manifest's expected facts. Reports per fact the
exact-read rate, the facts claimed on the images that are not AliExpress, time per image and
the memory the reader adds to a bot process. Writes the section of docs/screenshots.md and
returns the one for docs/performance.md.
"""

from __future__ import annotations

import io
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from bot.screenshots import page_text
from bot.screenshots.ocr import WAITING, WORKERS, Reader, prepare
from flows.understanding import screenshot as extractor
from flows.understanding.screenshot import DATE_IN_LINE, Screenshot, read_screenshot

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ROOT / "benchmarks" / "screens"
DOC = ROOT / "docs" / "screenshots.md"
MARK = ("<!-- screenshots-benchmark -->", "<!-- /screenshots-benchmark -->")
GOALS = {"countdown": 0.95, "status": 0.95, "order": 0.98}
GOAL_P95 = 1.5
GOAL_MIB = 60.0
DARK = 110
"""Mean grey below which an image counts as dark-themed (for the inverted variant)."""


@dataclass(frozen=True)
class Case:
    """One image of the set and the facts it shows (keys of the manifest's `expect`)."""

    path: Path
    aliexpress: bool
    lang: str = ""
    kind: str = ""
    expected: dict[str, Any] = field(default_factory=dict)
    shot_at: datetime | None = None
    theme: str = ""
    device: str = ""

    @property
    def today(self) -> date | None:
        """The photo's day."""
        return self.shot_at.date() if self.shot_at else None


def images_folder(folder: Path = SCREENS) -> Path:
    """Where the rendered images are (`make.py` writes them to out/images, not committed)."""
    rendered = folder / "out" / "images"
    return rendered if rendered.is_dir() else folder


def load(folder: Path = SCREENS) -> list[Case]:
    """The images and their expected facts from the set's manifest."""
    manifest = folder / "manifest.jsonl"
    images = images_folder(folder)
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    cases = [case_of(images, row) for row in rows]
    missing = [c.path.name for c in cases if not c.path.exists()]
    if missing:
        raise RuntimeError(f"{len(missing)} images missing (first {missing[0]}); render them "
                           "with `python benchmarks/screens/make.py`")
    return cases


def case_of(images: Path, row: dict[str, Any]) -> Case:
    """One manifest row as a Case."""
    shot_at = datetime.fromisoformat(row["shot_at"]) if row.get("shot_at") else None
    return Case(images / row["file"], row.get("kind") != "other", row.get("lang", ""),
                row.get("kind", ""), dict(row.get("expect") or {}), shot_at,
                row.get("theme", ""), str(row.get("device", "")).split("-")[0])


COMPARED = ("protection_seconds", "order_status", "status_text", "order_id", "tracking_date",
            "tracking_event", "dispute")
"""The manifest's facts the reader is measured on (dispute_text is not read, only its state)."""
GOAL_KEYS = {"countdown": "protection_seconds", "status": "order_status", "order": "order_id"}


def read_facts(shot: Screenshot) -> dict[str, Any]:
    """What the extractor read, in the manifest's terms (None: not read)."""
    event = shot.event
    if event is not None:
        # The manifest's event text is the line without its date, time and place.
        event = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", "", event)
        event = DATE_IN_LINE.sub("", event).strip(" ,·-—|")
    return {
        "protection_seconds": int(shot.left.total_seconds()) if shot.left is not None else None,
        "order_status": shot.facts.get("order_status"),
        "status_text": shot.status,
        "order_id": shot.order,
        "tracking_date": shot.event_day.isoformat() if shot.event_day else None,
        "tracking_event": event,
        "dispute": shot.facts.get("dispute"),
    }


def claimed(shot: Screenshot) -> int:
    """How many facts a reading claims."""
    return sum(v is not None for v in read_facts(shot).values())


def false_keys(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Facts read that the page does not show (a false claim)."""
    return [k for k, v in got.items() if v is not None and k not in expected
            and not (k == "tracking_event" and "tracking_date" in expected)]


def event_matches(want: str, got: str | None) -> bool:
    """The newest event's text, read with or without its place."""
    return got is not None and want.casefold() in got.casefold()


@dataclass
class Tally:
    """Per fact: images that show it, and how many of those were read exactly."""

    shown: dict[str, int] = field(default_factory=dict)
    exact: dict[str, int] = field(default_factory=dict)
    wrong: dict[str, int] = field(default_factory=dict)

    def add(self, expected: dict[str, Any], got: dict[str, Any]) -> None:
        """Count one image."""
        for key, want in expected.items():
            if key not in COMPARED or want is None:
                continue
            self.shown[key] = self.shown.get(key, 0) + 1
            right = (event_matches(want, got[key]) if key == "tracking_event"
                     else got[key] == want)
            if right:
                self.exact[key] = self.exact.get(key, 0) + 1
            elif got[key] is not None:
                self.wrong[key] = self.wrong.get(key, 0) + 1

    def rate(self, key: str) -> float:
        """Exact reads of a fact over the images that show it."""
        return self.exact.get(key, 0) / self.shown[key] if self.shown.get(key) else 0.0


def countdown_cause(text: str) -> str:
    """Why a page's countdown was missed, from its text only (for a count, never shown): no
    clock read at all, a clock with the protection words near it, elsewhere, or nowhere."""
    lines = [line for line in text.splitlines() if line.strip()]
    clocks = [i for i, line in enumerate(lines) if extractor.COUNTDOWN.search(line)
              or extractor.DAY_CLOCK.search(line) or (
                  (bare := extractor.BARE_CLOCK.search(line)) and bare["s"])]
    if not clocks:
        return "no clock"
    near = [i for i in clocks if extractor.protection_words(" ".join(lines[max(0, i - 2):i + 2]))]
    line = lines[(near or clocks)[0]]
    kind = ("days and clock" if (found := extractor.COUNTDOWN.search(line)) and (
        found["h"] or found["hh"]) else "days only" if found else "day:clock"
        if extractor.DAY_CLOCK.search(line) else "clock alone")
    if near:
        if kind == "clock alone" and (bare := extractor.BARE_CLOCK.search(line)):
            before = line[:bare.start()].strip()
            kind += (", a number before it" if re.search(r"\d", before) else ", a word before it"
                     if before else ", first on its line")
        shot = read_screenshot(text)
        return f"clock, label near ({kind}; {'tied' if shot.protection else 'not tied'})"
    if any(extractor.protection_words(line) for line in lines):
        return f"clock, label elsewhere ({kind})"
    shot = read_screenshot(text)
    why = ("tied" if shot.protection else "a seller's or payment clock's words on the page"
           if any(extractor.SHIPPING_CLOCK.search(x) for x in lines)
           else "dispute words on the page" if any(extractor.dispute_words(x) for x in lines)
           else "status not shipped"
           if shot.facts.get("order_status") not in extractor.AFTER_SHIPPING else "other")
    return f"clock, no label ({kind}; {len(clocks)} clock lines; {why})"


def order_cause(text: str) -> str:
    """Why a page's order number was missed, from its text only (for a count, never shown):
    no label read, the number made unreadable ("?": its readings disagreed), a number of
    some length (on the label's line, the next, or both), what follows it, or nothing after
    the label."""
    lines = [line for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        label = extractor.ORDER_LABEL.search(line)
        if label is None:
            continue
        rest = " ".join([line[label.end():], *lines[index + 1:index + 2]])
        if re.match(r"\s*[:.,-]?\s*\?{8,}", rest):
            return "label, number not agreed"
        digits = re.match(r"\s*[:.,-]?\s*([0-9OoIl|SB ]{8,30})", rest)
        if digits:
            count = len(digits.group(1).translate(extractor.OCR_DIGITS).replace(" ", ""))
            shape = number_shape(line[label.end():], lines[index + 1:index + 2])
            return f"label, a number of {count} digits ({shape})"
        return "label, no number after it"
    return "no label"


def number_shape(rest: str, below: list[str]) -> str:
    """Where a number after its label lies and what follows it, as counts and kinds only:
    digits on the label's line and on the next, its groups, the sign after it."""
    here = re.match(r"\s*[:.,-]?\s*([0-9OoIl|SB ]*)(.?)", rest)
    head = here.group(1) if here else ""
    shape = [f"{sum(c != ' ' for c in head)} on its line in {len(head.split())} groups"]
    if below and (there := re.match(r"\s*([0-9OoIl|SB ]+)", below[0])):
        shape.append(f"{sum(c != ' ' for c in there.group(1))} on the next")
    after = here.group(2) if here else ""
    shape.append("then nothing" if not after else "then a letter" if after.isalpha()
                 else "then a sign")
    return ", ".join(shape)


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))]


def timed(reader: Reader, cases: list[Case]) -> Iterator[tuple[Case, str, float]]:
    """Each image read in this thread, with its time (decode, prepare and OCR)."""
    for case in cases:
        data = case.path.read_bytes()
        started = time.perf_counter()
        text = reader.read_now(data)
        yield case, text, time.perf_counter() - started


MEMORY_PROBE = """
import asyncio, sys
from pathlib import Path
import bot.cli, bot.telegram.app, flows.understanding
flows.understanding.warm_up()
def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
before = rss("VmRSS:")
from bot.screenshots.ocr import Reader
reader = Reader()
async def main():
    await asyncio.gather(*(reader.read(Path(p).read_bytes()) for p in sys.argv[1:]))
asyncio.run(main())
print(rss("VmHWM:") - before, rss("VmRSS:") - before)
"""


def memory_added(paths: list[Path]) -> tuple[float, float]:
    """(peak, settled) MiB the reader adds to a process that has the bot loaded."""
    done = subprocess.run([sys.executable, "-c", MEMORY_PROBE, *map(str, paths)],
                          capture_output=True, text=True, check=True, cwd=ROOT,
                          env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    peak, settled = (float(x) for x in done.stdout.split()[-2:])
    return peak, settled


def pool_seconds(reader: Reader, cases: list[Case]) -> float:
    """Wall time to read every image through the bot's pool (2 at once)."""
    import asyncio

    async def all_of() -> None:
        batch = WORKERS + WAITING  # what the pool takes at once
        for start in range(0, len(cases), batch):
            await asyncio.gather(*(reader.read(c.path.read_bytes())
                                   for c in cases[start:start + batch]))

    started = time.perf_counter()
    asyncio.run(all_of())
    return time.perf_counter() - started


def _colour(data: bytes) -> Image.Image:
    """No pre-processing: the decoded image as it is."""
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB")


def _inverted(data: bytes) -> Image.Image:
    """Grey, and dark themes inverted to dark text on light."""
    grey = prepare(data)
    mean = sum(i * n for i, n in enumerate(grey.histogram())) / max(1, grey.width * grey.height)
    return ImageOps.invert(grey) if mean < DARK else grey


def _upscaled(data: bytes) -> Image.Image:
    """The bot's preparation, then twice the size when narrower than 1000 px."""
    image = prepare(data)
    if image.width < 1000:
        image = image.resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS)
    return image


PREPARATIONS: dict[str, Callable[[bytes], Image.Image]] = {
    "none (colour)": _colour, "grey (the bot's)": prepare, "grey, dark inverted": _inverted,
    "grey, 2x under 1000 px": _upscaled,
}


def compare(reader: Reader, cases: list[Case]) -> list[list[str]]:
    """Exact reads and time per image for each pre-processing, as table rows."""
    rows = [["pre-processing", "countdown", "status", "order", "claims on others", "p50 s",
             "p95 s"]]
    for name, fn in PREPARATIONS.items():
        tally, times, claims = Tally(), [], 0
        for case in cases:
            data = case.path.read_bytes()
            started = time.perf_counter()
            text = reader.read_image(fn(data))
            times.append(time.perf_counter() - started)
            shot = read_screenshot(text, case.today)
            if case.aliexpress:
                tally.add(case.expected, read_facts(shot))
            else:
                claims += bool(claimed(shot))
        rows.append([name, *(f"{100 * tally.rate(GOAL_KEYS[k]):.1f}%" for k in ("countdown",
                                                                                 "status",
                                                                                 "order")),
                     str(claims), f"{statistics.median(times):.2f}",
                     f"{percentile(times, 0.95):.2f}"])
    return rows


def table(rows: list[list[str]]) -> str:
    """A Markdown table from rows (the first is the header)."""
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])


def run(load_cases: Callable[[], list[Case]] = load) -> str:
    """Read every image, write docs/screenshots.md's section, return performance.md's."""
    cases = load_cases()
    reader = Reader()
    if not reader.available:
        raise RuntimeError("Tesseract's eng and rus data are not installed")
    reader.read_now(cases[0].path.read_bytes())  # load the model before timing
    tallies: dict[str, Tally] = {"all": Tally()}
    times: list[float] = []
    false_claims: list[str] = []
    extra_claims: list[str] = []
    misses: dict[str, dict[str, int]] = {}
    causes: dict[str, int] = {}
    order_causes: dict[str, int] = {}
    for case, text, seconds in timed(reader, cases):
        times.append(seconds)
        shot = read_screenshot(text, case.today)
        got = read_facts(shot)
        if not case.aliexpress:
            if claimed(shot):
                false_claims.append(case.path.name)
            continue
        for key in ("all", case.lang or "?"):
            tallies.setdefault(key, Tally()).add(case.expected, got)
        extra = false_keys(case.expected, got)
        extra_claims.extend(extra)
        wrong = [k for k, v in case.expected.items() if k in COMPARED and v is not None
                 and not (event_matches(v, got[k]) if k == "tracking_event" else got[k] == v)]
        if "protection_seconds" in wrong:
            cause = "wrong" if got["protection_seconds"] is not None else countdown_cause(text)
            if page_text.ROW_TRACE:  # the box rows found and read or not, as counts only
                cause += "; box rows: " + " / ".join(page_text.ROW_TRACE)
            cause = f"{case.lang} {cause}"
            causes[cause] = causes.get(cause, 0) + 1
        if "order_id" in wrong:
            cause = "wrong" if got["order_id"] is not None else order_cause(text)
            order_causes[f"{case.lang} {cause}"] = order_causes.get(f"{case.lang} {cause}", 0) + 1
        for key in wrong:  # counted by kind of page only: no image is named (held-out set)
            for group in (f"{case.lang} {case.kind}", case.theme, case.device):
                misses.setdefault(key, {}).setdefault(group, 0)
                misses[key][group] += 1
    pool = pool_seconds(reader, cases)
    preparations = compare(reader, cases)
    peak, settled = memory_added([c.path for c in cases[:12]])
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    facts = [k for k in COMPARED if tallies["all"].shown.get(k)]
    langs = [k for k in tallies if k != "all"]
    rows = [["fact", *(f"{lang} exact" for lang in langs), "all exact", "wrong reads", "goal"]]
    for key in facts:
        all_tally = tallies["all"]
        rows.append([key, *(f"{100 * tallies[lang].rate(key):.1f}% of "
                            f"{tallies[lang].shown.get(key, 0)}" for lang in langs),
                     f"{100 * all_tally.rate(key):.1f}% of {all_tally.shown[key]}",
                     str(all_tally.wrong.get(key, 0)),
                     goal_of(key)])
    others = sum(not c.aliexpress for c in cases)
    body = "\n".join([
        f"Command: `python -m benchmarks screenshots`. {len(cases)} images "
        f"({len(cases) - others} AliExpress pages, {others} other images), run "
        f"{date.today().isoformat()}.",
        "",
        table(rows),
        "",
        f"- Facts claimed on the {others} images that are not AliExpress: "
        f"{len(false_claims)} images (goal 0).",
        f"- Facts read on AliExpress pages that do not show them: {len(extra_claims)}"
        f"{' (' + ', '.join(sorted(set(extra_claims))) + ')' if extra_claims else ''}.",
        f"- Time per image (decode, grey, Tesseract eng+rus, one thread): p50 {p50:.2f} s,"
        f" p95 {p95:.2f} s, max {max(times):.2f} s (goal p95 <= {GOAL_P95} s). Through the bot's "
        f"pool ({WORKERS} worker): {len(cases)} images in {pool:.1f} s "
        f"({pool / len(cases):.2f} s per image).",
        f"- Memory the reader adds to a process with the bot loaded ({WORKERS} worker, 12 images): "
        f"peak {peak:.0f} MiB, after {settled:.0f} MiB (goal <= {GOAL_MIB:.0f} MiB).",
        "",
        "Pre-processing compared on the same images (each row reads every image again):",
        "",
        table(preparations),
        "",
        "Facts missed or misread, counted by page (language and kind), theme and device: "
        + ("; ".join(f"{key}: " + ", ".join(f"{group} {n}" for group, n in sorted(
            groups.items())) for key, groups in misses.items()) or "none") + ".",
        "",
        "Countdowns missed, by what the page's text holds: "
        + (", ".join(f"{cause} {n}" for cause, n in sorted(causes.items())) or "none") + ".",
        "",
        "Order numbers missed, by what the page's text holds: "
        + (", ".join(f"{cause} {n}" for cause, n in sorted(order_causes.items())) or "none")
        + ".",
    ])
    write_doc(body)
    summary = ", ".join(f"{k} {100 * tallies['all'].rate(k):.1f}%" for k in facts)
    return ("## Screenshots: reading AliExpress pages\n\n"
            f"`python -m benchmarks screenshots`, details in docs/screenshots.md. Exact reads: "
            f"{summary}; facts claimed on {others} non-AliExpress images: {len(false_claims)}; "
            f"time per image p50 {p50:.2f} s, p95 {p95:.2f} s; memory added: peak {peak:.0f} "
            f"MiB.\n")


def goal_of(key: str) -> str:
    """The goal for a manifest fact, or a dash."""
    goals = {GOAL_KEYS[name]: share for name, share in GOALS.items()}
    return f">= {100 * goals[key]:.0f}%" if key in goals else "-"


def write_doc(body: str) -> None:
    """Replace the benchmark part of docs/screenshots.md."""
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(MARK[0], 1)
    tail = rest.split(MARK[1], 1)[1]
    DOC.write_text(f"{head}{MARK[0]}\n{body}\n{MARK[1]}{tail}", encoding="utf-8")
