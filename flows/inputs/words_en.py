"""English words for typed dates, countdowns, order numbers and time zones."""

from flows.inputs.words import InputWords

WORDS = InputWords(
    months={
        1: ("january", "jan"), 2: ("february", "feb"), 3: ("march", "mar"),
        4: ("april", "apr"), 5: ("may",), 6: ("june", "jun"), 7: ("july", "jul"),
        8: ("august", "aug"), 9: ("september", "sep", "sept"), 10: ("october", "oct"),
        11: ("november", "nov"), 12: ("december", "dec"),
    },
    days_ahead={"today": 0, "tomorrow": 1, "day after tomorrow": 2},
    days_ago={"today": 0, "yesterday": 1, "day before yesterday": 2},
    fillers=("on", "by", "until", "till", "the", "of"),
    before_date=("by", "until", "till", "on"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    ahead=("in",),
    left=("left", "remaining"),
    one=("a", "one"),
    day_units=("days?", "d"),
    hour_units=("hours?", "hrs?", "h"),
    minute_units=("minutes?", "mins?", "m"),
    week_units=("weeks?", "wks?"),
    order=("order",),
    order_number=("id", "no", "number"),
    tracking=("track",),
    card=("card", "visa", "master ?card", "maestro", "amex"),
    within=("within", "in"),
    promise_units=("days?", "d"),
    cities={
        "saint petersburg": "Europe/Moscow", "st petersburg": "Europe/Moscow",
        "nizhny novgorod": "Europe/Moscow", "kazan": "Europe/Moscow",
        "krasnodar": "Europe/Moscow", "rostov on don": "Europe/Moscow",
        "voronezh": "Europe/Moscow", "sochi": "Europe/Moscow",
        "ufa": "Asia/Yekaterinburg", "chelyabinsk": "Asia/Yekaterinburg",
        "perm": "Asia/Yekaterinburg", "tyumen": "Asia/Yekaterinburg",
        "izhevsk": "Europe/Samara", "khabarovsk": "Asia/Vladivostok",
        "kiev": "Europe/Kyiv", "astana": "Asia/Almaty",
    },
    city_prefixes=(),
    offset_bases={"utc": 0, "gmt": 0},
    zone_buttons=("lon", "ber", "nyc", "lax", "msk", "utc"),
)
