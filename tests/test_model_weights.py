"""The intent model ships as data: the weights in the package are what a fresh fit gives.

The held-out lines are only inputs here: a failure names the line number, never its text.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from flows.understanding import intent_model, understand, warm_up
from flows.understanding.classifier import FEATURES, features_text
from flows.understanding.corpus import languages, load
from flows.understanding.vocabulary_table import VocabularyTable
from flows.understanding.weights import (
    MAGIC,
    WeightsError,
    decode,
    encode,
    header,
    sha256,
    shipped_bytes,
    stale,
)

HELDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
TOLERANCE = 1e-4
"""Scores are float32 in the file; a fresh fit keeps float64."""


def heldout_texts(lang: str) -> list[str]:
    """The held-out messages of a language (labels and facts dropped)."""
    lines = (HELDOUT / f"heldout_{lang}.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t", 2)[2] for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("lang", languages())
def test_shipped_weights_match_the_corpus_and_settings(lang: str) -> None:
    assert stale(lang) is None


def test_a_corpus_line_added_without_make_model_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.understanding.weights as weights

    original = weights.corpus_bytes
    monkeypatch.setattr(weights, "corpus_bytes",
                        lambda lang: original(lang) + b"help\tnew line nobody fitted\n")
    assert "make model" in (stale("en") or "")


def test_a_changed_feature_setting_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(FEATURES, "max_words", 301)
    assert "FEATURES changed" in (stale("ru") or "")


@pytest.mark.parametrize("lang", languages())
def test_shipped_weights_rank_heldout_lines_as_a_fresh_fit(lang: str) -> None:
    pytest.importorskip("sklearn", reason="fitting needs the train extra")
    import numpy as np

    from flows.understanding.training import fitted, from_pipeline

    pipeline = fitted(load(lang))
    fresh, shipped = from_pipeline(pipeline, "svm"), intent_model(lang)
    texts = heldout_texts(lang)
    margins = pipeline.decision_function([features_text(t) for t in texts])
    assert shipped.labels == tuple(pipeline.classes_)
    for number, (text, margin) in enumerate(zip(texts, margins, strict=True), 1):
        ours, theirs = dict(shipped.rank(text)), dict(fresh.rank(text))
        assert shipped.rank(text)[0][0] == pipeline.classes_[int(np.argmax(margin))], number
        assert max(abs(ours[k] - theirs[k]) for k in ours) < TOLERANCE, number
        raw = shipped._scores(features_text(text))
        assert max(abs(a - b) for a, b in zip(raw, margin, strict=True)) < TOLERANCE, number


@pytest.mark.parametrize("lang", languages())
def test_the_weights_file_round_trips_byte_for_byte(lang: str) -> None:
    blob = shipped_bytes(lang)
    model = decode(blob)
    assert encode(model, lang, header(blob).corpus_sha256) == blob
    assert header(blob).corpus_sha256 == sha256(
        (Path(__file__).resolve().parent.parent / "flows" / "understanding" / "corpus"
         / f"{lang}.tsv").read_bytes())


def test_a_damaged_weights_file_is_refused() -> None:
    raw = bytearray(gzip.decompress(shipped_bytes("en")))
    raw[-10] ^= 0xFF
    with pytest.raises(WeightsError, match="checksum"):
        decode(gzip.compress(bytes(raw)))
    with pytest.raises(WeightsError, match="not a weights file"):
        decode(b"not gzip at all")


def test_a_weights_file_of_another_format_version_is_refused() -> None:
    raw = gzip.decompress(shipped_bytes("en")).replace(b'"version": 1', b'"version": 9', 1)
    assert raw.startswith(MAGIC)
    with pytest.raises(WeightsError, match="format version 9"):
        decode(gzip.compress(raw))


@pytest.mark.process
def test_understanding_needs_neither_scikit_learn_nor_numpy() -> None:
    probe = ("import sys; import flows.understanding as u; u.warm_up(); "
             "r = u.understand('my parcel never arrived', 'en'); "
             "print(r.intent, [m for m in ('sklearn', 'scipy', 'numpy') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.split() == ["notreceived", "[]"]


def test_understanding_still_reads_a_message_after_warm_up() -> None:
    warm_up()
    assert understand("the seller has not shipped my order", "en").intent == "notshipped"


def test_the_ngram_table_finds_every_ngram_and_nothing_else() -> None:
    grams = ["ab", " пр", "при", "b c", "x", "", "long gram here", *map(str, range(300))]
    table = VocabularyTable.build(grams, first_row=10)
    assert [table.get(g) for g in grams] == list(range(10, 10 + len(grams)))
    assert table.get("zz") is None and "abc" not in table and "x" in table
    assert list(table) == grams and len(table) == len(grams)
    again = VocabularyTable.from_bytes(*table.to_bytes(), first_row=10)
    assert [again.get(g) for g in grams] == [table.get(g) for g in grams]


def test_an_ngram_table_more_than_half_full_is_refused() -> None:
    grams, starts, _slots = VocabularyTable.build(["a", "b", "c"]).to_bytes()
    with pytest.raises(ValueError, match="half full"):
        VocabularyTable.from_bytes(grams, starts, bytes(8))
