"""A learned second opinion on which stated number of days is which (issue 16).

The patterns of `facts.py` read "no updates for 12 days" and "dispute opened 5 days ago"; when
they leave `tracking_quiet_days` or `dispute_days` empty, this module looks at every duration
the message states (`facts.durations`, so "two weeks", «полторы недели» and «10 дней» are read
as the patterns read them) and asks a small linear model which ROLE each one plays: the days
the tracking has been quiet, the dispute's age, or something else (protection time left, the
order's age, a delivery estimate, a seller's deadline, ...). It says a value only when one
duration alone wins a role over the threshold chosen by cross-validation, and only where the
patterns' own guards would let a value stand. It never overrides a pattern's value.

It also VETOES a pattern's number where it is very sure that the duration the pattern read it
from plays another role (a "dispute age" the model reads as the order's age, a "silence" it reads
as a delivery estimate, a "time left" it reads as the tracking's silence): the value is removed,
so the dialogue asks, and nothing takes its place. Each veto has its own threshold, chosen by
cross-validation; a key without one is never vetoed.

The features of a duration are the words around it (tagged by side and distance, numbers as
"0"), the words of its clause, and its unit: the model never sees the number itself. The
weights ship as `model/<lang>.roles.weights` (built by scripts/build_number_roles.py from the
dev sets) and are scored in plain Python by `classifier.Classifier`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from flows.understanding.classifier import Classifier
from flows.understanding.text import CLAUSE_MARK, NEVER
from flows.understanding.vocabulary import quiet_tracking
from flows.understanding.weights import (
    WeightsError,
    decode,
    features_sha256,
    header,
    model_file,
    sha256,
)

log = logging.getLogger(__name__)

QUIET, DISPUTE_AGE, PROTECTION, OTHER = "quiet", "dispute_age", "protection", "other"
ROLES = (QUIET, DISPUTE_AGE, PROTECTION, OTHER)
KEY_ROLE = {"tracking_quiet_days": QUIET, "dispute_days": DISPUTE_AGE}
"""The facts this module may add, and the role whose duration gives each one's value."""
VETO_ROLE = {"tracking_quiet_days": QUIET, "dispute_days": DISPUTE_AGE,
             "protection_hours": PROTECTION}
"""The patterns' values this module may veto, and the role the pattern gave their duration."""
VETO_ALSO = {"protection_hours": ("protection_left",), "tracking_quiet_days": ("tracking",)}
"""What may go with a vetoed value (`gone_with`): the time-left bucket read from the same hours,
the tracking's state (stuck or dead) read from the same days."""
IN_HOURS = frozenset({"protection_hours"})
"""Keys whose value is a duration's hours, not its whole days."""
NEAR = 3
"""Words on each side tagged with their distance ("l1:for", "r2:ago")."""
WINDOW = 8
"""Words on each side read as a bag, by side ("l:tracking", "r:left")."""
REACH = 240
"""Characters read on each side of a duration: enough for every feature's words, and a long
message stays linear."""
MAX_CANDIDATES = 12
"""A message stating more durations than this is a list, not a story: no opinion."""
MAX_DAYS = 365
FEATURES: Mapping[str, Any] = {
    "near": NEAR,
    "window": WINDOW,
    "reach": REACH,
    "numbers_as": "0",
    "stem": 5,
    "blocks": [{"name": "roles", "analyzer": "word", "ngram_range": [1, 1],
                "token_pattern": r"\S+"}],
    "tfidf": {"lowercase": True, "sublinear_tf": True, "norm": "l2", "smooth_idf": True},
    "logreg": {"C": 16.0, "max_iter": 3000, "random_state": 0},
}
"""Everything that decides what the role model learns besides the dev sets; the weights file
carries its checksum, so changing a setting without rebuilding fails a test."""
SUFFIX = "roles.weights"
NOT_TRACKING = ("delivered", "no_tracking")
"""The buyer has the parcel, or has no number to watch: no silence to count."""


Tables = Any
"""A language's compiled fact tables (`facts.Tables`): `facts.py` hands them over, since it
calls this module and so this module cannot import it."""
Spans = Callable[[Tables, str], list[tuple[int, int, int, bool]]]
"""`facts.durations`: (start, end, hours, exact) of each duration of a text."""


@dataclass(frozen=True)
class Reading:
    """What `facts.extract` hands over for one message: its tables, the message's text with
    its clause ends marked (made only when needed), how it finds durations, the text each
    key is read from (yes/no questions left out), and whether a dispute is in play."""

    t: Tables
    module: ModuleType
    marked: Callable[[], str]
    durations: Spans
    text_for: Callable[[str], str]
    dispute_in_play: Callable[[Mapping[str, str]], bool]
    """`facts.dispute_in_play` for this message, given the facts found so far."""


