"""Fit the learned second opinion on the category facts (`flows/understanding/fact_reader.py`).

    PYTHONPATH=. python scripts/build_fact_models.py        write model/<lang>.<fact>.weights for
                                                             the shipped settings and remove the
                                                             others (`make model` runs it)
    PYTHONPATH=. python scripts/build_fact_models.py cv     leave-one-set-out over every dev set:
                                                             additions per threshold, vetoes per
                                                             (below, sure), the new sets apart
    PYTHONPATH=. python scripts/build_fact_models.py choose the CV, then the guard (the fact
                                                             tables and the conversation tests
                                                             that read facts, in process): the
                                                             settings that meet both

Trains ONLY on the training sets (`benchmarks.understanding.TRAINING`: the dev sets and the
retired fresh sets). Each message is read as the patterns read it: `facts.extract` runs with the
second opinion replaced by a recorder of `text_for(key)` and of the patterns' facts at that
point, so the models see the same text, additions are counted only where the patterns left the
key empty, and vetoes only on the patterns' values. Needs scikit-learn (the `train` or `dev`
extra); prints aggregate figures only, never a line. The CV is cached in the temp folder
(`CACHE`), keyed by the dev sets, the pattern tables and the features.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import pickle
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any
from unittest import mock

from benchmarks.understanding import DATA, TRAINING, read_heldout
from flows.understanding import extract_facts, fact_reader
from flows.understanding import facts as facts_module
from flows.understanding.classifier import FEATURES
from flows.understanding.corpus import languages
from flows.understanding.fact_reader import (
    LEARNED,
    MIN_DF,
    SECOND_OPINIONS,
    UNSAID,
    Learned,
    Rows,
    consistent,
    read_text,
    reading,
    training_sha256,
    weights_name,
)
from flows.understanding.fact_settings import Veto
from flows.understanding.training import from_pipeline
from flows.understanding.vocabulary import FACTS
from flows.understanding.weights import FOLDER, decode, encode
from scripts.role_tables import TABLES

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "flows" / "understanding" / FOLDER
TESTS = ROOT / "tests"
CACHE = Path(tempfile.gettempdir()) / "refundbot-fact-cv"
NEW = ("facts_dev8", "facts_dev9", "facts_dev10", "facts_dev11", "facts_dev12", "facts_dev13",
       "facts_dev14", "facts_dev15", "facts_dev16", "facts_dev17", "facts_dev18", "facts_dev19",
       "facts_dev20", "facts_dev21", "facts_dev22",
       "facts_dev23")
"""The training sets no pattern was tuned on: their folds are the honest figure."""
GRID = (Learned(0.0, 3.0, True),)
"""The setting tried: C=3 with balanced class weights (it gave the most right additions on EN
tracking among C=3, C=3 balanced and C=30; eleven folds of a wider grid do not fit two cores)."""
HIGH = (0.95, 0.97, 0.973, 0.98, 0.99, 0.995, 0.998, 0.999)
"""Thresholds the CV also reports for the chosen setting: a facts test may need one this high."""
FLOOR = 0.5
"""No threshold below this: the second opinion speaks only when the model is sure."""
WRONG_PER_100 = 1
"""The CV rule: zero contradicting additions, at most this many wrong ones per 100."""
ADD_KEYS = ("tracking", "refund_wanted", "scam_request")
"""The facts an addition is tried for (the others' additions broke the fact tables at every
threshold the CV allowed: docs/understanding.md)."""
VETO_KEYS = ("tracking", "problem", "dispute", "order_status", "several_items")
"""The facts a veto is tried for."""
LEARNED_KEYS = tuple(dict.fromkeys((*ADD_KEYS, *VETO_KEYS)))
VETO_BELOW = (0.01, 0.02, 0.05, 0.1, 0.2)
"""The highest probability of the pattern's value a veto may see."""
VETO_SURE = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)
"""The lowest probability of another value (or `UNSAID`) a veto needs."""
VETO_RATIO = 2
"""The vetoes' rule: over all folds, at least this many wrong or contradicting values removed
for each right one (and at least this many in all)."""
CONVERSATIONS = ("test_facts.py", "test_free_text.py", "test_listening.py",
                 "test_one_message.py", "test_reminders_buttons.py",
                 "test_silence_beside_protection.py", "test_understanding.py")
"""The conversation and fact tests beyond the tables that read the facts (the guard runs them)."""


