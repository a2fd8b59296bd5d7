"""One place per language: code reads flows/languages.py, and docs/adding-a-language.md is true."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel import Locale

from bot.config import Settings
from bot.groups.public_wording import LANGUAGE_NAMES
from bot.i18n import check_catalogs, pick_language
from flows.languages import DEFAULT_LANGUAGE, ENGLISH, LANGUAGES, NATIVE_NAMES, native_name

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "adding-a-language.md"
# A language code inside a short key such as "lang:ru", "lang_en" or "ru-RU".
KEY_SHAPE = re.compile(r"[\w:.-]+")

# Modules other branches are rewriting at the same time (issue 13): their codes move to the
# language list or per-language files there. Strict, so the entry must go once they comply.
PENDING: dict[str, str] = {}


def is_per_language(relative: Path) -> bool:
    """The list itself, or a file or folder named after one language (`words_ru.py`, `ru/`)."""
    if relative.as_posix() == "flows/languages.py":
        return True
    names = [*relative.parent.parts, relative.stem]
    return any(name == lang or name.endswith(f"_{lang}") for name in names for lang in LANGUAGES)


def hard_coded_codes(path: Path) -> list[str]:
    """Every string literal in a module that is a language code or a short key holding one."""
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if not KEY_SHAPE.fullmatch(node.value):
            continue
        tokens = re.split(r"[:_.-]", node.value)
        if any(lang in tokens for lang in LANGUAGES):
            found.append((node.lineno, node.col_offset, node.value))
    return [f"line {line}: {value!r}" for line, _col, value in sorted(found)]


def modules() -> list[Path]:
    """Every Python module of the bot and the flows, relative to the repository."""
    return sorted(p.relative_to(ROOT) for folder in ("bot", "flows")
                  for p in (ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize(
    "relative",
    [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=PENDING[p.as_posix()]))
     if p.as_posix() in PENDING else p
     for p in modules() if not is_per_language(p)],
    ids=str,
)
def test_no_module_hard_codes_a_language(relative: Path) -> None:
    assert hard_coded_codes(ROOT / relative) == [], (
        f"{relative} names a language code: read flows/languages.py, or move the words "
        "into a per-language file (see docs/adding-a-language.md)")


def test_pending_modules_still_exist() -> None:
    assert sorted(p for p in PENDING if not (ROOT / p).is_file()) == [], (
        "a pending module moved or went: drop it from PENDING")


def test_the_check_sees_a_hard_coded_code(tmp_path: Path) -> None:
    module = tmp_path / "menu.py"
    module.write_text('NAMES = {"ru": "Русский"}\nEFFECT = "lang:en"\nOK = "menu"\n',
                      encoding="utf-8")
    assert hard_coded_codes(module) == ["line 1: 'ru'", "line 2: 'lang:en'"]


def test_per_language_files_are_named_by_a_clear_rule() -> None:
    assert is_per_language(Path("flows/inputs/words_ru.py"))
    assert is_per_language(Path("flows/understanding/ru/facts.py"))
    assert not is_per_language(Path("flows/inputs/dates.py"))
    assert not is_per_language(Path("bot/groups/run.py"))


def test_each_language_is_named_in_itself_as_cldr_names_it() -> None:
    assert Locale.parse(ENGLISH).english_name == "English"
    assert set(NATIVE_NAMES) == set(LANGUAGES)
    for lang in LANGUAGES:
        cldr = Locale.parse(lang).get_display_name(lang) or ""
        assert native_name(lang) == cldr[:1].upper() + cldr[1:], lang


def test_the_list_is_what_the_bot_reads() -> None:
    assert DEFAULT_LANGUAGE in LANGUAGES
    assert ENGLISH in LANGUAGES
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    assert all(LANGUAGE_NAMES.values())
    check_catalogs()
    assert {p.parent.parent.name for p in (ROOT / "locales").glob("*/LC_MESSAGES/*.po")} == set(
        LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_is_a_setting_and_a_telegram_code(lang: str) -> None:
    assert Settings(REFUNDBOT_DEFAULT_LANG=lang, _env_file=None).default_lang == lang  # type: ignore[call-arg]
    assert pick_language(None, lang, default="") == lang
    assert pick_language(None, f"{lang.upper()}-XX", default="") == lang
    assert pick_language(lang, "zz", default="") == lang


def test_an_unknown_telegram_code_gets_the_default() -> None:
    assert pick_language(None, "zz-ZZ", default=DEFAULT_LANGUAGE) == DEFAULT_LANGUAGE
    assert pick_language(None, None, default=DEFAULT_LANGUAGE) == DEFAULT_LANGUAGE
    assert pick_language("xx", "", default=DEFAULT_LANGUAGE) == DEFAULT_LANGUAGE


def test_the_guide_names_files_that_exist() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:bot|flows|locales|tests|docs)/[^`*\s]*)`", text))
    assert "flows/languages.py" in named
    assert named, "the guide names no files"
    missing = sorted(p for p in named if not (ROOT / p.replace("<code>", LANGUAGES[0])).exists())
    assert missing == []
