"""Time zones users pick or type: common ones as buttons, IANA names, cities, UTC offsets (pure)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.core import get_global

from flows.engine.markers import N_

# key (callback argument) -> (IANA name, city label); the keys fit Telegram's callback data.
COMMON_ZONES: dict[str, tuple[str, str]] = {
    "msk": ("Europe/Moscow", N_("Moscow")),
    "ekb": ("Asia/Yekaterinburg", N_("Yekaterinburg")),
    "nsk": ("Asia/Novosibirsk", N_("Novosibirsk")),
    "vvo": ("Asia/Vladivostok", N_("Vladivostok")),
    "kyiv": ("Europe/Kyiv", N_("Kyiv")),
    "ala": ("Asia/Almaty", N_("Almaty")),
    "lon": ("Europe/London", N_("London")),
    "ber": ("Europe/Berlin", N_("Berlin, Paris")),
    "nyc": ("America/New_York", N_("New York")),
    "lax": ("America/Los_Angeles", N_("Los Angeles")),
    "utc": ("UTC", "UTC"),
}
# The buttons each language sees, the likeliest zone first.
OFFERED: dict[str, tuple[str, ...]] = {
    "ru": ("msk", "ekb", "nsk", "vvo", "kyiv", "ala", "utc"),
    "en": ("lon", "ber", "nyc", "lax", "msk", "utc"),
}
FALLBACK = "UTC"
LIKELY = {"ru": "Europe/Moscow"}

# Big Russian and CIS cities that are not a zone of their own (so CLDR has no name for
# them), as people type them in both languages; keys are `city_key()`-folded. Babel's CLDR
# names (`cldr_cities`) cover every zone's own city in English and Russian.
CITIES: dict[str, str] = {
    "мск": "Europe/Moscow", "спб": "Europe/Moscow", "питер": "Europe/Moscow",
    "санкт петербург": "Europe/Moscow", "петербург": "Europe/Moscow",
    "saint petersburg": "Europe/Moscow", "st petersburg": "Europe/Moscow",
    "нижний новгород": "Europe/Moscow", "nizhny novgorod": "Europe/Moscow",
    "казань": "Europe/Moscow", "kazan": "Europe/Moscow",
    "краснодар": "Europe/Moscow", "krasnodar": "Europe/Moscow",
    "ростов на дону": "Europe/Moscow", "ростов": "Europe/Moscow",
    "rostov on don": "Europe/Moscow", "воронеж": "Europe/Moscow", "voronezh": "Europe/Moscow",
    "сочи": "Europe/Moscow", "sochi": "Europe/Moscow", "ярославль": "Europe/Moscow",
    "тула": "Europe/Moscow", "рязань": "Europe/Moscow", "тверь": "Europe/Moscow",
    "уфа": "Asia/Yekaterinburg", "ufa": "Asia/Yekaterinburg",
    "челябинск": "Asia/Yekaterinburg", "chelyabinsk": "Asia/Yekaterinburg",
    "пермь": "Asia/Yekaterinburg", "perm": "Asia/Yekaterinburg",
    "тюмень": "Asia/Yekaterinburg", "tyumen": "Asia/Yekaterinburg",
    "оренбург": "Asia/Yekaterinburg", "ижевск": "Europe/Samara", "izhevsk": "Europe/Samara",
    "тольятти": "Europe/Samara", "красноярск": "Asia/Krasnoyarsk",
    "хабаровск": "Asia/Vladivostok", "khabarovsk": "Asia/Vladivostok",
    "кемерово": "Asia/Novokuznetsk", "иркутск": "Asia/Irkutsk", "камчатка": "Asia/Kamchatka",
    "киев": "Europe/Kyiv", "kiev": "Europe/Kyiv", "харьков": "Europe/Kyiv",
    "одесса": "Europe/Kyiv", "днепр": "Europe/Kyiv", "львов": "Europe/Kyiv",
    "астана": "Asia/Almaty", "нур султан": "Asia/Almaty", "astana": "Asia/Almaty",
    "шымкент": "Asia/Almaty", "караганда": "Asia/Almaty", "гомель": "Europe/Minsk",
    "брест": "Europe/Minsk", "витебск": "Europe/Minsk", "самарканд": "Asia/Samarkand",
    "бухара": "Asia/Samarkand", "ош": "Asia/Bishkek", "батуми": "Asia/Tbilisi",
    "гюмри": "Asia/Yerevan",
}
# CLDR still files some zones under their old tz names; store the current ones.
RENAMED = {"Europe/Kiev": "Europe/Kyiv", "Asia/Calcutta": "Asia/Kolkata",
           "Asia/Saigon": "Asia/Ho_Chi_Minh", "Asia/Katmandu": "Asia/Kathmandu",
           "Asia/Rangoon": "Asia/Yangon", "America/Godthab": "America/Nuuk",
           "Atlantic/Faeroe": "Atlantic/Faroe", "Europe/Uzhgorod": "Europe/Kyiv",
           "Europe/Zaporozhye": "Europe/Kyiv", "America/Buenos_Aires":
           "America/Argentina/Buenos_Aires", "Asia/Choibalsan": "Asia/Ulaanbaatar"}
ODD_OFFSETS: dict[int, str] = {
    -210: "America/St_Johns", 210: "Asia/Tehran", 270: "Asia/Kabul", 330: "Asia/Kolkata",
    345: "Asia/Kathmandu", 390: "Asia/Yangon", 570: "Australia/Darwin",
}
REGIONS = ("Europe", "Asia", "America", "Africa", "Australia", "Pacific", "Atlantic", "Indian")
_OFFSET = re.compile(r"(utc|gmt|мск|msk)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?")
_NAME = re.compile(r"[A-Za-z0-9_+\-/ ]{2,40}")


def likely_zone(lang: str) -> str:
    """The zone to assume until the user picks one: Moscow for ru, else UTC."""
    return LIKELY.get(lang, FALLBACK)


def city_key(text: str) -> str:
    """A city name folded for lookup: case, ё/е, hyphens, dots and "г." do not matter."""
    folded = text.lower().replace("ё", "е").replace("’", " ").replace("'", " ")
    folded = re.sub(r"^(?:г\.?|город)\s+", "", folded.strip())
    return " ".join(re.sub(r"[-–—.,]", " ", folded).split())


@cache
def cldr_cities() -> dict[str, str]:
    """Every zone's city in English and Russian, from Babel's CLDR data (loaded once)."""
    found: dict[str, str] = {}
    for lang in ("en", "ru"):
        names = Locale.parse(lang).time_zones
        for name in sorted({*get_global("zone_territories"), *names}):
            if name.startswith("Etc/"):
                continue
            city = (names.get(name) or {}).get("city")
            if city is None and lang == "en":
                city = name.rsplit("/", 1)[-1].replace("_", " ")  # CLDR's own fallback
            if city:
                found.setdefault(city_key(city), RENAMED.get(name, name))
    return found


def city_zone(text: str) -> str | None:
    """The zone of a city typed in English or Russian (Берлин, Казань, Ho Chi Minh City)."""
    key = city_key(text)
    return CITIES.get(key) or cldr_cities().get(key)


def zone(name: str | None) -> ZoneInfo:
    """The ZoneInfo for a stored name; an unknown or empty one reads as UTC."""
    try:
        return ZoneInfo(name or FALLBACK)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(FALLBACK)


def _known(name: str) -> str | None:
    """The name itself when the tz database knows it."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def _from_offset(sign: str, hours: int, minutes: int, base: int = 0) -> str | None:
    """A zone for a fixed offset in minutes from UTC (Etc/GMT signs are inverted)."""
    total = base + (1 if sign == "+" else -1) * (hours * 60 + minutes)
    if total % 60 == 0 and -12 * 60 <= total <= 14 * 60:
        hours_east = total // 60
        return "UTC" if hours_east == 0 else f"Etc/GMT{-hours_east:+d}"
    return ODD_OFFSETS.get(total)