@dataclass(frozen=True)
class Seen:
    """One dev message as the patterns read it: the text per key, their facts, the labels."""

    lang: str
    texts: Mapping[str, str]
    clauses: Mapping[str, str]
    """Per key, its text with the clause ends marked (what `scoped` reads)."""
    patterns: Mapping[str, str]
    labels: Mapping[str, str]
    decided: frozenset[str]
    """Keys a pattern row decided (with a value or with None), or a rule outside the rows ruled
    out (`second_opinion`'s `ruled_out`): the model is not asked."""


def dev_sets() -> list[str]:
    """The training sets in their order (facts_dev, facts_dev2, ..., then the retired fresh
    sets)."""
    return list(TRAINING)


def seen(lang: str, name: str) -> list[Seen]:
    """A dev set's messages as the patterns read them."""
    out = []
    for row in read_heldout(lang, name):
        texts: dict[str, str] = {}
        clauses: dict[str, str] = {}
        decided: set[str] = set()
        at_hook: dict[str, str] = {}  # the patterns' facts where the second opinion is asked

        def record(_lang: str, text_for: Callable[[str], str], _found: Mapping[str, str],
                   rows: Rows, clauses_for: Callable[[str], str],
                   ruled_out: frozenset[str] = frozenset(), texts: dict[str, str] = texts,
                   clauses: dict[str, str] = clauses,
                   decided: set[str] = decided, at_hook: dict[str, str] = at_hook
                   ) -> dict[str, str]:
            """Keep what the patterns read at the hook, per learned key; add nothing."""
            for key in LEARNED:
                texts[key], said = reading(rows, key, text_for(key))
                clauses[key] = reading(rows, key, clauses_for(key))[0]
                if said:
                    decided.add(key)
            decided.update(ruled_out)
            at_hook.update({k: v for k, v in _found.items() if k in LEARNED and v in FACTS[k]})
            return dict(_found)

        with mock.patch.object(facts_module, "second_opinion", record):
            extract_facts(row.text, lang)
        labels = {k: v for k, v in row.facts.items() if k in LEARNED and v in FACTS[k]}
        out.append(Seen(lang, texts, clauses, at_hook, labels, frozenset(decided)))
    return out


def labelling(key: str, folds: Mapping[str, list[Seen]]) -> dict[str, list[Seen]]:
    """The sets that label `key` at all: a set written before a fact existed says nothing of it,
    and its messages are no "not said" examples (README: keys a set never labels)."""
    return {name: rows for name, rows in folds.items() if any(key in s.labels for s in rows)}


def read(row: Seen, key: str) -> str:
    """What the model reads of a dev message for `key` (as `fact_reader.second_opinion` does)."""
    return read_text(row.lang, row.texts.get(key, ""), row.clauses.get(key, ""))


def vectoriser() -> Any:
    """The intent model's feature blocks (so `weights.decode` reads the file), rare n-grams out."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    tfidf = FEATURES["tfidf"]
    parts = []
    for block in FEATURES["blocks"]:
        options = {"token_pattern": block["token_pattern"]} if "token_pattern" in block else {}
        parts.append((block["name"], TfidfVectorizer(
            analyzer=block["analyzer"], ngram_range=tuple(block["ngram_range"]), min_df=MIN_DF,
            lowercase=tfidf["lowercase"], sublinear_tf=tfidf["sublinear_tf"],
            norm=tfidf["norm"], smooth_idf=tfidf["smooth_idf"], **options)))
    return FeatureUnion(parts)


def linear(learned: Learned) -> Any:
    """An unfitted logistic regression with a model's settings."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=learned.C, max_iter=3000, random_state=0,
                              class_weight="balanced" if learned.balanced else None)


def scores(model: Any, matrix: Any) -> list[dict[str, float]]:
    """Per row, each label's score as the shipped `Classifier` computes it (a softmax of the
    raw scores; two labels are kept as -z and +z, as `training.from_pipeline` writes them)."""
    import numpy as np

    raw = np.asarray(model.decision_function(matrix), dtype=np.float64)
    if raw.ndim == 1:
        raw = np.stack([-raw, raw], axis=1)
    raw = raw - raw.max(axis=1, keepdims=True)
    exp = np.exp(raw)
    probs = exp / exp.sum(axis=1, keepdims=True)
    return [dict(zip(map(str, model.classes_), map(float, p), strict=True)) for p in probs]


