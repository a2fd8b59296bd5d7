"""The intent classifier: TF-IDF over character and word n-grams into a linear model.

One model per language, trained from the corpus once per process on first use (about a
second; `warm_up` does it at start-up). scikit-learn is imported only then, so importing
`flows` stays cheap for code that never reads free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from flows.routing import tokens
from flows.understanding.corpus import Example

MODELS = ("logreg", "svm")
DEFAULT_MODEL = "svm"
"""Chosen by cross-validation on the training corpus (`python -m benchmarks understanding`)."""
MAX_WORDS = 300
"""A problem is told first: the classifier reads this many words."""


def features_text(text: str) -> str:
    """What the vectorisers read: normalised words, every number as "0"."""
    return re.sub(r"\d+", "0", " ".join(tokens(text)[:MAX_WORDS]))


def pipeline(model: str = DEFAULT_MODEL) -> Any:
    """An untrained scikit-learn pipeline of the given kind."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.svm import LinearSVC

    features = FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                  min_df=1)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                  token_pattern=r"\b\w+\b")),
    ])
    if model == "svm":
        return make_pipeline(features, LinearSVC(C=0.5))
    return make_pipeline(features, LogisticRegression(C=30.0, max_iter=3000))


@dataclass
class Classifier:
    """A trained model and its labels; `rank` gives every label's score, best first."""

    model: Any
    kind: str

    @classmethod
    def train(cls, examples: Iterable[Example], kind: str = DEFAULT_MODEL) -> Classifier:
        """Fit a pipeline of `kind` on the examples."""
        rows = list(examples)
        model = pipeline(kind)
        model.fit([features_text(e.text) for e in rows], [e.label for e in rows])
        return cls(model, kind)

    def rank(self, text: str) -> list[tuple[str, float]]:
        """(label, score) best first; scores are probabilities (logreg) or softmaxed margins."""
        return self.rank_many([text])[0]

    def rank_many(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        """`rank` for several texts at once (faster in evaluation)."""
        prepared = [features_text(t) for t in texts]
        labels = list(self.model.classes_)
        if self.kind == "svm":
            import numpy as np

            margins = np.atleast_2d(self.model.decision_function(prepared))
            exp = np.exp((margins - margins.max(axis=1, keepdims=True)) * 5.0)
            matrix = exp / exp.sum(axis=1, keepdims=True)
        else:
            matrix = self.model.predict_proba(prepared)
        return [sorted(zip(map(str, labels), map(float, row), strict=True), key=lambda kv: -kv[1])
                for row in matrix]
