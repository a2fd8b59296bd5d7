"""Whole situations through the real dialogue: does each answer hold every rule that applies.

Run: `.venv/bin/python -m benchmarks situations` (part of `make bench`). Per situation of
`benchmarks/data/situations_<lang>.jsonl` (written by someone who never read flows/): /start
in the language, the buyer's one message, then the buttons a buyer with those facts would press
until an answer screen. Prints and writes aggregates only (docs/understanding.md, section
"Situations"), never a situation's text or id, so nobody tunes the product to one line.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.report import write_section
from bot.dialogue.assembly import build_service
from bot.dialogue.service import Button, DialogueService, Incoming, Reply
from bot.storage import open_database
from bot.storage.dialogues import load_dialogue
from flows.engine import answering
from flows.engine.callbacks import DialogueKey
from flows.engine.coverage import held_rules, is_answer
from flows.languages import LANGUAGES
from flows.scenarios import menu

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
DOC = ROOT / "docs" / "understanding.md"
HEADING = "## Situations"
GOAL_COMPLETE = 0.90
MAX_PRESSES = 8
UNSURE = "unsure"
START = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


class FixedClock:
    """The benchmark's time: one fixed moment, so a run is repeatable."""

    def now(self) -> datetime:
        """The fixed moment."""
        return START


@dataclass
class Walk:
    """What one situation came to: the rules held, the bot's text, where it stopped."""

    rules: set[str] = field(default_factory=set)
    text: list[str] = field(default_factory=list)
    answered: bool = False
    final: str = ""


@dataclass
class Tally:
    """Aggregates over one language's situations."""

    situations: int = 0
    complete: int = 0
    answered: int = 0
    required: int = 0
    found: int = 0
    misses: Counter[str] = field(default_factory=Counter)
    claims: Counter[str] = field(default_factory=Counter)
    cases: dict[str, list[int]] = field(default_factory=dict)
    screens: dict[str, list[Any]] = field(default_factory=dict)


def read(lang: str) -> list[dict[str, Any]]:
    """The situations of a language (empty when the file is missing)."""
    path = DATA / f"situations_{lang}.jsonl"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]


def claim_rule() -> Callable[[Mapping[str, Any], str, str], bool]:
    """`fires(claim, lang, answer)` as the claims' own writer defined it (sentence by
    sentence, with its `unless` patterns), imported so the two can never drift apart."""
    spec = importlib.util.spec_from_file_location("check_claims", DATA / "check_claims.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fires: Callable[[Mapping[str, Any], str, str], bool] = module.fires
    return fires


def read_claims() -> dict[str, dict[str, Any]]:
    """The forbidden claims: id -> {"desc", "en": [regex], "ru": [regex]}."""
    path = DATA / "claims.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def parse_key(key: str) -> tuple[int, str, str | None] | None:
    """(step, trigger, arg) of a dialogue button's data, or None."""
    found = DialogueKey.unpack(key)
    return (found.step, found.trigger, found.arg) if found else None


def choose(state: str, facts: Mapping[str, str], case: str, buttons: list[Button],
           tried: set[str]) -> Button | None:
    """The button a buyer with these facts presses, or None to stop.

    The choice meaning their fact on any screen that asks one; on the two-case question their
    case; on a question that is not also an answer, "Not sure".
    """
    keyed = [(parse_key(b.key), b) for b in buttons]
    if state == menu.CLARIFY:
        return next((b for k, b in keyed if k and k[1] == menu.PICK and k[2] == case), None)
    wanted = answering.answers(state, facts)
    triggers = [wanted.trigger] if wanted else []
    if not is_answer(state):
        triggers.append(UNSURE)
    for trigger in triggers:
        if trigger in tried:
            continue
        found = next((b for k, b in keyed if k and k[1] == trigger and k[2] is None), None)
        if found:
            return found
    return None


def texts(reply: Reply) -> list[str]:
    """Every text the bot sent in one reply."""
    return [m.text for m in reply.messages if m.text]


async def walk(service: DialogueService, db: Any, user: int, lang: str,
               situation: Mapping[str, Any]) -> Walk:
    """Drive one situation through the dialogue as its buyer would."""
    facts = {k: str(v) for k, v in situation.get("facts", {}).items()}
    case = str(situation.get("case", ""))
    result = Walk()
    reply = await service.handle(Incoming(user, user, "command", "start", tg_lang=lang))
    result.text += texts(reply)
    reply = await service.handle(Incoming(user, user, "text", situation["text"], tg_lang=lang))
    result.text += texts(reply)
    tried: dict[str, set[str]] = {}
    for _press in range(MAX_PRESSES + 1):
        state = load_dialogue(db, user, menu.MENU)
        result.rules |= answering.noted_rules(state.facts)
        if state.state == menu.MENU:
            break
        buttons = [b for m in reply.messages for b in m.buttons]
        seen = tried.setdefault(state.state, set())
        button = choose(state.state, facts, case, buttons, seen)
        if button is None:
            break
        parsed = parse_key(button.key)
        seen.add(parsed[1] if parsed else "")
        reply = await service.handle(Incoming(user, user, "click", button.key, tg_lang=lang,
                                              label=button.label))
        result.text += texts(reply)
    final = load_dialogue(db, user, menu.MENU).state
    result.final = final
    if is_answer(final):
        result.answered = True
        result.rules |= held_rules(final)
    return result


def claims_made(text: str, lang: str, claims: Mapping[str, Mapping[str, Any]],
                forbidden: Iterable[str]) -> list[str]:
    """The ids of the situation's forbidden claims that the bot's text makes in this language."""
    fires = claim_rule()
    return [cid for cid in forbidden if cid in claims and fires(claims[cid], lang, text)]


async def measure(lang: str, situations: list[dict[str, Any]],
                  claims: Mapping[str, Mapping[str, Any]]) -> Tally:
    """Walk every situation of a language on one fresh database."""
    tally = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "situations.db")
        service = build_service(db, FixedClock(), lang)
        for number, situation in enumerate(situations, start=1):
            done = await walk(service, db, 10_000 + number, lang, situation)
            must = set(situation.get("must", ()))
            held = must & done.rules
            tally.situations += 1
            tally.answered += done.answered
            tally.required += len(must)
            tally.found += len(held)
            tally.complete += held == must
            tally.misses.update(must - held)
            case = tally.cases.setdefault(str(situation.get("case", "")), [0, 0])
            case[0] += 1
            case[1] += held == must
            made = claims_made("\n".join(done.text), lang, claims, situation.get("must_not", ()))
            screen = tally.screens.setdefault(done.final, [0, 0, Counter(), Counter()])
            screen[0] += 1
            screen[1] += held == must
            screen[2].update(must - held)
            screen[3].update(made)
            tally.claims.update(made)
        db.conn.close()
    return tally


def ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Counts, largest first, ties by id, so a rerun writes the same line."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def section(tallies: Mapping[str, Tally]) -> str:
    """The "Situations" section of docs/understanding.md: aggregates only."""
    lines = [
        HEADING, "",
        "Whole situations, each a buyer's one-message description plus the rules "
        "(refund-rules.md ids) its final answer must hold and the claims it must not make, "
        "written by a helper who never read `flows/` (`benchmarks/data/situations_*.jsonl`, "
        "`claims.json`). Each is driven through the real dialogue service (temp SQLite, real "
        "catalogs): /start, the message, then the buttons a buyer with those facts would press "
        "(the choice meaning their fact; on the two-case question their case; on a question "
        "that is not also an answer, \"Not sure\") until an answer screen. Rules held: the "
        "answer screen's own rules, the notes of questions skipped on the way, and the screens "
        "one labelled detail button away.",
        "",
        "Command: `.venv/bin/python -m benchmarks situations` (`python -m benchmarks.situations "
        "--by-screen` prints the same aggregates per answer screen reached). Only aggregates are "
        "printed. A forbidden claim counts when one of the situation's `must_not` claims fires on "
        "the bot's text for it, by the claims writer's own rule (`fires` in "
        "`benchmarks/data/check_claims.py`: sentence by sentence, a claim's pattern matching "
        "and none of its `unless` patterns, which keep warnings against a claim from counting).",
        "",
        f"Goal: at least {GOAL_COMPLETE:.0%} of situations complete per language, "
        "0 forbidden claims.",
        "",
        "| Language | Situations | Reached an answer | Complete (every rule held) | Rules held "
        "| Forbidden claims |",
        "|---|---|---|---|---|---|",
    ]
    for lang, t in tallies.items():
        share = t.complete / t.situations if t.situations else 0.0
        lines.append(f"| {lang} | {t.situations} | {t.answered} | {t.complete} ({share:.0%}) "
                     f"| {t.found}/{t.required} | {sum(t.claims.values())} |")
    claims = Counter[str]()
    misses = Counter[str]()
    for t in tallies.values():
        claims.update(t.claims)
        misses.update(t.misses)
    lines += ["", "Forbidden claims made, by claim id: "
              + (", ".join(f"{c} {n}" for c, n in sorted(claims.items())) or "none") + ".", ""]
    by_lang = ", ".join(
        f"{lang}: " + (", ".join(f"{r} {n}" for r, n in ranked(t.misses)) or "none")
        for lang, t in tallies.items())
    lines += ["Required rules missed, by rule id (count over situations): " + by_lang + ".", ""]
    lines += ["Complete by case (complete/situations): " + "; ".join(
        f"{lang}: " + ", ".join(f"{c} {k}/{n}" for c, (n, k) in sorted(t.cases.items()))
        for lang, t in tallies.items()) + ".", ""]
    return "\n".join(lines)


def by_screen(tallies: Mapping[str, Tally]) -> str:
    """Per answer screen reached: situations, complete, and the rules missed there (aggregate)."""
    rows = []
    for lang, t in tallies.items():
        for name, (n, k, missed, made) in sorted(t.screens.items(), key=lambda i: -i[1][0]):
            misses = ", ".join(f"{r} {c}" for r, c in missed.most_common())
            claims = ", ".join(f"{r} {c}" for r, c in made.most_common())
            rows.append(f"{lang} {name}: {k}/{n} complete; missed {misses or 'nothing'}"
                        + (f"; claims {claims}" if claims else ""))
    return "\n".join(rows)


def measure_all() -> dict[str, Tally]:
    """Every language's tally."""
    claims = read_claims()
    return {lang: asyncio.run(measure(lang, rows, claims))
            for lang in LANGUAGES if (rows := read(lang))}


def run() -> str:
    """Walk every language's situations, write the docs section, return it."""
    tallies = measure_all()
    if not tallies:
        raise FileNotFoundError(f"no situations_*.jsonl in {DATA}")
    text = section(tallies)
    write_section(text, DOC)
    summary = " · ".join(f"{lang.upper()}: {t.complete}/{t.situations} complete, "
                         f"{sum(t.claims.values())} forbidden claims"
                         for lang, t in tallies.items())
    return (f"{HEADING} (issue 16)\n\nSituations benchmark "
            f"(`python -m benchmarks situations`, details in docs/understanding.md): {summary}.\n")


if __name__ == "__main__":
    # `python -m benchmarks.situations --by-screen` prints where situations end (aggregates).
    print(by_screen(measure_all()) if "--by-screen" in sys.argv else run())