@dataclass(frozen=True)
class Scored:
    """A held-out message's model values for a key, with the patterns' value and the label."""

    values: tuple[tuple[str, float], ...]
    """(value, probability), best first, as the shipped `Classifier` ranks them."""
    pattern: str | None
    label: str | None
    open: bool
    """The patterns left the key empty and undecided and their facts allow it: an addition may
    go here."""


@dataclass(frozen=True)
class Addition:
    """A value the model would add where the patterns said nothing, and the label's value."""

    score: float
    value: str
    label: str | None


def fit(key: str, train: Sequence[Seen], learned: Learned = GRID[0]) -> Any:
    """A (vectoriser + logistic regression) pipeline fitted on `train` for `key`."""
    from sklearn.pipeline import make_pipeline

    fitted = make_pipeline(vectoriser(), linear(learned))
    fitted.fit([read(s, key) for s in train], [s.labels.get(key, UNSAID) for s in train])
    return fitted


def fold_scores(key: str, train: Sequence[Seen], test: Sequence[Seen]) -> list[Scored]:
    """The model fitted on `train`, on each `test` message with a known word (as the shipped
    reader, which says nothing on a message without one)."""
    fitted = fit(key, train)
    features, model = fitted.steps[0][1], fitted.steps[1][1]
    texts = [read(s, key) for s in test]
    known = features.transformer_list[-1][1].transform(texts).getnnz(axis=1)
    out = []
    for row, seen_words, ranked in zip(test, known, scores(model, features.transform(texts)),
                                       strict=True):
        if seen_words:
            out.append(Scored(tuple(sorted(ranked.items(), key=lambda kv: -kv[1])),
                              row.patterns.get(key), row.labels.get(key),
                              key not in row.patterns and key not in row.decided
                              and consistent(key, row.patterns)))
    return out


def additions(scored: Sequence[Scored]) -> list[Addition]:
    """The candidate additions among `scored` (the best value, not `UNSAID`, where the patterns
    left the key open), at any score."""
    return [Addition(s.values[0][1], s.values[0][0], s.label) for s in scored
            if s.open and s.values[0][0] != UNSAID]


def tally(found: Sequence[Addition], threshold: float) -> tuple[int, int, int]:
    """(right, wrong, contradicting) among the additions at or above `threshold`."""
    kept = [a for a in found if a.score >= threshold]
    right = sum(a.label == a.value for a in kept)
    contradicting = sum(a.label is not None and a.label != a.value for a in kept)
    return right, len(kept) - right - contradicting, contradicting


def meets(figures: tuple[int, int, int]) -> bool:
    """The additions' rule: some right, none contradicting, at most 1 wrong per 100."""
    right, wrong, contradicting = figures
    return bool(right) and not contradicting and 100 * wrong <= WRONG_PER_100 * (right + wrong)


def admissible(found: Sequence[Addition]) -> list[tuple[float, tuple[int, int, int]]]:
    """Every threshold (a score in `found`, at least `FLOOR`) whose additions meet the rule,
    lowest first."""
    return [(t, tally(found, t)) for t in sorted({FLOOR, *(a.score for a in found
                                                          if a.score >= FLOOR)})
            if meets(tally(found, t))]


def veto_tally(scored: Sequence[Scored], veto: Veto) -> tuple[int, int, int]:
    """(wrong, contradicting, right) among the pattern values `veto` removes from `scored`."""
    removed = [s for s in scored if s.pattern is not None
               and fact_reader.vetoes(s.values, s.pattern, veto)]
    wrong = sum(s.label is None for s in removed)
    right = sum(s.label == s.pattern for s in removed)
    return wrong, len(removed) - wrong - right, right


def veto_meets(figures: tuple[int, int, int]) -> bool:
    """The vetoes' rule: at least `VETO_RATIO` wrong or contradicting values removed for each
    right one, and at least `VETO_RATIO` in all (one lucky removal is no evidence)."""
    wrong, contradicting, right = figures
    return wrong + contradicting >= VETO_RATIO * max(right, 1)


def veto_grid() -> list[Veto]:
    """Every (below, sure) pair tried, loosest first."""
    return [Veto(below, sure) for below in reversed(VETO_BELOW) for sure in VETO_SURE]


def floor3(threshold: float) -> str:
    """A threshold to three decimals, rounded down (so it keeps what it kept in the CV)."""
    return f"{math.floor(threshold * 1000) / 1000:.3f}"


