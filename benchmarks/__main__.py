"""`make bench`: run the benchmarks and write their sections into docs/performance.md.

`python -m benchmarks` runs all of them; `python -m benchmarks reminders startup` only those.
A benchmark that fails keeps its previous section and makes the exit code 1.
"""

from __future__ import annotations

import importlib
import sys
import traceback

from benchmarks.report import DOC, TITLE, machine, write_section

# name -> module with run() -> Markdown section starting with its "## " heading
BENCHMARKS = {
    "startup": "benchmarks.startup",
    "outage": "benchmarks.outage_start",
    "reminders": "benchmarks.reminders",
    "console": "benchmarks.console",
    "understanding": "benchmarks.understanding",
    "telegram": "benchmarks.telegram",
    "engine": "benchmarks.engine",
    "delivery": "benchmarks.reminder_delivery",
    "situations": "benchmarks.situations",
    "worstcase": "benchmarks.worstcase",
    "screenshots": "benchmarks.screenshots",
    "flood": "benchmarks.flood",
}


def header() -> str:
    """The top of docs/performance.md: how the numbers were made, and where."""
    return (f"{TITLE}\n\nProduced by `make bench` (`python -m benchmarks`); each section "
            "names its own command. Heavy benchmarks live here, never in the test suite.\n\n"
            f"Machine of the last run: {machine()}.\n")


def main(names: list[str]) -> int:
    """Run the named benchmarks (all when none) and update their sections."""
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s) {unknown}; choose from {list(BENCHMARKS)}", file=sys.stderr)
        return 2
    failed = 0
    for name in names or list(BENCHMARKS):
        print(f"== {name}", flush=True)
        try:
            section = importlib.import_module(BENCHMARKS[name]).run()
        except Exception:
            traceback.print_exc()
            failed += 1
            continue
        print(section, flush=True)
        write_section(section)
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    body = text.split("\n## ", 1)[1] if "\n## " in text else ""
    DOC.write_text(header() + ("\n## " + body if body else ""), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
