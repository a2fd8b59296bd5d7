"""Cues for the fact rows: a row is searched only when text it cannot match without is there.

Each compiled row is read by Python's own regex parser (`re._parser`) and gives the literal
strings that every match must contain: a conjunction of "one of these strings" sets (a `Cue`),
at most `MAX_CUES` of them, the strongest first. Nothing is written by hand, so a row added or
changed in `facts_<lang>.py` gets its cues when its tables are compiled (`facts.tables`).
Where a literal cannot be proven (case-insensitive parts, classes of a whole category, a part
that may be left out, a back-reference) that part gives no cue, and a row with no cue at all
always runs. Lookarounds are
zero-width: a negative one gives nothing, a positive one's literals are still in the text.

A row whose cue is missing from the text cannot match it: skipping its search (or its blanking,
which would change nothing) leaves every reading as it was (tests/test_fact_prefilter.py reads
every benchmark set line both ways; docs/understanding.md, "Prefilter").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Cue = tuple[str, ...]
"""Strings of which a match contains at least one."""
Needs = tuple[Cue, ...]
"""Cues a match contains every one of; () when none can be proven (the row always runs)."""

MAX_EXACT = 64
"""The most strings a part's exact set may hold before it is read as cues only."""
MAX_CUE = 24
"""The most strings one cue may list (an alternation of many words is checked as a whole)."""
MAX_CUES = 2
"""Cues kept per row: the check stays a few substring tests."""
MAX_RAW = 256
"""The most strings a cue may hold while a pattern is read, before `needs` reduces it."""
MIN_CUE = 2
"""A cue's strings are at least this long: a single letter or space is in nearly every text."""
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
_CASELESS = int(re.IGNORECASE | re.LOCALE)


@dataclass(frozen=True)
class _Info:
    """What a part of a pattern can match: every string (`exact`, when few) and the cues any
    match of it contains (`needs`)."""

    exact: frozenset[str] | None
    needs: tuple[frozenset[str], ...] = ()


_NOTHING_KNOWN = _Info(None)
_EMPTY = _Info(frozenset({""}))


def _as_cue(strings: frozenset[str] | None) -> tuple[frozenset[str], ...]:
    """An exact set as a cue, unless it holds the empty string (then a match may add nothing)
    or too many strings to be worth reducing (`needs` reduces the few cues it keeps)."""
    if strings is None or "" in strings or len(strings) > MAX_RAW:
        return ()
    return (strings,)


def _minimal(strings: Iterable[str]) -> frozenset[str]:
    """The strings that hold no other one: a text holding "cancelled" holds "cancel"."""
    ordered = sorted(set(strings), key=len)
    kept: list[str] = []
    for string in ordered:
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _common(strings: frozenset[str]) -> str:
    """The longest string that every one of `strings` holds ("" when none)."""
    shortest = min(strings, key=len)
    for size in range(len(shortest), 0, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start:start + size]
            if all(part in s for s in strings):
                return part
    return ""


def _reduced(strings: frozenset[str]) -> frozenset[str] | None:
    """A cue as few strings as it can be: the minimal ones; when too many, the one string they
    all hold, or their shortened starts (each still held by a match)."""
    kept = _minimal(strings)
    if len(kept) <= MAX_CUE:
        return kept
    common = _common(kept)
    if len(common) >= MIN_CUE:
        return frozenset({common})
    for size in range(max(map(len, kept)), MIN_CUE - 1, -1):
        starts = {s[:size] for s in kept}
        if len(starts) <= MAX_CUE:
            return _minimal(starts)
    return None


def _sequence(items: Iterable[tuple[Any, Any]], flags: int) -> _Info:
    """A run of parts one after another: exact strings joined while few, else cues."""
    needs: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})
    whole = True  # every part so far exact and joined into `run`
    for op, av in items:
        info = _part(op, av, flags)
        needs.extend(info.needs)
        if info.exact is not None and run is not None and len(run) * len(info.exact) <= MAX_EXACT:
            run = frozenset(a + b for a in run for b in info.exact)
            continue
        whole = False
        needs.extend(_as_cue(run))
        run = info.exact
    if whole:
        return _Info(run, tuple(needs))
    return _Info(None, (*needs, *_as_cue(run)))


