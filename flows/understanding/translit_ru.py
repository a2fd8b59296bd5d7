"""Russian typed in Latin letters ("posylka ne prishla"): telling it from English, and Cyrillic.

Buyers whose keyboard has no Cyrillic write Russian in one of several informal schemes: zh or j
for ж, sh or w for ш, ch or 4 for ч, y, i or j for й, ' for ь, x or h for х. `to_cyrillic` undoes
all of them at once (tolerant: a word that comes out a letter off still matches the stems of
the Russian fact tables). `reads_as_russian` decides whether a Latin text is such Russian by
counting words each language's intent corpus knows; precision first: one English word the
Russian corpus does not also know outweighs three Russian ones, so English stays English.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

LATIN_WORD = re.compile(r"(?<![0-9a-z])4?[a-z](?:[a-z'`]|4(?=[a-z]))*", re.IGNORECASE)
"""A Latin word; 4 (ч) and ' (ь) may stand in it ("4to", "den'"), a digit before it does not."""

_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("shh", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ju", "ю"), ("iu", "ю"), ("ya", "я"), ("ja", "я"), ("ia", "я"),
    ("yo", "е"), ("jo", "е"), ("ye", "е"), ("je", "е"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("x", "х"), ("c", "ц"), ("w", "ш"), ("4", "ч"), ("q", "к"), ("'", "ь"), ("`", "ь"),
    ("y", "ы"),
)
"""Latin letter groups to Cyrillic, longest first; y is ы unless `_SHORT_I` makes it й."""
_GROUPS = re.compile("|".join(re.escape(latin) for latin, _ in _RULES))
_CYRILLIC = dict(_RULES)
_SHORT_I = re.compile(r"(?<=[аеиоуыэюя])ы(?![аеиоуэюя])|(?<=[аео])и\b")
"""y after a vowel and before none is й: "moy" мой, "dney" дней, "noviy"/"novyy" новый; so is
i that ends a word after a, e or o: "kartoi" картой, "dnei" дней."""
_CODE = re.compile(r"[A-Z]{3}|X{1,2}[SL]|[ML]")
"""A currency code, or a clothing size, typed in capitals ("USD", "XL", "M": twenty-fifth pass A,
«kurtku prislali XL vmesto M» is a size for a size, not Cyrillic letters)."""
_FINAL_TS = re.compile(r"ts\b")
"""ts ends a word only as ц ("prodavets"); inside one it is mostly т+с ("otslezhivanie")."""

MIN_RUSSIAN = 2
"""Russian words needed at least (one word alone, "spor", is too little to call the language)."""
ENGLISH_WEIGHT = 3
"""One English word counts as much as this many Russian ones."""


@lru_cache(maxsize=4096)
def _word(latin: str) -> str:
    """One Latin word in Cyrillic."""
    cyrillic = _GROUPS.sub(lambda m: _CYRILLIC[m.group()], _FINAL_TS.sub("c", latin))
    return _SHORT_I.sub("й", cyrillic)


def to_cyrillic(text: str, russian: Container[str], english: Container[str]) -> str:
    """The text with its Latin words written in Cyrillic (digits, signs and spaces as they are).

    A word English knows and Russian knows only in Latin (paypal, qiwi, visa) stays as it is,
    and so does a code in capitals (USD, BYN, a size: XL, M)."""

    def cyrillic(found: re.Match[str]) -> str:
        """One word, converted unless it is a name or a code."""
        latin = found.group()
        if _CODE.fullmatch(latin):
            return latin.lower()
        latin = latin.lower()
        converted = _word(latin)
        return latin if latin in english and converted not in russian else converted

    return LATIN_WORD.sub(cyrillic, text)


def reads_as_russian(text: str, russian: Container[str], english: Container[str]) -> bool:
    """Whether a Latin-letter text is Russian: `russian`/`english` are the words each language's
    corpus knows; a word both know (brand names, "on"/он) counts for neither."""
    lowered = text.lower()
    if re.search("[а-яё]", lowered):
        return False  # mixed script keeps the script's reading
    ru = en = 0
    words = [found.group() for found in LATIN_WORD.finditer(lowered)]
    for done, latin in enumerate(words):
        if ENGLISH_WEIGHT * en > ru + len(words) - done:
            return False  # the words left cannot outweigh the English already found
        if len(latin) < 2:
            continue
        is_ru = latin in russian or _word(latin) in russian
        is_en = latin in english
        ru += is_ru and not is_en
        en += is_en and not is_ru
    return ru >= MIN_RUSSIAN and ru >= ENGLISH_WEIGHT * en


reads_as_language = reads_as_russian
to_script = to_cyrillic
"""The names `flows.understanding.fact_text` reads any language's `translit_<lang>` by."""