@dataclass(frozen=True)
class Candidate:
    """One stated duration: where it is, its whole days, and what the model reads of it."""

    start: int
    end: int
    days: int
    hours: int
    words: str


@dataclass(frozen=True)
class RoleModel:
    """A language's role classifier and the per-role thresholds chosen by cross-validation
    (None: that role gives no second opinion): `thresholds` to add a value (the role's
    probability at least this), `vetoes` to remove a pattern's (the other roles' together)."""

    classifier: Classifier
    thresholds: Mapping[str, float | None]
    vetoes: Mapping[str, float | None] = field(default_factory=dict)


def _tokens(text: str) -> list[str]:
    """Words of a normalised text, every number as "0"."""
    return re.sub(r"\d+", FEATURES["numbers_as"], text).split()


def _unit(t: Tables, span: str) -> str:
    """The kind of a duration's first unit: day, week, month or hour."""
    found = t.pair.search(span)
    if found is None:
        return "none"
    return next((k for k, p in t.units.items() if p.match(found.group("unit"))), "none")


def describe(t: Tables, text: str, start: int, end: int) -> str:
    """The features of the duration at text[start:end]: its context, never its number."""
    left, right = _tokens(text[max(0, start - REACH):start]), _tokens(text[end:end + REACH])
    if start > REACH:
        left = left[1:]  # no cut word at the window's start
    if len(text) - end > REACH:
        right = right[:-1]
    mark = CLAUSE_MARK
    clause_left = left[len(left) - left[::-1].index(mark):] if mark in left else left
    clause_right = right[:right.index(mark)] if mark in right else right
    words = [f"u:{_unit(t, text[start:end])}"]
    words += [f"l{d}:{w}" for d, w in enumerate(reversed(left[-NEAR:]), 1)]
    words += [f"r{d}:{w}" for d, w in enumerate(right[:NEAR], 1)]
    words += [f"l:{w}" for w in left[-WINDOW:]] + [f"r:{w}" for w in right[:WINDOW]]
    words += [f"c:{w}" for w in clause_left[-2 * WINDOW:] + clause_right[:2 * WINDOW]]
    if stem := FEATURES["stem"]:  # word stems: «бодалась», «бодался» and «бодаюсь» are one
        words += [f"ls:{w[:stem]}" for w in left[-WINDOW:] if len(w) > stem]
        words += [f"rs:{w[:stem]}" for w in right[:WINDOW] if len(w) > stem]
    if not left:
        words.append("l1:^")
    if not right:
        words.append("r1:$")
    return " ".join(words)