def _charset(items: Sequence[tuple[Any, Any]], flags: int) -> _Info:
    """A character class: its characters when few and literal, else nothing known."""
    if flags & _CASELESS:
        return _NOTHING_KNOWN
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < MAX_EXACT:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return _NOTHING_KNOWN
    return _Info(frozenset(chars)) if 0 < len(chars) <= MAX_EXACT else _NOTHING_KNOWN


def _best(info: _Info) -> frozenset[str] | None:
    """The one cue that says most about a part (its longest shortest string), if any."""
    cues = [*info.needs, *_as_cue(info.exact)]
    return max(cues, key=_strength) if cues else None


def _strength(cue: frozenset[str]) -> tuple[int, int]:
    """How rare a cue is likely to be: its shortest string's length, then fewer strings."""
    return min(map(len, cue)), -len(cue)


def _branch(branches: Sequence[Any], flags: int) -> _Info:
    """An alternation: the union of the branches' exact sets, else of one cue from each."""
    infos = [_sequence(b, flags) for b in branches]
    if all(i.exact is not None for i in infos):
        union = frozenset().union(*(i.exact for i in infos if i.exact is not None))
        if len(union) <= MAX_EXACT:
            return _Info(union)
    picked = [_best(i) for i in infos]
    if any(p is None for p in picked):
        return _NOTHING_KNOWN  # a branch without a cue can match without any of the others'
    return _Info(None, _as_cue(frozenset().union(*(p for p in picked if p is not None))))


def _part(op: Any, av: Any, flags: int) -> _Info:
    """One parsed part of a pattern."""
    if op is sre.LITERAL:
        return _NOTHING_KNOWN if flags & _CASELESS else _Info(frozenset({chr(av)}))
    if op is sre.IN:
        return _charset(av, flags)
    if op is sre.AT or op is sre.ASSERT_NOT:
        return _EMPTY
    if op is sre.ASSERT:  # zero-width, but what it looks at is in the text
        inner = _sequence(av[1], flags)
        return _Info(frozenset({""}), (*inner.needs, *_as_cue(inner.exact)))
    if op is sre.BRANCH:
        return _branch(av[1], flags)
    if op is sre.SUBPATTERN:
        _group, add, drop, items = av
        return _sequence(items, (flags | int(add)) & ~int(drop))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av, flags)
    if op in _REPEATS:
        low, high, items = av
        info = _sequence(items, flags)
        if low == 0:
            if high == 1 and info.exact is not None:
                return _Info(info.exact | {""})
            return _EMPTY if high == 0 else _NOTHING_KNOWN
        if low == high == 1:
            return info
        return _Info(None, (*info.needs, *_as_cue(info.exact)))
    return _NOTHING_KNOWN  # any character, a category, a back-reference, a conditional


def needs(pattern: re.Pattern[str]) -> Needs:
    """The cues every match of `pattern` contains, strongest first; () when none is proven."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern this parser cannot read (it compiled, so it never should)
        return ()
    info = _sequence(parsed, int(parsed.state.flags))
    raw = sorted({c for c in (*info.needs, *_as_cue(info.exact)) if min(map(len, c)) >= MIN_CUE},
                 key=lambda c: (_strength(c), sorted(c)), reverse=True)
    kept: list[frozenset[str]] = []
    for cue in raw:  # the strongest first, reduced only while more are wanted
        if len(kept) < MAX_CUES and (small := _reduced(cue)) is not None and small not in kept:
            kept.append(small)
    return tuple(tuple(sorted(c, key=lambda s: (-len(s), s))) for c in kept)


def present(cues: Needs, text: str) -> bool:
    """Whether every cue has one of its strings in `text` (so the row may match)."""
    for cue in cues:
        for string in cue:
            if string in text:
                break
        else:
            return False
    return True


Rows = Mapping[str, Sequence[tuple[re.Pattern[str], str | None]]]


def row_cues(rows: Rows) -> dict[str, tuple[Needs, ...]]:
    """Per fact key, the cues of each of its rows in order (`facts.tables` keeps them)."""
    return {key: tuple(needs(p) for p, _v in key_rows) for key, key_rows in rows.items()}
