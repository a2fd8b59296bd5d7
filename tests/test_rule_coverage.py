"""Every rule of the knowledge base is used by some screen, or deliberately left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.coverage import DELIBERATE_OMISSIONS, covered_rules, uncovered
from tests.support.rules import known_rule_ids

ROOT = Path(__file__).resolve().parent.parent


def test_every_rule_is_covered_or_deliberately_omitted(capsys: pytest.CaptureFixture[str]) -> None:
    known = known_rule_ids()
    used = covered_rules() & known
    with capsys.disabled():
        print(f"\nrule coverage: {len(used)}/{len(known)} ids used by screens; "
              f"omitted on purpose: {sorted(DELIBERATE_OMISSIONS)}; "
              f"uncovered: {sorted(uncovered(known))}")
    assert not uncovered(known)


def test_omissions_are_real_ids_and_really_unused() -> None:
    assert set(DELIBERATE_OMISSIONS) <= known_rule_ids()
    assert not set(DELIBERATE_OMISSIONS) & covered_rules()


def test_readme_lists_each_omission() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    knowledge = readme.split("## Knowledge", 1)[1]
    for rule in DELIBERATE_OMISSIONS:
        assert rule in knowledge, f"README's Knowledge section does not explain {rule}"
