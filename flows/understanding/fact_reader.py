"""The learned second opinion on the category facts: where the patterns said nothing.

One small linear model per (language, fact) over the fact's values plus `UNSAID` ("the message
does not state it"), fitted on the retired dev sets by `scripts/build_fact_models.py` and
shipped as `model/<lang>.<fact>.weights` (the intent model's format, scored by the same plain
Python `Classifier`). It reads the text the patterns read for that key (`text_for(key)` in
`facts.extract`: a state key without the asked part of a yes/no question) with its clause ends
marked and each word in a negation's, a question's or a wish's scope prefixed (`scoped`: the
model learns that "neg_fake" is not "fake"), and states a value
only when its probability reaches the key's threshold, chosen by leave-one-set-out
cross-validation so that the additions it made there contradicted no label. An addition never
overrides a pattern's value. A key may also have a veto: when the model gives the pattern's value
almost no chance and is sure of another value (or that the message does not say it), the value
is dropped and the dialogue asks instead; a veto never puts another value in its place. A model
that cannot load gives no opinion.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict
from functools import cache
from types import MappingProxyType

from flows.languages import LANGUAGES
from flows.understanding.classifier import FEATURES, Classifier, features_text
from flows.understanding.fact_settings import Learned, Scope, Veto
from flows.understanding.vocabulary import FACTS
from flows.understanding.weights import WeightsError, decode, header, model_file

log = logging.getLogger(__name__)

Rows = Mapping[str, Sequence[tuple[re.Pattern[str], str | None]]]
"""A language's pattern rows per fact key, as `facts.Tables.facts` holds them."""
MARK_CLAUSE = "|"
"""`facts.CLAUSE_MARK` (kept equal by a test, like `MASK`)."""
_WORD = re.compile(r"\w")
_DIGITS = re.compile(r"\d+")
MASK = ""
"""`facts.MASK`: a row whose matches are blanked out (kept equal by a test; facts imports this
module, so it cannot import facts)."""

UNSAID = "unsaid"
"""The class of a message that does not state the fact ("none" is a dispute value)."""



ASKED = "qqasked"
"""Put before each "?" so a question's clause stays known once the clause ends are marked (a
word `normalise` keeps as it is; `scoped` drops it)."""
NEGATED, QUESTION, WISHED = "neg_", "q_", "want_"
"""The prefixes of a word in a negation's, a question's, a wish's scope."""
SCOPE_MARKED = True
"""The models read scope-marked words (`scoped`); False: the plain words (the comparison in
`scripts/build_fact_models.py cv --plain`)."""

MIN_DF = 2
"""An n-gram seen in one training message only is left out: smaller files, same decisions."""
MAX_WORDS = 32
"""The models read this many words (3 of the 2,720 messages in facts_dev..dev6 have more): a
long message costs no more than a short one."""



def _settings(lang: str) -> tuple[Mapping[str, Learned], Scope]:
    """A language's second opinions and scope words (`fact_models_<lang>.py`); none when it has
    no such file."""
    try:
        module = importlib.import_module(f"flows.understanding.fact_models_{lang}")
    except ModuleNotFoundError:
        return MappingProxyType({}), Scope(frozenset(), frozenset(), ())
    return MappingProxyType(dict(module.SECOND_OPINIONS)), module.SCOPE


_SETTINGS = {lang: _settings(lang) for lang in LANGUAGES}


SECOND_OPINIONS: Mapping[str, Mapping[str, Learned]] = MappingProxyType(
    {lang: opinions for lang, (opinions, _scope) in _SETTINGS.items()})
"""Language -> fact -> its model's settings, threshold and veto, from `fact_models_<lang>.py`; a
fact missing there gets no second opinion in that language. Chosen by leave-one-set-out
cross-validation over every dev set (additions: zero contradicting, at most 1 wrong per 100;
vetoes: at least 2 wrong or contradicting values removed per right one) and kept only where no
fact-table row or conversation test breaks (`PYTHONPATH=. python scripts/build_fact_models.py
choose`). Facts left out: nothing met both (docs/understanding.md)."""

SCOPES: Mapping[str, Scope] = MappingProxyType(
    {lang: scope for lang, (_opinions, scope) in _SETTINGS.items()})
"""Language -> the words that start a negation's, a question's, a wish's scope."""

LEARNED = ("tracking", "problem", "dispute", "order_status", "bank_gone", "several_items",
           "refund_wanted", "scam_request")
"""The facts a model is built for (the shipped ones are those with a threshold)."""

