"""Currencies beyond the seven the money patterns were first written for (issue 16).

AliExpress sells in Poland, Turkey, Brazil, Israel, Central Asia and the Caucasus, and buyers
name their money as their bank prints it ("PLN 120", "450 TL", "1200 сум"). The money tables
of `facts_en.py` and `facts_ru.py` add these alternations to their own. Only names that mean one
currency are here; since the twenty-second pass (D) two kinds beside them: letters printed as one
currency's sign ("R249" the rand, "RM 45" the ringgit), and a name several countries use
("rupees", "pesos", "kr"), which gives the amount without a currency (FACTS.md, label audit of
facts_dev12: a wrong currency would contradict the buyer). "dinar" and "¥" stay unread.
"""

from __future__ import annotations

import re

CODES = ("pln", "brl", "mxn", "inr", "pkr", "ils", "aed", "sar", "egp", "zar", "ngn", "kes",
         "cad", "aud", "nzd", "chf", "sek", "nok", "dkk", "czk", "huf", "ron", "bgn", "rsd",
         "krw", "jpy", "cny", "sgd", "myr", "thb", "idr", "vnd", "clp", "ars", "uzs", "tjs",
         "azn", "mdl", "hkd")
"""ISO 4217 codes read on either side of a number. Left out: codes that are also what a buyer
counts or names beside a number ("1 pen", "3 gel", "AMD 5600", "2 kgs", "5 cop")."""

AFTER_ONLY = {"try": "TRY", "tl": "TRY", "php": "PHP"}
"""Codes read only after a number: before one they are words ("try 5 days", "php 8")."""

DOLLARS = {"a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD",
           "s$": "SGD", "us$": "USD", "mx$": "MXN"}
"""A country's letters before the dollar sign name its dollar ("A$45", "NZ$ 30")."""

SIGN_CODES = {"₺": "TRY", "₹": "INR", "₪": "ILS", "₱": "PHP", "₩": "KRW", "₦": "NGN"}
"""Signs that name one currency."""

WORDS_EN = {"zloty": "PLN", "zlotys": "PLN", "zł": "PLN", "zl": "PLN", "lira": "TRY",
            "liras": "TRY", "reais": "BRL", "r$": "BRL", "rand": "ZAR", "naira": "NGN",
            "shekel": "ILS", "shekels": "ILS", "forint": "HUF", "forints": "HUF",
            "koruna": "CZK", "korun": "CZK", "kč": "CZK", "yen": "JPY", "yuan": "CNY",
            "rmb": "CNY", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "leva": "BGN",
            "lari": "GEL", "manat": "AZN", "tenge": "KZT", "somoni": "TJS",
            "kronor": "SEK", "ksh": "KES",
            # twenty-second pass D: a dollar named by its country ("40 canadian dollars")
            "canadian dollars": "CAD", "canadian dollar": "CAD", "australian dollars": "AUD",
            "australian dollar": "AUD", "aussie dollars": "AUD", "nz dollars": "NZD",
            "new zealand dollars": "NZD", "singapore dollars": "SGD", "hong kong dollars": "HKD"}
"""English currency words after a number, each naming one currency."""

SEVERAL_EN = {"mexican pesos": "MXN", "mexican peso": "MXN", "pesos mexican": "MXN",
              "philippine pesos": "PHP", "philippine peso": "PHP", "pesos": "", "peso": "",
              "indian rupees": "INR", "indian rupee": "INR", "rupees": "", "rupee": "",
              "rs": "", "kroner": "", "krone": "", "kr": "", "shillings": "", "shilling": "",
              # twenty-fourth pass D: the dirham is the Emirates' and Morocco's (label audit 24)
              "dirhams": "", "dirham": ""}
"""English currency words after a number that several countries use alike: the amount is read,
the currency only when the country is named ("" = no currency) or pointed to (`POINTERS`)."""

LETTERS_BEFORE = {"rs": "", "rm": "MYR", "ksh": "KES", "r": "ZAR"}
"""Letters printed right before a number as the currency's sign: "RM410", "KSh 900", "R249" (a
tyre's "R17" or a model's "redmi r15" is no money: the table's rows guard those); "Rs 500" is a
rupee of several countries, so only the amount."""

WORDS_RU = {"злот": "PLN", "лир": "TRY", "сум": "UZS", "сомони": "TJS", "сом": "KGS",
            "драм": "AMD", "лари": "GEL", "манат": "AZN", "юан": "CNY", "иен": "JPY",
            "шекел": "ILS", "дирхам": "", "реал": "BRL", "ле": "", "теңге": "KZT"}
"""Russian stems after a number («300 злотых», «150 000 сум», «2500 сомов»); "" for a name several
countries use (twenty-fourth pass D: «дирхам», «лей» of Moldova and Romania), read by `POINTERS`.
Twenty-fifth pass D: the Tajik «сомони» (before «сом», the Kyrgyz som, which it starts with: the
first stem a name starts with is its currency) and the tenge as Kazakhs spell it, «теңге»."""