def sets_digest(lang: str) -> str:
    """What a cached CV depends on: the dev sets, the pattern tables, the reader's features."""
    digest = hashlib.sha256(json.dumps([fact_reader.SCOPE_MARKED, MIN_DF, FEATURES, str(GRID),
                                        repr(fact_reader.SCOPES[lang])]).encode())
    for data in training_sets(lang):
        digest.update(hashlib.sha256(data).digest())
    for path in sorted((TARGET.parent).glob("*.py")):  # the readers; not the thresholds
        if not path.name.startswith("fact_models_"):
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def folds_of(lang: str) -> dict[str, list[Seen]]:
    """Each dev set's messages as the patterns read them (cached in `CACHE`: aggregate
    scores and texts of the dev sets only)."""
    path = CACHE / f"seen_{lang}_{sets_digest(lang)}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    folds = {name: seen(lang, name) for name in dev_sets()}
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(folds))
    return folds


def cross_validate(lang: str, key: str, folds: Mapping[str, list[Seen]]
                   ) -> dict[str, list[Scored]]:
    """Leave-one-set-out: each held-out set scored by a model fitted on the others (cached)."""
    path = CACHE / f"cv_{lang}_{key}_{sets_digest(lang)}.pickle"
    if path.exists() and folds:
        return pickle.loads(path.read_bytes())
    out = {}
    folds = labelling(key, folds)
    for name, held in folds.items():
        out[name] = fold_scores(key, [s for other, rows in folds.items() if other != name
                                      for s in rows], held)
        print(f"  {lang} {key}: fold {name} done", file=sys.stderr, flush=True)
    if out:
        path.write_bytes(pickle.dumps(out))
    return out


@dataclass(frozen=True)
class Choice:
    """What the CV allows for a (language, fact): addition thresholds and vetoes meeting the
    rules, best first."""

    thresholds: list[tuple[float, tuple[int, int, int]]]
    vetoes: list[tuple[Veto, tuple[int, int, int]]]


def choices(per_set: Mapping[str, Sequence[Scored]]) -> Choice:
    """The thresholds (most right additions first, then the lower) and vetoes (most wrong or
    contradicting values removed first, then the fewest right, then the stricter) that meet
    the rules over all folds."""
    scored = [s for rows in per_set.values() for s in rows]
    thresholds = sorted(admissible(additions(scored)), key=lambda tf: (-tf[1][0], tf[0]))
    vetoes = [(veto, veto_tally(scored, veto)) for veto in veto_grid()]
    vetoes = sorted(((v, f) for v, f in vetoes if veto_meets(f)),
                    key=lambda vf: (-(vf[1][0] + vf[1][1]), vf[1][2], vf[0].below, -vf[0].sure))
    return Choice(thresholds, vetoes)


def cv(keys: Sequence[str], only: Sequence[str] = ()) -> dict[tuple[str, str], Choice]:
    """Print the CV figures per (language, fact): additions at fixed and chosen thresholds,
    each veto's removals; the new sets' folds (`NEW`) apart. Returns what meets the rules."""
    print(f"features: {'scope-marked' if fact_reader.SCOPE_MARKED else 'plain'}; "
          f"folds: {', '.join(dev_sets())}", flush=True)
    out = {}
    for lang in only or languages():
        folds = folds_of(lang)
        for key in keys:
            per_set = cross_validate(lang, key, folds)
            scored = [s for rows in per_set.values() for s in rows]
            found = additions(scored)
            new = additions([s for name in NEW for s in per_set.get(name, [])])
            labelled = sum(key in s.labels for rows in labelling(key, folds).values()
                           for s in rows)
            given = sum(s.pattern is not None for s in scored)
            print(f"{lang} {key}: {labelled} labelled, {given} pattern values", flush=True)
            print("  additions r/w/c (all folds | new sets): " + ", ".join(
                f"{t}: {'/'.join(map(str, tally(found, t)))} | "
                f"{'/'.join(map(str, tally(new, t)))}" for t in (FLOOR, *HIGH)), flush=True)
            choice = choices(per_set)
            out[lang, key] = choice
            if choice.thresholds:
                t, figures = choice.thresholds[0]
                print(f"  additions: best threshold {floor3(t)}: "
                      f"{'/'.join(map(str, figures))}", flush=True)
            else:
                print("  additions: no threshold meets the rule", flush=True)
            print("  vetoes removed wrong/contradicting/right (all folds), below x sure:",
                  flush=True)
            for below in VETO_BELOW:
                print(f"    below {below:<5}: " + "  ".join(
                    f"{sure}: {'/'.join(map(str, veto_tally(scored, Veto(below, sure))))}"
                    for sure in VETO_SURE), flush=True)
            if choice.vetoes:
                veto, figures = choice.vetoes[0]
                print(f"  veto: best {veto}: {'/'.join(map(str, figures))}", flush=True)
            else:
                print("  veto: none meets the rule", flush=True)
    return out


