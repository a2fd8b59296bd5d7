"""The language screen and "I understand only ...": texts from the catalogs, languages from
`flows/languages.py`."""

from __future__ import annotations

import pytest

from flows import languages
from flows.languages import spoken_in
from tests.support.chat import Chat


async def test_the_prompt_comes_in_the_readers_language_then_the_others(chat: Chat,
                                                                        ru: Chat) -> None:
    await chat.send("/language")
    assert chat.last_text() == "Choose your language:\n\nВыберите язык:"
    await ru.send("/language")
    assert ru.last_text() == "Выберите язык:\n\nChoose your language:"
    assert ru.buttons() == ["English", "Русский"]


@pytest.mark.parametrize(("reader", "listed"), [
    ("en", "English and Russian"),
    ("ru", "английский и русский"),
])
def test_the_spoken_languages_are_named_in_the_readers_language(reader: str,
                                                                listed: str) -> None:
    assert spoken_in(reader) == listed


def test_a_third_language_joins_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(languages, "LANGUAGES", ("en", "ru", "uk"))
    assert spoken_in("en") == "English, Russian, and Ukrainian"


async def test_another_script_gets_the_list_in_the_users_language(ru: Chat) -> None:
    await ru.send("/start")
    await ru.send("我的包裹没有到")
    assert ru.last_text().startswith("Я понимаю только английский и русский.")
