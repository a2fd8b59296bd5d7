"""Scam requests: rules that win over everything the classifier thinks.

A seller asking the buyer to close the dispute, confirm receipt early or pay outside
AliExpress takes away the buyer's protection, so these stay rules, whatever the model says.
The words are data, per language, in `scams_<lang>.py`. Pattern syntax, kept small on purpose:

* a pattern is one or more *phrases* joined by " & " (all must occur, in any order);
* a phrase is *words* in order, with at most `GAP` other words between neighbours;
* a word is a stem that matches the start of a token ("посылк" matches «посылка»,
  «посылку»); a word of three letters or fewer, or one ending in "$", must match a whole
  token ("не", "not", "хочет$"); a word ending in "=" must be the whole token as spelled, with
  no typing slip allowed (an imperative: «закрой=» is never the buyer's past «закрыл»); one
  ending in "~" is a stem matched with no typing slip («доплат~» is never «дослать»);
  "a|b|c" means any one of the alternatives.

A request key written "!close" holds look-alikes that take that request back (the buyer's own
step, a courier's code): when one matches, the request is not read, nor the scam by it.

Text and pattern words are normalised alike (`flows.understanding.text.tokens`), and a stem
of five letters or more also matches with one letter missing (longer stems also with one
letter wrong, extra or swapped).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from flows.languages import LANGUAGES
from flows.understanding.text import tokens

GAP = 2


@dataclass(frozen=True)
class Rule:
    """A compiled pattern: its phrases (each a tuple of word alternatives) and the request it
    shows ("" when it shows a scam but not which request)."""

    phrases: tuple[tuple[tuple[str, ...], ...], ...]
    request: str = ""


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
    # never the first letter: typing drops letters inside words («оплат» is not «доплат»)
    return any(long_[:i] + long_[i + 1:] == short for i in range(1, len(long_)))


def _missing_one(stem: str, piece: str) -> bool:
    """Whether `piece` is `stem` with exactly one letter left out, never the first: typing drops
    letters inside words, and «оплатил» is not «доплат» missing its «д»."""
    return len(piece) == len(stem) - 1 and any(
        stem[:i] + stem[i + 1:] == piece for i in range(1, len(stem)))


@lru_cache(maxsize=4096)
def word_matches(word: str, token: str) -> bool:
    """Whether one pattern word (a single alternative) matches one token."""
    if word.endswith("="):
        return token == word[:-1]
    if word.endswith("~"):
        return token.startswith(word[:-1])
    exact = word.endswith("$") or len(word) <= 3
    stem = word.rstrip("$")
    if token == stem or (not exact and token.startswith(stem)):
        return True
    if token[:1] != stem[:1]:  # typing slips inside words: «оказались» is no «сказал»
        return False
    if exact:
        return len(stem) >= 6 and _close(stem, token)
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


def matches(rule: Rule, toks: tuple[str, ...]) -> bool:
    """Whether every phrase of the rule occurs in `toks`."""
    return all(_phrase_at(phrase, toks, 0, first=True) is not None for phrase in rule.phrases)


def _normalise_word(word: str) -> str:
    """A pattern word spelled as text is normalised, keeping its trailing mark ("$", "=", "~")."""
    mark = word[-1] if word[-1:] in ("$", "=", "~") else ""
    bare = word[:-1] if mark else word
    normal = tokens(bare)
    return (normal[0] if normal else bare) + mark


def compile_rule(pattern: str, request: str = "") -> Rule:
    """Turn one pattern of the word tables into a Rule (words normalised like text)."""
    return Rule(tuple(
        tuple(tuple(_normalise_word(alt) for alt in word.split("|")) for word in part.split())
        for part in pattern.split(" & ")), request)


@cache
def rules() -> tuple[Rule, ...]:
    """Every language's scam rules: a scam in either language is caught whatever the chat's."""
    names = (f"flows.understanding.scams_{lang}" for lang in LANGUAGES)
    return tuple(compile_rule(p, request) for name in names if importlib.util.find_spec(name)
                 for request, patterns in importlib.import_module(name).SCAMS.items()
                 for p in patterns)


@cache
def words() -> tuple[str, ...]:
    """Every word alternative the rules use."""
    return tuple(sorted({alt for r in rules() for phrase in r.phrases for word in phrase
                         for alt in word}))


VETO = "!"
"""The mark of a request key whose patterns take that request back (`_requests`)."""

FACT_ONLY = "?"
"""The mark of a request key ("payout?") whose patterns give the fact but leave the intent to the
classifier: a fee by a link in the name of a courier or customs is the fake-message guide's
(`flows.scenarios.phishing`), though what it asks is a payout."""

OUTRANKS = (("phishing", "payout"), ("phishing", "confirm"))
"""A request that wins when both are read: a fee, or a "confirm delivery" link, that asks for
the card's details, a code or a login is the phishing."""


@cache
def _by_letter() -> dict[str, tuple[str, ...]]:
    """Rule words by each of the first two letters of their stem.

    A word can match a token only if one of the token's first two letters is one of the
    stem's first two: a prefix match shares the first letter, and one edit (a letter
    missing, extra, wrong or swapped) keeps one of the first two in place or moves it by one.
    """
    index: dict[str, list[str]] = {}
    for word in words():
        for letter in set(word.rstrip("$=~")[:2]):
            index.setdefault(letter, []).append(word)
    return {letter: tuple(words) for letter, words in index.items()}


@lru_cache(maxsize=65536)
def words_in(token: str) -> frozenset[str]:
    """The rule words a token matches (cached: buyers reuse the same words)."""
    index = _by_letter()
    candidates = {w for letter in set(token[:2]) for w in index.get(letter, ())}
    return frozenset(w for w in candidates if word_matches(w, token))


def _possible(rule: Rule, present: set[str]) -> bool:
    """Whether every word of the rule matches some token, in any order (a cheap pre-check)."""
    return all(any(alt in present for alt in word) for phrase in rule.phrases for word in phrase)


def _found(text: str) -> tuple[tuple[str, ...], Iterator[Rule]]:
    """The text's tokens and the rules that could match them (every word present somewhere)."""
    toks = tokens(text)
    present: set[str] = set().union(*(words_in(t) for t in set(toks)))
    return toks, (r for r in rules() if _possible(r, present))


def _named(text: str) -> set[str]:
    """Every rule name that matches `text`, look-alikes ("!request") included."""
    toks, possible = _found(text)
    return {r.request for r in possible if matches(r, toks)}


def _requests(text: str, named: set[str] | None = None) -> set[str]:
    """The requests the rules read in `text` ("" for a scam that names none), without those a
    look-alike ("!request") takes back; a fact-only request keeps its "?" mark."""
    named = _named(text) if named is None else named
    vetoed = {n[len(VETO):] for n in named if n.startswith(VETO)}
    return {n for n in named if not n.startswith(VETO) and n.rstrip(FACT_ONLY) not in vetoed}


def is_scam(text: str) -> bool:
    """Whether a known scam request (close the dispute, confirm early, pay outside) occurs."""
    return any(not n.endswith(FACT_ONLY) for n in _requests(text))


def scam_requests(text: str) -> tuple[set[str], bool]:
    """(every request the scam rules name in `text`, whether a look-alike rule matched: the
    rules decided that what looks like a request is none)."""
    named = _named(text)
    requests = {n.rstrip(FACT_ONLY) for n in _requests(text, named)} - {""}
    for winner, loser in OUTRANKS:
        if winner in requests:
            requests.discard(loser)
    return requests, any(n.startswith(VETO) for n in named)