TABLE_TESTS = [*TABLES, *(str(TESTS / name) for name in CONVERSATIONS)]
"""The guard: the team's fact tables and the conversation tests that read facts."""


class _Record:
    """A pytest plugin that keeps, per test, the learned additions and vetoes it saw."""

    def __init__(self) -> None:
        """Nothing seen yet."""
        self.test = ""
        self.added: list[tuple[str, str, str, float]] = []
        self.vetoed: list[tuple[str, str, str, float, float]] = []
        self.last = ("", "")
        """The (language, fact) the reader last scored (a veto is about that one)."""

    def pytest_runtest_setup(self, item: Any) -> None:
        """Remember which test runs."""
        self.test = item.nodeid


def guard(lang_settings: Mapping[str, Mapping[str, Learned]],
          models: Mapping[tuple[str, str], Any]) -> tuple[list[str], _Record]:
    """The guard's tests that fail with these settings and in-memory models, and what the
    reader did in each test."""
    from scripts.role_tables import failing_with

    record = _Record()
    opinion, vetoes, ranked = fact_reader.opinion, fact_reader.vetoes, fact_reader.ranked

    def noted_ranked(lang: str, key: str, text: str, read_: str
                     ) -> list[tuple[str, float]] | None:
        """The model's ranking, noting which language and key asked last."""
        record.last = (lang, key)
        return ranked(lang, key, text, read_)

    def noted_opinion(lang: str, key: str, text: str, threshold: float,
                      read_: str) -> str | None:
        """The model's addition, noted with its score for the test that asked."""
        value = opinion(lang, key, text, threshold, read_)
        if value is not None:
            score = ranked(lang, key, text, read_)
            record.added.append((record.test, lang, key, score[0][1] if score else 0.0))
        return value

    def noted_vetoes(values: Sequence[tuple[str, float]], value: str, veto: Veto) -> bool:
        """Whether the veto fires, noted with both scores for the test that asked."""
        said = vetoes(values, value, veto)
        if said:
            other = next(s for label, s in values if label != value)
            record.vetoed.append((record.test, *record.last, dict(values).get(value, 0.0), other))
        return said

    patch = contextlib.ExitStack()
    patch.enter_context(mock.patch.object(fact_reader, "SECOND_OPINIONS", MappingProxyType(
        {lang: MappingProxyType(dict(keys)) for lang, keys in lang_settings.items()})))
    patch.enter_context(mock.patch.object(fact_reader, "model",
                                          lambda lang, key: models.get((lang, key))))
    patch.enter_context(mock.patch.object(fact_reader, "opinion", noted_opinion))
    patch.enter_context(mock.patch.object(fact_reader, "vetoes", noted_vetoes))
    patch.enter_context(mock.patch.object(fact_reader, "ranked", noted_ranked))
    return failing_with(patch, TABLE_TESTS, [record]), record


def in_memory(lang: str, key: str, rows: Sequence[Seen]) -> Any:
    """The model fitted on all dev sets, as the shipped `Classifier` reads it."""
    blob = encode(from_pipeline(fit(key, rows), "logreg"), lang, "in memory")
    return decode(blob)


