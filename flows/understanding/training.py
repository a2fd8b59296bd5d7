"""Fitting the intent model with scikit-learn: only at build time (`make model`), in the
benchmarks and in the tests; never in the bot. Needs the `train` (or `dev`) extra.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from flows.understanding.classifier import (
    DEFAULT_MODEL,
    FEATURES,
    Block,
    Classifier,
    features_text,
)
from flows.understanding.corpus import Example
from flows.understanding.vocabulary_table import VocabularyTable


def pipeline(model: str = DEFAULT_MODEL) -> Any:
    """An untrained scikit-learn pipeline of the given kind, built from `FEATURES`."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.svm import LinearSVC

    tfidf = FEATURES["tfidf"]
    vectorisers = []
    for block in FEATURES["blocks"]:
        options = {"token_pattern": block["token_pattern"]} if "token_pattern" in block else {}
        vectorisers.append((block["name"], TfidfVectorizer(
            analyzer=block["analyzer"], ngram_range=tuple(block["ngram_range"]),
            lowercase=tfidf["lowercase"], sublinear_tf=tfidf["sublinear_tf"],
            norm=tfidf["norm"], smooth_idf=tfidf["smooth_idf"], **options)))
    features = FeatureUnion(vectorisers)
    if model == "svm":
        svm = FEATURES["svm"]
        return make_pipeline(features, LinearSVC(C=svm["C"], random_state=svm["random_state"]))
    logreg = FEATURES["logreg"]
    return make_pipeline(features, LogisticRegression(
        C=logreg["C"], max_iter=logreg["max_iter"], random_state=logreg["random_state"]))


def fitted(examples: Iterable[Example], kind: str = DEFAULT_MODEL) -> Any:
    """A scikit-learn pipeline of `kind` fitted on the examples."""
    rows = list(examples)
    model = pipeline(kind)
    model.fit([features_text(e.text) for e in rows], [e.label for e in rows])
    return model


def from_pipeline(model: Any, kind: str,
                  block_settings: Sequence[Mapping[str, Any]] | None = None) -> Classifier:
    """The plain-Python classifier holding a fitted pipeline's weights (`block_settings`: its
    vectorisers' blocks, `FEATURES["blocks"]` when not given)."""
    import numpy as np

    union, linear = model.steps[0][1], model.steps[-1][1]
    blocks: list[Block] = []
    idf: list[float] = []
    offset = 0
    for (name, vectoriser), settings in zip(union.transformer_list,
                                           block_settings or FEATURES["blocks"],
                                           strict=True):
        vocabulary = vectoriser.vocabulary_
        in_row_order = sorted(vocabulary, key=vocabulary.__getitem__)
        blocks.append(Block(name, settings, VocabularyTable.build(in_row_order, offset)))
        idf.extend(float(x) for x in vectoriser.idf_)
        offset += len(vocabulary)
    coef = np.asarray(linear.coef_, dtype=np.float64)
    intercept = np.asarray(linear.intercept_, dtype=np.float64)
    if coef.shape[0] == 1:  # two labels: scikit-learn keeps one side only
        coef, intercept = np.vstack([-coef, coef]), np.hstack([-intercept, intercept])
    table = array("f", np.ascontiguousarray(coef, dtype=np.float32).tobytes())  # label-major
    return Classifier(kind, tuple(str(c) for c in linear.classes_), tuple(blocks),
                      array("f", idf), table, tuple(float(x) for x in intercept))


def fit(examples: Iterable[Example], kind: str = DEFAULT_MODEL) -> Classifier:
    """Fit a model of `kind` on the examples and keep only its weights."""
    return from_pipeline(fitted(examples, kind), kind)
