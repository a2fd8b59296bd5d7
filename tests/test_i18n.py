"""Catalog completeness: nothing untranslated or fuzzy, same placeholders, no stale template."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.i18n import _, catalog, use_language
from flows.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def load(path: Path) -> Catalog:
    """Read a .po or .pot file."""
    with path.open("rb") as fh:
        return read_po(fh)


def extracted_ids() -> set[str]:
    """Msgids in the source right now, as `make i18n` would extract them."""
    ids: set[str] = set()
    method_map = [("**.py", "python")]
    for folder in ("bot", "flows"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / folder, method_map, keywords={"_": None, "N_": None, "ngettext": (1, 2),
                                                 "gettext": None}
        ):
            ids.add(message if isinstance(message, str) else message[0])
    return ids


def test_template_is_not_stale() -> None:
    template = {m.id if isinstance(m.id, str) else m.id[0] for m in load(LOCALES / "messages.pot")
                if m.id}
    assert template == extracted_ids(), "locales/messages.pot is stale; run `make i18n`"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_is_complete(lang: str) -> None:
    po = load(LOCALES / lang / "LC_MESSAGES" / "messages.po")
    template = load(LOCALES / "messages.pot")
    missing = [m.id for m in template if m.id and m.id not in po]
    assert not missing, f"{lang}: not merged, run `make i18n`: {missing[:3]}"
    for message in po:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{lang}: untranslated {message.id!r}"
        assert not message.fuzzy, f"{lang}: fuzzy {message.id!r}"
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(PLACEHOLDER.findall(ids[0]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, f"{lang}: placeholders {message.id!r}"


def test_russian_has_three_plural_forms() -> None:
    po = load(LOCALES / "ru" / "LC_MESSAGES" / "messages.po")
    assert po.num_plurals == 3
    assert [catalog("ru").plural(n) for n in (1, 2, 5, 11, 21, 22)] == [0, 1, 2, 2, 0, 1]


def test_translation_switches_with_the_language() -> None:
    with use_language("ru"):
        assert _("Not sure") == "Не знаю"
    with use_language("en"):
        assert _("Not sure") == "Not sure"


def test_russian_says_otslezhivanie_everywhere() -> None:
    """Issue 16's residual, over the whole catalog (reminders and next steps too, not only
    screens): the glossary's «отслеживание», never the slang «трекинг»."""
    po = load(LOCALES / "ru" / "LC_MESSAGES" / "messages.po")
    slang = [m.id for m in po if m.id and any(
        "трекинг" in s.lower()
        for s in (m.string if isinstance(m.string, tuple) else (m.string,)))]
    assert not slang, slang[:3]