def candidates(t: Tables, durations: Spans, text: str, most: int | None = None,
               ) -> list[Candidate]:
    """Every exact duration of whole days in a normalised (clause-marked) text; none when
    there are more than `most`."""
    spans = [(start, end, hours) for start, end, hours, exact in durations(t, text)
             # "a few days", "5-7 days": no count
             if exact and not re.search(r"\d ?[-–]? $", text[max(0, start - 4):start])
             and 1 <= hours // 24 <= MAX_DAYS]
    if most is not None and len(spans) > most:
        return []
    return [Candidate(start, end, hours // 24, hours, describe(t, text, start, end))
            for start, end, hours in spans]


def role_scores(model: Classifier, candidate: Candidate) -> dict[str, float]:
    """Each role's probability for one candidate (0 for a role the model was not fitted on)."""
    return dict.fromkeys(ROLES, 0.0) | dict(model.rank(candidate.words, candidate.words))


def value_of(key: str, candidate: Candidate) -> str:
    """The value a key takes from a duration: its hours or its whole days."""
    return str(candidate.hours if key in IN_HOURS else candidate.days)


Scored = list[tuple[Candidate, dict[str, float]]]
"""The durations of a message with their role scores."""


def scored(model: RoleModel, reading: Reading) -> Scored:
    """Every duration of a message (none past `MAX_CANDIDATES`) with its role scores."""
    said = candidates(reading.t, reading.durations, reading.marked(), MAX_CANDIDATES)
    return [(c, role_scores(model.classifier, c)) for c in said]


def vetoes(model: RoleModel, reading: Reading, found: Mapping[str, str],
           said: Callable[[], Scored] | None = None) -> list[str]:
    """The patterns' values in `found` the model vetoes: every duration giving that value scores
    the pattern's role so low that the other roles together reach the veto's threshold.
    `said`: the message's `scored` durations, when the caller has them."""
    keys = [key for key, role in VETO_ROLE.items()
            if key in found and model.vetoes.get(role) is not None]
    if not keys:
        return []
    durations = said() if said else scored(model, reading)
    out = []
    for key in keys:
        role, threshold = VETO_ROLE[key], model.vetoes[VETO_ROLE[key]]
        assert threshold is not None
        used = [s for c, s in durations if value_of(key, c) == found[key]]
        # no such duration: the pattern read a countdown, a word or a date, not a duration
        if used and all(1 - s[role] >= threshold for s in used):
            out.append(key)
    return out


def _quiet_allowed(t: Tables, quiet_text: str, marked: str,
                   found: Mapping[str, str]) -> Callable[[Candidate], bool] | None:
    """Which candidates may be the tracking's silence, by the guards `facts.extract` applies
    to the patterns' silence; None when no silence may be stated at all."""
    if found.get("order_status") in ("verifying", "awaiting"):
        return None  # not shipped: no tracking to go quiet
    if found.get("tracking") in NOT_TRACKING or t.quiet_not_now.search(quiet_text):
        return None
    moved = [m.end() for m in t.moved_again.finditer(marked)]
    if not moved and t.moved_again.search(quiet_text):
        return None  # moved since, but the clause marks hide where: say nothing
    after = moved[-1] if moved else 0
    blanked = [m.span() for m in t.quiet_blank.finditer(marked)]
    return lambda c: c.start >= after and not any(a < c.end and c.start < b for a, b in blanked)


@dataclass(frozen=True)
class AgeVetoes:
    """A language's words that make a duration no dispute age (`NOT_AN_AGE_BEFORE`,
    `OPENING_OR_EVENT_AFTER`, `DISPUTES_IN_GENERAL`, `DECIDED_AGO` of its fact tables; a missing one
    vetoes nothing), and its `AGO`."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    general: re.Pattern[str]
    decided: re.Pattern[str]
    ago: re.Pattern[str]



@cache
def age_vetoes(module: ModuleType) -> AgeVetoes:
    """The compiled dispute-age vetoes of a language's fact tables."""
    def table(name: str) -> re.Pattern[str]:
        """One table of the language, or a pattern matching nothing."""
        return re.compile(getattr(module, name, NEVER))

    ago = getattr(module, "AGO", None)
    return AgeVetoes(table("NOT_AN_AGE_BEFORE"), table("OPENING_OR_EVENT_AFTER"),
                     table("DISPUTES_IN_GENERAL"), table("DECIDED_AGO"),
                     re.compile(rf" {ago}\b" if ago else NEVER))


ANSWER_WORDS = 2
"""A clause of a duration and at most this many words more ("like 10 days", «10 дней?») answers
the clause before it: the two are read as one for the dispute-age vetoes."""


def clause_of(text: str, c: Candidate) -> str:
    """The clause of the clause-marked text a duration stands in (`clause_at`)."""
    return clause_at(text, c.start, c.end)


def clause_at(text: str, at: int, to: int) -> str:
    """The clause of the clause-marked text the span `at`..`to` stands in, with the one before
    it when the span's is only a short answer to it ("how long does it take, like 10 days")."""
    start = text.rfind(CLAUSE_MARK, 0, at)
    end = text.find(CLAUSE_MARK, to)
    clause = text[start + 1:end if end >= 0 else len(text)]
    if start > 0 and len(clause.split()) <= len(text[at:to].split()) + ANSWER_WORDS:
        return text[text.rfind(CLAUSE_MARK, 0, start) + 1:end if end >= 0 else len(text)]
    return clause


def vetoed(t: Tables, module: ModuleType, text: str, c: Candidate, role: str) -> bool:
    """Whether the patterns' own tables say a duration plays no such role: said as a condition
    ("if it sits 10 days"), the time left ("5 days left"), another clock's ("processing time 7
    days"), or, for a dispute's age, tied to another event ("opened 1 week after delivery"),
    the wait before the opening ("opened it after waiting 40 days", «ждала 10 дней и открыла
    спор»), a time to come or since it was decided, or said of disputes in general ("how long
    does a dispute last", «спор 30 дней максимум длится?»)."""
    before, after = text[max(0, c.start - 100):c.start], text[c.end:c.end + 100]
    said_as = t.hypothetical.search(before)
    if said_as and not said_as.groupdict().get("bound"):
        return True
    if t.left_after.match(after) or t.other_clock[0].search(before) or t.other_clock[1].match(
            after):
        return True
    if role != DISPUTE_AGE:
        return False
    not_age = getattr(module, "NOT_AN_AGE_AFTER", "")
    if not_age and not re.match(not_age, after):
        return True
    veto = age_vetoes(module)
    return bool(veto.before.search(before) or veto.after.match(after)
                or veto.general.search(clause_of(text, c))
                or (veto.ago.match(after) and veto.decided.search(before)))


def opinion(model: RoleModel, reading: Reading, found: Mapping[str, str],
            said: Callable[[], Scored] | None = None) -> dict[str, str]:
    """The facts the role model adds to `found` (the patterns' facts) for one message;
    empty when unsure. `said`: the message's `scored` durations, when the caller has them."""
    t, module, text_for = reading.t, reading.module, reading.text_for
    missing = [key for key, role in KEY_ROLE.items()
               if key not in found and model.thresholds.get(role) is not None]
    if not missing or not t.pair.search(text_for("tracking_quiet_days")):
        return {}  # no unit of time at all
    marked = reading.marked()
    allowed: dict[str, Callable[[Candidate], bool]] = {}
    if "tracking_quiet_days" in missing and (
            check := _quiet_allowed(t, text_for("tracking_quiet_days"), marked, found)):
        allowed["tracking_quiet_days"] = check
    if "dispute_days" in missing and reading.dispute_in_play(found):
        allowed["dispute_days"] = lambda c: True
    if not allowed:
        return {}
    durations = said() if said else scored(model, reading)
    added: dict[str, str] = {}
    for key, check in allowed.items():
        role, other = KEY_ROLE[key], next(k for k in KEY_ROLE if k != key)
        threshold = model.thresholds[role]
        assert threshold is not None
        winners = [c for c, s in durations if s[role] >= threshold]
        if len(winners) != 1 or not check(winners[0]) or vetoed(t, module, marked, winners[0],
                                                                  role):
            continue
        days = winners[0].days
        if str(days) == found.get(other) or str(winners[0].hours) == found.get(
                "protection_hours"):
            continue  # the patterns gave this number another role
        added[key] = str(days)
    if "tracking_quiet_days" in added and found.get("tracking") in (None, "moving", "in_country"):
        added["tracking"] = quiet_tracking(int(added["tracking_quiet_days"]))
    return added


def weights_name(lang: str) -> str:
    """The file name of a language's role weights."""
    return f"{lang}.{SUFFIX}"


def shipped_bytes(lang: str) -> bytes:
    """The role weights shipped for a language."""
    return model_file(weights_name(lang), f"no role weights for {lang!r}: run `make model`")


def from_bytes(blob: bytes) -> RoleModel:
    """The role model a weights file holds."""
    head = header(blob)
    thresholds, vetoing = head.fields.get("thresholds", {}), head.fields.get("vetoes", {})
    return RoleModel(decode(blob, FEATURES), {r: thresholds.get(r) for r in KEY_ROLE.values()},
                     {r: vetoing.get(r) for r in VETO_ROLE.values()})


@cache
def shipped(lang: str) -> RoleModel | None:
    """A language's role model, loaded once; None (logged once) when it cannot be read."""
    try:
        return from_bytes(shipped_bytes(lang))
    except (WeightsError, KeyError, ValueError, OSError) as err:
        log.warning("no learned number roles for %s: %s", lang, type(err).__name__)
        return None


def gone_with(key: str, found: Mapping[str, str]) -> list[str]:
    """The facts a veto of `key` removes: the key, and what the patterns read from its value
    (the tracking state only when it is the one its days give)."""
    out = [key]
    for also in VETO_ALSO.get(key, ()):
        if also == "tracking" and found.get(also) != quiet_tracking(int(found[key])):
            continue  # "dead" since the start ("never worked, 12 days") is not the days' state
        if also in found:
            out.append(also)
    return out


def revise(model: RoleModel, reading: Reading, found: dict[str, str]) -> dict[str, str]:
    """Remove from `found` (the patterns' facts) the values the model vetoes, with what goes
    with them, and return the values it adds; a vetoed key gets no value in its place."""
    said = cache(lambda: scored(model, reading))  # scored once, only if a step needs it
    added = opinion(model, reading, found, said)  # read before the vetoes: none is refilled
    for key in vetoes(model, reading, found, said):
        for gone in gone_with(key, found):
            del found[gone]
    return added


def second_opinion(lang: str, reading: Reading, found: dict[str, str]) -> dict[str, str]:
    """`revise` with the shipped model of `lang`: removes the vetoed values from `found` and
    returns the added ones; never raises (no model: nothing added, nothing removed)."""
    try:
        model = shipped(lang)
        if model is None:
            return {}
        return revise(model, reading, found)
    except Exception:  # a second opinion we cannot give is one we don't have
        log.warning("learned number roles failed for %s", lang)
        return {}


def training_sha256(files: Sequence[bytes]) -> str:
    """Checksum of the training files' bytes, in order."""
    return sha256(b"".join(sha256(f).encode() for f in files))


def stale(blob: bytes, training: Sequence[bytes]) -> str | None:
    """Why a role weights file no longer matches the dev sets (`training`: their bytes, in the
    order of the header's `trained_on`) or `FEATURES`, if so."""
    head = header(blob)
    if head.corpus_sha256 != training_sha256(training):
        return "a dev set changed since the role weights were built: run `make model`"
    if head.features_sha256 != features_sha256(FEATURES):
        return "number_roles.FEATURES changed since the role weights were built: run `make model`"
    return None
