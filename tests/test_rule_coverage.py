"""Every rule of the knowledge base is used by some screen, or deliberately left out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.engine.coverage import DELIBERATE_OMISSIONS, covered_rules, uncovered

ROOT = Path(__file__).resolve().parent.parent
RULES_FILE = ROOT.parent / "shared" / "domain" / "refund-rules.md"

pytestmark = pytest.mark.skipif(not RULES_FILE.is_file(), reason="refund-rules.md missing")


def known_ids() -> set[str]:
    """R01-R98 and C01-C27 as the knowledge base lists them."""
    text = RULES_FILE.read_text(encoding="utf-8")
    return set(re.findall(r"^\| (R\d\d|C\d\d) \|", text, re.M))


def test_every_rule_is_covered_or_deliberately_omitted(capsys: pytest.CaptureFixture[str]) -> None:
    known = known_ids()
    used = covered_rules() & known
    with capsys.disabled():
        print(f"\nrule coverage: {len(used)}/{len(known)} ids used by screens; "
              f"omitted on purpose: {sorted(DELIBERATE_OMISSIONS)}; "
              f"uncovered: {sorted(uncovered(known))}")
    assert not uncovered(known)


def test_omissions_are_real_ids_and_really_unused() -> None:
    assert set(DELIBERATE_OMISSIONS) <= known_ids()
    assert not set(DELIBERATE_OMISSIONS) & covered_rules()


def test_readme_lists_each_omission() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    knowledge = readme.split("## Knowledge", 1)[1]
    for rule in DELIBERATE_OMISSIONS:
        assert rule in knowledge, f"README's Knowledge section does not explain {rule}"
