"""No screen, in either language, makes a claim the knowledge base forbids (section 2)."""

from __future__ import annotations

import pytest

from bot.i18n import _, use_language
from flows.engine import machine as engine
from flows.languages import LANGUAGES
from tests.support.claims import forbidden_in

OUTDATED = {"en": ("45 days", "45-day"), "ru": ("45 дней",)}
SAYS_OUTDATED = {"en": "outdated", "ru": "устарел"}


def screen_paragraphs(lang: str) -> list[tuple[str, str]]:
    """Every paragraph of every screen and every button label, translated."""
    found = []
    with use_language(lang):
        for name, screen in engine.SCREENS.items():
            found += [(name, _(p)) for p in screen.text]
            found += [(name, _(c.label)) for c in engine.choices(name) if c.label]
            if screen.seller_text:
                found.append((name, screen.seller_text))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_forbidden_claim_anywhere(lang: str) -> None:
    for name, text in screen_paragraphs(lang):
        found = forbidden_in(text, lang)
        assert found == [], f"{name} ({lang}) says {found}: {text[:120]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_45_days_only_as_an_outdated_figure(lang: str) -> None:
    for name, text in screen_paragraphs(lang):
        if any(figure in text for figure in OUTDATED[lang]):
            assert SAYS_OUTDATED[lang] in text, f"{name} ({lang}) states 45 days as a rule"


def test_seller_texts_are_english_whatever_the_language() -> None:
    english = {n: t for n, t in screen_paragraphs("en") if engine.SCREENS[n].seller_text == t}
    russian = {n: t for n, t in screen_paragraphs("ru") if engine.SCREENS[n].seller_text == t}
    assert english and english == russian


def test_russian_reads_as_a_native_writes_it() -> None:
    """Issue 16's residuals: «отслеживание», no «15+» in running text, no sentence that opens
    with a bare pronoun, AliExpress's Russian UI names as the glossary gives them."""
    bare = ("Она ", "Он ", "Оно ", "Они ")
    for name, text in screen_paragraphs("ru"):
        assert "трекинг" not in text.lower(), name
        assert "15+" not in text, name
        sentences = [s.strip() for part in text.split("\n") for s in part.split(". ")]
        assert not [s for s in sentences if s.startswith(bare)], f"{name}: {text[:80]}"
        assert "Эскалировать" not in text and "Запрос на возврат" not in text, name
