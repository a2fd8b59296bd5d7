"""Text as understanding reads it: one alphabet rule for words, numbers and patterns.

Every letter and digit of every script is part of a word ("їжак", "über", «посылка»);
everything else separates words. Text is put in NFC form (a letter typed with a combining
mark is one letter), lower-cased, «ё» becomes «е», decimal digits of any script become
ASCII ("８" -> "8"), English contractions are expanded ("didn't", "didnt" -> "did not"),
and Latin look-alike letters inside Russian words become Cyrillic. `tokens` gives the words;
`normalise` gives the same words as one string, keeping numbers ("12.50", "05:30") and
currency and percent signs, which the fact patterns read.

Understanding reads at most `MAX_CHARS` characters of a message: the rest is ignored, so a
flood of text costs no more than a long message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

MAX_CHARS = 1000
"""Characters of a message that understanding reads; a buyer's story fits well within."""
NEVER = r"(?!x)x"
"""A pattern that matches nothing: a table a language does not have."""


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A language table's pattern, compiled once: `re`'s own cache holds 512 patterns and the
    fact tables hold more, so a string searched each message would be compiled again."""
    return re.compile(pattern)


CLAUSE_MARK = "|"
"""Left between clauses for the keys that read them: no `\\w` gap in a pattern crosses it."""

_CONTRACTIONS = (
    (re.compile(r"\b(won'?t)\b"), "will not"),
    (re.compile(r"\b(can'?t|cannot)\b"), "can not"),
    (re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should)n'?t\b"),
     r"\1 not"),
    (re.compile(r"\b(it|that|what|there|he|she|who)'s\b"), r"\1 is"),
    (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"\b(i|you|we|they)'ve\b"), r"\1 have"),
    (re.compile(r"\b(i|you|we|they)'ll\b"), r"\1 will"),
    (re.compile(r"\b(i|you|we|they)'d\b"), r"\1 would"),
)
_LOOKALIKES = str.maketrans("aeopcxykmthb", "аеорсхукмтнв")
_CYRILLIC = re.compile(r"[а-я]")
WORD = r"[^\W_]"
"""One letter or digit of any script: the alphabet rule."""
_WORD_RUN = re.compile(rf"{WORD}+")
SIGNS = "$€£₽₴₸¥%₺₹₪₱₩₦"
"""Signs the fact patterns read beside numbers: currencies and percent."""
_SEPARATOR = re.compile(rf"[^\w\s{re.escape(SIGNS)}.,:]|_")
_LONE_MARK = re.compile(r"(?<!\d)[.,:]|[.,:](?!\d)")


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """Decimal digits of every script as ASCII ("８１２" -> "812"); other characters kept."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda found: str(unicodedata.decimal(found.group())), text)


@lru_cache(maxsize=8)  # one message is read by the scam rules, the classifier and the facts
def _expand(text: str) -> str:
    """NFC, lower case, «ё» as «е», ASCII digits, English contractions written out."""
    text = ascii_digits(unicodedata.normalize("NFC", text[:MAX_CHARS]).lower())
    text = text.replace("ё", "е").replace("’", "'").replace("`", "'")
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    return text


def _fix_word(word: str) -> str:
    """Latin look-alike letters inside a Russian word become Cyrillic."""
    return word.translate(_LOOKALIKES) if _CYRILLIC.search(word) else word


def tokens(text: str) -> tuple[str, ...]:
    """The normalised words of `text` (see the module docstring)."""
    return tuple(_fix_word(w) for w in _WORD_RUN.findall(_expand(text)))


def normalise(text: str, mark: Callable[[str], str] | None = None) -> str:
    """`text` normalised like `tokens`, keeping numbers ("12.50", "05:30") and signs ($, %);
    `mark` rewrites the lower-cased text first (the fact readers mark clause ends with a sign)."""
    expanded = _expand(text)  # cached: the scam rules, the classifier and the facts share it
    text = _LONE_MARK.sub(" ", _SEPARATOR.sub(" ", mark(expanded) if mark else expanded))
    return " ".join(_fix_word(w) for w in text.split())
