"""Text normalisation and the scam rules: the part of free-text routing that stays rules.

Which scenario a message describes is learned (`flows.understanding`, a classifier trained on
a corpus); the stem rules that used to decide it are gone. Scam requests remain rules
(`SCAM_EN`, `SCAM_RU` in `flows.routing_rules`) because they must win over everything,
whatever the classifier thinks. Pattern syntax, kept small on purpose:

* a pattern is one or more *phrases* joined by " & " (all must occur, in any order);
* a phrase is *words* in order, with at most `GAP` other words between neighbours;
* a word is a stem that matches the start of a token ("посылк" matches «посылка»,
  «посылку»); a word of three letters or fewer, or one ending in "$", must match a whole
  token ("не", "not", "хочет$"); "a|b|c" means any one of the alternatives.

Text is lower-cased, «ё» becomes «е», English contractions are expanded ("didn't",
"didnt" → "did not"), Latin look-alike letters inside Russian words become Cyrillic,
and a stem of five letters or more also matches with one letter missing (longer stems
also with one letter wrong, extra or swapped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows.languages import DEFAULT_LANGUAGE
from flows.routing_rules import SCAM_EN, SCAM_RU

GAP = 2


@dataclass(frozen=True)
class Route:
    """Where typed text leads (the old shape of `flows.understanding.Understanding`)."""

    flow: str | None
    candidates: tuple[str, ...]
    scam: bool


@dataclass(frozen=True)
class _Rule:
    """A compiled pattern: its phrases (each a tuple of word alternatives)."""

    phrases: tuple[tuple[tuple[str, ...], ...], ...]


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
_TOKEN = re.compile(r"[^\W_]+")  # letters and digits of any alphabet
_KEEP = re.compile(r"[^a-zа-я0-9$€£₽%.,:\s]")
_LONE_MARK = re.compile(r"(?<!\d)[.,:]|[.,:](?!\d)")
MAX_CHARS = 4096
"""Telegram's longest message; `normalise` reads no more."""


def _expand(text: str) -> str:
    """Lower case, «ё» as «е», English contractions written out."""
    text = text.lower().replace("ё", "е").replace("’", "'").replace("`", "'")
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    return text


def _fix_word(word: str) -> str:
    """Latin look-alike letters inside a Russian word become Cyrillic."""
    return word.translate(_LOOKALIKES) if _CYRILLIC.search(word) else word


def tokens(text: str) -> tuple[str, ...]:
    """The normalised words of `text` (see the module docstring)."""
    return tuple(_fix_word(w) for w in _TOKEN.findall(_expand(text)))


def normalise(text: str) -> str:
    """`text` normalised like `tokens`, keeping numbers ("12.50", "05:30") and currency signs."""
    text = _KEEP.sub(" ", _expand(text)[:MAX_CHARS])
    text = _LONE_MARK.sub(" ", text)
    return " ".join(_fix_word(w) for w in text.split())


def _close(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one edit (a swap of neighbours counts as one)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _missing_one(stem: str, piece: str) -> bool:
    """Whether `piece` is `stem` with exactly one letter left out."""
    return len(piece) == len(stem) - 1 and any(
        stem[:i] + stem[i + 1:] == piece for i in range(len(stem)))


@lru_cache(maxsize=4096)
def word_matches(word: str, token: str) -> bool:
    """Whether one pattern word (a single alternative) matches one token."""
    exact = word.endswith("$") or len(word) <= 3
    stem = word.rstrip("$")
    if exact:
        return token == stem or (len(stem) >= 6 and _close(stem, token))
    if token.startswith(stem):
        return True
    n = len(stem)
    if n >= 5 and _missing_one(stem, token[:n - 1]):
        return True
    return n >= 6 and any(_close(stem, token[:k]) for k in (n - 1, n, n + 1) if k <= len(token))


def _phrase_at(phrase: tuple[tuple[str, ...], ...], toks: tuple[str, ...],
               start: int, first: bool) -> tuple[int, ...] | None:
    """Token indices matching `phrase` from `start` (anywhere if `first`, else within GAP)."""
    if not phrase:
        return ()
    head, rest = phrase[0], phrase[1:]
    stop = len(toks) if first else min(len(toks), start + GAP + 1)
    for i in range(start, stop):
        if any(word_matches(alt, toks[i]) for alt in head):
            tail = _phrase_at(rest, toks, i + 1, first=False)
            if tail is not None:
                return (i, *tail)
    return None


def _match(rule: _Rule, toks: tuple[str, ...]) -> frozenset[int] | None:
    """The token indices the rule covers in `toks`, or None when it doesn't match."""
    covered: set[int] = set()
    for phrase in rule.phrases:
        found = _phrase_at(phrase, toks, 0, first=True)
        if found is None:
            return None
        covered.update(found)
    return frozenset(covered)


def _normalise_word(word: str) -> str:
    """A pattern word spelled as text is normalised, keeping a trailing "$"."""
    exact = word.endswith("$")
    normal = tokens(word.rstrip("$"))
    return (normal[0] if normal else word.rstrip("$")) + ("$" if exact else "")


def _compile(pattern: str) -> _Rule:
    """Turn one pattern of the data tables into a _Rule (words normalised like text)."""
    return _Rule(tuple(
        tuple(tuple(_normalise_word(alt) for alt in word.split("|")) for word in part.split())
        for part in pattern.split(" & ")))


SCAMS = tuple(_compile(p) for p in (*SCAM_EN, *SCAM_RU))
_SCAM_WORDS = tuple(sorted({alt for r in SCAMS for phrase in r.phrases for word in phrase
                            for alt in word}))


@lru_cache(maxsize=65536)
def _scam_words_in(token: str) -> frozenset[str]:
    """The scam-rule words a token matches (cached: buyers reuse the same words)."""
    return frozenset(w for w in _SCAM_WORDS if word_matches(w, token))


def _possible(rule: _Rule, present: set[str]) -> bool:
    """Whether every word of the rule matches some token, in any order (a cheap pre-check)."""
    return all(any(alt in present for alt in word) for phrase in rule.phrases for word in phrase)


def is_scam(text: str) -> bool:
    """Whether a known scam request (close the dispute, confirm early, pay outside) occurs."""
    toks = tokens(text)
    present: set[str] = set().union(*(_scam_words_in(t) for t in set(toks)))
    return any(_possible(r, present) and _match(r, toks) is not None for r in SCAMS)


def route(text: str, lang: str = DEFAULT_LANGUAGE) -> Route:
    """Where `text` leads, for callers of the old router: `understand()` in the old shape."""
    from flows.understanding import understand  # imported here: it builds on this module
    from flows.understanding.vocabulary import INTENTS_OTHER

    heard = understand(text, lang)
    flow = None if heard.intent in INTENTS_OTHER else heard.intent
    return Route(flow, heard.candidates, heard.scam)
