"""Build hook: compile the translators' catalogs (`locales/*/LC_MESSAGES/*.po`) into the wheel.

The `.po` files stay at the top level where translators work; a wheel gets them compiled as
`bot/locales/<lang>/LC_MESSAGES/messages.mo`, so an installed `refundbot` needs no checkout,
no `make` and no `.po` parsing at start-up. Editable installs read the checkout's `locales/`
instead (compiled by `make i18n-compile`). Everything else is in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithCatalogs(build_py):
    """`build_py`, then compile each language's `.po` into the built package."""

    def run(self) -> None:
        """Copy the Python files as usual, then write the compiled catalogs beside them."""
        super().run()
        if getattr(self, "editable_mode", False):
            return
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        sources = sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po"))
        if not sources:
            raise SystemExit("no catalogs in locales/*/LC_MESSAGES/*.po: cannot build the package")
        for po in sources:
            lang = po.parent.parent.name
            target = Path(self.build_lib, "bot", "locales", lang, "LC_MESSAGES", f"{po.stem}.mo")
            target.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as fh:
                catalog = read_po(fh, locale=lang)
            with target.open("wb") as out:
                write_mo(out, catalog)


setup(cmdclass={"build_py": BuildWithCatalogs})
