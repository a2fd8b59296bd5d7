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

from flows.understanding.corpus import Example
from flows.understanding.text import tokens

MODELS = ("logreg", "svm")
DEFAULT_MODEL = "svm"
"""Chosen by cross-validation on the training corpus (`python -m benchmarks understanding`)."""
SVM_SCALE = 5.0
"""Margins times this, softmaxed, give scores on about the scale of probabilities."""
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
    """A trained model and its labels; `rank` gives every label's score, best first.

    Scoring one message goes around scikit-learn's per-call checks (about 3 ms): the
    fitted vocabularies, idf weights and coefficients are read into plain arrays once.
    """

    model: Any
    kind: str

    def __post_init__(self) -> None:
        """Pull what `rank` needs out of the fitted pipeline."""
        import numpy as np

        union, linear = self.model.steps[0][1], self.model.steps[-1][1]
        self._blocks = []
        offset = 0
        for _name, vectoriser in union.transformer_list:
            size = len(vectoriser.vocabulary_)
            self._blocks.append((vectoriser.build_analyzer(), vectoriser.vocabulary_,
                                 vectoriser.idf_, offset))
            offset += size
        self._labels = [str(c) for c in linear.classes_]
        self._coef = np.asarray(linear.coef_.T if linear.coef_.shape[0] > 1 else
                                np.vstack([-linear.coef_, linear.coef_]).T)
        self._intercept = np.asarray(linear.intercept_ if len(linear.intercept_) > 1 else
                                     np.hstack([-linear.intercept_, linear.intercept_]))

    @classmethod
    def train(cls, examples: Iterable[Example], kind: str = DEFAULT_MODEL) -> Classifier:
        """Fit a pipeline of `kind` on the examples."""
        rows = list(examples)
        model = pipeline(kind)
        model.fit([features_text(e.text) for e in rows], [e.label for e in rows])
        return cls(model, kind)

    def _scores(self, prepared: str) -> Any:
        """The linear model's raw scores for one message (TF-IDF done by hand, as fitted)."""
        import numpy as np

        total = self._intercept.copy()
        for analyse, vocabulary, idf, offset in self._blocks:
            counts: dict[int, int] = {}
            for gram in analyse(prepared):
                index = vocabulary.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            if not counts:
                continue
            idx = np.fromiter(counts, dtype=np.intp, count=len(counts))
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=float,
                                                count=len(counts)))) * idf[idx]
            weights /= np.sqrt(weights @ weights)
            total += weights @ self._coef[offset + idx]
        return total

    def known_words(self, prepared: str) -> int:
        """How many words of a `features_text` the corpus has (none: noise to this model)."""
        words = self._blocks[-1][1]
        return sum(w in words for w in prepared.split())

    def _to_scores(self, raw: Any) -> Any:
        """Scores that sum to 1: probabilities (logreg) or margins softmaxed alike (svm)."""
        import numpy as np

        scaled = raw * (SVM_SCALE if self.kind == "svm" else 1.0)
        exp = np.exp(scaled - scaled.max())
        return exp / exp.sum()

    def rank(self, text: str, prepared: str | None = None) -> list[tuple[str, float]]:
        """(label, score) best first; scores are probabilities (logreg) or softmaxed margins.

        `prepared` is `features_text(text)` when the caller has it already."""
        raw = self._scores(features_text(text) if prepared is None else prepared)
        scores = self._to_scores(raw)
        return sorted(zip(self._labels, map(float, scores), strict=True), key=lambda kv: -kv[1])

    def rank_many(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        """`rank` for several texts."""
        return [self.rank(t) for t in texts]
