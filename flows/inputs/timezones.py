"""Time zones users pick or type: common ones as buttons, IANA names, cities, UTC offsets (pure)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.core import get_global

from flows.engine.markers import N_
from flows.inputs.words import alternatives, every_language, folding, words
from flows.languages import LANGUAGES

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
FALLBACK = "UTC"
# The buttons each language sees, the likeliest zone first, and the zone to assume.
OFFERED: dict[str, tuple[str, ...]] = {lang: words(lang).zone_buttons for lang in LANGUAGES}
LIKELY: dict[str, str] = {lang: z for lang in LANGUAGES if (z := words(lang).likely_zone)}

# Big Russian and CIS cities that are not a zone of their own (so CLDR has no name for
# them), as people type them in each language (`words_<lang>.py`); keys are `city_key()`-folded.
# Babel's CLDR names (`cldr_cities`) cover every zone's own city in each language.
CITIES: dict[str, str] = {k: v for w in every_language() for k, v in w.cities.items()}
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
_BASES: dict[str, int] = {k: v for w in every_language() for k, v in w.offset_bases.items()}
_OFFSET = re.compile(rf"({'|'.join(_BASES)})?\s*([+-])\s*(\d{{1,2}})(?::?(\d{{2}}))?")
_CITY_PREFIX = re.compile(
    rf"^{alternatives(tuple(p for w in every_language() for p in w.city_prefixes))}\s+")
_NAME = re.compile(r"[A-Za-z0-9_+\-/ ]{2,40}")


def likely_zone(lang: str) -> str:
    """The zone to assume until the user picks one: Moscow for ru, else UTC."""
    return LIKELY.get(lang, FALLBACK)


def city_key(text: str) -> str:
    """A city name folded for lookup: case, ё/е, hyphens, dots and "г." do not matter."""
    folded = text.lower().translate(folding()).replace("’", " ").replace("'", " ")
    folded = _CITY_PREFIX.sub("", folded.strip())
    return " ".join(re.sub(r"[-–—.,]", " ", folded).split())


@cache
def cldr_cities() -> dict[str, str]:
    """Every zone's city in each of our languages, from Babel's CLDR data (loaded once)."""
    found: dict[str, str] = {}
    for lang in LANGUAGES:
        names = Locale.parse(lang).time_zones
        for name in sorted({*get_global("zone_territories"), *names}):
            if name.startswith("Etc/"):
                continue
            city = (names.get(name) or {}).get("city")
            # Tz ids are English names; LANGUAGES starts with English.
            if city is None and lang == LANGUAGES[0]:
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
        base = _BASES.get(found[1] or "", 0)
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