def choose(only: Sequence[str] = ()) -> int:
    """The CV (`cv`), then the guard: start from each key's best threshold and veto and, while a
    guard test fails, move every key that acted in a failing test to its next choice that would
    not have acted there. Prints the settings to put in `fact_models_<lang>.py`."""
    allowed = cv(LEARNED_KEYS, only)
    models: dict[tuple[str, str], Any] = {}
    for lang in only or languages():
        for key in LEARNED_KEYS:
            if allowed[lang, key].thresholds or allowed[lang, key].vetoes:
                rows = [s for fold in labelling(key, folds_of(lang)).values() for s in fold]
                models[lang, key] = in_memory(lang, key, rows)
    culprits: dict[tuple[str, str], list[tuple[float, float]]] = {}
    added_above: dict[tuple[str, str], float] = {}

    def settings() -> dict[str, dict[str, Learned]]:
        """The settings to ship: per key, the lowest allowed threshold above every failing test's
        score, and the first allowed veto that no failing test would fire."""
        out: dict[str, dict[str, Learned]] = {}
        for (lang, key), choice in allowed.items():
            threshold = next((t for t, _f in choice.thresholds
                              if key in ADD_KEYS and t > added_above.get((lang, key), -1.0)),
                             None)
            veto = next((v for v, _f in choice.vetoes if key in VETO_KEYS and not any(
                given <= v.below and other >= v.sure
                for given, other in culprits.get((lang, key), []))), None)
            if threshold is not None or veto is not None:
                out.setdefault(lang, {})[key] = replace(GRID[0], threshold=threshold, veto=veto)
        return out

    for attempt in range(1, 9):
        current = settings()
        print(f"guard run {attempt}: {current}", flush=True)
        failed, record = guard(current, models)
        print(f"  {len(failed)} guard tests fail", flush=True)
        if not failed:
            break
        blamed = False
        for test, lang, key, score in record.added:
            if test in failed:
                blamed = True
                added_above[lang, key] = max(added_above.get((lang, key), -1.0), score)
        for test, lang, key, given, other in record.vetoed:
            if test in failed:
                blamed = True
                culprits.setdefault((lang, key), []).append((given, other))
        if not blamed:
            print(f"  failing without any learned value: {failed}", flush=True)
            break
        for (lang, key), score in sorted(added_above.items()):
            print(f"  {lang} {key}: additions in failing tests up to {score:.4f}", flush=True)
        for (lang, key), seen_ in sorted(culprits.items()):
            print(f"  {lang} {key}: {len(seen_)} vetoes in failing tests", flush=True)
    print("CHOSEN (all folds: additions right/wrong/contradicting; vetoes removed "
          "wrong/contradicting/right):", flush=True)
    for lang, keys in settings().items():
        for key, learned in keys.items():
            per_set = cross_validate(lang, key, folds_of(lang))
            scored = [s for rows in per_set.values() for s in rows]
            new = [s for name in NEW for s in per_set.get(name, [])]
            line = f"  {lang} {key} {learned}"
            if (threshold := learned.threshold) is not None:
                line += (f" | additions {'/'.join(map(str, tally(additions(scored), threshold)))}"
                         f" new sets {'/'.join(map(str, tally(additions(new), threshold)))}")
            if learned.veto is not None:
                line += (f" | veto {'/'.join(map(str, veto_tally(scored, learned.veto)))}"
                         f" new sets {'/'.join(map(str, veto_tally(new, learned.veto)))}")
            print(line, flush=True)
    return 0


def training_sets(lang: str) -> list[bytes]:
    """The bytes of a language's dev sets, in order (their checksum goes into each file)."""
    return [(DATA / f"{name}_{lang}.tsv").read_bytes() for name in dev_sets()]


def build() -> int:
    """Fit each shipped (language, fact) model on all dev sets and write its weights file;
    remove the weights of a fact that is not shipped."""
    for lang in languages():
        folds = {name: seen(lang, name) for name in dev_sets()}
        shipped = SECOND_OPINIONS.get(lang, {})
        for key in LEARNED:
            path = TARGET / weights_name(lang, key)
            if key not in shipped:
                path.unlink(missing_ok=True)
                continue
            learned = shipped[key]
            rows = [s for fold in labelling(key, folds).values() for s in fold]
            sha = training_sha256(key, learned, training_sets(lang))
            blob = encode(from_pipeline(fit(key, rows, learned), "logreg"), lang, sha)
            if not path.exists() or path.read_bytes() != blob:
                path.write_bytes(blob)
            print(f"{path.name}: {len(blob) / 1e3:.0f} kB")
    return 0


def main(argv: list[str]) -> int:
    """`cv [--plain] [LANG...] [FACT...]`, `choose [LANG...]`, or build (no argument)."""
    langs = [a for a in argv[1:] if a in languages()]
    if argv[:1] == ["cv"]:
        if "--plain" in argv:
            fact_reader.SCOPE_MARKED = False
        cv([a for a in argv[1:] if a in LEARNED] or LEARNED_KEYS, langs)
        return 0
    if argv[:1] == ["choose"]:
        return choose(langs)
    return build()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
