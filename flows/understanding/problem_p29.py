"""Twenty-ninth pass: an order counted short is no wrong item, as rows.

Rows in the format of `flows.understanding.facts_en` / `facts_ru` (`MASK` blanks what it
matches and lets the next rows read the rest), read first in the `problem` table: "ordered ten
tea towels, got eight", «пришли трое колготок вместо четырёх», «заказывала дюжину бокалов,
пришло десять» tell items missing (`items_missing`), not another product sent; what the rest of
the message says of the things that came is still read.
"""

from __future__ import annotations

from flows.understanding.items_missing import COUNT_ENDS_EN, COUNT_ENDS_RU, COUNTS_EN, COUNTS_RU

MASK = ""
"""A row value that blanks out what it matches and lets the next rows read the rest."""

Rows = tuple[tuple[str, str | None], ...]

_ANY_EN = r"(?:" + "|".join(COUNTS_EN.values()) + r"|a dozen|dozen)"
"""A count in English, in words or digits up to 12 (a bigger number is a size more often)."""
_ENDS_RU = (r"(?:(?= (?:хоч\w*|хотел\w*|верн\w*|деньг\w*|денег|просто|упаковк\w*|"
            r"коробк\w*)\b)|" + COUNT_ENDS_RU + ")")
"""What may follow a count come, and the buyer's wish or the box after it."""
_ANY_RU = r"(?:" + "|".join(COUNTS_RU.values()) + r"|дюжин\w*)"
"""A count in Russian, in words (collective numerals too, «трое») or digits up to 12."""
_NO_SIZE_EN = r"(?<!size )(?<!sizes )(?<!us )(?<!uk )(?<!eu )"
"""No size just before: "size 9, got 8" are shoe sizes."""
_NO_SIZE_RU = r"(?<!размер )(?<!размера )(?<!рост )(?<!на рост )"
"""No size just before: «размер 8 вместо 9» are sizes."""

PROBLEM_EN: Rows = (
    (r"\b(?:ordered|bought|paid for|asked for|order(?:ed)? of)(?: (?:a|the|my))? " + _NO_SIZE_EN
     + _ANY_EN + r"\b(?: (?!but\b|and\b)\w+){0,4}?,? (?:and |but )?(?:(?:i |she |he |we |they )?"
     r"(?:only )?(?:got|received|get)|(?:only )?(?:came|arrived)|(?:they |the seller )?(?:only )?"
     r"sent) (?:me |her |him )?(?:only |just )?" + _NO_SIZE_EN + _ANY_EN + r"\b" + COUNT_ENDS_EN,
     MASK),
)
"""English rows, read before the older `problem` rows."""

PROBLEM_RU: Rows = (
    (r"\b(?:заказ\w*|брал\w*|покупал\w*|купил\w*|оплатил\w*) " + _NO_SIZE_RU + _ANY_RU
     + r"\b(?: (?!а\b|но\b)\w+){0,3}?,? (?:а |но |и )?(?:пришл\w*|получил\w*|доставили|прислали|"
     r"положили|приехал\w*) (?:только |лишь |всего )?" + _NO_SIZE_RU + _ANY_RU + r"\b" + _ENDS_RU,
     MASK),
    (_NO_SIZE_RU + r"\b" + _ANY_RU + r"\b(?: (?!вместо\b)\w+){0,3}? вместо " + _NO_SIZE_RU
     + _ANY_RU + r"\b" + _ENDS_RU, MASK),
)
"""Russian rows, read before the older `problem` rows."""
