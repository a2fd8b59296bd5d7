"""Write translations into a catalog from a JSON file {msgid: msgstr} (or {msgid: [forms]}).

A translator's tool: `python scripts/set_translations.py ru path.json`. It only sets
entries that exist in the catalog (run `make i18n` first) and reports unknown msgids.
"""

from __future__ import annotations

import fcntl
import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po


def apply(lang: str, source: Path) -> tuple[int, list[str]]:
    """Set msgstrs from `source`; return how many were set and the msgids not found."""
    path = Path("locales") / lang / "LC_MESSAGES" / "messages.po"
    wanted: dict[str, str | list[str]] = json.loads(source.read_text(encoding="utf-8"))
    with open("locales/.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _apply_locked(path, wanted)


def _apply_locked(path: Path, wanted: dict[str, str | list[str]]) -> tuple[int, list[str]]:
    """Read, change and write the catalog while holding the lock `make i18n` also takes."""
    with path.open("rb") as fh:
        catalog = read_po(fh)
    missing = []
    for msgid, text in wanted.items():
        message = catalog.get(msgid)
        if message is None:
            missing.append(msgid)
            continue
        message.string = tuple(text) if isinstance(text, list) else text
        message.flags.discard("fuzzy")
    with path.open("wb") as fh:
        write_po(fh, catalog, width=100)
    return len(wanted) - len(missing), missing


if __name__ == "__main__":
    done, unknown = apply(sys.argv[1], Path(sys.argv[2]))
    print(f"{sys.argv[1]}: {done} set; not in catalog: {unknown}")
