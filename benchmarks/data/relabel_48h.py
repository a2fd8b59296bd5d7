"""Relabel the held-out sets to the 2-days-or-less split (issue 16), mechanically.

The sets were annotated when "hours" meant under 48 hours left. Now 48 hours (2 days) or
less is "hours": the open-the-dispute-now case. Wherever a line gives protection_hours=48
with protection_left=days, this turns the bucket into hours, and changes nothing else.
It never prints a line, only how many lines it changed per file. Run it once from the
repository root: `python benchmarks/data/relabel_48h.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent
OLD, NEW, HOURS = "days", "hours", "48"
_JSON_BUCKET = re.compile(r'("protection_left"\s*:\s*)"days"')


def relabel_tsv_line(line: str) -> str:
    """A `label<TAB>facts<TAB>text` line with its 48-hour bucket moved to hours."""
    if line.startswith("#") or line.count("\t") < 2:
        return line
    label, facts, text = line.split("\t", 2)
    pairs = [p.split("=", 1) for p in facts.split(";")]
    found = {p[0]: p[1] for p in pairs if len(p) == 2}
    if found.get("protection_hours") != HOURS or found.get("protection_left") != OLD:
        return line
    moved = ";".join(f"{p[0]}={NEW}" if len(p) == 2 and p[0] == "protection_left" else "=".join(p)
                     for p in pairs)
    return "\t".join((label, moved, text))


def relabel_jsonl_line(line: str) -> str:
    """A situation line with its 48-hour bucket moved to hours, its other bytes untouched."""
    if not line.strip() or line.startswith("#"):
        return line
    facts = json.loads(line).get("facts", {})
    if str(facts.get("protection_hours")) != HOURS or facts.get("protection_left") != OLD:
        return line
    moved, count = _JSON_BUCKET.subn(rf'\1"{NEW}"', line)
    if count != 1:
        raise ValueError("a situation line with several protection_left keys")
    return moved


def relabel(path: Path) -> int:
    """Rewrite one file in place; the number of lines changed."""
    change = relabel_jsonl_line if path.suffix == ".jsonl" else relabel_tsv_line
    lines = path.read_text(encoding="utf-8").split("\n")
    new = [change(line) for line in lines]
    changed = sum(a != b for a, b in zip(lines, new, strict=True))
    if changed:
        path.write_text("\n".join(new), encoding="utf-8")
    return changed


def main() -> None:
    """Relabel every held-out file and say how many lines changed in each."""
    for pattern in ("heldout_*.tsv", "facts_*.tsv", "situations_*.jsonl"):
        for path in sorted(DATA.glob(pattern)):
            print(f"{path.name}: {relabel(path)} lines relabelled")


if __name__ == "__main__":
    main()
