"""The intent classifier: TF-IDF over character and word n-grams into a linear model.

One model per language. The bot never trains: it scores from fitted weights shipped in the
package (`weights.py`, rebuilt by `make model`), in plain Python: a compact table from n-gram
to row (`vocabulary_table.py`) and one `array('f')` of coefficients, so production needs
neither scikit-learn nor NumPy.
`training.py` fits the same model with scikit-learn (a `train`/`dev` extra); nothing here
imports it, so production never needs scikit-learn.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from flows.understanding.text import tokens
from flows.understanding.vocabulary_table import VocabularyTable

MODELS = ("logreg", "svm")
DEFAULT_MODEL = "svm"
"""Chosen by cross-validation on the training corpus (`python -m benchmarks understanding`)."""
SVM_SCALE = 5.0
"""Margins times this, softmaxed, give scores on about the scale of probabilities."""
MAX_WORDS = 300
"""A problem is told first: the classifier reads this many words."""

FEATURES: Mapping[str, Any] = {
    "max_words": MAX_WORDS,
    "numbers_as": "0",
    "blocks": [
        {"name": "chars", "analyzer": "char_wb", "ngram_range": [2, 5]},
        {"name": "words", "analyzer": "word", "ngram_range": [1, 2],
         "token_pattern": r"\b\w+\b"},
    ],
    "tfidf": {"lowercase": True, "sublinear_tf": True, "norm": "l2", "smooth_idf": True},
    "svm": {"C": 0.5, "scale": SVM_SCALE, "random_state": 0},
    "logreg": {"C": 30.0, "max_iter": 3000, "random_state": 0},
}
"""Everything that decides what a model learns besides the corpus; the weights file carries
its checksum, so changing a setting here without `make model` fails a test."""

_SPACES = re.compile(r"\s\s+")


def features_text(text: str) -> str:
    """What the vectorisers read: normalised words, every number as "0"."""
    return re.sub(r"\d+", FEATURES["numbers_as"], " ".join(tokens(text)[:MAX_WORDS]))


def char_wb_grams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, padded with a space (scikit-learn's char_wb)."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            grams.extend(padded[start:start + n] for start in range(max(size - n + 1, 1)))
            if size <= n:  # a short word counts once, as the whole padded word
                break
    return grams


def word_grams(text: str, low: int, high: int, pattern: str) -> list[str]:
    """Word n-grams of the tokens `pattern` finds (scikit-learn's "word" analyzer)."""
    words = re.findall(pattern, text.lower())
    grams: list[str] = []
    for n in range(low, min(high, len(words)) + 1):
        grams.extend(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))
    return grams


@dataclass(frozen=True)
class Block:
    """One vectoriser's fitted part: its n-grams and their rows in the coefficient table."""

    name: str
    settings: Mapping[str, Any]
    rows: VocabularyTable
    """n-gram -> global row (rows of all blocks are numbered one after the other)."""

    def grams(self, prepared: str) -> list[str]:
        """The n-grams of a `features_text`, as this block's vectoriser cut them."""
        low, high = self.settings["ngram_range"]
        if self.settings["analyzer"] == "char_wb":
            return char_wb_grams(prepared, low, high)
        return word_grams(prepared, low, high, self.settings["token_pattern"])


@dataclass(frozen=True)
class Classifier:
    """Fitted weights and labels; `rank` gives every label's score, best first.

    `idf` holds one float per row (n-gram), `coef` one run of len(idf) floats per label.
    """

    kind: str
    labels: tuple[str, ...]
    blocks: tuple[Block, ...]
    idf: Sequence[float]
    coef: Sequence[float]
    intercept: tuple[float, ...]

    @cached_property
    def _columns(self) -> tuple[memoryview, ...]:
        """Each label's coefficients over all rows (views into `coef`, no copy)."""
        rows = len(self.idf)
        whole = memoryview(self.coef)  # type: ignore[arg-type]  # an array or a view of one
        return tuple(whole[j * rows:(j + 1) * rows] for j in range(len(self.labels)))

    def _scores(self, prepared: str) -> list[float]:
        """The linear model's raw scores for one message (TF-IDF done by hand, as fitted)."""
        rows: list[int] = []
        weights: list[float] = []
        for block in self.blocks:
            counts: dict[int, int] = {}
            # each distinct n-gram is looked up once (a repeated word repeats its n-grams)
            for gram, n in Counter(block.grams(prepared)).items():
                row = block.rows.get(gram)
                if row is not None:
                    counts[row] = n
            if not counts:
                continue
            tfidf = [(1.0 + math.log(n)) * self.idf[row] for row, n in counts.items()]
            norm = math.sqrt(sum(w * w for w in tfidf))
            rows.extend(counts)
            weights.extend(w / norm for w in tfidf)
        return [bias + sum(map(operator.mul, weights, map(column.__getitem__, rows)))
                for bias, column in zip(self.intercept, self._columns, strict=True)]

    def known_words(self, prepared: str) -> int:
        """How many words of a `features_text` the corpus has (none: noise to this model)."""
        words = self.blocks[-1].rows
        return sum(w in words for w in prepared.split())

    def _to_scores(self, raw: Sequence[float]) -> list[float]:
        """Scores that sum to 1: probabilities (logreg) or margins softmaxed alike (svm)."""
        scale = SVM_SCALE if self.kind == "svm" else 1.0
        top = max(raw) * scale
        exp = [math.exp(r * scale - top) for r in raw]
        total = sum(exp)
        return [e / total for e in exp]

    def rank(self, text: str, prepared: str | None = None) -> list[tuple[str, float]]:
        """(label, score) best first; scores are probabilities (logreg) or softmaxed margins.

        `prepared` is `features_text(text)` when the caller has it already."""
        raw = self._scores(features_text(text) if prepared is None else prepared)
        scores = self._to_scores(raw)
        return sorted(zip(self.labels, scores, strict=True), key=lambda kv: -kv[1])

    def rank_many(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        """`rank` for several texts."""
        return [self.rank(t) for t in texts]
