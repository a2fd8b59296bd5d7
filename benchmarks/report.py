"""docs/performance.md: one section per benchmark, replaced by its heading, and the machine."""

from __future__ import annotations

import os
import platform
import re
import sqlite3
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
TITLE = "# Performance"


def machine() -> str:
    """CPU, cores, memory, OS, Python and SQLite of this machine, on one line."""
    cpu = platform.processor() or platform.machine()
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        names = [line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")]
    if names:
        cpu = names[0]
    with open("/proc/meminfo", encoding="utf-8") as fh:
        total_kb = int(next(line for line in fh if line.startswith("MemTotal")).split()[1])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores, {total_kb / 2**20:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}; load average at the end {load}")


def write_section(section: str, doc: Path = DOC) -> None:
    """Replace the section with the same `## ` heading (or append it), keeping the others."""
    heading = section.splitlines()[0]
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"{TITLE}\n\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.M | re.S)
    body = section.rstrip("\n") + "\n\n"
    updated = (pattern.sub(lambda _: body, text) if pattern.search(text)
               else text.rstrip("\n") + "\n\n" + body)
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far."""
    with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