NOT_SHIPPED = ("verifying", "awaiting")
"""Order statuses before shipping: no tracking state then (as `facts.extract` rules for a
silence and for a missing number)."""


def weights_name(lang: str, key: str) -> str:
    """The file name of a (language, fact) model in the package's model folder."""
    return f"{lang}.{key}.weights"


def training_sha256(key: str, learned: Learned, sets: Iterable[bytes]) -> str:
    """Checksum of what a model was fitted on: the dev sets' bytes, its settings, the features
    (a weights file records it, so a changed set or setting without a rebuild is caught)."""
    digest = hashlib.sha256(json.dumps(
        {"key": key, "fit": asdict(learned) | {"threshold": None, "veto": None}, "min_df": MIN_DF,
         "max_words": MAX_WORDS, "scope_marked": SCOPE_MARKED,
         "features": FEATURES}, sort_keys=True).encode())
    for data in sets:
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def weights_bytes(lang: str, key: str) -> bytes:
    """The shipped weights file of a (language, fact) model."""
    return model_file(weights_name(lang, key), f"no fact model {weights_name(lang, key)}")


@cache
def model(lang: str, key: str) -> Classifier | None:
    """The (language, fact) model, loaded once; None (logged once) when it cannot load."""
    try:
        return decode(weights_bytes(lang, key))
    except (WeightsError, KeyError, ValueError) as err:
        log.warning("fact model %s unavailable, no second opinion: %s",
                    weights_name(lang, key), err)
        return None


NOT_ARRIVED = frozenset(FACTS["tracking"]) - {"delivered"}
"""Tracking states of a parcel that has not come."""


def consistent(key: str, found: Mapping[str, str]) -> bool:
    """Whether the patterns' facts leave room for a learned value of `key`."""
    if key == "tracking":
        return found.get("order_status") not in NOT_SHIPPED
    if key == "refund_wanted":
        return wish_allowed(found)
    return True


def wish_allowed(found: Mapping[str, str]) -> bool:
    """Whether facts leave room for what the buyer wants back (`refund_wanted`): a wish only for
    an item that came, with a problem, never for one missing, unshipped or on its way."""
    return "problem" in found or not (
        found.get("items_missing") or found.get("order_status") in (*NOT_SHIPPED, "cancelled")
        or found.get("tracking") in NOT_ARRIVED)


def reading(rows: Rows, key: str, text: str) -> tuple[str, bool]:
    """(the text a model reads for `key`, whether a pattern row decided the key).

    The key's look-alikes are blanked as `facts.extract` blanks them (a `MASK` row: "the tracking
    does not work" is no broken item); a row that matches decided the key, with a value or with
    None (the fact is not in this message), so the model is not asked."""
    decided = False
    for pattern, value in rows.get(key, ()):
        if value == MASK:
            text = pattern.sub(" ", text)
        elif pattern.search(text):
            decided = True
    return text, decided


def asked(text: str) -> str:
    """`text` with `ASKED` before each "?" (read by `scoped` once the clause ends are marked)."""
    return text.replace("?", f" {ASKED} ?")


def _starts(words: Sequence[str], at: int, runs: Iterable[tuple[str, ...]]) -> int:
    """The length of the run in `runs` that starts at `words[at]`, else 0."""
    for run in runs:
        if tuple(words[at:at + len(run)]) == run:
            return len(run)
    return 0


def scoped(marked: str, scope: Scope, limit: int | None = None) -> str:
    """The words of a clause-marked text (`facts._clauses` of `asked(text)`), each word in a
    negation's scope prefixed `NEGATED`, in a wish's `WISHED`, in a question's `QUESTION`
    (scopes end with the clause); numbers as "0", signs and clause marks left out; with
    `limit`, at least its first `limit` words (a long message costs no more than a short one)."""
    out: list[str] = []
    for clause in marked.split(MARK_CLAUSE):
        if limit is not None and len(out) >= limit:
            break
        words = [w for w in clause.split() if _WORD.search(w)]
        question = ASKED in words or bool(words and words[0] in scope.questions) or any(
            w in scope.particles for w in words)
        negated = wished = False
        at = 0
        while at < len(words) and (limit is None or len(out) < limit):
            word = words[at]
            run = _starts(words, at, scope.wishes)
            if word == ASKED:
                at += 1
                continue
            prefix = (QUESTION if question else "") + (WISHED if wished else "") + (
                NEGATED if negated else "")
            out.append(prefix + _DIGITS.sub("0", word))
            if word in scope.negations:
                negated = True
            if run:
                out.extend(prefix + w for w in words[at + 1:at + run])
                wished = True
                at += run
            else:
                at += 1
    return " ".join(out)