def parse_zone(text: str) -> str | None:
    """An IANA name from what a user typed (Europe/Berlin, berlin, Москва, UTC+3, МСК+2)."""
    cleaned = text.strip().replace("−", "-").replace("–", "-")
    lowered = cleaned.lower()
    if lowered in ("utc", "gmt", "z"):
        return "UTC"
    if (city := city_zone(cleaned)) is not None:
        return city
    if found := _OFFSET.fullmatch(lowered):
        base = 180 if found[1] in ("мск", "msk") else 0
        return _from_offset(found[2], int(found[3]), int(found[4] or 0), base)
    if not _NAME.fullmatch(cleaned) or ".." in cleaned:
        return None
    underscored = cleaned.replace(" ", "_")
    titled = "/".join("_".join(w[:1].upper() + w[1:] for w in part.split("_"))
                      for part in underscored.lower().split("/"))
    candidates = [underscored, titled]
    if "/" not in titled:
        candidates += [f"{region}/{titled}" for region in REGIONS]
    return next((name for name in candidates if "/" in name and _known(name)), None)


def utc_offset(name: str, moment: datetime) -> str:
    """The zone's offset at a moment, as people write it: "+3", "-4", "+5:30"."""
    offset = moment.astimezone(zone(name)).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_title(name: str, moment: datetime) -> str:
    """A stored zone as shown to the user: "Europe/Moscow (UTC+3)", or "UTC+3" for Etc zones."""
    offset = f"UTC{utc_offset(name, moment)}"
    if name == "UTC" or name.startswith("Etc/"):
        return "UTC" if offset == "UTC+0" else offset
    return f"{name} ({offset})"
