"""Every rule of the knowledge base is used by some screen, or deliberately left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n import _, use_language
from flows.engine.coverage import (
    DELIBERATE_OMISSIONS,
    NAVIGATION,
    coverage_table,
    covered_rules,
    is_answer,
    question_gaps,
    tap_away,
    uncovered,
    unheld,
)
from flows.engine.machine import SCREENS, has_back
from flows.languages import LANGUAGES
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


# Where a seller may offer something instead of money, the buyer hears that a coupon isn't cash.
SELLER_OFFERS = ("dispute_waiting", "dispute_offer_unsure", "dispute_counter", "wrongitem_partial",
                 "disputelost_goodwill", "notreceived_write")
COUPON = {"en": "coupon isn't cash", "ru": "упон — "}


def answer_screens() -> list[str]:
    """Screens that declare the rules applying to them."""
    return [name for name in SCREENS if is_answer(name)]


def test_every_guide_answer_declares_the_rules_that_apply() -> None:
    leaves = [name for name, s in SCREENS.items()
              if has_back(name) and s.asks is None and not any(c.trigger == "unsure"
                                                                for c in s.choices)]
    assert leaves and [name for name in leaves if not SCREENS[name].applies] == []


def test_every_applying_rule_is_said_or_one_detail_tap_away() -> None:
    gaps = {name: sorted(unheld(name)) for name in answer_screens() if unheld(name)}
    assert gaps == {}


def test_applying_rules_and_notes_name_real_rules() -> None:
    known = known_rule_ids()
    for name, screen in SCREENS.items():
        assert set(screen.applies) <= known, name
        assert set(screen.note_rules) <= set(screen.rules) & known, name


def test_a_skipped_question_still_says_what_it_would_have_told() -> None:
    questions = [n for n, s in SCREENS.items()
                 if s.asks and not s.applies and set(s.rules) - NAVIGATION]
    assert questions and [n for n in questions if not SCREENS[n].note] == []
    assert question_gaps() == {}


def test_detail_buttons_lead_to_screens_that_say_something() -> None:
    for name in SCREENS:
        for dest, rules in tap_away(name).items():
            assert rules, f"{name} -> {dest}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_coupon_is_not_money_wherever_a_seller_may_offer_one(lang: str) -> None:
    with use_language(lang):
        for name in SELLER_OFFERS:
            assert "R54" in SCREENS[name].applies and "R54" in SCREENS[name].rules, name
            text = " ".join(_(p) for p in SCREENS[name].text)
            assert COUPON[lang] in text, name


def test_readme_shows_the_current_rule_coverage_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert coverage_table() in readme, "run `python -m flows.engine.coverage` and paste it"