RU_ENDINGS = {"злот": "(?:ых|ый|ого|ы)", "лир": "(?:а|ы|ов)?", "сум": "(?:ов|а|ы)?",
              "сом": "(?:ов|а|ы)?", "драм": "(?:ов|а)?", "лари": "", "манат": "(?:ов|а)?",
              "юан": "(?:ей|я|ь|и)", "иен": "(?:а|ы)?", "шекел": "(?:ей|я|ь|и)",
              "дирхам": "(?:ов|а)?", "реал": "(?:ов|а)", "ле": "(?:й|я|ев)", "сомони": "",
              "теңге": ""}
"""The endings each Russian stem takes, so «сумма», «сома», «реально» are no money."""


POINTERS: dict[str, tuple[tuple[str, str], ...]] = {
    "rupee": (
        ("INR", r"\b(?:upi|sbi|paytm|phonepe|phone pe|hdfc|icici|kotak|rupay|bhim|india|indian|"
                r"mumbai|delhi|bangalore|bengaluru|chennai|kolkata|hyderabad|pune|индия|индии)\b"),
        ("PKR", r"\b(?:pakistan\w*|karachi|lahore|islamabad|jazzcash|easypaisa)\b"),
        ("LKR", r"\b(?:sri lanka\w*|colombo)\b"),
        ("NPR", r"\b(?:nepal\w*|kathmandu|esewa|khalti)\b")),
    "peso": (
        ("PHP", r"\b(?:philippine\w*|filipino|manila|cebu|davao|gcash|paymaya|bdo|bpi)\b"),
        ("MXN", r"\b(?:mexic\w*|oxxo|cdmx|guadalajara|monterrey)\b"),
        ("ARS", r"\b(?:argentin\w*|buenos aires)\b"),
        ("CLP", r"\b(?:chile\w*|santiago)\b"),
        ("COP", r"\b(?:colombia\w*|bogota|medellin|nequi)\b")),
    "krone": (
        ("SEK", r"\b(?:swed\w*|swish|stockholm|gothenburg|goteborg|malmo|handelsbanken|"
                r"swedbank)\b"),
        ("NOK", r"\b(?:norw\w*|vipps|oslo|bergen|dnb)\b"),
        ("DKK", r"\b(?:denmark|danish|mobilepay|copenhagen|danske)\b"),
        ("ISK", r"\b(?:iceland\w*|reykjavik)\b")),
    "shilling": (
        ("KES", r"\b(?:kenya\w*|m pesa|mpesa|safaricom|nairobi|mombasa)\b"),
        ("UGX", r"\b(?:uganda\w*|kampala)\b"),
        ("TZS", r"\b(?:tanzania\w*|dar es salaam)\b")),
    "dirham": (
        ("AED", r"\b(?:uae|emirat\w*|dubai|abu dhabi|sharjah|оаэ|эмират\w*|дубай\w*|дубае)\b"),
        ("MAD", r"\b(?:morocc\w*|maroc|casablanca|rabat|марокк\w*)\b")),
    "lei": (
        ("MDL", r"\b(?:maib|moldov\w*|молдов\w*|кишин\w*|chisinau|moldindconbank|"
                r"victoriabank)\b"),
        ("RON", r"\b(?:romania\w*|румын\w*|бухарест\w*|bucharest|bucuresti)\b")),
}
"""A name several countries use, and the words that point to one country's (a bank, wallet,
payment system, city or the country: label audit 24, rule 1; twenty-fourth pass D): "899 rupees
via UPI" is INR, «800 лей, карта MAIB» is MDL; pointers to two countries name none."""

_FAMILIES = {"rupee": "rupee", "rs": "rupee", "peso": "peso", "kr": "krone",
             "shilling": "shilling", "dirham": "dirham", "дирхам": "dirham", "ле": "lei"}
"""The written name's start and the family of currencies it names."""


def pointed(name: str, text: str) -> str:
    """The one currency `text` points to for a `name` several countries use ("" if none or
    several)."""
    family = next((f for start, f in _FAMILIES.items() if name.startswith(start)), None)
    codes = {code for code, words in POINTERS.get(family or "", ()) if re.search(words, text)}
    return codes.pop() if len(codes) == 1 else ""


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first (so "liras" wins over "lira")."""
    return "|".join(sorted((w.replace("$", r"\$") for w in words), key=len, reverse=True))


CODE = _alternation(list(CODES))
"""A code on either side of a number."""
DOLLAR = _alternation(list(DOLLARS))
"""A country's dollar sign, escaped for a regex."""
SIGN = "".join(SIGN_CODES)
"""The signs, for a character class."""
AFTER_EN = _alternation([*CODES, *AFTER_ONLY, *WORDS_EN])
"""What an English buyer writes after a number."""
SEVERAL = _alternation(list(SEVERAL_EN))
"""An English word naming one of several currencies, after a number."""
AFTER_RU = "|".join([CODE, *(stem + RU_ENDINGS[stem] for stem in WORDS_RU),
                     _alternation(list(AFTER_ONLY))])
"""What a Russian-speaking buyer writes after a number."""


def names(words: dict[str, str]) -> dict[str, str]:
    """Every written name of these currencies and its code, for a table's lookup by prefix."""
    return {**{code: code.upper() for code in CODES}, **AFTER_ONLY, **SIGN_CODES, **DOLLARS,
            **words}