def prepared(text: str) -> str:
    """What a fact model reads: the intent model's `features_text`, its first `MAX_WORDS`."""
    # only the start is tokenised: a clause mark or a sign may be a word of its own here
    start = " ".join(text.split(maxsplit=3 * MAX_WORDS)[:3 * MAX_WORDS])
    return " ".join(features_text(start).split()[:MAX_WORDS])


def read_text(lang: str, said: str, clauses: str) -> str:
    """What a fact model reads: the scope-marked clauses (`scoped`), or the plain words of the
    key's text when `SCOPE_MARKED` is off; its first `MAX_WORDS`."""
    if SCOPE_MARKED:
        return " ".join(scoped(clauses, SCOPES[lang], MAX_WORDS).split()[:MAX_WORDS])
    return prepared(said)


def ranked(lang: str, key: str, text: str, read: str) -> list[tuple[str, float]] | None:
    """The model's values for `key` in `text` (`read` is what it reads), best first; None when
    there is no model or it knows no word of `read` (nothing to go on)."""
    reader = model(lang, key)
    if reader is None or not reader.known_words(read):
        return None
    return reader.rank(text, read)


def opinion(lang: str, key: str, text: str, threshold: float, read: str) -> str | None:
    """The model's value for `key` in `text` (`read` is what it reads) when it is at least
    `threshold` sure, else None."""
    values = ranked(lang, key, text, read)
    if values is None:
        return None
    label, score = values[0]
    return label if label != UNSAID and score >= threshold else None


def vetoes(values: Sequence[tuple[str, float]], value: str, veto: Veto) -> bool:
    """Whether the model's `values` drop a pattern's `value`: it gives that value at most
    `veto.below` and another value (or `UNSAID`) at least `veto.sure`."""
    given = dict(values).get(value, 0.0)
    other = next((score for label, score in values if label != value), 0.0)
    return given <= veto.below and other >= veto.sure


def second_opinion(lang: str, text_for: Callable[[str], str], found: Mapping[str, str],
                   rows: Rows, clauses_for: Callable[[str], str],
                   ruled_out: frozenset[str] = frozenset()) -> dict[str, str]:
    """`found` with a learned value added for each fact the patterns left empty and each
    pattern value the model vetoes left out (`rows`: the language's pattern rows per key,
    `facts.Tables.facts`; `clauses_for(key)`: the key's text with its clause ends marked,
    `facts._clauses` of `asked(...)`; `ruled_out`: keys rules outside `rows` decided to leave
    unsaid, never added); an addition never replaces a value and a veto never puts another in
    its place; never raises."""
    revised = dict(found)
    read: dict[tuple[str, str], str] = {}  # most keys read the same text: prepare it once

    def ready(said: str, clauses: str) -> str:
        """`read_text(lang, said, clauses)`, once per text."""
        if (said, clauses) not in read:
            read[said, clauses] = read_text(lang, said, clauses)
        return read[said, clauses]

    for key, learned in SECOND_OPINIONS.get(lang, {}).items():
        try:
            if key in found:
                if learned.veto is None:
                    continue
                # read as the model was fitted: the key's look-alikes blanked
                text = reading(rows, key, text_for(key))[0]
                values = ranked(lang, key, text, ready(
                    text, reading(rows, key, clauses_for(key))[0]))
                if values is not None and vetoes(values, found[key], learned.veto):
                    del revised[key]
                continue
            if learned.threshold is None or key in ruled_out or not consistent(key, found):
                continue
            said, clauses = text_for(key), clauses_for(key)
            # the text as it is first: the pattern rows run again only when the model would
            # speak (their blanks take look-alike words away, which makes it no surer)
            if opinion(lang, key, said, learned.threshold, ready(said, clauses)) is None:
                continue
            text, decided = reading(rows, key, said)
            clauses = reading(rows, key, clauses)[0]
            value = None if decided else opinion(lang, key, text, learned.threshold,
                                                 ready(text, clauses))
        except Exception:  # a model that fails to score gives no opinion
            log.warning("fact model %s failed to score", weights_name(lang, key))
            continue
        if value is not None:
            revised[key] = value
    return revised


def stale(lang: str, key: str, sets: Iterable[bytes]) -> str | None:
    """Why a shipped (language, fact) model no longer matches its dev sets or settings, if so."""
    learned = SECOND_OPINIONS[lang][key]
    if header(weights_bytes(lang, key)).corpus_sha256 != training_sha256(key, learned, sets):
        return (f"the dev sets or the settings changed since {weights_name(lang, key)} was "
                f"built: run `make model`")
    return None
