"""Time zones users pick or type: common ones as buttons, IANA names, cities, UTC offsets (pure)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flows.markers import N_

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

# Cities people type in Russian, and offsets that no whole-hour Etc/GMT zone covers.
RU_CITIES: dict[str, str] = {
    "москва": "Europe/Moscow", "мск": "Europe/Moscow", "санкт-петербург": "Europe/Moscow",
    "петербург": "Europe/Moscow", "спб": "Europe/Moscow", "питер": "Europe/Moscow",
    "калининград": "Europe/Kaliningrad", "самара": "Europe/Samara",
    "екатеринбург": "Asia/Yekaterinburg", "омск": "Asia/Omsk",
    "новосибирск": "Asia/Novosibirsk", "красноярск": "Asia/Krasnoyarsk",
    "иркутск": "Asia/Irkutsk", "якутск": "Asia/Yakutsk", "владивосток": "Asia/Vladivostok",
    "магадан": "Asia/Magadan", "камчатка": "Asia/Kamchatka", "киев": "Europe/Kyiv",
    "минск": "Europe/Minsk", "алматы": "Asia/Almaty", "ташкент": "Asia/Tashkent",
}
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
    if lowered.replace("ё", "е") in RU_CITIES:
        return RU_CITIES[lowered.replace("ё", "е")]
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
