"""A deployer who left screenshot reading out is told exactly what to install."""

from __future__ import annotations

import pytest

from bot.screenshots import ocr


def test_without_the_extra_the_reader_names_the_lock_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "find_spec", lambda name: None)
    reader = ocr.Reader()
    assert not reader.available
    assert reader.missing is not None and "requirements/screenshots.txt" in reader.missing


def test_without_tesseracts_data_the_reader_names_the_packages(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tessdata", lambda: None)
    monkeypatch.setattr(ocr, "find_spec", lambda name: object())
    reader = ocr.Reader()
    assert not reader.available
    assert reader.missing is not None and "tesseract-ocr-rus" in reader.missing
