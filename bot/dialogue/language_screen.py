"""The language screen's prompt in every language the bot speaks, and the list of them that
"I understand only ..." names: both from `flows/languages.py`, through the catalogs."""

from __future__ import annotations

from bot.dialogue.hooks import Context, HookRegistry, View
from bot.i18n import InReadersLanguage, _, current_lang, use_language
from flows.languages import LANGUAGES, spoken_in
from flows.scenarios.menu import LANGUAGE_PROMPT, LANGUAGE_VIEW


def prompt_in_other_languages(_ctx: Context) -> View:
    """The prompt once more in each language but the reader's (the screen shows theirs)."""
    reader = current_lang.get()
    paragraphs = []
    for lang in LANGUAGES:
        if lang != reader:
            with use_language(lang):
                paragraphs.append(_(LANGUAGE_PROMPT))
    return View(tuple(paragraphs))


def add_language_screen(service: HookRegistry) -> None:
    """Install the prompt's view and the `{languages}` value of the notes."""
    service.views[LANGUAGE_VIEW] = prompt_in_other_languages
    service.note_args["languages"] = InReadersLanguage(spoken_in)
