"""The learned second opinion on the category facts: where the patterns said nothing.

One small linear model per (language, fact) over the fact's values plus `UNSAID` ("the message
does not state it"), fitted on the retired dev sets by `scripts/build_fact_models.py` and
shipped as `model/<lang>.<fact>.weights` (the intent model's format, scored by the same plain
Python `Classifier`). It reads the text the patterns read for that key (`text_for(key)` in
`facts.extract`: a state key without the asked part of a yes/no question) and states a value
only when its probability reaches the key's threshold, chosen by leave-one-set-out
cross-validation so that the additions it made there contradicted no label. It never overrides
or removes a pattern's value, and a model that cannot load gives no opinion.
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
from importlib import resources
from types import MappingProxyType

from flows.languages import LANGUAGES
from flows.understanding.classifier import FEATURES, Classifier, features_text
from flows.understanding.fact_settings import Learned
from flows.understanding.weights import FOLDER, PACKAGE, WeightsError, decode, header

log = logging.getLogger(__name__)

Rows = Mapping[str, Sequence[tuple[re.Pattern[str], str | None]]]
"""A language's pattern rows per fact key, as `facts.Tables.facts` holds them."""
MASK = ""
"""`facts.MASK`: a row whose matches are blanked out (kept equal by a test; facts imports this
module, so it cannot import facts)."""

UNSAID = "unsaid"
"""The class of a message that does not state the fact ("none" is a dispute value)."""



MIN_DF = 2
"""An n-gram seen in one training message only is left out: smaller files, same decisions."""
MAX_WORDS = 32
"""The models read this many words (3 of the 2,720 messages in facts_dev..dev6 have more): a
long message costs no more than a short one."""



def _opinions(lang: str) -> Mapping[str, Learned]:
    """A language's second opinions (`fact_models_<lang>.py`); none when it has no such file."""
    try:
        module = importlib.import_module(f"flows.understanding.fact_models_{lang}")
    except ModuleNotFoundError:
        return MappingProxyType({})
    return MappingProxyType(dict(module.SECOND_OPINIONS))


SECOND_OPINIONS: Mapping[str, Mapping[str, Learned]] = MappingProxyType(
    {lang: _opinions(lang) for lang in LANGUAGES})
"""Language -> fact -> its model's settings and threshold, from `fact_models_<lang>.py`; a fact
missing there gets no second opinion in that language. The settings and a first threshold come
from leave-one-set-out cross-validation (`PYTHONPATH=. python scripts/build_fact_models.py cv`:
zero contradicting, zero wrong additions); the threshold was then raised above the score of
every learned value that broke a facts test (`scripts/fact_opinion_probe.py`): the models are
confidently wrong on negations, questions and intentions, which the pattern tables' tests hold.
Facts left out: no threshold met both (docs/understanding.md)."""

LEARNED = ("tracking", "problem", "dispute", "order_status", "bank_gone", "several_items")
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
        {"key": key, "fit": asdict(learned) | {"threshold": None}, "min_df": MIN_DF,
         "max_words": MAX_WORDS,
         "features": FEATURES}, sort_keys=True).encode())
    for data in sets:
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def weights_bytes(lang: str, key: str) -> bytes:
    """The shipped weights file of a (language, fact) model."""
    path = resources.files(PACKAGE).joinpath(FOLDER, weights_name(lang, key))
    try:
        return path.read_bytes()
    except (FileNotFoundError, OSError) as err:
        raise WeightsError(f"no fact model {weights_name(lang, key)}") from err


@cache
def model(lang: str, key: str) -> Classifier | None:
    """The (language, fact) model, loaded once; None (logged once) when it cannot load."""
    try:
        return decode(weights_bytes(lang, key))
    except (WeightsError, KeyError, ValueError) as err:
        log.warning("fact model %s unavailable, no second opinion: %s",
                    weights_name(lang, key), err)
        return None


def consistent(key: str, found: Mapping[str, str]) -> bool:
    """Whether the patterns' facts leave room for a learned value of `key`."""
    if key == "tracking":
        return found.get("order_status") not in NOT_SHIPPED
    return True


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


def prepared(text: str) -> str:
    """What a fact model reads: the intent model's `features_text`, its first `MAX_WORDS`."""
    # only the start is tokenised: a clause mark or a sign may be a word of its own here
    start = " ".join(text.split(maxsplit=3 * MAX_WORDS)[:3 * MAX_WORDS])
    return " ".join(features_text(start).split()[:MAX_WORDS])


def opinion(lang: str, key: str, text: str, threshold: float, read: str) -> str | None:
    """The model's value for `key` in `text` (`read` is its `prepared` form) when it is at least
    `threshold` sure, else None."""
    reader = model(lang, key)
    if reader is None:
        return None
    if not reader.known_words(read):
        return None  # no word the model has seen: nothing to go on
    label, score = reader.rank(text, read)[0]
    return label if label != UNSAID and score >= threshold else None


def second_opinion(lang: str, text_for: Callable[[str], str], found: Mapping[str, str],
                   rows: Rows) -> dict[str, str]:
    """Learned values for the facts the patterns left empty (`rows`: the language's pattern
    rows per key, `facts.Tables.facts`); never raises."""
    added: dict[str, str] = {}
    read: dict[str, str] = {}  # most keys read the same text: prepare it once

    def ready(text: str) -> str:
        """`prepared(text)`, once per text."""
        if text not in read:
            read[text] = prepared(text)
        return read[text]

    for key, learned in SECOND_OPINIONS.get(lang, {}).items():
        if key in found or not consistent(key, found):
            continue
        try:
            said = text_for(key)
            # the text as it is first: the pattern rows run again only when the model would
            # speak (their blanks take look-alike words away, which makes it no surer)
            if opinion(lang, key, said, learned.threshold, ready(said)) is None:
                continue
            text, decided = reading(rows, key, said)
            value = None if decided else opinion(lang, key, text, learned.threshold, ready(text))
        except Exception:  # a model that fails to score gives no opinion
            log.warning("fact model %s failed to score", weights_name(lang, key))
            value = None
        if value is not None:
            added[key] = value
    return added


def stale(lang: str, key: str, sets: Iterable[bytes]) -> str | None:
    """Why a shipped (language, fact) model no longer matches its dev sets or settings, if so."""
    learned = SECOND_OPINIONS[lang][key]
    if header(weights_bytes(lang, key)).corpus_sha256 != training_sha256(key, learned, sets):
        return (f"the dev sets or the settings changed since {weights_name(lang, key)} was "
                f"built: run `make model`")
    return None
