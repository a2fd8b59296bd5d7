"""Fill the English catalog from its msgids: English is the source language.

Run by `make i18n` after `pybabel update`, so `en` is always complete.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po


def fill(path: Path) -> int:
    """Set every empty msgstr to its msgid (plural forms too); return how many changed."""
    with path.open("rb") as fh:
        catalog = read_po(fh)
    changed = 0
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            singular, plural = message.id
            wanted = (singular, plural)
            if tuple(message.string) != wanted:
                message.string = wanted
                changed += 1
        elif message.string != message.id:
            message.string = message.id
            changed += 1
        message.flags.discard("fuzzy")
    with path.open("wb") as fh:
        write_po(fh, catalog, width=100)
    return changed


if __name__ == "__main__":
    print(f"en: {fill(Path(sys.argv[1]))} entries filled from msgids")
