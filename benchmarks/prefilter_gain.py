"""The fact rows' prefilter side by side: every worst-case input with it and without it.

Run: `.venv/bin/python -m benchmarks.prefilter_gain [rounds]`. Without the prefilter every row
is searched (as before it); with it, a row runs only when its cues are in the text
(`flows/understanding/prefilter.py`). The two are alternated round by round on the same inputs
(the machine is shared and its load drifts), each input read `PER_ROUND` times per round as a
message never seen, in CPU time of the process; the table gives the median and the slowest.
Printed only, not written to docs/performance.md (`python -m benchmarks worstcase` is the goal's
figure).
"""

from __future__ import annotations

import statistics
import sys
import time

from benchmarks.worstcase import INPUTS, _understand_new
from flows.languages import LANGUAGES
from flows.understanding import prefilter, warm_up

PER_ROUND = 3
REAL = {
    "one real story (en)": ("the parcel reached my country 3 weeks ago and nothing since, "
                            "protection has 5 days left, I paid $25 by card, the seller asks "
                            "me to wait", "en"),
    "one real story (ru)": ("посылка пришла в Россию 3 недели назад и с тех пор тишина, защиты "
                            "осталось 5 дней, оплатил 2500 рублей картой, продавец просит "
                            "подождать", "ru"),
}


def every_row_runs(_needs: prefilter.Needs, _text: str) -> bool:
    """Every cue taken as present: every row is searched, as before the prefilter."""
    return True


def _ms(text: str, lang: str) -> float:
    """CPU milliseconds to understand `text` once, as a message never seen."""
    started = time.process_time()
    _understand_new(text, lang)
    return (time.process_time() - started) * 1000


def compare(rounds: int) -> list[tuple[str, str, list[float], list[float]]]:
    """(input, language, times without, times with) over `rounds` alternated rounds."""
    warm_up()
    cases = [(name, text, lang) for name, text in INPUTS.items() for lang in LANGUAGES]
    cases += [(name, text, lang) for name, (text, lang) in REAL.items()]
    derived = prefilter.present
    times: dict[tuple[str, str, bool], list[float]] = {}
    try:
        for done in range(rounds):
            for cued in (False, True) if done % 2 == 0 else (True, False):
                prefilter.present = derived if cued else every_row_runs
                for name, text, lang in cases:
                    _ms(text, lang)  # warm-up: the same text's caches either way
                    times.setdefault((name, lang, cued), []).extend(
                        _ms(text, lang) for _ in range(PER_ROUND))
    finally:
        prefilter.present = derived
    return [(name, lang, times[name, lang, False], times[name, lang, True])
            for name, _text, lang in cases]


def table(rows: list[tuple[str, str, list[float], list[float]]]) -> str:
    """The comparison as Markdown."""
    lines = ["| input | language | without: median | with: median | without: slowest "
             "| with: slowest |", "|---|---|---:|---:|---:|---:|"]
    lines += [f"| {name} | {lang} | {statistics.median(old):.2f} ms | "
              f"{statistics.median(new):.2f} ms | {max(old):.2f} ms | {max(new):.2f} ms |"
              for name, lang, old, new in rows]
    worst_old = max(max(old) for _n, _l, old, _new in rows)
    worst_new = max(max(new) for _n, _l, _old, new in rows)
    lines += ["", f"Slowest of all: {worst_old:.2f} ms without, {worst_new:.2f} ms with."]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(compare(int(sys.argv[1]) if len(sys.argv) > 1 else 6)))
