"""The rule file the advice rests on: the repository's snapshot in docs/refund-rules.md."""

from __future__ import annotations

import re
from pathlib import Path

RULES_FILE = Path(__file__).resolve().parents[2] / "docs" / "refund-rules.md"


def known_rule_ids() -> set[str]:
    """R01-R98 and C01-C27 as the rule file's tables list them."""
    return set(re.findall(r"^\| (R\d\d|C\d\d) \|", RULES_FILE.read_text(encoding="utf-8"), re.M))
