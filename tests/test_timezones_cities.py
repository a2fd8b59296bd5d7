"""Cities people type for their time zone: every zone's city in English and Russian from
Babel's CLDR names, plus big Russian and CIS cities that are not a zone of their own."""

from __future__ import annotations

import pytest

from flows.inputs.timezones import cldr_cities, parse_zone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Казань", "Europe/Moscow"), ("Уфа", "Asia/Yekaterinburg"),
        ("Нижний Новгород", "Europe/Moscow"), ("нижний  новгород", "Europe/Moscow"),
        ("Челябинск", "Asia/Yekaterinburg"), ("Краснодар", "Europe/Moscow"),
        ("Берлин", "Europe/Berlin"), ("Санкт Петербург", "Europe/Moscow"),
        ("Санкт-Петербург", "Europe/Moscow"), ("г. Казань", "Europe/Moscow"),
        ("Kazan", "Europe/Moscow"), ("St. Petersburg", "Europe/Moscow"),
        ("Лондон", "Europe/London"), ("Нью-Йорк", "America/New_York"),
        ("Токио", "Asia/Tokyo"), ("Хошимин", "Asia/Ho_Chi_Minh"),
        ("Ho Chi Minh City", "Asia/Ho_Chi_Minh"), ("Калькутта", "Asia/Kolkata"),
        ("Киев", "Europe/Kyiv"), ("Kyiv", "Europe/Kyiv"), ("Ташкент", "Asia/Tashkent"),
        ("Ёкатеринбург".replace("Ё", "Е"), "Asia/Yekaterinburg"),
    ],
)
def test_city_names_in_english_and_russian(typed: str, zone: str) -> None:
    assert parse_zone(typed) == zone


def test_cldr_gives_hundreds_of_cities_in_both_languages() -> None:
    cities = cldr_cities()
    assert len(cities) > 600
    assert cities["берлин"] == cities["berlin"] == "Europe/Berlin"


@pytest.mark.parametrize("typed", ["Мухосранск", "Atlantis", "г.", "Берлин Париж"])
def test_unknown_places_are_not_guessed(typed: str) -> None:
    assert parse_zone(typed) is None
